"""Indonesian search: how well a root and its affixed forms find each other, with
Silabus's Indonesian language for lunr (the search library Material bundles)
against what Material gives an Indonesian site (no stemming at all), on the
sample and on a synthetic curriculum; the size of the index the browser builds,
and the time to build it and to answer a query in Chromium with its CPU slowed
4x, as Lighthouse slows it to stand for a phone.

Both indexes are built from the site's own search_index.json with lunr 2.3.9
(npm, the version Material bundles), the fields and boosts Material gives them,
and each word looked up as Material does while the reader types (a trailing
wildcard).

    python -m benchmarks.search [--quick]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.scale import _ENVIRONMENT, Report, _met
from benchmarks.synthetic import make_project
from tests.conftest import NODE_MODULES, copy_sample

# A root and a word made from it, which a participant expects to find each other.
PAIRS: list[tuple[str, str]] = [
    ("layanan", "pelayanan"),
    ("layanan", "melayani"),
    ("layanan", "dilayani"),
    ("layan", "pelayanannya"),
    ("latih", "pelatihan"),
    ("latih", "melatih"),
    ("latih", "pelatih"),
    ("latih", "latihan"),
    ("pimpin", "kepemimpinan"),
    ("pimpin", "pemimpin"),
    ("pimpin", "pimpinan"),
    ("pimpin", "memimpin"),
    ("inovasi", "berinovasi"),
    ("akhlak", "berakhlak"),
    ("ubah", "perubahan"),
    ("ubah", "mengubah"),
    ("pikir", "berpikir"),
    ("pikir", "pemikiran"),
    ("bijak", "kebijakan"),
    ("selenggara", "penyelenggaraan"),
    ("selenggara", "diselenggarakan"),
    ("rancang", "rancangan"),
    ("rancang", "merancang"),
    ("ajar", "pembelajaran"),
    ("ajar", "mengajar"),
    ("tulis", "menulis"),
    ("tulis", "penulisan"),
    ("kelola", "mengelola"),
    ("kelola", "pengelolaan"),
    ("kumpul", "mengumpulkan"),
    ("kembang", "pengembangan"),
    ("kembang", "mengembangkan"),
    ("tentu", "menentukan"),
    ("nilai", "penilaian"),
    ("nilai", "menilai"),
    ("pegawai", "kepegawaian"),
    ("terampil", "keterampilan"),
    ("mentor", "pementoran"),
    ("laksana", "pelaksanaan"),
    ("ukur", "pengukuran"),
    ("hasil", "keberhasilan"),
    ("bangun", "pembangunan"),
    ("rencana", "merencanakan"),
    ("masalah", "permasalahan"),
    ("peserta", "pesertanya"),
]

# Words that only look alike, which must not find each other.
APART: list[tuple[str, str]] = [
    ("peserta", "serta"),
    ("masalah", "masa"),
    ("media", "dia"),
    ("kepala", "pala"),
    ("mereka", "reka"),
    ("menteri", "teri"),
    ("layanan", "latihan"),
    ("pimpin", "pikir"),
]

TARGET_RECALL = 0.9
TARGET_INDEX = 1.3
THROTTLING = 4  # Lighthouse's mobile CPU slowdown

_HARNESS = """
(() => {
  const strip = (html) => html.replace(/<[^>]+>/g, " ");
  const separator = /[\\s\\-]+/;
  function build(docs, indonesian) {
    return lunr(function () {
      this.metadataWhitelist = ["position"];
      this.b(0);
      if (indonesian) this.use(lunr.id);
      lunr.tokenizer.separator = separator;
      if (!indonesian) {  // Material on an Indonesian site: no stemmer, trimmer or stop words
        for (const fn of [lunr.trimmer, lunr.stopWordFilter, lunr.stemmer]) {
          this.pipeline.remove(fn);
          this.searchPipeline.remove(fn);
        }
      }
      this.ref("location");
      this.field("title", { boost: 1000 });
      this.field("text", { boost: 1 });
      this.field("tags", { boost: 1000000 });
      for (const doc of docs) {
        this.add({ ...doc, text: strip(doc.text || ""), tags: doc.tags || [] });
      }
    });
  }
  const pagesOf = (index, word) => {
    const pages = new Set();
    for (const found of index.search(word + "*")) pages.add(found.ref.split("#")[0]);
    return pages;
  };
  window.silabusSearchBench = ({ docs, words, indonesian }) => {
    let started = performance.now();
    const index = build(docs, indonesian);
    const buildMs = performance.now() - started;
    const found = {};
    started = performance.now();
    for (const word of words) found[word] = [...pagesOf(index, word)];
    const queryMs = (performance.now() - started) / words.length;
    const pageWords = {};
    for (const doc of docs) {
      const page = doc.location.split("#")[0];
      const seen = (pageWords[page] = pageWords[page] || new Set());
      const text = strip((doc.title || "") + " " + (doc.text || "")).toLowerCase();
      for (const word of text.split(/[^a-z]+/)) if (word) seen.add(word);
    }
    const words_ = {};
    for (const [page, seen] of Object.entries(pageWords)) words_[page] = [...seen];
    return { buildMs, queryMs, indexBytes: JSON.stringify(index).length, found, pageWords: words_ };
  };
})();
"""


def _site_of(project: Path) -> Path:
    import subprocess

    built = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"],
        cwd=project,
        capture_output=True,
        text=True,
        env=_ENVIRONMENT,
        check=False,
    )
    if built.returncode != 0:
        raise SystemExit(f"the site of {project} did not build:\n{built.stderr[-2000:]}")
    return project / "site"


def _families() -> dict[str, set[str]]:
    """Each word of the pairs with the words it should find: its root's family."""
    by_root: dict[str, set[str]] = {}
    for root, word in PAIRS:
        by_root.setdefault(root, {root}).add(word)
    return {word: family for family in by_root.values() for word in family}


def _scores(found: dict[str, list[str]], page_words: dict[str, list[str]]) -> dict[str, Any]:
    """Pair recall: of the pages either word of a pair finds, the share both find
    (1 when the root and its affixed form find the same pages), over the pairs
    with a page. Precision: of the pages a word finds, the share that hold a word
    beginning with one of its family (the words with its root in PAIRS; a word of
    APART alone)."""
    recalls = []
    for one, other in PAIRS:
        either = set(found[one]) | set(found[other])
        if either:
            recalls.append(len(set(found[one]) & set(found[other])) / len(either))
    families = _families()
    precisions = []
    for word, pages in found.items():
        if not pages:
            continue
        family = families.get(word, {word})
        relevant = [
            page
            for page in pages
            if any(seen.startswith(member) for seen in page_words[page] for member in family)
        ]
        precisions.append(len(relevant) / len(pages))
    return {
        "recall": statistics.mean(recalls) if recalls else 0.0,
        "pairs": len(recalls),
        "precision": statistics.mean(precisions) if precisions else 0.0,
    }


def _measure_site(site: Path, page: Any) -> dict[str, dict[str, Any]]:
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    language = site / "assets" / "javascripts" / "lunr" / "min" / "lunr.id.min.js"
    words = sorted({word for pair in PAIRS + APART for word in pair})
    page.goto("about:blank")
    page.add_script_tag(path=str(NODE_MODULES / "lunr" / "lunr.js"))
    page.add_script_tag(path=str(language))
    page.add_script_tag(content=_HARNESS)
    results = {}
    for name, indonesian in (("material", False), ("silabus", True)):
        measured = page.evaluate(
            "arg => window.silabusSearchBench(arg)",
            {"docs": index["docs"], "words": words, "indonesian": indonesian},
        )
        results[name] = {
            **_scores(measured["found"], measured["pageWords"]),
            "build_ms": measured["buildMs"],
            "query_ms": measured["queryMs"],
            "index_bytes": measured["indexBytes"],
        }
    results["files"] = {
        "search_index_bytes": (site / "search" / "search_index.json").stat().st_size,
        "language_bytes": language.stat().st_size,
        "pages": len({doc["location"].split("#")[0] for doc in index["docs"]}),
    }
    return results


def measure(scratch: Path, quick: bool = False) -> Report:
    from playwright.sync_api import sync_playwright

    from tests.test_browser import chromium_executable

    if not (NODE_MODULES / "lunr" / "lunr.js").is_file():
        raise SystemExit(
            "benchmarks/search.py needs lunr from npm: run `npm ci` in the repository "
            "(`make test` does it when npm is there)"
        )
    sites = {"the sample": _site_of(copy_sample(scratch / "search-sample").root)}
    if not quick:
        synthetic = make_project(scratch / "search-1000", 1000, cohorts=0)
        sites["1000 modules"] = _site_of(synthetic)
    measured: dict[str, dict[str, dict[str, Any]]] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_executable())
        page = browser.new_page()
        page.context.new_cdp_session(page).send(
            "Emulation.setCPUThrottlingRate", {"rate": THROTTLING}
        )
        for name, site in sites.items():
            measured[name] = _measure_site(site, page)
        browser.close()
    return _report(measured)


def _report(measured: dict[str, dict[str, dict[str, Any]]]) -> Report:
    report = Report([], [])
    report.lines += [
        "## Search in Indonesian",
        "",
        f"`benchmarks/search.py`: {len(PAIRS)} pairs of a root and a word made from it "
        "(layanan/pelayanan, pimpin/kepemimpinan, ...) and "
        f"{len(APART)} pairs of words that only look alike (peserta/serta, media/dia), "
        "each word looked up as Material does while the reader types. *Material* is "
        "what Material gives an Indonesian site (lunr without stemming); *Silabus* adds "
        "its Indonesian language (`lunr.id.min.js`: Snowball's stemmer and corrections). "
        "*Pair recall*: of the pages either word of a pair finds, the share both find. "
        "*Precision*: of the pages a word finds, the share holding a word that begins "
        "with one of its root's family, or with the word itself for the look-alikes; a "
        "root's form the pairs do not list (beserta for serta) counts against it. Times "
        "in Chromium with the CPU slowed "
        f"{THROTTLING}x; the index is lunr's, as the browser builds it from "
        "`search_index.json`, which Silabus does not change.",
        "",
        "| | pages | pairs found | pair recall | precision | index, KB | "
        "building it, ms | a query, ms |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for site, results in measured.items():
        for name in ("material", "silabus"):
            found = results[name]
            report.lines.append(
                f"| {site}, {'Material' if name == 'material' else 'Silabus'} | "
                f"{results['files']['pages']} | {found['pairs']} | {found['recall']:.2f} | "
                f"{found['precision']:.2f} | "
                f"{found['index_bytes'] / 1000:.0f} | {found['build_ms']:.0f} | "
                f"{found['query_ms']:.1f} |"
            )
    sample = measured["the sample"]
    language_kb = sample["files"]["language_bytes"] / 1000
    report.lines += [
        "",
        f"The site carries one more file for this, `lunr.id.min.js` ({language_kb:.1f} KB), "
        "which the search worker loads when the reader first searches.",
        "",
    ]
    largest = measured[list(measured)[-1]]
    ratio = largest["silabus"]["index_bytes"] / largest["material"]["index_bytes"]
    report.targets += [
        (
            f"pair recall of Indonesian search >= {TARGET_RECALL:g}, the sample",
            f"{sample['silabus']['recall']:.2f}",
            _met(sample["silabus"]["recall"] >= TARGET_RECALL),
        ),
        (
            f"search index the browser builds <= {TARGET_INDEX:g}x Material's, "
            f"{list(measured)[-1]}",
            f"{ratio:.2f}x",
            _met(ratio <= TARGET_INDEX),
        ),
    ]
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="the sample only")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="silabus-bench-") as scratch:
        report = measure(Path(scratch), arguments.quick)
    print("\n".join(report.lines))
    for target, value, verdict in report.targets:
        print(f"{target}: {value} ({verdict})")


if __name__ == "__main__":
    main()
