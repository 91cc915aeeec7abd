"""Checks of what a build would publish, for every engine: addresses in mkdocs.yml
that would give broken links, and hand-written files a generated page would
replace."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from silabus.catalogue import Text, say
from silabus.compose import LINE_BREAK
from silabus.diagnostics import Diagnostic, Severity
from silabus.load import project_path
from silabus.render import Site


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
