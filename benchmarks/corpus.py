"""How long `silabus validate` takes on each case of the corpus of broken curricula,
against validating the (valid) sample curriculum in the same run.

The target is that no case, however broken or hostile (10 MB files, alias bombs,
10,000-deep nesting), takes longer than 2 seconds; the table shows each case's
time as a ratio to the sample, so the figures compare across machines.

    python -m benchmarks.corpus [--runs N] [--write benchmarks/RESULTS.md]
"""

from __future__ import annotations

import argparse
import platform
import statistics
import tempfile
from pathlib import Path

from tests.corpus import all_cases, assemble, copy_base, validate

TARGET_SECONDS = 2.0


def _median_run(root: Path, runs: int) -> tuple[float, float]:
    """Median seconds and the largest peak memory (MB) of `runs` validations."""
    results = [validate(root) for _ in range(runs)]
    return statistics.median(r.seconds for r in results), max(r.peak_memory_mb for r in results)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--write", type=Path, help="also write the table to this Markdown file")
    arguments = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        sample = Path(scratch) / "sample"
        copy_base("sample", sample)
        baseline, baseline_memory = _median_run(sample, arguments.runs)
        rows = []
        for case in all_cases():
            root = assemble(case, Path(scratch) / case.name)
            seconds, memory = _median_run(root, arguments.runs)
            rows.append((case.name, seconds, seconds / baseline, memory))

    slowest = max(rows, key=lambda row: row[1])
    lines = [
        "## Corpus of broken curricula: `silabus validate` per case",
        "",
        f"Machine: {platform.machine()}, Python {platform.python_version()}, "
        f"median of {arguments.runs} runs. Baseline: the valid sample curriculum, "
        f"{baseline:.2f} s, {baseline_memory:.0f} MB.",
        "",
        "| case | seconds | ratio to sample | peak MB |",
        "| --- | ---: | ---: | ---: |",
        *(f"| {name} | {s:.2f} | {r:.2f} | {m:.0f} |" for name, s, r, m in rows),
        "",
        f"Slowest: {slowest[0]}, {slowest[1]:.2f} s ({slowest[2]:.2f}x the sample); "
        f"target: under {TARGET_SECONDS:.0f} s for every case — "
        + ("met." if slowest[1] < TARGET_SECONDS else "MISSED."),
    ]
    print("\n".join(lines))
    if arguments.write:
        arguments.write.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
