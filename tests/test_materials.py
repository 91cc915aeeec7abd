"""Course materials: pages, figures and downloads in a module's folder, and links by
id between every part of the course."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from silabus.pipeline import Validation, validate_project
from silabus.render import SiteOptions, render_site
from tests.conftest import Project, mkdocs_lines
from tests.test_check import module_yml, program_yml, where

MakeProject = Callable[[dict[str, str]], Project]
FOLDER = "curriculum/modules/alpha"
SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 360" width="720" height="360">'
    '<title>Siklus</title><rect width="720" height="360" fill="#fff"/>'
    '<text x="20" y="40" font-family="sans-serif" font-size="20">Siklus</text></svg>'
)
PAGE_ONE = """---
title: Pengantar
order: 1
summary: Apa yang dipelajari di modul ini.
---

Baca [bab kedua](kedua.md) dan [modul beta](modul:beta#tujuan).

![Siklus inovasi lima tahap](gambar/siklus.svg)

## Langkah

1. Tulis masalah.

    ```text
    Bagaimana mempersingkat antrean?
    ```

2. Unduh [handout](handout.pdf).
"""
PAGE_TWO = """---
title: Bab kedua
order: 2
---

Kembali ke [pengantar](materi:alpha/pengantar).
"""
TRAINER_PAGE = """---
title: Panduan fasilitasi
audience: trainer
---

RAHASIA-PELATIH: kunci jawaban soal 1 adalah B.
"""


def formatted(validation: Validation) -> list[str]:
    """Each problem's first line: path:line:column: severity: message."""
    return [d.format().splitlines()[0] for d in validation.diagnostics]


def png(width: int, height: int, noise: bool = False) -> bytes:
    image = Image.new("RGB", (width, height), (30, 80, 160))
    if noise:
        image = Image.effect_noise((width, height), 120).convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def course(make_project: MakeProject, extra: dict[str, str] | None = None) -> Project:
    """Two modules; alpha has a folder with two pages, a trainer page, a figure and a
    handout, and lists the handout as a download."""
    project = make_project(
        {
            "curriculum/program.yml": program_yml(("satu", ["alpha", "beta"])),
            "curriculum/modules/alpha.yml": module_yml("alpha")
            + "downloads:\n  - title: Handout Alpha\n    file: handout.pdf\n",
            "curriculum/modules/beta.yml": module_yml("beta"),
            f"{FOLDER}/pengantar.md": PAGE_ONE,
            f"{FOLDER}/kedua.md": PAGE_TWO,
            f"{FOLDER}/panduan.md": TRAINER_PAGE,
            f"{FOLDER}/gambar/siklus.svg": SVG,
            "docs/index.md": "# Demo\n",
            "mkdocs.yml": "site_name: Demo\nplugins:\n  - search\n  - silabus\n",
            **(extra or {}),
        }
    )
    project.path(f"{FOLDER}/handout.pdf").write_bytes(b"%PDF-1.4\n" + b"x" * 2400 + b"\n%%EOF\n")
    return project


def site_of(project: Project, audience: str = "participant") -> dict[str, str]:
    validation = validate_project(project.root)
    assert validation.curriculum is not None, formatted(validation)
    site = render_site(validation.curriculum, options=SiteOptions(audience=audience))  # type: ignore[arg-type]
    return {path: page.markdown for path, page in site.pages.items()}


def test_material_pages_get_addresses_under_their_module_in_order(
    make_project: MakeProject,
) -> None:
    pages = site_of(course(make_project))

    assert "modul/alpha/pengantar.md" in pages and "modul/alpha/kedua.md" in pages
    module = pages["modul/alpha.md"]
    assert module.index("[Pengantar](alpha/pengantar.md)") < module.index(
        "[Bab kedua](alpha/kedua.md)"
    )
    assert "Apa yang dipelajari di modul ini." in module
    first = pages["modul/alpha/pengantar.md"]
    assert first.startswith('---\ndescription: "Apa yang dipelajari di modul ini."')
    assert "Materi 1 dari 2" in first
    assert "Materi 2 dari 2" in pages["modul/alpha/kedua.md"]
    # The way on within the module, and back to the module's page.
    assert 'href="../kedua/"' in first and 'href="../"' in first


def test_pages_without_order_follow_by_file_name(make_project: MakeProject) -> None:
    project = course(
        make_project,
        {
            f"{FOLDER}/b-lampiran.md": "---\ntitle: Lampiran B\n---\nB\n",
            f"{FOLDER}/a-lampiran.md": "# Lampiran A\n\nA\n",
        },
    )
    module = site_of(project)["modul/alpha.md"]
    titles = re.findall(r"^\d+\. \[([^\]]+)\]", module, re.MULTILINE)
    assert titles == ["Pengantar", "Bab kedua", "Lampiran A", "Lampiran B"]


def test_a_trainer_page_is_in_no_file_of_the_participant_site(
    make_project: MakeProject,
) -> None:
    project = course(make_project)
    built = project.mkdocs_build("--strict")
    assert built.returncode == 0, built.stderr
    for path in (project.root / "site").rglob("*"):
        if path.is_file():
            assert b"RAHASIA-PELATIH" not in path.read_bytes(), path
            assert b"panduan" not in path.read_bytes() or path.suffix != ".xml", path

    # The trainer build has the page, in its search index too.
    project.replace("mkdocs.yml", "  - silabus\n", "  - silabus:\n      audience: trainer\n")
    built = project.mkdocs_build("--strict")
    assert built.returncode == 0, built.stderr
    assert "RAHASIA-PELATIH" in project.read("site/search/search_index.json")

    trainer = site_of(project, "trainer")
    assert "RAHASIA-PELATIH" in trainer["modul/alpha/panduan.md"]
    assert "Khusus pelatih" in trainer["modul/alpha/panduan.md"]
    assert "Materi 3 dari 3" in trainer["modul/alpha/panduan.md"]


def test_a_built_page_shows_its_figure_sized_and_loaded_lazily(make_project: MakeProject) -> None:
    project = course(make_project)
    built = project.mkdocs_build("--strict")
    assert built.returncode == 0, built.stderr

    page = project.read("site/modul/alpha/pengantar/index.html")
    image = re.search(r"<img [^>]*>", page)
    assert image is not None
    tag = image.group()
    assert 'alt="Siklus inovasi lima tahap"' in tag
    assert 'src="../gambar/siklus.svg"' in tag
    assert 'width="720" height="360"' in tag and 'loading="lazy"' in tag
    assert project.path("site/modul/alpha/gambar/siklus.svg").read_text() == SVG
    # Fenced code inside a numbered list item stays a code block.
    assert re.search(r"<li>\s*<p>Tulis masalah.</p>\s*<pre", page)
    # The section headings are the page's table of contents.
    assert re.search(r'<h2 id="langkah"', page)


def test_the_module_page_offers_its_downloads_with_type_and_size(
    make_project: MakeProject,
) -> None:
    project = course(make_project)
    built = project.mkdocs_build("--strict")
    assert built.returncode == 0, built.stderr

    page = project.read("site/modul/alpha/index.html")
    assert re.search(r'<a href="handout.pdf">Handout Alpha</a> · PDF, 2\xa0kB', page), page
    assert project.path("site/modul/alpha/handout.pdf").read_bytes().startswith(b"%PDF")
    # Files of the folder that nothing names are not published.
    project.write(f"{FOLDER}/draf-lama.docx", "x")
    assert project.mkdocs_build("--strict").returncode == 0
    assert not project.path("site/modul/alpha/draf-lama.docx").exists()


@pytest.mark.parametrize(
    ("link", "address"),
    [
        ("modul:beta", "../../beta/"),
        ("module:beta#tujuan", "../../beta/#tujuan"),
        ("materi:alpha/kedua", "../kedua/"),
        ("kedua.md", "../kedua/"),
        ("istilah:inovasi", "../../../glosarium/#istilah-inovasi"),
        ("lembar-kerja:refleksi", "../../../lembar-kerja/refleksi/"),
        ("angkatan:angkatan-1", "../../../angkatan/angkatan-1/"),
        ("referensi:uu-1", "../../../referensi/#ref-uu-1"),
        ("handout.pdf", "../handout.pdf"),
    ],
)
def test_a_link_by_id_leads_to_the_page_it_names(
    make_project: MakeProject, link: str, address: str
) -> None:
    project = course(
        make_project,
        {
            f"{FOLDER}/pengantar.md": f"---\ntitle: Pengantar\n---\n\nLihat [di sana]({link}).\n",
            "curriculum/glossary.yml": "terms:\n  - id: inovasi\n    term: Inovasi\n"
            "    definition: Gagasan baru.\n",
            "curriculum/references.yml": "references:\n  - id: uu-1\n    kind: law\n"
            "    short_title: UU 1\n    title: Undang-Undang 1\n",
            "curriculum/worksheets/refleksi.yml": "id: refleksi\ntitle: Refleksi\nsections:\n"
            "  - title: Isi\n    prompts:\n      - label: Apa yang dipelajari?\n",
            "curriculum/cohorts/angkatan-1.yml": "id: angkatan-1\nname: Angkatan 1\n"
            "start: 2027-01-04\nend: 2027-01-04\ntimezone: Asia/Jakarta\nphases:\n"
            "  - kind: classroom\n    title: Klasikal\n    start: 2027-01-04\n"
            "    end: 2027-01-04\n    days:\n"
            "      - date: 2027-01-04\n        sessions:\n          - start: '08:00'\n"
            "            end: '10:15'\n            module: alpha\n",
        },
    )
    page = site_of(project)["modul/alpha/pengantar.md"]
    assert f'<a href="{address}" rel="noopener noreferrer">di sana</a>' in page


def test_an_unknown_id_is_an_error_that_suggests_the_near_one(make_project: MakeProject) -> None:
    text = "---\ntitle: Pengantar\n---\n\nLihat [beta](modul:betta) dan [b](materi:alpha/kedu).\n"
    project = course(make_project, {f"{FOLDER}/pengantar.md": text})
    validation = validate_project(project.root)

    line, column = where(text, "modul:betta")
    assert (
        f"{FOLDER}/pengantar.md:{line}:{column}: error: the module 'betta' does not exist  [M005]"
        in formatted(validation)
    )
    messages = [(d.message, d.hint) for d in validation.diagnostics]
    assert ("the module 'betta' does not exist", "did you mean 'modul:beta'?") in messages
    assert (
        "the material page 'alpha/kedu' does not exist",
        "did you mean 'materi:alpha/kedua'?",
    ) in messages
    assert validation.curriculum is None


def test_the_suggestion_is_written_in_the_words_of_the_link(make_project: MakeProject) -> None:
    text = "---\ntitle: Intro\n---\n\nSee [beta](module:betta) and [b](material:alpha/kedu).\n"
    project = course(make_project, {f"{FOLDER}/pengantar.md": text})

    messages = [(d.message, d.hint) for d in validate_project(project.root).diagnostics]

    assert ("the module 'betta' does not exist", "did you mean 'module:beta'?") in messages
    assert (
        "the material page 'alpha/kedu' does not exist",
        "did you mean 'material:alpha/kedua'?",
    ) in messages


def test_a_participant_text_cannot_link_to_a_trainer_page(make_project: MakeProject) -> None:
    project = course(
        make_project,
        {f"{FOLDER}/kedua.md": "---\ntitle: Bab kedua\n---\n[kunci](panduan.md)\n"},
    )
    project.replace(
        "curriculum/modules/alpha.yml",
        "jp: 3\n",
        "jp: 3\ntrainer_notes: Lihat [panduan](materi:alpha/panduan).\n"
        "description: Lihat [panduan](materi:alpha/panduan).\n",
    )
    messages = [d.format() for d in validate_project(project.root).diagnostics]
    trainer_page = "is for trainers only, so participants would find no page there"
    assert [m.splitlines()[0] for m in messages if trainer_page in m] == [
        f"curriculum/modules/alpha.yml:5:30: error: the material page 'alpha/panduan' "
        f"{trainer_page}  [M006]",
        f"{FOLDER}/kedua.md:4:9: error: the material page 'panduan' {trainer_page}  [M006]",
    ]


def test_figure_problems_are_named_where_they_are_written(make_project: MakeProject) -> None:
    text = (
        "---\ntitle: Pengantar\n---\n\n![Bagan](gambar/sikluss.svg)\n\n![](gambar/siklus.svg)\n\n"
        "![Foto](gambar/foto.png)\n\n![Jahat](gambar/jahat.svg)\n\n![Luar](https://example.org/a.png)\n"
    )
    project = course(make_project, {f"{FOLDER}/pengantar.md": text})
    project.path(f"{FOLDER}/gambar/foto.png").write_bytes(png(900, 700, noise=True))
    project.write(
        f"{FOLDER}/gambar/jahat.svg",
        '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect/></svg>',
    )
    found = {
        d.format().splitlines()[0].split(": ", 1)[1]: d
        for d in validate_project(project.root).diagnostics
    }
    path = f"{FOLDER}/pengantar.md"
    expected = {
        "error: the file 'gambar/sikluss.svg' does not exist in curriculum/modules/alpha/"
        "  [M011]": (
            "gambar/sikluss.svg",
            "did you mean 'gambar/siklus.svg'?",
        ),
        "warning: the figure 'gambar/siklus.svg' has no text for readers who cannot see it"
        "  [M017]": (
            "gambar/siklus.svg",
            None,
        ),
        "error: the figure 'gambar/jahat.svg' cannot be shown: it handles an event ('onload')"
        "  [M016]": (
            "gambar/jahat.svg",
            None,
        ),
    }
    for message, (needle, hint) in expected.items():
        diagnostic = next(d for text_, d in found.items() if text_ == message)
        assert diagnostic.path == path
        assert (diagnostic.line, diagnostic.column) == where(text, needle)
        if hint:
            assert diagnostic.hint == hint
    heavy = [m for m in found if m.startswith("warning: the figure 'gambar/foto.png' is ")]
    assert heavy and "heavy for participants on a phone" in heavy[0]
    assert any(
        m.startswith("warning: the image from 'https://example.org/a.png' (not a file of the")
        for m in found
    )


@pytest.mark.parametrize(
    ("file", "message"),
    [
        ("tidak-ada.pdf", "the file 'tidak-ada.pdf' does not exist in curriculum/modules/alpha/"),
        (
            "alat.exe",
            "participants may not download 'alat.exe': Silabus offers documents, slides, "
            "spreadsheets, images, audio, video and archives, never programs or pages",
        ),
        ("../beta.yml", "'downloads[1].file': '../beta.yml' is not a file in the module's folder"),
    ],
)
def test_a_download_must_be_a_document_in_the_modules_folder(
    make_project: MakeProject, file: str, message: str
) -> None:
    project = course(make_project)
    project.write(f"{FOLDER}/alat.exe", "MZ")
    project.replace("curriculum/modules/alpha.yml", "file: handout.pdf", f"file: {file}")
    validation = validate_project(project.root)
    errors = [d for d in validation.diagnostics if d.is_error]
    assert [d.message for d in errors] == [message]
    assert errors[0].path == "curriculum/modules/alpha.yml"
    assert errors[0].line == 6


def test_front_matter_mistakes_are_located(make_project: MakeProject) -> None:
    project = course(
        make_project,
        {
            f"{FOLDER}/tanpa-tutup.md": "---\ntitle: A\n\nIsi\n",
            f"{FOLDER}/salah-kolom.md": "---\ntitel: A\nid: lain\n---\nIsi\n",
            f"{FOLDER}/Bab Satu.md": "---\ntitle: A\n---\n",
            f"{FOLDER}/index.md": "---\ntitle: A\n---\n",
            f"{FOLDER}/catatan.yml": "id: catatan\ntitle: C\njp: 1\n",
            f"{FOLDER}/lampiran/bab.md": "---\ntitle: A\n---\n",
        },
    )
    messages = formatted(validate_project(project.root))
    expected = [
        "tanpa-tutup.md:1:1: error: the front matter that starts here is never closed",
        "salah-kolom.md:3:1: error: 'id' cannot be set in the front matter",
        "Bab Satu.md:1:1: error: the file name 'Bab Satu.md' cannot be the address of a page",
        "index.md:1:1: error: a material page cannot be called 'index'",
        f"catatan.yml:1:1: warning: this file is not read: {FOLDER}/ is the folder",
        "lampiran/bab.md:1:1: warning: this page is not read",
    ]
    for start in expected:
        assert any(m.startswith(f"{FOLDER}/{start}") for m in messages), (start, messages)


def test_an_unknown_front_matter_key_is_named_with_a_suggestion(make_project: MakeProject) -> None:
    project = course(make_project, {f"{FOLDER}/kedua.md": "---\ntitel: Bab kedua\n---\nIsi\n"})
    validation = validate_project(project.root)
    problem = next(d for d in validation.diagnostics if "titel" in d.message)
    assert (problem.path, problem.line, problem.column) == (f"{FOLDER}/kedua.md", 2, 1)
    assert problem.hint == "did you mean 'title'?"


def test_code_fences_and_kramdown_lines_that_would_show_as_text_are_named(
    make_project: MakeProject,
) -> None:
    text = (
        "---\ntitle: Kode\n---\n\nJalankan:\n\n    ```bash\n    ls -l\n    ```\n\n"
        "~~~\nls\n~~~\n{: .language-bash}\n"
    )
    project = course(make_project, {f"{FOLDER}/kedua.md": text})
    messages = formatted(validate_project(project.root))
    assert (
        f"{FOLDER}/kedua.md:7:5: warning: this code block is not read as one: its fence "
        "lines (```) would show as text  [M023]"
    ) in messages
    assert (
        f"{FOLDER}/kedua.md:14:1: warning: '{{: .language-bash}}' is kramdown's syntax and "
        "shows as text on the page  [M027]"
    ) in messages


def test_short_fields_render_inline_markdown_and_show_html_as_typed(
    make_project: MakeProject,
) -> None:
    project = course(make_project)
    project.replace(
        "curriculum/modules/alpha.yml",
        "jp: 3\n",
        "jp: 3\nsuccess_indicators:\n  - 'Menjalankan `git add` dengan *benar*'\n"
        "key_points:\n  - '<b>tebal</b> tetap teks'\n"
        "self_check:\n  - question: Langkah 2 pada daftar di atas adalah?\n"
        "    choice_labels: numbers\n    choices:\n      - text: '`git commit`'\n"
        "        correct: true\n      - text: Menyimpan\n",
    )
    module = site_of(project)["modul/alpha.md"]
    assert "1. Menjalankan <code>git add</code> dengan <em>benar</em>" in module
    assert "- &lt;b&gt;tebal&lt;/b&gt; tetap teks" in module
    assert '<ol class="silabus-choices" type="1">' in module
    assert "Jawaban: 1. <code>git commit</code>" in module


def test_markdown_in_a_plain_text_field_is_named(make_project: MakeProject) -> None:
    project = course(make_project)
    project.replace("curriculum/modules/alpha.yml", "title: Module ALPHA", "title: Modul **dasar**")
    messages = formatted(validate_project(project.root))
    assert (
        "curriculum/modules/alpha.yml:2:14: warning: 'title' is plain text, so '**dasar**' "
        "shows with its marks as typed  [M003]"
    ) in messages


def test_a_file_link_outside_a_module_is_an_error(make_project: MakeProject) -> None:
    project = course(make_project)
    project.replace(
        "curriculum/program.yml", "title: Demo\n", "title: Demo\ndescription: '[h](x.pdf)'\n"
    )
    messages = formatted(validate_project(project.root))
    assert any(
        m.startswith(
            "curriculum/program.yml:3:19: error: this link names the file 'x.pdf', but only"
        )
        for m in messages
    ), messages


def test_export_and_print_carry_the_materials(make_project: MakeProject, tmp_path: Path) -> None:
    project = course(make_project)
    exported = project.silabus("export", str(tmp_path / "out"))
    assert exported.returncode == 0, exported.stderr
    out = tmp_path / "out"
    assert (out / "modul/alpha/pengantar.md").is_file()
    assert (out / "modul/alpha/gambar/siklus.svg").read_text() == SVG
    assert (out / "modul/alpha/handout.pdf").is_file()
    assert not (out / "modul/alpha/panduan.md").exists()

    printed = site_of(project)["cetak/index.md"]
    assert "Bagaimana mempersingkat antrean?" in printed
    assert "RAHASIA-PELATIH" not in printed
    assert "RAHASIA-PELATIH" in site_of(project, "trainer")["cetak/index.md"]


def test_the_build_names_a_broken_material_and_keeps_the_site(make_project: MakeProject) -> None:
    project = course(make_project)
    assert project.mkdocs_build("--strict").returncode == 0
    before = project.read("site/modul/alpha/pengantar/index.html")
    project.write(f"{FOLDER}/kedua.md", "---\ntitle: Bab kedua\n---\n[x](modul:gamma)\n")
    built = project.mkdocs_build("--strict")
    assert built.returncode == 1
    assert (
        f"{FOLDER}/kedua.md:4:5: error: the module 'gamma' does not exist  [M005]"
        in mkdocs_lines(built.stderr)
    )
    assert "Traceback" not in built.stderr
    assert project.read("site/modul/alpha/pengantar/index.html") == before


def test_a_large_figure_gets_a_copy_for_phones(make_project: MakeProject) -> None:
    text = "---\ntitle: Foto\n---\n\n![Suasana kelas](gambar/kelas.jpg)\n"
    project = course(make_project, {f"{FOLDER}/kedua.md": text})
    photo = Image.effect_noise((1800, 1000), 60).convert("RGB")
    photo.save(project.path(f"{FOLDER}/gambar/kelas.jpg"), "JPEG", quality=70)
    built = project.mkdocs_build()
    assert built.returncode == 0, built.stderr

    page = project.read("site/modul/alpha/kedua/index.html")
    tag = re.search(r"<img [^>]*kelas[^>]*>", page)
    assert tag is not None
    assert 'srcset="../gambar/kelas.720w.jpg 720w, ../gambar/kelas.jpg 1800w"' in tag.group()
    assert 'width="1800" height="1000"' in tag.group()
    copy = project.path("site/modul/alpha/gambar/kelas.720w.jpg")
    with Image.open(copy) as image:
        assert image.size == (720, 400)
    assert copy.stat().st_size < project.path("site/modul/alpha/gambar/kelas.jpg").stat().st_size

    # A file of the folder that has the copy's name already is the writer's own.
    own = png(300, 200)
    project.path(f"{FOLDER}/gambar/kelas.720w.jpg").write_bytes(own)
    project.replace(
        f"{FOLDER}/kedua.md",
        "(gambar/kelas.jpg)",
        "(gambar/kelas.jpg) ![Kecil](gambar/kelas.720w.jpg)",
    )
    assert project.mkdocs_build().returncode == 0
    assert copy.read_bytes() == own
    assert "srcset" not in project.read("site/modul/alpha/kedua/index.html")


def test_a_video_plays_in_the_page_only_when_started(make_project: MakeProject) -> None:
    text = "---\ntitle: Video\n---\n\n![Klip pembukaan](video/klip.mp4)\n"
    project = course(make_project, {f"{FOLDER}/kedua.md": text})
    project.path(f"{FOLDER}/video").mkdir()
    project.path(f"{FOLDER}/video/klip.mp4").write_bytes(b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 64)
    built = project.mkdocs_build("--strict")
    assert built.returncode == 0, built.stderr

    page = project.read("site/modul/alpha/kedua/index.html")
    assert (
        '<video controls preload="none" src="../video/klip.mp4" title="Klip pembukaan">'
        '<a href="../video/klip.mp4">Klip pembukaan</a></video>'
    ) in page
    assert project.path("site/modul/alpha/video/klip.mp4").is_file()


def test_stats_weighs_each_modules_figures_and_downloads(make_project: MakeProject) -> None:
    project = course(make_project)
    # A file for trainers is not what participants download.
    project.replace(
        "curriculum/modules/alpha.yml",
        "    file: handout.pdf\n",
        "    file: handout.pdf\n  - title: Kunci\n    file: kunci.pdf\n    audience: trainer\n",
    )
    project.write(f"{FOLDER}/kunci.pdf", "%PDF-1.4" + "x" * 5000)
    shown = project.silabus("stats", "--json")
    assert shown.returncode == 0, shown.stderr
    import json

    (alpha,) = json.loads(shown.stdout)["materials"]
    assert alpha == {
        "module": "alpha",
        "pages": 2,
        "trainer_pages": 1,
        "figures": 1,
        "figure_bytes": len(SVG),
        "downloads": 1,
        "download_bytes": project.path(f"{FOLDER}/handout.pdf").stat().st_size,
    }
    table = project.silabus("stats").stdout
    assert re.search(r"^alpha\s+2\s+1\s+1\s+1\s+1\s+2$", table, re.MULTILINE), table


def test_a_figure_opens_full_size_when_tapped(make_project: MakeProject) -> None:
    page = site_of(course(make_project))["modul/alpha/pengantar.md"]
    assert re.search(r'<a href="../gambar/siklus.svg" [^>]*><img alt="Siklus inovasi', page)


def test_glossary_terms_link_inside_material_pages(make_project: MakeProject) -> None:
    glossary = "terms:\n  - id: inovasi\n    term: Inovasi\n    definition: Gagasan baru.\n"
    text = "---\ntitle: Bab kedua\n---\n\nInovasi lahir dari masalah nyata.\n"
    project = course(
        make_project, {"curriculum/glossary.yml": glossary, f"{FOLDER}/kedua.md": text}
    )
    page = site_of(project)["modul/alpha/kedua.md"]
    assert re.search(r'<a [^>]*href="../../../glosarium/#istilah-inovasi"[^>]*>Inovasi</a>', page)


def test_what_lesson_authors_write_renders_as_they_mean(make_project: MakeProject) -> None:
    text = (
        "---\ntitle: Bab kedua\n---\n\n!!! tip\n    Simpan sering.\n\n"
        '??? note "Jawaban"\n    Gunakan `ls -F`.\n\n'
        "Tulis ke <tim@contoh.org>.\n\n"
        '![Siklus kecil](gambar/siklus.svg){: width="360"}\n\n'
        "## Bagian khusus {#khusus}\n\nLihat [ke sana](#khusus).\n"
    )
    project = course(make_project, {f"{FOLDER}/kedua.md": text})
    assert formatted(validate_project(project.root)) == []
    built = project.mkdocs_build("--strict")
    assert built.returncode == 0, built.stderr

    page = project.read("site/modul/alpha/kedua/index.html")
    assert '<p class="admonition-title">Tips</p>' in page  # the site's language
    assert re.search(r'<details class="note">\s*<summary>Jawaban</summary>', page)
    assert 'href="mailto:tim@contoh.org"' in page
    assert re.search(r'<img [^>]*height="180"[^>]*width="360"', page)
    assert re.search(r'<h2 id="khusus">Bagian khusus', page)


def test_a_link_to_a_missing_section_of_a_page_is_named(make_project: MakeProject) -> None:
    text = "---\ntitle: Bab kedua\n---\n\n## Langkah kerja\n\n[a](pengantar.md#langkah)\n"
    linking = "---\ntitle: Bab ketiga\n---\n\n[b](materi:alpha/kedua#langkah-kerj)\n"
    project = course(make_project, {f"{FOLDER}/kedua.md": text, f"{FOLDER}/ketiga.md": linking})
    messages = formatted(validate_project(project.root))
    assert messages == [
        f"{FOLDER}/ketiga.md:5:5: warning: the page 'alpha/kedua' has no section "
        "'#langkah-kerj'  [M007]"
    ]


def test_word_processor_habits_that_render_otherwise_are_named(make_project: MakeProject) -> None:
    text = (
        "---\ntitle: Bab kedua\n---\n\nLangkah:\n1. Ambil data\n2. Hitung\n\n"
        "- alur\n  - formulir\n\n• satu\n• dua\n\n!!! note\n    isi\n\n!!! note\n  teks\n\n"
        "[lihat](#tidak-ada)\n\n!!! tip\n\nTeks di luar catatan.\n"
    )
    project = course(make_project, {f"{FOLDER}/kedua.md": text})
    messages = formatted(validate_project(project.root))
    page = f"{FOLDER}/kedua.md"
    assert messages == [
        f"{page}:6:1: warning: this list follows a line of text without an empty line "
        "between them, so it is read as part of that paragraph  [M039]",
        f"{page}:10:3: warning: this item is indented by 2 spaces, so it does not become a "
        "sub-list  [M040]",
        f"{page}:12:1: warning: '•' does not start a list item, so the items run into one "
        "line (1 more line like it)  [M038]",
        f"{page}:18:1: warning: the text after this note is not indented by 4 spaces more "
        "than the note's first line, so the note stays empty and the text follows it (1 more "
        "line like it)  [M042]",
        f"{page}:21:9: warning: this page has no section '#tidak-ada'  [M024]",
    ]


def test_code_and_text_indented_too_little_to_stay_in_a_list_item_are_named(
    make_project: MakeProject,
) -> None:
    text = (
        "---\ntitle: Bab kedua\n---\n\n1. Buka terminal:\n\n   ```bash\n   ls -l\n   ```\n\n"
        "2. Baca hasilnya.\n\n  Perhatikan kolom pertama.\n\n3. Selesai:\n\n"
        "    ```bash\n    exit\n    ```\n"
    )
    project = course(make_project, {f"{FOLDER}/kedua.md": text})
    messages = formatted(validate_project(project.root))
    page = f"{FOLDER}/kedua.md"
    assert messages == [
        f"{page}:7:4: warning: this code block is indented by 3 spaces after an empty line, so "
        "it is not part of the list item above: the list ends before it  [M041]",
        f"{page}:13:3: warning: this text is indented by 2 spaces after an empty line, so it "
        "is not part of the list item above: the list ends before it  [M041]",
    ]
    html = site_of(project)["modul/alpha/kedua.md"]
    assert '<ol start="2">' in html  # what the warnings are about: the list starts again


def test_the_last_page_of_a_module_leads_back_to_its_overview(make_project: MakeProject) -> None:
    page = site_of(course(make_project))["modul/alpha/kedua.md"]
    assert "hide:\n  - footer\n" in page
    assert (
        '<a class="silabus-material-nav__next" href="../"><span>Kembali ke ikhtisar</span>' in page
    )


HOSTILE_DRAWINGS = {
    "processing instruction": (
        '<?xml version="1.0"?><?xml-stylesheet href="https://example.org/a.css"?>'
        '<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>',
        "it holds a processing instruction such as <?xml-stylesheet?>",
    ),
    "html inside": (
        '<svg xmlns="http://www.w3.org/2000/svg"><h:iframe '
        'xmlns:h="http://www.w3.org/1999/xhtml" src="https://example.org"/></svg>',
        "it holds a <iframe> element of another language (http://www.w3.org/1999/xhtml)",
    ),
    "animated link": (
        '<svg xmlns="http://www.w3.org/2000/svg"><a href="#a"><set attributeName="href" '
        'to="javascript:alert(1)"/><rect/></a></svg>',
        "it animates 'href'",
    ),
    "escaped style": (
        '<svg xmlns="http://www.w3.org/2000/svg"><style>rect{fill:u\\72l(https://example.org)}'
        "</style><rect/></svg>",
        "its styles refer to something outside the drawing",
    ),
    "hidden scheme": (
        '<svg xmlns="http://www.w3.org/2000/svg">'
        '<a href=" java&#9;script:alert(1)"><rect/></a></svg>',
        "it refers to ' java\tscript:alert(1)' outside the drawing",
    ),
}


@pytest.mark.parametrize("kind", HOSTILE_DRAWINGS)
@pytest.mark.parametrize("used_as", ["figure", "link", "download"])
def test_a_drawing_that_could_run_or_fetch_anything_is_never_published(
    make_project: MakeProject, kind: str, used_as: str
) -> None:
    drawing, reason = HOSTILE_DRAWINGS[kind]
    written = {
        "figure": "![Bagan](gambar/bagan.svg)",
        "link": "[Bagan](gambar/bagan.svg)",
        "download": "Lihat unduhan.",
    }[used_as]
    text = f"---\ntitle: Pengantar\n---\n\n{written}\n"
    project = course(make_project, {f"{FOLDER}/pengantar.md": text})
    project.write(f"{FOLDER}/gambar/bagan.svg", drawing)
    if used_as == "download":
        project.replace(
            "curriculum/modules/alpha.yml", "file: handout.pdf", "file: gambar/bagan.svg"
        )
    errors = [d for d in validate_project(project.root).diagnostics if d.is_error]
    what = "figure" if used_as == "figure" else "file"
    assert [d.message for d in errors] == [
        f"the {what} 'gambar/bagan.svg' cannot be {'shown' if what == 'figure' else 'published'}: "
        f"{reason}"
    ]
    assert "Plain SVG" in (errors[0].hint or "")
    built = project.mkdocs_build()
    assert built.returncode != 0
    assert not project.path("site/modul/alpha/gambar/bagan.svg").exists()


def test_a_drawing_from_a_drawing_program_with_an_embedded_picture_is_shown(
    make_project: MakeProject,
) -> None:
    drawing = (
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        'xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" '
        'xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns:cc="http://creativecommons.org/ns#" width="400" height="200" '
        'inkscape:version="1.3"><sodipodi:namedview inkscape:zoom="1"/>'
        '<metadata><rdf:RDF><cc:Work rdf:about=""/></rdf:RDF></metadata>'
        '<g inkscape:label="Lapisan 1"><image xlink:href="data:image/png;base64,iVBORw0KGgo=" '
        'width="40" height="20"/><rect style="fill:url(#warna)" width="10" height="10"/></g></svg>'
    )
    text = "---\ntitle: Pengantar\n---\n\n![Bagan alur](gambar/bagan.svg)\n"
    project = course(make_project, {f"{FOLDER}/pengantar.md": text})
    project.write(f"{FOLDER}/gambar/bagan.svg", drawing)
    built = project.mkdocs_build("--strict")
    assert built.returncode == 0, built.stderr
    page = project.read("site/modul/alpha/pengantar/index.html")
    assert re.search(r'<img alt="Bagan alur"[^>]* width="400" height="200"', page), page


@pytest.mark.parametrize("linked", ["file", "folder"])
def test_a_link_in_a_modules_folder_publishes_nothing(
    make_project: MakeProject, linked: str
) -> None:
    project = course(make_project)
    project.replace(
        "curriculum/modules/alpha.yml", "downloads:", "trainer_notes: RAHASIA-PELATIH\ndownloads:"
    )
    if linked == "file":
        project.path(f"{FOLDER}/bocor.txt").symlink_to("../alpha.yml")
        name, shown = "bocor.txt", f"{FOLDER}/bocor.txt"
    else:
        project.path(f"{FOLDER}/bocor").symlink_to("..")
        name, shown = "bocor/alpha.yml", f"{FOLDER}/bocor"
    project.replace(f"{FOLDER}/kedua.md", "Kembali", f"Lihat [catatan]({name}).\n\nKembali")
    errors = [d for d in validate_project(project.root).diagnostics if d.is_error]
    assert (errors[0].path, errors[0].line, errors[0].message) == (
        shown,
        1,
        "this is a link, and a module's folder holds only plain files and folders: a link "
        "would publish whatever it leads to",
    )
    assert project.mkdocs_build().returncode != 0
    assert not any(
        b"RAHASIA-PELATIH" in path.read_bytes()
        for path in project.path("site").rglob("*")
        if path.is_file()
    )


def test_a_file_for_trainers_only_is_in_no_participant_file(make_project: MakeProject) -> None:
    project = course(make_project)
    project.replace(
        "curriculum/modules/alpha.yml",
        "    file: handout.pdf\n",
        "    file: handout.pdf\n  - title: Kunci jawaban\n    file: kunci.pdf\n"
        "    audience: trainer\n",
    )
    project.write(f"{FOLDER}/kunci.pdf", "%PDF-1.4 RAHASIA-PELATIH")
    project.replace(
        "curriculum/modules/alpha.yml",
        "downloads:",
        "trainer_notes: Bagikan [kunci](kunci.pdf) setelah tes.\ndownloads:",
    )
    built = project.mkdocs_build("--strict")
    assert built.returncode == 0, built.stderr
    assert not project.path("site/modul/alpha/kunci.pdf").exists()
    assert "kunci.pdf" not in project.read("site/modul/alpha/index.html")

    project.replace(f"{FOLDER}/kedua.md", "Kembali", "Lihat [kunci](kunci.pdf).\n\nKembali")
    errors = [d for d in validate_project(project.root).diagnostics if d.is_error]
    assert [(d.path, d.message) for d in errors] == [
        (
            f"{FOLDER}/kedua.md",
            "the file 'kunci.pdf' is offered to trainers only (audience: trainer in downloads), "
            "so participants would find nothing there",
        )
    ]

    project.replace(f"{FOLDER}/kedua.md", "Lihat [kunci](kunci.pdf).\n\n", "")
    project.replace("mkdocs.yml", "  - silabus\n", "  - silabus:\n      audience: trainer\n")
    assert project.mkdocs_build("--strict").returncode == 0
    assert project.path("site/modul/alpha/kunci.pdf").exists()


def test_a_file_name_is_a_link_and_nothing_more(make_project: MakeProject) -> None:
    name = "handout (final){ onclick=alert(1) }.pdf"
    project = course(make_project)
    project.path(f"{FOLDER}/handout.pdf").rename(project.path(f"{FOLDER}/{name}"))
    project.replace("curriculum/modules/alpha.yml", "file: handout.pdf", f"file: '{name}'")
    project.replace(f"{FOLDER}/pengantar.md", "[handout](handout.pdf)", "handout")
    built = project.mkdocs_build("--strict")
    assert built.returncode == 0, built.stderr
    page = project.read("site/modul/alpha/index.html")
    assert "onclick" not in page.replace("onclick%3Dalert", "")
    assert (
        '<a href="handout%20%28final%29%7B%20onclick%3Dalert%281%29%20%7D.pdf">Handout Alpha</a>'
        in page
    )
    assert project.path(f"site/modul/alpha/{name}").exists()


def test_a_page_is_never_a_download(make_project: MakeProject) -> None:
    project = course(make_project)
    project.replace("curriculum/modules/alpha.yml", "file: handout.pdf", "file: kedua.md")
    errors = [d for d in validate_project(project.root).diagnostics if d.is_error]
    assert [d.message for d in errors] == [
        "'kedua.md' is a page in Markdown, which Silabus publishes as a page of the site, "
        "not as a file to download"
    ]


def test_a_file_linked_from_a_short_field_is_published(make_project: MakeProject) -> None:
    project = course(make_project)
    project.replace(
        "curriculum/modules/alpha.yml",
        "downloads:",
        "key_points:\n  - Isi [formulir](formulir.pdf) sebelum kelas.\ndownloads:",
    )
    project.write(f"{FOLDER}/formulir.pdf", "%PDF-1.4")
    built = project.mkdocs_build("--strict")
    assert built.returncode == 0, built.stderr
    assert 'href="formulir.pdf"' in project.read("site/modul/alpha/index.html")
    assert project.path("site/modul/alpha/formulir.pdf").exists()


def test_html_cannot_pass_for_a_checked_link_to_the_course(make_project: MakeProject) -> None:
    text = (
        "---\ntitle: Pengantar\n---\n\n"
        'Lihat <a href="silabus:material:alpha/panduan">panduan</a>.\n\n'
        '<img src="silabus:file:gambar/siklus.svg" alt="Siklus">\n'
    )
    project = course(make_project, {f"{FOLDER}/pengantar.md": text})
    warnings = [d.message for d in validate_project(project.root).diagnostics]
    assert "the link address 'silabus:material:alpha/panduan' is left out of the page" in warnings
    page = site_of(project)["modul/alpha/pengantar.md"]
    assert "panduan/" not in page and "siklus.svg" not in page


def test_heading_ids_that_links_cannot_rely_on_are_named(make_project: MakeProject) -> None:
    text = (
        "---\ntitle: Pengantar\n---\n\n## Persiapan {#langkah}\n\nSatu.\n\n"
        "## Pelaksanaan {#langkah}\n\nDua.\n\n## Penutup {#3-penutup}\n\nTiga.\n"
    )
    project = course(make_project, {f"{FOLDER}/pengantar.md": text})
    found = {d.message: (d.line, d.column) for d in validate_project(project.root).diagnostics}
    assert found[
        "two headings of this page have the id 'langkah', so a link to '#langkah' reaches "
        "only the first"
    ] == where(text, "{#langkah", 2)
    assert found[
        "the heading's id '3-penutup' is left out: an id starts with a letter and holds only "
        "letters, digits, '-', '_' and '.'"
    ] == where(text, "{#3-penutup")
    # The heading stays a section of the page, with an id from its words.
    page = site_of(project)["modul/alpha/pengantar.md"]
    assert "\n### Penutup\n" in page or "\n## Penutup\n" in page


def test_a_module_with_materials_has_a_handout_to_print(make_project: MakeProject) -> None:
    project = course(make_project)
    built = project.mkdocs_build("--strict")
    assert built.returncode == 0, built.stderr

    module_page = project.read("site/modul/alpha/index.html")
    assert re.search(
        r'<a href="\.\./\.\./cetak/modul/alpha/">Cetak modul ini beserta materinya', module_page
    )
    handout = project.read("site/cetak/modul/alpha/index.html")
    content = handout[handout.index("<h1") :]
    # The module's page, then its material pages in order, each on a sheet of its own.
    order = [content.index(words) for words in ("Module ALPHA", "Pengantar", "Bab kedua")]
    assert order == sorted(order)
    assert content.count('class="silabus-page-break"') == 2
    assert "Halaman ini memuat mata pelatihan beserta halaman materinya" in content
    assert "Cetak modul ini" not in content
    assert 'href="../../../modul/alpha/kedua/"' in content  # links lead from the handout
    assert 'src="../../../modul/alpha/gambar/siklus.svg"' in content
    # Not for trainers' eyes, not in the navigation, not a search result.
    assert "RAHASIA-PELATIH" not in handout
    assert "cetak/modul/alpha" not in project.read("site/index.html")
    # (Material's search honours the page's own exclusion.)
    assert "search:\n  exclude: true\n" in site_of(project)["cetak/modul/alpha.md"]
    # A module without material pages has none.
    assert not project.path("site/cetak/modul/beta").exists()


def test_a_title_written_twice_is_named(make_project: MakeProject) -> None:
    text = "---\ntitle: Bab kedua\n---\n\n# Bab kedua\n\n## Langkah\n\nIsi.\n"
    project = course(make_project, {f"{FOLDER}/kedua.md": text})
    (warning,) = [
        d for d in validate_project(project.root).diagnostics if d.path.endswith("kedua.md")
    ]
    assert warning.message == (
        "the page's title is 'Bab kedua' from its front matter, and this heading too, so the "
        "page shows two titles and its other headings move a level down"
    )
    assert (warning.line, warning.column) == (5, 1)
    # Without the front matter's title, the line is the title, once.
    project.write(f"{FOLDER}/kedua.md", "# Bab kedua\n\n## Langkah\n\nIsi.\n")
    assert not [
        d for d in validate_project(project.root).diagnostics if d.path.endswith("kedua.md")
    ]


def test_a_missing_file_is_matched_only_to_a_name_spelt_nearly_alike(
    make_project: MakeProject,
) -> None:
    text = (
        "---\ntitle: Bab\n---\n\n![Alur](gambar/alur-penilaian.svg) ![Daur](gambar/sikluss.svg)\n"
    )
    project = course(make_project, {f"{FOLDER}/kedua.md": text})
    hints = {d.message: d.hint for d in validate_project(project.root).diagnostics if d.is_error}
    assert hints == {
        "the file 'gambar/alur-penilaian.svg' does not exist in curriculum/modules/alpha/": (
            "put the file into curriculum/modules/alpha/, or correct its name (letter case counts)"
        ),
        "the file 'gambar/sikluss.svg' does not exist in curriculum/modules/alpha/": (
            "did you mean 'gambar/siklus.svg'?"
        ),
    }
