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

from silabus.catalogue import Text, say
from silabus.diagnostics import Diagnostic, Severity
from silabus.files import is_public_part
from silabus.load import project_path


def check_links(
    project_root: Path,
    folders: Iterable[Path],
    skip: Callable[[Path], bool] = lambda path: False,
) -> list[Diagnostic]:
    """Every link in `folders` (and each folder itself) that leads out of the folder
    it is in, nowhere, or in a circle, and every entry that is neither a file nor a
    folder. A link in docs/ may lead only into docs/, one in curriculum/ only into
    curriculum/ (whose files, trainer notes included, are never published as they
    are), and so on; each of `folders` must be a folder of the project, not the
    project itself and not hidden (`.git/`). Entries for which `skip` is true are
    another reader's to judge (never a folder: the caller's `skip` says no to them)."""
    root = Path(os.path.abspath(project_root))
    real_root = root.resolve()
    problems: list[Diagnostic] = []

    def problem(path: Path, message: Text) -> None:
        problems.append(Diagnostic(project_path(path, root), 1, 1, Severity.ERROR, message))

    def judge(path: Path, zone: Path, name: str) -> Path | None:
        """Report what is wrong with `path`, found in the folder `name` (really
        `zone`); the folder to look into, if it is one."""
        if skip(path):
            return None
        try:
            status = os.lstat(path)
        except (OSError, ValueError):
            return None
        if stat.S_ISLNK(status.st_mode):
            try:
                real = path.resolve(strict=True)
                status = os.stat(real)
            except FileNotFoundError:
                problem(path, say("L001"))
                return None
            except (OSError, RuntimeError):  # ELOOP, or pathlib's own loop error
                problem(path, say("L002"))
                return None
            if not is_public_part(real, real_root) or not real.is_relative_to(zone):
                problem(path, say("L003", real=real, folder=name))
                return None
        if stat.S_ISDIR(status.st_mode):
            return path
        if not stat.S_ISREG(status.st_mode):
            problem(path, say("L004"))
        return None

    for folder in folders:
        try:
            absolute = Path(os.path.abspath(folder))
            real = Path(os.path.realpath(folder))
            is_link = os.path.islink(folder)
        except (OSError, ValueError):  # a NUL in a name from mkdocs.yml
            continue
        if not os.path.lexists(absolute):
            continue
        name = project_path(absolute, root)
        # The project itself is not one of them: a link to it would let every link
        # inside lead anywhere, .git/ included.
        if real == real_root or not is_public_part(real, real_root):
            if is_link:
                problem(absolute, say("L005", real=real))
            else:
                problem(absolute, say("L006"))
            continue
        seen: set[tuple[int, int]] = set()
        waiting = [absolute] if os.path.isdir(absolute) else []
        while waiting:
            current = waiting.pop(0)
            try:
                status = os.stat(current)
                names = sorted(os.listdir(current))
            except OSError:
                continue
            if (status.st_dev, status.st_ino) in seen:
                continue
            seen.add((status.st_dev, status.st_ino))
            for entry in names:
                inner = judge(current / entry, real, name)
                if inner is not None:
                    waiting.append(inner)
    return problems
