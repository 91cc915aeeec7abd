"""Build time per material page: a Carpentries-style lesson (benchmarks/lesson.py: one
module of 14 episodes, about 25,000 words, 30 figures) built by `mkdocs build --strict`
with the plugin, against a plain MkDocs build of the same episodes' Markdown (docs/,
the same theme and Markdown extensions, no plugin), measured in the same run.

Both as a command, Python's start and imports included: what an author waits for.
Runs of the two alternate (A, B, A, B, ...), so that a machine busy for a while slows
both alike; each figure is the median of its runs. The target is a ratio, so it
compares across machines: what each material page adds to Silabus's build within
15% of what it adds to plain MkDocs's (the whole build, which also holds what any
curriculum costs once, is reported beside it).

    python -m benchmarks.materials [--quick] [--runs N] [--profile]

`--profile` also writes pyinstrument's profile of each build (text) into the
current folder.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.lesson import make_lesson, make_plain_lesson
from benchmarks.scale import _ENVIRONMENT, Report, _alternating, _met

TARGET = 1.15
_OWN_WORK = re.compile(r"Silabus's own work in this build: ([\d.]+) of ([\d.]+) seconds")


def _own_work(project: Path, runs: int) -> tuple[float, float]:
    """Median of Silabus's own work and of the build it is part of, as the plugin
    reports them with -v (the libraries' imports are not in them)."""
    own: list[float] = []
    build: list[float] = []
    for _ in range(runs):
        run = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "-v"],
            cwd=project,
            capture_output=True,
            text=True,
            env=_ENVIRONMENT,
            check=False,
            timeout=600,
        )
        found = _OWN_WORK.search(run.stderr)
        if run.returncode != 0 or found is None:
            raise SystemExit(f"mkdocs build -v failed in {project}:\n{run.stderr[-2000:]}")
        own.append(float(found.group(1)))
        build.append(float(found.group(2)))
    return statistics.median(own), statistics.median(build)


def _pages(site: Path) -> int:
    return sum(1 for _ in site.rglob("*.html")) - (site / "404.html").exists()


def measure(runs: int, scratch: Path) -> Report:
    python = sys.executable
    project, plain_root = scratch / "lesson-silabus", scratch / "lesson-plain"
    lesson = make_lesson(project)
    make_plain_lesson(plain_root)
    # The same projects without the episodes: what a build costs before its pages.
    bare, plain_bare = scratch / "lesson-silabus-bare", scratch / "lesson-plain-bare"
    make_lesson(bare, episodes=False)
    make_plain_lesson(plain_bare, episodes=False)
    episodes = len(lesson.episodes)
    build = [python, "-m", "mkdocs", "build", "--strict"]
    silabus, plain, silabus_bare, plain_base = _alternating(
        [(build, project), (build, plain_root), (build, bare), (build, plain_bare)], runs
    )
    own, within = _own_work(project, runs)
    ratio = silabus.seconds / plain.seconds
    added = (silabus.seconds - silabus_bare.seconds) / episodes
    added_plain = (plain.seconds - plain_base.seconds) / episodes
    # On a busy machine the builds' noise can exceed what the pages add: no ratio then.
    measurable = added > 0 and added_plain > 0
    added_ratio = f"{added / added_plain:.2f}x" if measurable else "not measurable"
    report = Report([], [])
    report.lines += [
        "## Material pages: a lesson built with Silabus against plain MkDocs",
        "",
        f"The lesson of `benchmarks/lesson.py`: one module of {episodes} episodes "
        f"({lesson.words:,} words, {len(lesson.figures)} figures, code in lists and "
        "notes, tables, links between episodes). *Silabus* builds it from the module's "
        "folder with the plugin; *plain MkDocs* builds the same Markdown written as "
        "`docs/*.md`, with the same theme and Markdown extensions and no plugin. Both "
        "are `mkdocs build --strict` as a command, Python's start and imports included; "
        f"*per material page* is the build's time over the {episodes} episodes. Silabus "
        "also publishes the pages it makes for every curriculum (program, agenda, the "
        "module's page, summary, the print page, which holds every episode once more).",
        "",
        "| | Silabus | plain MkDocs |",
        "| --- | ---: | ---: |",
        f"| build, s | {silabus.seconds:.2f} | {plain.seconds:.2f} |",
        f"| per material page, ms | {silabus.seconds / episodes * 1000:.0f} | "
        f"{plain.seconds / episodes * 1000:.0f} |",
        f"| build without the episodes, s | {silabus_bare.seconds:.2f} | "
        f"{plain_base.seconds:.2f} |",
        f"| added by each material page, ms | {added * 1000:.0f} | {added_plain * 1000:.0f} |",
        f"| HTML pages published | {_pages(project / 'site')} | {_pages(plain_root / 'site')} |",
        f"| peak memory, MB | {silabus.peak_memory_mb:.0f} | {plain.peak_memory_mb:.0f} |",
        "",
        "*Without the episodes* is the same project with the module's folder (or "
        "`docs/*.md`) left out: Python's start, imports, reading mkdocs.yml and the "
        "theme, and the pages every build has; *added by each material page* is what "
        "the episodes add to that, over their number.",
        "",
        f"Per material page, Silabus takes {ratio:.2f}x the time of plain MkDocs; what "
        f"each page adds to a build is {added_ratio}. Of its "
        f"build ({within:.2f} s from the plugin's first event to its last, as "
        f"`mkdocs build -v` reports it), Silabus's own work is {own:.2f} s "
        f"({own / within:.0%}).",
        "",
    ]
    # The target is what each page costs; the whole build also holds what any
    # curriculum costs once (the core's imports, the program's pages), which a lesson
    # of few pages shows large.
    report.targets += [
        (
            f"what each material page adds to a build <= {TARGET:g}x plain MkDocs, a "
            f"lesson of {episodes} episodes",
            added_ratio,
            _met(added / added_plain <= TARGET)
            if measurable
            else "unmeasured: the machine was too busy; run again on a quiet one",
        ),
        (
            f"the whole build of that lesson against plain MkDocs, {episodes} episodes",
            f"{ratio:.2f}x",
            "measured",
        ),
    ]
    report.glance.append(
        (
            f"`mkdocs build`, a lesson of {episodes} episodes, per episode",
            f"{silabus.seconds / episodes * 1000:.0f} ms",
        )
    )
    return report


def profile(scratch: Path, folder: Path) -> list[Path]:
    """pyinstrument's profile of the Silabus build and of the plain one, as text."""
    written = []
    for name, make in (("silabus", make_lesson), ("plain", make_plain_lesson)):
        project = scratch / f"profile-{name}"
        make(project)
        output = folder / f"lesson-profile-{name}.txt"
        run = subprocess.run(
            [
                sys.executable,
                "-m",
                "pyinstrument",
                "--show-all",
                "-o",
                str(output.resolve()),
                "-m",
                "mkdocs",
                "build",
                "--strict",
            ],
            cwd=project,
            capture_output=True,
            text=True,
            env=_ENVIRONMENT,
            check=False,
            timeout=600,
        )
        if run.returncode != 0:
            raise SystemExit(f"pyinstrument failed in {project}:\n{run.stderr[-2000:]}")
        written.append(output)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="one run, to try the harness")
    parser.add_argument("--profile", action="store_true", help="also profile both builds")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="silabus-lesson-") as scratch:
        report = measure(1 if arguments.quick else arguments.runs, Path(scratch))
        profiles = profile(Path(scratch), Path.cwd()) if arguments.profile else []
    print("\n".join(report.lines))
    for target, value, verdict in report.targets:
        print(f"{target}: {value} ({verdict})")
    for path in profiles:
        print(f"Profile written to {path}")


if __name__ == "__main__":
    main()
