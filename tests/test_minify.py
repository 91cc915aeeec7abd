"""The site's stylesheet and scripts are sent without what only helps a reader, and
read by a browser as they are written (the browser suite compares the rules
Chromium reads from both)."""

from __future__ import annotations

from importlib.resources import files

import pytest

from silabus.engines.mkdocs import search_on_demand_script
from silabus.render.minify import compact_script, minified_css
from tests.conftest import Project

STYLESHEET = files("silabus.render").joinpath("assets", "silabus.css").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("written", "sent"),
    [
        ("a {\n  color: red;\n}\n", "a{color:red}"),
        ("/* why */\n.a  .b > .c,\n.d { margin: 0 0 1em; }", ".a .b>.c,.d{margin:0 0 1em}"),
        # A space before ":" or "(" may mean something: a descendant, `and (`.
        (".md-typeset :is(p, li) a:not(.x) {}", ".md-typeset :is(p,li) a:not(.x){}"),
        (
            "@media screen and (max-width: 44.9375em) { a { b: c } }",
            "@media screen and (max-width:44.9375em){a{b:c}}",
        ),
        # Around + and - in calc() the spaces are needed.
        ("a { width: calc(100% - 2rem + 1px); }", "a{width:calc(100% - 2rem + 1px)}"),
        # Strings stay as they are, comment marks and braces in them too.
        (
            'a::after { content: " /* ( " attr(href) " ) */ ;}"; }',
            'a::after{content:" /* ( " attr(href) " ) */ ;}"}',
        ),
        ("[data-x='a  b'] { }", "[data-x='a  b']{}"),
    ],
)
def test_a_stylesheet_loses_only_what_a_browser_does_not_read(written: str, sent: str) -> None:
    assert minified_css(written) == sent


def test_the_sites_stylesheet_is_smaller_and_minifies_to_itself() -> None:
    sent = minified_css(STYLESHEET)
    assert len(sent) < 0.8 * len(STYLESHEET)
    assert "/*" not in sent and "\n" not in sent
    assert minified_css(sent) == sent
    assert (sent.count("{"), sent.count("}")) == (STYLESHEET.count("{"), STYLESHEET.count("}"))


def test_a_script_loses_comments_and_indentation_and_keeps_its_strings() -> None:
    written = (
        "/* What it does. */\n(function () {\n"
        '  "use strict";\n\n  /* why\n     twice */\n  var a = "x  /* y */";\n})();\n'
    )
    assert compact_script(written) == '(function(){"use strict";var a="x  /* y */";})();'


def test_the_search_script_is_written_into_the_page_whole() -> None:
    script = search_on_demand_script()
    assert script.startswith('<script id="silabus-search-on-demand">(function(){')
    assert script.endswith("})();</script>")
    assert script.count("</") == 1  # nothing in it ends the element early


def test_the_site_carries_the_stylesheet_minified(project: Project) -> None:
    built = project.mkdocs_build("--strict")
    assert built.returncode == 0, built.stderr
    assert project.read("site/assets/silabus.css") == minified_css(STYLESHEET)
