"""Markdown fields: rendered to clean HTML, and what the cleaning leaves out reported."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from hypothesis import given
from hypothesis import strategies as st

from silabus.rich_text import (
    MAX_BRACKETS,
    MAX_LINES,
    MAX_NESTING,
    MAX_PAGE_BRACKETS,
    MAX_PAGE_LINES,
    Resolved,
    addresses,
    markdown_lines,
    removals,
    rendered_removals,
    shift_headings,
    structure_problem,
    to_html,
)


class _Elements(HTMLParser):
    """Tags, attributes and text of an HTML fragment."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str, str | None]] = []
        self.text = ""
        self.feed(source)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes.extend((tag, name, value) for name, value in attrs)

    def handle_data(self, data: str) -> None:
        self.text += data


def elements(markdown_text: str, heading_offset: int = 2) -> _Elements:
    return _Elements(to_html(markdown_text, heading_offset))


XSS_PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "<iframe src=javascript:alert(1)></iframe>",
    "[klik](javascript:alert(1))",
    "[klik](JaVaScRiPt:alert(1))",
    "[klik](java\tscript:alert(1))",
    "[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[klik](vbscript:msgbox(1))",
    "<a href='javascript:alert(1)'>klik</a>",
    '<a href="https://example.org" onclick="alert(1)">klik</a>',
    "<div style=\"background:url('javascript:alert(1)')\">x</div>",
    "<p onmouseover=alert(1)>x</p>",
    "<details open ontoggle=alert(1)>",
    "<object data=javascript:alert(1)></object>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "![gambar](javascript:alert(1))",
    "<form action=javascript:alert(1)><button>x</button></form>",
    "<meta http-equiv=refresh content='0;url=javascript:alert(1)'>",
    "<base href=javascript:alert(1)//>",
]


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_no_script_survives_the_cleaning(payload: str) -> None:
    found = elements(f"Teks.\n\n{payload}\n\nLagi.")

    assert not set(found.tags) & {"script", "img", "svg", "iframe", "object", "style", "form"}
    assert not set(found.tags) & {"meta", "base", "math", "button"}
    for tag, name, value in found.attributes:
        assert not name.startswith("on"), (tag, name)
        assert name != "style" or tag in {"th", "td"}, (tag, name)
        if name in {"href", "src", "action", "data"}:
            # What a browser makes of the address: tabs and newlines go, case does not count.
            address = "".join((value or "").split("\t")).replace("\n", "").strip().lower()
            assert not address.startswith(("javascript:", "data:", "vbscript:")), value


@pytest.mark.parametrize("payload", [p for p in XSS_PAYLOADS if "\t" not in p])
def test_what_the_cleaning_drops_is_reported(payload: str) -> None:
    assert removals(payload) != []


def test_markdown_formatting_is_kept() -> None:
    found = elements(
        "**Tebal**, _miring_, `kode`.\n\n- satu\n- dua\n\n1. pertama\n\n"
        "| A | B |\n|:--|--:|\n| 1 | 2 |\n\n> kutipan\n\n"
        '!!! note "Catatan"\n    isi catatan\n\n'
        "[Permenpan RB 91/2021](https://jdih.menpan.go.id/) dan <sup>2</sup>"
    )

    assert {"strong", "em", "code", "ul", "ol", "table", "blockquote", "sup", "a"} <= set(
        found.tags
    )
    assert ("div", "class", "admonition note") in found.attributes
    assert ("a", "href", "https://jdih.menpan.go.id/") in found.attributes
    assert ("th", "style", "text-align:left") in found.attributes
    assert removals("**Tebal**, [tautan](https://example.org), <sup>2</sup>") == []


def test_headings_sit_below_the_page_sections() -> None:
    assert [t for t in elements("# Satu\n\n## Dua\n\ntext").tags if t.startswith("h")] == [
        "h3",
        "h4",
    ]


def test_headings_of_program_text_sit_one_level_down() -> None:
    assert [t for t in elements("# Satu", heading_offset=1).tags if t.startswith("h")] == ["h2"]


def test_underlined_headings_are_moved_down_too() -> None:
    found = elements("Judul besar\n===========\n\nJudul kecil\n-----------\n\nteks")
    assert [t for t in found.tags if t.startswith("h")] == ["h3", "h4"]


@pytest.mark.parametrize("fence", ["```", "~~~", "````"])
def test_hash_lines_in_fenced_code_stay_as_written(fence: str) -> None:
    text = f"# Title\n{fence}\n# a comment\n{fence}\n# After"

    assert shift_headings(text, 2) == f"### Title\n{fence}\n# a comment\n{fence}\n### After"


def test_headings_stop_at_level_six() -> None:
    assert shift_headings("##### Five\n###### Six", 2) == "###### Five\n###### Six"


def test_line_endings_are_normalised() -> None:
    assert shift_headings("# One\r\ntext\rmore", 2) == "### One\ntext\nmore"


@pytest.mark.parametrize(
    "text", ["<div>\n\ntidak ditutup", "```\n# kode tanpa penutup", "<pre>\n\nx", "<table><tr>"]
)
def test_an_unclosed_construct_stays_inside_the_field(text: str) -> None:
    html = to_html(text)
    assert html.startswith('<div class="silabus-text">\n')
    assert html.endswith("\n</div>")
    assert html.count("<div") == html.count("</div>")
    assert "<h2>" not in to_html(text + "\n\n## Berikutnya", heading_offset=2)


def test_no_blank_line_outside_preformatted_text() -> None:
    html = to_html("Satu\n\n\n\nDua\n\n```\na\n\nb\n```\n\n- x\n\n- y")
    before_code, code_and_after = html.split("<pre>")
    code, after = code_and_after.split("</pre>")
    assert "\n\n" not in before_code
    assert "\n\n" not in after
    assert "a&#10;&#10;b" in code


def test_a_removal_is_reported_once_with_text_to_find_it_by() -> None:
    found = removals("<b onclick=x>a</b> <b onclick=y>b</b>\n\n<script>z</script>")
    assert [(str(r.what), r.needle) for r in found] == [
        ("the attribute 'onclick' of <b>", "onclick="),
        ("the HTML tag <script>", "<script"),
    ]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("-\n" * (MAX_LINES + 1), f"more than {MAX_LINES} lines"),
        ("[" * (MAX_BRACKETS + 1), f"more than {MAX_BRACKETS} '[' characters"),
        ("<a " * (MAX_BRACKETS + 1), f"more than {MAX_BRACKETS} '<' characters"),
        (
            "- " * (MAX_NESTING + 1) + "x",
            f"lists or quotes nested more than {MAX_NESTING} levels deep",
        ),
        (
            "> " * (MAX_NESTING + 1) + "x",
            f"lists or quotes nested more than {MAX_NESTING} levels deep",
        ),
    ],
)
def test_text_too_costly_to_render_is_named(text: str, problem: str) -> None:
    assert str(structure_problem(text)) == problem


def test_ordinary_text_is_within_the_limits() -> None:
    text = "Paragraf dengan [tautan](https://contoh.id).\n\n- satu\n  - dua\n\n> kutipan\n" * 20
    assert structure_problem(text) is None


PAGE_FILLER = "kata " * 20_000  # 100 kB in one paragraph


@pytest.mark.parametrize(
    "opened",
    ["[" * 300, "<a " * 1_999, "![" * 1_999, "[a](" * 1_999],
    ids=["square brackets", "angle brackets", "images", "link addresses"],
)
def test_a_page_of_brackets_left_open_before_a_long_paragraph_is_refused(opened: str) -> None:
    problem = structure_problem(opened + PAGE_FILLER, MAX_PAGE_LINES, MAX_PAGE_BRACKETS)
    assert problem is not None
    assert str(problem).startswith("so many '[', '](' or '<' that are not closed")
    assert "put blank lines between paragraphs" in str(problem)


def test_a_long_page_full_of_links_tags_and_tables_is_accepted() -> None:
    paragraph = (
        "Baca [bagian berikut](materi:studi-tiru/persiapan) dan <abbr title='x'>ASN</abbr>, "
        "lalu ![bagan](bagan.png) serta <https://contoh.id/halaman>.\n\n"
    )
    table = "| Kolom | Tautan |\n|---|---|\n" + "| a | [b](c.md) <br> |\n" * 300
    code = "```python\n" + "data[i] = x < y\n" * 300 + "```\n\n"
    page = paragraph * 1_000 + table + "\n" + code + "- [butir](d.md)\n" * 500
    assert len(markdown_lines(page)) < MAX_PAGE_LINES
    assert structure_problem(page, MAX_PAGE_LINES, 10_000) is None


def test_deep_nesting_renders_as_text_instead_of_failing() -> None:
    assert "x" in to_html("- " * 600 + "x")


def test_code_blocks_keep_their_language_and_nothing_else() -> None:
    found = elements("```python\nprint(1)\n```")
    assert ("code", "class", "language-python") in found.attributes
    assert removals("```python\nprint(1)\n```") == []
    assert str(removals('<code class="evil">x</code>')[0].what) == "the style 'evil' of <code>"


def test_links_to_the_course_wait_for_an_address_and_anchors_stay() -> None:
    text = "[modul](studi-tiru.md) dan [bagian](#tujuan) dan [m](modul:desain)"
    found = elements(text)
    assert ("a", "href", "#tujuan") in found.attributes
    # Without a resolver (nothing to lead to), a link to the course keeps its text only.
    assert not any(value == "studi-tiru.md" for _, _, value in found.attributes)
    assert [(a.kind, a.target) for a in addresses(text)] == [
        ("file", "studi-tiru.md"),
        ("module", "desain"),
    ]
    resolved = to_html(text, resolve=lambda address: Resolved(f"/{address.target}/"))
    assert '<a href="/studi-tiru.md/" rel="noopener noreferrer">modul</a>' in resolved
    assert '<a href="/desain/" rel="noopener noreferrer">m</a>' in resolved
    # The check stage names links to the course that lead nowhere, not the cleaning.
    assert removals(text) == []


@pytest.mark.parametrize(
    "address", ["https://jdih.menpan.go.id\uff0fperaturan", "http://[oops", "https://"]
)
def test_malformed_addresses_are_dropped_without_failing(address: str) -> None:
    text = f"[situs]({address})"
    html = to_html(text)
    assert "href" not in html or 'href="https://"' not in html or address == "https://"
    assert isinstance(removals(text), list)


def test_comments_and_style_properties_are_reported() -> None:
    found = [str(r.what) for r in removals('<!-- catatan --> <span style="color:red">x</span>')]
    assert found[0] == "an HTML comment"
    assert "the attribute 'style' of <span>" in found


def test_a_rule_after_a_code_block_is_not_a_heading() -> None:
    found = elements("```\nkode\n```\n---")
    assert "hr" in found.tags
    assert not [t for t in found.tags if t.startswith("h") and t != "hr"]


def test_code_blocks_hold_no_blank_line_for_commonmark_engines() -> None:
    html = to_html("```\na\n\n# bukan judul\n```")
    assert "\n\n" not in html
    assert "a&#10;&#10;# bukan judul" in html


def test_note_titles_leave_code_and_ordinary_lines_alone() -> None:
    titles = {"tip": "Tips", "note": "Catatan"}
    assert '"Tips"' not in to_html("```\n!!! tip\n    x\n```", 2, titles)
    assert '"Catatan"' not in to_html("a\n!!!\nnote\nb", 2, titles)
    assert '<p class="admonition-title">Tips</p>' in to_html("!!! tip\n    isi", 2, titles)


@pytest.mark.parametrize(
    "text",
    [">" * (MAX_NESTING + 1) + " x", "".join(" " * (4 * i) + "- x\n" for i in range(20))],
)
def test_nesting_without_spaces_or_by_indentation_is_counted(text: str) -> None:
    problem = f"lists or quotes nested more than {MAX_NESTING} levels deep"
    assert str(structure_problem(text)) == problem


# Markdown made of every other character that means something to Markdown or HTML.
_PIECES = [
    "-", "*", "_", "+", ">", "|", ":", "&", ";", '"', "'", "(", ")", "]", "}", "^", "%",
    "/", "\\", "1.", "2)", "http://x.id", "javascript:alert(1)", "&#60;script&#62;",
    "&lt;b&gt;", "    ", " ", "\n", "\n\n", "kata", "Ä", "\u00a0",
]  # fmt: skip
_WITHOUT_MARKUP_STARTERS = st.lists(st.sampled_from(_PIECES), max_size=60).map("".join)


@given(_WITHOUT_MARKUP_STARTERS)
def test_text_without_markup_starters_loses_nothing(text: str) -> None:
    """`removals` skips rendering text without '<', '[', '`', '~', '{', '!', '#' or '=';
    the rendering agrees that nothing of such text is left out."""
    assert removals(text) == []
    assert rendered_removals(text) == []


def test_text_with_a_markup_starter_is_rendered_to_find_removals() -> None:
    assert [str(r.what) for r in removals("Lihat ![gambar](https://x.id/a.png) ini")] == [
        "the image from 'https://x.id/a.png' (not a file of the course)"
    ]
    assert [r.what for r in removals("!!! awas\n    Hati-hati")] != []
    # A heading inside a quote is not moved below the page's own headings.
    assert [str(r.what) for r in removals("> # Judul")] == ["the HTML tag <h1> (its text is kept)"]


def test_a_text_is_split_into_lines_only_where_markdown_splits_it() -> None:
    """A form feed ends no line in Markdown, so it adds none to the count."""
    assert structure_problem("baris\f" * (MAX_LINES + 1)) is None
    assert str(structure_problem("baris\r" * (MAX_LINES + 1))) == f"more than {MAX_LINES} lines"


@pytest.mark.parametrize(
    "line",
    [
        "~~~ bukan pagar ~~~",  # text after the fence that fenced_code does not take
        "```python kode",
        "  ~~~",  # indented: Python-Markdown sees a fence only at the start of a line
        "    ```",  # inside an indented code block
        "- butir\n\n    ~~~",  # inside a list item
    ],
)
def test_a_line_that_only_looks_like_a_fence_leaves_the_text_after_it_alone(line: str) -> None:
    html = to_html(f"{line}\n\n# Judul\n\nteks")

    assert "<h3>Judul</h3>" in html
    assert html.endswith("\n<p>teks</p>\n</div>")


def test_a_fence_closed_only_by_an_indented_line_keeps_the_rest_as_code() -> None:
    """Python-Markdown closes a fence only with the same fence at the start of a line."""
    text = "```\n# satu\n  ```\n# dua"

    assert elements(text).tags == ["div", "pre", "code"]
    assert "# satu&#10;  ```&#10;# dua" in to_html(text)


def test_an_underlined_line_that_only_looks_like_a_fence_is_a_heading_moved_down() -> None:
    assert elements("~~~ bukan pagar ~~~\n---").tags == ["div", "h4"]
    assert elements("```\nkode\n```\n---").tags == ["div", "pre", "code", "hr"]


@pytest.mark.parametrize("code", ["    kode", "\tkode", "    ```"])
def test_an_indented_code_line_is_not_underlined_into_a_heading(code: str) -> None:
    assert elements(f"teks\n\n{code}\n---").tags == ["div", "p", "pre", "code", "hr"]


def test_direction_overrides_never_reach_the_html() -> None:
    html = to_html("Bayar \u202e54 Rp\u202c dulu, `\u2067kode\u2069`.")

    assert elements("Bayar \u202e54 Rp\u202c dulu.").text.strip() == "Bayar 54 Rp dulu."
    assert not set(html) & set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
