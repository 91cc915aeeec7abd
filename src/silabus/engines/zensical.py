"""Zensical -> Silabus. Zensical reads mkdocs.yml but runs no MkDocs hook or plugin,
so Silabus does the plugin's work itself and then runs Zensical: it checks and
renders the curriculum (stopping on the same problems, with the same messages, as
the MkDocs build), writes the generated pages beside a copy of the hand-written
ones in the project's build folder (`.silabus/zensical/`), gives Zensical a
configuration derived from mkdocs.yml, and puts the built site in place of the
site folder only when Zensical succeeded: a failed build leaves the previous site
as it was."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import replace
from importlib.resources import files as files_of
from importlib.util import find_spec
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import urljoin

from markupsafe import escape

from silabus.engines.navigation import with_curriculum
from silabus.engines.prepare import prepare_site, without_notice
from silabus.engines.settings import (
    SettingProblem,
    dump_settings,
    plugins_data,
    settings_data,
    site_settings,
)
from silabus.engines.site_folder import SiteFolderRefused, Staging, check_site_folder
from silabus.export import ExportFailed, ExportRefused, export_site
from silabus.files import UnsafeTarget, make_folders, remove_folder, shown
from silabus.load import CURRICULUM_DIR
from silabus.render import STYLESHEET, Audience, Site
from silabus.render.course_data import json_ld
from silabus.render.meta import head_tags

BUILD_FOLDER = Path(".silabus") / "zensical"
# What Zensical reads in the build folder.
CONFIG_NAME = "mkdocs.yml"
INSTALL_HINT = "pip install 'silabus[zensical]'"


class EngineFailed(Exception):
    """The build could not be made; the message says why and what to do."""


def build_with_zensical(
    project_root: Path,
    config_file: Path,
    *,
    strict: bool,
    audience: Audience | None = None,
    out: TextIO = sys.stderr,
) -> int:
    """Build the project's site with Zensical. Returns the exit status: 0 built,
    1 problems in the curriculum or a failed build (reported on `out`)."""
    if find_spec("zensical") is None:
        raise EngineFailed(f"Zensical is not installed; install it with: {INSTALL_HINT}")
    try:
        settings = settings_data(config_file, project_root, keep_tags=True)
        found = site_settings(project_root, config_file)
    except SettingProblem as problem:
        raise EngineFailed(str(problem)) from None
    if not settings:
        raise EngineFailed(f"{shown(config_file)} cannot be read as a site's settings")
    options = found.options if audience is None else replace(found.options, audience=audience)
    docs_dir = config_file.parent / str(settings.get("docs_dir") or "docs")
    site_dir = Path(os.path.abspath(config_file.parent / str(settings.get("site_dir") or "site")))
    prepared = prepare_site(
        project_root,
        language=found.language,
        options=options,
        allowed_tags=found.allowed_tags,
        published=found.published,
        docs_dir=docs_dir,
        settings=settings,
        config_file=config_file,
    )
    for diagnostic in prepared.problems:
        print(diagnostic.format(), file=out)
    if prepared.stops(strict) or prepared.site is None:
        print(prepared.stop_message(), file=out)
        return 1
    try:
        check_site_folder(site_dir, project_root)
        build = make_folders(project_root / BUILD_FOLDER, project_root)
        written = _write_docs(prepared.site, docs_dir, build / "docs", project_root)
        _write_overrides(settings, config_file, build / OVERRIDES)
        derived = _derived_settings(settings, prepared.site, written)
        (build / CONFIG_NAME).write_text(dump_settings(derived), encoding="utf-8")
        remove_folder(build / "site")
    except (SiteFolderRefused, UnsafeTarget, ExportRefused, ExportFailed) as refused:
        raise EngineFailed(str(refused)) from None
    except OSError as failed:
        raise EngineFailed(
            f"cannot write the build folder {shown(project_root / BUILD_FOLDER)}: "
            f"{failed.strerror or failed}"
        ) from None
    command = [sys.executable, "-m", "zensical", "build", "-f", str(build / CONFIG_NAME)]
    ran = subprocess.run(
        [*command, *(["--strict"] if strict else [])],
        cwd=build,
        capture_output=True,
        text=True,
        check=False,
    )
    print((ran.stdout + ran.stderr).rstrip(), file=out)
    if ran.returncode != 0 or not (build / "site" / "index.html").is_file():
        print(
            f"Zensical stopped the build; {shown(site_dir)} is as it was. The lines above say why.",
            file=out,
        )
        return 1
    _add_head_tags(prepared.site, build / "site", settings, found.language)
    _put_in_place(build / "site", site_dir, out)
    return 0


def _write_docs(site: Site, docs_dir: Path, target: Path, project_root: Path) -> list[str]:
    """The generated pages, assets and files in `target`, with a copy of the
    hand-written pages of `docs_dir` beside them. Returns the hand-written pages."""
    export_site(site, target, [docs_dir, project_root / CURRICULUM_DIR], project_root)
    written: list[str] = []
    for folder, folders, names in os.walk(docs_dir):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in sorted(names):
            if name.startswith("."):
                continue
            source = Path(folder, name)
            relative = source.relative_to(docs_dir)
            destination = target / relative
            destination.parent.mkdir(parents=True, exist_ok=True)
            if source.suffix.lower() == ".md" and not source.is_symlink():
                text = source.read_text(encoding="utf-8")
                destination.write_text(without_notice(text), encoding="utf-8")
            else:
                # A link stays a link, for Zensical to read as MkDocs would.
                shutil.copy2(source, destination, follow_symlinks=False)
            if source.suffix.lower() == ".md":
                written.append(relative.as_posix())
    return sorted(written, key=_page_order)


def _page_order(path: str) -> tuple[tuple[str, ...], bool, str]:
    """Pages in the order MkDocs lists them: by folder, a folder's index first."""
    *folders, name = path.split("/")
    return tuple(folders), name.lower() not in {"index.md", "readme.md"}, name


def _derived_settings(settings: dict[str, Any], site: Site, written: list[str]) -> dict[str, Any]:
    """The project's settings for Zensical in the build folder: its pages there, the
    curriculum in the navigation, Silabus's stylesheet, and no plugin or hook that
    Zensical would ignore."""
    derived = dict(settings)
    derived["docs_dir"] = "docs"
    derived["site_dir"] = "site"
    nav = settings.get("nav")
    derived["nav"] = with_curriculum(nav if isinstance(nav, list) else None, site.nav, written)
    extra_css = settings.get("extra_css")
    extra_css = list(extra_css) if isinstance(extra_css, list) else []
    derived["extra_css"] = [*extra_css, *([] if STYLESHEET in extra_css else [STYLESHEET])]
    plugins = plugins_data(settings.get("plugins", ["search"]))
    derived["plugins"] = [{name: options} for name, options in plugins.items() if name != "silabus"]
    derived.pop("hooks", None)
    derived.pop("watch", None)
    extensions = settings.get("markdown_extensions")
    extensions = list(extensions) if isinstance(extensions, list) else []
    if not any(
        entry == "attr_list" or (isinstance(entry, dict) and "attr_list" in entry)
        for entry in extensions
    ):
        extensions.append("attr_list")  # a heading's own id: `## Heading {#id}`
    derived["markdown_extensions"] = extensions
    theme = settings.get("theme")
    theme = dict(theme) if isinstance(theme, dict) else {"name": theme or "material"}
    theme["custom_dir"] = OVERRIDES
    derived["theme"] = theme
    return derived


# Silabus's templates that fit Zensical's theme as they fit Material's: the repository
# link without the script's request for stars and forks to another server.
ZENSICAL_OVERRIDES = ("partials/source.html",)
OVERRIDES = "overrides"


def _write_overrides(settings: dict[str, Any], config_file: Path, target: Path) -> None:
    """The theme's overrides for Zensical: Silabus's own, then the project's
    `custom_dir` over them, as the project's come first in the MkDocs build."""
    remove_folder(target)
    theme_folder = files_of("silabus").joinpath("theme")
    for name in ZENSICAL_OVERRIDES:
        destination = target / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_bytes(theme_folder.joinpath(name).read_bytes())
    theme = settings.get("theme")
    custom = theme.get("custom_dir") if isinstance(theme, dict) else None
    if isinstance(custom, str) and custom and (config_file.parent / custom).is_dir():
        shutil.copytree(config_file.parent / custom, target, symlinks=True, dirs_exist_ok=True)


def _add_head_tags(site: Site, built: Path, settings: dict[str, Any], language: str | None) -> None:
    """Describe each page to link previews and search engines as the MkDocs plugin
    does: Open Graph tags on every page, schema.org data (JSON-LD) on the pages that
    have it (the program and cohort pages)."""
    site_name = str(settings.get("site_name") or "")
    site_url = str(settings.get("site_url") or "")
    data = {_html_of(page.path): page.data for page in site.pages.values() if page.data}
    for path in sorted(built.rglob("*.html")):
        relative = path.relative_to(built).as_posix()
        html = path.read_text(encoding="utf-8")
        title = _TITLE.search(html)
        shown_title = title.group(1) if title else ""
        shown_title = shown_title.removesuffix(f" - {escape(site_name)}")
        description = _DESCRIPTION.search(html)
        address = None
        if site_url and relative != "404.html":
            address = urljoin(site_url.rstrip("/") + "/", relative.removesuffix("index.html"))
        tags = head_tags(
            title=escape(site_name) if relative in {"index.html", "404.html"} else shown_title,
            description=description.group(1) if description else "",
            site_name=site_name,
            language=language,
            address=address,
        )
        if relative in data:
            tags += json_ld(data[relative])
        path.write_text(html.replace("</head>", f"{tags}</head>", 1), encoding="utf-8")


_TITLE = re.compile(r"<title>(.*?)</title>", re.DOTALL)
_DESCRIPTION = re.compile(r'<meta name="description" content="([^"]*)"')


def _html_of(page: str) -> str:
    """The built file of a page, with addresses that end in a folder."""
    stem = page.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return f"{stem}.html"
    return f"{stem}/index.html"


def _put_in_place(built: Path, site_dir: Path, out: TextIO) -> None:
    """Replace the site folder with the built site, all at once."""
    try:
        staging = Staging(site_dir)
    except OSError as failed:
        raise EngineFailed(
            f"cannot build the site beside {shown(site_dir)}: {failed.strerror or failed}"
        ) from None
    try:
        os.rmdir(staging.folder)
        os.replace(built, staging.folder)
        leftover = staging.swap()
    except OSError as failed:
        staging.discard()
        raise EngineFailed(
            f"the new site could not replace {shown(site_dir)}: {failed.strerror or failed}"
        ) from None
    print(f"The new site is in place in {shown(site_dir)}/", file=out)
    if leftover is not None:
        print(
            f"The previous site, moved to {shown(leftover)}, could not be deleted; "
            "delete that folder yourself",
            file=out,
        )
