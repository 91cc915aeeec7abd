"""Links and special files in the folders a build reads and publishes.

A symbolic link in `docs/` to `/etc/passwd`, or to `/proc/self/environ`, would be
copied into the site and published; a FIFO would make the build wait forever; a
link that leads in a circle would stop it with a traceback. Every link in those
folders must lead to a file or folder inside the project, and only plain files
and folders are read.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable
from pathlib import Path

from silabus.diagnostics import Diagnostic, Severity
from silabus.files import is_public_part

_OUTSIDE_HINT = "copy the file into the project instead of linking to it"


def check_links(
    project_root: Path,
    folders: Iterable[Path],
    skip: Callable[[Path], bool] = lambda path: False,
) -> list[Diagnostic]:
    """Every link in `folders` (and each folder itself) that leads out of them,
    nowhere, or in a circle, and every entry that is neither a file nor a folder. A
    link may lead only into one of `folders` (not elsewhere in the project, such as
    `.git/`), and each of `folders` must be inside the project. Entries for which
    `skip` is true are another reader's to judge."""
    root = Path(os.path.abspath(project_root))
    real_root = root.resolve()
    problems: list[Diagnostic] = []
    seen: set[tuple[int, int]] = set()

    def problem(path: Path, message: str, hint: str) -> None:
        problems.append(Diagnostic(_shown(path, root), 1, 1, Severity.ERROR, message, hint))

    allowed: list[Path] = []
    walked: list[Path] = []
    for folder in folders:
        try:
            real = Path(os.path.realpath(folder))
            is_link = os.path.islink(folder)
        except (OSError, ValueError):  # a NUL in a name from mkdocs.yml
            continue
        # The project itself is not one of them: a link to it would let every link
        # inside lead anywhere, .git/ included.
        inside = real != real_root and is_public_part(real, real_root)
        if inside or is_link:
            walked.append(Path(os.path.abspath(folder)))
        if inside or not os.path.lexists(folder):
            allowed.append(real)
        elif not is_link:
            problem(
                Path(folder),
                "this folder is outside the project, or hidden in it, and Silabus publishes "
                "only folders of the project",
                "set docs_dir and the theme's custom_dir in mkdocs.yml to folders of the project",
            )

    def judge(path: Path) -> Path | None:
        """Report what is wrong with `path`; the folder to look into, if it is one."""
        try:
            status = os.lstat(path)
        except (OSError, ValueError):
            return None
        if stat.S_ISLNK(status.st_mode):
            try:
                real = path.resolve(strict=True)
                status = os.stat(real)
            except FileNotFoundError:
                problem(
                    path,
                    "this is a link to a file that does not exist",
                    "delete the link, or copy the real file here",
                )
                return None
            except (OSError, RuntimeError):  # ELOOP, or pathlib's own loop error
                problem(path, "this is a link that leads in a circle", "delete the link")
                return None
            public = is_public_part(real, real_root)
            if not public or not any(real.is_relative_to(folder) for folder in allowed):
                problem(
                    path,
                    f"this is a link to {real}, outside the folders Silabus reads and "
                    "publishes; a link may lead only into curriculum/, templates/, the "
                    "docs folder or the theme's folder",
                    _OUTSIDE_HINT,
                )
                return None
        if stat.S_ISDIR(status.st_mode):
            key = (status.st_dev, status.st_ino)
            if key in seen:
                return None
            seen.add(key)
            return path
        if not stat.S_ISREG(status.st_mode):
            problem(
                path,
                "this is a pipe, a device or a socket, not a file",
                "delete it: only plain files are read and published",
            )
        return None

    waiting = [judged for folder in walked if (judged := judge(folder)) is not None]
    while waiting:
        folder = waiting.pop(0)
        try:
            names = sorted(os.listdir(folder))
        except OSError:
            continue
        for name in names:
            path = folder / name
            if skip(path):
                continue
            inner = judge(path)
            if inner is not None:
                waiting.append(inner)
    return problems


def _shown(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()
