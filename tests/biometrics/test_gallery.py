"""The in-memory gallery: 1:N search equals brute force; templates come and go without a reload."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biometrics import Gallery
from biometrics.errors import InvalidTemplate
from biometrics.templates import from_bytes, many_from_bytes, to_bytes


def random_templates(rng: np.random.Generator, count: int) -> np.ndarray:
    block = rng.standard_normal((count, 128)).astype(np.float32)
    return block * (1.4 / np.linalg.norm(block, axis=1, keepdims=True))


def brute_force(identities: list, block: np.ndarray, query: np.ndarray, limit: int) -> list[tuple]:
    best: dict = {}
    for identity, row in zip(identities, block, strict=True):
        d = float(np.linalg.norm(row.astype(np.float64) - query))
        best[identity] = min(best.get(identity, np.inf), d)
    return sorted(best.items(), key=lambda kv: (kv[1], str(kv[0])))[:limit]


@settings(max_examples=40, deadline=None)
@given(
    seed=st.integers(0, 2**31),
    count=st.integers(1, 300),
    people=st.integers(1, 60),
    limit=st.integers(1, 6),
    near=st.booleans(),
)
def test_search_equals_brute_force(seed: int, count: int, people: int, limit: int, near: bool) -> None:
    rng = np.random.default_rng(seed)
    block = random_templates(rng, count)
    identities = [int(i) for i in rng.integers(0, people, count)]
    gallery = Gallery(capacity=16)  # grows on the way
    gallery.add_many(identities, block)
    query = block[rng.integers(0, count)] + rng.normal(0, 0.05, 128) if near else random_templates(rng, 1)[0]
    found = gallery.search(query, limit=limit)
    expected = brute_force(identities, block, query, limit)
    assert [m.identity for m in found] == [i for i, _ in expected]
    assert [m.distance for m in found] == pytest.approx([d for _, d in expected], abs=1e-5)


def test_the_runner_up_is_found_past_many_templates_of_the_nearest() -> None:
    rng = np.random.default_rng(1)
    centre = random_templates(rng, 1)[0]
    crowd = centre + rng.normal(0, 0.01, (50, 128)).astype(np.float32)  # 50 templates of one person
    gallery = Gallery()
    gallery.add("crowd", crowd)
    gallery.add("runner-up", centre + 0.1)
    gallery.add_many([f"stranger {i}" for i in range(500)], random_templates(rng, 500))
    found = gallery.search(centre, limit=3)
    assert [m.identity for m in found[:2]] == ["crowd", "runner-up"]


def test_templates_are_added_and_removed_in_place() -> None:
    rng = np.random.default_rng(2)
    gallery = Gallery(capacity=16)
    keys = gallery.add_many(
        ["a", "a", "b", "c", "c", "c"], random_templates(rng, 6), keys=[10, 11, 20, 30, 31, 32]
    )
    assert len(gallery) == 6 and gallery.identity_count == 3 and keys.tolist() == [10, 11, 20, 30, 31, 32]
    probe = gallery.templates_of("b")[0]
    assert gallery.search(probe)[0].identity == "b"
    assert gallery.remove(20) and not gallery.remove(20) and 20 not in gallery
    assert gallery.search(probe)[0].identity != "b" and gallery.identity_count == 2
    assert gallery.remove_identity("c") == 3
    assert sorted(gallery.keys_of("a")) == [10, 11] and len(gallery) == 2
    new = gallery.add("b", probe)
    assert gallery.search(probe)[0].key == new[0] and gallery.search(probe)[0].distance < 1e-6
    gallery.add_many([f"p{i}" for i in range(100)], random_templates(rng, 100))  # past the capacity
    assert len(gallery) == 103 and gallery.search(probe)[0].identity == "b"


def test_one_to_one_distance() -> None:
    rng = np.random.default_rng(3)
    block = random_templates(rng, 3)
    gallery = Gallery()
    gallery.add("a", block[:2])
    gallery.add("b", block[2])
    match = gallery.distance_to("a", block[1] + 0.01)
    assert match is not None and match.identity == "a" and match.key == 2
    assert gallery.distance_to("nobody", block[0]) is None


def test_bad_templates_and_keys_are_refused() -> None:
    gallery = Gallery()
    with pytest.raises(InvalidTemplate, match="shape"):
        gallery.add("a", np.zeros(64))
    with pytest.raises(InvalidTemplate, match="finite"):
        gallery.add("a", np.full(128, np.nan))
    with pytest.raises(InvalidTemplate):
        gallery.search("not a template")
    gallery.add("a", np.ones(128), keys=[5])
    with pytest.raises(ValueError, match="already"):
        gallery.add("b", np.ones(128), keys=[5])
    assert gallery.search(np.ones(128), limit=0) == [] and Gallery().search(np.ones(128)) == []


def test_templates_round_trip_through_their_stored_bytes() -> None:
    rng = np.random.default_rng(4)
    block = random_templates(rng, 3)
    blobs = [to_bytes(t) for t in block]
    assert all(len(b) == 512 for b in blobs)
    assert np.array_equal(from_bytes(blobs[1]), block[1])
    assert np.array_equal(many_from_bytes(b"".join(blobs)), block)
    assert blobs[0][:4] == np.float32(block[0][0]).astype("<f4").tobytes()  # little-endian
    with pytest.raises(InvalidTemplate, match="511 bytes"):
        from_bytes(blobs[0][:-1])


def test_searching_while_another_thread_adds_and_removes_stays_consistent() -> None:
    import sys
    import threading
    import time

    rng = np.random.default_rng(5)
    gallery = Gallery(capacity=16)  # small, so that adding reallocates under the searches
    people = rng.normal(size=(60, 128)).astype(np.float32)
    truth = {}  # key -> (identity, template): what every answer must agree with
    current = gallery.add_many([f"p{i}" for i in range(60)], people)  # person -> their key now
    for i, key in enumerate(current):
        truth[key] = (f"p{i}", people[i])
    queries = people + rng.normal(scale=0.05, size=people.shape).astype(np.float32)
    wrong: list[str] = []
    stop = threading.Event()

    def search() -> None:
        n = 0
        while not stop.is_set():
            q = queries[n % len(queries)]
            n += 1
            try:
                for match in gallery.search(q, limit=3):
                    while match.key not in truth and not stop.is_set():
                        time.sleep(0)  # added just now: the adding thread has yet to record it
                    identity, template = truth[match.key]
                    exact = float(np.linalg.norm(template - q))
                    if match.identity != identity or abs(match.distance - exact) > 1e-3:
                        wrong.append(f"{match} vs {identity} {exact:.4f}")
            except Exception as exc:  # a torn read: reported by the assertion below
                wrong.append(repr(exc))

    switch = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # threads take turns between almost every bytecode
    searcher = threading.Thread(target=search)
    searcher.start()
    try:
        for _ in range(1500):  # people leave and come back: rows move into the holes they leave
            i = int(rng.integers(60))
            assert gallery.remove(current[i])
            (current[i],) = gallery.add(f"p{i}", people[i])
            truth[current[i]] = (f"p{i}", people[i])
    finally:
        stop.set()
        searcher.join()
        sys.setswitchinterval(switch)
    assert wrong == []
    assert len(gallery) == 60 and gallery.identity_count == 60


def test_a_match_carries_its_nearest_enrolled_template_and_the_flags_follow_removals() -> None:
    from tests.biometrics.test_matching import PROBE, at

    gallery = Gallery()
    gallery.add("a", at(0.3, 0), keys=[1])
    gallery.add("b", at(0.9, 1), keys=[2])
    gallery.add("b", at(0.5, 2), keys=[3], learned=True)
    assert gallery.remove(1)  # b's learned template moves into the freed row
    (b,) = gallery.search(PROBE, limit=1)
    assert (b.identity, b.key) == ("b", 3)
    assert b.distance == pytest.approx(0.5, abs=1e-5) and b.enrolled == pytest.approx(0.9, abs=1e-5)
    gallery.add("c", at(0.2, 3), keys=[4])
    c, b = gallery.search(PROBE, limit=2)
    assert c.enrolled == c.distance and b.enrolled == pytest.approx(0.9, abs=1e-5)
    assert gallery.remove(3)  # the last learned template gone: b is judged by its photo alone
    b = gallery.search(PROBE, limit=2)[1]
    assert b.distance == b.enrolled == pytest.approx(0.9, abs=1e-5)
