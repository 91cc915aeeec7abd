"""Smaller copies of large figures, for participants reading on phones.

A photo 2,000 pixels wide is several times what a phone screen shows and what a
slow link carries in good time. Each PNG, JPEG or WebP figure wider than
`LARGE` pixels gets a copy `PHONE_WIDTH` pixels wide beside it
(`foto.720w.jpg`); the page offers both (`srcset`), and the browser takes the
one that fits the screen.
"""

from __future__ import annotations

import io
import posixpath
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from silabus.files import read_regular
from silabus.model import CourseFile

PHONE_WIDTH = 720
LARGE = 1200
# The most pixels a figure may have to be copied: beyond that, decoding it takes
# much memory (Pillow's own limit for untrusted images is about 89 million).
MAX_PIXELS = 40_000_000
MAX_BYTES = 50_000_000
_FORMATS = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".webp": "WEBP"}
# Where the page's text column is at most as wide as the screen.
SIZES = "(max-width: 760px) 100vw, 760px"


def has_phone_copy(path: str, files: Mapping[str, CourseFile]) -> bool:
    """Whether the figure at `path` among a module's `files` gets a copy for phones:
    it is large, and no file of the folder has the copy's name already."""
    found = files[path]
    suffix = posixpath.splitext(path)[1].lower()
    return (
        phone_copy_path(path) not in files
        and suffix in _FORMATS
        and found.width is not None
        and found.height is not None
        and found.width > LARGE
        and found.width * found.height <= MAX_PIXELS
        and found.size <= MAX_BYTES
    )


def phone_copy_path(path: str) -> str:
    """`gambar/foto.jpg` -> `gambar/foto.720w.jpg`."""
    stem, suffix = posixpath.splitext(path)
    return f"{stem}.{PHONE_WIDTH}w{suffix}"


@dataclass(frozen=True)
class PhoneCopy:
    """A figure made `PHONE_WIDTH` pixels wide, made when the site is written."""

    source: Path

    def content(self) -> bytes:
        info = self.source.stat()
        return _resized(self.source, info.st_mtime_ns, info.st_size)


@lru_cache(maxsize=256)
def _resized(source: Path, modified: int, size: int) -> bytes:
    """The copy's bytes, in the figure's own format; the figure itself when it cannot
    be decoded (it is shown as it is, only heavier)."""
    del modified, size  # part of the cache key: a changed figure is copied again
    from PIL import Image

    raw = read_regular(source, MAX_BYTES + 1)
    try:
        with Image.open(io.BytesIO(raw)) as image:
            kind = image.format or "PNG"
            height = round(image.height * PHONE_WIDTH / image.width)
            copy = image.resize((PHONE_WIDTH, height), Image.Resampling.LANCZOS)
            if kind == "JPEG" and copy.mode not in {"RGB", "L"}:
                copy = copy.convert("RGB")
            buffer = io.BytesIO()
            options = {"quality": 82, "optimize": True} if kind in {"JPEG", "WEBP"} else {}
            copy.save(buffer, kind, **({"optimize": True} if kind == "PNG" else options))
            return buffer.getvalue()
    except (OSError, ValueError, Image.DecompressionBombError):
        return raw
