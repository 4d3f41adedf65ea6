"""The Debian package, installed into a scratch root: the frozen terminal runs from /opt/hamyon.

Builds the bundle and the package once per session with ``installer/build.sh`` into
``build/installer-test`` (reused while nothing that goes into the bundle has changed: the code,
resources, installer files and the venv's packages), unpacks the package with ``dpkg-deb -x``,
then runs the installed program offscreen against a demo site in a scratch ``HAMYON_HOME``:
its window reaches the sign-in screen and exits cleanly, it identifies faces from folders of
photos (``../shared/faces``), ``hamyon demo`` (window, embedded registry and sync) identifies
Lin-Manuel Miranda from an image-folder camera and exits cleanly, and it writes nothing under /opt.
The build takes about two minutes, beside the other tests; ``HAMYON_SKIP_INSTALLER=1`` skips
these tests (CI never sets it).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from terminal.core.store_cipher import raw_connection
from tests.installer import building

ROOT = Path(__file__).resolve().parents[2]
FACES = ROOT.parent / "shared" / "faces" / "people"
CLIP = ROOT.parent / "shared" / "faces" / "video" / "short_hamilton_clip.mp4"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.environ.get("HAMYON_SKIP_INSTALLER") == "1", reason="HAMYON_SKIP_INSTALLER=1"),
    pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="dpkg-deb is not installed (not Debian)"),
]


@pytest.fixture(scope="session")
def deb() -> Path:
    """The package, built by installer/build.sh (started in the background as the session's tests were
    collected, see conftest.py) or reused from the cache when its inputs are unchanged."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.fail(
            "PyInstaller is not installed: run bash installer/dev-setup.sh (it installs the build extra)"
        )
    return building.wait()


@pytest.fixture(scope="session")
def installed(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package unpacked into a scratch root, as dpkg would lay it out."""
    root = tmp_path_factory.mktemp("root")
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    return root


def _listing(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns) for p in folder.rglob("*")}


@pytest.fixture(scope="session")
def opt_before(installed: Path) -> dict[str, tuple[int, int]]:
    return _listing(installed / "opt" / "hamyon")


def hamyon(
    installed: Path, home: Path, *args: str, timeout: float = 300, **env: str
) -> subprocess.CompletedProcess:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", HAMYON_HOME=str(home), **env)
    environment.pop("PYTHONPATH", None)  # the frozen program brings its own modules
    return subprocess.run(
        [str(installed / "opt" / "hamyon" / "hamyon"), *args],
        env=environment,
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=home.parent,
    )


def test_package_lays_out_program_launcher_menu_entry_and_icon(deb: Path, installed: Path) -> None:
    fields = subprocess.run(
        ["dpkg-deb", "-f", str(deb), "Package", "Version", "Architecture", "Depends"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert "Package: hamyon" in fields and "Version: " in fields
    tops = {p.name for p in installed.iterdir()}
    assert tops == {"opt", "usr"}, "the package installs nothing but /opt/hamyon and /usr files"
    assert os.access(installed / "opt/hamyon/hamyon", os.X_OK)
    launcher = installed / "usr/bin/hamyon"
    assert os.access(launcher, os.X_OK) and "exec /opt/hamyon/hamyon" in launcher.read_text()
    desktop = installed / "usr/share/applications/hamyon.desktop"
    assert "Exec=hamyon" in desktop.read_text() and "Icon=hamyon" in desktop.read_text()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr
    icons = installed / "usr/share/icons/hicolor"
    assert (icons / "scalable/apps/hamyon.svg").is_file() and (icons / "256x256/apps/hamyon.png").is_file()
    bundle = installed / "opt/hamyon/_internal"
    from terminal.ui.i18n import LANGUAGES

    shipped = {p.stem.removeprefix("hamyon_") for p in (bundle / "resources/i18n").glob("hamyon_*.qm")}
    assert shipped == {lang.code for lang in LANGUAGES}, "every language of the window ships its translation"
    assert (bundle / "face_recognition_models/models/dlib_face_recognition_resnet_model_v1.dat").is_file()
    assert not list(bundle.rglob("*QtWebEngine*")) and not list(bundle.rglob("libQt6Quick*"))


def test_installed_terminal_starts_to_sign_in_and_exits(
    installed: Path, opt_before: dict, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    version = hamyon(installed, home, "--version")
    assert version.returncode == 0 and "hamyon" in version.stdout
    seeded = hamyon(installed, home, "simulate", "dispenses", "--count", "2")  # seeds a demo site first
    assert seeded.returncode == 0, seeded.stderr
    window = hamyon(installed, home, timeout=120, HAMYON_EXIT_AFTER_START="1")
    assert window.returncode == 0, window.stderr[-2000:]
    assert "sign-in screen shown" in window.stdout
    status = json.loads(hamyon(installed, home, "status", "--json").stdout)
    assert status["transactions"] == 2 and status["store_path"].startswith(str(home))
    assert _listing(installed / "opt" / "hamyon") == opt_before, "the terminal wrote under /opt"


@pytest.mark.skipif(not CLIP.is_file(), reason="../shared/faces is absent (the face fixtures)")
def test_installed_program_runs_the_face_analysis_process_without_the_command(installed: Path) -> None:
    """The window starts its Face-ID process as the frozen program with one flag: it answers, with the
    models loaded and none of the ``hamyon`` command's modules, and reads and analyses a video there."""
    from biometrics import remote_camera
    from biometrics.analysis_process import FROZEN_FLAG, AnalysisProcess
    from biometrics.sources import VideoFileSource

    process = AnalysisProcess([str(installed / "opt" / "hamyon" / "hamyon"), FROZEN_FLAG])
    try:
        loaded = process.submit(eval, "sorted(__import__('sys').modules)").result(timeout=120)
        process.submit(remote_camera.open_camera, 1, VideoFileSource(CLIP)).result(timeout=60)
        faces = []  # the clip decoded (OpenCV's FFmpeg, as frozen) and analysed there
        while len(faces) < 3:
            item = process.submit(remote_camera.next_item, 1, True, 320).result(timeout=60)
            assert item != "over", faces
            if isinstance(item, remote_camera.Seen):
                assert item.preview.shape == (180, 320, 3)
                faces.append(item.analysis.subject is not None)
        process.submit(remote_camera.close_camera, 1).result(timeout=60)
    finally:
        process.shutdown()
    assert "dlib" in loaded  # (PySide6 is there too: PyInstaller's runtime hook loads it in any process)
    assert [m for m in loaded if m.split(".")[0] in {"terminal", "sync", "click"}] == []
    assert any(faces)


def test_installed_demo_identifies_a_face_from_an_image_folder(installed: Path, tmp_path: Path) -> None:
    """The installed window on the demo site (embedded registry, sync running): the nurse's Face-ID,
    fed a folder of the clip's frames as its camera, identifies Lin-Manuel Miranda; then it exits cleanly."""
    import cv2

    frames = tmp_path / "camera"
    frames.mkdir()
    clip = cv2.VideoCapture(str(CLIP))
    count = 0
    while (read := clip.read())[0]:
        cv2.imwrite(str(frames / f"frame_{count:04d}.jpg"), read[1])
        count += 1
    assert count > 100
    home = tmp_path / "demo"
    run = hamyon(
        installed,
        home,
        "demo",
        "--faces",
        str(FACES),
        "--camera",
        str(frames),
        timeout=240,
        HAMYON_EXIT_AFTER_IDENTIFY="1",
    )
    assert run.returncode == 0, run.stdout[-1000:] + run.stderr[-2000:]
    said = [line for line in run.stdout.splitlines() if line.startswith("hamyon: identified")]
    assert len(said) == 1 and said[0].endswith(" by face"), run.stdout[-1000:]
    number = int(said[0].split("No. ")[1].split()[0])
    conn = raw_connection(home)
    try:
        name = conn.execute("SELECT surname, given_name FROM citizens WHERE id = ?", (number,)).fetchone()
    finally:
        conn.close()
    assert "Miranda" in " ".join(name), "identified someone else"
    assert hamyon(installed, home, "audit", "verify").returncode == 0


@pytest.mark.skipif(not FACES.is_dir(), reason="../shared/faces is absent (the face fixtures)")
def test_installed_terminal_identifies_faces_from_photo_folders(installed: Path, tmp_path: Path) -> None:
    """One photo per person is the gallery; another photo of each is a probe: each is recognised."""
    gallery, probes = tmp_path / "gallery", tmp_path / "probes"
    expected = {}
    for person in ("obama", "biden", "kit_harington", "rose_leslie"):
        photos = sorted((FACES / person).glob("*_[12].*"))
        (gallery / person).mkdir(parents=True)
        probes.mkdir(exist_ok=True)
        (gallery / person / photos[0].name).symlink_to(photos[0])
        (probes / photos[1].name).symlink_to(photos[1])
        expected[photos[1].name] = person
    run = hamyon(
        installed, tmp_path / "home", "bio", "identify", "--gallery", str(gallery), "--probes", str(probes)
    )
    assert run.returncode == 0, run.stderr[-2000:]
    found = {Path(r["probe"]).name: r for r in map(json.loads, run.stdout.splitlines())}
    assert {name: r.get("identity") for name, r in found.items()} == expected
    assert all(r["status"] == "match" for r in found.values())
