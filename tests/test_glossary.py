"""The glossary: terms with definitions, linked from module text, named by modules."""

# The Turkish dotless i is what several of these tests are about.
# ruff: noqa: RUF001

from __future__ import annotations

import re
from collections.abc import Callable
from html import unescape

import pytest
import yaml
from hypothesis import example, given
from hypothesis import strategies as st

from silabus.check_glossary import word_key
from silabus.model import Term
from silabus.pipeline import validate_project
from silabus.render import render_site
from silabus.render.glossary import link_terms
from silabus.rich_text import to_html
from tests.conftest import Project
from tests.test_check import formatted, module_yml, program_yml, where

MakeProject = Callable[[dict[str, str]], Project]
GLOSSARY = "curriculum/glossary.yml"
INOVASI = Term(id="inovasi", term="inovasi", definition="Terobosan <b>baru</b> & bermanfaat.")
STUDI = Term(id="studi-tiru", term="studi tiru", definition="Kunjungan belajar.", aliases=["ST"])


def project_naming(make_project: MakeProject, named: list[str], glossary: str | None) -> Project:
    files = {
        "curriculum/program.yml": program_yml(("satu", ["alpha"])),
        "curriculum/modules/alpha.yml": module_yml("alpha") + f"terms: [{', '.join(named)}]\n",
    }
    if glossary is not None:
        files[GLOSSARY] = glossary
    return make_project(files)


def term_yml(term_id: str, term: str, extra: str = "") -> str:
    return f"  - id: {term_id}\n    term: {term}\n    definition: Arti {term}.\n{extra}"


def linked_words(html: str) -> list[tuple[str, str]]:
    """(term id, linked text) of each glossary link, in order."""
    return re.findall(
        r'class="silabus-term" href="[^"]*#istilah-([^"]+)"[^>]*>(.*?)</a>', html, re.DOTALL
    )


def term(term_id: str, word: str, *aliases: str) -> Term:
    return Term(id=term_id, term=word, definition=f"Arti {word}.", aliases=list(aliases))


def linked(text: str) -> str:
    """`text` linked to INOVASI in a glossary at g/."""
    return (
        '<a class="silabus-term" href="g/#istilah-inovasi" '
        f'title="Terobosan &lt;b&gt;baru&lt;/b&gt; &amp; bermanfaat.">{text}</a>'
    )


# Linking terms in text


def test_the_first_use_of_each_term_links_to_its_definition() -> None:
    linked: set[str] = set()
    html = "<p>Inovasi dan studi tiru. Lagi inovasi.</p>"

    result = link_terms(html, [INOVASI, STUDI], "../glosarium/", linked)

    assert result == (
        '<p><a class="silabus-term" href="../glosarium/#istilah-inovasi" '
        'title="Terobosan &lt;b&gt;baru&lt;/b&gt; &amp; bermanfaat.">Inovasi</a> dan '
        '<a class="silabus-term" href="../glosarium/#istilah-studi-tiru" '
        'title="Kunjungan belajar.">studi tiru</a>. Lagi inovasi.</p>'
    )
    assert linked == {"inovasi", "studi-tiru"}


def test_terms_in_links_code_and_inside_words_are_left_alone() -> None:
    html = (
        '<h3>Inovasi</h3><p><a href="https://example.org">inovasi</a> <code>inovasi</code> '
        "berinovasi inovasinya</p>"
    )

    assert link_terms(html, [INOVASI], "g/", set()) == html


def test_an_alias_links_to_its_term() -> None:
    result = link_terms("<p>Hasil ST dibahas.</p>", [STUDI], "g/", set())

    assert '<a class="silabus-term" href="g/#istilah-studi-tiru"' in result
    assert ">ST</a>" in result


def test_turkish_dotted_and_dotless_i_link_only_the_word_as_written_in_the_glossary() -> None:
    terms = [term("izin", "İzin"), term("ilik", "ılık"), term("kalip-besar", "KALIP")]
    html = "<p>izin, İzin. Air ILIK, lalu ılık. kalıp, KALIP.</p>"

    result = link_terms(html, terms, "g/", set())

    assert linked_words(result) == [("izin", "İzin"), ("ilik", "ılık"), ("kalip-besar", "KALIP")]


def test_a_term_links_however_its_accents_are_encoded_or_hidden_characters_split_it() -> None:
    terms = [term("igdir", "Iğdır"), term("inovasi", "inovasi"), term("studi-tiru", "studi tiru")]
    html = "<p>Ke Ig\u0306dır untuk ino\u00adva\u200bsi dan studi&nbsp;tiru.</p>"

    result = link_terms(html, terms, "g/", set())

    assert linked_words(result) == [
        ("igdir", "Ig\u0306dır"),
        ("inovasi", "ino\u00adva\u200bsi"),
        ("studi-tiru", "studi&nbsp;tiru"),
    ]


def test_a_term_wrapped_across_lines_links_whole() -> None:
    html = "<p>Rancangan studi\ntiru disusun.</p>"

    result = link_terms(html, [STUDI], "g/", set())

    assert linked_words(result) == [("studi-tiru", "studi\ntiru")]


def test_terms_never_link_inside_character_references() -> None:
    terms = [term("lt", "LT"), term("amp", "AMP"), term("quot", "quot"), term("nbsp", "nbsp")]
    html = "<p>5 &lt; 6 &amp;&amp; x &gt; 2 &quot;kutip&quot; satu&nbsp;dua &#39;a&#39;</p>"

    assert link_terms(html, [*terms, term("n39", "#39")], "g/", set()) == html


def test_a_term_next_to_or_written_with_character_references_links_whole() -> None:
    terms = [term("inovasi", "inovasi"), term("r-d", "R&D")]
    html = "<p>&lt;inovasi&gt; lewat R&amp;D</p>"

    result = link_terms(html, terms, "g/", set())

    assert linked_words(result) == [("inovasi", "inovasi"), ("r-d", "R&amp;D")]
    assert result.startswith("<p>&lt;<a ") and "</a>&gt; lewat <a " in result


def test_terms_never_link_inside_a_tag_attribute() -> None:
    html = '<p><abbr title="a > inovasi">AB</abbr> <pre>inovasi</pre> lalu inovasi</p>'

    result = link_terms(html, [INOVASI], "g/", set())

    assert result == html.replace("lalu inovasi", "lalu " + linked("inovasi"))


# Letters that change under case folding or composition, marks, invisible characters,
# Hangul jamo, and the makings of character references and code.
HOSTILE_PIECES = st.sampled_from(
    [
        *"aiIİıgğkKsSßǰ .;&<`",
        *("\u0307", "\u0306", "J\u030c", "\u200b", "\u00ad", "\u2060", "\xa0", "\n\n"),
        *("lt", "amp", "nbsp", "#39", "\u1100", "\u1161", "\uac00", "\u11a8"),
    ]
)
HOSTILE_WORDS = st.lists(HOSTILE_PIECES, min_size=1, max_size=5).map("".join)


@given(
    st.lists(HOSTILE_PIECES, max_size=30).map("".join),
    st.lists(HOSTILE_WORDS, max_size=4),
    st.lists(st.sampled_from([str.upper, str.lower, str.casefold, str.title]), max_size=4),
)
@example("", ["ılık"], [str.upper])
def test_linking_never_fails_and_only_adds_links_to_the_same_word(
    text: str, words: list[str], spellings: list[Callable[[str], str]]
) -> None:
    terms = [
        Term.model_construct(id=f"t{index}", term=word, definition="d", aliases=[])
        for index, word in enumerate(words)
    ]
    html = to_html(
        " ".join([text, *(spell(word) for spell, word in zip(spellings, words, strict=False))])
    )

    result = link_terms(html, terms, "g/", set())

    anchor = re.compile(
        r'<a class="silabus-term" href="g/#istilah-t(\d+)" title="d">(.*?)</a>', re.DOTALL
    )
    assert anchor.sub(r"\2", result) == html
    for index, linked_text in anchor.findall(result):
        assert word_key(unescape(linked_text)) == word_key(words[int(index)])


# Checks


def test_a_term_not_in_the_glossary_is_an_error_with_a_suggestion(
    make_project: MakeProject,
) -> None:
    glossary = "terms:\n" + term_yml("inovasi", "Inovasi")
    project = project_naming(make_project, ["inovas"], glossary)

    (diagnostic,) = validate_project(project.root).diagnostics

    assert diagnostic.message == "the term 'inovas' is not in the glossary"
    assert diagnostic.hint == "did you mean 'inovasi'?"
    assert (diagnostic.path, diagnostic.line) == ("curriculum/modules/alpha.yml", 4)


def test_terms_without_a_glossary_file_are_reported_once(make_project: MakeProject) -> None:
    project = project_naming(make_project, ["inovasi", "studi-tiru"], None)

    (diagnostic,) = validate_project(project.root).diagnostics

    assert "there is no curriculum/glossary.yml" in diagnostic.message


def test_a_word_naming_two_terms_is_an_error(make_project: MakeProject) -> None:
    glossary = (
        "terms:\n"
        + term_yml("inovasi", "Inovasi")
        + term_yml("inovasi-daerah", "Inovasi daerah", "    aliases: [inovasi]\n")
    )
    project = project_naming(make_project, [], glossary)

    (diagnostic,) = validate_project(project.root).diagnostics

    assert diagnostic.message == "'inovasi' already names the term 'inovasi' (line 2)"
    assert diagnostic.line == where(glossary, "[inovasi]")[0]


def test_a_term_encoded_differently_from_another_is_the_same_word(
    make_project: MakeProject,
) -> None:
    decomposed = "Ig\u0306dır"
    glossary = "terms:\n" + term_yml("igdir", "Iğdır") + term_yml("igdir-kota", decomposed)
    project = project_naming(make_project, [], glossary)

    (diagnostic,) = validate_project(project.root).diagnostics

    line, column = where(glossary, decomposed)
    assert diagnostic.format() == (
        f"{GLOSSARY}:{line}:{column}: error: "
        "'Ig\u0306dır' looks the same as 'Iğdır', which already names the term 'igdir' "
        "(line 2)  [G002]\n"
        "    hint: the two differ only in how their accented letters are encoded (one "
        "character, or a letter and a mark), and the text links both alike; a word can link "
        "to one definition only: remove it from one of the two"
    )


@pytest.mark.parametrize("hidden", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"])
def test_a_word_differing_from_another_only_by_an_invisible_character_is_the_same_word(
    make_project: MakeProject, hidden: str
) -> None:
    alias = f"ino{hidden}vasi"
    glossary = (
        "terms:\n"
        + term_yml("inovasi", "Inovasi")
        + term_yml("inovasi-daerah", "Inovasi daerah", f"    aliases: [{alias}]\n")
    )
    project = project_naming(make_project, [], glossary)

    (diagnostic,) = validate_project(project.root).diagnostics

    line, column = where(glossary, alias)
    assert diagnostic.format() == (
        f"{GLOSSARY}:{line}:{column}: error: 'ino\\u{ord(hidden):04x}vasi' looks the same as "
        "'Inovasi', which already names the term 'inovasi' (line 2)  [G002]\n"
        "    hint: the two differ only in characters that do not show (zero-width spaces, "
        "joiners or soft hyphens), and the text links both alike; a word can link to one "
        "definition only: remove it from one of the two"
    )


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("Straße", "STRASSE", True),
        ("İzin", "i\u0307zin", True),
        ("Iğdır", "Ig\u0306dır", True),
        ("inovasi", "ino\u200bvasi", True),
        ("KALIP", "kalıp", False),
        ("ılık", "ILIK", False),
        ("İzin", "izin", False),
    ],
)
def test_the_check_and_the_links_agree_on_what_is_the_same_word(
    make_project: MakeProject, first: str, second: str, same: bool
) -> None:
    glossary = "terms:\n" + term_yml("satu", first) + term_yml("dua", second)
    project = project_naming(make_project, [], glossary)

    reported = [d.message for d in validate_project(project.root).diagnostics]
    links = linked_words(link_terms(f"<p>{second}</p>", [term("satu", first)], "g/", set()))

    assert bool(reported) == same
    assert links == ([("satu", second)] if same else [])


def test_a_term_id_used_twice_is_an_error(make_project: MakeProject) -> None:
    glossary = "terms:\n" + term_yml("inovasi", "Inovasi") + term_yml("inovasi", "Studi tiru")
    project = project_naming(make_project, [], glossary)

    messages = [d.message for d in validate_project(project.root).diagnostics]

    assert messages == ["the term id 'inovasi' is used twice (first on line 2)"]


# Pages


def test_the_glossary_page_lists_every_term_in_alphabetical_order(project: Project) -> None:
    listed = yaml.safe_load(project.read(GLOSSARY))["terms"]
    validation = validate_project(project.root)
    assert validation.curriculum is not None, formatted(validation)

    site = render_site(validation.curriculum)

    page = site.pages["glosarium/index.md"].markdown
    positions = [page.index(f'id="istilah-{term["id"]}"') for term in listed]
    order = sorted(listed, key=lambda term: term["term"].casefold())
    assert [term["id"] for term in order] == [
        term["id"] for _, term in sorted(zip(positions, listed, strict=True), key=lambda x: x[0])
    ]
    assert "glosarium/index.md" in site.nav[0].children


def test_module_page_defines_its_terms_and_links_them_in_its_text(project: Project) -> None:
    validation = validate_project(project.root)
    assert validation.curriculum is not None

    page = render_site(validation.curriculum).pages["modul/studi-tiru.md"].markdown

    assert "## Istilah penting" in page
    assert (
        "- **[Studi tiru](../glosarium/index.md#istilah-studi-tiru)** (Benchmarking visit): "
        in page
    )
    description = page[page.index("## Deskripsi singkat") : page.index("## Hasil belajar")]
    assert description.count('class="silabus-term"') >= 1
    assert 'href="../../glosarium/#istilah-studi-tiru"' in description


def test_a_glossary_with_turkish_letters_validates_and_links_each_word_as_written(
    make_project: MakeProject,
) -> None:
    glossary = "terms:\n" + "".join(
        term_yml(term_id, word)
        for term_id, word in [
            ("izin", "İzin"),
            ("igdir", "Iğdır"),
            ("ilik", "ılık"),
            ("kalip-besar", "KALIP"),
            ("kalip", "kalıp"),
        ]
    )
    project = project_naming(make_project, ["izin", "igdir", "ilik", "kalip"], glossary)
    project.write(
        "curriculum/modules/alpha.yml",
        project.read("curriculum/modules/alpha.yml")
        + "description: |\n  Di Iğdır, izin dan İzin. Air ILIK lalu ılık. KALIP dan kalıp.\n",
    )
    validation = validate_project(project.root)
    assert validation.curriculum is not None and not validation.diagnostics, formatted(validation)

    page = render_site(validation.curriculum).pages["modul/alpha.md"].markdown

    assert linked_words(page) == [
        ("igdir", "Iğdır"),
        ("izin", "İzin"),
        ("ilik", "ılık"),
        ("kalip-besar", "KALIP"),
        ("kalip", "kalıp"),
    ]
