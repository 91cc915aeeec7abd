"""The site folder of a build: built beside it and swapped in whole, or, where that
cannot be, built in place with nothing planted in it followed.

A build writes the new site into a hidden folder beside the site folder
(`.site.building-<random>`), which it holds locked while it runs, and puts it in
place of the old one only when the whole build has succeeded, in one step where
the system can exchange two folders (Linux). Whatever stops a build (an error, a
full disk, Ctrl+C, a killed process) leaves the previous site as it was. The next
build removes what a killed one left.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from silabus.catalogue import said, say
from silabus.files import (
    check_way,
    make_folders,
    new_folder_beside,
    remove_folder,
    shown,
    swap_folder,
)

try:
    import fcntl
except ImportError:  # Windows: a killed build's folder stays until removed by hand
    fcntl = None  # type: ignore[assignment]

BUILDING = "building"
RETIRED = "old"
_SITE_FILES = frozenset({"index.html", "404.html", "sitemap.xml"})


class SiteFolderRefused(Exception):
    """The site folder cannot be written as asked; the message (a Text) says why and
    what to do."""


def check_site_folder(site: Path, project_root: Path) -> None:
    """Refuse a site folder that is a link, is not a folder, lies behind a link that
    leads out of the project, or holds files that are not a built site (a build
    replaces, or empties, the whole folder)."""
    if site.is_symlink():
        raise SiteFolderRefused(say("site-folder.link", path=shown(site)))
    if site.exists() and not site.is_dir():
        raise SiteFolderRefused(say("site-folder.not-a-folder", path=shown(site)))
    try:
        check_way(site.parent, project_root)
    except OSError as refused:
        raise SiteFolderRefused(said(refused)) from None
    if site.is_dir():
        names = {name for name in os.listdir(site) if not name.startswith(".")}
        if names and not names & _SITE_FILES:
            raise SiteFolderRefused(say("site-folder.not-a-site", path=shown(site)))


def unlink_links_inside(site: Path) -> None:
    """Before a build in place: remove every link inside the site folder, which
    MkDocs would otherwise write through (a site folder holds no links of its own)."""
    for folder, folders, files in os.walk(site):
        for name in [*folders, *files]:
            path = Path(folder, name)
            if path.is_symlink():
                path.unlink()


class Staging:
    """The hidden folder a build writes the site into, locked while the build runs."""

    def __init__(self, site: Path) -> None:
        self.site = site
        make_folders(site.parent)
        self.kept = recover(site)
        self.folder = new_folder_beside(site, BUILDING)
        self._lock = _lock(self.folder)

    def discard(self) -> None:
        remove_folder(self.folder)
        self._release()

    def swap(self) -> Path | None:
        """Put the new site in place; returns the previous site's folder if it could
        not be deleted."""
        try:
            return swap_folder(self.folder, self.site, keep_hidden=True)
        finally:
            self._release()

    def _release(self) -> None:
        if self._lock is not None:
            os.close(self._lock)
            self._lock = None


def recover(site: Path) -> list[Path]:
    """Delete the folders that killed builds left beside `site`. One that holds hidden
    entries (a swap was stopped while moving a deployment's `.git`, say) is kept, and
    returned, for its owner to look at: they are never moved anywhere by themselves,
    since such a folder could also have come with the checkout. Folders a running
    build holds are left alone."""
    kept: list[Path] = []
    if fcntl is None or not site.parent.is_dir():
        return kept
    for entry in sorted(os.scandir(site.parent), key=lambda entry: entry.name):
        if not _is_leftover(entry.name, site) or not entry.is_dir(follow_symlinks=False):
            continue
        lock = _lock(Path(entry.path), wait=False)
        if lock is None:
            continue  # a build running now
        try:
            folder = Path(entry.path)
            if any(name.startswith(".") for name in os.listdir(folder)):
                kept.append(folder)
            else:
                remove_folder(folder)
        except OSError:
            continue
        finally:
            os.close(lock)
    return kept


def _is_leftover(name: str, site: Path) -> bool:
    """Whether `name` is that of a folder a build of `site` makes (`new_folder_beside`)."""
    pattern = rf"\.{re.escape(site.name)}\.(?:{BUILDING}|{RETIRED})-[0-9a-f]{{12}}"
    return re.fullmatch(pattern, name) is not None


def _lock(folder: Path, *, wait: bool = True) -> int | None:
    """An exclusive lock on a folder, held as long as the returned descriptor is open
    (and released by the system when the process ends, however it ends); None if
    another process holds it (`wait=False`) or locks are not available."""
    if fcntl is None:
        return None
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except OSError:
        os.close(descriptor)
        return None
    return descriptor


def lock_folder(folder: Path, *, wait: bool = True) -> int | None:
    """An exclusive lock on a folder (see `_lock`)."""
    return _lock(folder, wait=wait)


def locks_available() -> bool:
    """Whether this system can lock folders (not on Windows)."""
    return fcntl is not None


# A calendar of a year of daily sessions is well under a megabyte.
PREVIOUS_FILE_LIMIT = 8 * 1024 * 1024


def previous_files(site: Path) -> Callable[[str], bytes | None]:
    """A reader of the files of the site a build is about to replace, by their path in
    the site (`angkatan/x.ics`): the bytes of a regular file there, or None for one
    that is missing, larger than the limit, not a regular file, or reached through a
    link (a site folder holds no links of its own, so one there was planted). Each
    folder on the way is opened without following a link, so a link swapped in
    while it reads is not followed either; on a system that cannot do that, None."""

    def read(path: str) -> bytes | None:
        parts = PurePosixPath(path).parts
        if not parts or PurePosixPath(path).is_absolute() or {".", ".."} & set(parts):
            return None
        if os.open not in os.supports_dir_fd or not hasattr(os, "O_NOFOLLOW"):
            return None
        folder_flags = os.O_RDONLY | os.O_NOFOLLOW | getattr(os, "O_DIRECTORY", 0)
        try:
            folder = os.open(site, folder_flags)
        except OSError:
            return None
        try:
            for part in parts[:-1]:
                inner = os.open(part, folder_flags, dir_fd=folder)
                os.close(folder)
                folder = inner
            file = os.open(parts[-1], os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK, dir_fd=folder)
        except OSError:
            os.close(folder)
            return None
        os.close(folder)
        try:
            info = os.fstat(file)
            if not stat.S_ISREG(info.st_mode) or info.st_size > PREVIOUS_FILE_LIMIT:
                os.close(file)
                return None
            with os.fdopen(file, "rb") as stream:
                content = stream.read(PREVIOUS_FILE_LIMIT + 1)
        except OSError:
            return None
        return content if len(content) <= PREVIOUS_FILE_LIMIT else None

    return read


def in_place(site: Path) -> bool:
    """Whether the site folder must be built in place: a mount point (a container's
    bound folder) cannot be renamed."""
    return site.is_dir() and os.path.ismount(site)


__all__ = [
    "SiteFolderRefused",
    "Staging",
    "check_site_folder",
    "in_place",
    "lock_folder",
    "locks_available",
    "previous_files",
    "recover",
    "unlink_links_inside",
]
