"""How Silabus scales with the size of the curriculum, measured against baselines
taken in the same run, so that the figures are ratios that compare across machines.

- validate: `silabus validate` against loading the same YAML files with PyYAML's C
  loader (the floor for reading them), at several sizes;
- build: `mkdocs build` with the plugin against a plain `mkdocs build` of the same
  pages already written as Markdown (`silabus export`, same theme and settings);
- growth: a module page's HTML and the first-visit bytes of a module page (every
  file it loads, gzip-compressed as GitHub Pages sends them) as the curriculum grows;
- serve: the time from saving one module to the rebuilt site under `mkdocs serve`,
  and Silabus's own part of it (the plugin reports it with `-v`);
- memory: the build's peak memory.

Runs of the two sides of a comparison alternate (A, B, A, B, ...), so that a machine
busy for a while slows both alike; each figure is the median of its runs.

    python -m benchmarks.scale [--quick] [--runs N]

`--quick` uses small sizes, to try the harness; the targets are judged at full size.
"""

from __future__ import annotations

import argparse
import gzip
import os
import platform
import queue
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from benchmarks.synthetic import make_project
from tests.corpus import Run, measured


@dataclass(frozen=True)
class Sizes:
    validate: tuple[int, ...]
    build: tuple[int, ...]
    serve: tuple[int, ...]


FULL = Sizes(validate=(100, 1000, 5000), build=(50, 200, 1000), serve=(200, 1000))
QUICK = Sizes(validate=(20, 60), build=(20, 60), serve=(20,))
SERVE_EDITS = 3

# The targets, as ratios (the build time at 1000 modules is in seconds).
VALIDATE_RATIO = 2.0
PLUGIN_SHARE = 0.10
GROWTH = 1.5
BUILD_SECONDS_AT_1000 = 60
SERVE_SHARE = 0.10

_LOAD_SCRIPT = """
import pathlib, yaml
for path in sorted(pathlib.Path("curriculum").rglob("*.yml")):
    yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
"""
# Python keeps compiled modules, as it does on a user's machine (an environment that
# tells it not to would time compiling Silabus's source on every run, while the
# libraries were compiled when installed).
_ENVIRONMENT = {
    **{name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"},
    "NO_MKDOCS_2_WARNING": "1",
    "PYTHONIOENCODING": "utf-8",
}


@dataclass(frozen=True)
class Timing:
    seconds: float
    peak_memory_mb: float


def _met(met: bool) -> str:
    return "met" if met else "**missed**"


def _alternating(commands: list[tuple[list[str], Path]], runs: int) -> list[Timing]:
    """Each command `runs` times, taking turns; the median time and the largest peak
    memory of each."""
    results: list[list[Run]] = [[] for _ in commands]
    for _ in range(runs):
        for index, (command, cwd) in enumerate(commands):
            run = measured(command, cwd, timeout=1800)
            if run.returncode != 0:
                raise SystemExit(f"{' '.join(command)} failed in {cwd}:\n{run.stderr[-2000:]}")
            results[index].append(run)
    return [
        Timing(
            statistics.median(run.seconds for run in done),
            max(run.peak_memory_mb for run in done),
        )
        for done in results
    ]


def plain_project(project: Path, target: Path) -> Path:
    """The same site as pages written out: exported Markdown, the same mkdocs.yml
    without the plugin, the same navigation and stylesheet."""
    target.mkdir()
    _alternating(
        [([sys.executable, "-m", "silabus", "export", str(target / "generated")], project)], 1
    )
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
    config = re.sub(r"\n(  #.*\n)*  - silabus\n", "\n", config)
    # The hand-written pages first, as the plugin puts them when mkdocs.yml has no nav.
    source = project / "docs"
    written = sorted(path.relative_to(source).as_posix() for path in source.rglob("*.md"))
    nav = yaml.safe_load((docs / ".nav.yml").read_text(encoding="utf-8"))["nav"]
    config += "\nextra_css: [assets/silabus.css]\n" + yaml.safe_dump(
        {"nav": [*written, *nav]}, allow_unicode=True, sort_keys=False
    )
    (target / "mkdocs.yml").write_text(config, encoding="utf-8")
    return target


def module_page_bytes(site: Path) -> tuple[int, int]:
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
    if 'id="silabus-search-on-demand"' not in html:  # else fetched only when searching
        loaded.append(site / "search" / "search_index.json")
    total = sum(
        len(gzip.compress(path.read_bytes(), 6)) if path.suffix != ".png" else path.stat().st_size
        for path in dict.fromkeys(loaded)
    )
    return len(html.encode("utf-8")), total


@dataclass(frozen=True)
class Rebuild:
    served_after: float  # seconds from saving the file to the rebuilt site being served
    build: float  # the build, from the plugin's first event to its last
    silabus: float  # Silabus's own work in the build


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def serve_rebuilds(project: Path, edits: int) -> list[Rebuild]:
    """Start `mkdocs serve`, save a module `edits` times, and time each rebuild."""
    process = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-v", "--dev-addr", f"127.0.0.1:{_free_port()}"],
        cwd=project,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=_ENVIRONMENT,
    )
    lines: queue.Queue[tuple[float, str]] = queue.Queue()

    def read() -> None:
        assert process.stderr is not None
        for line in process.stderr:
            lines.put((time.perf_counter(), line))

    threading.Thread(target=read, daemon=True).start()

    def wait_for(found: Callable[[str], bool]) -> tuple[float, list[str]]:
        seen: list[str] = []
        deadline = time.perf_counter() + 1800
        while time.perf_counter() < deadline:
            try:
                at, line = lines.get(timeout=1)
            except queue.Empty:
                if process.poll() is not None:
                    break
                continue
            seen.append(line)
            if found(line):
                return at, seen
        raise SystemExit("mkdocs serve stopped or stalled:\n" + "".join(seen[-20:]))

    def settle() -> None:
        """Wait until the server has been quiet for two seconds (a rebuild it started
        by itself, such as for the site folder appearing, is over)."""
        while True:
            try:
                lines.get(timeout=2)
            except queue.Empty:
                return

    module = project / "curriculum" / "modules" / "modul-00001.yml"
    original = module.read_text(encoding="utf-8")
    rebuilds: list[Rebuild] = []
    try:
        wait_for(lambda line: "Serving on" in line)
        for edit in range(1, edits + 1):
            settle()
            saved = time.perf_counter()
            edited = re.sub(r"(?m)^title: .*$", f'title: "Modul 1, edit {edit}"', original, count=1)
            assert edited != original
            module.write_text(edited, encoding="utf-8")
            served, seen = wait_for(lambda line: "Reloading browsers" in line)
            text = "".join(seen)
            # (Not MkDocs' "Documentation built in": it leaves out a message equal to
            # one it logged before.)
            own = re.search(r"Silabus's own work in this build: ([\d.]+) of ([\d.]+) seconds", text)
            if own is None:
                raise SystemExit("mkdocs serve did not report its rebuild:\n" + text[-2000:])
            rebuilds.append(Rebuild(served - saved, float(own.group(2)), float(own.group(1))))
    finally:
        module.write_text(original, encoding="utf-8")
        process.terminate()
        process.wait(timeout=30)
    return rebuilds


@dataclass
class Report:
    lines: list[str]
    targets: list[tuple[str, str, str]]  # target, measured, met or missed
    # What a user waits for and downloads, in this machine's seconds and bytes.
    glance: list[tuple[str, str]] = field(default_factory=list)


def measure(sizes: Sizes, runs: int, scratch: Path) -> Report:
    python = sys.executable
    report = Report([], [])
    lines = report.lines
    lines += [
        "## `silabus validate` against loading the same files with PyYAML's C loader",
        "",
        "Both as a command, Python's start and imports included: what a trainer waits for.",
        "",
        "| modules | files | validate s | C loader s | ratio | validate peak MB |",
        "| ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    ratios: dict[int, float] = {}
    for count in sizes.validate:
        project = make_project(scratch / f"validate-{count}", count)
        validate, floor = _alternating(
            [
                ([python, "-m", "silabus", "validate"], project),
                ([python, "-c", _LOAD_SCRIPT], project),
            ],
            runs,
        )
        files = len(list((project / "curriculum").rglob("*.yml")))
        ratios[count] = validate.seconds / floor.seconds
        report.glance.append((f"`silabus validate`, {count} modules", f"{validate.seconds:.1f} s"))
        lines.append(
            f"| {count} | {files} | {validate.seconds:.2f} | {floor.seconds:.2f} | "
            f"{ratios[count]:.1f} | {validate.peak_memory_mb:.0f} |"
        )
        shutil.rmtree(project)
    for count, ratio in ratios.items():
        report.targets.append(
            (
                f"validate <= {VALIDATE_RATIO:g}x the C loader, {count} modules",
                f"{ratio:.1f}x",
                _met(ratio <= VALIDATE_RATIO),
            )
        )

    lines += [
        "",
        "## `mkdocs build` with the plugin against a plain build of the same pages",
        "",
        "The plain build reads the pages `silabus export` wrote, with the same mkdocs.yml "
        "less the plugin. The plugin's overhead is the share of the plugin build's time that "
        "the plain build does not spend.",
        "",
        "| modules | with plugin s | plain s | plugin overhead | module page HTML bytes | "
        "first visit bytes (gzip) | peak MB (with plugin) |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    pages: dict[int, tuple[int, int]] = {}
    overheads: dict[int, float] = {}
    hooked_seconds: dict[int, float] = {}
    memory: dict[int, float] = {}
    for count in sizes.build:
        project = make_project(scratch / f"build-{count}", count)
        plain_root = plain_project(project, scratch / f"plain-{count}")
        hooked, plain = _alternating(
            [
                ([python, "-m", "mkdocs", "build", "--strict"], project),
                ([python, "-m", "mkdocs", "build"], plain_root),
            ],
            runs,
        )
        pages[count] = module_page_bytes(project / "site")
        overheads[count] = (hooked.seconds - plain.seconds) / hooked.seconds
        hooked_seconds[count] = hooked.seconds
        if count == max(sizes.build):
            site = project / "site"
            index = len(gzip.compress((site / "search" / "search_index.json").read_bytes(), 6))
            report.glance += [
                (f"`mkdocs build`, {count} modules", f"{hooked.seconds:.0f} s"),
                ("peak memory of that build", f"{hooked.peak_memory_mb:.0f} MB"),
                (
                    "search index, fetched when a reader first searches (gzip)",
                    f"{index / 1e6:.1f} MB",
                ),
                (
                    "print page (`cetak/`), every module on one page",
                    f"{(site / 'cetak' / 'index.html').stat().st_size / 1e6:.1f} MB",
                ),
                ("first visit to a module page (gzip)", f"{pages[count][1] / 1000:.0f} KB"),
            ]
        memory[count] = hooked.peak_memory_mb
        lines.append(
            f"| {count} | {hooked.seconds:.2f} | {plain.seconds:.2f} | {overheads[count]:.0%} | "
            f"{pages[count][0]:,} | {pages[count][1]:,} | {hooked.peak_memory_mb:.0f} |"
        )
        shutil.rmtree(plain_root)
        if count not in sizes.serve:
            shutil.rmtree(project)
    smallest, largest = min(pages), max(pages)
    html_growth = pages[largest][0] / pages[smallest][0]
    visit_growth = pages[largest][1] / pages[smallest][1]
    build_growth = hooked_seconds[largest] / hooked_seconds[smallest]
    lines += [
        "",
        f"From {smallest} to {largest} modules ({largest / smallest:g}x the pages), the build "
        f"takes {build_growth:.1f}x as long, a module page's HTML grows {html_growth:.2f}x "
        f"and its first-visit bytes {visit_growth:.2f}x.",
    ]
    middle = sorted(overheads)[len(overheads) // 2]
    report.targets += [
        (
            f"plugin overhead <= {PLUGIN_SHARE:.0%} of the build, {middle} modules",
            f"{overheads[middle]:.0%}",
            _met(overheads[middle] <= PLUGIN_SHARE),
        ),
        (
            f"module page HTML, {largest} modules <= {GROWTH:g}x {smallest} modules",
            f"{html_growth:.2f}x",
            _met(html_growth <= GROWTH),
        ),
        (
            f"first-visit bytes, {largest} modules <= {GROWTH:g}x {smallest} modules",
            f"{visit_growth:.2f}x",
            _met(visit_growth <= GROWTH),
        ),
        (
            f"build of {largest} modules < {BUILD_SECONDS_AT_1000} s",
            f"{hooked_seconds[largest]:.1f} s",
            _met(hooked_seconds[largest] < BUILD_SECONDS_AT_1000),
        ),
        (
            f"peak memory of the build, {largest} modules",
            f"{memory[largest]:.0f} MB",
            "measured",
        ),
    ]

    lines += [
        "",
        "## `mkdocs serve`: saving one module",
        "",
        f"The title of one module is changed {SERVE_EDITS} times while `mkdocs serve` runs. "
        "*Served after* is the time from saving the file to the rebuilt site being served "
        "(the file watcher's wait and the reading of mkdocs.yml included); *build* is the "
        "build from the plugin's first event to its last; *Silabus* is the plugin's own work "
        "in it.",
        "",
        "| modules | served after s | build s | Silabus s | Silabus's share |",
        "| ---: | ---: | ---: | ---: | ---: |",
    ]
    for count in sizes.serve:
        project = scratch / f"build-{count}"
        if not project.exists():
            make_project(project, count)
        rebuilds = serve_rebuilds(project, SERVE_EDITS)
        served = statistics.median(r.served_after for r in rebuilds)
        saving = f"`mkdocs serve`, {count} modules: from saving a module to the new page"
        report.glance.append((saving, f"{served:.0f} s"))
        build = statistics.median(r.build for r in rebuilds)
        own = statistics.median(r.silabus for r in rebuilds)
        lines.append(f"| {count} | {served:.2f} | {build:.2f} | {own:.2f} | {own / served:.0%} |")
        report.targets.append(
            (
                f"Silabus's share of a serve rebuild <= {SERVE_SHARE:.0%}, {count} modules",
                f"{own / served:.0%}",
                _met(own / served <= SERVE_SHARE),
            )
        )
        shutil.rmtree(project)
    lines.append("")
    return report


def machine() -> str:
    """The machine and the versions the figures were measured with."""
    from importlib.metadata import version

    cpu = platform.processor() or platform.machine()
    try:
        found = re.search(r"model name\s*:\s*(.+)", Path("/proc/cpuinfo").read_text())
        cpu = found.group(1).strip() if found else cpu
    except OSError:
        pass
    packages = ", ".join(
        f"{name} {version(name)}"
        for name in ("silabus", "mkdocs", "mkdocs-material", "PyYAML", "pydantic", "Markdown")
    )
    return (
        f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}; {packages}."
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="small sizes, to try the harness")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="silabus-scale-") as scratch:
        report = measure(QUICK if arguments.quick else FULL, arguments.runs, Path(scratch))
    print("\n".join(report.lines))
    for target, value, verdict in report.targets:
        print(f"{target}: {value} ({verdict})")


if __name__ == "__main__":
    main()
