"""Property tests: whatever a curriculum file holds, Silabus answers with a valid
curriculum or with diagnostics, never with an uncaught exception.

The runs are short in `make test`; `make fuzz` runs the same properties with
many more examples (the `fuzz` Hypothesis profile).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from silabus.diagnostics import Diagnostic
from silabus.load import load_document
from silabus.parse import parse_module, parse_program
from silabus.pipeline import validate_project
from silabus.render import render_site
from silabus.rich_text import removals, structure_problem, to_html

REPOSITORY = Path(__file__).resolve().parent.parent
SAMPLE_FILES = sorted((REPOSITORY / "curriculum").rglob("*.yml"))
YAML_CHARACTERS = st.sampled_from(
    [
        *"abcdefghijklmnopqrstuvwxyz0123456789 :-[]{}(),'\"#&*!|>%@`?\\\t\n\r.~=+</;",
        *("\u00e9", "\u0430", "\x00", "\x07", "\ufeff", "\u2028", "\U0001f600", "\ud800"),
    ]
)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(max_size=30),
)
STRUCTURES = st.recursive(
    SCALARS,
    lambda children: st.one_of(
        st.lists(children, max_size=5),
        st.dictionaries(st.text(max_size=12), children, max_size=5),
    ),
    max_leaves=25,
)
FIELD_NAMES = st.sampled_from(
    ["id", "title", "summary", "description", "learning_outcome", "success_indicators",
     "topics", "jp", "total", "theory", "methods", "prerequisites", "tags", "agendas",
     "modules", "language", "jp_minutes", "subtopics"]
)  # fmt: skip
MODULE_LIKE = st.dictionaries(FIELD_NAMES, STRUCTURES, max_size=8)

SUPPRESSED = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]


def _write(folder: Path, content: bytes) -> Path:
    file = folder / "fuzzed.yml"
    file.write_bytes(content)
    return file


def _assert_well_formed(diagnostics: list[Diagnostic]) -> None:
    for diagnostic in diagnostics:
        assert diagnostic.line >= 1 and diagnostic.column >= 1
        assert diagnostic.message
        assert "\n" not in diagnostic.format().split("\n    hint: ")[0]


def _load_and_parse(folder: Path, content: bytes) -> None:
    document, diagnostics = load_document(_write(folder, content), "curriculum/fuzzed.yml")
    _assert_well_formed(diagnostics)
    if document is not None:
        for parse in (parse_module, parse_program):
            _, problems = parse(document)
            _assert_well_formed(problems)


@settings(suppress_health_check=SUPPRESSED)
@given(text=st.text(YAML_CHARACTERS, max_size=300))
def test_any_text_loads_or_gives_diagnostics(tmp_path: Path, text: str) -> None:
    _load_and_parse(tmp_path, text.encode("utf-8", errors="surrogatepass"))


@settings(suppress_health_check=SUPPRESSED)
@given(content=st.binary(max_size=300))
def test_any_bytes_load_or_give_diagnostics(tmp_path: Path, content: bytes) -> None:
    _load_and_parse(tmp_path, content)


@settings(suppress_health_check=SUPPRESSED)
@given(data=MODULE_LIKE)
def test_any_yaml_structure_parses_or_gives_diagnostics(tmp_path: Path, data: object) -> None:
    text = yaml.safe_dump(data, allow_unicode=True)
    _load_and_parse(tmp_path, text.encode("utf-8", errors="surrogatepass"))


@st.composite
def mutated_sample(draw: st.DrawFn) -> tuple[str, bytes]:
    """A sample file with a few random edits: lines dropped, doubled, swapped,
    indented or cut, and characters inserted."""
    file = draw(st.sampled_from(SAMPLE_FILES))
    lines = file.read_bytes().split(b"\n")
    for _ in range(draw(st.integers(1, 4))):
        if not lines:
            break
        index = draw(st.integers(0, len(lines) - 1))
        edit = draw(st.sampled_from(["drop", "double", "swap", "indent", "cut", "insert"]))
        if edit == "drop":
            del lines[index]
        elif edit == "double":
            lines.insert(index, lines[index])
        elif edit == "swap" and index + 1 < len(lines):
            lines[index], lines[index + 1] = lines[index + 1], lines[index]
        elif edit == "indent":
            lines[index] = b" " * draw(st.integers(1, 3)) + lines[index]
        elif edit == "cut":
            lines[index] = lines[index][: draw(st.integers(0, len(lines[index])))]
        elif edit == "insert":
            at = draw(st.integers(0, len(lines[index])))
            extra = draw(st.text(YAML_CHARACTERS, min_size=1, max_size=5))
            lines[index] = (
                lines[index][:at] + extra.encode("utf-8", "surrogatepass") + lines[index][at:]
            )
    return file.relative_to(REPOSITORY).as_posix(), b"\n".join(lines)


@settings(suppress_health_check=SUPPRESSED)
@given(mutation=mutated_sample())
def test_a_mutated_sample_validates_or_gives_diagnostics(
    tmp_path: Path, mutation: tuple[str, bytes]
) -> None:
    relative, content = mutation
    root = tmp_path / "project"
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(REPOSITORY / "curriculum", root / "curriculum")
    (root / relative).write_bytes(content)

    validation = validate_project(root)

    _assert_well_formed(validation.diagnostics)
    if validation.curriculum is not None:
        site = render_site(validation.curriculum)
        assert site.pages
    else:
        assert validation.diagnostics


MARKDOWN_PIECES = st.sampled_from(
    ["**", "_", "`", "```", "[", "](", ")", "<", ">", "</", "a", "href=", "javascript:",
     "https://x.id", "#", "- ", "1. ", "> ", "!!! note", "|", "---", "\n", "\n\n", "    ",
     "<script>", "<img src=x onerror=", "<!--", "-->", "&", "&#", ";", "=", "'", '"', "\u00a0"]
)  # fmt: skip


@settings(suppress_health_check=SUPPRESSED)
@given(pieces=st.lists(MARKDOWN_PIECES, max_size=60))
def test_any_markdown_renders_clean_or_is_refused(pieces: list[str]) -> None:
    text = "".join(pieces)
    if structure_problem(text) is None:
        html = to_html(text)
        assert "<script" not in html.lower()
        assert "onerror" not in html.lower() or "&lt;" in html
        assert isinstance(removals(text), list)
