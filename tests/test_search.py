"""Search that understands Indonesian: on an Indonesian site, Material's search
looks a word up by its root as well, so that a root finds its affixed forms and
the other way round (layanan, pelayanan, melayani). The language file the site
carries is tried here under Node.js; the search itself in a browser, online and
in the offline copy, in test_browser."""

from __future__ import annotations

import json
import shutil
import subprocess
from importlib.resources import files as files_of

import pytest

from benchmarks.search import APART, PAIRS
from tests.conftest import Project, node_package, require

_RUN = """
const fs = require("fs");
global.lunr = {
  Pipeline: { registerFunction() {} },
  Index: { prototype: { query() {} } },
  trimmer: (token) => token,
};
eval(fs.readFileSync(process.argv[1], "utf8"));
const words = JSON.parse(fs.readFileSync(0, "utf8"));
const found = {};
for (const word of words) found[word] = [word, ...lunr.id.roots(word)];
console.log(JSON.stringify(found));
"""


def _lookups(words: set[str], tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[str]]:
    """What each word is looked up by: itself and its roots, as the site's
    lunr.id.min.js (the stemmer, then the language) computes them."""
    node = shutil.which("node")
    require(node is not None, "Node.js", "install Node.js (Debian: `apt-get install nodejs`)")
    assets = files_of("silabus.render").joinpath("assets")
    script = tmp_path_factory.mktemp("search") / "lunr.id.min.js"
    script.write_bytes(
        assets.joinpath("snowball-indonesian.js").read_bytes()
        + assets.joinpath("lunr-id.js").read_bytes()
    )
    ran = subprocess.run(
        [str(node), "-e", _RUN, str(script)],
        input=json.dumps(sorted(words)),
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return {word: set(roots) for word, roots in json.loads(ran.stdout).items()}


@pytest.fixture(scope="module")
def lookups(tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[str]]:
    return _lookups({word for pair in PAIRS + APART for word in pair}, tmp_path_factory)


@pytest.mark.parametrize(("root", "word"), PAIRS, ids=[f"{a}-{b}" for a, b in PAIRS])
def test_a_root_and_its_affixed_form_find_each_other(
    lookups: dict[str, set[str]], root: str, word: str
) -> None:
    assert lookups[root] & lookups[word], (lookups[root], lookups[word])


@pytest.mark.parametrize(("one", "other"), APART, ids=[f"{a}-{b}" for a, b in APART])
def test_words_that_only_look_alike_stay_apart(
    lookups: dict[str, set[str]], one: str, other: str
) -> None:
    assert not lookups[one] & lookups[other], (lookups[one], lookups[other])


def test_at_least_forty_pairs_are_tried() -> None:
    assert len(PAIRS) >= 40


_SEARCH = """
const fs = require("fs");
global.lunr = require(process.argv[2]);
eval(fs.readFileSync(process.argv[1], "utf8"));
const docs = JSON.parse(fs.readFileSync(0, "utf8"));
const index = lunr(function () {
  this.use(lunr.id);
  this.metadataWhitelist = ["position"];
  // Material's tokenizer gives a place as one number (here: where the word starts).
  const split = this.tokenizer;
  this.tokenizer = (text, metadata) =>
    split(text, metadata).map((token) => {
      if (token.metadata.position) token.metadata.position = token.metadata.position[0];
      return token;
    });
  this.ref("id");
  this.field("text");
  this.field("tags");
  for (const [id, text] of Object.entries(docs.pages)) this.add({ id, text, tags: ["ujian"] });
});
const found = {};
for (const query of docs.queries) {
  found[query] = index.search(query).map((result) => [result.ref, result.matchData.metadata]);
}
console.log(JSON.stringify(found));
"""

PAGES = {
    "pelayanan": "Pelayanan publik, standar pelayanan.",
    "menulis": "Menulis laporan (koordinasi).",
    "tulis": "Tulis suratnya.",
    "layanan": "Layanan kami cepat; café di lobi.",
    "pimpinan": "Kepemimpinan dan dukungan pimpinan.",
    "atau": "Pilih satu atau dua, di atas meja.",
}


@pytest.fixture(scope="module")
def searched(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[list[object]]]:
    """What lunr (the version Material bundles) finds in PAGES with the site's
    Indonesian language, for each query as Material passes it on."""
    lunr = node_package("lunr") / "lunr.js"
    assets = files_of("silabus.render").joinpath("assets")
    script = tmp_path_factory.mktemp("search") / "lunr.id.min.js"
    script.write_bytes(
        assets.joinpath("snowball-indonesian.js").read_bytes()
        + assets.joinpath("lunr-id.js").read_bytes()
    )
    queries = [
        "layanan*",
        "pelayanan*",
        "café*",
        "pimpin*",
        "menata*",
        "+pelayanannya",
        "pelayanan -layanan",
        "ujian*",
        "publik,*",
        "(koordinasi)*",
        "+menulis",
    ]
    ran = subprocess.run(
        ["node", "-e", _SEARCH, str(script), str(lunr)],
        input=json.dumps({"pages": PAGES, "queries": queries}),
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    found: dict[str, list[list[object]]] = json.loads(ran.stdout)
    return found


def _pages(found: list[list[object]]) -> set[object]:
    return {page for page, _ in found}


def test_a_root_finds_the_pages_of_its_forms_and_is_named_as_found(
    searched: dict[str, list[list[object]]],
) -> None:
    assert (
        _pages(searched["layanan*"])
        == _pages(searched["pelayanan*"])
        == {
            "pelayanan",
            "layanan",
        }
    )
    # Material marks a word searched for as missing unless a found term begins with
    # it, and highlights each place listed: the word searched for is credited, and
    # each place is listed once.
    places = {}
    for page, metadata in searched["layanan*"]:
        assert isinstance(metadata, dict)
        assert list(metadata) == ["layanan"]
        places[page] = sorted(metadata["layanan"]["text"]["position"])
    assert places == {"pelayanan": [0, 26], "layanan": [0]}  # each place once, 0 too
    (_, leading), *_ = searched["pimpin*"]
    assert isinstance(leading, dict)
    found = [place for term in leading.values() for place in term["text"]["position"]]
    assert sorted(found) == [0, 26]  # kepemimpinan, "pimpinan.": once each


def test_words_of_other_scripts_and_short_roots_stay_as_written(
    searched: dict[str, list[list[object]]],
) -> None:
    assert _pages(searched["café*"]) == {"layanan"}  # not cut to "caf"
    assert _pages(searched["menata*"]) == set()  # its root "ata" finds no "atau", "atas"


def test_a_word_of_a_list_is_found_though_it_has_no_place(
    searched: dict[str, list[list[object]]],
) -> None:
    assert _pages(searched["ujian*"]) == set(PAGES)  # every page's tag


def test_punctuation_typed_around_a_word_is_left_out(
    searched: dict[str, list[list[object]]],
) -> None:
    assert _pages(searched["publik,*"]) == {"pelayanan"}
    assert _pages(searched["(koordinasi)*"]) == {"menulis"}


def test_required_and_excluded_words(searched: dict[str, list[list[object]]]) -> None:
    # A word that must be there counts in either form; one that must not, as written.
    assert _pages(searched["+pelayanannya"]) == {"pelayanan", "layanan"}
    assert _pages(searched["+menulis"]) == {"menulis", "tulis"}
    assert _pages(searched["pelayanan -layanan"]) == {"pelayanan"}


def _search_settings(project: Project) -> dict[str, object]:
    index = json.loads(project.read("site/search/search_index.json"))
    return {key: index["config"][key] for key in ("lang", "pipeline")}


def test_an_indonesian_site_searches_by_the_root(project: Project) -> None:
    built = project.mkdocs_build("--strict")

    assert built.returncode == 0, built.stderr
    assert _search_settings(project) == {"lang": ["id"], "pipeline": ["stemmer", "trimmer"]}
    # Where Material's search worker loads a language from: the stemmer, then lunr's
    # language for Indonesian.
    language = project.read("site/assets/javascripts/lunr/min/lunr.id.min.js")
    assert language.index("silabusStemIndonesian") < language.index("lunr.id = function")


def test_an_english_site_keeps_material_search(project: Project) -> None:
    project.replace("mkdocs.yml", "language: id", "language: en")
    project.replace("curriculum/program.yml", "\nlanguage: id", "\nlanguage: en")

    built = project.mkdocs_build("--strict")

    assert built.returncode == 0, built.stderr
    assert _search_settings(project)["lang"] == ["en"]
    assert not project.path("site/assets/javascripts/lunr/min/lunr.id.min.js").exists()


def test_indonesian_search_when_the_project_asks_for_it_and_its_pipeline_kept(
    project: Project,
) -> None:
    project.replace(
        "mkdocs.yml",
        "\n  - search\n",
        "\n  - search:\n      lang: id\n      pipeline: [stemmer]\n",
    )

    built = project.mkdocs_build("--strict")

    assert built.returncode == 0, built.stderr
    assert _search_settings(project) == {"lang": ["id"], "pipeline": ["stemmer"]}


def test_a_search_language_the_project_chose_is_kept(project: Project) -> None:
    project.replace("mkdocs.yml", "\n  - search\n", "\n  - search:\n      lang: en\n")

    built = project.mkdocs_build("--strict")

    assert built.returncode == 0, built.stderr
    assert _search_settings(project)["lang"] == ["en"]
    assert not project.path("site/assets/javascripts/lunr/min/lunr.id.min.js").exists()
