"""First paint on a phone: Lighthouse (npm, the version in package.json) with
Debian's Chromium on the sample site's home, program, module, material and cohort
pages, mobile form factor and Lighthouse's default (simulated) throttling, side by
side with stock Material on the same pages.

*Stock Material* is the same Markdown (`silabus export`) built by mkdocs-material
with the same mkdocs.yml less the plugin: no Silabus stylesheet, script, head
tags or theme partials, and Material's search index fetched on every first
visit as Material does. Both sites are served as GitHub Pages serves a project
site: under a sub-path, text files gzip-compressed.

Runs of the two sites alternate page by page (Silabus, Material, Silabus, ...),
so that a machine busy for a while slows both alike; each figure is the median
of its runs.

    python -m benchmarks.lighthouse [--runs N] [--pages home,cohort] [--write benchmarks/RESULTS.md]

`--write` puts this section in place of the one the file holds (`make bench`
writes the whole file).
"""

from __future__ import annotations

import argparse
import gzip
import http.server
import io
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from benchmarks.scale import _ENVIRONMENT, Report, _met, plain_project
from tests.conftest import NODE_MODULES, copy_sample

# One page of each kind a participant reads most, as in tests/test_browser.py.
PAGES = {
    "home": "",
    "program": "program/",
    "module": "modul/desain-inovasi/",
    "material": "modul/diagnosis-inovasi/siklus-5d/",
    "cohort": "angkatan/angkatan-ii-2027/",
}
QUICK_PAGES = {name: PAGES[name] for name in ("home", "cohort")}
SUB_PATH = "/silabus/"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
SITES = ("Silabus", "Material")
HEADING = "## First paint on a phone: Lighthouse, Silabus against stock Material"
# Files GitHub Pages sends compressed; images and fonts go as they are.
_COMPRESSED = ("text/", "application/javascript", "application/json", "image/svg+xml")
_SCHEDULE_SCRIPT = re.compile(r'\n?<script src="[^"]*silabus-[\w-]+\.js"[^>]*></script>\n?')


@dataclass
class Audit:
    """One Lighthouse run of one page: the category scores (0-100), the metrics,
    and the audits that cost points (weighted, scored below 1)."""

    scores: dict[str, float]
    fcp_ms: float
    lcp_ms: float
    cls: float
    tbt_ms: float
    dom_elements: float
    failed: set[str] = field(default_factory=set)


def audit_of(result: dict[str, Any]) -> Audit:
    """The figures of a Lighthouse result (its JSON output)."""
    audits = result["audits"]
    failed = {
        reference["id"]
        for category in result["categories"].values()
        for reference in category["auditRefs"]
        if reference["weight"] > 0
        and audits[reference["id"]].get("score") is not None
        and audits[reference["id"]]["score"] < 1
    }
    return Audit(
        scores={name: round(result["categories"][name]["score"] * 100) for name in CATEGORIES},
        fcp_ms=audits["first-contentful-paint"]["numericValue"],
        lcp_ms=audits["largest-contentful-paint"]["numericValue"],
        cls=audits["cumulative-layout-shift"]["numericValue"],
        tbt_ms=audits["total-blocking-time"]["numericValue"],
        dom_elements=audits["dom-size"]["numericValue"],
        failed=failed,
    )


def median_audit(runs: list[Audit]) -> Audit:
    """Each figure the median of its runs; an audit counts as failed when it failed
    in most of them."""
    failed = {name for run in runs for name in run.failed}
    return Audit(
        scores={name: statistics.median(run.scores[name] for run in runs) for name in CATEGORIES},
        fcp_ms=statistics.median(run.fcp_ms for run in runs),
        lcp_ms=statistics.median(run.lcp_ms for run in runs),
        cls=statistics.median(run.cls for run in runs),
        tbt_ms=statistics.median(run.tbt_ms for run in runs),
        dom_elements=statistics.median(run.dom_elements for run in runs),
        failed={name for name in failed if sum(name in run.failed for run in runs) * 2 > len(runs)},
    )


def stock_project(project: Path, target: Path) -> Path:
    """The project's pages as stock Material builds them: exported Markdown and the
    same mkdocs.yml, without the plugin and without Silabus's stylesheet and scripts."""
    plain_project(project, target)
    config = target / "mkdocs.yml"
    text = config.read_text(encoding="utf-8").replace("\nextra_css: [assets/silabus.css]\n", "\n")
    config.write_text(text, encoding="utf-8")
    for page in (target / "docs").rglob("*.md"):
        markdown = page.read_text(encoding="utf-8")
        if (stock := _SCHEDULE_SCRIPT.sub("\n", markdown)) != markdown:
            page.write_text(stock, encoding="utf-8")
    return target


def _published(project: Path, base: str) -> None:
    """Give the project its published address, as an organizer does for GitHub Pages."""
    config = project / "mkdocs.yml"
    config.write_text(f"site_url: {base}\n" + config.read_text(encoding="utf-8"), encoding="utf-8")


def _build(project: Path) -> Path:
    built = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--quiet"],
        cwd=project,
        env=_ENVIRONMENT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if built.returncode != 0:
        raise SystemExit(f"mkdocs build failed in {project}:\n{built.stderr[-2000:]}")
    return project / "site"


class _PagesHandler(http.server.SimpleHTTPRequestHandler):
    """A built site under SUB_PATH, text files gzip-compressed, as GitHub Pages
    serves a project site."""

    site_dir: Path

    def __init__(self, *args: Any) -> None:
        super().__init__(*args, directory=str(self.site_dir))

    def translate_path(self, path: str) -> str:
        address = urlsplit(path).path
        if not address.startswith(SUB_PATH):
            return str(self.site_dir / "no-such-file")
        return super().translate_path("/" + address.removeprefix(SUB_PATH))

    def send_head(self) -> Any:
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()
            path = path / "index.html"
        kind = self.guess_type(str(path))
        if (
            not path.is_file()
            or not kind.startswith(_COMPRESSED)
            or "gzip" not in self.headers.get("Accept-Encoding", "")
        ):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", kind if "charset" in kind else f"{kind}; charset=utf-8")
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serving(site_dir: Path, server: http.server.ThreadingHTTPServer) -> Iterator[None]:
    server.RequestHandlerClass = type("Handler", (_PagesHandler,), {"site_dir": site_dir})
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield
    finally:
        server.shutdown()
        thread.join()


def _server() -> http.server.ThreadingHTTPServer:
    return http.server.ThreadingHTTPServer(("127.0.0.1", 0), _PagesHandler)


def lighthouse(address: str, output: Path) -> Audit:
    """One Lighthouse run of the page at `address`, mobile, default throttling."""
    from tests.test_browser import chromium_executable

    cli = NODE_MODULES / "lighthouse" / "cli" / "index.js"
    ran = subprocess.run(
        [
            "node",
            str(cli),
            address,
            "--quiet",
            "--output=json",
            f"--output-path={output}",
            f"--only-categories={','.join(CATEGORIES)}",
            "--chrome-flags=--headless=new --no-sandbox",
        ],
        env={**os.environ, "CHROME_PATH": chromium_executable()},
        capture_output=True,
        text=True,
        timeout=300,
    )
    if ran.returncode != 0 or not output.is_file():
        raise SystemExit(f"Lighthouse failed on {address}:\n{ran.stderr[-2000:]}")
    return audit_of(json.loads(output.read_text(encoding="utf-8")))


def measure(
    runs: int, scratch: Path, pages: dict[str, str] | None = None, project: Path | None = None
) -> Report:
    """Lighthouse on each page of both sites, `runs` times, taking turns."""
    if not (NODE_MODULES / "lighthouse" / "cli" / "index.js").is_file():
        raise SystemExit(
            "benchmarks/lighthouse.py needs lighthouse from npm: run `npm ci` in the "
            "repository (`make test` does it when npm is there)"
        )
    pages = PAGES if pages is None else pages
    silabus = copy_sample(scratch / "lighthouse-silabus").root if project is None else project
    servers = {name: _server() for name in SITES}
    bases = {name: f"http://127.0.0.1:{servers[name].server_port}{SUB_PATH}" for name in SITES}
    material = stock_project(silabus, scratch / "lighthouse-material")
    _published(silabus, bases["Silabus"])
    _published(material, bases["Material"])
    sites = {"Silabus": _build(silabus), "Material": _build(material)}
    measured: dict[tuple[str, str], list[Audit]] = {}
    with (
        serving(sites["Silabus"], servers["Silabus"]),
        serving(sites["Material"], servers["Material"]),
    ):
        for run in range(runs):
            for page, address in pages.items():
                for name in SITES:
                    output = scratch / f"lighthouse-{name}-{page}-{run}.json"
                    audit = lighthouse(bases[name] + address, output)
                    measured.setdefault((page, name), []).append(audit)
    version = json.loads((NODE_MODULES / "lighthouse" / "package.json").read_text())["version"]
    return _report({key: median_audit(audits) for key, audits in measured.items()}, runs, version)


def _chromium_version() -> str:
    from tests.test_browser import chromium_executable

    shown = subprocess.run(
        [chromium_executable(), "--version"], capture_output=True, text=True, timeout=60
    ).stdout
    found = re.search(r"\d+\.\d+\.\d+\.\d+", shown)
    return found.group(0) if found else "unknown"


def _report(medians: dict[tuple[str, str], Audit], runs: int, version: str) -> Report:
    report = Report([], [])
    pages = list(dict.fromkeys(page for page, _ in medians))
    report.lines += [
        HEADING,
        "",
        f"`benchmarks/lighthouse.py`: Lighthouse {version} with Chromium "
        f"{_chromium_version()}, mobile form factor, default (simulated) throttling "
        "(150 ms round trip, 1.6 Mbit/s, the CPU 4x slower), each figure the median of "
        f"{runs} run{'s' if runs > 1 else ''}. Both sites are served as GitHub Pages "
        "serves a project site, under a sub-path with text files gzip-compressed. "
        "*Material* is stock Material: the same Markdown (`silabus export`) built "
        "with the same mkdocs.yml less the plugin, so without Silabus's stylesheet, "
        "scripts, head tags and theme partials, and with Material's search index "
        "fetched on every first visit. Scores 0-100 (performance, accessibility, best "
        "practices, SEO); FCP and LCP in seconds, TBT in milliseconds; *DOM* is the "
        "page's element count. On a machine shared with other work, FCP, LCP and TBT "
        "move from run to run by several tenths of a second (Lighthouse simulates a "
        "phone from the CPU time it sees); compare the two sites within a run. "
        "Lighthouse 12 cannot read the traces of this Chromium for its layout-shift "
        "and render-blocking audits: they end in an error and count in no score (the "
        "metrics above are measured all the same).",
        "",
        "| page | site | perf. | a11y | best pr. | SEO | FCP | LCP | CLS | TBT | DOM |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for page in pages:
        for name in SITES:
            audit = medians[(page, name)]
            scores = " | ".join(f"{audit.scores[category]:.0f}" for category in CATEGORIES)
            report.lines.append(
                f"| {page} | {name} | {scores} | {audit.fcp_ms / 1000:.1f} | "
                f"{audit.lcp_ms / 1000:.1f} | {audit.cls:.3f} | {audit.tbt_ms:.0f} | "
                f"{audit.dom_elements:.0f} |"
            )
    failing = {
        page: sorted(medians[(page, "Silabus")].failed)
        for page in pages
        if medians[(page, "Silabus")].failed
    }
    report.lines += [
        "",
        "Audits that cost Silabus points (in most runs): "
        + (
            "; ".join(
                f"{page}: {', '.join(f'`{name}`' for name in names)}"
                for page, names in failing.items()
            )
            if failing
            else "none."
        ),
        "",
    ]
    for page in pages:
        audit = medians[(page, "Silabus")]
        for category, target in TARGETS.items():
            comparison = ">=" if category == "performance" else "="
            report.targets.append(
                (
                    f"Lighthouse {category} {comparison} {target}, {page} page",
                    f"{audit.scores[category]:.0f}",
                    _met(audit.scores[category] >= target),
                )
            )
        stock = medians[(page, "Material")]
        report.targets.append(
            (
                f"largest contentful paint against stock Material, {page} page",
                f"{audit.lcp_ms / stock.lcp_ms:.2f}x",
                "measured",
            )
        )
    if "cohort" in pages:
        cohort = medians[("cohort", "Silabus")]
        report.glance.append(
            (
                "Lighthouse mobile performance, the sample's cohort page",
                f"{cohort.scores['performance']:.0f}",
            )
        )
    return report


def replace_section(text: str, section: list[str]) -> str:
    """A results file with this benchmark's section in place of the one it holds
    (or added at the end)."""
    lines = text.splitlines()
    if HEADING in lines:
        start = lines.index(HEADING)
        end = next(
            (index for index in range(start + 1, len(lines)) if lines[index].startswith("## ")),
            len(lines),
        )
        lines[start:end] = [*section, *([""] if end < len(lines) else [])]
    else:
        lines += ["", *section]
    return "\n".join(lines).rstrip() + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pages", help="a comma-separated choice of " + ", ".join(PAGES))
    parser.add_argument("--write", type=Path, help="put the section into this Markdown file")
    arguments = parser.parse_args()
    pages = PAGES
    if arguments.pages:
        pages = {name: PAGES[name] for name in arguments.pages.split(",")}
    with tempfile.TemporaryDirectory(prefix="silabus-lighthouse-") as scratch:
        report = measure(arguments.runs, Path(scratch), pages)
    # Alone, the section carries its own targets (`make bench` lists them with the others).
    section = [
        *report.lines,
        "| target | measured | |",
        "| --- | ---: | --- |",
        *(f"| {target} | {value} | {verdict} |" for target, value, verdict in report.targets),
    ]
    print("\n".join(section))
    if arguments.write:
        written = arguments.write.read_text(encoding="utf-8") if arguments.write.exists() else ""
        arguments.write.write_text(replace_section(written, section), encoding="utf-8")


if __name__ == "__main__":
    main()
