"""1:N search over a large gallery through its compact copy (biometrics.coarse): the rows it chooses are
measured exactly, so a search names what an exact search over every row names, on real faces among
tens of thousands of look-alike distractors, and after templates were added and removed; with the rows
in memory, and with them on disk (biometrics.spill, as the terminal's window keeps them)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from biometrics import coarse
from biometrics.evaluation import growth
from biometrics.gallery import Gallery
from tests.biometrics.conftest import identity_of

DISTRACTORS = coarse.MIN_ROWS + 10_000
MakeGallery = Callable[..., Gallery]


@pytest.fixture(scope="module", params=["memory", "disk"])
def where(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="module")
def make(where: str, tmp_path_factory: pytest.TempPathFactory) -> MakeGallery:
    """Galleries keeping their rows in memory, or on disk once the compact copy is searched."""
    folder: Path | None = tmp_path_factory.mktemp("spill") if where == "disk" else None
    return lambda **options: Gallery(spill=folder, **options)


@pytest.fixture(scope="module")
def crowd(
    encodings: dict[str, np.ndarray], make: MakeGallery
) -> tuple[Gallery, list[np.ndarray], growth.Model]:
    """One real photo a person enrolled among 60,000 distractors drawn from a normal law fitted to the
    real faces (biometrics.evaluation.growth): near the real ones, as a city's gallery would be."""
    names = sorted(encodings)
    people = sorted({identity_of(n) for n in names})
    first = {p: next(n for n in names if identity_of(n) == p) for p in people}
    means = np.stack([np.mean([encodings[n] for n in names if identity_of(n) == p], axis=0) for p in people])
    model = growth.fit(means, np.stack([encodings[first[p]] for p in people]))
    gallery = make()
    gallery.add_many(
        [f"d{i // 2}" for i in range(DISTRACTORS)],
        growth.sample(model, DISTRACTORS, np.random.default_rng(7)),
    )
    for p in people:
        gallery.add(p, encodings[first[p]])
    probes = [encodings[n] for n in names if n != first[identity_of(n)]]
    return gallery, probes, model


def _same(gallery: Gallery, q: np.ndarray) -> bool:
    return gallery.search(q) == gallery.search_exact(q)


def test_real_faces_among_distractors_are_named_as_an_exact_search_names_them(crowd, where: str) -> None:
    gallery, probes, model = crowd
    assert len(gallery) > coarse.MIN_ROWS and gallery._compact.active
    assert (gallery.spilled_bytes == len(gallery) * 512) == (where == "disk")
    for q in probes:  # the other photos of the people enrolled: every match, its distance and key
        found = gallery.search(q)
        assert found == gallery.search_exact(q)
        for match in found:  # measured, not estimated
            exact = np.linalg.norm(gallery.templates_of(match.identity) - q, axis=1).min()
            assert match.distance == pytest.approx(float(exact), abs=1e-5)
    strangers = growth.sample(model, 300, np.random.default_rng(8))
    assert all(gallery.search(q)[0] == gallery.search_exact(q)[0] for q in strangers)


def test_the_compact_copy_weighs_33_bytes_a_template_beside_its_528(tmp_path: Path) -> None:
    n = coarse.MIN_ROWS
    block = np.random.default_rng(1).standard_normal((n, 128))
    gallery = Gallery()
    gallery.add_many(list(range(n)), block)
    assert gallery._compact.nbytes == n * 32 + n  # the codes, and one stale flag a row
    assert gallery.nbytes >= n * (528 + 32) and gallery.spilled_bytes == 0
    on_disk = Gallery(spill=tmp_path)  # the rows' 512 bytes on disk: 33 bytes and the keys stay
    on_disk.add_many(list(range(n)), block)
    assert on_disk.spilled_bytes == n * 512 and on_disk.nbytes < n * 64


def test_templates_added_and_removed_after_the_copy_was_built_are_searched_exactly(
    encodings: dict[str, np.ndarray], make: MakeGallery
) -> None:
    rng = np.random.default_rng(11)
    n = coarse.MIN_ROWS + 2_000
    gallery = make(capacity=n + 100)
    gallery.add_many([f"d{i}" for i in range(n)], rng.standard_normal((n, 128)) * 0.12)
    names = sorted(encodings)
    enrolled, probe = names[0], next(n for n in names[1:] if identity_of(n) == identity_of(names[0]))
    [first] = gallery.add(identity_of(enrolled), encodings[enrolled])  # coded at the end of the copy
    copy = gallery._compact
    assert copy.covered == len(gallery) and gallery.search(encodings[probe])[0].key == first
    # A removal moves the last row into the hole: that row is stale in the copy, measured exactly.
    gallery.remove(5)
    assert copy._stale_count == 1 and gallery.search(encodings[probe])[0].key == first
    # Rows written over freed ones are measured exactly too, until there are too many: all coded again.
    other = next(n for n in names if identity_of(n) != identity_of(enrolled))
    [second] = gallery.add(identity_of(other), encodings[other])
    assert gallery.search(encodings[other])[0].key == second and _same(gallery, encodings[other])
    before = copy.covered
    for key in rng.choice(np.arange(10, 20_000), 800, replace=False):
        gallery.remove(int(key))
    # Past 1 % of the coded rows, every row was coded again (fewer of them), the stale ones since only.
    assert len(gallery) < copy.covered < before and copy._stale_count < 800
    assert gallery.search(encodings[probe])[0].key == first and _same(gallery, encodings[probe])


def test_a_small_gallery_keeps_no_copy_and_one_that_shrinks_drops_it(make: MakeGallery) -> None:
    gallery = make()
    block = np.random.default_rng(2).standard_normal((coarse.MIN_ROWS + 10, 128)).astype(np.float32)
    gallery.add_many(list(range(1_000)), block[:1_000])
    assert not gallery._compact.active and gallery.spilled_bytes == 0
    gallery.add_many(list(range(1_000, len(block))), block[1_000:])
    assert gallery._compact.active
    for key in range(1, 12):
        gallery.remove(key)
    assert not gallery._compact.active and gallery._compact.nbytes == 0
    assert gallery.spilled_bytes == 0  # back in memory, every row as it was, the moved ones too
    for identity in (500, *range(len(block) - 11, len(block))):  # the last 11 rows filled the holes
        assert np.array_equal(gallery.templates_of(identity), block[identity : identity + 1]), identity
    assert _same(gallery, block[500]) and _same(gallery, block[-1])
