"""Checks of what a build would publish, for every engine: addresses in mkdocs.yml
that would give broken links, hand-written files a generated page would replace,
links to a generated page at the address a site in another language gives it, and
links from the participants' pages to a page only the trainer build has."""

from __future__ import annotations

import os
import posixpath
import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from silabus.addresses import other_paths
from silabus.catalogue import Text, say
from silabus.compose import LINE_BREAK
from silabus.diagnostics import Diagnostic, Severity
from silabus.load import project_path
from silabus.render import Audience, Site


def publishing_problems(
    settings: Mapping[str, Any], config_file: Path, project_root: Path
) -> list[Diagnostic]:
    """Addresses in mkdocs.yml (its `settings`, as an engine read them) that would
    publish broken links: a placeholder left in, or a GitHub Pages project site whose
    site_url lacks the repository's path."""
    problems = []
    for key in ("site_url", "repo_url"):
        value = str(settings.get(key) or "")
        if "<" in value or ">" in value:
            example = (
                "https://bpsdm-contoh.github.io/pelatihan-inovasi/"
                if key == "site_url"
                else "https://github.com/bpsdm-contoh/pelatihan-inovasi"
            )
            problems.append(
                _setting_problem(
                    config_file,
                    project_root,
                    key,
                    Severity.ERROR,
                    say("P001", key=key, value=value, example=example),
                )
            )
    site = urlsplit(str(settings.get("site_url") or ""))
    repository = urlsplit(str(settings.get("repo_url") or ""))
    # github.com/<owner>/<name>[.git][/tree/main...]
    owner, name = ([*repository.path.strip("/").split("/"), "", ""])[:2]
    name = name.removesuffix(".git")
    if (
        site.hostname
        and site.hostname.endswith(".github.io")
        and site.path.strip("/") == ""
        and repository.hostname == "github.com"
        and name
        and name.lower() != site.hostname.lower()
        and not problems
    ):
        expected = f"https://{site.hostname}/{name}/"
        problems.append(
            _setting_problem(
                config_file,
                project_root,
                "site_url",
                Severity.WARNING,
                say(
                    "P002",
                    owner=owner,
                    name=name,
                    expected=expected,
                    site_url=settings.get("site_url"),
                ),
            )
        )
    return problems


def _setting_problem(
    config_file: Path,
    project_root: Path,
    key: str,
    severity: Severity,
    message: Text,
) -> Diagnostic:
    """A problem with a setting, at its line in mkdocs.yml (line 1 if it is inherited)."""
    try:
        text = config_file.read_text(encoding="utf-8")
    except OSError:
        text = ""
    found = re.search(rf"(?:^|(?<=[\r\n])){key}\s*:", text)
    line = len(LINE_BREAK.findall(text, 0, found.start())) + 1 if found else 1
    return Diagnostic(project_path(config_file, project_root), line, 1, severity, message)


def generated_pages_clashing_with_docs(
    site: Site, project_root: Path, docs_dir: Path
) -> list[Diagnostic]:
    """Hand-written files that a generated page or asset would silently replace: those
    MkDocs would write to the same file of the site, as the site's URLs are made."""
    generated = {
        path: say("site.publishing.origin.page", source=page.source)
        for path, page in site.pages.items()
    }
    generated.update({path: say("site.publishing.origin.assets") for path in site.assets})
    generated.update(
        {
            path: say("site.publishing.origin.page", source=project_path(source, project_root))
            for path, source in site.files.items()
            if isinstance(source, Path)
        }
    )
    clashes = []
    for path, origin in generated.items():
        target, sources = _sources_of_the_same_address(path, site.directory_urls)
        for written in sources:
            file = docs_dir / written
            if file.exists():
                clashes.append(
                    Diagnostic(
                        project_path(file, project_root),
                        1,
                        1,
                        Severity.ERROR,
                        say("P003", path=path, origin=origin, target=target),
                    )
                )
    return clashes


def _sources_of_the_same_address(path: str, directory_urls: bool = True) -> tuple[str, list[str]]:
    """The file of the site that the generated `path` is written to, and the docs files
    MkDocs would write to it too: a file copied as it is (`program/index.html`), and
    the Markdown pages published there (`program.md`, `program/index.md`,
    `program/README.md`, in any Markdown extension), as `use_directory_urls` says."""
    from mkdocs.structure.files import File
    from mkdocs.utils import markdown_extensions

    def written_to(source: str) -> str:
        return File(source, None, "", directory_urls).dest_uri

    target = written_to(path)
    folder, _, name = target.rpartition("/")
    inside = f"{folder}/" if folder else ""
    stems = [f"{inside}index", f"{inside}README", f"{inside}{name.removesuffix('.html')}"]
    if folder:
        stems.append(folder)  # with directory URLs, `x.md` is written to `x/index.html`
    candidates = [target, path]
    candidates += [stem + extension for stem in stems for extension in markdown_extensions]
    return target, [source for source in dict.fromkeys(candidates) if written_to(source) == target]


def addresses_of_another_language(
    site: Site,
    project_root: Path,
    docs_dir: Path,
    nav: Any,
    config_file: Path,
) -> list[Diagnostic]:
    """Links of the hand-written pages, and entries of mkdocs.yml's `nav`, that lead
    to where a site in another language publishes a generated page (`modul/x.md` in
    a project whose program is in English, which publishes it at `modules/x.md`),
    with the address this site gives it."""
    problems: list[Diagnostic] = []
    for page, text in _hand_written_pages(docs_dir):
        for line, column, written in _links_in(text):
            found = _address_elsewhere(written, posixpath.dirname(page), site, docs_dir)
            if found is not None:
                address, other = found
                message = say(
                    "P015",
                    written=written,
                    address=address,
                    other=other,
                    language=site.paths.language,
                )
                where = project_path(docs_dir / page, project_root)
                problems.append(Diagnostic(where, line, column, Severity.WARNING, message))
    try:
        settings_text = config_file.read_text(encoding="utf-8")
    except OSError:
        settings_text = ""
    for written in _nav_paths(nav):
        found = _address_elsewhere(written, "", site, docs_dir)
        if found is not None:
            address, other = found
            message = say(
                "P016", written=written, address=address, other=other, language=site.paths.language
            )
            line, column = _written_at(settings_text, written)
            where = project_path(config_file, project_root)
            problems.append(Diagnostic(where, line, column, Severity.WARNING, message))
    return problems


def _address_elsewhere(
    written: str, folder: str, site: Site, docs_dir: Path
) -> tuple[str, str] | None:
    """The address, written from `folder` of the site, at which this site publishes
    the generated page or file that `written` names on a site in another language, and
    that language; None for every other address."""
    if re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", written) or written.startswith(("/", "#")):
        return None  # another server's, or a place in the same page
    path, hash_, fragment = written.partition("#")
    path = unquote(path.partition("?")[0])
    if not path:
        return None
    target = posixpath.normpath(posixpath.join(folder, path))
    if target.startswith("../") or target == ".." or _exists(docs_dir / target):
        return None
    if _published(site, target, path.endswith("/")):
        return None
    for other in other_paths(site.paths):
        ours = site.paths.translated(target, other)
        if ours is not None and _published(site, ours, path.endswith("/")):
            address = posixpath.relpath(ours, folder or ".")
            address += "/" if path.endswith("/") else ""
            return address + hash_ + fragment, other.language
    return None


def _exists(file: Path) -> bool:
    """Whether the file is there; not for a name no file can have (a NUL, too long)."""
    try:
        return file.exists()
    except (OSError, ValueError):
        return False


def _published(site: Site, path: str, folder: bool) -> bool:
    """Whether the site generates the page or file at `path` (a folder's page, for a
    path written with a slash at its end)."""
    candidates = [f"{path}/index.md", f"{path}.md"] if folder else [path, f"{path}/index.md"]
    return any(
        candidate in site.pages or candidate in site.assets or candidate in site.files
        for candidate in candidates
    )


# The biggest hand-written page read for links; a larger one is no page people write.
_MAX_PAGE = 2_000_000


def docs_files(docs_dir: Path) -> Iterator[tuple[str, Path]]:
    """Each file of docs/, by its path there, in the order MkDocs lists them: hidden
    files and folders left out, as MkDocs leaves them out, and linked folders
    followed, as MkDocs follows them (a link back to a folder above is not)."""
    for folder, folders, names in os.walk(docs_dir, followlinks=True):
        if Path(folder) != docs_dir and Path(folder).parent.resolve().is_relative_to(
            Path(folder).resolve()
        ):
            folders[:] = []
            continue
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in sorted(names):
            source = Path(folder, name)
            if not name.startswith(".") and source.is_file():
                yield source.relative_to(docs_dir).as_posix(), source


def _hand_written_pages(docs_dir: Path) -> Iterator[tuple[str, str]]:
    """Each Markdown page of docs/, by its path there, and its text (a byte order mark
    at its start left out, as the engines leave it out)."""
    from mkdocs.utils import markdown_extensions

    for relative, file in docs_files(docs_dir):
        if posixpath.splitext(relative)[1].lower() not in markdown_extensions:
            continue
        try:
            if file.stat().st_size > _MAX_PAGE:
                continue
            text = file.read_text(encoding="utf-8-sig", errors="replace")
        except OSError:
            continue
        yield relative, text


# A link's address in Markdown: `[text](address)`, `[text](<address>)`, and a link
# definition `[name]: address`.
_INLINE_LINK = re.compile(r"\]\(\s*<?([^\s()<>]+)")
_LINK_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:\s*<?([^\s<>]+)")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_CODE_SPAN = re.compile(r"(`+)[^`]+\1")
# Longer lines are not read for links (MkDocs still checks them): a line of a page
# someone wrote is far shorter, and reading a long one for code spans takes long.
_MAX_LINE = 2_000


def _links_in(text: str) -> Iterator[tuple[int, int, str]]:
    """The line, column and address of each link of a Markdown page, leaving out what
    code blocks and code spans only show."""
    fence: str | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        opening = _FENCE.match(line)
        if fence is not None:
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = None
            continue
        if opening:
            fence = opening.group(1)
            continue
        if len(line) > _MAX_LINE:
            continue
        shown = _CODE_SPAN.sub(lambda span: " " * len(span.group()), line)
        for pattern in (_INLINE_LINK, _LINK_DEFINITION):
            for link in pattern.finditer(shown):
                yield number, link.start(1) + 1, link.group(1)


def _nav_paths(nav: Any) -> Iterator[str]:
    """Every page path of a `nav` as mkdocs.yml writes it, at any depth."""
    if isinstance(nav, str):
        yield nav
    elif isinstance(nav, list):
        for entry in nav:
            yield from _nav_paths(entry)
    elif isinstance(nav, dict):
        for value in nav.values():
            yield from _nav_paths(value)


def _written_at(text: str, written: str) -> tuple[int, int]:
    """The line and column where `written` first stands in `text` (1, 1 if it does not:
    a setting inherited from another file)."""
    found = re.search(rf"(?<![\w/.-]){re.escape(written)}(?![\w/.-])", text)
    if found is None:
        return 1, 1
    line = len(LINE_BREAK.findall(text, 0, found.start())) + 1
    start = max(text.rfind("\n", 0, found.start()), text.rfind("\r", 0, found.start())) + 1
    return line, found.start() - start + 1


# A hand-written page's front matter: `audience: trainer` keeps it out of the
# participants' build (pages, navigation, search, sitemap), as `for_trainers` keeps
# a material page out. Case does not matter, and the obvious other forms are read as
# meant; a page whose `audience:` names no audience is left out too (fails closed).
AUDIENCE_KEY = "audience"
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_AUDIENCE_LINE = re.compile(rf"^{AUDIENCE_KEY}[ \t]*:[ \t]*(.*)$", re.MULTILINE)
_AUDIENCE_WORDS: dict[str, Audience] = {
    "trainer": "trainer",
    "trainers": "trainer",
    "pelatih": "trainer",
    "participant": "participant",
    "participants": "participant",
    "peserta": "participant",
}


@lru_cache(maxsize=1024)
def page_audience(text: str) -> str | None:
    """The audience a hand-written page's front matter names (`audience: trainer`),
    as written (a list of one, `[trainer]`, as its item; no value as ''); None when
    it has no `audience:` (the page is for everyone). A byte order mark before the
    front matter (Windows Notepad writes one) is no matter."""
    import yaml

    found = _FRONT_MATTER.match(text.removeprefix("\ufeff"))
    if found is None or AUDIENCE_KEY not in found.group(1):
        return None
    try:
        meta = yaml.load(found.group(1), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        # The engine reports front matter it cannot read; the key as written decides.
        line = _AUDIENCE_LINE.search(found.group(1))
        return None if line is None else line.group(1).strip()
    if not isinstance(meta, dict) or AUDIENCE_KEY not in meta:
        return None
    value = meta[AUDIENCE_KEY]
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    return "" if value is None else str(value)


def audience_meant(written: str) -> Audience | None:
    """The audience `audience: {written}` means, whatever its case (`Trainer`,
    `trainers`, `pelatih`); None for a value that names none."""
    return _AUDIENCE_WORDS.get(written.strip().casefold())


def for_trainers_only(text: str) -> bool:
    """Whether a hand-written page belongs in the trainer build alone: it says so, or
    its `audience:` names no audience (a page meant for trainers, written wrong, must
    not be published to participants)."""
    written = page_audience(text)
    return written is not None and audience_meant(written) != "participant"


def audience_problems(docs_dir: Path, project_root: Path, audience: str) -> list[Diagnostic]:
    """Hand-written pages whose `audience:` names no audience (they would be
    published to participants), and, in the participants' build, links from their
    pages to a page only the trainer build has."""
    pages = dict(_hand_written_pages(docs_dir))
    problems: list[Diagnostic] = []
    for page, text in pages.items():
        named = page_audience(text)
        if named is not None and audience_meant(named) is None:
            line, column = _written_at(text, f"{AUDIENCE_KEY}:")
            message = say("P021", value=named[:40])
            where = project_path(docs_dir / page, project_root)
            problems.append(Diagnostic(where, line, column, Severity.WARNING, message))
    trainers = {page for page, text in pages.items() if for_trainers_only(text)}
    if audience == "trainer" or not trainers:
        return problems
    for page, text in pages.items():
        if page in trainers:
            continue
        for line, column, written in _links_in(text):
            for target in _page_linked(written, posixpath.dirname(page)) & trainers:
                message = say("P020", written=written, page=target)
                where = project_path(docs_dir / page, project_root)
                problems.append(Diagnostic(where, line, column, Severity.WARNING, message))
    return problems


def _page_linked(written: str, folder: str) -> set[str]:
    """The pages of docs/ a link written on a page in `folder` may lead to: `x.md`
    itself; `x/` or `x` to `x.md` or `x/index.md`; `x.html` (as written for
    `use_directory_urls: false`) to `x.md`, and `x/index.html` to `x/index.md` or
    `x.md`; with any of Markdown's endings and README for index. None for an address
    of another server or of the same page."""
    from mkdocs.utils import markdown_extensions

    if re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", written) or written.startswith(("/", "#")):
        return set()
    path = unquote(written.partition("#")[0].partition("?")[0])
    if not path:
        return set()
    target = posixpath.normpath(posixpath.join(folder, path))
    stem, extension = posixpath.splitext(target)
    if path.endswith("/") or extension == "":
        stems = [target, f"{target}/index", f"{target}/README"]
    elif extension.lower() in (".html", ".htm"):
        stems = [stem]
        if posixpath.basename(stem) == "index":
            parent = posixpath.dirname(stem)
            stems += [posixpath.join(parent, "README")] + ([parent] if parent else [])
    else:
        return {target}
    return {name + ending for name in stems for ending in markdown_extensions}
