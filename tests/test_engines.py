"""The site does not depend on one engine: the same mkdocs.yml and hook build with
ProperDocs (the maintained MkDocs 1.x fork), Silabus builds it with Zensical (which
runs no plugin), and the exported pages with the navigation file build as a plain
Markdown site, without Silabus or Material."""

from __future__ import annotations

import fcntl
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import yaml

from tests.conftest import REPOSITORY, Project, mkdocs_lines, served_page, snapshot

PLAIN_CONFIG = """\
INHERIT: out/.nav.yml
site_name: Kurikulum
docs_dir: out
site_dir: plain-site
theme:
  name: mkdocs
markdown_extensions:
  - tables
  - toc
  - admonition
  - attr_list
  - pymdownx.details
  - pymdownx.superfences
"""


def test_properdocs_builds_the_project_with_the_same_config_and_hook(project: Project) -> None:
    built = project.run(sys.executable, "-m", "properdocs", "build", "--strict", "-f", "mkdocs.yml")
    assert built.returncode == 0, built.stderr
    home = project.read("site/index.html")
    assert "ProperDocs" in home  # the generator meta tag: built by ProperDocs, not MkDocs
    module = project.read("site/modul/studi-tiru/index.html")
    assert ">Studi Tiru Inovasi Pelayanan Publik<" in module
    assert '<meta property="og:title" content="Studi Tiru Inovasi Pelayanan Publik">' in module
    assert project.path("site/angkatan/angkatan-ii-2027.ics").is_file()


def test_properdocs_stops_on_a_broken_curriculum_with_the_same_message(project: Project) -> None:
    project.replace("curriculum/modules/studi-tiru.yml", "\ntitle:", "\ntitel:")
    built = project.run(sys.executable, "-m", "properdocs", "build", "--strict", "-f", "mkdocs.yml")
    assert built.returncode == 1
    assert "curriculum/modules/studi-tiru.yml:3:1: error: unknown field 'titel'  [S005]" in (
        mkdocs_lines(built.stderr)
    )
    assert "Traceback" not in built.stderr
    assert not project.path("site").exists()


def test_the_export_builds_as_a_plain_site_with_its_navigation(project: Project) -> None:
    exported = project.silabus("export", "out")
    assert exported.returncode == 0, exported.stderr
    nav = yaml.safe_load(project.read("out/.nav.yml"))["nav"]
    (curriculum,) = [entry["Kurikulum"] for entry in nav if "Kurikulum" in entry]
    assert curriculum[0] == "program/index.md"
    project.write("plain.yml", PLAIN_CONFIG)
    built = project.run(sys.executable, "-m", "mkdocs", "build", "--strict", "-f", "plain.yml")
    assert built.returncode == 0, built.stderr
    assert "silabus" not in built.stderr.lower()  # no hook ran: the pages are plain files
    module = project.read("plain-site/modul/studi-tiru/index.html")
    assert "Studi Tiru Inovasi Pelayanan Publik" in module
    home = project.read("plain-site/program/index.html")
    # The navigation follows the program: agendas in order, each with its modules.
    assert home.index("Agenda I: Wawasan Pelayanan Publik") < home.index(
        "Agenda II: Kreativitas dan Inovasi"
    )
    assert 'href="../modul/studi-tiru/"' in home


# Zensical: Silabus renders the pages and runs it (`silabus build --engine zensical`).

TRAINER_NOTE = "Konfirmasi lokus studi tiru paling lambat"  # studi-tiru's trainer notes
EPOCH = {"SOURCE_DATE_EPOCH": "1700000000"}  # calendars are stamped with the build's time


def _published(site: Path) -> dict[str, bytes]:
    """The pages and calendars of a built site, by address."""
    return {
        path.relative_to(site).as_posix(): path.read_bytes()
        for path in sorted(site.rglob("*"))
        if path.suffix in {".html", ".ics"}
    }


def _zensical(project: Project, *arguments: str) -> subprocess.CompletedProcess[str]:
    return project.run(
        sys.executable, "-m", "silabus", "build", "--engine", "zensical", *arguments, env=EPOCH
    )


def test_zensical_builds_the_pages_and_calendars_mkdocs_builds(project: Project) -> None:
    with_mkdocs = project.run(sys.executable, "-m", "mkdocs", "build", "-d", "mk", env=EPOCH)
    assert with_mkdocs.returncode == 0, with_mkdocs.stderr

    built = _zensical(project, "--strict")

    assert built.returncode == 0, built.stderr
    assert "The new site is in place in site/" in built.stderr
    zensical, mkdocs = _published(project.path("site")), _published(project.path("mk"))
    assert sorted(zensical) == sorted(mkdocs)
    calendars = [path for path in mkdocs if path.endswith(".ics")]
    assert calendars and all(zensical[path] == mkdocs[path] for path in calendars)
    module = project.read("site/modul/studi-tiru/index.html")
    assert ">Studi Tiru Inovasi Pelayanan Publik<" in module
    assert 'href="../../assets/silabus.css"' in module
    assert '<script type="application/ld+json">' in project.read("site/program/index.html")
    # Link previews as the plugin gives them.
    preview = re.compile(r'<meta property="og:\w+" content="[^"]*">')
    for page in (
        "modul/studi-tiru/index.html",
        "index.html",
        "angkatan/angkatan-ii-2027/index.html",
    ):
        tags = preview.findall(zensical[page].decode())
        assert len(tags) >= 4 and tags == preview.findall(mkdocs[page].decode())
    assert TRAINER_NOTE not in "".join(page.decode() for page in zensical.values())
    # The home page's notice is for sites built without Silabus.
    assert "Kurikulum tidak ada di situs ini" not in project.read("site/index.html")


def test_the_trainer_build_on_zensical_holds_the_trainer_notes(project: Project) -> None:
    shutil.copy2(REPOSITORY / "mkdocs-trainer.yml", project.path("mkdocs-trainer.yml"))

    built = _zensical(project, "--audience", "trainer")

    assert built.returncode == 0, built.stderr
    assert TRAINER_NOTE in project.read("site-trainer/modul/studi-tiru/index.html")
    assert not project.path("site").exists()


def test_a_broken_curriculum_stops_zensical_with_the_same_lines_and_keeps_the_site(
    project: Project,
) -> None:
    assert _zensical(project).returncode == 0
    before = snapshot(project.path("site"), with_times=True)
    project.replace("curriculum/modules/studi-tiru.yml", "\ntitle:", "\ntitel:")

    built = _zensical(project)
    with_mkdocs = project.mkdocs_build()

    line = "curriculum/modules/studi-tiru.yml:3:1: error: unknown field 'titel'  [S005]"
    assert built.returncode == 1
    assert line in built.stderr.splitlines()
    assert line in mkdocs_lines(with_mkdocs.stderr)
    assert "The site was not built; fix the problems above and build again." in built.stderr
    assert "Traceback" not in built.stderr
    assert snapshot(project.path("site"), with_times=True) == before


def test_zensical_run_without_silabus_says_the_course_is_missing(project: Project) -> None:
    built = project.run(sys.executable, "-m", "zensical", "build", "-f", "mkdocs.yml")

    assert built.returncode == 0, built.stderr
    home = project.read("site/index.html")
    assert "Kurikulum tidak ada di situs ini" in home
    assert "silabus build --engine zensical" in home
    assert not project.path("site/program/index.html").exists()


def test_the_mkdocs_build_leaves_out_the_notice_for_sites_built_without_silabus(
    project: Project,
) -> None:
    built = project.silabus("build")

    assert built.returncode == 0, built.stderr
    home = project.read("site/index.html")
    assert "Selamat Datang" in home and "Kurikulum tidak ada di situs ini" not in home


def test_the_zensical_site_asks_no_other_server_for_the_repository_stars(project: Project) -> None:
    project.replace(
        "mkdocs.yml",
        "site_name:",
        "repo_url: https://github.com/bpsdm-contoh/pelatihan-inovasi\nsite_name:",
    )

    built = _zensical(project)

    assert built.returncode == 0, built.stderr
    home = project.read("site/index.html")
    assert 'href="https://github.com/bpsdm-contoh/pelatihan-inovasi"' in home
    assert 'data-md-component="source"' not in home  # Zensical's script would fetch stars


def _wait_for(address: str, text: str, seconds: float = 90) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if text in served_page(address):
            return True
        time.sleep(0.5)
    return False


def test_serve_on_zensical_shows_a_saved_module_again(project: Project) -> None:
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    address = f"127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "-m", "silabus", "serve", "--engine", "zensical", "--dev-addr", address],
        cwd=project.root,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    said: list[str] = []
    reader = threading.Thread(target=lambda: said.extend(server.stdout or []), daemon=True)
    reader.start()
    module = f"http://{address}/modul/studi-tiru/"
    try:
        assert _wait_for(module, ">Studi Tiru Inovasi Pelayanan Publik<"), "".join(said)
        project.replace(
            "curriculum/modules/studi-tiru.yml",
            "title: Studi Tiru Inovasi Pelayanan Publik",
            "title: Studi Tiru ke Unit Pelayanan",
        )
        assert _wait_for(module, ">Studi Tiru ke Unit Pelayanan<"), "".join(said)
        # A change with a problem is named, and the preview stays as it was.
        project.replace("curriculum/modules/studi-tiru.yml", "\ntitle:", "\ntitel:")
        deadline = time.monotonic() + 30
        line = "curriculum/modules/studi-tiru.yml:3:1: error: unknown field 'titel'  [S005]\n"
        while line not in said:
            assert time.monotonic() < deadline, "".join(said)
            time.sleep(0.5)
        assert ">Studi Tiru ke Unit Pelayanan<" in served_page(module)
    finally:
        server.terminate()
        server.wait(timeout=30)
        reader.join(timeout=10)
    assert server.returncode == 0, "".join(said)
    assert "Traceback" not in "".join(said)


def test_markup_in_a_title_stays_text_on_zensical(project: Project) -> None:
    project.replace(
        "curriculum/modules/studi-tiru.yml",
        "title: Studi Tiru Inovasi Pelayanan Publik",
        'title: "Studi Tiru </title><script>alert(1)</script>"',
    )

    built = _zensical(project)

    assert built.returncode == 0, built.stderr
    for page in ("modul/studi-tiru/index.html", "cetak/modul/studi-tiru/index.html"):
        html = project.read(f"site/{page}")
        assert "<script>alert(1)" not in html
        assert "<title>Studi Tiru &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; - " in html


def test_a_strict_zensical_build_names_the_line_without_a_traceback(project: Project) -> None:
    assert _zensical(project).returncode == 0
    before = snapshot(project.path("site"), with_times=True)
    home = project.read("docs/index.md")
    project.write("docs/index.md", home + "\nLihat [halaman lain](tidak-ada.md).\n")
    line = len(home.splitlines()) + 2  # the notice's lines are kept, as blank lines

    built = _zensical(project, "--strict")

    assert built.returncode == 1
    assert f"index.md:{line}:" in built.stderr
    assert "Traceback" not in built.stderr and "\x1b[" not in built.stderr
    assert "Zensical stopped the build; site is as it was." in built.stderr
    assert snapshot(project.path("site"), with_times=True) == before


def test_a_zensical_build_of_settings_in_use_says_so(project: Project) -> None:
    folder = project.path(".silabus/zensical/mkdocs")
    folder.mkdir(parents=True)
    holder = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(holder, fcntl.LOCK_EX)
        built = _zensical(project)
    finally:
        os.close(holder)

    assert built.returncode == 1
    assert (
        "silabus build: error: another `silabus build` or `silabus serve` is using "
        ".silabus/zensical/mkdocs for mkdocs.yml"
    ) in built.stderr
    assert not project.path("site").exists()


def test_zensical_gets_settings_from_the_environment_as_mkdocs_does(project: Project) -> None:
    project.replace(
        "mkdocs.yml",
        "site_name:",
        "site_url: !ENV [SITE_URL, 'https://contoh.id/kursus/']\nsite_name:",
    )

    built = _zensical(project)

    assert built.returncode == 0, built.stderr
    module = project.read("site/modul/studi-tiru/index.html")
    assert '<meta property="og:url" content="https://contoh.id/kursus/modul/studi-tiru/">' in module


def test_mkdocs_run_without_the_plugin_says_the_course_is_missing(project: Project) -> None:
    project.replace("mkdocs.yml", "  - silabus\n", "")

    built = project.mkdocs_build()

    assert built.returncode == 0, built.stderr
    home = project.read("site/index.html")
    assert "Kurikulum tidak ada di situs ini" in home
    assert not project.path("site/program/index.html").exists()


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_stopping_serve_stops_the_engine_server(project: Project, engine: str) -> None:
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        address = f"127.0.0.1:{free.getsockname()[1]}"
    server = subprocess.Popen(
        [sys.executable, "-m", "silabus", "serve", "--engine", engine, "--dev-addr", address],
        cwd=project.root,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    home = f"http://{address}/"
    try:
        assert _wait_for(home, "Selamat Datang")
    finally:
        server.terminate()
        server.wait(timeout=30)
    deadline = time.monotonic() + 15
    while served_page(home):  # the engine's server is gone with Silabus
        assert time.monotonic() < deadline, "the engine's server still answers"
        time.sleep(0.5)


def test_zensical_refuses_settings_inherited_from_outside_the_project(project: Project) -> None:
    outside = project.root.parent / "shared-settings.yml"
    outside.write_text("extra:\n  analytics:\n    provider: google\n", encoding="utf-8")
    project.write("mkdocs.yml", "INHERIT: ../shared-settings.yml\n" + project.read("mkdocs.yml"))

    built = _zensical(project)

    assert built.returncode == 1
    assert built.stderr.splitlines()[0] == (
        "silabus build: error: mkdocs.yml:1:1: INHERIT names ../shared-settings.yml, outside "
        "the project folder; Silabus reads settings only from files of the project: copy that "
        "file into it and name the copy"
    )
    assert not project.path("site").exists()


def test_a_zensical_site_with_the_offline_plugin_asks_no_cdn_for_its_search(
    project: Project,
) -> None:
    project.replace("mkdocs.yml", "\nplugins:\n", "\nplugins:\n  - offline\n")

    built = _zensical(project)

    assert built.returncode == 0, built.stderr
    home = project.read("site/index.html")
    assert "unpkg.com" not in home
    assert 'src="./assets/javascripts/iframe-worker-shim.js"' in home
    assert project.path("site/assets/javascripts/iframe-worker-shim.js").is_file()


def test_zensical_publishes_the_pages_of_a_linked_folder_as_mkdocs_does(project: Project) -> None:
    project.write("docs/bahan/tambahan.md", "# Bahan Tambahan\n")
    project.path("docs/lampiran").symlink_to("bahan")

    built = _zensical(project)

    assert built.returncode == 0, built.stderr
    assert ">Bahan Tambahan<" in project.read("site/lampiran/tambahan/index.html")
    assert ">Bahan Tambahan<" in project.read("site/bahan/tambahan/index.html")


def test_building_with_properdocs_not_installed_says_how_to_install_it(
    project: Project, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from silabus import cli

    monkeypatch.setattr(cli, "find_spec", lambda name: None)

    status = cli.main(["build", "--engine", "properdocs", "--project", str(project.root)])

    assert status == 1
    assert capsys.readouterr().err == (
        "silabus build: error: ProperDocs is not installed; install it with: "
        "pip install 'silabus[properdocs]'\n"
    )


def test_a_folder_readme_gets_its_link_preview_on_zensical(project: Project) -> None:
    project.write("docs/bantuan/README.md", "# Bantuan Peserta\n\nHubungi panitia.\n")

    built = _zensical(project)

    assert built.returncode == 0, built.stderr
    page = project.read("site/bantuan/index.html")
    assert '<meta property="og:title" content="Bantuan Peserta">' in page


def test_zensical_leaves_out_what_mkdocs_yml_excludes_as_mkdocs_does(project: Project) -> None:
    settings = project.read("mkdocs.yml")
    project.write(
        "mkdocs.yml",
        settings[: settings.index("\nnav:\n")]  # the navigation MkDocs makes by itself
        + "\nexclude_docs: |\n  drafts/\nnot_in_nav: |\n  /bantuan.md\n",
    )
    project.write("docs/drafts/rencana.md", "# Rencana\n")
    project.write("docs/bantuan.md", "# Bantuan\n")
    project.write("docs/templates/catatan.md", "# Catatan\n")

    built = _zensical(project, "--strict")

    assert built.returncode == 0, built.stderr
    assert not project.path("site/drafts").exists()
    assert not project.path("site/templates").exists()  # as MkDocs: never published
    assert ">Bantuan<" in project.read("site/bantuan/index.html")
    home = project.read("site/index.html")
    assert "bantuan/" not in home and "drafts" not in home  # not in the navigation
    assert 'href="program/"' in home  # the curriculum is
