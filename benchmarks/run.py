"""All benchmarks in one run: how Silabus scales (benchmarks/scale.py), how long a
material page takes to build against plain MkDocs (benchmarks/materials.py), the
engines side by side (benchmarks/engines.py), search in Indonesian
(benchmarks/search.py), what the editor catches (benchmarks/editor.py), Lighthouse
on a phone against stock Material (benchmarks/lighthouse.py), and how
long each case of the corpus of broken curricula takes to validate
(benchmarks/corpus.py).
Prints the results and writes them, with the targets and what was learned
(benchmarks/findings.md), to a Markdown file.

    python -m benchmarks.run [--quick] [--runs N] [--write benchmarks/RESULTS.md]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from benchmarks import corpus, editor, engines, lighthouse, materials, scale, search

FINDINGS = Path(__file__).with_name("findings.md")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="small sizes, to try the harness")
    parser.add_argument("--write", type=Path, help="also write the results to this Markdown file")
    arguments = parser.parse_args()

    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="silabus-bench-") as scratch:
        report = scale.measure(
            scale.QUICK if arguments.quick else scale.FULL, arguments.runs, Path(scratch)
        )
        lesson = materials.measure(arguments.runs, Path(scratch))
        sizes = engines.QUICK_SIZES if arguments.quick else engines.FULL_SIZES
        side_by_side = engines.measure(arguments.runs, Path(scratch), sizes, sizes[:1])
        indonesian = search.measure(Path(scratch), arguments.quick)
        in_the_editor = editor.measure(Path(scratch) / "editor")
        pages = lighthouse.QUICK_PAGES if arguments.quick else lighthouse.PAGES
        first_paint = lighthouse.measure(arguments.runs, Path(scratch), pages)
    for part in (lesson, side_by_side, indonesian, in_the_editor, first_paint):
        report.lines += part.lines
        report.targets += part.targets
        report.glance += part.glance
    corpus_lines = corpus.measure(1 if arguments.quick else arguments.runs)
    minutes = (time.monotonic() - started) / 60

    quick_note = " with `QUICK=1` (small sizes; the targets are for full size)"
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench`"
        + (quick_note if arguments.quick else "")
        + f", which took {minutes:.1f} minutes. Every comparison is measured in the same run, "
        f"each figure the median of {arguments.runs} run{'s' if arguments.runs > 1 else ''} "
        f"(the corpus: {1 if arguments.quick else arguments.runs}).",
        "",
        f"Machine: {scale.machine()}",
        "",
        "Curricula from `benchmarks/synthetic.py`: ten modules an agenda, text of the "
        "sample's lengths, a glossary and references they cite, and two cohorts that "
        "schedule every module (about 2,500 sessions each at 1000 modules). Curricula of "
        "more than 1000 modules have no cohorts: a cohort file of 5000 modules would be "
        "over the 1 MB a curriculum file may have.",
        "",
        "## At a glance",
        "",
        "What a trainer waits for and a participant downloads, on this machine (seconds "
        "and bytes depend on the machine; the ratios below compare across machines).",
        "",
        "| | |",
        "| --- | ---: |",
        *(f"| {what} | {value} |" for what, value in report.glance),
        "",
        "## Targets",
        "",
        "*Plugin overhead* is the share of a build's time that a plain MkDocs build of the "
        "same pages does not spend: Silabus's imports, reading and checking, rendering, "
        "and freeing its data at the end. *Silabus's share* of a serve rebuild is the time "
        "of the plugin's own events in it, as `mkdocs serve -v` reports it (the libraries "
        "are imported already). *Per material page* compares the build of a lesson's "
        "episodes with Silabus and with plain MkDocs (`benchmarks/materials.py`).",
        "",
        "| target | measured | |",
        "| --- | ---: | --- |",
        *(
            f"| {target} | {value} | {'(judged at full size)' if arguments.quick else verdict} |"
            for target, value, verdict in report.targets
        ),
        "",
        *([] if arguments.quick else [FINDINGS.read_text(encoding="utf-8").strip(), ""]),
        *report.lines,
        *corpus_lines,
    ]
    text = "\n".join(lines).rstrip() + "\n"
    print(text)
    if arguments.write:
        arguments.write.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
