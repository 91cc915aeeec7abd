"""The site does not depend on one engine: the same mkdocs.yml and hook build with
ProperDocs (the maintained MkDocs 1.x fork), and the exported pages with the
navigation file build as a plain Markdown site, without Silabus or Material."""

from __future__ import annotations

import sys

import yaml

from tests.conftest import Project, mkdocs_lines

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
    assert "curriculum/modules/studi-tiru.yml:3:1: error: unknown field 'titel'" in (
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
