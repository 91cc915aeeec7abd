"""The offline copy: the whole site in one zip file, to open from a USB stick or a
shared folder with no network at all, search included. MkDocs and ProperDocs build
it with Material's offline plugin; Zensical with its own."""

from __future__ import annotations

import os
import sys
import tempfile
import zipfile
from importlib.util import find_spec
from pathlib import Path
from typing import BinaryIO

from silabus.catalogue import said, say
from silabus.engines.settings import config_file_of
from silabus.files import (
    UnsafeTarget,
    atomic_writer,
    check_way,
    make_folders,
    reason,
    shown,
)


class OfflineFailed(Exception):
    """The copy could not be made; the message (a Text) says why."""


class BuildFailed(Exception):
    """MkDocs stopped the build; the problems were logged already."""


def build_offline(config_file: Path, site_dir: Path) -> str:
    """Build the project's site into `site_dir` to be opened from files: the
    project's mkdocs.yml with Material's offline plugin added (search works from
    file://) and strict checks. Returns the program's id; raises BuildFailed."""
    from material.plugins.offline.plugin import OfflinePlugin  # type: ignore[import-untyped]
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    from silabus.engines.mkdocs import is_offline, silabus_plugins

    try:
        config = load_config(str(config_file), site_dir=str(site_dir), strict=True)
        # Files, not a web server: no addresses of the online site (its pages end in
        # / there, .html here), and no edit or repository links that need a network.
        config.site_url = None
        config.repo_url = None
        config.edit_uri = None
        if config.theme.name != "material":
            raise BuildFailed(say("offline.theme", file=config_file.name, theme=config.theme.name))
        silabus = next((plugin for _, plugin in silabus_plugins(config)), None)
        if silabus is None:
            raise BuildFailed(say("offline.no-plugin", file=config_file.name))
        silabus.program_id = None
        if not is_offline(config):
            plugin = OfflinePlugin()
            errors, _ = plugin.load_config({})
            if errors:  # pragma: no cover - the plugin's own defaults
                raise BuildFailed(str(errors))
            config.plugins["material/offline"] = plugin
        config.plugins.on_startup(command="build", dirty=False)
        silabus.command = None  # the build is part of a longer task: nothing is frozen
        try:
            build(config)
        finally:
            config.plugins.on_shutdown()
    except BuildFailed:
        raise
    except MkDocsException as stopped:
        raise BuildFailed(str(stopped)) from None
    except Exception as failed:  # a plugin or template of the project, not Silabus
        raise BuildFailed(
            say("offline.mkdocs-stopped", kind=type(failed).__name__, error=said(failed))
        ) from None
    assert silabus.program_id is not None, "the plugin's on_config ran"
    return silabus.program_id


def build_offline_with(engine: str, config_file: Path, site_dir: Path) -> str:
    """Build the offline site with `engine`; returns the program's id. ProperDocs runs
    the MkDocs build with its own modules in MkDocs's place, which it provides for
    plugins written for MkDocs; that must come before MkDocs is first imported."""
    if engine == "zensical":
        from silabus.engines.zensical import EngineFailed, build_offline_with_zensical

        try:
            program_id = build_offline_with_zensical(config_file.parent, config_file, site_dir)
        except EngineFailed as failed:
            raise OfflineFailed(said(failed)) from None
        if program_id is None:
            raise BuildFailed(say("offline.build-stopped"))
        return program_id
    if engine == "properdocs":
        if find_spec("properdocs") is None:
            raise OfflineFailed(say("offline.properdocs-missing"))
        if "mkdocs" in sys.modules:  # pragma: no cover - nothing before imports MkDocs
            raise OfflineFailed(say("offline.mkdocs-first"))
        import properdocs.replacement  # noqa: F401
    return build_offline(config_file, site_dir)


def offline_copy(project_root: Path, output_dir: Path, engine: str = "mkdocs") -> Path:
    """Build the site for file:// with `engine` (mkdocs, properdocs or zensical) and
    pack it as `<output_dir>/<program-id>-offline.zip`, whose one folder holds
    index.html. The zip is written beside its final name and moved there only when
    complete, so a failed build leaves an earlier copy as it was."""
    config_file = config_file_of(project_root)
    if config_file is None:
        raise OfflineFailed(say("offline.no-config", root=project_root))
    try:  # before the build: a link planted to lead elsewhere is refused at once
        check_way(Path(os.path.abspath(output_dir)), project_root)
    except UnsafeTarget as refused:
        raise OfflineFailed(said(refused)) from None
    with tempfile.TemporaryDirectory(prefix="silabus-offline-") as scratch:
        site_dir = Path(scratch) / "site"
        name = f"{build_offline_with(engine, config_file, site_dir)}-offline"
        target = output_dir / f"{name}.zip"
        try:
            make_folders(output_dir, project_root)
            with atomic_writer(target, project_root) as stream:
                _pack(site_dir, stream, name)
        except UnsafeTarget as refused:
            raise OfflineFailed(said(refused)) from None
        except OSError as failed:
            raise OfflineFailed(
                say("files.cannot-write", path=shown(target), reason=reason(failed))
            ) from None
    return target


def _pack(site_dir: Path, stream: BinaryIO, folder: str) -> None:
    """Every file of `site_dir` under `folder/`, in a stable order."""
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(site_dir.rglob("*")):
            if path.is_file():
                archive.write(path, f"{folder}/{path.relative_to(site_dir).as_posix()}")
