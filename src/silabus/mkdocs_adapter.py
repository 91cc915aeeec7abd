"""MkDocs events -> Silabus. Every MkDocs-specific line of the project lives here.

`hooks/silabus_hook.py` re-exports the `on_*` functions below, so a project
only needs `hooks: [hooks/silabus_hook.py]` in its mkdocs.yml.
"""

from __future__ import annotations

import logging
import os
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from silabus.diagnostics import Diagnostic, Severity, summary
from silabus.load import CURRICULUM_DIR
from silabus.pipeline import validate_project
from silabus.render import PROGRAM_PAGE, STYLESHEET, NavSection, Site, render_site

if TYPE_CHECKING:
    import jinja2
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

log = logging.getLogger("mkdocs.plugins.silabus")

NavEntry = str | dict[str, Any]


class _Build:
    """What `on_config` found, for the later events of the same build."""

    site: Site | None = None
    project_root: Path = Path()


_build = _Build()


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Validate the curriculum before MkDocs touches the site directory, and
    render it: a broken curriculum stops the build with every problem listed."""
    from mkdocs.exceptions import Abort

    project_root = Path(config.config_file_path or ".").resolve().parent
    validation = validate_project(project_root)
    problems = list(validation.diagnostics)
    if validation.curriculum is not None:
        site = render_site(validation.curriculum, config.theme.get("language"))
        problems += _generated_pages_clashing_with_docs(site, project_root, Path(config.docs_dir))
    else:
        site = None

    for diagnostic in problems:
        if diagnostic.is_error:
            log.error(diagnostic.format())
        else:
            log.warning(diagnostic.format())
    errors = [d for d in problems if d.is_error]
    if errors or (config.strict and problems):
        strict_note = "" if errors else " Warnings are errors in strict mode."
        raise Abort(
            f"{summary(problems, validation.files_checked)}{strict_note}\n"
            "The site was not built; fix the problems above and build again."
        )

    _build.site = site
    _build.project_root = project_root
    if STYLESHEET not in config.extra_css:
        config.extra_css.append(STYLESHEET)
    curriculum_dir = str(project_root / CURRICULUM_DIR)
    if curriculum_dir not in config.watch:
        config.watch.append(curriculum_dir)
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add the generated pages in memory and put them into the navigation."""
    from mkdocs.structure.files import File

    site = _build.site
    assert site is not None, "on_config has not run"
    docs_dir = Path(config.docs_dir)
    for page in site.pages.values():
        file = File.generated(config, page.path, content=page.markdown)
        file.edit_uri = os.path.relpath(_build.project_root / page.source, docs_dir).replace(
            os.sep, "/"
        )
        files.append(file)
    for path, content in site.assets.items():
        files.append(File.generated(config, path, content=content))
    config.nav = _with_curriculum(config.nav, site.nav, files)
    return files


def on_env(env: jinja2.Environment, config: MkDocsConfig, files: Files) -> jinja2.Environment:
    """Make `striptags` safe: Material prints `page.title | striptags` into <title>,
    and the stock filter decodes `&lt;script&gt;` in an escaped title back into markup."""
    env.filters["striptags"] = _safe_striptags
    return env


def _safe_striptags(value: Any) -> Markup:
    return Markup.escape(Markup(str(value)).striptags())


def _generated_pages_clashing_with_docs(
    site: Site, project_root: Path, docs_dir: Path
) -> list[Diagnostic]:
    return [
        Diagnostic(
            (docs_dir / path).relative_to(project_root).as_posix()
            if (docs_dir / path).is_relative_to(project_root)
            else (docs_dir / path).as_posix(),
            1,
            1,
            Severity.ERROR,
            "this page has the same path as a page generated from the curriculum",
            f"rename or move the file; Silabus generates it from {site.pages[path].source}",
        )
        for path in site.pages
        if (docs_dir / path).exists()
    ]


def _with_curriculum(
    nav: list[NavEntry] | None, curriculum: NavSection, files: Files
) -> list[NavEntry]:
    """The site navigation with the curriculum section in it.

    An entry of the program page (`program/index.md`, with or without a title) in
    mkdocs.yml's `nav` marks where the curriculum goes and may rename it. Without
    such an entry the curriculum follows the first page; without any `nav`, the
    hand-written pages keep MkDocs' default order around it.
    """
    if nav is None:
        from mkdocs.utils import nest_paths

        written = [
            file.src_uri for file in files.documentation_pages() if file.generated_by is None
        ]
        nav = nest_paths(written)  # type: ignore[no-untyped-call]  # untyped in MkDocs 1.6
    entries = list(nav)
    for index, entry in enumerate(entries):
        if entry == PROGRAM_PAGE:
            entries[index] = _nav_entry(curriculum)
            return entries
        if isinstance(entry, dict) and len(entry) == 1:
            ((title, value),) = entry.items()
            if value == PROGRAM_PAGE:
                entries[index] = _nav_entry(curriculum, title)
                return entries
    entries.insert(min(1, len(entries)), _nav_entry(curriculum))
    return entries


def _nav_entry(section: NavSection, title: str | None = None) -> dict[str, Any]:
    """A section in mkdocs.yml's nav format. MkDocs prints section titles as HTML,
    so curriculum text is escaped here; a title from mkdocs.yml is used as written."""
    children: list[NavEntry] = [
        child if isinstance(child, str) else _nav_entry(child) for child in section.children
    ]
    return {title if title is not None else escape(section.title): children}


def site_language(project_root: Path) -> str | None:
    """`theme.language` of the project's mkdocs.yml, read without MkDocs, so that
    `silabus export` labels pages exactly as the hook does; None without mkdocs.yml."""
    import yaml

    class ConfigLoader(yaml.SafeLoader):
        """Reads mkdocs.yml, leaving out values behind tags such as !ENV or !!python."""

    ConfigLoader.add_multi_constructor("", lambda loader, suffix, node: None)
    try:
        with (project_root / "mkdocs.yml").open(encoding="utf-8") as stream:
            config = yaml.load(stream, Loader=ConfigLoader)
    except (OSError, yaml.YAMLError, UnicodeDecodeError):
        return None
    theme = config.get("theme") if isinstance(config, dict) else None
    language = theme.get("language") if isinstance(theme, dict) else None
    # Without a theme.language, MkDocs themes (Material included) default to English.
    return language if isinstance(language, str) else "en"
