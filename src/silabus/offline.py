"""The offline copy: the whole site in one zip file, to open from a USB stick or a
shared folder with no network at all, search included."""

from __future__ import annotations

import contextlib
import os
import tempfile
import zipfile
from pathlib import Path

from silabus.engines.mkdocs import build_offline, config_file_of


class OfflineFailed(Exception):
    """The copy could not be made; the message says why."""


def offline_copy(project_root: Path, output_dir: Path) -> Path:
    """Build the site for file:// and pack it as `<output_dir>/<program-id>-offline.zip`,
    whose one folder holds index.html. The zip is written beside its final name and
    moved there only when complete, so a failed build leaves an earlier copy as it was."""
    config_file = config_file_of(project_root)
    if config_file is None:
        raise OfflineFailed(f"{project_root} has no mkdocs.yml; the offline copy is built from it")
    with tempfile.TemporaryDirectory(prefix="silabus-offline-") as scratch:
        site_dir = Path(scratch) / "site"
        name = f"{build_offline(config_file, site_dir)}-offline"
        target = output_dir / f"{name}.zip"
        partial = output_dir / f".{name}.zip.partial"
        try:
            output_dir.mkdir(parents=True, exist_ok=True)
            _pack(site_dir, partial, name)
            os.replace(partial, target)
        except OSError as failed:
            reason = failed.strerror or str(failed)
            raise OfflineFailed(f"cannot write {target}: {reason}") from None
        finally:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
    return target


def _pack(site_dir: Path, zip_path: Path, folder: str) -> None:
    """Every file of `site_dir` under `folder/`, in a stable order."""
    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(site_dir.rglob("*")):
            if path.is_file():
                archive.write(path, f"{folder}/{path.relative_to(site_dir).as_posix()}")
