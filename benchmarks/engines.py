"""The engines side by side: `silabus build --engine mkdocs|properdocs|zensical` on
the sample and on synthetic curricula, and under `silabus serve`, the time from
saving one module to the page served with the change.

Builds as commands, Python's start and imports included, taking turns (A, B, C,
A, B, C, ...) so that a machine busy for a while slows each alike; each figure is
the median of its runs. No target: the figures say what each engine costs here.

    python -m benchmarks.engines [--quick] [--runs N]
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.scale import _ENVIRONMENT, Report, _alternating, _free_port
from benchmarks.synthetic import make_project
from tests.conftest import copy_sample, served_page

ENGINES = ("mkdocs", "properdocs", "zensical")
FULL_SIZES = (200, 1000)
QUICK_SIZES = (20,)
SERVE_EDITS = 3


def _wait_for(address: str, text: str, seconds: float) -> float:
    """When the page at `address` first shows `text` (perf_counter)."""
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        if text in served_page(address):
            return time.perf_counter()
        time.sleep(0.1)
    raise SystemExit(f"{address} did not show {text!r} within {seconds:.0f} s")


def served_after_saving(project: Path, engine: str, edits: int) -> list[float]:
    """Seconds from saving a module to its page served with the change, under
    `silabus serve --engine ENGINE`, for each of `edits` saves."""
    port = _free_port()
    command = [sys.executable, "-m", "silabus", "serve", "--engine", engine]
    process = subprocess.Popen(
        [*command, "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=_ENVIRONMENT,
    )
    module = project / "curriculum" / "modules" / "modul-00001.yml"
    original = module.read_text(encoding="utf-8")
    address = f"http://127.0.0.1:{port}/modul/modul-00001/"
    times: list[float] = []
    try:
        _wait_for(address, "<h1", 1800)
        for edit in range(1, edits + 1):
            time.sleep(3)  # the server is quiet again
            title = f"Modul satu, suntingan {engine} {edit}"
            edited = re.sub(r"(?m)^title: .*$", f"title: {title}", original, count=1)
            saved = time.perf_counter()
            module.write_text(edited, encoding="utf-8")
            times.append(_wait_for(address, f">{title}<", 1800) - saved)
    finally:
        module.write_text(original, encoding="utf-8")
        process.terminate()
        process.wait(timeout=60)
    return times


def measure(
    runs: int, scratch: Path, sizes: tuple[int, ...], serve_sizes: tuple[int, ...]
) -> Report:
    python = sys.executable
    report = Report([], [])
    report.lines += [
        "## Engines side by side",
        "",
        "`silabus build --engine ENGINE` as a command. MkDocs and ProperDocs run the "
        "plugin; for Zensical, Silabus renders the pages, writes them into "
        "`.silabus/zensical/` and runs `zensical build` there, then swaps the site in.",
        "",
        "| curriculum | "
        + " | ".join(f"{engine} s" for engine in ENGINES)
        + " | "
        + " | ".join(f"{engine} peak MB" for engine in ENGINES)
        + " |",
        "| --- | " + " | ".join("---:" for _ in range(2 * len(ENGINES))) + " |",
    ]
    projects = [("the sample", copy_sample(scratch / "engines-sample").root)]
    projects += [
        (f"{count} modules", make_project(scratch / f"engines-{count}", count)) for count in sizes
    ]
    for name, project in projects:
        timings = _alternating(
            [
                ([python, "-m", "silabus", "build", "--engine", engine], project)
                for engine in ENGINES
            ],
            runs,
        )
        report.lines.append(
            f"| {name} | "
            + " | ".join(f"{timing.seconds:.2f}" for timing in timings)
            + " | "
            + " | ".join(f"{timing.peak_memory_mb:.0f}" for timing in timings)
            + " |"
        )
        for engine, timing in zip(ENGINES, timings, strict=True):
            report.glance.append(
                (f"`silabus build --engine {engine}`, {name}", f"{timing.seconds:.1f} s")
            )
    report.lines += [
        "",
        "`silabus serve --engine ENGINE`: seconds from saving one module to its page served "
        f"with the change (the median of {SERVE_EDITS} saves).",
        "",
        "| curriculum | " + " | ".join(f"{engine} s" for engine in ENGINES) + " |",
        "| --- | " + " | ".join("---:" for _ in ENGINES) + " |",
    ]
    for count in serve_sizes:
        project = scratch / f"engines-{count}"
        served = [
            statistics.median(served_after_saving(project, engine, SERVE_EDITS))
            for engine in ENGINES
        ]
        report.lines.append(
            f"| {count} modules | " + " | ".join(f"{value:.1f}" for value in served) + " |"
        )
    report.lines.append("")
    for _, project in projects:
        shutil.rmtree(project, ignore_errors=True)
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="small sizes, to try the harness")
    arguments = parser.parse_args()
    sizes = QUICK_SIZES if arguments.quick else FULL_SIZES
    with tempfile.TemporaryDirectory(prefix="silabus-bench-") as scratch:
        report = measure(arguments.runs, Path(scratch), sizes, sizes[:1])
    print("\n".join(report.lines))


if __name__ == "__main__":
    main()
