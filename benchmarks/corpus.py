"""How long `silabus validate` takes on each case of the corpus of broken curricula,
against validating the (valid) sample curriculum in the same run.

The target is that no case, however broken or hostile (10 MB files, alias bombs,
10,000-deep nesting), takes longer than 2 seconds; the table shows each case's
time as a ratio to the sample, so the figures compare across machines.

    python -m benchmarks.corpus [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
from pathlib import Path

from tests.corpus import all_cases, assemble, copy_base, validate

TARGET_SECONDS = 2.0


def _median_run(root: Path, runs: int) -> tuple[float, float]:
    """Median seconds and the largest peak memory (MB) of `runs` validations."""
    results = [validate(root) for _ in range(runs)]
    return statistics.median(r.seconds for r in results), max(r.peak_memory_mb for r in results)


def measure(runs: int) -> list[str]:
    """The corpus table, as Markdown lines."""
    with tempfile.TemporaryDirectory() as scratch:
        sample = Path(scratch) / "sample"
        copy_base("sample", sample)
        baseline, baseline_memory = _median_run(sample, runs)
        rows = []
        for case in all_cases():
            root = assemble(case, Path(scratch) / case.name)
            seconds, memory = _median_run(root, runs)
            rows.append((case.name, seconds, seconds / baseline, memory))

    slowest = max(rows, key=lambda row: row[1])
    return [
        "## Corpus of broken curricula: `silabus validate` per case",
        "",
        f"Median of {runs} runs. Baseline: the valid sample curriculum, "
        f"{baseline:.2f} s, {baseline_memory:.0f} MB.",
        "",
        f"Slowest: {slowest[0]}, {slowest[1]:.2f} s ({slowest[2]:.2f}x the sample); "
        f"target: under {TARGET_SECONDS:.0f} s for every case: "
        + ("met." if slowest[1] < TARGET_SECONDS else "**missed**."),
        "",
        "| case | seconds | ratio to sample | peak MB |",
        "| --- | ---: | ---: | ---: |",
        *(f"| {name} | {s:.2f} | {r:.2f} | {m:.0f} |" for name, s, r, m in rows),
        "",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    arguments = parser.parse_args()
    print("\n".join(measure(arguments.runs)))


if __name__ == "__main__":
    main()
