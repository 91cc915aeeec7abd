"""Publishing: what link previews and search engines read from the pages, the
offline copy, and the theme templates Silabus puts before Material's."""

from __future__ import annotations

import json
import re
import zipfile
from html import unescape
from pathlib import Path

import material as material_package
import pytest
import yaml

from tests.conftest import REPOSITORY, Project, mkdocs_lines, require, snapshot

SITE_URL = "https://contoh-bpsdm.github.io/silabus/"


def _meta(html: str) -> dict[str, str]:
    """The page's Open Graph and named meta tags, by property or name."""
    return {
        match["key"]: unescape(match["value"])
        for match in re.finditer(
            r'<meta (?:property|name)="(?P<key>[^"]+)" content="(?P<value>[^"]*)">', html
        )
    }


def _course_data(html: str) -> list[dict[str, object]]:
    return [
        json.loads(text)
        for text in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html)
    ]


@pytest.fixture
def published(project: Project) -> Project:
    """The sample built with its public address and repository set, as on GitHub Pages."""
    project.replace(
        "mkdocs.yml",
        "site_name:",
        f"site_url: {SITE_URL}\nrepo_url: https://github.com/contoh-bpsdm/silabus\nsite_name:",
    )
    built = project.mkdocs_build("--strict")
    assert built.returncode == 0, built.stderr
    return project


def test_every_page_has_a_title_description_and_open_graph_tags(published: Project) -> None:
    pages = sorted(published.path("site").rglob("*.html"))
    assert len(pages) > 30
    for page in pages:
        html = page.read_text(encoding="utf-8")
        meta = _meta(html)
        where = page.relative_to(published.root)
        title = unescape(re.search(r"<title>(.*?)</title>", html, re.DOTALL)[1]).strip()
        assert meta["og:title"] and title.startswith(meta["og:title"]), where
        assert meta["description"] and meta["og:description"], where
        assert meta["og:site_name"] == "Pelatihan Pelayanan Publik Berorientasi Inovasi"
        assert meta["og:locale"] == "id_ID"
        assert meta["twitter:card"] == "summary"
        if page.name != "404.html":
            address = page.relative_to(published.path("site")).as_posix()
            assert meta["og:url"] == SITE_URL + address.removesuffix("index.html"), where


def test_a_module_page_is_described_by_its_summary(published: Project) -> None:
    meta = _meta(published.read("site/modul/berpikir-kreatif/index.html"))
    assert meta["og:title"] == "Berpikir Kreatif dalam Pelayanan"
    assert meta["og:description"].startswith("Melatih teknik berpikir kreatif")


def test_the_program_page_describes_the_course_and_its_cohorts(published: Project) -> None:
    (course,) = _course_data(published.read("site/program/index.html"))
    assert course["@context"] == "https://schema.org"
    assert course["@type"] == "Course"
    assert course["name"] == "Pelatihan Pelayanan Publik Berorientasi Inovasi"
    assert course["courseCode"] == "pelayanan-publik-berorientasi-inovasi"
    assert course["url"] == SITE_URL + "program/"
    assert course["timeRequired"] == "PT117H"  # 156 JP of 45 minutes
    assert course["provider"] == {
        "@type": "Organization",
        "name": "Badan Pengembangan Sumber Daya Manusia Provinsi Nusantara Raya",
        "url": "https://bpsdm.example.go.id/",
        "sameAs": "https://bpsdm.example.go.id/",
    }
    assert str(course["description"]).startswith("Pelatihan ini membekali aparatur")
    assert "**" not in str(course["description"])  # Markdown becomes plain text
    sections = course["syllabusSections"]
    assert isinstance(sections, list) and len(sections) == 11
    assert sections[0]["@type"] == "Syllabus"
    instances = course["hasCourseInstance"]
    assert isinstance(instances, list)
    assert [instance["name"] for instance in instances] == [
        "Angkatan I Tahun 2019",
        "Angkatan II Tahun 2027",
    ]


def test_a_cohort_page_describes_its_course_instance(published: Project) -> None:
    (course,) = _course_data(published.read("site/angkatan/angkatan-ii-2027/index.html"))
    (instance,) = course["hasCourseInstance"]  # type: ignore[misc]
    assert instance == {
        "@type": "CourseInstance",
        "name": "Angkatan II Tahun 2027",
        "startDate": "2027-02-01",
        "endDate": "2027-04-13",
        "courseMode": "blended",
        "eventAttendanceMode": "https://schema.org/MixedEventAttendanceMode",
        "inLanguage": "id",
        "location": {
            "@type": "Place",
            "name": "Balai Pelatihan Wilayah Timur, Jalan Urip Sumoharjo, Makassar",
            "address": "Balai Pelatihan Wilayah Timur, Jalan Urip Sumoharjo, Makassar",
        },
        "maximumAttendeeCapacity": 40,
        "instructor": [{"@type": "Person", "name": name} for name in _teachers(published)],
        "courseWorkload": "PT117H",
        "url": SITE_URL + "angkatan/angkatan-ii-2027/",
    }
    assert len(instance["instructor"]) >= 5  # type: ignore[arg-type]


def _teachers(project: Project) -> list[str]:
    """Those who teach the cohort's module sessions, read from its file independently:
    widyaiswara, facilitators and guest speakers, each once, in the order written."""
    data = yaml.safe_load(project.read("curriculum/cohorts/angkatan-ii-2027.yml"))
    names = [
        leader["name"]
        for phase in data["phases"]
        for day in phase.get("days", [])
        for session in day["sessions"]
        if "module" in session
        for leader in session.get("leaders", [])
        if leader["role"].lower() in {"widyaiswara", "fasilitator", "narasumber"}
    ]
    return list(dict.fromkeys(names))


def test_other_pages_carry_no_course_data(published: Project) -> None:
    for page in (
        "index.html",
        "modul/berpikir-kreatif/pengantar/index.html",
        "angkatan/index.html",
    ):
        assert _course_data(published.read(f"site/{page}")) == [], page


def test_curriculum_text_cannot_end_the_course_data_early(project: Project) -> None:
    project.replace(
        "curriculum/program.yml",
        "title: Pelatihan Pelayanan Publik Berorientasi Inovasi",
        "title: 'Inovasi </script><script>alert(1)</script> & <b>'",
    )
    built = project.mkdocs_build("--strict")
    assert built.returncode == 0, built.stderr
    html = project.read("site/program/index.html")
    assert "<script>alert(1)" not in html
    (course,) = _course_data(html)
    assert course["name"] == "Inovasi </script><script>alert(1)</script> & <b>"
    assert _meta(html)["og:title"] == "Inovasi </script><script>alert(1)</script> & <b>"


def test_without_a_site_url_pages_have_no_og_url(project: Project) -> None:
    built = project.mkdocs_build("--strict")
    assert built.returncode == 0, built.stderr
    html = project.read("site/program/index.html")
    assert "og:url" not in _meta(html)
    (course,) = _course_data(html)
    assert "url" not in course


def test_the_repository_link_does_not_ask_the_repository_api(project: Project) -> None:
    project.replace(
        "mkdocs.yml", "site_name:", "repo_url: https://github.com/contoh/silabus\nsite_name:"
    )
    built = project.mkdocs_build("--strict")
    assert built.returncode == 0, built.stderr
    html = project.read("site/index.html")
    assert 'href="https://github.com/contoh/silabus"' in html  # the link stays
    assert 'data-md-component="source"' not in html  # Material fetches stars for it


def test_the_search_dialog_has_a_name(project: Project) -> None:
    built = project.mkdocs_build("--strict")
    assert built.returncode == 0, built.stderr
    assert 'role="dialog" aria-label="Cari"' in project.read("site/index.html")


def test_a_projects_own_custom_dir_wins_over_silabus_templates(project: Project) -> None:
    project.replace(
        "mkdocs.yml", "  name: material\n", "  name: material\n  custom_dir: overrides\n"
    )
    project.write("overrides/partials/search.html", '<div class="own-search"></div>\n')
    built = project.mkdocs_build("--strict")
    assert built.returncode == 0, built.stderr
    html = project.read("site/index.html")
    assert '<div class="own-search"></div>' in html
    assert 'aria-label="Cari"' not in html


def test_no_page_loads_a_file_from_another_server(published: Project) -> None:
    """The browser suite watches the requests; this reads every built page."""
    for page in published.path("site").rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        loaded = re.findall(
            r'<(?:script|img|link|iframe|source)\b([^>]*?)(?:src|href)="([^"]+)"', html
        )
        remote = [
            address
            for before, address in loaded
            if re.match(r"(https?:)?//", address) and 'rel="canonical"' not in before
        ]
        assert remote == [], page


def test_offline_writes_one_zip_named_after_the_program(project: Project) -> None:
    made = project.silabus("offline")
    assert made.returncode == 0, made.stderr
    target = project.path("dist/pelayanan-publik-berorientasi-inovasi-offline.zip")
    assert made.stdout.startswith("Wrote dist/pelayanan-publik-berorientasi-inovasi-offline.zip (")
    assert "Unzip it and open index.html." in made.stdout
    with zipfile.ZipFile(target) as archive:
        names = set(archive.namelist())
        folder = "pelayanan-publik-berorientasi-inovasi-offline/"
        assert {name.split("/")[0] + "/" for name in names} == {folder}
        for needed in (
            "index.html",
            "modul/desain-inovasi.html",
            "search/search_index.js",
            "assets/javascripts/iframe-worker-shim.js",
            "angkatan/angkatan-ii-2027.ics",
        ):
            assert folder + needed in names, needed
        module = archive.read(folder + "modul/desain-inovasi.html").decode()
    # Pages link to files, not folders, and the worker shim is the local copy.
    assert 'href="../program/index.html"' in module
    assert '<script src="../assets/javascripts/iframe-worker-shim.js"></script>' in module
    assert "unpkg.com" not in module
    assert not list(project.path("dist").glob(".*"))  # no partial file left behind


def test_offline_links_between_generated_pages_point_at_files(project: Project) -> None:
    made = project.silabus("offline", "--output", "out")
    assert made.returncode == 0, made.stderr
    (target,) = project.path("out").glob("*.zip")
    with zipfile.ZipFile(target) as archive:
        folder = target.stem + "/"
        names = set(archive.namelist())
        cohort = archive.read(folder + "angkatan/angkatan-ii-2027.html").decode()
    for link in re.findall(r'href="(\.\./[^"#]+)"', cohort):
        resolved = Path(folder + "angkatan", link).as_posix()
        parts: list[str] = []
        for part in resolved.split("/"):
            if part == "..":
                parts.pop()
            else:
                parts.append(part)
        assert "/".join(parts) in names, link


def test_a_broken_curriculum_leaves_the_earlier_offline_copy(project: Project) -> None:
    assert project.silabus("offline").returncode == 0
    before = snapshot(project.path("dist"))
    project.replace("curriculum/modules/studi-tiru.yml", "title:", "titel:")
    made = project.silabus("offline")
    assert made.returncode == 1
    lines = mkdocs_lines(made.stderr)
    assert "curriculum/modules/studi-tiru.yml:3:1: error: unknown field 'titel'  [S005]" in lines
    assert lines[-1] == (
        "No offline copy was written; an earlier one in the output folder is unchanged."
    )
    assert "Traceback" not in made.stderr
    assert snapshot(project.path("dist")) == before


def test_offline_without_mkdocs_yml_says_so(project: Project) -> None:
    project.path("mkdocs.yml").unlink()
    made = project.silabus("offline")
    assert made.returncode == 1
    assert "has no mkdocs.yml; the offline copy is built from it" in made.stderr
    assert not project.path("dist").exists()


def test_a_missing_browser_skips_the_browser_tests_but_fails_them_under_ci(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="Chromium is not installed: apt-get"):
        require(False, "Chromium", "apt-get install chromium")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="Chromium is not installed: apt-get"):
        require(False, "Chromium", "apt-get install chromium")
    require(True, "Chromium", "apt-get install chromium")  # present: nothing happens


def test_a_placeholder_left_in_site_url_stops_the_build(project: Project) -> None:
    project.replace(
        "mkdocs.yml",
        "# site_url: https://<organization>.github.io/<repository>/",
        "site_url: https://<organization>.github.io/<repository>/",
    )
    built = project.mkdocs_build("--strict")
    assert built.returncode == 1
    lines = mkdocs_lines(built.stderr)
    assert (
        "mkdocs.yml:6:1: error: site_url still holds a placeholder: "
        "https://<organization>.github.io/<repository>/  [P001]"
    ) in lines
    assert not project.path("site").exists()


def test_a_project_site_address_without_the_repository_path_is_a_warning(
    project: Project,
) -> None:
    project.replace(
        "mkdocs.yml",
        "site_name:",
        "site_url: https://bpsdm-contoh.github.io/\n"
        "repo_url: https://github.com/bpsdm-contoh/pelatihan-inovasi\nsite_name:",
    )
    built = project.mkdocs_build("--strict")
    assert built.returncode == 1
    assert (
        "mkdocs.yml:1:1: warning: GitHub Pages publishes the repository "
        "bpsdm-contoh/pelatihan-inovasi at https://bpsdm-contoh.github.io/pelatihan-inovasi/, "
        "but site_url is https://bpsdm-contoh.github.io/  [P002]"
    ) in mkdocs_lines(built.stderr)
    project.replace(
        "mkdocs.yml",
        "site_url: https://bpsdm-contoh.github.io/\n",
        "site_url: https://bpsdm-contoh.github.io/pelatihan-inovasi/\n",
    )
    assert project.mkdocs_build("--strict").returncode == 0


def test_the_offline_copy_has_no_online_addresses_or_edit_links(project: Project) -> None:
    project.replace(
        "mkdocs.yml",
        "site_name:",
        f"site_url: {SITE_URL}\nrepo_url: https://github.com/contoh-bpsdm/silabus\nsite_name:",
    )
    made = project.silabus("offline")
    assert made.returncode == 0, made.stderr
    (target,) = project.path("dist").glob("*.zip")
    with zipfile.ZipFile(target) as archive:
        module = archive.read(target.stem + "/modul/desain-inovasi.html").decode()
    assert SITE_URL not in module  # canonical and og:url would name .html pages online
    assert "github.com" not in module  # edit and repository links need a network
    assert 'rel="canonical"' not in module


def test_the_theme_templates_differ_from_materials_only_where_meant() -> None:
    """Silabus's copies of Material partials must follow Material when it changes them."""
    material = Path(material_package.__file__).parent / "templates" / "partials"
    ours = REPOSITORY / "src" / "silabus" / "theme" / "partials"
    changes = {
        "search.html": (" aria-label=\"{{ lang.t('search') }}\"", ""),
        "source.html": ("", ' data-md-component="source"'),
    }
    for name, (added, removed) in changes.items():
        own = re.sub(r"\A\{#-.*?-#\}\n", "", (ours / name).read_text(), flags=re.DOTALL)
        theirs = re.sub(r"\A\{#-.*?-#\}\n", "", (material / name).read_text(), flags=re.DOTALL)
        if added:
            assert added in own, name
            own = own.replace(added, "", 1)
        if removed:
            assert removed in theirs, name
            theirs = theirs.replace(removed, "")
        assert own == theirs, f"Material's partials/{name} changed: update Silabus's copy"


def test_a_hand_written_description_keeps_its_text_in_link_previews(project: Project) -> None:
    text = project.read("docs/panduan-peserta.md")
    project.write(
        "docs/panduan-peserta.md", '---\ndescription: "Nilai < 70 & > 50 lulus"\n---\n\n' + text
    )
    built = project.mkdocs_build("--strict")
    assert built.returncode == 0, built.stderr
    meta = _meta(project.read("site/panduan-peserta/index.html"))
    assert meta["og:description"] == "Nilai < 70 & > 50 lulus"


def test_the_project_site_hint_ignores_git_suffixes_and_branches(project: Project) -> None:
    project.replace(
        "mkdocs.yml",
        "site_name:",
        "site_url: https://bpsdm-contoh.github.io/\n"
        "repo_url: https://github.com/bpsdm-contoh/pelatihan-inovasi.git\nsite_name:",
    )
    built = project.mkdocs_build("--strict")
    assert "    hint: set site_url: https://bpsdm-contoh.github.io/pelatihan-inovasi/" in (
        mkdocs_lines(built.stderr)
    )


def test_offline_needs_the_silabus_plugin(project: Project) -> None:
    project.replace("mkdocs.yml", "  - silabus\n", "")
    made = project.silabus("offline")
    assert made.returncode == 1
    assert (
        "silabus offline: error: mkdocs.yml does not use the Silabus plugin, so the site would "
        "have no curriculum pages; add `silabus` to its `plugins:`"
    ) in made.stderr
    assert "Traceback" not in made.stderr
    assert not project.path("dist").exists()


def test_offline_needs_material(project: Project) -> None:
    project.replace("mkdocs.yml", "  name: material\n", "  name: mkdocs\n")
    project.replace("mkdocs.yml", "  - tags\n", "")  # Material's plugin
    made = project.silabus("offline")
    assert made.returncode == 1
    assert (
        "silabus offline: error: the offline copy needs theme 'material' (its search works "
        "from files); mkdocs.yml sets theme 'mkdocs'"
    ) in made.stderr


def test_offline_into_a_place_that_cannot_hold_it_says_so(project: Project) -> None:
    project.write("afile", "not a folder")
    made = project.silabus("offline", "--output", "afile")
    assert made.returncode == 1
    assert "silabus offline: error: cannot write afile/" in made.stderr
    assert "Traceback" not in made.stderr
    assert project.read("afile") == "not a folder"


def test_offline_writes_into_the_projects_dist_from_anywhere(project: Project) -> None:
    made = project.silabus("offline", "--project", str(project.root), cwd=project.root.parent)
    assert made.returncode == 0, made.stderr
    assert list(project.path("dist").glob("*.zip"))
    assert not (project.root.parent / "dist").exists()


def test_the_search_index_waits_for_the_reader(project: Project) -> None:
    """Material's script asks for the index as it starts: the script that holds the
    request back comes before it, in the page itself, and not in the head, where a
    script would hold back the first paint (the browser suite checks the behaviour)."""
    built = project.mkdocs_build("--strict")
    assert built.returncode == 0, built.stderr
    for page in ("site/modul/studi-tiru/index.html", "site/index.html", "site/404.html"):
        html = project.read(page)
        on_demand = html.index('<script id="silabus-search-on-demand">')
        assert html.index("</head>") < on_demand < html.index("assets/javascripts/bundle.")
    assert not project.path("site/assets/javascripts/silabus-search-on-demand.js").exists()
    head = project.read("site/index.html").split("</head>")[0]
    assert "<script src=" not in head


def test_without_search_there_is_no_search_script(project: Project) -> None:
    project.replace("mkdocs.yml", "plugins:\n  - search\n", "plugins:\n")
    built = project.mkdocs_build("--strict")
    assert built.returncode == 0, built.stderr
    assert "silabus-search-on-demand" not in project.read("site/index.html")
