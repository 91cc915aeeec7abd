"""Hand-written pages for trainers (`audience: trainer`) stay out of the participants'
build on every engine, however the key is written, and the links to them are found
wherever the engines find pages."""

from __future__ import annotations

import sys

import pytest

from tests.conftest import Project, mkdocs_lines

SECRET = "Kunci jawaban rahasia"
EPOCH = {"SOURCE_DATE_EPOCH": "1700000000"}


def _build(project: Project, engine: str, *arguments: str) -> tuple[int, str]:
    """Build the participants' site with `engine`; its return code and messages."""
    if engine == "mkdocs":
        built = project.mkdocs_build(*arguments)
    else:
        built = project.run(
            sys.executable, "-m", "silabus", "build", "--engine", "zensical", *arguments, env=EPOCH
        )
    return built.returncode, built.stderr


def _published_text(project: Project) -> str:
    """Every page, search index and sitemap of the built site, as one text."""
    return "".join(
        path.read_text(encoding="utf-8", errors="replace")
        for path in sorted(project.path("site").rglob("*"))
        if path.is_file() and path.suffix in {".html", ".json", ".xml"}
    )


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_a_trainer_page_saved_with_a_byte_order_mark_stays_out(
    project: Project, engine: str
) -> None:
    """Windows Notepad starts a file with a byte order mark; the page was published."""
    page = (
        "---\naudience: trainer\n---\n\n# Kunci\n\n"
        f"{SECRET}. Lihat [panduan](panduan-pelatih.md).\n"
    )
    project.path("docs/kunci.md").write_bytes(b"\xef\xbb\xbf" + page.encode("utf-8"))

    returncode, messages = _build(project, engine, "--strict")

    assert returncode == 0, messages
    assert "P020" not in messages
    assert not project.path("site/kunci").exists()
    assert SECRET not in _published_text(project)


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
@pytest.mark.parametrize("written", ["Trainer", "TRAINER", "trainers", "[trainer]", "pelatih"])
def test_a_trainer_page_written_another_way_stays_out_without_a_word(
    project: Project, engine: str, written: str
) -> None:
    project.write("docs/kunci.md", f"---\naudience: {written}\n---\n\n# Kunci\n\n{SECRET}\n")

    returncode, messages = _build(project, engine, "--strict")

    assert returncode == 0, messages
    assert not project.path("site/kunci").exists()
    assert SECRET not in _published_text(project)


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_an_audience_no_build_knows_leaves_the_page_out_and_says_so(
    project: Project, engine: str
) -> None:
    project.write("docs/kunci.md", f"---\naudience: trainr\n---\n\n# Kunci\n\n{SECRET}\n")

    returncode, messages = _build(project, engine)

    assert returncode == 0, messages
    assert not project.path("site/kunci").exists()
    assert SECRET not in _published_text(project)
    assert (
        "docs/kunci.md:2:1: warning: 'audience: trainr' names no audience, so the page "
        "is left out of the participants' build (only the trainer build has it)  [P021]"
    ) in mkdocs_lines(messages)


@pytest.mark.parametrize("written", ["participant", "Participants", "peserta"])
def test_a_page_for_participants_is_published(project: Project, written: str) -> None:
    project.write("docs/jadwal.md", f"---\naudience: {written}\n---\n\n# Jadwal\n\nIsi jadwal.\n")

    returncode, messages = _build(project, "mkdocs")

    assert returncode == 0, messages
    assert "P021" not in messages
    assert "Isi jadwal" in project.read("site/jadwal/index.html")


def test_a_link_to_a_trainer_page_in_a_linked_folder_is_named(project: Project) -> None:
    """MkDocs and Zensical follow a linked folder; the check of links did not."""
    project.write("docs/bersama/rapat.md", "---\naudience: trainer\n---\n\n# Rapat\n")
    project.path("docs/tim").symlink_to("bersama", target_is_directory=True)
    project.write("docs/jadwal.md", "# Jadwal\n\nLihat [rapat](tim/rapat.md).\n")

    _, messages = _build(project, "mkdocs")

    assert "docs/jadwal.md:3:15: warning: this page is for participants, but links to " in (
        messages
    )
    assert "'tim/rapat.md'" in messages and "[P020]" in messages
    assert not project.path("site/tim").exists()


@pytest.mark.parametrize("written", ["kunci.html", "kunci/index.html", "./kunci/"])
def test_a_link_to_a_trainer_page_by_its_html_address_is_named(
    project: Project, written: str
) -> None:
    """A link written for `use_directory_urls: false` leads to `x.html`."""
    project.write("docs/kunci.md", "---\naudience: trainer\n---\n\n# Kunci\n")
    project.write("docs/jadwal.md", f"# Jadwal\n\nLihat [kunci]({written}).\n")

    _, messages = _build(project, "mkdocs")

    assert f"links to '{written}', a page marked 'audience: trainer'" in messages
