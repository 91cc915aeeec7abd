"""How Silabus scales with the size of the curriculum, measured against baselines
taken in the same run, so that the figures are ratios that compare across machines.

- validate: `silabus validate` against loading the same YAML files with PyYAML's C
  loader (the floor for reading them), at several sizes;
- build: `mkdocs build` with the hook against a plain `mkdocs build` of the same
  pages already written as Markdown (`silabus export`, same theme and settings);
- growth: a module page's HTML and the first-visit bytes of a module page (every
  file it loads, gzip-compressed as GitHub Pages sends them) as the curriculum grows;
- memory: the build's peak memory.

    python -m benchmarks.scale [--quick] [--runs N] [--write benchmarks/SCALE.md]

`--quick` uses small sizes, to try the harness; the targets are judged at full size.
"""

from __future__ import annotations

import argparse
import gzip
import platform
import re
import shutil
import statistics
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from benchmarks.synthetic import make_project
from tests.corpus import Run, measured

FULL = {"validate": (100, 1000, 5000), "build": (50, 200, 1000)}
QUICK = {"validate": (20, 60), "build": (20, 60)}

_LOAD_SCRIPT = """
import sys, pathlib, yaml
for path in sorted(pathlib.Path("curriculum").rglob("*.yml")):
    yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
"""


@dataclass(frozen=True)
class Timing:
    seconds: float
    peak_memory_mb: float


def _median(command: list[str], cwd: Path, runs: int, timeout: float = 600) -> Timing:
    results: list[Run] = []
    for _ in range(runs):
        run = measured(command, cwd, timeout=timeout)
        if run.returncode != 0:
            raise SystemExit(f"{' '.join(command)} failed in {cwd}:\n{run.stderr[-2000:]}")
        results.append(run)
    return Timing(
        statistics.median(run.seconds for run in results),
        max(run.peak_memory_mb for run in results),
    )


def _plain_project(project: Path, target: Path) -> Path:
    """The same site as pages written out: exported Markdown, the same mkdocs.yml
    without the hook, the generated navigation and stylesheet included."""
    target.mkdir()
    _median([sys.executable, "-m", "silabus", "export", str(target / "generated")], project, 1)
    docs = target / "docs"
    shutil.copytree(project / "docs", docs)
    for item in (target / "generated").iterdir():
        if item.name.startswith(".silabus"):
            continue
        destination = docs / item.name
        if item.is_dir():
            shutil.copytree(item, destination)
        else:
            shutil.copy2(item, destination)
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    config = re.sub(r"\nhooks:\n(  - .*\n)+", "\n", config)
    config += "\nextra_css: [assets/silabus.css]\nINHERIT: docs/.nav.yml\n"
    (target / "mkdocs.yml").write_text(config, encoding="utf-8")
    return target


def _module_page_bytes(site: Path) -> tuple[int, int]:
    """The HTML size of the first module page, and the gzip bytes of a first visit to
    it: the page and every stylesheet, script and image it loads, plus the search
    index when Material fetches it on load."""
    page = site / "modul" / "modul-00001" / "index.html"
    html = page.read_text(encoding="utf-8")
    loaded = [page]
    for address in re.findall(r'<(?:script|link|img)\b[^>]*?(?:src|href)="([^"#]+)"', html):
        if address.startswith(("http:", "https:", "//", "data:")):
            continue
        target = (page.parent / address).resolve()
        if target.is_file() and target.suffix in {".css", ".js", ".png", ".svg", ".ico"}:
            loaded.append(target)
    if "silabus-search-on-demand.js" not in html:  # else fetched only when searching
        loaded.append(site / "search" / "search_index.json")
    total = sum(
        len(gzip.compress(path.read_bytes(), 6)) if path.suffix != ".png" else path.stat().st_size
        for path in dict.fromkeys(loaded)
    )
    return len(html.encode("utf-8")), total


def measure(sizes: dict[str, tuple[int, ...]], runs: int, scratch: Path) -> str:
    python = sys.executable
    lines = [
        "## Scale: synthetic curricula",
        "",
        f"Machine: {platform.machine()}, Python {platform.python_version()}, "
        f"median of {runs} runs. Curricula from `benchmarks/synthetic.py` "
        "(ten modules an agenda, two cohorts scheduling every module).",
        "",
        "### `silabus validate` against loading the same files with PyYAML's C loader",
        "",
        "| modules | files | validate s | C loader s | ratio | target |",
        "| ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for count in sizes["validate"]:
        project = make_project(scratch / f"validate-{count}", count)
        validate = _median([python, "-m", "silabus", "validate"], project, runs)
        floor = _median([python, "-c", _LOAD_SCRIPT], project, runs)
        files = len(list((project / "curriculum").rglob("*.yml")))
        ratio = validate.seconds / floor.seconds
        lines.append(
            f"| {count} | {files} | {validate.seconds:.2f} | {floor.seconds:.2f} | "
            f"{ratio:.1f} | {'met' if ratio <= 2 else 'missed'} (<= 2) |"
        )
    lines += [
        "",
        "### `mkdocs build` with the hook against a plain build of the same pages",
        "",
        "| modules | with hook s | plain s | hook overhead | module page HTML | "
        "first visit (gzip) | peak MB |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    pages: dict[int, tuple[int, int]] = {}
    for count in sizes["build"]:
        project = make_project(scratch / f"build-{count}", count)
        hooked = _median([python, "-m", "mkdocs", "build", "--strict"], project, runs)
        plain_project = _plain_project(project, scratch / f"plain-{count}")
        plain = _median([python, "-m", "mkdocs", "build"], plain_project, runs)
        pages[count] = _module_page_bytes(project / "site")
        overhead = (hooked.seconds - plain.seconds) / hooked.seconds
        lines.append(
            f"| {count} | {hooked.seconds:.2f} | {plain.seconds:.2f} | {overhead:.0%} | "
            f"{pages[count][0]:,} | {pages[count][1]:,} | {hooked.peak_memory_mb:.0f} |"
        )
    smallest, largest = min(pages), max(pages)
    html_growth = pages[largest][0] / pages[smallest][0]
    visit_growth = pages[largest][1] / pages[smallest][1]
    lines += [
        "",
        f"From {smallest} to {largest} modules, a module page's HTML grows "
        f"{html_growth:.2f}x (target <= 1.5x: {'met' if html_growth <= 1.5 else 'missed'}) "
        f"and its first-visit bytes {visit_growth:.2f}x (target <= 1.5x: "
        f"{'met' if visit_growth <= 1.5 else 'missed'}).",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="small sizes, to try the harness")
    parser.add_argument("--write", type=Path, help="also write the tables to this Markdown file")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="silabus-scale-") as scratch:
        report = measure(QUICK if arguments.quick else FULL, arguments.runs, Path(scratch))
    print(report)
    if arguments.write:
        arguments.write.write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
