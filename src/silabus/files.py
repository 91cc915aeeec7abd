"""Writing files in a checkout that may be hostile.

A curriculum repository takes pull requests from many hands, so a folder Silabus
writes into may hold links planted to lead elsewhere (into `.git/hooks/`, a home
folder, a system file). Every file Silabus writes goes through `write_file`: the
content goes into a fresh temporary file, made exclusively in the target's folder
under a name nobody can guess, synced to disk and renamed over the target, so a
reader sees the old file or the new one, never half of one, and nothing is
written through a link. A whole folder is replaced with `swap_folder`.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from silabus.catalogue import Text, said, say

_NEW_FILE_MODE = 0o666  # less the user's umask, as for any file the user makes


class UnsafeTarget(OSError):
    """A place Silabus refuses to write to; the message (a Text) says why and what to do."""


def reason(failed: OSError) -> Text | str:
    """Why reading or writing failed, as a value for a message: the system's reason
    (`Permission denied`), else what the exception says."""
    return failed.strerror or said(failed)


def shown(path: Path) -> str:
    """A path as messages show it: relative to the current folder."""
    try:
        return Path(os.path.relpath(path)).as_posix()
    except ValueError:  # another drive, on Windows
        return path.as_posix()


def _is_link(path: Path) -> bool:
    return path.is_symlink() or bool(getattr(path, "is_junction", lambda: False)())


def check_target(target: Path, project_root: Path | None = None) -> Path:
    """`target` as an absolute path, if Silabus may write a file there: it is not a
    link, and no folder on the way to it inside `project_root` is a link that leads
    out of the project. A place outside the project is one the user named, and is
    taken as named (only the target itself must not be a link). Raises UnsafeTarget."""
    target = Path(os.path.abspath(target))
    if _is_link(target):
        raise UnsafeTarget(say("files.link", path=shown(target)))
    check_way(target.parent, project_root)
    return target


def check_way(folder: Path, project_root: Path | None) -> None:
    """Refuse a folder, or a folder above it, inside the project that is a link
    leading out of the project, into a hidden folder of it (`.git`, `.venv`),
    nowhere, or in a circle. The project may be named through a link of its own."""
    if project_root is None:
        return
    real_root = Path(os.path.realpath(project_root))
    inside = False
    for step in [*reversed(Path(os.path.abspath(folder)).parents), Path(os.path.abspath(folder))]:
        if not inside:
            # The steps down to the project itself are the user's own way to it.
            inside = step.exists() and Path(os.path.realpath(step)) == real_root
            continue
        if not _is_link(step):
            continue
        try:
            real = step.resolve(strict=True)
        except FileNotFoundError:
            raise UnsafeTarget(say("files.link.nowhere", path=shown(step))) from None
        except (OSError, RuntimeError):
            raise UnsafeTarget(say("files.link.circle", path=shown(step))) from None
        if not is_public_part(real, real_root):
            raise UnsafeTarget(say("files.link.outside", path=shown(step), real=real))


def is_public_part(real: Path, real_root: Path) -> bool:
    """Whether a resolved path is in the project and not in a hidden folder of it
    (`.git`, `.venv`, `.env`), which no link may lead into."""
    if not real.is_relative_to(real_root):
        return False
    return not any(part.startswith(".") for part in real.relative_to(real_root).parts)


def make_folders(folder: Path, project_root: Path | None = None) -> Path:
    """Create `folder` and the folders above it that are missing, once the way to
    it is checked: no link inside the project that leads out of it. Returns it as
    an absolute path."""
    folder = Path(os.path.abspath(folder))
    check_way(folder, project_root)
    if folder.exists() and not folder.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(folder))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


@contextlib.contextmanager
def _temporary_beside(target: Path) -> Iterator[tuple[BinaryIO, Path]]:
    """A new file in the target's folder, open for writing, that nobody else made:
    created exclusively (never through a link) under an unguessable name, and
    removed again unless it was renamed away."""
    descriptor, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    temporary = Path(name)
    try:
        with os.fdopen(descriptor, "wb") as stream:
            yield stream, temporary
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()


@contextlib.contextmanager
def atomic_writer(
    target: Path, project_root: Path | None = None, *, exclusive: bool = False
) -> Iterator[BinaryIO]:
    """A binary stream whose content becomes `target` when the block ends without an
    error, all at once; on an error the target is as it was. The new file has the
    user's usual permissions, whatever the old one had. With `exclusive`, an
    existing target is never replaced (FileExistsError)."""
    target = check_target(target, project_root)
    if exclusive and (target.exists() or _is_link(target)):
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target))
    if target.is_dir():
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(target))
    with _temporary_beside(target) as (stream, temporary):
        yield stream
        stream.flush()
        if hasattr(os, "fchmod"):
            os.fchmod(stream.fileno(), _NEW_FILE_MODE & ~_umask())
        os.fsync(stream.fileno())
        stream.close()
        if exclusive:
            _link_new(temporary, target)
        else:
            os.replace(temporary, target)
    _sync_folder(target.parent)


def write_file(
    target: Path, content: bytes, project_root: Path | None = None, *, exclusive: bool = False
) -> None:
    """Write `content` as `target`, all at once (see `atomic_writer`)."""
    with atomic_writer(target, project_root, exclusive=exclusive) as stream:
        stream.write(content)


def _link_new(temporary: Path, target: Path) -> None:
    """Give the complete temporary file the target's name, failing if that name
    exists (a hard link is never made over anything)."""
    try:
        os.link(temporary, target)
    except FileExistsError:
        raise
    except OSError as failed:
        # A file system without hard links (FAT on a USB stick): claim the name
        # exclusively, then put the complete file over the empty one.
        if failed.errno not in {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS}:
            raise
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        os.close(os.open(target, flags, 0o600))
        os.replace(temporary, target)


def _sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; elsewhere, the rename is enough)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def new_folder_beside(target: Path, purpose: str) -> Path:
    """A new hidden folder next to `target` (same file system, so it can be renamed
    into place), made by this call, with the user's usual permissions."""
    while True:
        folder = target.parent / f".{target.name}.{purpose}-{secrets.token_hex(6)}"
        try:
            folder.mkdir()
        except FileExistsError:
            continue
        return folder


def swap_folder(staging: Path, target: Path, *, keep_hidden: bool = False) -> Path | None:
    """Put the complete folder `staging` where `target` is, replacing the folder
    there; returns the previous folder if it could not be deleted. With
    `keep_hidden`, a `.git` folder of the previous folder (a deployment's, which no
    checkout can carry: git never writes a path named `.git`) moves into the new
    one; nothing else of it is kept, and no link. Where the system can exchange two
    folders in one step (Linux), there is no moment without `target`; elsewhere it is
    two renames.
    Another process swapping the same target at the same moment ends with one
    complete folder or the other in place, never a mix."""
    for _ in range(10):
        if _is_link(target) or (target.exists() and not target.is_dir()):
            raise UnsafeTarget(say("files.not-a-folder", path=shown(target)))
        if target.is_dir() and _exchange(staging, target):
            retired: Path | None = staging  # now holds the previous folder
        else:
            retired = None
            if target.exists():
                retired = new_folder_beside(target, "old")
                retired.rmdir()
                try:
                    os.replace(target, retired)
                except FileNotFoundError:  # moved away by another build just now
                    retired = None
            try:
                os.replace(staging, target)
            except BaseException as failed:
                if retired is not None and not os.path.lexists(target):
                    with contextlib.suppress(OSError):
                        os.replace(retired, target)
                busy = isinstance(failed, OSError) and failed.errno in {
                    errno.ENOTEMPTY,
                    errno.EEXIST,
                }
                if not busy or not target.is_dir():
                    raise
                # Another build put its folder there first: retire that one, try again.
                if retired is not None and os.path.lexists(retired):
                    remove_folder(retired)
                continue
        if retired is None:
            return None
        if keep_hidden and _is_real_folder(retired / ".git"):
            with contextlib.suppress(OSError):
                os.replace(retired / ".git", target / ".git")
        remove_folder(retired)
        return retired if retired.exists() else None
    raise OSError(errno.EBUSY, say("files.busy"), str(target))


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(first: Path, second: Path) -> bool:
    """Swap two folders in one step (Linux's renameat2 with RENAME_EXCHANGE); False
    where the system or its file system cannot, and the caller renames twice."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    path, number = ctypes.c_char_p, ctypes.c_int
    renameat2.argtypes = [number, path, number, path, ctypes.c_uint]
    done = renameat2(
        _AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE
    )
    if done == 0:
        return True
    failed = ctypes.get_errno()
    if failed in {errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV}:
        return False
    raise OSError(failed, os.strerror(failed), str(second))


def _is_real_folder(path: Path) -> bool:
    return path.is_dir() and not _is_link(path)


def remove_folder(folder: Path) -> None:
    """Delete a folder Silabus made, as far as it can; links in it are removed,
    never followed."""
    shutil.rmtree(folder, ignore_errors=True)


class NotAFile(OSError):
    """A path that names a pipe, a device, a socket or a folder instead of a file."""


def read_regular(path: Path, limit: int) -> bytes:
    """The first `limit` bytes of the regular file at `path` (links followed). A
    pipe, device or socket is never opened for reading, so a planted FIFO cannot
    make a command wait forever: NotAFile instead."""
    with open_regular(path) as stream:
        info = os.fstat(stream.fileno())
        # Reading with a limit alone makes a buffer of that size for every file.
        raw = stream.read(min(info.st_size, limit))
        if len(raw) < limit and (more := stream.read(1)):  # grown since, or of no size
            raw += more + stream.read(limit - len(raw) - 1)
        return raw


def open_regular(path: Path, follow_link: bool = True) -> BinaryIO:
    """The regular file at `path` opened for reading (a link followed unless
    `follow_link` is false: OSError then); a pipe, device or socket is never opened:
    NotAFile instead."""
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise NotAFile(errno.EINVAL, _NOT_A_FILE, str(path))
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    if not follow_link:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    descriptor = os.open(path, flags)
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):  # replaced since the first look
        os.close(descriptor)
        raise NotAFile(errno.EINVAL, _NOT_A_FILE, str(path))
    return os.fdopen(descriptor, "rb")


_NOT_A_FILE = say("files.not-a-file")
