"""`mkdocs build` with the Silabus hook, end to end, as an organizer runs it."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from html import unescape
from pathlib import Path

import pytest
import yaml

from tests.conftest import Project, mkdocs_lines, snapshot

SAMPLE_MODULES = sorted(
    path.stem for path in (Path(__file__).parent.parent / "curriculum" / "modules").glob("*.yml")
)


@pytest.fixture
def built(project: Project) -> Project:
    result = project.mkdocs_build("--strict")
    assert result.returncode == 0, result.stderr
    return project


def _snapshot(folder: Path) -> dict[str, object]:
    return snapshot(folder, with_times=True)


def _reported(result: subprocess.CompletedProcess[str]) -> list[str]:
    return mkdocs_lines(result.stderr)


def _nav_links(html: str) -> list[str]:
    """Hrefs of the primary navigation, in order."""
    nav = html[html.index('class="md-nav md-nav--primary"') :]
    nav = nav[: nav.index("</nav>\n                  </div>")]
    return re.findall(r'href="([^"#]+)"', nav)


def test_sample_builds_a_page_for_every_module(built: Project) -> None:
    for module_id in SAMPLE_MODULES:
        page = built.path(f"site/modul/{module_id}/index.html")
        assert page.is_file(), module_id
        title = yaml.safe_load(built.read(f"curriculum/modules/{module_id}.yml"))["title"]
        assert f'>{title}<a class="headerlink"' in page.read_text(encoding="utf-8")


def test_program_page_lists_agendas_with_computed_totals(built: Project) -> None:
    html = built.read("site/program/index.html")
    assert "Struktur kurikulum" in html
    assert "<td><strong>Jumlah seluruhnya</strong></td>" in html
    assert "<strong>156</strong>" in html  # total JP of the sample, summed from its modules
    assert "<strong>117</strong>&nbsp;jam" in html  # 156 JP x 45 minutes


def test_navigation_follows_the_program_order(built: Project) -> None:
    html = built.read("site/modul/berpikir-kreatif/index.html")
    program = yaml.safe_load(built.read("curriculum/program.yml"))
    agenda = next(a for a in program["agendas"] if "berpikir-kreatif" in a["modules"])

    expected = [
        "./" if module_id == "berpikir-kreatif" else f"../{module_id}/"
        for module_id in agenda["modules"]
    ]

    links = [link for link in _nav_links(html) if link in expected]

    assert links == expected


def test_generated_pages_come_between_home_and_guides(built: Project) -> None:
    html = built.read("site/index.html")
    links = _nav_links(html)
    assert links.index("program/") < links.index("panduan-peserta/")
    assert links.index(".") < links.index("program/")


def test_edit_link_opens_the_module_yaml(project: Project) -> None:
    project.replace(
        "mkdocs.yml",
        "# repo_url: https://github.com/<organization>/<repository>\n# edit_uri: edit/main/docs/",
        "repo_url: https://github.com/contoh/kurikulum\nedit_uri: edit/main/docs/",
    )
    assert project.mkdocs_build("--strict").returncode == 0

    html = project.read("site/modul/studi-tiru/index.html")
    assert (
        'href="https://github.com/contoh/kurikulum/edit/main/curriculum/modules/studi-tiru.yml"'
        in html
    )
    program = project.read("site/program/index.html")
    assert 'href="https://github.com/contoh/kurikulum/edit/main/curriculum/program.yml"' in program


def test_script_in_a_title_shows_as_text(project: Project) -> None:
    project.replace(
        "curriculum/modules/studi-tiru.yml",
        "title: Studi Tiru Inovasi Pelayanan Publik",
        'title: "</title><script>alert(1)</script>"',
    )
    assert project.mkdocs_build("--strict").returncode == 0
    shown = "&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;"

    for page in project.path("site").rglob("*.html"):
        assert "<script>alert(1)" not in page.read_text(encoding="utf-8"), page
    html = project.read("site/modul/studi-tiru/index.html")
    assert f"<title>{shown} - " in html
    assert re.search(rf"<h1[^>]*>{re.escape(shown)}<a", html)
    index = json.loads(project.read("site/search/search_index.json"))
    titles = [doc["title"] for doc in index["docs"] if doc["location"] == "modul/studi-tiru/"]
    assert titles == [shown]


def test_labels_follow_the_theme_language(project: Project) -> None:
    project.replace("mkdocs.yml", "  language: id", "  language: en")
    project.replace("curriculum/program.yml", "language: id", "language: en")
    assert project.mkdocs_build("--strict").returncode == 0
    html = project.read("site/modules/berpikir-kreatif/index.html")
    assert ">Learning outcome<" in html
    assert ">Hasil belajar<" not in html


def test_without_a_nav_the_curriculum_follows_the_home_page(project: Project) -> None:
    config = project.read("mkdocs.yml")
    project.write("mkdocs.yml", config[: config.index("\nnav:")] + "\n")
    assert project.mkdocs_build("--strict").returncode == 0
    links = _nav_links(project.read("site/index.html"))
    assert links.index(".") < links.index("program/") < links.index("panduan-peserta/")


BROKEN = {
    "duplicate key": (
        "curriculum/modules/studi-tiru.yml",
        "title: Studi Tiru Inovasi Pelayanan Publik",
        "title: Studi Tiru\ntitle: Studi Banding",
        "curriculum/modules/studi-tiru.yml:{line}:1: error: duplicate key 'title' "
        "(first given on line {previous})  [Y032]",
    ),
    "syntax error": (
        "curriculum/modules/studi-tiru.yml",
        "title: Studi Tiru Inovasi Pelayanan Publik",
        "title: Studi Tiru: belajar dari daerah lain",
        "curriculum/modules/studi-tiru.yml:{line}:18: error: YAML syntax error: "
        "a ': ' inside a value, or a line indented too far  [Y001]",
    ),
    "unknown key": (
        "curriculum/modules/studi-tiru.yml",
        "title: Studi Tiru Inovasi Pelayanan Publik",
        "title: Studi Tiru\nsumary: Belajar dari daerah lain",
        "curriculum/modules/studi-tiru.yml:{line}:1: error: unknown field 'sumary'  [S005]",
    ),
    "wrong type": (
        "curriculum/modules/studi-tiru.yml",
        "title: Studi Tiru Inovasi Pelayanan Publik",
        "title: [Studi, Tiru]",
        "curriculum/modules/studi-tiru.yml:{line}:8: error: 'title' must be text, not a list"
        "  [S019]",
    ),
    "missing module": (
        "curriculum/program.yml",
        "      - studi-tiru",
        "      - studi-banding",
        "curriculum/program.yml:{line}:9: error: agenda 'laboratorium-inovasi' lists the "
        "module 'studi-banding', which does not exist  [C013]",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_curriculum_stops_the_build_and_keeps_the_site(built: Project, case: str) -> None:
    relative, old, new, expected = BROKEN[case]
    before = _snapshot(built.path("site"))
    built.replace(relative, old, new)
    lines = built.read(relative).splitlines()
    changed = next(n for n, line in enumerate(lines, 1) if line.startswith(new.splitlines()[-1]))
    first = next(n for n, line in enumerate(lines, 1) if line.startswith(new.splitlines()[0]))

    result = built.mkdocs_build("--strict")

    assert result.returncode == 1
    assert expected.format(line=changed, previous=first) in _reported(result)
    assert "Traceback" not in result.stderr
    assert "The site was not built" in result.stdout
    assert _snapshot(built.path("site")) == before


def test_validate_and_build_report_the_same_lines(project: Project) -> None:
    project.replace("curriculum/modules/studi-tiru.yml", "title: ", "titel: x\ntitle: ")
    project.replace("curriculum/program.yml", "      - studi-tiru", "      - studi-banding")

    validate = project.silabus("validate")
    build = project.mkdocs_build()

    reported = [line for line in validate.stdout.splitlines() if ": error: " in line]
    assert len(reported) == 2
    for line in reported:
        assert line in _reported(build)


def test_warnings_fail_a_strict_build_before_the_site_is_touched(built: Project) -> None:
    before = _snapshot(built.path("site"))
    built.replace(
        "curriculum/modules/nilai-berakhlak-dalam-pelayanan.yml",
        "prerequisites: [konsep-pelayanan-publik]",
        "prerequisites: [konsep-pelayanan-publik, studi-tiru]",
    )

    strict = built.mkdocs_build("--strict")

    assert strict.returncode == 1
    assert "Warnings are errors in strict mode." in strict.stdout
    assert _snapshot(built.path("site")) == before
    relaxed = built.mkdocs_build()
    assert relaxed.returncode == 0
    assert "warning: the prerequisite 'studi-tiru' is taught after" in relaxed.stderr


@pytest.mark.parametrize(
    "written", ["modul/studi-tiru.md", "modul/studi-tiru/index.md", "program.md"]
)
def test_a_docs_page_at_the_address_of_a_generated_page_is_an_error(
    project: Project, written: str
) -> None:
    project.write(f"docs/{written}", "# Studi Tiru\n")

    result = project.mkdocs_build()

    assert result.returncode == 1
    assert (
        f"docs/{written}:1:1: error: this file has the same address as a page Silabus generates"
        "  [P003]"
    ) in _reported(result)


def test_a_docs_file_in_the_way_of_the_stylesheet_is_an_error(project: Project) -> None:
    project.write("docs/assets/silabus.css", "body { color: red }\n")

    result = project.mkdocs_build()

    assert result.returncode == 1
    assert "docs/assets/silabus.css:1:1: error: this file has the same address as a page " in (
        result.stderr
    )


def test_module_page_description_meta_is_the_summary(built: Project) -> None:
    summary = yaml.safe_load(built.read("curriculum/modules/studi-tiru.yml"))["summary"]
    html = built.read("site/modul/studi-tiru/index.html")
    found = re.search(r'<meta name="description" content="([^"]*)">', html)
    assert found is not None
    assert unescape(found.group(1)) == summary


def test_agenda_title_with_markup_shows_as_text_in_the_navigation(project: Project) -> None:
    project.replace(
        "curriculum/program.yml",
        'title: "Agenda I: Wawasan Pelayanan Publik"',
        'title: "<img src=x onerror=alert(1)> Agenda & Co"',
    )
    assert project.mkdocs_build("--strict").returncode == 0

    for page in project.path("site").rglob("*.html"):
        assert "<img src=x" not in page.read_text(encoding="utf-8"), page
    html = project.read("site/program/index.html")
    assert "&lt;img src=x onerror=alert(1)&gt; Agenda &amp; Co" in html


def test_curriculum_can_sit_inside_a_nav_section(project: Project) -> None:
    project.replace(
        "mkdocs.yml",
        "  - Kurikulum: program/index.md\n",
        "  - Pelatihan:\n      - Kurikulum: program/index.md\n",
    )
    result = project.mkdocs_build("--strict")
    assert result.returncode == 0, result.stderr

    links = _nav_links(project.read("site/program/index.html"))
    assert links.count("./") == 1  # the program page appears once
    assert "../modul/berpikir-kreatif/" not in links or links.index("./") < links.index(
        "../modul/berpikir-kreatif/"
    )


def test_export_follows_an_inherited_theme_language(project: Project) -> None:
    config = project.read("mkdocs.yml")
    project.write("base.yml", "theme:\n  name: material\n  language: en\n")
    project.write("mkdocs.yml", "INHERIT: base.yml\n" + config.replace("  language: id\n", ""))
    project.replace("curriculum/program.yml", "language: id", "language: en")
    assert project.mkdocs_build("--strict").returncode == 0
    assert project.silabus("export", "out").returncode == 0

    assert ">Learning outcome<" in project.read("site/modules/berpikir-kreatif/index.html")
    assert "## Learning outcome" in project.read("out/modules/berpikir-kreatif.md")


def test_build_without_silabus_installed_says_how_to_install_it(project: Project) -> None:
    """A project made before the plugin names the hook file, which says what to do."""
    project.replace("mkdocs.yml", "  - silabus\n", "")
    project.write("mkdocs.yml", project.read("mkdocs.yml") + "hooks:\n  - hooks/silabus_hook.py\n")
    result = project.run(
        sys.executable,
        "-c",
        "import sys; sys.modules['silabus'] = None; "
        "from mkdocs.__main__ import cli; cli(['build'])",
    )

    assert result.returncode == 1
    assert "Silabus is not installed in the Python environment" in result.stderr
    assert "Run `make site`, or `pip install -e .`" in result.stdout + result.stderr
    assert "Traceback" not in result.stderr


def test_a_program_language_other_than_the_site_language_is_a_warning(project: Project) -> None:
    project.replace("mkdocs.yml", "  language: id", "  language: en")
    line = project.read("curriculum/program.yml").splitlines().index("language: id") + 1

    strict = project.mkdocs_build("--strict")
    validate = project.silabus("validate")

    expected = (
        f"curriculum/program.yml:{line}:11: warning: the program's language is 'id', "
        "but the site is in 'en' (theme.language in mkdocs.yml)  [C016]"
    )
    assert strict.returncode == 1
    assert expected in _reported(strict)
    assert validate.returncode == 0
    assert expected in validate.stdout.splitlines()


def _local_links(html: str) -> list[str]:
    """Addresses of the page's own links and scripts, not the theme's or other sites'."""
    article = html[html.index("<article") : html.index("</article>")]
    return [
        link
        for link in re.findall(r'(?:href|src)="([^"#]+)(?:#[^"]*)?"', article)
        if not re.match(r"[a-z]+:", link)
    ]


@pytest.mark.parametrize("directory_urls", [True, False])
def test_every_link_of_a_cohort_page_leads_to_a_built_file(
    project: Project, directory_urls: bool
) -> None:
    if not directory_urls:
        project.write("mkdocs.yml", project.read("mkdocs.yml") + "use_directory_urls: false\n")
    result = project.mkdocs_build("--strict")
    assert result.returncode == 0, result.stderr
    page = (
        "site/angkatan/angkatan-i-2019/index.html"
        if directory_urls
        else "site/angkatan/angkatan-i-2019.html"
    )
    html = project.read(page)

    links = _local_links(html)

    folder = project.path(page).parent
    targets = {(folder / link).resolve() for link in links}
    missing = [
        link
        for link, target in zip(links, targets, strict=False)
        if not (target.is_file() or (target / "index.html").is_file())
    ]
    assert missing == []
    assert any(link.endswith("angkatan-i-2019.ics") for link in links)
    assert any(link.endswith("silabus-schedule.js") for link in links)
    assert sum("modul/" in link for link in links) > 20


def test_cohort_pages_are_in_the_navigation_and_search(built: Project) -> None:
    home = built.read("site/index.html")
    index = json.loads(built.read("site/search/search_index.json"))

    assert "angkatan/" in _nav_links(home)
    # The trainer and organizer guides are in the trainer build only.
    assert _nav_links(built.read("site/angkatan/index.html"))[-3:] == [
        "angkatan-i-2019/",
        "angkatan-ii-2027/",
        "../panduan-peserta/",
    ]
    locations = {entry["location"] for entry in index["docs"]}
    assert "angkatan/angkatan-i-2019/" in locations
    assert (
        built.path("site/angkatan/angkatan-i-2019.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    )


def test_the_cohort_section_can_be_placed_and_renamed_in_the_nav(project: Project) -> None:
    project.replace(
        "mkdocs.yml",
        "  - panduan-peserta.md\n",
        "  - panduan-peserta.md\n  - Jadwal pelatihan: angkatan/index.md\n",
    )
    result = project.mkdocs_build("--strict")
    assert result.returncode == 0, result.stderr

    html = project.read("site/angkatan/index.html")
    titles = re.findall(r"md-nav__link[^>]*>\s*(?:<span[^>]*>)?\s*([^<]+?)\s*<", html)

    assert titles.count("Jadwal pelatihan") >= 1
    assert "Jadwal angkatan" not in titles
    links = _nav_links(html)
    assert links.index("../panduan-peserta/") < links.index("angkatan-i-2019/")
    assert links.count("angkatan-i-2019/") == 1


def test_a_program_page_listed_twice_in_the_nav_appears_once(project: Project) -> None:
    project.replace(
        "mkdocs.yml",
        "  - panduan-peserta.md\n",
        "  - panduan-peserta.md\n  - Lagi: program/index.md\n",
    )
    result = project.mkdocs_build("--strict")
    assert result.returncode == 0, result.stderr

    links = _nav_links(project.read("site/program/index.html"))

    assert links.count("./") == 1
    assert links.index("./") < links.index("../panduan-peserta/")


def test_a_generated_page_placed_in_the_nav_keeps_its_place_and_title(project: Project) -> None:
    project.replace(
        "mkdocs.yml",
        "  - panduan-peserta.md\n",
        "  - panduan-peserta.md\n  - Peraturan: referensi/index.md\n",
    )
    result = project.mkdocs_build("--strict")
    assert result.returncode == 0, result.stderr

    html = project.read("site/program/index.html")

    assert _nav_links(html).count("../referensi/") == 1
    assert _nav_links(html).index("../panduan-peserta/") < _nav_links(html).index("../referensi/")
    assert "Peraturan" in html


def test_themes_and_core_values_are_listed_on_the_tags_page(built: Project) -> None:
    page = built.read("site/tema/index.html")
    module = built.read("site/modul/studi-tiru/index.html")

    assert "Kolaboratif" in page and "benchmarking" in page
    assert page.count("../modul/studi-tiru/") >= 3  # two themes and two values
    assert "md-tag" in module
    assert 'class="silabus-tags"' not in module  # the theme shows the tags instead


def test_a_tag_outside_tags_allowed_is_reported_at_its_line(project: Project) -> None:
    project.replace(
        "mkdocs.yml",
        "  - tags\n",
        "  - tags:\n      tags_allowed: [Akuntabel, Kompeten, Kolaboratif, benchmarking]\n",
    )
    before = _snapshot(project.root)

    result = project.mkdocs_build("--strict")

    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    reported = _reported(result)
    line = next(
        number
        for number, text in enumerate(
            project.read("curriculum/modules/studi-tiru.yml").splitlines(), start=1
        )
        if text.startswith("tags:")
    )
    assert (
        f"curriculum/modules/studi-tiru.yml:{line}:8: error: the tag 'studi-tiru' is not in "
        "tags_allowed of mkdocs.yml  [C012]"
    ) in reported
    assert _snapshot(project.root) == before


def test_validate_reports_tags_outside_tags_allowed_as_the_build_does(project: Project) -> None:
    project.replace(
        "mkdocs.yml",
        "  - tags\n",
        "  - tags:\n      tags_allowed: [Akuntabel, Kompeten, Kolaboratif, benchmarking]\n",
    )

    validated = project.silabus("validate")
    built = project.mkdocs_build("--strict")

    errors = [line for line in validated.stdout.splitlines() if ": error: " in line]
    assert validated.returncode == 1
    assert errors
    assert all(line in _reported(built) for line in errors)


def test_without_theme_tags_the_tags_stay_at_the_bottom_of_the_page(project: Project) -> None:
    project.replace("mkdocs.yml", "  - tags\n", "  - tags:\n      enabled: false\n")

    result = project.mkdocs_build("--strict")

    assert result.returncode == 0, result.stderr
    assert not project.path("site/tema").exists()
    assert 'class="silabus-tags"' in project.read("site/modul/studi-tiru/index.html")


def test_a_misspelt_audience_stops_the_build_with_a_message(project: Project) -> None:
    project.write(
        "mkdocs-trainer.yml", "INHERIT: mkdocs.yml\nextra:\n  silabus:\n    audience: Trainer\n"
    )

    result = project.mkdocs_build("-f", "mkdocs-trainer.yml")

    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    assert (
        "extra.silabus.audience in mkdocs-trainer.yml must be 'participant' or 'trainer', "
        "not 'Trainer'"
    ) in result.stdout + result.stderr


def test_every_link_of_the_print_page_leads_to_a_built_file(built: Project) -> None:
    html = built.read("site/cetak/index.html")
    folder = built.path("site/cetak")

    links = _local_links(html)

    assert len(links) > 50
    missing = [
        link
        for link in links
        if not ((folder / link).resolve().is_file() or (folder / link / "index.html").is_file())
    ]
    assert missing == []
    assert '"location":"cetak/' not in built.read("site/search/search_index.json")


def test_only_a_build_that_ends_the_process_freezes_the_collector() -> None:
    """After `mkdocs build` the plugin moves everything to the collector's permanent
    generation (a faster exit); `mkdocs serve` keeps building in the same process, so
    its garbage must stay collectable."""
    import gc

    from silabus.engines.mkdocs import SilabusPlugin

    plugin = SilabusPlugin()
    gc.unfreeze()
    try:
        plugin.on_startup(command="serve", dirty=False)
        plugin.on_post_build(config=None)  # type: ignore[arg-type]
        assert gc.get_freeze_count() == 0
        plugin.on_startup(command="build", dirty=False)
        plugin.on_post_build(config=None)  # type: ignore[arg-type]
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


@pytest.mark.parametrize(
    ("written", "directory_urls", "published"),
    [
        ("program/index.html", True, "program/index.html"),
        ("modul/studi-tiru/index.html", True, "modul/studi-tiru/index.html"),
        ("modul/studi-tiru.html", False, "modul/studi-tiru.html"),
        ("modul/studi-tiru.markdown", False, "modul/studi-tiru.html"),
        ("program/README.md", False, "program/index.html"),
    ],
)
def test_a_docs_file_published_where_a_generated_page_is_is_an_error(
    project: Project, written: str, directory_urls: bool, published: str
) -> None:
    if not directory_urls:
        project.write("mkdocs.yml", project.read("mkdocs.yml") + "use_directory_urls: false\n")
    project.write(f"docs/{written}", "<p>Ditulis tangan</p>\n")

    result = project.mkdocs_build()

    assert result.returncode == 1
    lines = _reported(result)
    error = lines.index(
        f"docs/{written}:1:1: error: this file has the same address as a page Silabus generates"
        "  [P003]"
    )
    assert lines[error + 1].startswith("    hint: rename or move the file; Silabus generates ")
    assert f"both would be written to {published}" in lines[error + 1]
    assert "Traceback" not in result.stderr
    assert not project.path("site").exists()


def test_a_docs_page_at_another_address_without_directory_urls_is_no_clash(
    project: Project,
) -> None:
    """Without directory URLs, program.md is published as program.html, beside the
    generated program/index.html."""
    project.write("mkdocs.yml", project.read("mkdocs.yml") + "use_directory_urls: false\n")
    project.write("docs/program.md", "# Tentang program\n")

    result = project.mkdocs_build()

    assert result.returncode == 0, result.stderr
    assert "same address" not in result.stderr
    assert "Tentang program" in project.read("site/program.html")
    assert "Struktur kurikulum" in project.read("site/program/index.html")
