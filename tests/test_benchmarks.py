"""The benchmarks' synthetic curricula are valid and schedule every module fully,
and the harness compares like with like, so that what the benchmarks time is a
real, clean build (no timing is asserted)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from benchmarks import editor, engines, lighthouse, search
from benchmarks.scale import module_page_bytes, plain_project, serve_rebuilds
from benchmarks.synthetic import make_project
from tests.conftest import Project, copy_sample, node_package


def test_a_synthetic_curriculum_is_clean_and_builds(tmp_path: Path) -> None:
    project = Project(make_project(tmp_path / "synthetic", modules=23))
    validated = project.silabus("validate", "--strict")
    assert validated.returncode == 0, validated.stdout
    assert validated.stdout.splitlines()[-1] == "No problems found (28 files checked)."
    built = project.mkdocs_build("--strict")
    assert built.returncode == 0, built.stderr
    assert project.path("site/modul/modul-00023/index.html").is_file()
    assert project.path("site/agenda/agenda-0003/index.html").is_file()  # 23 = 10 + 10 + 3
    stats = project.run(sys.executable, "-m", "silabus", "stats", "--json")
    assert stats.returncode == 0, stats.stderr


def test_the_same_size_gives_the_same_files(tmp_path: Path) -> None:
    first = make_project(tmp_path / "a", modules=5)
    second = make_project(tmp_path / "b", modules=5)
    names = sorted(path.relative_to(first) for path in first.rglob("*.yml"))
    assert names == sorted(path.relative_to(second) for path in second.rglob("*.yml"))
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def _html_pages(site: Path) -> list[str]:
    return sorted(path.relative_to(site).as_posix() for path in site.rglob("*.html"))


def test_the_plain_build_publishes_the_same_pages_as_the_hooked_one(tmp_path: Path) -> None:
    """The hook's overhead is measured against a plain build of the exported pages:
    that build must publish the same pages, with the same content."""
    hooked = Project(make_project(tmp_path / "hooked", modules=12))
    plain = Project(plain_project(hooked.root, tmp_path / "plain"))
    built = hooked.mkdocs_build("--strict", "-v")
    assert built.returncode == 0, built.stderr
    assert re.search(
        r"Silabus's own work in this build: \d+\.\d{3} of \d+\.\d{3} seconds \(\d+%\)",
        built.stderr,
    )
    built_plain = plain.mkdocs_build("--strict")
    assert built_plain.returncode == 0, built_plain.stderr
    assert "  - silabus\n" not in plain.read("mkdocs.yml")
    assert _html_pages(hooked.path("site")) == _html_pages(plain.path("site"))
    page = "site/modul/modul-00007/index.html"
    article = re.compile(r"<article\b.*</article>", re.DOTALL)
    hooked_article = article.search(hooked.read(page))
    plain_article = article.search(plain.read(page))
    assert hooked_article and plain_article
    assert hooked_article.group(0) == plain_article.group(0)
    html_bytes, first_visit = module_page_bytes(hooked.path("site"))
    assert 0 < html_bytes < first_visit


def test_a_serve_rebuild_is_timed_from_the_server_log(tmp_path: Path) -> None:
    project = make_project(tmp_path / "served", modules=5)
    module = project / "curriculum" / "modules" / "modul-00001.yml"
    before = module.read_bytes()
    (rebuild,) = serve_rebuilds(project, edits=1)
    # Both figures are read from the server's log; Silabus's work is part of the build.
    assert 0 < rebuild.silabus <= rebuild.build
    assert module.read_bytes() == before  # the edit is undone


def test_the_engine_benchmark_builds_with_each_engine_once(tmp_path: Path) -> None:
    """The harness of benchmarks/engines.py, in one run (no timing is asserted)."""
    report = engines.measure(runs=1, scratch=tmp_path, sizes=(5,), serve_sizes=())
    rows = [line for line in report.lines if line.startswith(("| the sample |", "| 5 modules |"))]
    assert len(rows) == 2
    assert all(re.fullmatch(r"\| [\w ]+ \|( [\d.]+ \|){6}", row) for row in rows), rows
    assert [name for name, _ in report.glance][:3] == [
        f"`silabus build --engine {engine}`, the sample" for engine in engines.ENGINES
    ]


def test_the_search_benchmark_compares_with_material_on_the_sample(tmp_path: Path) -> None:
    """The harness of benchmarks/search.py on the sample (no timing is asserted): a
    root and its affixed forms find each other with Silabus's language and not with
    Material's default."""
    node_package("lunr")
    report = search.measure(tmp_path, quick=True)
    rows = {
        line.split(" | ")[0].removeprefix("| "): line.split(" | ")[1:]
        for line in report.lines
        if line.startswith("| the sample, ")
    }
    assert list(rows) == ["the sample, Material", "the sample, Silabus"]
    recall = {name: float(row[2]) for name, row in rows.items()}
    assert recall["the sample, Silabus"] >= search.TARGET_RECALL > recall["the sample, Material"]
    (target, recalled, verdict), (index, ratio, _) = report.targets
    assert target.startswith("pair recall") and verdict == "met" and float(recalled) >= 0.9
    assert index.startswith("search index") and re.fullmatch(r"\d+\.\d\dx", ratio)


def test_the_editor_benchmark_asks_yaml_language_server(tmp_path: Path) -> None:
    """The harness of benchmarks/editor.py on two cases: a misspelt key, which the
    editor marks at its line, and an id another file must define, which it cannot."""
    node_package("yaml-language-server")
    cases = {"83-sample-unknown-key", "140-link-unknown-module"}
    assert cases <= {mistake.case for mistake in editor.single_file_mistakes()}

    report = editor.measure(tmp_path, only=cases)

    (row,) = [line for line in report.lines if re.fullmatch(r"\| 2 \| .*", line)]
    assert row == "| 2 | 1 (50%) | 0 | 1 |"
    assert "`140-link-unknown-module`" in report.lines[-2]


def _lighthouse_result(performance: float, lcp_ms: float, failed: str | None = None) -> dict:
    """The parts of a Lighthouse result (its JSON) that benchmarks/lighthouse.py reads."""
    audits = {
        "first-contentful-paint": {"numericValue": 900.0, "score": 1},
        "largest-contentful-paint": {"numericValue": lcp_ms, "score": 1},
        "cumulative-layout-shift": {"numericValue": 0.0, "score": 1},
        "total-blocking-time": {"numericValue": 20.0, "score": 1},
        "dom-size": {"numericValue": 400, "score": 1},
        "meta-description": {"score": 0 if failed == "meta-description" else 1},
    }
    references = [{"id": name, "weight": 1} for name in audits]
    return {
        "audits": audits,
        "categories": {
            name: {"score": performance if name == "performance" else 1.0, "auditRefs": references}
            for name in lighthouse.CATEGORIES
        },
    }


def test_the_lighthouse_report_takes_medians_and_judges_the_targets() -> None:
    """benchmarks/lighthouse.py's figures from Lighthouse's JSON (Lighthouse itself
    runs in `make bench`, not here: a run takes about fifteen seconds a page)."""
    silabus = [
        lighthouse.audit_of(_lighthouse_result(0.97, 1500.0, "meta-description")),
        lighthouse.audit_of(_lighthouse_result(0.93, 1700.0, "meta-description")),
        lighthouse.audit_of(_lighthouse_result(0.99, 1400.0)),
    ]
    material = [lighthouse.audit_of(_lighthouse_result(0.98, 1400.0)) for _ in range(3)]
    medians = {
        ("cohort", "Silabus"): lighthouse.median_audit(silabus),
        ("cohort", "Material"): lighthouse.median_audit(material),
    }
    report = lighthouse._report(medians, runs=3, version="12.2.3")

    assert "| cohort | Silabus | 97 | 100 | 100 | 100 | 0.9 | 1.5 | 0.000 | 20 | 400 |" in (
        report.lines
    )
    assert "| cohort | Material | 98 | 100 | 100 | 100 | 0.9 | 1.4 | 0.000 | 20 | 400 |" in (
        report.lines
    )
    assert "Audits that cost Silabus points (in most runs): cohort: `meta-description`" in (
        report.lines
    )
    assert report.targets[0] == ("Lighthouse performance >= 95, cohort page", "97", "met")
    assert report.targets[-1] == (
        "largest contentful paint against stock Material, cohort page",
        "1.07x",
        "measured",
    )


def test_the_lighthouse_section_replaces_its_earlier_self() -> None:
    heading = lighthouse.HEADING
    results = f"# Benchmarks\n\n## Before\n\nx\n\n{heading}\n\nold\n\n## After\n\ny\n"
    section = [heading, "", "new"]
    replaced = lighthouse.replace_section(results, section)
    assert replaced == f"# Benchmarks\n\n## Before\n\nx\n\n{heading}\n\nnew\n\n## After\n\ny\n"
    added = lighthouse.replace_section("# Benchmarks\n", section)
    assert added == f"# Benchmarks\n\n{heading}\n\nnew\n"


def test_stock_material_is_the_same_markdown_without_silabus(tmp_path: Path) -> None:
    """What Lighthouse compares Silabus with: the sample's pages built by Material
    alone, without Silabus's stylesheet, scripts and head tags."""
    sample = copy_sample(tmp_path / "sample")
    stock = Project(lighthouse.stock_project(sample.root, tmp_path / "stock"))
    built = stock.mkdocs_build()
    assert built.returncode == 0, built.stderr
    cohort = stock.read("site/angkatan/angkatan-ii-2027/index.html")
    assert '<table class="silabus-timetable"' in cohort
    assert "silabus.css" not in cohort and "silabus-schedule.js" not in cohort
    assert "silabus-search-on-demand" not in cohort and "og:title" not in cohort
