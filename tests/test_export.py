"""`export_site`: only inside its folder, all at once, never over something else."""

from __future__ import annotations

from pathlib import Path

import pytest

from silabus.export import MARKER, ExportFailed, ExportRefused, export_site
from silabus.pipeline import validate_project
from silabus.render import Page, Site, render_site
from tests.conftest import Project, snapshot


def _site(project: Project) -> Site:
    validation = validate_project(project.root)
    assert validation.curriculum is not None
    return render_site(validation.curriculum)


def test_export_writes_nothing_outside_its_folder(project: Project, tmp_path: Path) -> None:
    parent = tmp_path / "exports"
    parent.mkdir()

    written = export_site(_site(project), parent / "out").written

    assert sorted(path.name for path in parent.iterdir()) == ["out"]
    assert sorted(snapshot(parent / "out")) == sorted([*written, MARKER])


def test_a_failed_export_leaves_the_folder_as_it_was(project: Project, tmp_path: Path) -> None:
    target = tmp_path / "out"
    site = _site(project)
    export_site(site, target)
    before = snapshot(target)
    pages = dict(site.pages)
    pages["zz/../../escape.md"] = Page("zz/../../escape.md", "# out\n", "x.yml")
    broken = Site(pages, site.nav, site.assets)

    with pytest.raises(ValueError, match="outside the export folder"):
        export_site(broken, target)

    assert snapshot(target) == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out", "project"]
    assert not (tmp_path / "escape.md").exists()


def test_export_refuses_a_folder_that_is_a_link(project: Project, tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    (tmp_path / "link").symlink_to(real)

    with pytest.raises(ExportRefused, match="symbolic link"):
        export_site(_site(project), tmp_path / "link")

    assert list(real.iterdir()) == []


def test_export_refuses_a_file_in_its_place(project: Project, tmp_path: Path) -> None:
    (tmp_path / "out").write_text("notes\n", encoding="utf-8")

    with pytest.raises(ExportRefused, match="is not a folder"):
        export_site(_site(project), tmp_path / "out")

    assert (tmp_path / "out").read_text(encoding="utf-8") == "notes\n"


@pytest.mark.parametrize("place", ["docs", "docs/kurikulum", "curriculum/out", ".", ".."])
def test_export_refuses_the_project_its_docs_and_its_curriculum(
    project: Project, place: str
) -> None:
    protected = [project.path("docs"), project.path("curriculum")]
    before = snapshot(project.root)

    with pytest.raises(ExportRefused, match="would mix generated pages"):
        export_site(_site(project), project.root / place, protected)

    assert snapshot(project.root) == before


def test_an_impossible_target_name_is_a_clear_failure(project: Project, tmp_path: Path) -> None:
    with pytest.raises(ExportFailed, match="cannot write"):
        export_site(_site(project), tmp_path / ("a" * 300))
