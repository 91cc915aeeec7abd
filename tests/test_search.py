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
from tests.conftest import Project, require

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


def test_a_search_language_the_project_chose_is_kept(project: Project) -> None:
    project.replace("mkdocs.yml", "\n  - search\n", "\n  - search:\n      lang: en\n")

    built = project.mkdocs_build("--strict")

    assert built.returncode == 0, built.stderr
    assert _search_settings(project)["lang"] == ["en"]
    assert not project.path("site/assets/javascripts/lunr/min/lunr.id.min.js").exists()
