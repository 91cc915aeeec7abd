"""A Carpentries-style lesson (benchmarks/lesson.py: 14 episodes, 30 figures, code in
lists and notes, links between episodes) built with `mkdocs build --strict`, read as
a participant reads it: every figure is on its episode's page, sized; every link
between episodes leads to a page and a section that exist; code written in a list
item stays in the item; no text the author wrote is lost. The same episodes built
as a plain MkDocs project (the benchmark's baseline) show the same text."""

from __future__ import annotations

import html
import posixpath
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from benchmarks import materials
from benchmarks.lesson import (
    DOWNLOAD,
    FIGURE_LIMIT,
    MODULE,
    Lesson,
    lesson,
    make_lesson,
    make_plain_lesson,
)
from tests.conftest import Project, mkdocs_lines


@dataclass(frozen=True)
class Built:
    project: Project
    lesson: Lesson
    stderr: str

    def page(self, episode_id: str) -> str:
        """The address (folder) of an episode's page, or of the module's page for ""."""
        raise NotImplementedError

    def html(self, address: str) -> str:
        return self.project.read(f"site/{address}index.html")


class SilabusBuilt(Built):
    def page(self, episode_id: str) -> str:
        return f"modules/{MODULE}/{episode_id}/" if episode_id else f"modules/{MODULE}/"


class PlainBuilt(Built):
    def page(self, episode_id: str) -> str:
        return f"{episode_id}/" if episode_id else ""


def _build(project: Project) -> str:
    built = project.mkdocs_build("--strict")
    assert built.returncode == 0, built.stderr
    return built.stderr


@pytest.fixture(scope="module")
def silabus(tmp_path_factory: pytest.TempPathFactory) -> Built:
    root = tmp_path_factory.mktemp("lesson") / "silabus"
    made = make_lesson(root)
    project = Project(root)
    return SilabusBuilt(project, made, _build(project))


@pytest.fixture(scope="module")
def plain(tmp_path_factory: pytest.TempPathFactory) -> Built:
    root = tmp_path_factory.mktemp("lesson") / "plain"
    made = make_plain_lesson(root)
    project = Project(root)
    return PlainBuilt(project, made, _build(project))


@pytest.fixture(params=["silabus", "plain"])
def built(request: pytest.FixtureRequest) -> Built:
    found: Built = request.getfixturevalue(request.param)
    return found


# What the author wrote, read from the episode's Markdown.
@dataclass
class Written:
    texts: list[str] = field(default_factory=list)  # paragraphs, items, cells, titles
    code: list[tuple[str, bool]] = field(default_factory=list)  # (code, in a list item)


_FENCE = re.compile(r"( *)```(\w*)$")
_LIST_ITEM = re.compile(r"(\d+\.|-) ")
_NOTE = re.compile(r' *!!! \w+(?: "([^"]*)")?$')


def written(markdown: str) -> Written:
    """The text and code of an episode as its author wrote them. The generator's
    Markdown is regular (blocks apart by blank lines, lists and notes indented 4
    spaces), which this reads; Python-Markdown is what is tested."""
    found = Written()
    lines = markdown.split("\n")
    in_list = False
    paragraph: list[str] = []

    def end_paragraph() -> None:
        if paragraph:
            found.texts.append(plain_text(" ".join(paragraph)))
            paragraph.clear()

    index = 0
    while index < len(lines):
        line = lines[index]
        stripped = line.strip()
        index += 1
        if not stripped:
            end_paragraph()
            continue
        if not line.startswith(" "):
            in_list = bool(_LIST_ITEM.match(line)) and line[0].isdigit()
        fence = _FENCE.fullmatch(line)
        if fence:
            end_paragraph()
            indent = fence.group(1)
            body: list[str] = []
            while lines[index] != f"{indent}```":
                body.append(lines[index][len(indent) :])
                index += 1
            index += 1
            found.code.append(("\n".join(body), in_list and len(indent) >= 4))
        elif stripped.startswith("## "):
            end_paragraph()
            found.texts.append(plain_text(stripped[3:]))
        elif stripped.startswith("|"):
            end_paragraph()
            if not set(stripped) <= set("|-: "):
                found.texts += [plain_text(cell) for cell in stripped.strip("|").split("|")]
        elif note := _NOTE.fullmatch(line):
            end_paragraph()
            if note.group(1):
                found.texts.append(note.group(1))
        elif stripped.startswith("!["):
            end_paragraph()  # figures are checked on their own
        else:
            if _LIST_ITEM.match(stripped):  # an item starts its own text
                end_paragraph()
                stripped = _LIST_ITEM.sub("", stripped, count=1)
            paragraph.append(stripped)
    end_paragraph()
    return found


def plain_text(markdown: str) -> str:
    """Inline Markdown as the text a reader sees: without marks, links as their text."""
    spans: list[str] = []

    def keep(found: re.Match[str]) -> str:
        spans.append(found.group(1))
        return f"\x00{len(spans) - 1}\x00"

    text = re.sub(r"`([^`]*)`", keep, markdown)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = text.replace("*", "")
    text = re.sub("\x00(\\d+)\x00", lambda found: spans[int(found.group(1))], text)
    return " ".join(text.split())


# What a participant sees, read from the built page.
def article(page: str) -> str:
    found = re.search(r"<article\b.*?</article>", page, re.DOTALL)
    assert found is not None
    return re.sub(r'<a class="headerlink"[^>]*>.*?</a>', "", found.group())


_BLOCK_TAGS = re.compile(r"</?(p|li|ul|ol|div|h\d|pre|table|tr|td|th|br|nav)\b[^>]*>")


def shown_text(fragment: str) -> str:
    text = re.sub(r"<[^>]+>", "", _BLOCK_TAGS.sub(" ", fragment))
    return " ".join(html.unescape(text).split())


class _Blocks(HTMLParser):
    """Each <pre> of a page: its text, and whether it is inside an <li>."""

    VOID = frozenset({"img", "br", "hr", "input", "meta", "link", "source", "wbr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.pre: list[tuple[str, bool]] = []
        self._text: list[str] | None = None
        self._in_li = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "pre":
            self._text, self._in_li = [], "li" in self.open
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "pre" and self._text is not None:
            self.pre.append(("".join(self._text).rstrip("\n"), self._in_li))
            self._text = None
        if tag in self.open:
            while self.open.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if self._text is not None:
            self._text.append(data)


def code_blocks(fragment: str) -> list[tuple[str, bool]]:
    parser = _Blocks()
    parser.feed(fragment)
    parser.close()
    return parser.pre


_ANCHOR = re.compile(r"<a\b([^>]*)>(.*?)</a>", re.DOTALL)
_HREF = re.compile(r'\bhref="([^"]*)"')


def links(fragment: str) -> list[tuple[str, str]]:
    """Each link of a piece of HTML: its address and its text."""
    found = []
    for tag in _ANCHOR.finditer(fragment):
        href = _HREF.search(tag.group(1))
        if href is not None:
            found.append((html.unescape(href.group(1)), shown_text(tag.group(2))))
    return found


def resolve(site: Path, address: str, href: str) -> tuple[Path, str]:
    """The file of the site a link on the page at `address` leads to, and its fragment."""
    parts = urlsplit(href)
    path = posixpath.normpath(posixpath.join(address, parts.path)) if parts.path else address
    path = path.rstrip("/") if path != "." else ""
    target = site / path
    if target.is_dir() or not parts.path or parts.path.endswith("/"):
        target = target / "index.html"
    return target, parts.fragment


def ids(page: str) -> set[str]:
    return set(re.findall(r'\bid="([^"]*)"', page))


# The tests.
def test_the_lesson_is_the_size_of_a_real_one() -> None:
    made = lesson()
    assert len(made.episodes) == 14
    assert 24_000 <= made.words <= 26_000
    assert len(made.figures) == 30
    assert sum(figure.path.endswith(".svg") for figure in made.figures) >= 3
    assert all(len(figure.data) < FIGURE_LIMIT and figure.alt for figure in made.figures)
    sentences = [
        sentence
        for episode in made.episodes
        for text in written(episode.body).texts
        for sentence in re.split(r"(?<=[.?!])\s+(?=[A-Z*`])", text)
        if len(sentence.split()) >= 6
    ]
    assert len(sentences) > 1000
    assert len(set(sentences)) == len(sentences)  # no sentence written twice
    forms = [link.written for episode in made.episodes for link in episode.links]
    assert any(form.startswith(f"materi:{MODULE}/") and "#" in form for form in forms)
    assert any(re.fullmatch(r"[a-z-]+\.md#[a-z0-9-]+", form) for form in forms)
    assert any(re.fullmatch(r"[a-z-]+\.md", form) for form in forms)


def test_the_same_seed_gives_the_same_files(tmp_path: Path) -> None:
    make_lesson(tmp_path / "a")
    make_lesson(tmp_path / "b")
    first = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*"))
    assert first == sorted(p.relative_to(tmp_path / "b") for p in (tmp_path / "b").rglob("*"))
    for name in first:
        if (tmp_path / "a" / name).is_file():
            assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_the_build_prints_no_warning(built: Built) -> None:
    problems = [line for line in built.stderr.splitlines() if line.startswith(("WARNING", "ERROR"))]
    assert problems == []
    # Silabus's own diagnostics, in whatever level MkDocs prints them.
    assert not [line for line in mkdocs_lines(built.stderr) if ": warning: " in line]


def test_every_figure_is_on_its_episode_page_with_its_size(built: Built) -> None:
    site = built.project.path("site")
    for episode in built.lesson.episodes:
        address = built.page(episode.id)
        page = article(built.html(address))
        images = {
            html.unescape(alt.group(1)): tag.group()
            for tag in re.finditer(r"<img\b[^>]*>", page)
            if (alt := re.search(r'\balt="([^"]*)"', tag.group()))
        }
        for figure in episode.figures:
            assert figure.alt in images, (episode.id, figure.path)
            tag = images[figure.alt]
            if isinstance(built, SilabusBuilt):
                assert f'width="{figure.width}"' in tag and f'height="{figure.height}"' in tag
            source = re.search(r'\bsrc="([^"]*)"', tag)
            assert source is not None
            target, _ = resolve(site, address, html.unescape(source.group(1)))
            assert target.is_file(), (episode.id, figure.path)
            assert target.read_bytes() == figure.data, figure.path


def test_every_link_between_episodes_leads_to_a_page_and_section(built: Built) -> None:
    site = built.project.path("site")
    pages = {episode.id: episode for episode in built.lesson.episodes}
    for episode in built.lesson.episodes:
        address = built.page(episode.id)
        page = built.html(address)
        found = links(article(page))
        for href, _ in found:
            if href.startswith(("http:", "https:", "mailto:")):
                continue
            target, fragment = resolve(site, address, href)
            assert target.is_file(), (episode.id, href)
            if fragment:
                assert fragment in ids(target.read_text(encoding="utf-8")), (episode.id, href)
        resolved = {(resolve(site, address, href), text) for href, text in found}
        for link in episode.links:
            assert link.target in pages or link.target == ""
            expected = (site / built.page(link.target) / "index.html", link.anchor)
            assert (expected, link.text) in resolved, (episode.id, link)


def test_code_in_a_list_item_stays_in_the_item_and_every_line_is_kept(built: Built) -> None:
    in_lists = 0
    for episode in built.lesson.episodes:
        shown = code_blocks(article(built.html(built.page(episode.id))))
        for code, in_list in written(episode.body).code:
            matches = [inside for text, inside in shown if text == code]
            assert matches, (episode.id, code)
            if in_list:
                in_lists += 1
                assert any(matches), (episode.id, code)  # a <pre> inside an <li>
    assert in_lists >= 14 * 6


def test_no_text_the_author_wrote_is_lost(built: Built) -> None:
    for episode in built.lesson.episodes:
        page = article(built.html(built.page(episode.id)))
        shown = shown_text(page)
        assert episode.spec.title in shown
        for text in written(episode.body).texts:
            assert text in shown, (episode.id, text)


def test_key_points_show_code_not_backticks(silabus: Built) -> None:
    for address in (f"modules/{MODULE}/", "summary/"):
        page = article(silabus.html(address))
        items = re.findall(r"<li>(.*?)</li>", page, re.DOTALL)
        for point in silabus.lesson.key_points:
            rendered = [item for item in items if shown_text(item) == plain_text(point)]
            assert rendered, (address, point)
            assert "`" not in rendered[0]
            assert rendered[0].count("<code>") == point.count("`") // 2


def test_the_module_page_lists_the_episodes_in_order_and_offers_the_data(
    silabus: Built,
) -> None:
    site = silabus.project.path("site")
    address = f"modules/{MODULE}/"
    page = article(silabus.html(address))
    titles = [text for _, text in links(page)]
    positions = [titles.index(episode.spec.title) for episode in silabus.lesson.episodes]
    assert positions == sorted(positions)
    offered = [href for href, text in links(page) if text == "Lesson data"]
    assert offered, page
    target, _ = resolve(site, address, offered[0])
    assert target.read_bytes() == silabus.lesson.download
    intro = silabus.page("intro")
    data = [href for href, text in links(article(silabus.html(intro))) if text == "lesson data"]
    assert data and resolve(site, intro, data[0])[0] == site / "modules" / MODULE / DOWNLOAD


def test_the_benchmark_runs_once_and_reports_the_ratio(tmp_path: Path) -> None:
    """The benchmark's harness, in one run (no timing is asserted)."""
    report = materials.measure(runs=1, scratch=tmp_path)
    (target, value, verdict), (whole, whole_value, measured) = report.targets
    assert target.startswith("what each material page adds to a build <= 1.15x plain MkDocs")
    # A machine busy with other tests can hide what the pages add in its noise.
    assert (re.fullmatch(r"\d+\.\d\dx", value) and verdict in {"met", "**missed**"}) or (
        value == "not measurable" and verdict.startswith("unmeasured")
    )
    assert whole.startswith("the whole build of that lesson against plain MkDocs")
    assert re.fullmatch(r"\d+\.\d\dx", whole_value) and measured == "measured"
    assert any(line.startswith("| per material page, ms |") for line in report.lines)
