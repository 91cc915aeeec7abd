"""Write the generated pages as plain files, for MkDocs or any other engine."""

from __future__ import annotations

import os
import secrets
import shutil
from pathlib import Path, PurePosixPath

from silabus.render import Site

MARKER = ".silabus-export"


class ExportRefused(Exception):
    """The target folder holds something an export must not replace."""


def export_site(site: Site, target: Path) -> list[str]:
    """Write every page and asset of `site` under `target`, replacing a previous
    export there. The folder changes all at once: if anything fails, it is left as
    it was. Returns the written paths."""
    target = target.absolute()
    _refuse_unsafe_target(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    contents: dict[str, bytes] = {
        path: page.markdown.encode("utf-8") for path, page in site.pages.items()
    }
    contents.update(site.assets)

    staging = _new_folder_beside(target, "new")
    try:
        for path, content in contents.items():
            destination = staging / _safe_relative(path)
            destination.parent.mkdir(parents=True, exist_ok=True)
            destination.write_bytes(content)
        (staging / MARKER).write_text(
            "This folder is written by `silabus export` and replaced on each export.\n",
            encoding="utf-8",
        )
        _swap_into_place(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return sorted(contents)


def _refuse_unsafe_target(target: Path) -> None:
    if target.is_symlink():
        raise ExportRefused(f"{target} is a symbolic link; export to a real folder")
    if target.exists() and not target.is_dir():
        raise ExportRefused(f"{target} exists and is not a folder")
    if target.is_dir() and any(target.iterdir()) and not (target / MARKER).is_file():
        raise ExportRefused(
            f"{target} is not empty and was not written by `silabus export`; "
            "choose an empty or new folder"
        )


def _new_folder_beside(target: Path, purpose: str) -> Path:
    """A new hidden folder next to `target` (same file system, so it can be renamed
    into place), made with the user's usual permissions."""
    while True:
        folder = target.parent / f".{target.name}.{purpose}-{secrets.token_hex(4)}"
        try:
            folder.mkdir()
        except FileExistsError:
            continue
        return folder


def _safe_relative(path: str) -> Path:
    relative = PurePosixPath(path)
    if relative.is_absolute() or ".." in relative.parts:
        raise ValueError(f"refusing to write outside the export folder: {path}")
    return Path(*relative.parts)


def _swap_into_place(staging: Path, target: Path) -> None:
    if not target.exists():
        os.replace(staging, target)
        return
    retired = _new_folder_beside(target, "old")
    retired.rmdir()
    os.replace(target, retired)
    try:
        os.replace(staging, target)
    except BaseException:
        os.replace(retired, target)
        raise
    shutil.rmtree(retired, ignore_errors=True)
