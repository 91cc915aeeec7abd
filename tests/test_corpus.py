"""Every case of the corpus of broken curricula (tests/cases/), run as a trainer
would run it: `silabus validate`, then `mkdocs build --strict` over a good site.

Per case: the exact lines of `expected.txt`; exit status 1 for an error, 0 for a
warning or an accepted file (whose build --strict must then fail or pass); no
traceback; at most 200 MB of memory; and, when the build fails, the project and
its existing site/ left exactly as they were. How long each case takes is
measured by benchmarks/corpus.py, not asserted here.
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest

from tests.conftest import mkdocs_lines, snapshot
from tests.corpus import (
    PROBLEM_LINE,
    TRAINER_GUIDE,
    Case,
    all_cases,
    assemble,
    build,
    common_mistakes_section,
    copy_base,
    measured,
    validate,
)

CASES = all_cases()
MEMORY_LIMIT_MB = 200


@pytest.fixture(scope="session")
def good_sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A site built from each base, to put where a broken build must not touch it."""
    sites = {}
    for base in ("minimal", "sample"):
        root = tmp_path_factory.mktemp(f"good-{base}") / "project"
        copy_base(base, root)
        result = build(root)
        assert result.returncode == 0, result.stderr
        sites[base] = root / "site"
    return sites


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_case(case: Case, good_sites: dict[str, Path], tmp_path: Path) -> None:
    root = assemble(case, tmp_path / "project")
    shutil.copytree(good_sites[case.base], root / "site")
    before = snapshot(root, with_times=True)

    checked = validate(root, "id")
    in_english = validate(root, "en")

    assert checked.stdout == case.expected_in("id")
    assert in_english.stdout == case.expected_in("en")
    for run in (checked, in_english):
        assert run.returncode == (1 if case.expect == "error" else 0)
        assert "Traceback" not in run.stderr
        assert run.peak_memory_mb < MEMORY_LIMIT_MB
    for line in checked.stdout.splitlines()[:-1]:
        assert PROBLEM_LINE.match(line) or line.startswith(("    saran: ", "... dan ")), line
    for line in in_english.stdout.splitlines()[:-1]:
        assert ENGLISH_LINE.match(line), line
    # One problem, one code, in both languages.
    assert _codes(checked.stdout) == _codes(in_english.stdout)

    built = build(root)

    assert "Traceback" not in built.stderr
    assert built.peak_memory_mb < MEMORY_LIMIT_MB
    if case.expect == "accepted":
        assert built.returncode == 0, built.stderr
        for page, texts in case.page_contains.items():
            exported = _exported_page(root, page)
            for text in texts:
                assert text in exported, (page, text)
    else:
        assert built.returncode == 1
        reported = mkdocs_lines(built.stderr)
        for line in checked.stdout.splitlines()[:-1]:
            if not line.startswith("    hint:"):
                assert line in reported
        assert snapshot(root, with_times=True) == before, (
            "a failed build changed the project or its site"
        )


ENGLISH_LINE = re.compile(
    r"(curriculum/.+?:\d+:\d+: (error|warning|note): .*  \[[A-Z]\d{3}\]$|    hint: |\.\.\. and )"
)


def _codes(output: str) -> list[str]:
    return re.findall(r"  \[([A-Z]\d{3})\]$", output, re.MULTILINE)


def _exported_page(root: Path, page: str) -> str:
    out = root / "exported"
    result = measured([sys.executable, "-m", "silabus", "export", str(out)], root)
    assert result.returncode == 0, result.stderr
    return (out / page).read_text(encoding="utf-8")


def test_the_corpus_covers_at_least_forty_cases() -> None:
    assert len(CASES) >= 40


def test_trainer_guide_lists_the_common_mistakes_of_the_corpus() -> None:
    guide = TRAINER_GUIDE.read_text(encoding="utf-8")
    assert common_mistakes_section(CASES) in guide, (
        "the common mistakes in the trainer guide differ from the corpus; "
        "run `python -m tests.corpus` and review the change"
    )
