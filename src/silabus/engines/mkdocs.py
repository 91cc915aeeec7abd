"""MkDocs (and ProperDocs) -> Silabus: the `silabus` plugin. Every MkDocs-specific
line of the project lives here.

`plugins: [silabus]` in mkdocs.yml adds the plugin (entry point `mkdocs.plugins`).
Projects made before the plugin name `hooks: [hooks/silabus_hook.py]`, whose
events are those of one plugin object (`silabus.mkdocs_adapter`).
"""

from __future__ import annotations

import gc
import logging
import os
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cache, wraps
from importlib.resources import files as files_of
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from markupsafe import Markup
from mkdocs.config import base
from mkdocs.config import config_options as options
from mkdocs.exceptions import Abort, MkDocsException
from mkdocs.plugins import BasePlugin, event_priority

from silabus.catalogue import DEFAULT_LANGUAGE, choose_language, say, words
from silabus.engines.navigation import with_curriculum, without_pages
from silabus.engines.prepare import prepare_site, without_notice
from silabus.engines.publishing import for_trainers_only
from silabus.engines.settings import (
    SettingProblem,
    allowed_tags_of,
    audience_of,
    plugins_data,
    settings_data,
    site_options_of,
)
from silabus.engines.site_folder import (
    SiteFolderRefused,
    Staging,
    check_site_folder,
    in_place,
    previous_files,
    unlink_links_inside,
)
from silabus.files import reason, shown
from silabus.load import CURRICULUM_DIR
from silabus.pipeline import program_language
from silabus.render import (
    AUDIENCES,
    BLOCK_END,
    STYLESHEET,
    WORKER_SHIM,
    Audience,
    Site,
    SiteOptions,
    place_course_home,
)
from silabus.render.course_data import json_ld
from silabus.render.home import has_marker, participant_guide
from silabus.render.meta import head_tags, single_title
from silabus.render.minify import compact_script
from silabus.render.overrides import templates_folder
from silabus.rich_text import WRAPPER_CLASS

if TYPE_CHECKING:
    import jinja2
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page as MkDocsPage

log = logging.getLogger("mkdocs.plugins.silabus")

_Event = TypeVar("_Event", bound=Callable[..., Any])
# After the other plugins, as the hook's events always ran: whichever order mkdocs.yml
# lists them in, the generated pages and settings are added last.
_LATE = -75
# A block of text Silabus rendered (see render.BLOCK_END), and the place it is set
# aside at while MkDocs reads the page.
_RENDERED_BLOCK = re.compile(
    rf'(<div class="{WRAPPER_CLASS}">\n.*?\n</div>){re.escape(BLOCK_END)}', re.DOTALL
)
_SET_ASIDE = re.compile(rf'<div class="{WRAPPER_CLASS}" data-silabus-block="(\d+)"></div>')
_ID = re.compile(r'\sid="([^"]+)"')


class SilabusConfig(base.Config):  # type: ignore[no-untyped-call]
    """The plugin's options in mkdocs.yml (`plugins: [{silabus: {audience: trainer}}]`)."""

    # Unset: `extra.silabus.audience`, which a file with `INHERIT:` can set without
    # repeating the list of plugins; without either, the participant site.
    audience = options.Optional(options.Choice(AUDIENCES))


def _timed(event: _Event) -> _Event:
    """Count the event's time as Silabus's own work in the build (`on_post_build`
    reports it, with `mkdocs build -v` or `mkdocs serve -v`)."""

    @wraps(event)
    def timed(plugin: SilabusPlugin, *args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return event(plugin, *args, **kwargs)
        finally:
            plugin.seconds += time.perf_counter() - started

    return timed  # type: ignore[return-value]


class SilabusPlugin(BasePlugin[SilabusConfig]):  # type: ignore[no-untyped-call]
    """Validates the curriculum before MkDocs touches the site folder, and adds its
    pages, navigation, calendars and assets to the build, in memory."""

    def __init__(self) -> None:
        self.site: Site | None = None
        self.project_root = Path()
        self.offline = False
        self.search_on_demand = False
        self.indonesian_search = False
        self.program_id: str | None = None
        self.audience: Audience = "participant"
        # The language the build speaks in: SILABUS_LANG, then the program's language.
        self.speaks = DEFAULT_LANGUAGE
        # Silabus's own time in this build, over all its events, and when the build began.
        self.seconds = 0.0
        self.started = 0.0
        self.command: str | None = None  # build, gh-deploy or serve (`on_startup`)
        self.dirty = False
        # The site folder being built, and the one it replaces when the build is done.
        self.staging: _Staging | None = None
        # The rendered blocks of each generated page, set aside while MkDocs reads it.
        self.blocks: dict[str, list[str]] = {}

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.command = command
        self.dirty = dirty

    @event_priority(_LATE)
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Validate the curriculum before MkDocs touches the site directory, and
        render it: a broken curriculum stops the build with every problem listed."""
        self.seconds = 0.0  # a new build (`mkdocs serve` builds again after each save)
        self.started = time.perf_counter()
        config = self._configure(config)
        if self.command in {"build", "gh-deploy"}:
            beside = not self.dirty and self._ends(config)
            self.staging = _Staging.prepare(config, beside=beside, speaks=self.speaks)
        return config

    def _ends(self, config: MkDocsConfig) -> bool:
        """Whether MkDocs tells this object how the build ended (a hook file written
        for an older Silabus names only some events): only then is the site built
        beside site/ and swapped in."""
        return all(
            any(getattr(method, "__self__", None) is self for method in config.plugins.events[name])
            for name in ("build_error", "shutdown")
        )

    @_timed
    def _configure(self, config: MkDocsConfig) -> MkDocsConfig:
        project_root = _project_root_of(config)
        self.speaks = choose_language(program_language=program_language(project_root))
        names = [name for name, _ in silabus_plugins(config)]
        if len(names) > 1:
            hooks = [name for name in names if not name.startswith("silabus")]
            twice = say(
                "mkdocs.twice",
                file=Path(config.config_file_path or "mkdocs.yml").name,
                names=", ".join(repr(name) for name in names),
                hooks=say("mkdocs.twice.hooks", hooks=", ".join(hooks)) if hooks else "",
            )
            raise Abort(twice.render(self.speaks))
        audience = _audience(config, self.speaks)  # raises Abort on a wrong setting
        prepared = prepare_site(
            project_root,
            language=config.theme.get("language"),
            options=site_options(config, audience),
            allowed_tags=allowed_tags(config),
            published=published_folders(config),
            docs_dir=Path(config.docs_dir),
            settings=config,
            config_file=Path(config.config_file_path or project_root / "mkdocs.yml"),
            speaks=self.speaks,
        )
        for diagnostic, line in prepared.report():
            if diagnostic is not None and diagnostic.is_error:
                log.error(line)
            elif diagnostic is not None and diagnostic.fails_strict:
                log.warning(line)
            else:
                log.info(line)
        if prepared.stops(bool(config.strict)):
            raise Abort(prepared.stop_message())

        self.site = prepared.site
        self.project_root = project_root
        self.audience = audience
        self.program_id = prepared.program_id
        self.offline = is_offline(config)
        if self.offline:
            _use_local_worker_shim(config)
        self.search_on_demand = _has_material_search(config) and not self.offline
        self.indonesian_search = _search_in_indonesian(config)
        if STYLESHEET not in config.extra_css:
            config.extra_css.append(STYLESHEET)
        if "attr_list" not in config.markdown_extensions:
            # A material page's heading with an id of its own: `## Heading {#id}`.
            config.markdown_extensions.append("attr_list")
        _add_theme_overrides(config)
        watched = [project_root / CURRICULUM_DIR, templates_folder(project_root)]
        for folder in (str(path) for path in watched if path is not None):
            if folder not in config.watch:
                config.watch.append(folder)
        return config

    @event_priority(_LATE)
    @_timed
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        """Add the generated pages in memory and put them into the navigation."""
        from mkdocs.structure.files import File, InclusionLevel

        site = self.site
        assert site is not None, "on_config has not run"
        docs_dir = Path(config.docs_dir)
        for page in site.pages.values():
            inclusion = InclusionLevel.UNDEFINED if page.listed else InclusionLevel.NOT_IN_NAV
            file = File.generated(config, page.path, content=page.markdown, inclusion=inclusion)
            file.edit_uri = os.path.relpath(self.project_root / page.source, docs_dir).replace(
                os.sep, "/"
            )
            files.append(file)
        for path, content in site.assets.items():
            files.append(File.generated(config, path, content=content))
        for path, source in site.files.items():
            if isinstance(source, Path):
                files.append(File.generated(config, path, abs_src_path=str(source)))
            else:
                files.append(File.generated(config, path, content=source.content()))
        assets = files_of("silabus.render").joinpath("assets")
        if self.offline:
            shim = assets.joinpath("iframe-worker-shim.js")
            files.append(File.generated(config, WORKER_SHIM, content=shim.read_bytes()))
        if self.indonesian_search:
            stemmer = assets.joinpath("snowball-indonesian.js").read_bytes()
            language = assets.joinpath("lunr-id.js").read_bytes()
            files.append(File.generated(config, INDONESIAN_SEARCH, content=stemmer + language))
        trainers_only = self._leave_out_trainer_pages(files)
        written = [
            file.src_uri for file in files.documentation_pages() if file.generated_by is None
        ]
        config.nav = with_curriculum(without_pages(config.nav, trainers_only), site.nav, written)
        return files

    def _leave_out_trainer_pages(self, files: Files) -> set[str]:
        """In the participants' build, the hand-written pages marked `audience: trainer`
        are excluded, as `exclude_docs` excludes a page: not built, not in the search
        index or the sitemap (and not served by `mkdocs serve`). Returns them."""
        from mkdocs.structure.files import InclusionLevel

        if self.audience == "trainer":
            return set()
        left_out = set()
        for file in files.documentation_pages():
            if file.generated_by is None and for_trainers_only(file.content_string):
                file.inclusion = InclusionLevel.EXCLUDED
                left_out.add(file.src_uri)
        return left_out

    @event_priority(_LATE)
    @_timed
    def on_page_markdown(
        self, markdown: str, *, page: MkDocsPage, config: MkDocsConfig, files: Files
    ) -> str:
        """Set the blocks Silabus rendered aside while MkDocs reads a generated page:
        they are clean HTML already, which Markdown would only read again (the print
        page holds every module and material page), and come back in
        `on_page_content`. A hand-written page gets the course home where its marker
        is, set aside the same way."""
        if self.site is None:
            return markdown
        if page.file.src_uri not in self.site.pages:
            markdown = without_notice(markdown)
            if not has_marker(markdown):
                return markdown
            pages = (file.src_uri for file in files.documentation_pages())
            markdown = place_course_home(
                markdown, page.file.src_uri, self.site, participant_guide(pages)
            )
        blocks: list[str] = []

        def set_aside(found: re.Match[str]) -> str:
            blocks.append(found.group(1))
            return f'<div class="{WRAPPER_CLASS}" data-silabus-block="{len(blocks) - 1}"></div>'

        self.blocks[page.file.src_uri] = blocks
        return _RENDERED_BLOCK.sub(set_aside, markdown)

    @event_priority(100)  # before other plugins read the page's HTML
    @_timed
    def on_page_content(
        self, html: str, *, page: MkDocsPage, config: MkDocsConfig, files: Files
    ) -> str:
        """Put back the blocks set aside in `on_page_markdown`, with the ids in them
        known to MkDocs's check of links to sections."""
        blocks = self.blocks.pop(page.file.src_uri, None)
        if not blocks:
            return html
        if page.present_anchor_ids is not None:
            for block in blocks:
                page.present_anchor_ids.update(_ID.findall(block))
        return _SET_ASIDE.sub(lambda found: blocks[int(found.group(1))], html)

    @_timed
    def on_env(
        self, env: jinja2.Environment, *, config: MkDocsConfig, files: Files
    ) -> jinja2.Environment:
        """Make `striptags` safe: Material prints `page.title | striptags` into <title>,
        and the stock filter decodes `&lt;script&gt;` in an escaped title back into markup."""
        env.filters["striptags"] = _safe_striptags
        return env

    @event_priority(_LATE)
    @_timed
    def on_post_page(self, output: str, *, page: MkDocsPage, config: MkDocsConfig) -> str:
        """Describe the page to link previews and search engines: Open Graph tags on
        every page, and schema.org data (JSON-LD) on the program and cohort pages."""
        generated = self.site.pages.get(page.file.src_uri) if self.site else None
        data = generated.data if generated is not None else None
        tags = head_tags(
            title=config.site_name if page.is_homepage else str(page.title or config.site_name),
            description=str(page.meta.get("description") or config.site_description or ""),
            site_name=config.site_name,
            language=config.theme.get("language"),
            address=page.canonical_url,
        )
        if data is not None:
            tags += json_ld(data)
        return self._with_search_on_demand(
            single_title(output).replace("</head>", f"{tags}</head>", 1)
        )

    def _with_search_on_demand(self, output: str) -> str:
        """The page with the script that holds back the search index, written into
        it just before Material's configuration and script: it runs before Material
        asks for the index, as the page is read, with no request of its own and
        nothing for the first paint to wait for."""
        if not self.search_on_demand:
            return output
        before = '<script id="__config"'
        at = output.find(before)
        if at < 0:  # a theme of the project's own without Material's configuration
            at = output.rfind("</body>")
        if at < 0:
            return output
        return f"{output[:at]}{search_on_demand_script()}\n{output[at:]}"

    @_timed
    def on_post_template(
        self, output_content: str, *, template_name: str, config: MkDocsConfig
    ) -> str:
        """The 404 page is not a page of the site to MkDocs, so it gets the site's own
        description here."""
        if template_name != "404.html":
            return output_content
        tags = head_tags(
            title=config.site_name,
            description=config.site_description or "",
            site_name=config.site_name,
            language=config.theme.get("language"),
            address=None,
        )
        return self._with_search_on_demand(output_content.replace("</head>", f"{tags}</head>", 1))

    @event_priority(-100)  # after every other plugin has written its files
    def on_build_error(self, *, error: Exception) -> None:
        """A failed build leaves the previous site as it was, and says in one line what
        happened instead of showing a traceback."""
        staging, self.staging = self.staging, None
        if staging is not None:
            staging.discard()
        if isinstance(error, MkDocsException):
            return
        log.debug("The build stopped here:", exc_info=error)
        unchanged = "" if staging is None else say("mkdocs.unchanged", site=shown(staging.site))
        if isinstance(error, OSError):
            where = f" ({error.filename})" if error.filename else ""
            unwritten = say(
                "mkdocs.unwritten", reason=reason(error), where=where, unchanged=unchanged
            )
            raise Abort(unwritten.render(self.speaks)) from None
        stopped = say(
            "mkdocs.stopped",
            kind=type(error).__name__,
            error=words(error, self.speaks),
            unchanged=unchanged,
        )
        raise Abort(stopped.render(self.speaks)) from None

    def on_shutdown(self) -> None:
        """Put the complete new site in place of the previous one, all at once; a build
        that did not finish leaves the previous site as it was."""
        staging, self.staging = self.staging, None
        if staging is None:
            return
        if not staging.built:
            staging.discard()
            return
        staging.swap()

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Say how long Silabus's own part of the build took (debug level). After a
        build that ends the process (not `mkdocs serve`), move everything to the
        collector's permanent generation: the collections Python runs as it exits then
        skip the finished build's objects, which are freed all the same (4% of a
        200-module build)."""
        total = time.perf_counter() - self.started
        log.debug(
            f"Silabus's own work in this build: {self.seconds:.3f} of {total:.3f} seconds "
            f"({self.seconds / total:.0%})"
        )
        if self.staging is not None:
            self.staging.built = True
        if self.command in {"build", "gh-deploy"}:
            gc.freeze()


@dataclass
class _Staging:
    """The build's site, written beside the site folder and swapped in when done."""

    site: Path
    staging: Staging
    config: MkDocsConfig
    speaks: str  # the language the build speaks in
    built: bool = False

    @classmethod
    def prepare(cls, config: MkDocsConfig, *, beside: bool, speaks: str) -> _Staging | None:
        """Check the site folder; build beside it when `beside` (and it can be renamed),
        else in place, with any link planted inside it removed first. What is wrong is
        said in the language `speaks`."""
        site = Path(os.path.abspath(config.site_dir))
        project_root = _project_root_of(config)
        try:
            check_site_folder(site, project_root)
            if not beside or in_place(site):
                if site.is_dir():
                    unlink_links_inside(site)
                return None
            staging = Staging(site)
        except SiteFolderRefused as refused:
            raise Abort(words(refused, speaks)) from None
        except OSError as failed:
            unwritable = say("mkdocs.cannot-stage", site=shown(site), reason=reason(failed))
            raise Abort(unwritable.render(speaks)) from None
        for folder in staging.kept:
            names = ", ".join(sorted(_hidden_names(folder)))
            kept = say("mkdocs.hidden-leftover", path=shown(folder), names=names)
            log.warning(kept.render(speaks))
        config.site_dir = str(staging.folder)
        return cls(site, staging, config, speaks)

    def discard(self) -> None:
        self.config.site_dir = str(self.site)
        self.staging.discard()

    def swap(self) -> None:
        self.config.site_dir = str(self.site)
        try:
            leftover = self.staging.swap()
        except OSError as failed:
            stuck = say(
                "mkdocs.cannot-replace",
                folder=shown(self.staging.folder),
                site=shown(self.site),
                reason=reason(failed),
            )
            raise Abort(stuck.render(self.speaks)) from None
        done = say("mkdocs.in-place", site=shown(self.site), folder=shown(self.staging.folder))
        log.info(done.render(self.speaks))
        if leftover is not None:
            log.warning(say("site-folder.leftover", path=shown(leftover)).render(self.speaks))


def _hidden_names(folder: Path) -> list[str]:
    """The first hidden names in a folder, as a log line may show them: a name holding
    a line break or a terminal's escape could forge lines of the log."""
    names = [name for name in os.listdir(folder) if name.startswith(".")][:5]
    return [name.encode("unicode_escape").decode("ascii") for name in names]


def _project_root_of(config: MkDocsConfig) -> Path:
    """The project folder: the one holding the build's mkdocs.yml."""
    return Path(config.config_file_path or ".").resolve().parent


def silabus_plugins(config: MkDocsConfig) -> Iterator[tuple[str, SilabusPlugin]]:
    """Each Silabus of the build, by its name in mkdocs.yml: the plugin, and hook files
    whose events are those of a Silabus plugin object."""
    for name, plugin in config.plugins.items():
        owner = getattr(getattr(plugin, "on_config", None), "__self__", None)
        if isinstance(owner, SilabusPlugin):
            yield name, owner


def _audience(config: MkDocsConfig, speaks: str) -> Audience:
    """The build's audience: the plugin's `audience` option, else `extra.silabus.audience`,
    else the participants. A wrong setting stops the build, said in the language
    `speaks`."""
    chosen = {
        plugin.config.audience for _, plugin in silabus_plugins(config) if plugin.config.audience
    }
    try:
        return audience_of(
            Path(config.config_file_path or "mkdocs.yml").name, chosen, config.extra.get("silabus")
        )
    except SettingProblem as problem:
        raise Abort(words(problem, speaks)) from None


THEME_OVERRIDES = str(files_of("silabus").joinpath("theme"))


def _add_theme_overrides(config: MkDocsConfig) -> None:
    """Put Silabus's few Material templates (src/silabus/theme) before Material's own,
    after the project's `custom_dir`, so a project can still override them."""
    if config.theme.name != "material" or THEME_OVERRIDES in config.theme.dirs:
        return
    config.theme.dirs.insert(1 if config.theme.custom_dir else 0, THEME_OVERRIDES)


# The script's element in each page (the tests and benchmarks look for it).
SEARCH_ON_DEMAND = "silabus-search-on-demand"


@cache
def search_on_demand_script() -> str:
    """The script that fetches Material's search index only when the reader starts to
    search, as a script element of the page (render/assets/silabus-search-on-demand.js)."""
    source = files_of("silabus.render").joinpath("assets", f"{SEARCH_ON_DEMAND}.js")
    script = compact_script(source.read_text(encoding="utf-8"))
    return f'<script id="{SEARCH_ON_DEMAND}">{script}</script>'


def _has_material_search(config: MkDocsConfig) -> bool:
    """Whether Material's search runs on the site (its index is fetched by its script)."""
    plugin = config.plugins.get("material/search") or config.plugins.get("search")
    enabled = getattr(getattr(plugin, "config", None), "enabled", True)
    return config.theme.name == "material" and plugin is not None and bool(enabled)


# Where Material's search worker looks for the words of a language other than English.
INDONESIAN_SEARCH = "assets/javascripts/lunr/min/lunr.id.min.js"


def _search_in_indonesian(config: MkDocsConfig) -> bool:
    """Make Material's search of an Indonesian site find a word's root and its
    affixed forms (layanan, pelayanan, melayani): its language "id", which Material
    lacks and the site then carries, with the root as a word searched for. A search
    language other than Indonesian that the project set, or a pipeline it set, is
    left as it is. Material's search has made its index settings (its on_config
    runs before Silabus's) and reads them again when it writes the index."""
    plugin = config.plugins.get("material/search") or config.plugins.get("search")
    if plugin is None or not _has_material_search(config) or config.theme.get("language") != "id":
        return False
    chosen: dict[str, Any] = {}
    if config.config_file_path:  # as written: MkDocs has taken the plugins' options out
        written = settings_data(Path(config.config_file_path), _project_root_of(config))
        plugins = plugins_data(written.get("plugins", []))
        chosen = plugins.get("material/search", plugins.get("search", {}))
    if chosen.get("lang") not in (None, "id", ["id"]):
        return False
    index = getattr(plugin, "search_index", None)
    for settings in (plugin.config, getattr(index, "config", None)):
        if settings is not None:
            settings["lang"] = ["id"]
            if chosen.get("pipeline") is None:
                settings["pipeline"] = ["stemmer", "trimmer"]
    return True


def is_offline(config: MkDocsConfig) -> bool:
    """Whether the site is built to be opened from files (Material's offline plugin)."""
    plugin = config.plugins.get("material/offline") or config.plugins.get("offline")
    return bool(plugin is not None and getattr(plugin.config, "enabled", False))


def _use_local_worker_shim(config: MkDocsConfig) -> None:
    """Material's offline plugin loads the iframe-worker shim (search without a
    server) from a CDN, which an offline copy cannot reach and which would be a
    request to another server: the site carries its own copy instead. Whichever
    on_config runs first, the plugin sees an iframe-worker script and adds none."""
    config.use_directory_urls = False
    polyfills = [
        script for script in config.extra.get("polyfills", []) if "iframe-worker" not in str(script)
    ]
    config.extra["polyfills"] = [*polyfills, WORKER_SHIM]


def site_options(config: MkDocsConfig, audience: Audience) -> SiteOptions:
    """How MkDocs publishes the site, as far as generated pages need to know, and
    the site folder it replaces (read before MkDocs cleans it)."""
    found = site_options_of(
        site_url=config.site_url or None,
        directory_urls=bool(config.use_directory_urls) and not is_offline(config),
        audience=audience,
        tags=_tags_plugin(config),
        project_root=_project_root_of(config),
    )
    site = Path(os.path.abspath(config.site_dir))
    return replace(found, previous_file=previous_files(site))


def published_folders(config: MkDocsConfig) -> list[Path]:
    """The project's folders MkDocs copies into the site: docs_dir and the theme's
    custom_dir."""
    custom = config.theme.custom_dir
    return [Path(config.docs_dir), *([Path(custom)] if custom else [])]


def _tags_plugin(config: MkDocsConfig) -> Any:
    """The settings of Material's tags plugin, when the site uses it."""
    plugin = config.plugins.get("material/tags") or config.plugins.get("tags")
    return getattr(plugin, "config", None)


def allowed_tags(config: MkDocsConfig) -> frozenset[str] | None:
    """The tags plugin's `tags_allowed`, if it sets one: the plugin stops the build
    with a traceback on a generated page with another tag, so Silabus checks first."""
    return allowed_tags_of(_tags_plugin(config))


def _safe_striptags(value: Any) -> Markup:
    return Markup.escape(Markup(str(value)).striptags())
