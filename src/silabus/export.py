"""Write the generated pages as plain files, for MkDocs or any other engine."""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from silabus.catalogue import said, say
from silabus.files import (
    UnsafeTarget,
    make_folders,
    new_folder_beside,
    open_regular,
    reason,
    swap_folder,
)
from silabus.render import BLOCK_END, Site, nav_entry

MARKER = ".silabus-export"
NAV_FILE = ".nav.yml"


def navigation(site: Site) -> str:
    """The generated sections in MkDocs' `nav` format, for a site built from the
    export alone: an mkdocs.yml with `docs_dir` the export folder and
    `INHERIT: <folder>/.nav.yml` (engines skip files starting with a dot)."""
    import yaml

    entries = [nav_entry(section) for section in site.nav]
    return (
        "# The navigation of the exported pages, written by `silabus export`.\n"
        "# Use it from an mkdocs.yml whose docs_dir is this folder: INHERIT: <folder>/.nav.yml\n"
        + yaml.safe_dump({"nav": entries}, allow_unicode=True, sort_keys=False, width=1000)
    )


class ExportRefused(Exception):
    """The target folder holds something an export must not replace (the message, a
    Text, says what)."""


class ExportFailed(Exception):
    """The export could not be written; the target folder is as it was (the message, a
    Text, says why)."""


@dataclass(frozen=True)
class Export:
    written: list[str]
    leftover: Path | None  # a previous export that could not be deleted


def export_site(
    site: Site, target: Path, protected: Iterable[Path] = (), project_root: Path | None = None
) -> Export:
    """Write every page and asset of `site` under `target`, replacing a previous
    export there. The folder changes all at once: if anything fails, it is left as
    it was. The target is never a `protected` folder (the project's docs and
    curriculum), inside one, or a folder holding one, and no link inside the
    project leads it out of the project."""
    target = target.absolute()
    try:
        _refuse_unsafe_target(target, [folder.resolve() for folder in protected])
        try:
            make_folders(target.parent, project_root)
        except UnsafeTarget as refused:
            raise ExportRefused(said(refused)) from None
        return _write(site, target)
    except OSError as error:
        raise ExportFailed(say("export.cannot-write", path=target, reason=reason(error))) from error


def page_files(site: Site) -> dict[str, bytes]:
    """The generated pages and assets of `site` as the files an engine reads."""
    # The mark that ends each rendered block is for the MkDocs engine alone.
    contents: dict[str, bytes] = {
        path: page.markdown.replace(BLOCK_END, "").encode("utf-8")
        for path, page in site.pages.items()
    }
    contents.update(site.assets)
    return contents


def _write(site: Site, target: Path) -> Export:
    contents = page_files(site)
    contents[NAV_FILE] = navigation(site).encode("utf-8")

    staging = new_folder_beside(target, "new")
    try:
        for path, content in contents.items():
            destination = staging / _safe_relative(path)
            destination.parent.mkdir(parents=True, exist_ok=True)
            destination.write_bytes(content)
        for path, source in site.files.items():
            destination = staging / _safe_relative(path)
            destination.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(source, Path):
                # The content of a plain file, never a link (the loader refused those),
                # copied in pieces however large it is.
                with (
                    open_regular(source, follow_link=False) as stream,
                    destination.open("xb") as copy,
                ):
                    shutil.copyfileobj(stream, copy)
            else:
                destination.write_bytes(source.content())
        (staging / MARKER).write_text(
            "This folder is written by `silabus export` and replaced on each export.\n",
            encoding="utf-8",
        )
        leftover = swap_folder(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return Export(sorted([*contents, *site.files]), leftover)


def _refuse_unsafe_target(target: Path, protected: list[Path]) -> None:
    resolved = target.resolve()
    for folder in protected:
        if folder.is_relative_to(resolved) or resolved.is_relative_to(folder):
            raise ExportRefused(say("export.mixed", path=target, folder=folder))
    if target.is_symlink():
        raise ExportRefused(say("export.link", path=target))
    if target.exists() and not target.is_dir():
        raise ExportRefused(say("export.not-a-folder", path=target))
    if target.is_dir() and any(target.iterdir()) and not (target / MARKER).is_file():
        raise ExportRefused(say("export.not-empty", path=target))


def _safe_relative(path: str) -> Path:
    relative = PurePosixPath(path)
    if relative.is_absolute() or ".." in relative.parts:
        raise ValueError(f"refusing to write outside the export folder: {path}")
    return Path(*relative.parts)
