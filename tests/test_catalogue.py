"""The message catalogue: every problem and phrase said in both languages with
the same places to fill, each code used by Silabus, and the language chosen as
the trainer guide says."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from silabus.catalogue import (
    choose_language,
    known_language,
    phrases,
    problems,
    say,
)
from silabus.diagnostics import Diagnostic, Severity, summary

SOURCE = Path(__file__).resolve().parent.parent / "src" / "silabus"
CODE = re.compile(r"^[A-Z]\d{3}$")


def _places(template: str | None) -> set[str]:
    if template is None:
        return set()
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _entries() -> list[tuple[str, str, str]]:
    found = [(code, p.en, p.id) for code, p in problems().items()]
    found += [(f"{code} hint", p.hint_en or "", p.hint_id or "") for code, p in problems().items()]
    found += [(key, p.en, p.id) for key, p in phrases().items()]
    return found


def test_each_entry_is_said_in_both_languages_with_the_same_places():
    wrong = []
    for key, english, indonesian in _entries():
        if _places(english) != _places(indonesian):
            wrong.append(f"{key}: {sorted(_places(english))} != {sorted(_places(indonesian))}")
        elif bool(english) != bool(indonesian):
            wrong.append(f"{key} is said in one language only")
        elif english and english == indonesian and re.search(r"[a-z]{4}", english):
            wrong.append(f"{key} is not translated")
    assert not wrong, "\n".join(wrong)


def test_codes_are_a_letter_and_three_digits():
    assert all(CODE.match(code) for code in problems()), [
        code for code in problems() if not CODE.match(code)
    ]


def test_every_code_and_phrase_is_used_by_silabus():
    used = "\n".join(
        path.read_text(encoding="utf-8")
        for path in SOURCE.rglob("*.py")
        if "catalogue" not in path.parts
    )
    unused = [key for key in [*problems(), *phrases()] if f'"{key}"' not in used]
    assert not [key for key in unused if not key.startswith(("severity.", "hint"))], unused


def test_a_text_is_put_into_words_when_shown():
    text = say("summary.checked", files=2)
    assert text.render("en") == "2 files checked"
    assert text.render("id") == "2 berkas diperiksa"
    assert str(say("summary.checked", files=1)) == "1 file checked"
    assert text == say("summary.checked", files=2)
    with pytest.raises(KeyError):
        say("no-such-message")


def test_a_diagnostic_is_read_in_either_language_with_its_code():
    found = Diagnostic("curriculum/program.yml", 3, 5, Severity.ERROR, say("Y022"))

    assert found.format(language="en").splitlines() == [
        "curriculum/program.yml:3:5: error: YAML syntax error: the quote that starts here "
        "is never closed  [Y022]",
        "    hint: close it with the same quote mark at the end of the value",
    ]
    assert found.format(language="id").startswith("curriculum/program.yml:3:5: kesalahan: ")
    assert found.format(language="id").endswith("  [Y022]\n    saran: " + found.hint_in("id"))
    assert found.format_github(language="en").startswith(
        "::error file=curriculum/program.yml,line=3,col=5::[Y022] YAML syntax error"
    )


def test_the_summary_counts_in_either_language():
    warning = Diagnostic("curriculum/program.yml", 3, 5, Severity.WARNING, say("Y022"))
    assert summary([warning], 4, "id") == (
        "Ditemukan 0 kesalahan dan 1 peringatan (4 berkas diperiksa)."
    )
    assert summary([warning], 1, "en") == "Found 0 errors and 1 warning (1 file checked)."
    assert summary([], 2, "id") == "Tidak ada masalah (2 berkas diperiksa)."


def test_the_language_comes_from_the_flag_then_the_environment_then_the_program(monkeypatch):
    monkeypatch.delenv("SILABUS_LANG", raising=False)
    assert choose_language() == "id"
    assert choose_language(program_language="en") == "en"
    monkeypatch.setenv("SILABUS_LANG", "en_GB.UTF-8")
    assert choose_language(program_language="id") == "en"
    assert choose_language("id", program_language="en") == "id"
    monkeypatch.setenv("SILABUS_LANG", "fr")
    assert choose_language(program_language="en") == "en"
    assert known_language("EN") == "en"
    assert known_language("de") is None


def _project(root: Path, program: str) -> Path:
    (root / "curriculum").mkdir(parents=True)
    (root / "curriculum" / "program.yml").write_text(program, encoding="utf-8")
    return root


def test_the_program_language_is_read_as_the_loader_reads_the_program(tmp_path: Path) -> None:
    from silabus.pipeline import program_language

    assert program_language(_project(tmp_path / "plain", "id: p\nlanguage: en\n")) == "en"
    assert program_language(_project(tmp_path / "none", "id: p\n")) is None
    # A program.yml linked to a file inside curriculum/ is read, as the loader reads it.
    linked = _project(tmp_path / "linked", "id: p\nlanguage: en\n")
    (linked / "curriculum" / "program.yml").rename(linked / "curriculum" / "real.yml")
    (linked / "curriculum" / "program.yml").symlink_to("real.yml")
    assert program_language(linked) == "en"
    # A curriculum/ that leads out of the project is not read at all.
    outside = _project(tmp_path / "outside", "id: p\nlanguage: en\n")
    project = tmp_path / "project"
    project.mkdir()
    (project / "curriculum").symlink_to(outside / "curriculum")
    assert program_language(project) is None
    # Nor a program.yml linked to a file outside curriculum/.
    leaking = _project(tmp_path / "leaking", "id: p\n")
    (leaking / "curriculum" / "program.yml").unlink()
    (leaking / "curriculum" / "program.yml").symlink_to(outside / "curriculum" / "program.yml")
    assert program_language(leaking) is None


def test_numbers_are_written_as_each_language_writes_them():
    assert say("cli.offline.wrote", path="x.zip", size=1.25).render("id") == (
        "x.zip ditulis (1,2 MB). Ekstrak lalu buka index.html."
    )
    assert (
        say("cli.offline.wrote", path="x.zip", size=1.25)
        .render("en")
        .startswith("Wrote x.zip (1.2 MB).")
    )
    assert say("materials.structure.lines", count=5000).render("id") == "lebih dari 5.000 baris"
    assert say("materials.structure.lines", count=5000).render("en") == "more than 5,000 lines"
