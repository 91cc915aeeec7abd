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
import signal
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from importlib.resources import files as files_of
from importlib.util import find_spec
from pathlib import Path, PurePosixPath
from typing import Any, TextIO
from urllib.parse import urljoin

from markupsafe import Markup, escape

from silabus.catalogue import DEFAULT_LANGUAGE, Text, choose_language, said, say, words
from silabus.engines.navigation import with_curriculum, without_pages
from silabus.engines.prepare import Prepared, prepare_site, without_notice
from silabus.engines.publishing import docs_files, for_trainers_only
from silabus.engines.running import stopped_with_silabus
from silabus.engines.settings import (
    SettingProblem,
    SiteSettings,
    Tagged,
    dump_settings,
    plugins_data,
    settings_data,
    site_settings,
)
from silabus.engines.site_folder import (
    SiteFolderRefused,
    Staging,
    check_site_folder,
    in_place,
    lock_folder,
    locks_available,
    previous_files,
    unlink_links_inside,
)
from silabus.export import page_files
from silabus.files import (
    UnsafeTarget,
    make_folders,
    open_regular,
    reason,
    remove_folder,
    shown,
)
from silabus.load import CURRICULUM_DIR
from silabus.pipeline import program_language
from silabus.render import (
    STYLESHEET,
    WORKER_SHIM,
    Audience,
    Site,
    SiteOptions,
    place_course_home,
)
from silabus.render.course_data import json_ld
from silabus.render.home import has_marker, participant_guide
from silabus.render.images import PhoneCopy
from silabus.render.meta import head_tags, single_title

BUILD_FOLDER = Path(".silabus") / "zensical"
OFFLINE_FOLDER = Path(".silabus") / "zensical-offline"  # for `silabus offline`
# What Zensical reads in the build folder.
CONFIG_NAME = "mkdocs.yml"
INSTALL_HINT = "pip install 'silabus[zensical]'"


class EngineFailed(Exception):
    """The build could not be made; the message (a Text) says why and what to do."""


@dataclass(frozen=True)
class _Project:
    """A project's settings for a Zensical build, read once."""

    root: Path
    config_file: Path
    settings: dict[str, Any]  # mkdocs.yml with its tags kept, for Zensical
    found: SiteSettings  # what Silabus takes from them
    options: SiteOptions
    docs_dir: Path
    site_dir: Path
    offline: bool = False  # built to be opened from files, with no network
    # The language the build speaks in: SILABUS_LANG, then the program's language.
    speaks: str = DEFAULT_LANGUAGE


def _read_project(
    project_root: Path, config_file: Path, audience: Audience | None, *, offline: bool = False
) -> _Project:
    if find_spec("zensical") is None:
        raise EngineFailed(say("zensical.missing", command=INSTALL_HINT))
    if not config_file.resolve().is_relative_to(project_root.resolve()):
        raise EngineFailed(
            say("zensical.outside", config=shown(config_file), root=shown(project_root))
        )
    try:
        settings = settings_data(config_file, project_root, keep_tags=True, whole=True)
        found = site_settings(project_root, config_file)
    except SettingProblem as problem:
        raise EngineFailed(said(problem)) from None
    if not settings:
        raise EngineFailed(
            say("zensical.unreadable", config=shown(config_file), name=config_file.name)
        )
    options = found.options if audience is None else replace(found.options, audience=audience)
    # Zensical rewrites an address written in HTML from the Markdown file's folder.
    options = replace(options, html_from_source=True)
    if offline:
        settings = _offline_settings(settings)
        options = replace(options, site_url=None, directory_urls=False)
    elif _offline_plugin_on(settings):
        settings = _with_local_shim(settings)
    folders = {}
    for key, default in ("docs_dir", "docs"), ("site_dir", "site"):
        value = setting(settings, key) or default
        if not isinstance(value, str) or "\0" in value:
            raise EngineFailed(say("zensical.folder-name", key=key, file=config_file.name))
        folders[key] = Path(os.path.abspath(config_file.parent / value))
    docs_dir, site_dir = folders["docs_dir"], folders["site_dir"]
    if not docs_dir.is_dir():
        raise EngineFailed(say("zensical.no-docs", docs=shown(docs_dir), file=config_file.name))
    if site_dir.is_relative_to(docs_dir) or docs_dir.is_relative_to(site_dir):
        raise EngineFailed(say("zensical.nested", site=shown(site_dir), docs=shown(docs_dir)))
    if not offline:  # the calendars' unchanged events keep their published stamps
        options = replace(options, previous_file=previous_files(site_dir))
    return _Project(
        project_root,
        config_file,
        settings,
        found,
        options,
        docs_dir,
        site_dir,
        offline,
        speaks=choose_language(program_language=program_language(project_root)),
    )


def _offline_settings(settings: dict[str, Any]) -> dict[str, Any]:
    """The settings for a site opened from files: Zensical's offline plugin (pages
    as `.html` files, the search index as a script), the site's own copy of the
    script that lets search run from files instead of a CDN's, and no address of
    the online site or its repository, which would need a network."""
    offline = {
        key: value
        for key, value in settings.items()
        if key not in {"site_url", "repo_url", "repo_name", "edit_uri", "edit_uri_template"}
    }
    plugins = plugins_data(settings.get("plugins", ["search"]))
    plugins.pop("material/offline", None)
    plugins["offline"] = {"enabled": True}
    offline["plugins"] = [{name: options} for name, options in plugins.items()]
    offline["use_directory_urls"] = False
    return _with_local_shim(offline)


def _offline_plugin_on(settings: dict[str, Any]) -> bool:
    plugins = plugins_data(settings.get("plugins", ["search"]))
    offline = plugins.get("offline", plugins.get("material/offline"))
    return offline is not None and offline.get("enabled", True) is not False


def _with_local_shim(settings: dict[str, Any]) -> dict[str, Any]:
    """The settings with the site's own copy of the script that lets search run
    from files, which Zensical's offline plugin would otherwise load from a CDN (a
    request to another server, which an offline copy cannot reach). Polyfills that
    are not a list are left for Zensical to refuse."""
    extra = settings.get("extra")
    extra = dict(extra) if isinstance(extra, dict) else {}
    polyfills = extra.get("polyfills", [])
    if not isinstance(polyfills, list):
        return settings
    extra["polyfills"] = [
        *(script for script in polyfills if "iframe-worker" not in str(script)),
        WORKER_SHIM,
    ]
    return {**settings, "extra": extra}


def setting(settings: dict[str, Any], key: str) -> Any:
    """A setting as the build reads it: `!ENV NAME` or `!ENV [NAME, ..., default]` is
    the first variable set, else the default (the build may read the environment)."""
    value = settings.get(key)
    if not isinstance(value, Tagged):
        return value
    if value.tag != "!ENV":
        return None
    names = value.value if isinstance(value.value, list) else [value.value]
    for name in names[:-1] if len(names) > 1 else names:
        if isinstance(name, str) and os.environ.get(name):
            return os.environ[name]
    return names[-1] if len(names) > 1 else None


def _rendered(project: _Project, strict: bool, out: TextIO) -> Site | None:
    """The project's pages, checked as the MkDocs build checks them; None, with the
    problems printed, when the build must stop."""
    prepared = _prepared(project, strict, out)
    return None if prepared is None else prepared.site


def _prepared(project: _Project, strict: bool, out: TextIO) -> Prepared | None:
    prepared = prepare_site(
        project.root,
        language=project.found.language,
        options=project.options,
        allowed_tags=project.found.allowed_tags,
        published=project.found.published,
        docs_dir=project.docs_dir,
        settings=project.settings,
        config_file=project.config_file,
        speaks=project.speaks,
    )
    for _, line in prepared.report():
        print(line, file=out)
    if prepared.stops(strict) or prepared.site is None:
        print(prepared.stop_message(), file=out)
        return None
    return prepared


def _build_folder(project: _Project) -> tuple[Path, int | None]:
    """The build folder for Zensical of the project's settings file, made by
    Silabus: never a link, nothing in it a link (a checkout could carry one, to have
    Silabus write elsewhere), and held locked while a build or preview uses it.
    Returns it and the lock."""
    top = project.root / BUILD_FOLDER.parts[0]
    engine_folder = project.root / (OFFLINE_FOLDER if project.offline else BUILD_FOLDER)
    build = engine_folder / project.config_file.stem
    for folder in (top, engine_folder, build):
        if folder.is_symlink():
            raise EngineFailed(say("zensical.link", path=shown(folder)))
    build = make_folders(build, project.root)
    _sync_file(top / ".gitignore", b"# Made by `silabus build`; never committed.\n*\n")
    lock = lock_folder(build, wait=False)
    if lock is None and locks_available():
        others = "`silabus offline`" if project.offline else say("zensical.build-or-serve")
        raise EngineFailed(
            say(
                "zensical.busy",
                command=others,
                path=shown(build),
                file=project.config_file.name,
            )
        )
    unlink_links_inside(build)
    for name in ("docs", OVERRIDES, "site"):
        if (build / name).exists() and not (build / name).is_dir():
            (build / name).unlink()
    return build, lock


def _release(lock: int | None) -> None:
    if lock is not None:
        os.close(lock)


def _write_sources(project: _Project, site: Site, build: Path) -> list[str]:
    """What Zensical reads in the build folder: the pages (generated and
    hand-written), the theme's overrides and the derived settings. Files that did
    not change are left as they are, so that `zensical serve` rebuilds only what
    changed. Returns the hand-written files, by their path in docs_dir."""
    written_files, written, left_out = _hand_written(
        project.docs_dir, project.settings, project.options.audience
    )
    guide = participant_guide(written_files)
    for path, content in written_files.items():
        if isinstance(content, bytes) and has_marker(text := content.decode("utf-8")):
            placed = place_course_home(text, path, site, guide, set_aside=False)
            written_files[path] = placed.encode("utf-8")
    sources: dict[str, bytes | Path | PhoneCopy] = {**written_files, **page_files(site)}
    sources.update(site.files)
    if _offline_plugin_on(project.settings):
        shim = files_of("silabus.render").joinpath("assets", "iframe-worker-shim.js")
        sources[WORKER_SHIM] = shim.read_bytes()
    _sync(build / "docs", sources)
    _sync(build / OVERRIDES, _overrides(project))
    derived = _derived_settings(project.settings, site, written, left_out)
    config = dump_settings(derived).encode("utf-8")
    _sync_file(build / CONFIG_NAME, config)
    return list(written_files)


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
    project = _read_project(project_root, config_file, audience)
    site = _rendered(project, strict, out)
    if site is None:
        return 1
    lock = None
    try:
        check_site_folder(project.site_dir, project_root)
        build, lock = _build_folder(project)
        if not _built(project, site, build, strict, out):
            stopped = say("zensical.stopped", site=shown(project.site_dir))
            print(stopped.render(project.speaks), file=out)
            return 1
        _put_in_place(build / "site", project.site_dir, out, project.speaks)
    except (SiteFolderRefused, UnsafeTarget) as refused:
        raise EngineFailed(said(refused)) from None
    except OSError as failed:
        raise EngineFailed(_unwritable(project_root, failed)) from None
    finally:
        _release(lock)
    return 0


def build_offline_with_zensical(
    project_root: Path, config_file: Path, site_dir: Path, *, out: TextIO = sys.stderr
) -> str | None:
    """Build the project's site with Zensical, strictly, to be opened from files,
    into `site_dir` (a folder that does not exist yet). Returns the program's id, or
    None when the curriculum or Zensical stopped the build (reported on `out`)."""
    project = _read_project(project_root, config_file, None, offline=True)
    prepared = _prepared(project, True, out)
    if prepared is None or prepared.site is None or prepared.program_id is None:
        return None
    lock = None
    try:
        build, lock = _build_folder(project)
        if not _built(project, prepared.site, build, True, out):
            return None
        shutil.move(build / "site", site_dir)
    except UnsafeTarget as refused:
        raise EngineFailed(said(refused)) from None
    except OSError as failed:
        raise EngineFailed(_unwritable(project_root, failed)) from None
    finally:
        _release(lock)
    return prepared.program_id


def _built(project: _Project, site: Site, build: Path, strict: bool, out: TextIO) -> bool:
    """Run Zensical on the pages of `site`, into `site/` of the build folder; whether
    it built them. What Zensical says is passed on to `out`."""
    written = _write_sources(project, site, build)
    remove_folder(build / "site")
    command = [*_ZENSICAL, "build", "-f", str(build / CONFIG_NAME)]
    with subprocess.Popen(
        [*command, *(["--strict"] if strict else [])],
        cwd=project.root,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        errors="replace",
        env=_ENVIRONMENT,
    ) as engine:
        assert engine.stdout is not None
        try:  # what Zensical says, as it says it: a long build shows its progress
            for line in readable_lines(engine.stdout):
                print(line, file=out, flush=True)
            status = engine.wait()
        except BaseException:  # Ctrl+C, or `out` closed: Zensical stops too
            engine.kill()
            raise
    if status != 0 or not (build / "site").is_dir():
        return False
    _describe_pages(project, site, build / "site", written)
    return True


# Zensical as a command of this Python, which does not import modules from the
# folder it runs in (a checkout could hold one named like a library).
_ZENSICAL = [sys.executable, "-P", "-m", "zensical"]
_ENVIRONMENT = {**os.environ, "NO_COLOR": "1"}
_COLOUR = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def readable_lines(output: Iterable[str]) -> Iterator[str]:
    """Zensical's lines without colour codes or blank lines, and a Python traceback
    in them cut to its last line, which says what went wrong."""
    in_traceback = False
    for raw in output:
        line = _COLOUR.sub("", raw).rstrip()
        if line.startswith("Traceback (most recent call last):"):
            in_traceback = True
            continue
        if in_traceback and (line.startswith(" ") or not line):
            continue
        in_traceback = False
        if line:
            yield line


def serve_with_zensical(
    project_root: Path,
    config_file: Path,
    *,
    address: str,
    audience: Audience | None = None,
    out: TextIO = sys.stderr,
    poll_seconds: float = 1.0,
) -> int:
    """Preview the site with `zensical serve`: Silabus writes the pages into the
    build folder again whenever a curriculum file, a hand-written page or the
    settings change, and Zensical rebuilds and reloads the page. A change with
    problems is reported and leaves the preview as it was. Runs until Zensical
    stops or the user presses Ctrl+C."""
    project = _read_project(project_root, config_file, audience)
    site = _rendered(project, False, out)
    if site is None:
        return 1
    try:
        build, lock = _build_folder(project)
        _write_sources(project, site, build)
    except UnsafeTarget as refused:
        raise EngineFailed(said(refused)) from None
    except OSError as failed:
        raise EngineFailed(_unwritable(project_root, failed)) from None
    command = [*_ZENSICAL, "serve", "-f", str(build / CONFIG_NAME), "-a", address]
    server = subprocess.Popen(command, cwd=project_root, env=_ENVIRONMENT)
    watched = _watched(project)
    seen = _state(watched)
    try:
        with stopped_with_silabus(server):
            while server.poll() is None:
                time.sleep(poll_seconds)
                now = _state(watched)
                if now == seen:
                    continue
                seen = now
                print(say("zensical.changed").render(project.speaks), file=out)
                try:
                    project = _read_project(project_root, config_file, audience)
                    site = _rendered(project, False, out)
                    if site is not None:
                        _write_sources(project, site, build)
                except (EngineFailed, OSError) as failed:
                    print(f"Silabus: {words(failed, project.speaks)}", file=out)
    except KeyboardInterrupt:
        pass
    finally:
        _release(lock)
    return 0 if server.returncode in {0, -signal.SIGTERM} else 1


def _unwritable(project_root: Path, failed: OSError) -> Text:
    return say(
        "zensical.unwritable", path=shown(project_root / BUILD_FOLDER), reason=reason(failed)
    )


def _watched(project: _Project) -> list[Path]:
    """What a change of makes the pages again: the curriculum, the hand-written
    pages, the settings and the project's templates."""
    folders = [project.root / CURRICULUM_DIR, project.docs_dir]
    if project.options.templates is not None:
        folders.append(project.options.templates)
    return [*folders, project.config_file, project.root / "mkdocs.yml"]


def _state(paths: list[Path]) -> dict[str, tuple[int, int]]:
    """Each file below `paths` with its size and time of change."""
    found: dict[str, tuple[int, int]] = {}
    for path in paths:
        entries = [path] if path.is_file() else sorted(path.rglob("*")) if path.is_dir() else []
        for entry in entries:
            try:
                info = entry.stat()
            except OSError:
                continue
            found[str(entry)] = (info.st_size, info.st_mtime_ns)
    return found


def _hand_written(
    docs_dir: Path, settings: Mapping[str, Any], audience: Audience = "participant"
) -> tuple[dict[str, bytes | Path], list[str], set[str]]:
    """The files of `docs_dir` as Zensical should read them, the pages of the
    navigation in the order MkDocs lists them, and the pages left out for the
    build's `audience`. As MkDocs builds the site, files that `exclude_docs` or
    `draft_docs` name (and dotfiles and `templates/`) are left out, and pages
    `not_in_nav` names out of the navigation; so are, in the participants' build,
    pages marked `audience: trainer`. A page's notice for sites built without
    Silabus is left out."""
    from pathspec.gitignore import GitIgnoreSpec  # MkDocs' own, for its patterns

    def patterns(key: str) -> list[str]:
        value = setting(dict(settings), key)
        return value.splitlines() if isinstance(value, str) else []

    excluded = GitIgnoreSpec.from_lines(
        [".*", "/templates/", *patterns("exclude_docs"), *patterns("draft_docs")]
    )
    not_in_nav = GitIgnoreSpec.from_lines(patterns("not_in_nav"))
    found: dict[str, bytes | Path] = {}
    pages: list[str] = []
    left_out: set[str] = set()
    # Linked folders are followed, as MkDocs follows them (the build refuses a link
    # that leads out of its folder); a link back to a folder above is not. The walk
    # is the one the checks of hand-written pages take.
    for relative, source in docs_files(docs_dir):
        if excluded.match_file(relative):
            continue
        if source.suffix.lower() in PAGE_SUFFIXES:
            try:
                text = source.read_bytes().decode("utf-8-sig")  # as MkDocs reads it
            except UnicodeDecodeError:
                raise EngineFailed(say("zensical.not-utf8", path=shown(source))) from None
            if audience != "trainer" and for_trainers_only(text):
                left_out.add(relative)
                continue
            found[relative] = without_notice(text).encode("utf-8")
            if not not_in_nav.match_file(relative):
                pages.append(relative)
        else:
            found[relative] = source
    return found, sorted(pages, key=_page_order), left_out


# The Markdown pages of docs_dir, by their names' endings, as MkDocs reads them.
PAGE_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkdn", ".mkd"})


def _sync(target: Path, wanted: Mapping[str, bytes | Path | PhoneCopy]) -> None:
    """Make the folder `target` hold exactly `wanted` (a path in it -> its bytes, a
    file to copy, or an object whose `content()` gives them), writing only what
    changed."""
    target.mkdir(parents=True, exist_ok=True)
    for path in sorted(target.rglob("*"), reverse=True):
        relative = path.relative_to(target).as_posix()
        if path.is_symlink() or (path.is_file() and relative not in wanted):
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    for relative, source in wanted.items():
        if isinstance(source, bytes):
            content = source
        elif isinstance(source, Path):
            with open_regular(source) as stream:
                content = stream.read()
        else:
            content = source.content()
        _sync_file(target / _inside(relative), content)


def _sync_file(path: Path, content: bytes) -> None:
    """Write `content` to `path`, all at once, unless the file holds it already."""
    try:
        if path.stat().st_size == len(content) and path.read_bytes() == content:
            return
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.new")
    temporary.write_bytes(content)
    os.replace(temporary, path)


def _inside(relative: str) -> Path:
    """A path of the site as a path inside a folder, never leading out of it."""
    parts = PurePosixPath(relative).parts
    if not parts or PurePosixPath(relative).is_absolute() or ".." in parts:
        raise EngineFailed(say("zensical.outside-build", path=relative))
    return Path(*parts)


def _page_order(path: str) -> tuple[tuple[str, ...], bool, str]:
    """Pages in the order MkDocs lists them: by folder, a folder's index first."""
    *folders, name = path.split("/")
    return tuple(folders), name.lower() not in {"index.md", "readme.md"}, name


def _derived_settings(
    settings: dict[str, Any], site: Site, written: list[str], left_out: set[str] | None = None
) -> dict[str, Any]:
    """The project's settings for Zensical in the build folder: its pages there (not
    those `left_out` for the build's audience), the curriculum in the navigation,
    Silabus's stylesheet, and no plugin or hook that Zensical would ignore."""
    derived = dict(settings)
    derived["docs_dir"] = "docs"
    derived["site_dir"] = "site"
    nav = settings.get("nav")
    nav = without_pages(nav if isinstance(nav, list) else None, left_out or set())
    derived["nav"] = with_curriculum(nav, site.nav, written)
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
ZENSICAL_OVERRIDES = ("404.html", "partials/source.html")
OVERRIDES = "overrides"


def _overrides(project: _Project) -> dict[str, bytes | Path]:
    """The theme's overrides for Zensical: Silabus's own, then the project's
    `custom_dir` over them, as the project's come first in the MkDocs build."""
    theme_folder = files_of("silabus").joinpath("theme")
    found: dict[str, bytes | Path] = {
        name: theme_folder.joinpath(name).read_bytes() for name in ZENSICAL_OVERRIDES
    }
    theme = project.settings.get("theme")
    custom = theme.get("custom_dir") if isinstance(theme, dict) else None
    folder = project.config_file.parent / custom if isinstance(custom, str) and custom else None
    if folder is not None and folder.is_dir():
        for path in sorted(folder.rglob("*")):
            if path.is_file() and not path.is_symlink():
                found[path.relative_to(folder).as_posix()] = path
    return found


def _describe_pages(project: _Project, site: Site, built: Path, written: list[str]) -> None:
    """What the MkDocs plugin adds to each page made from Markdown (the generated
    ones and those of `written`, the hand-written files): a title that shows the
    curriculum's text as text (Zensical's template would decode `&lt;/title&gt;`
    in a title back into markup), Open Graph tags for link previews, and
    schema.org data (JSON-LD) on the pages that have it."""
    settings = project.settings
    site_name = str(setting(settings, "site_name") or "")
    site_url = setting(settings, "site_url")
    site_url = site_url if isinstance(site_url, str) else ""
    directory_urls = site.directory_urls
    pages: dict[str, dict[str, Any] | None] = {
        _html_of(path, directory_urls): None
        for path in written
        if PurePosixPath(path).suffix.lower() in PAGE_SUFFIXES
    }
    pages.update({_html_of(path, directory_urls): page.data for path, page in site.pages.items()})
    pages["404.html"] = None
    for relative, data in pages.items():
        path = built / relative
        if not path.is_file():
            continue
        html = single_title(_safe_title(path.read_text(encoding="utf-8", errors="replace")))
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
            language=project.found.language,
            address=address,
        )
        if data is not None:
            tags += json_ld(data)
        html = html.replace("</head>", f"{tags}</head>", 1)
        _sync_file(path, html.encode("utf-8"))


_TITLE = re.compile(r"<title>(.*?)</title>", re.DOTALL)
_DESCRIPTION = re.compile(r'<meta name="description" content="([^"]*)"')
_FIRST_HEADING = re.compile(r"<h1\b[^>]*>(.*?)</h1>", re.DOTALL)
_HEADERLINK = re.compile(r'<a class="headerlink"[^>]*>.*?</a>', re.DOTALL)


def _safe_title(html: str) -> str:
    """The page with its <title> escaped: the theme prints the page title (its first
    heading) with the tags taken out and the characters decoded, unescaped."""
    heading = _FIRST_HEADING.search(html)
    if heading is None:
        return html
    decoded = Markup(_HEADERLINK.sub("", heading.group(1))).striptags()
    if str(escape(decoded)) == decoded:
        return html
    return html.replace(f"<title>{decoded}", f"<title>{escape(decoded)}", 1)


def _html_of(page: str, directory_urls: bool) -> str:
    """The built file of a Markdown page."""
    stem = page.rsplit(".", 1)[0]
    folder, _, name = stem.rpartition("/")
    if name.lower() == "readme":  # a folder's README.md is its index page
        stem = f"{folder}/index" if folder else "index"
    if stem == "index" or stem.endswith("/index"):
        return f"{stem}.html"
    return f"{stem}/index.html" if directory_urls else f"{stem}.html"


def _put_in_place(built: Path, site_dir: Path, out: TextIO, speaks: str) -> None:
    """Replace the site folder with the built site, all at once; a site folder that
    cannot be renamed (a mount point) gets the new site copied into it. What is done
    is said on `out` in the language `speaks`."""
    if in_place(site_dir):
        unlink_links_inside(site_dir)
        for entry in site_dir.iterdir():
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
        shutil.copytree(built, site_dir, dirs_exist_ok=True)
        print(say("zensical.in-place-mount", site=shown(site_dir)).render(speaks), file=out)
        return
    try:
        staging = Staging(site_dir)
    except OSError as failed:
        raise EngineFailed(
            say("zensical.cannot-stage", site=shown(site_dir), reason=reason(failed))
        ) from None
    try:
        os.rmdir(staging.folder)
        os.replace(built, staging.folder)
        leftover = staging.swap()
    except OSError as failed:
        staging.discard()
        raise EngineFailed(
            say("zensical.cannot-replace", site=shown(site_dir), reason=reason(failed))
        ) from None
    print(say("zensical.in-place", site=shown(site_dir)).render(speaks), file=out)
    if leftover is not None:
        print(say("site-folder.leftover", path=shown(leftover)).render(speaks), file=out)
