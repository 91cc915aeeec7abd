"""The offline copy: the whole site in one zip file, to open from a USB stick or a
shared folder with no network at all, search included."""

from __future__ import annotations

import os
import tempfile
import zipfile
from pathlib import Path
from typing import BinaryIO

from silabus.engines.mkdocs import build_offline, config_file_of
from silabus.files import UnsafeTarget, atomic_writer, check_way, make_folders, shown


class OfflineFailed(Exception):
    """The copy could not be made; the message says why."""


def offline_copy(project_root: Path, output_dir: Path) -> Path:
    """Build the site for file:// and pack it as `<output_dir>/<program-id>-offline.zip`,
    whose one folder holds index.html. The zip is written beside its final name and
    moved there only when complete, so a failed build leaves an earlier copy as it was."""
    config_file = config_file_of(project_root)
    if config_file is None:
        raise OfflineFailed(f"{project_root} has no mkdocs.yml; the offline copy is built from it")
    try:  # before the build: a link planted to lead elsewhere is refused at once
        check_way(Path(os.path.abspath(output_dir)), project_root)
    except UnsafeTarget as refused:
        raise OfflineFailed(str(refused)) from None
    with tempfile.TemporaryDirectory(prefix="silabus-offline-") as scratch:
        site_dir = Path(scratch) / "site"
        name = f"{build_offline(config_file, site_dir)}-offline"
        target = output_dir / f"{name}.zip"
        try:
            make_folders(output_dir, project_root)
            with atomic_writer(target, project_root) as stream:
                _pack(site_dir, stream, name)
        except UnsafeTarget as refused:
            raise OfflineFailed(str(refused)) from None
        except OSError as failed:
            reason = failed.strerror or str(failed)
            raise OfflineFailed(f"cannot write {shown(target)}: {reason}") from None
    return target


def _pack(site_dir: Path, stream: BinaryIO, folder: str) -> None:
    """Every file of `site_dir` under `folder/`, in a stable order."""
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(site_dir.rglob("*")):
            if path.is_file():
                archive.write(path, f"{folder}/{path.relative_to(site_dir).as_posix()}")
