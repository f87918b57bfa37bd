"""The HTML report in a real browser (headless Chromium): no injected elements, not blank.

Skips with a message where no Chromium is installed (``.ci/run`` installs Debian's
``chromium`` package where apt-get is available).
"""

from __future__ import annotations

import html
import os
import pathlib
import shutil
import struct
import subprocess
import zlib
from collections import Counter

import pytest

import newsclean
from newsclean.report import render_report

from .test_report import HOSTILE, PAGE_TAGS, parse

ROOT = pathlib.Path(__file__).resolve().parent.parent
FEED = ROOT / "examples" / "feed.txt"

BROWSER_TIMEOUT = 90
"""Seconds a headless Chromium run may take before the test fails."""

MIN_INK = 0.02
"""Share of screenshot pixels that must differ from the background: the page is not blank."""

MIN_COLOURS = 8
"""Distinct colours a rendered report shows at least (text, highlights, borders)."""

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)


@pytest.fixture(scope="module")
def chromium() -> str:
    """The Chromium executable; skips the tests where none is installed."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path is not None:
            return path
    pytest.skip("no Chromium on PATH (Debian: apt-get install chromium); browser tests skipped")


def browse(chromium: str, page: pathlib.Path, tmp: pathlib.Path, *args: str) -> bytes:
    """Run headless Chromium on ``page`` with a fresh profile; returns its stdout."""
    profile = tmp / f"profile-{len(list(tmp.iterdir()))}"
    proc = subprocess.run(
        [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args, page.as_uri()],
        capture_output=True,
        timeout=BROWSER_TIMEOUT,
        check=False,
        env={**os.environ, "HOME": str(tmp)},
    )
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")[-2000:]
    return proc.stdout


def png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """Decode an 8-bit RGB or RGBA, non-interlaced PNG: (width, height, pixel tuples)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert depth == 8
    assert colour in (2, 6)
    assert interlace == 0
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * bpp
    prev = bytearray(stride)
    pixels: list[bytes] = []
    for row in range(height):
        start = row * (stride + 1)
        ftype, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if ftype == 1:
                line[i] = (line[i] + a) & 0xFF
            elif ftype == 2:
                line[i] = (line[i] + b) & 0xFF
            elif ftype == 3:
                line[i] = (line[i] + (a + b) // 2) & 0xFF
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 0xFF
        pixels.extend(bytes(line[i : i + 3]) for i in range(0, stride, bpp))
        prev = line
    return width, height, pixels


def test_dom_has_no_injected_elements(chromium: str, tmp_path: pathlib.Path) -> None:
    """In Chromium's DOM a hostile feed adds no element: its markup is text on the page."""
    page = tmp_path / "hostile.html"
    page.write_text(render_report(newsclean.clean(HOSTILE), "hostile"), encoding="utf-8")
    dom = browse(chromium, page, tmp_path, "--dump-dom").decode("utf-8")
    parsed = parse(dom)
    assert set(parsed.tags) <= PAGE_TAGS | {"tbody"}, set(parsed.tags) - PAGE_TAGS
    assert "script" not in parsed.tags
    assert "img" not in parsed.tags
    assert not any(name.startswith("on") for name, _ in parsed.attrs)
    text = html.unescape("".join(parsed.text))
    assert "<script>alert('x')</script>" in text
    assert '<img src=x onerror="alert(1)">' in text


def test_screenshot_is_not_blank(chromium: str, tmp_path: pathlib.Path) -> None:
    """A screenshot of the shipped example's report shows text and coloured highlights."""
    page = tmp_path / "report.html"
    page.write_text(
        render_report(newsclean.clean(FEED.read_text(encoding="utf-8")), "feed"), encoding="utf-8"
    )
    shot = tmp_path / "report.png"
    browse(chromium, page, tmp_path, f"--screenshot={shot}", "--window-size=900,1200")
    width, height, pixels = png_pixels(shot.read_bytes())
    assert (width, height) == (900, 1200)
    colours = Counter(pixels)
    _, background = colours.most_common(1)[0]
    assert 1 - background / len(pixels) > MIN_INK
    assert len(colours) >= MIN_COLOURS
    keep = os.environ.get("NEWSCLEAN_KEEP_SCREENSHOT")
    if keep:
        shutil.copyfile(shot, keep)
