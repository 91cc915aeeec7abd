"""What the editor catches: yaml-language-server (VS Code's YAML extension's server,
from npm) reading each file that a case of the corpus of broken curricula breaks,
with the schema of its kind, as the editor does while the trainer types. A case
counts when all its errors and warnings are in one curriculum file; it is caught
when the editor marks a line Silabus names, and caught elsewhere when it marks
only other lines of that file.

    python -m benchmarks.editor
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from benchmarks.scale import Report
from tests.conftest import NODE_MODULES, REPOSITORY
from tests.corpus import all_cases, assemble

# The schema of each kind of curriculum file, by where the file is.
_KINDS = (
    (re.compile(r"^curriculum/program\.ya?ml$"), "program"),
    (re.compile(r"^curriculum/modules/[^/]+\.ya?ml$"), "module"),
    (re.compile(r"^curriculum/cohorts/[^/]+\.ya?ml$"), "cohort"),
    (re.compile(r"^curriculum/glossary\.ya?ml$"), "glossary"),
    (re.compile(r"^curriculum/references\.ya?ml$"), "references"),
    (re.compile(r"^curriculum/worksheets/[^/]+\.ya?ml$"), "worksheet"),
)
_PROBLEM = re.compile(r"^(?P<path>[^:\n]+):(?P<line>\d+):\d+: (?:error|warning): ", re.MULTILINE)
_MODELINE = "# yaml-language-server: $schema="


@dataclass(frozen=True)
class Mistake:
    case: str
    path: str  # the file, relative to the project
    kind: str
    lines: frozenset[int]  # the lines Silabus names, from 1


def single_file_mistakes() -> list[Mistake]:
    """The cases whose errors and warnings are all in one curriculum YAML file."""
    found = []
    for case in all_cases():
        problems = _PROBLEM.findall(case.expected_in("en"))
        paths = {path for path, _ in problems}
        if len(paths) != 1:
            continue
        (path,) = paths
        kind = next((kind for pattern, kind in _KINDS if pattern.match(path)), None)
        if kind is not None:
            found.append(Mistake(case.name, path, kind, frozenset(int(n) for _, n in problems)))
    return found


def measure(scratch: Path, only: set[str] | None = None) -> Report:
    """The figures over every single-file mistake of the corpus (or the cases
    named in `only`)."""
    from tests.language_server import LanguageServer

    if not (NODE_MODULES / "yaml-language-server").is_dir():
        raise SystemExit(
            "benchmarks/editor.py needs yaml-language-server from npm: run `npm ci` in the "
            "repository (`make test` does it when npm is there)"
        )
    cases = {case.name: case for case in all_cases()}
    mistakes = [m for m in single_file_mistakes() if only is None or m.case in only]
    caught = elsewhere = skipped = 0
    missed: list[str] = []
    server = LanguageServer()
    try:
        for mistake in mistakes:
            root = assemble(cases[mistake.case], scratch / mistake.case)
            if not (root / "schema").exists():
                (root / "schema").symlink_to(REPOSITORY / "schema")
            file = root / mistake.path
            if not file.is_file() or file.is_symlink():  # the mistake is the file's absence
                skipped += 1
                continue
            text = file.read_bytes().decode("utf-8", errors="replace")
            shift = 0
            if not text.startswith(_MODELINE):  # the sample's files name their schema
                depth = len(Path(mistake.path).parts) - 1
                modeline = f"{_MODELINE}{'../' * depth}schema/{mistake.kind}.schema.json\n"
                file.write_text(modeline + text, encoding="utf-8")
                shift = 1
            marked = {
                said["range"]["start"]["line"] + 1 - shift
                for said in server.diagnostics(file, seconds=20)
            }
            if marked & mistake.lines:
                caught += 1
            elif marked:
                elsewhere += 1
            else:
                missed.append(mistake.case)
    finally:
        server.close()
    return _report(len(mistakes) - skipped, caught, elsewhere, missed)


def _report(total: int, caught: int, elsewhere: int, missed: list[str]) -> Report:
    report = Report([], [])
    report.lines += [
        "## What the editor catches",
        "",
        "`benchmarks/editor.py`: yaml-language-server (npm) reads each file that a case "
        "of the corpus breaks, with the schema of its kind, as VS Code's YAML extension "
        "does while the trainer types. Cases whose errors and warnings are all in one "
        "curriculum file count; the rest need several files (an id that another file "
        "must define) or are not YAML.",
        "",
        "| single-file mistakes | caught at a line Silabus names | caught at another line "
        "| not caught |",
        "| ---: | ---: | ---: | ---: |",
        f"| {total} | {caught} ({caught / total:.0%}) | {elsewhere} | {len(missed)} |",
        "",
        "Not caught (what only `silabus validate` can say): "
        + (", ".join(f"`{name}`" for name in missed) or "none")
        + ".",
        "",
    ]
    report.glance.append(
        ("corpus mistakes the editor marks at the right line", f"{caught}/{total}")
    )
    return report


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="silabus-bench-") as scratch:
        report = measure(Path(scratch))
    print("\n".join(report.lines))


if __name__ == "__main__":
    main()
