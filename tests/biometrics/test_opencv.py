"""OpenCV as the engine uses it: imported on first use, and without IPP, which changes no result."""

from __future__ import annotations

import random
import subprocess
import sys

import numpy as np

from biometrics.images import load_image
from biometrics.opencv import cv2, loaded
from biometrics.relief import _peak
from tests.biometrics.conftest import ROOT


def test_opencv_is_imported_on_first_use_without_ipp() -> None:
    script = """
import os, sys, threading
from biometrics import detection, liveness, quality, relief, remote_camera, sources
before = "cv2" in sys.modules
from biometrics.opencv import cv2
size = cv2.resize(__import__("numpy").zeros((8, 8), "uint8"), (4, 4)).shape
elsewhere = []
thread = threading.Thread(target=lambda: elsewhere.append(cv2.ipp.useIPP()))
thread.start(); thread.join()
print(before, "cv2" in sys.modules, cv2.ipp.useIPP(), elsewhere[0], size, "OPENCV_IPP" in os.environ)
"""
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["False", "True", "False", "False", "(4,", "4)", "False"]
    assert done.stderr == ""  # OpenCV says nothing of it


def engine_operations(image: np.ndarray) -> dict[str, np.ndarray]:
    """What detection, quality, sources and the liveness check ask of OpenCV, on one picture."""
    height, width = image.shape[:2]
    grey = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
    small = cv2.resize(grey, (112, 112), interpolation=cv2.INTER_AREA)
    turned = np.array([[1.02, 0.03, -5.3], [-0.02, 0.99, 3.1], [1e-5, -2e-5, 1.0]])
    patch = cv2.warpPerspective(grey, turned, (41, 41), flags=cv2.INTER_LINEAR)
    src = np.array([[10, 10], [90, 12], [88, 95], [12, 90], [50, 50], [30, 70]], np.float32)
    homography, _ = cv2.findHomography(src, src @ turned[:2, :2].T.astype(np.float32) + 3, 0)
    return {
        "shrunk": cv2.resize(image, (width * 3 // 8, height * 3 // 8), interpolation=cv2.INTER_AREA),
        "by_factor": cv2.resize(image, None, fx=0.41, fy=0.41, interpolation=cv2.INTER_AREA),
        "grey": grey,
        "sharpness": cv2.Laplacian(small, cv2.CV_64F),
        "enlarged": cv2.resize(grey[:50, :50], (112, 112), interpolation=cv2.INTER_LINEAR),
        "bordered": cv2.copyMakeBorder(image, 20, 20, 20, 20, cv2.BORDER_REPLICATE),
        "rgb": cv2.cvtColor(np.ascontiguousarray(image[:, :, ::-1]), cv2.COLOR_BGR2RGB),
        "warped": patch,
        "matched": cv2.matchTemplate(grey[50:131, 60:141], patch, cv2.TM_CCOEFF_NORMED),
        "homography": homography,
        "mapped": cv2.perspectiveTransform(src[None], homography)[0],
    }


def best_match(scores: np.ndarray) -> tuple[float, float]:
    """Where template matching puts the patch, to a fraction of a pixel, as the liveness check reads it."""
    _, _, _, (x, y) = cv2.minMaxLoc(scores)
    return x + _peak(scores, x, y, 1), y + _peak(scores, x, y, 0)


def test_without_ipp_every_operation_of_the_engine_gives_the_same_result(faces) -> None:
    """Pictures, sharpness and geometry bit for bit. Template matching's scores are rounded differently
    by IPP on some processors (up to 9e-5 on an AMD EPYC without AVX-512; none on the machine where
    IPP was turned off): the patch is found in the same place, to a hundredth of a pixel."""
    photos = sorted(p for p in (faces / "calibration").rglob("*") if p.suffix.lower() in (".jpg", ".png"))
    images = [load_image(p) for p in random.Random(5).sample(photos, 12)]
    module = loaded()
    try:
        module.ipp.setUseIPP(True)
        assert module.ipp.useIPP()  # this wheel has IPP: the comparison compares something
        with_ipp = [engine_operations(i) for i in images]
    finally:
        module.ipp.setUseIPP(False)
    without = [engine_operations(i) for i in images]
    for a, b in zip(with_ipp, without, strict=True):
        for name in a:
            if name == "matched":
                assert float(np.abs(a[name] - b[name]).max()) <= 1e-3, name
                assert np.allclose(best_match(a[name]), best_match(b[name]), rtol=0, atol=0.01), name
            else:
                assert np.array_equal(a[name], b[name]), name
