"""How `silabus validate` grows with the sessions of one day of a cohort: the time
for 2n sessions against the time for n, measured in the same run. Twice the
sessions should take about twice the time that the sessions add; four times would
mean that every session is compared with every other one.

Three timetables, written here into copies of the sample project:

- parallel: n groups of the cohort taught at one time in n rooms (no problem);
- one room: n sessions at one time in one room (n - 1 errors);
- two cohorts: two cohort files of n / 2 sessions each, booked into one room at
  one time (the check across cohorts; n / 2 errors).

At full size the largest cohort file is nearly as large as a curriculum file may
be (1 MB): 14,000 sessions. Runs of n and 2n alternate, with the sample alone as
the baseline, so that a machine busy for a while slows them alike; each figure is
the median of its runs.

    python -m benchmarks.timetable [--quick] [--runs N]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
from collections.abc import Callable
from pathlib import Path

from tests.corpus import copy_base, validate

FULL = 7000
QUICK = 500

_HEADER = """id: {id}
name: {name}
venue: Balai Diklat
start: 2030-01-07
end: 2030-01-07
phases:
- kind: classroom
  start: 2030-01-07
  end: 2030-01-07
  days:
  - date: 2030-01-07
    sessions:
"""


def cohort_file(cohort_id: str, sessions: int, room: Callable[[int], str]) -> str:
    """A cohort with `sessions` sessions from 08:00 to 09:30 on one day, in `room(i)`."""
    lines = [_HEADER.format(id=cohort_id, name=cohort_id.replace("-", " ").title())]
    lines += [
        f"    - {{start: 08:00, end: 09:30, activity: seminar, room: {room(number)}}}\n"
        for number in range(sessions)
    ]
    return "".join(lines)


def timetables(sessions: int) -> dict[str, dict[str, str]]:
    """The cohort files of each timetable, by file name."""
    half = sessions // 2
    return {
        "parallel": {"besar.yml": cohort_file("besar", sessions, lambda n: f"R{n}")},
        "one room": {"besar.yml": cohort_file("besar", sessions, lambda n: "Aula")},
        "two cohorts": {
            "besar-a.yml": cohort_file("besar-a", half, lambda n: "Aula"),
            "besar-b.yml": cohort_file("besar-b", sessions - half, lambda n: "Aula"),
        },
    }


def project(root: Path, files: dict[str, str]) -> Path:
    """A copy of the sample project with these cohort files added."""
    copy_base("sample", root)
    for name, text in files.items():
        (root / "curriculum" / "cohorts" / name).write_text(text, encoding="utf-8")
    return root


def _seconds(root: Path) -> float:
    run = validate(root)
    if run.returncode not in (0, 1) or "Traceback" in run.stderr:
        raise SystemExit(f"silabus validate failed in {root}:\n{run.stderr[-2000:]}")
    return run.seconds


def measure(sessions: int, runs: int, scratch: Path) -> list[str]:
    """The table, as Markdown lines."""
    baseline = project(scratch / "sample", {})
    rows = []
    for name, files in timetables(sessions).items():
        folder = scratch / name.replace(" ", "-")
        single = project(folder / "n", files)
        double = project(folder / "2n", timetables(2 * sessions)[name])
        times: dict[Path, list[float]] = {baseline: [], single: [], double: []}
        for _ in range(runs):
            for root, found in times.items():
                found.append(_seconds(root))
        base, n, twice = (statistics.median(found) for found in times.values())
        part = f"{(twice - base) / (n - base):.2f}x" if n > base else "(within the noise)"
        rows.append((name, base, n, twice, twice / n, part))
        shutil.rmtree(folder)
    return [
        f"## A day of many sessions: `silabus validate` with n = {sessions:,} and 2n",
        "",
        f"Median of {runs} runs. *Growth* is the time for 2n sessions over the time for "
        "n; *growth of the sessions' part* leaves out the time of the sample curriculum "
        "alone (2x is linear, 4x would be quadratic).",
        "",
        "| timetable | sample alone, s | n sessions, s | 2n sessions, s | growth | "
        "growth of the sessions' part |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
        *(
            f"| {name} | {base:.2f} | {n:.2f} | {twice:.2f} | {whole:.2f}x | {part} |"
            for name, base, n, twice, whole, part in rows
        ),
        "",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="small sizes, to try the harness")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="silabus-bench-") as scratch:
        sessions = QUICK if arguments.quick else FULL
        print("\n".join(measure(sessions, arguments.runs, Path(scratch))))


if __name__ == "__main__":
    main()
