"""The project's site settings, read from mkdocs.yml (and the files it INHERITs) as
data, for every engine and for the commands that build nothing: no hook, plugin or
tag of the file runs."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from silabus.catalogue import Text, say
from silabus.files import read_regular, shown
from silabus.render import AUDIENCES, Audience, SiteOptions
from silabus.render.overrides import templates_folder


class SettingProblem(ValueError):
    """A setting of mkdocs.yml Silabus cannot build with; the message says which."""


def audience_of(config_name: str, chosen: AbstractSet[str], settings: object) -> Audience:
    """The audience from the plugin's options (`chosen`) and `extra.silabus`."""
    extra = settings.get("audience") if isinstance(settings, dict) else None
    if extra is not None and extra not in AUDIENCES:
        given = repr(extra) if isinstance(extra, str) and len(extra) < 80 else type(extra).__name__
        choices = " or ".join(repr(choice) for choice in AUDIENCES)
        raise SettingProblem(
            say("settings.audience", config=config_name, choices=choices, given=given)
        )
    if extra is not None and chosen and chosen != {extra}:
        raise SettingProblem(
            say("settings.audience-twice", config=config_name, plugin=min(chosen), extra=extra)
        )
    return "trainer" if "trainer" in chosen or extra == "trainer" else "participant"


def site_options_of(
    *, site_url: str | None, directory_urls: bool, audience: Audience, tags: Any, project_root: Path
) -> SiteOptions:
    """The options from settings read either way: `tags` holds the tags plugin's
    settings as attributes, or is None without the plugin."""
    theme_tags = tags is not None and tags.enabled and tags.tags
    theme_tags = theme_tags and tags.tags_name_property == "tags"
    listing = tags.listings_directive if theme_tags and tags.listings else None
    return SiteOptions(
        site_url=site_url,
        directory_urls=directory_urls,
        audience=audience,
        theme_tags=bool(theme_tags),
        tag_listing=listing if isinstance(listing, str) else None,
        templates=templates_folder(project_root),
    )


def allowed_tags_of(tags: Any) -> frozenset[str] | None:
    declared = getattr(tags, "tags_allowed", None) if tags is not None else None
    if not declared or isinstance(declared, str | bytes) or not hasattr(declared, "__iter__"):
        return None
    names = (getattr(tag, "name", tag) for tag in declared)  # Material's Tags, or text
    return frozenset(name for name in names if isinstance(name, str))


@dataclass(frozen=True)
class SiteSettings:
    """What the hook would take from mkdocs.yml: the labels' language, how pages are
    published, and the tags the site allows."""

    language: str | None = None
    options: SiteOptions = field(default_factory=SiteOptions)
    allowed_tags: frozenset[str] | None = None
    # The folders MkDocs reads and publishes: docs_dir, and the theme's custom_dir.
    published: tuple[Path, ...] = ()


def config_file_of(project_root: Path) -> Path | None:
    """The project's mkdocs.yml, if it has one."""
    return next(
        (
            project_root / name
            for name in ("mkdocs.yml", "mkdocs.yaml")
            if (project_root / name).is_file()
        ),
        None,
    )


def site_settings(project_root: Path, config_file: Path | None = None) -> SiteSettings:
    """The settings the plugin would use for the project, read from mkdocs.yml (or
    `config_file`, and the files it names with INHERIT) as data: no hook, plugin or
    tag of it runs. Defaults where a setting is missing or unreadable; the build
    reports those."""
    config_file = config_file or config_file_of(project_root)
    if config_file is None:
        return SiteSettings()
    settings = settings_data(config_file, project_root)
    theme = settings.get("theme")
    theme = {"name": theme} if isinstance(theme, str) else theme
    theme = theme if isinstance(theme, dict) else {}
    language = theme.get("language", "en" if theme.get("name") == "material" else None)
    plugins = plugins_data(settings.get("plugins", ["search"]))
    chosen = {
        str(options["audience"])
        for name, options in plugins.items()
        if name == "silabus" and options.get("audience")
    }
    try:
        audience = audience_of(config_file.name, chosen, _extra_silabus(settings))
    except SettingProblem:  # the build reports it
        audience = "participant"
    tags = plugins.get("material/tags", plugins.get("tags"))
    tags_settings = None if tags is None else _TagsSettings.of(tags)
    offline = plugins.get("material/offline", plugins.get("offline"))
    site_url = settings.get("site_url")
    return SiteSettings(
        language if isinstance(language, str) else None,
        site_options_of(
            site_url=site_url if isinstance(site_url, str) and site_url else None,
            directory_urls=settings.get("use_directory_urls", True) is not False
            and not (offline is not None and offline.get("enabled", True) is not False),
            audience=audience,
            tags=tags_settings,
            project_root=project_root,
        ),
        allowed_tags_of(tags_settings),
        tuple(
            config_file.parent / folder
            for folder in (settings.get("docs_dir", "docs"), theme.get("custom_dir"))
            if isinstance(folder, str) and folder and "\0" not in folder
        ),
    )


@dataclass(frozen=True)
class _TagsSettings:
    """Material's tags plugin settings that matter to generated pages, with its defaults."""

    enabled: object = True
    tags: object = True
    tags_name_property: object = "tags"
    listings: object = True
    listings_directive: object = "material/tags"
    tags_allowed: object = None

    @classmethod
    def of(cls, options: dict[str, Any]) -> _TagsSettings:
        """The settings given in mkdocs.yml; the plugin's other options are left out."""
        return cls(
            **{key: value for key, value in options.items() if key in cls.__dataclass_fields__}
        )


def _extra_silabus(settings: dict[str, Any]) -> object:
    extra = settings.get("extra")
    return extra.get("silabus") if isinstance(extra, dict) else None


def plugins_data(plugins: object) -> dict[str, dict[str, Any]]:
    """`plugins:` of mkdocs.yml (a list of names and one-key mappings, or a mapping)
    as name -> options."""
    entries: list[tuple[Any, Any]] = []
    if isinstance(plugins, dict):
        entries = list(plugins.items())
    elif isinstance(plugins, list):
        for item in plugins:
            if isinstance(item, str):
                entries.append((item, {}))
            elif isinstance(item, dict) and len(item) == 1:
                entries.extend(item.items())
    return {str(name): options if isinstance(options, dict) else {} for name, options in entries}


_MAX_INHERITED = 10


_MAX_SETTINGS_BYTES = 1_000_000


def settings_data(
    config_file: Path, project_root: Path, *, keep_tags: bool = False, whole: bool = False
) -> dict[str, Any]:
    """mkdocs.yml as MkDocs would merge it with the files it INHERITs, read with a
    safe loader: `!ENV` gives its default (see `_env_tag`), other tags (`!!python/name:`,
    `!relative`) are left empty, and an inherited file must be a file in the project.
    An empty mapping where the file cannot be read. An inherited file outside the
    project, or INHERIT in a loop or too deep, ends the chain there, or raises
    SettingProblem if the `whole` chain is needed (to give another engine the
    settings MkDocs would have)."""
    import mergedeep  # type: ignore[import-untyped]  # MkDocs' own, for its merge rules

    chain: list[dict[str, Any]] = []
    file: Path | None = config_file
    seen: set[Path] = set()
    named_by = config_file
    try:
        real_root = project_root.resolve()
        while file is not None and len(chain) < _MAX_INHERITED:
            real = file.resolve()
            if real in seen or not real.is_relative_to(real_root):
                if whole:
                    raise SettingProblem(_inherit_refused(named_by, file, real in seen))
                break
            seen.add(real)
            loader = _TagsKeptLoader if keep_tags else _SettingsLoader
            data = yaml.load(read_regular(real, _MAX_SETTINGS_BYTES), Loader=loader)
            if not isinstance(data, dict) or not _small(data):
                break
            inherit = data.pop("INHERIT", None)
            chain.append(data)
            file, named_by = real.parent / inherit if isinstance(inherit, str) else None, real
        if whole and file is not None:
            raise SettingProblem(
                say("settings.inherit-deep", config=shown(config_file), most=_MAX_INHERITED)
            )
        merged: dict[str, Any] = {}
        for data in reversed(chain):
            merged = mergedeep.merge(merged, data)
    except SettingProblem:
        raise
    except (OSError, ValueError, RuntimeError, RecursionError, yaml.YAMLError):
        return {}  # unreadable, a link loop, a NUL in a name: the build reports it
    return merged


def _inherit_refused(named_by: Path, file: Path, again: bool) -> Text:
    where = f"{shown(named_by)}:{_inherit_line(named_by)}:1"
    key = "settings.inherit-loop" if again else "settings.inherit-outside"
    return say(key, where=where, file=shown(file))


def _inherit_line(path: Path) -> int:
    """The line of a settings file that says INHERIT (1 if it cannot be found)."""
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return 1
    return next((n for n, line in enumerate(lines, 1) if line.startswith("INHERIT:")), 1)


_MOST_SETTINGS = 100_000  # values in mkdocs.yml with its aliases written out


_DEEPEST_SETTING = 50


def _small(data: object) -> bool:
    """Whether settings stay small with their aliases written out, and shallow: an
    alias bomb or deep nesting would make reading them crawl or crash."""
    pending: list[tuple[object, int]] = [(data, 0)]
    count = 0
    while pending:
        value, depth = pending.pop()
        count += 1
        if count > _MOST_SETTINGS or depth > _DEEPEST_SETTING:
            return False
        if isinstance(value, dict):
            pending.extend((item, depth + 1) for pair in value.items() for item in pair)
        elif isinstance(value, list):
            pending.extend((item, depth + 1) for item in value)
    return True


class _SettingsLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """YAML's safe loader with the tags mkdocs.yml may hold."""


def _ignored_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> None:
    return None


def _env_tag(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    """`!ENV NAME` or `!ENV [NAME, ..., default]` as its default alone: outside the
    build, a setting never carries the value of an environment variable, which a
    message could print (a token in a public log)."""
    if isinstance(node, yaml.SequenceNode) and len(node.value) > 1:
        return loader.construct_object(node.value[-1])
    return None


_SettingsLoader.add_constructor("!ENV", _env_tag)


_SettingsLoader.add_multi_constructor("!", _ignored_tag)


_SettingsLoader.add_multi_constructor("tag:yaml.org,2002:python/", _ignored_tag)


@dataclass(frozen=True)
class Tagged:
    """A value of mkdocs.yml with a tag (`!!python/name:...`, `!ENV`, `!relative`),
    kept as written, for a configuration written for another engine to read."""

    tag: str
    value: Any


class _TagsKeptLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """YAML's safe loader that keeps every tag it does not know, unresolved."""


def _kept_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Tagged:
    if isinstance(node, yaml.ScalarNode):
        return Tagged(node.tag, loader.construct_scalar(node))
    if isinstance(node, yaml.SequenceNode):
        return Tagged(node.tag, loader.construct_sequence(node, deep=True))
    return Tagged(node.tag, loader.construct_mapping(node, deep=True))  # type: ignore[arg-type]


_TagsKeptLoader.add_multi_constructor("!", _kept_tag)
_TagsKeptLoader.add_multi_constructor("tag:yaml.org,2002:python/", _kept_tag)


class _TagsDumper(yaml.SafeDumper):
    """YAML's safe dumper that writes kept tags back."""


def _represent_tagged(dumper: yaml.SafeDumper, data: Tagged) -> yaml.Node:
    if isinstance(data.value, dict):
        return dumper.represent_mapping(data.tag, data.value)
    if isinstance(data.value, list):
        return dumper.represent_sequence(data.tag, data.value)
    return dumper.represent_scalar(data.tag, str(data.value))


_TagsDumper.add_representer(Tagged, _represent_tagged)


def dump_settings(settings: dict[str, Any]) -> str:
    """Settings read with `keep_tags` as YAML, their tags as they were written."""
    return yaml.dump(settings, Dumper=_TagsDumper, allow_unicode=True, sort_keys=False, width=1000)
