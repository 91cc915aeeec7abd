"""Curriculum text is untrusted: the usual XSS payloads, put into every text and
Markdown field, must come out of a real build as inert text in every output file
(pages, navigation, titles, meta tags, search index, sitemap)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
import yaml
from icalendar import Calendar

from tests.conftest import Project

PAYLOADS = [
    "<script>alert('xss-1')</script>",
    "<img src=x onerror=alert('xss-2')>",
    "<svg onload=alert('xss-3')>",
    '"><script>alert("xss-4")</script>',
    "'><img src=x onerror=alert('xss-5')>",
    "</title><script>alert('xss-6')</script>",
    "<iframe src=javascript:alert('xss-7')></iframe>",
    "[klik](javascript:alert('xss-8'))",
    "[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgneHNzLTknKTwvc2NyaXB0Pg==)",
    "<a href=\"javascript:alert('xss-10')\">klik</a>",
    "<p onmouseover=\"alert('xss-11')\">x</p>",
    "<details open ontoggle=alert('xss-12')>",
    "&lt;script&gt;alert('xss-13')&lt;/script&gt;",
    "{{ config.site_name }}{% raw %}<script>alert('xss-14')</script>",
    "<style>body{background:url(javascript:alert('xss-15'))}</style>",
    "javascript:alert('xss-16')",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert('xss-17')>",
    "--><script>alert('xss-18')</script><!--",
]
TEXT_FIELDS = ["title", "summary", "learning_outcome"]
TEXT_LIST_FIELDS = ["success_indicators", "methods", "media", "assessment", "tags"]
EVENT_PROPERTIES = {"SUMMARY", "DTSTART", "DTEND", "DTSTAMP", "UID", "DESCRIPTION", "LOCATION"}
DANGEROUS_URL = re.compile(r"^\s*(javascript|data|vbscript):", re.IGNORECASE)


def _fill(project: Project, value_for: Callable[[str], str]) -> None:
    """Every text and Markdown field of the program and the studi-tiru module set to
    `value_for(field name)`."""
    program_file = "curriculum/program.yml"
    program: dict[str, Any] = yaml.safe_load(project.read(program_file))
    program["title"] = value_for("program.title")
    program["organizer"] = value_for("program.organizer")
    program["description"] = value_for("program.description")
    for agenda in program["agendas"]:
        agenda["title"] = value_for("agenda.title")
        agenda["description"] = value_for("agenda.description")
    project.write(program_file, yaml.safe_dump(program, allow_unicode=True, sort_keys=False))

    module_file = "curriculum/modules/studi-tiru.yml"
    module: dict[str, Any] = yaml.safe_load(project.read(module_file))
    for name in TEXT_FIELDS:
        module[name] = value_for(f"module.{name}")
    for name in TEXT_LIST_FIELDS:
        module[name] = [value_for(f"module.{name}"), "biasa"]
    # Tags refuse & < > " and backslashes outright; the rest of a payload may stay.
    module["tags"] = [re.sub(r'[&<>"\\]', "", value_for("module.tags"))[:40].strip(), "biasa"]
    module["description"] = value_for("module.description")
    module["topics"] = [{"title": value_for("topic.title"), "subtopics": [value_for("subtopic")]}]
    module["key_points"] = [value_for("module.key_points")]
    module["self_check"] = [
        {
            "question": value_for("question.question"),
            "choices": [
                {"text": value_for("choice.text"), "correct": True},
                {"text": value_for("choice.text")},
            ],
            "explanation": value_for("question.explanation"),
        }
    ]
    module["exercises"] = [
        {
            "title": value_for("exercise.title"),
            "task": value_for("exercise.task"),
            "model_answer": value_for("exercise.model_answer"),
        }
    ]
    project.write(module_file, yaml.safe_dump(module, allow_unicode=True, sort_keys=False))

    references_file = "curriculum/references.yml"
    references: dict[str, Any] = yaml.load(project.read(references_file), Loader=yaml.BaseLoader)
    for reference in references["references"]:
        for name in ("short_title", "title", "issuer", "note"):
            reference[name] = value_for(f"reference.{name}")
    project.write(references_file, yaml.safe_dump(references, allow_unicode=True, sort_keys=False))

    glossary_file = "curriculum/glossary.yml"
    glossary: dict[str, Any] = yaml.load(project.read(glossary_file), Loader=yaml.BaseLoader)
    for term in glossary["terms"]:
        term["definition"] = value_for("term.definition")
        term["english"] = value_for("term.english")
    project.write(glossary_file, yaml.safe_dump(glossary, allow_unicode=True, sort_keys=False))

    worksheet_file = "curriculum/worksheets/studi-tiru.yml"
    worksheet: dict[str, Any] = yaml.load(project.read(worksheet_file), Loader=yaml.BaseLoader)
    worksheet["title"] = value_for("worksheet.title")
    worksheet["instructions"] = value_for("worksheet.instructions")
    for section in worksheet["sections"]:
        section["title"] = value_for("section.title")
        for prompt in section.get("prompts", []):
            prompt["label"] = value_for("prompt.label")
        if "table" in section:
            section["table"]["columns"] = [value_for("table.column")]
    project.write(worksheet_file, yaml.safe_dump(worksheet, allow_unicode=True, sort_keys=False))

    # Read as text only: PyYAML would turn 08:00 into a number of minutes.
    cohort_file = "curriculum/cohorts/angkatan-ii-2027.yml"
    cohort: dict[str, Any] = yaml.load(project.read(cohort_file), Loader=yaml.BaseLoader)
    cohort["name"] = value_for("cohort.name")
    cohort["venue"] = value_for("cohort.venue")
    for phase in cohort["phases"]:
        phase["title"] = value_for("phase.title")
        phase["description"] = value_for("phase.description")
        for day in phase["days"][:2]:
            day["title"] = value_for("day.title")
            for item in day["sessions"]:
                item["title"] = value_for("session.title")
                item["room"] = value_for("session.room")
                item["venue"] = value_for("session.venue")
                item["leaders"] = [
                    {"role": value_for("leader.role"), "name": value_for("leader.name")}
                ]
    project.write(cohort_file, yaml.safe_dump(cohort, allow_unicode=True, sort_keys=False))


class _Page(HTMLParser):
    """Elements of a built page that could run script."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.handlers: list[str] = []
        self.urls: list[str] = []
        self.script_texts: list[str] = []
        self.data_texts: list[str] = []  # JSON-LD: data, never run
        self.tags: list[str] = []
        self._in_script = False
        self._in_data = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self._in_data = tag == "script" and ("type", "application/ld+json") in attrs
        self._in_script = tag == "script" and not self._in_data
        for name, value in attrs:
            if name.startswith("on"):
                self.handlers.append(f"<{tag} {name}={value}>")
            if name in {"href", "src", "action", "formaction", "data"} and value:
                self.urls.append(value)

    def handle_endtag(self, tag: str) -> None:
        self._in_script = self._in_data = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.script_texts.append(data)
        elif self._in_data:
            self.data_texts.append(data)


def _outputs(site: Path) -> Iterator[Path]:
    yield from sorted(path for path in site.rglob("*") if path.is_file())


def _assert_html_inert(html: str, where: object) -> None:
    page = _Page()
    page.feed(html)
    page.close()
    assert page.handlers == [], where
    assert [url for url in page.urls if DANGEROUS_URL.match(url)] == [], where
    assert not any("xss-" in text for text in page.script_texts), where
    for data in page.data_texts:  # whole JSON: no text ended the element early
        assert isinstance(json.loads(data), dict), where
    # <details> is Silabus's own (answers); one from curriculum text would carry its
    # handler, which the check above catches.
    assert not {"iframe", "object", "embed", "math", "style"} & set(page.tags), where


def _assert_inert(site: Path) -> None:
    for path in _outputs(site):
        if path.suffix == ".html":
            _assert_html_inert(path.read_text(encoding="utf-8"), path)
        elif path.name == "search_index.json":
            # Material's search shows titles and text as HTML.
            for entry in json.loads(path.read_text(encoding="utf-8"))["docs"]:
                for key in ("title", "text"):
                    _assert_html_inert(entry[key], (entry["location"], key))
                    assert "<script" not in entry[key].lower(), (entry["location"], key)
        elif path.suffix == ".xml":
            ElementTree.parse(path)  # well-formed: nothing broke out of a <loc>
        elif path.suffix == ".ics":
            # Well-formed: no text broke out of its property into a line of its own.
            calendar = Calendar.from_ical(path.read_bytes())
            assert calendar.walk("VEVENT"), path
            for event in calendar.walk("VEVENT"):
                assert set(event) <= EVENT_PROPERTIES, (path, set(event) - EVENT_PROPERTIES)


@pytest.mark.parametrize("payload", ["all-at-once", "one-per-field"])
def test_xss_payloads_in_every_field_stay_inert(project: Project, payload: str) -> None:
    fields: list[str] = []

    def value_for(field: str) -> str:
        fields.append(field)
        if payload == "all-at-once":
            return " ".join(PAYLOADS)
        return PAYLOADS[len(fields) % len(PAYLOADS)]

    _fill(project, value_for)
    result = project.mkdocs_build()  # warnings about removed markup are expected

    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    _assert_inert(project.path("site"))
    page = project.read("site/modul/studi-tiru/index.html")
    if payload == "all-at-once":
        # The payloads are shown, as text, where the trainer typed them.
        assert "&lt;script&gt;alert(&#39;xss-1&#39;)&lt;/script&gt;" in page or (
            "&lt;script&gt;alert('xss-1')&lt;/script&gt;" in page
        )


def test_removed_markup_is_reported_for_each_markdown_field(project: Project) -> None:
    _fill(project, lambda field: "Teks <script>alert('xss')</script> biasa.")

    result = project.silabus("validate")

    warnings = [line for line in result.stdout.splitlines() if ": warning: " in line]
    assert any("curriculum/program.yml" in line and "'description'" in line for line in warnings)
    assert any("'agendas[1].description'" in line for line in warnings)
    assert any("studi-tiru.yml" in line and "'description'" in line for line in warnings)
    assert all("the HTML tag <script>" in line for line in warnings)
