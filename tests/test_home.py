"""The course home: the data the build writes for it, the panel shown without the
script, and where the engines put it (the marker in a hand-written page)."""

# ruff: noqa: RUF001  (the pages' dashes are en dashes)
from __future__ import annotations

import html
import json
import re
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest

from silabus.pipeline import validate_project
from silabus.render import Site, SiteOptions, place_course_home, render_site
from silabus.render.course_data import json_ld
from silabus.render.home import MARKER
from silabus.render.text import html_json
from tests.conftest import REPOSITORY, Project
from tests.test_render import curriculum_of, to_html, words

HOME = "index.md"
GUIDE = "panduan-peserta.md"
# Built before the sample's first cohort began: every cohort's days are in the data.
BEFORE_2019 = SiteOptions(generated_at=datetime(2019, 1, 1, tzinfo=UTC))


def built_on(year: int) -> SiteOptions:
    return SiteOptions(generated_at=datetime(year, 1, 1, tzinfo=UTC))


def site_of(project: Project, options: SiteOptions | None = BEFORE_2019) -> Site:
    return render_site(curriculum_of(project), None, options)


def placed(site: Site, page: str = HOME, guide: str | None = GUIDE, text: str = "") -> str:
    markdown = text or f"# Selamat Datang\n\n{MARKER}\n\n## Tentang\n"
    return place_course_home(markdown, page, site, guide)


def home_data(markdown: str) -> dict[str, Any]:
    found = re.search(
        r"<section class=\"silabus-home\"[^>]* data-home=(?:'([^']*)'|\"([^\"]*)\")", markdown
    )
    assert found is not None, markdown
    data = json.loads(html.unescape(found.group(1) or found.group(2) or ""))
    assert isinstance(data, dict)
    return data


def cohort(data: dict[str, Any], name: str) -> dict[str, Any]:
    (found,) = [item for item in data["cohorts"] if item["name"] == name]
    return found


def day(data: dict[str, Any], name: str, date: str) -> dict[str, Any]:
    (found,) = [item for item in cohort(data, name)["days"] if item["date"] == date]
    return found


def test_the_marker_is_replaced_by_the_panel(project: Project) -> None:
    markdown = placed(site_of(project))
    assert MARKER not in markdown
    assert markdown.startswith('# Selamat Datang\n\n<div class="silabus-text">\n<section')
    assert markdown.endswith("</section>\n</div><!--/silabus-text-->\n\n## Tentang\n")


def test_an_engine_that_sets_no_block_aside_gets_the_panel_on_the_markers_line(
    project: Project,
) -> None:
    written = f"# Selamat Datang\n\n{MARKER}\n\n## Tentang\n"
    markdown = place_course_home(written, HOME, site_of(project), GUIDE, set_aside=False)
    lines = markdown.split("\n")
    assert len(lines) == len(written.split("\n"))
    assert lines[2].startswith('<div class="silabus-text"><section class="silabus-home"')
    assert lines[2].endswith("</section></div>")
    assert lines[4] == "## Tentang"


def test_without_the_script_the_panel_lists_the_cohorts_and_where_to_start(
    project: Project,
) -> None:
    html = to_html(placed(site_of(project)))
    text = words(html.text)
    assert "Pelatihan Anda" in text
    assert "Angkatan I Tahun 2019 18 Mar–18 Jun 2019" in text
    assert "Angkatan II Tahun 2027 1 Feb–13 Apr 2027" in text
    assert "Mulai belajar Mata pelatihan pertama: Konsep Pelayanan Publik" in text
    links = dict(re.findall(r'<a href="([^"]+)">([^<]+)</a>', placed(site_of(project))))
    assert links["angkatan/angkatan-ii-2027/"] == "Angkatan II Tahun 2027"
    assert links["modul/konsep-pelayanan-publik/"] == "Konsep Pelayanan Publik"
    assert links["program/"] == "Struktur kurikulum"
    assert links["panduan-peserta/"] == "Panduan peserta"
    assert '<script src="assets/silabus-home.js" defer></script>' in placed(site_of(project))


def test_links_lead_from_the_page_the_marker_is_on(project: Project) -> None:
    options = SiteOptions(directory_urls=False)
    markdown = placed(site_of(project, options), page="tentang/beranda.md")
    assert 'href="../angkatan/angkatan-ii-2027.html"' in markdown
    assert 'href="../panduan-peserta.html"' in markdown
    assert 'src="../assets/silabus-home.js"' in markdown


@pytest.mark.parametrize("html_from_source", [False, True])
@pytest.mark.parametrize("page", ["index.md", "panduan-peserta.md", "tentang/beranda.md"])
def test_the_datas_addresses_lead_from_the_sites_root_on_any_page(
    project: Project, page: str, html_from_source: bool
) -> None:
    # The script resolves them against its own address, the engine's rewriting of
    # addresses in HTML (Zensical) does not reach them.
    options = replace(BEFORE_2019, html_from_source=html_from_source)
    data = home_data(placed(site_of(project, options), page=page))
    assert cohort(data, "Angkatan II Tahun 2027")["url"] == "angkatan/angkatan-ii-2027/"
    urls = {module["title"]: module["url"] for module in data["modules"]}
    assert urls["Konsep Pelayanan Publik"] == "modul/konsep-pelayanan-publik/"
    flat = replace(BEFORE_2019, directory_urls=False, html_from_source=html_from_source)
    data = home_data(placed(site_of(project, flat), page=page))
    urls = {module["title"]: module["url"] for module in data["modules"]}
    assert urls["Berpikir Kreatif dalam Pelayanan"] == "modul/berpikir-kreatif.html"


def test_the_data_is_an_attribute_that_instant_navigation_keeps(project: Project) -> None:
    # Material's instant navigation runs every <script> of a page it shows in place
    # as JavaScript: the data is no script.
    markdown = placed(site_of(project))
    assert "application/json" not in markdown
    assert markdown.count("<script") == 1
    assert home_data(markdown)["cohorts"]


@pytest.mark.parametrize("set_aside", [False, True])
def test_a_page_with_windows_line_endings_gets_the_panel_and_keeps_them(
    project: Project, set_aside: bool
) -> None:
    written = (
        f"# Selamat Datang\r\n\r\n```\r\n{MARKER}\r\n```\r\n\r\n{MARKER}\r\n\r\n## Tentang\r\n"
    )
    markdown = place_course_home(written, GUIDE, site_of(project), GUIDE, set_aside=set_aside)
    assert markdown.count('<section class="silabus-home"') == 1
    assert markdown.startswith(f"# Selamat Datang\r\n\r\n```\r\n{MARKER}\r\n```\r\n\r\n<div")
    assert re.search(r"</div>(<!--/silabus-text-->)?\r\n\r\n## Tentang\r\n$", markdown)
    if not set_aside:
        assert len(markdown.split("\r\n")) == len(written.split("\r\n"))
    mixed = f"# Halo\n{MARKER}\r\nTeks\n"
    assert place_course_home(mixed, GUIDE, site_of(project), GUIDE, set_aside=False).endswith(
        "</div>\r\nTeks\n"
    )


def test_without_a_participant_guide_the_panel_does_not_name_one(project: Project) -> None:
    assert "Panduan peserta" not in placed(site_of(project), guide=None)


def test_a_page_without_the_marker_is_left_as_written(project: Project) -> None:
    site = site_of(project)
    written = "# Selamat Datang\n\nTeks <!-- silabus: course-home --> di tengah baris.\n"
    assert placed(site, text=written) == written
    assert placed(site, text="# Halo\n") == "# Halo\n"


def test_a_marker_shown_as_an_example_in_code_is_left_as_written(project: Project) -> None:
    site = site_of(project)
    fenced = f"# Panduan\n\n```markdown\n{MARKER}\n```\n\n~~~~\n{MARKER}\n~~~\n~~~~\n"
    assert placed(site, text=fenced) == fenced
    indented = f"# Panduan\n\n    {MARKER}\n"
    assert placed(site, text=indented) == indented
    after = placed(site, text=f"```\n{MARKER}\n```\n\n{MARKER}\n")
    assert after.startswith(f"```\n{MARKER}\n```\n\n<div")


def test_only_the_first_marker_gets_the_panel(project: Project) -> None:
    markdown = placed(site_of(project), text=f"{MARKER}\n\n{MARKER}\n")
    assert markdown.count('<section class="silabus-home"') == 1
    assert markdown.endswith(f"\n\n{MARKER}\n")


def test_the_data_holds_each_day_in_the_cohorts_zone(project: Project) -> None:
    data = home_data(placed(site_of(project)))
    found = day(data, "Angkatan II Tahun 2027", "2027-02-16")
    assert found["label"] == "Selasa, 16 Februari 2027"
    assert found["from"] == "2027-02-16T00:00:00+08:00"
    assert found["to"] == "2027-02-17T00:00:00+08:00"
    first, second = found["sessions"]
    # A module's sessions in a row, with breaks between them, are one item.
    assert first["start"] == "2027-02-16T08:00:00+08:00"
    assert first["end"] == "2027-02-16T13:45:00+08:00"
    assert first["time"] == "08.00–13.45 WITA"
    assert first["title"] == "Berpikir Kreatif dalam Pelayanan"
    assert first["place"] == "Ruang Anggrek"
    assert first["leaders"] == [
        "Widyaiswara: Dr. Andi Pratama, M.Si.",
        "Fasilitator: Maya Lubis, S.Psi.",
    ]
    assert data["modules"][first["module"]]["url"] == "modul/berpikir-kreatif/"
    assert second["time"] == "13.45–16.15 WITA"
    assert found["title"] == ""
    assert day(data, "Angkatan II Tahun 2027", "2027-02-01")["title"] == "Pembukaan daring"
    jakarta = day(data, "Angkatan I Tahun 2019", "2019-03-18")
    assert jakarta["from"] == "2019-03-18T00:00:00+07:00"
    assert jakarta["sessions"][0]["time"].endswith(" WIB")


def test_the_data_holds_cohorts_phases_and_the_modules_of_each_week(project: Project) -> None:
    data = home_data(placed(site_of(project)))
    second = cohort(data, "Angkatan II Tahun 2027")
    assert second["url"] == "angkatan/angkatan-ii-2027/"
    assert (second["from"], second["to"]) == (
        "2027-02-01T00:00:00+08:00",
        "2027-04-14T00:00:00+08:00",
    )
    assert second["first"] == "Senin, 1 Februari 2027"
    assert [phase["title"] for phase in second["phases"]][:2] == [
        "Pembelajaran jarak jauh",
        "Klasikal",
    ]
    (week,) = [item for item in second["weeks"] if item["from"].startswith("2027-02-15")]
    assert week["to"] == "2027-02-22T00:00:00+08:00"
    titles = [data["modules"][index]["title"] for index in week["modules"]]
    assert titles[0] == "Berpikir Kreatif dalam Pelayanan"
    creative = data["modules"][week["modules"][0]]
    assert creative["materials"][0][1].startswith("modul/berpikir-kreatif/")
    assert data["labels"]["home_today"] == "Hari ini, {day}"


def test_breaks_are_not_on_the_home(project: Project) -> None:
    data = home_data(placed(site_of(project)))
    titles = {
        session["title"]
        for item in data["cohorts"]
        for found in item["days"]
        for session in found["sessions"]
    }
    assert "Istirahat" not in titles and "Ishoma" not in titles


def test_nothing_in_the_data_can_end_its_attribute(project: Project) -> None:
    name = "Angkatan </script><b>&amp;'\" x"
    path = project.path("curriculum/cohorts/angkatan-ii-2027.yml")
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("name: Angkatan II Tahun 2027", f"name: {json.dumps(name)}"),
        encoding="utf-8",
    )
    markdown = placed(site_of(project))
    data_part = markdown.split("data-home='", 1)[1].split("'", 1)[0]
    assert not set("<>&'") & set(data_part)
    assert cohort(home_data(markdown), name)["url"]


def test_the_course_data_and_the_home_share_their_escaping() -> None:
    data = {"name": "</script><b>&'"}
    assert html_json(data) == '{"name":"\\u003c/script\\u003e\\u003cb\\u003e\\u0026\\u0027"}'
    assert json_ld(data) == f'<script type="application/ld+json">{html_json(data)}</script>'


def test_a_curriculum_without_cohorts_has_a_panel_without_the_script(project: Project) -> None:
    curriculum = replace(curriculum_of(project), cohorts={}, cohort_sources={})
    markdown = placed(render_site(curriculum))
    assert "Jadwal angkatan belum diumumkan." in words(to_html(markdown).text)
    assert "silabus-home.js" not in markdown
    assert "Konsep Pelayanan Publik" in markdown


def test_an_english_site_has_english_labels() -> None:
    validation = validate_project(REPOSITORY / "examples" / "shell-workshop")
    assert validation.curriculum is not None
    site = render_site(validation.curriculum)
    markdown = placed(site, guide=None)
    text = words(to_html(markdown).text)
    assert "Your course" in text
    assert "Where to start" in text
    data = home_data(markdown)
    (only,) = data["cohorts"]
    assert only["days"][0]["from"].endswith("+01:00")  # Amsterdam in March: CET
    timed = [session for session in only["days"][0]["sessions"] if "start" in session]
    assert timed[0]["time"].endswith(" CET")
    assert "Any time" in [session["time"] for session in only["days"][0]["sessions"]]
    assert data["labels"]["home_today"] == "Today, {day}"


@pytest.mark.parametrize(
    "home",
    [
        "docs/index.md",
        "examples/shell-workshop/docs/index.md",
        "src/silabus/starter/files/id/docs/index.md",
        "src/silabus/starter/files/en/docs/index.md",
    ],
)
def test_the_sample_example_and_starter_homes_ask_for_the_course_home(home: str) -> None:
    lines = (REPOSITORY / home).read_text(encoding="utf-8").splitlines()
    assert MARKER in lines


def test_the_built_home_page_has_the_panel_and_no_marker(project: Project) -> None:
    built = project.mkdocs_build("--strict")
    assert built.returncode == 0, built.stderr
    page = (project.root / "site" / "index.html").read_text(encoding="utf-8")
    assert "silabus: course-home" not in page
    assert page.count('<section class="silabus-home"') == 1
    assert '<a href="angkatan/angkatan-ii-2027/">Angkatan II Tahun 2027</a>' in page
    assert (project.root / "site" / "assets" / "silabus-home.js").is_file()
    # A page Markdown would have read again keeps its data as the build wrote it.
    assert home_data(page)["cohorts"][1]["days"][0]["sessions"][0]["time"] == "07.30–08.00 WITA"


def test_a_cohort_that_ended_before_the_build_keeps_only_what_says_so(project: Project) -> None:
    full = placed(site_of(project))
    built_2020 = placed(
        site_of(project, SiteOptions(generated_at=datetime(2020, 1, 1, tzinfo=UTC)))
    )
    data = home_data(built_2020)
    first = cohort(data, "Angkatan I Tahun 2019")
    assert first["last"] == "Selasa, 18 Juni 2019"
    assert first["to"] == "2019-06-19T00:00:00+07:00"
    assert not {"days", "phases", "weeks"} & set(first)
    assert cohort(data, "Angkatan II Tahun 2027")["days"]
    assert len(built_2020) < len(full)
    # Only the last cohort that ended is named once none is to come.
    data = home_data(
        placed(site_of(project, SiteOptions(generated_at=datetime(2028, 1, 1, tzinfo=UTC))))
    )
    (only,) = data["cohorts"]
    assert only["name"] == "Angkatan II Tahun 2027"
    assert "days" not in only
    assert data["modules"] == []


def test_a_cohort_on_its_last_day_at_the_build_keeps_its_days(project: Project) -> None:
    # A site built before a cohort ends is read after it ends: its data says so.
    last_day = datetime.fromisoformat("2027-04-13T23:59:00+08:00")
    data = home_data(placed(site_of(project, SiteOptions(generated_at=last_day))))
    second = cohort(data, "Angkatan II Tahun 2027")
    assert second["days"] and second["phases"] and second["weeks"]
    assert "days" not in cohort(data, "Angkatan I Tahun 2019")


def test_each_day_names_the_cohorts_zone(project: Project) -> None:
    data = home_data(placed(site_of(project)))
    assert day(data, "Angkatan II Tahun 2027", "2027-02-16")["zone"] == "WITA"
    assert day(data, "Angkatan I Tahun 2019", "2019-03-18")["zone"] == "WIB"
    assert data["labels"]["home_today_in"] == "Hari ini menurut {zone}, {day}"
