"""Course data (JSON-LD) for search engines: what Google's course info result asks
for, on the program, module and cohort pages, and all of it schema.org."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from silabus.pipeline import validate_project
from silabus.render import SiteOptions, render_site
from tests.conftest import REPOSITORY, Project, copy_sample, node_package
from tests.schema_org import Vocabulary

Maker = Callable[[dict[str, str]], Project]

PROGRAM = """\
id: shell
title: The Unix Shell
organizer: Open Research Skills Network
description: Files, pipes and loops for people who work with data.
language: en
time_unit: minutes
modules: [navigating, pipes]
"""
NAVIGATING = """\
id: navigating
title: Navigating Files
summary: Find your way around the file system.
minutes: 60
"""
PIPES = """\
id: pipes
title: Pipes and Filters
minutes: 90
"""
COHORT = """\
id: spring
name: Spring 2027
start: 2027-03-01
end: 2027-03-02
timezone: Europe/Amsterdam
venue: Library, room 2
phases:
  - kind: classroom
    start: 2027-03-01
    end: 2027-03-02
    days:
      - date: 2027-03-01
        sessions:
          - {start: "09:00", end: "10:00", module: navigating,
             leaders: [{name: Anouk Visser, role: instructor}, {name: Sam Okoye, role: helper}]}
          - {start: "10:15", end: "11:45", module: pipes,
             leaders: [{name: Jonas Meyer, role: instructor}]}
"""


def _site_data(make_project: Maker, program: str = PROGRAM, cohort: bool = True) -> dict[str, Any]:
    files = {
        "curriculum/program.yml": program,
        "curriculum/modules/navigating.yml": NAVIGATING,
        "curriculum/modules/pipes.yml": PIPES,
    }
    if cohort:
        files["curriculum/cohorts/spring.yml"] = COHORT
    project = make_project(files)
    validation = validate_project(project.root)
    assert validation.curriculum is not None, [d.format() for d in validation.diagnostics]
    site = render_site(validation.curriculum, options=SiteOptions(site_url="https://x.org/"))
    return {path: page.data for path, page in site.pages.items() if page.data}


def test_a_free_program_offers_its_course_for_free(make_project: Maker) -> None:
    data = _site_data(make_project, PROGRAM + "fee: free\n")

    assert data["program/index.md"]["offers"] == [
        {"@type": "Offer", "category": "Free", "price": 0}
    ]
    assert data["modules/navigating.md"]["offers"] == data["program/index.md"]["offers"]


def test_a_fee_is_offered_with_its_amount_and_currency(make_project: Maker) -> None:
    data = _site_data(make_project, PROGRAM + "fee: {amount: 4750000, currency: idr}\n")

    assert data["program/index.md"]["offers"] == [
        {"@type": "Offer", "category": "Paid", "price": 4750000, "priceCurrency": "IDR"}
    ]
    # A module is not sold apart from its program.
    assert "offers" not in data["modules/navigating.md"]


def test_without_a_fee_no_offer_is_made_up(make_project: Maker) -> None:
    data = _site_data(make_project)

    assert all("offers" not in page for page in data.values())


def test_the_provider_carries_the_organizers_website(make_project: Maker) -> None:
    data = _site_data(make_project, PROGRAM + "organizer_url: https://skills.example.org/\n")

    assert data["program/index.md"]["provider"] == {
        "@type": "Organization",
        "name": "Open Research Skills Network",
        "url": "https://skills.example.org/",
        "sameAs": "https://skills.example.org/",
    }


def test_a_module_page_is_a_course_in_the_program_taught_by_its_cohorts(
    make_project: Maker,
) -> None:
    module = _site_data(make_project)["modules/navigating.md"]

    assert module["name"] == "Navigating Files"
    assert module["description"] == "Find your way around the file system."
    assert module["isPartOf"] == {
        "@type": "Course",
        "name": "The Unix Shell",
        "courseCode": "shell",
        "url": "https://x.org/program/",
    }
    assert module["timeRequired"] == "PT1H"
    (instance,) = module["hasCourseInstance"]
    assert instance["startDate"] == instance["endDate"] == "2027-03-01"
    assert instance["courseMode"] == "onsite"
    assert instance["courseWorkload"] == "PT1H"
    # Its own session's instructor, not the helper, nor the other module's.
    assert instance["instructor"] == [{"@type": "Person", "name": "Anouk Visser"}]


def test_a_cohort_without_a_timetable_takes_the_programs_workload(make_project: Maker) -> None:
    announced = COHORT[: COHORT.index("    days:")]
    project = make_project(
        {
            "curriculum/program.yml": PROGRAM,
            "curriculum/modules/navigating.yml": NAVIGATING,
            "curriculum/modules/pipes.yml": PIPES,
            "curriculum/cohorts/spring.yml": announced,
        }
    )
    validation = validate_project(project.root)
    assert validation.curriculum is not None, [d.format() for d in validation.diagnostics]

    data = render_site(validation.curriculum).pages["program/index.md"].data

    assert data is not None
    assert data["hasCourseInstance"][0]["courseWorkload"] == "PT2H30M"


# What a trainer sees for a fee written wrong


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        (
            "fee: Rp 4.750.000",
            "curriculum/program.yml:4:6: error: 'fee': 'Rp 4.750.000' is not a fee Silabus "
            "understands  [C050]\n"
            "    hint: write the amount without separators and the currency's code: "
            "'fee: {amount: 4750000, currency: IDR}'",
        ),
        (
            "fee: 4750000",
            "curriculum/program.yml:4:6: error: 'fee': a fee of 4750000 needs its currency"
            "  [C051]\n"
            "    hint: write 'fee: {amount: 4750000, currency: IDR}' with the three-letter code of "
            "its currency (IDR for rupiah)",
        ),
        (
            "fee: {amount: 4750000, currency: Rp}",
            "curriculum/program.yml:4:34: error: 'fee.currency': 'Rp' is not a currency code "
            "(ISO 4217)  [C052]\n    hint: write its ISO 4217 code: 'currency: IDR'",
        ),
        (
            "organizer_url: skills.example.org",
            "curriculum/program.yml:4:16: error: 'organizer_url' is not a web address  [C053]\n"
            "    hint: write the organizer's website in full, starting with https://, such as "
            "'organizer_url: https://bpsdm.example.go.id/'",
        ),
    ],
)
def test_a_fee_or_website_written_wrong_says_how_to_write_it(
    make_project: Maker, written: str, expected: str
) -> None:
    lines = PROGRAM.splitlines()
    program = "\n".join([*lines[:3], written, *lines[3:]]) + "\n"  # on line 4
    project = make_project(
        {
            "curriculum/program.yml": program,
            "curriculum/modules/navigating.yml": NAVIGATING,
            "curriculum/modules/pipes.yml": PIPES,
        }
    )

    result = project.silabus("validate", "--lang", "en")

    assert result.returncode == 1
    assert expected in result.stdout


def test_a_website_without_the_organizers_name_is_a_warning(make_project: Maker) -> None:
    program = PROGRAM.replace("organizer: Open Research Skills Network\n", "")
    project = make_project(
        {
            "curriculum/program.yml": program + "organizer_url: https://skills.example.org/\n",
            "curriculum/modules/navigating.yml": NAVIGATING,
            "curriculum/modules/pipes.yml": PIPES,
        }
    )

    result = project.silabus("validate", "--lang", "en")

    assert "warning: 'organizer_url' gives the organizer's website, but the program" in (
        result.stdout
    )
    assert "[C054]" in result.stdout


# The built samples, against schema.org


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return Vocabulary.read(node_package("schema-dts"))


@pytest.fixture(scope="module")
def built_samples(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The Indonesian sample and the English workshop, each built as published."""
    root = tmp_path_factory.mktemp("course-data")
    indonesian = copy_sample(root / "sample")
    english = Project(root / "shell-workshop")
    shutil.copytree(
        REPOSITORY / "examples" / "shell-workshop",
        english.root,
        ignore=shutil.ignore_patterns("site", "site-trainer"),
    )
    for project in (indonesian, english):
        result = project.mkdocs_build("--strict")
        assert result.returncode == 0, result.stderr
    return [indonesian.root / "site", english.root / "site"]


def _blocks(site: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    for page in sorted(site.rglob("*.html")):
        for text in re.findall(
            r'<script type="application/ld\+json">(.*?)</script>', page.read_text("utf-8"), re.S
        ):
            yield page.relative_to(site).as_posix(), json.loads(text)


def test_every_block_of_course_data_is_schema_org(
    built_samples: list[Path], vocabulary: Vocabulary
) -> None:
    found = {
        f"{page}: {problem}"
        for site in built_samples
        for page, data in _blocks(site)
        for problem in vocabulary.problems(data)
    }
    blocks = [block for site in built_samples for block in _blocks(site)]

    assert found == set()
    assert len(blocks) > 20  # every program, module and cohort page of both


def test_the_vocabulary_check_finds_what_is_not_schema_org(vocabulary: Vocabulary) -> None:
    wrong = {
        "@type": "Course",
        "name": "x",
        "startDate": "2027-03-01",  # an Event's, not a Course's
        "timeRequired": "three hours",
        "provider": {"@type": "Person", "name": "A", "courseMode": "online"},
        "hasCourseInstance": [{"@type": "Place", "name": "B"}],
        "offers": [{"@type": "Offre"}],
    }

    assert sorted(vocabulary.problems(wrong)) == [
        "Course.hasCourseInstance: a Place where it takes CourseInstance",
        "Course.offers: a Offre where it takes Demand or Offer",
        "Course.provider > Person.courseMode: not a property of Person",
        "Course.startDate: not a property of Course",
        "Course.timeRequired: 'three hours' is not a Duration",
    ]


def test_course_pages_have_what_googles_course_info_requires(built_samples: list[Path]) -> None:
    """Course: name, description, provider, offers and instances; each instance: its
    mode, and a schedule or a workload. Both samples state their fee."""
    courses = [
        (page, data)
        for site in built_samples
        for page, data in _blocks(site)
        if data.get("hasCourseInstance") and "isPartOf" not in data
    ]

    # The program page and the cohorts' pages of each: two cohorts and one.
    assert len(courses) == 5
    for page, course in courses:
        missing = {"name", "description", "provider", "offers"} - course.keys()
        assert not missing, (page, missing)
        assert course["provider"]["name"] and course["provider"]["url"].startswith("https://")
        assert all(offer["category"] in {"Free", "Paid"} for offer in course["offers"])
        for instance in course["hasCourseInstance"]:
            assert instance["courseMode"] in {"online", "onsite", "blended"}, page
            assert "courseWorkload" in instance or "courseSchedule" in instance, page
            assert instance.get("instructor"), page


def test_the_workshop_is_free_and_the_sample_names_its_fee(built_samples: list[Path]) -> None:
    indonesian, english = (dict(_blocks(site)) for site in built_samples)

    assert indonesian["program/index.html"]["offers"] == [
        {"@type": "Offer", "category": "Paid", "price": 4750000, "priceCurrency": "IDR"}
    ]
    program = next(
        data
        for page, data in english.items()
        if page.endswith("index.html") and "syllabusSections" in data
    )
    assert program["offers"] == [{"@type": "Offer", "category": "Free", "price": 0}]


def test_the_currencies_are_the_cldrs_in_use_today() -> None:
    from silabus.model import currencies

    assert {"IDR", "USD", "EUR", "JPY", "SGD", "MYR"} <= currencies()
    assert not {"DEM", "NLG", "XAU", "XXX"} & currencies()  # gone, or no money


@pytest.mark.parametrize(
    ("fee", "expected"),
    [
        (
            "{amount: 12.5, currency: JPY}",
            "error: 'fee': a fee of 12.5 JPY cannot be paid: JPY is counted to 0 decimal "
            "places  [C056]\n    hint: round the amount to what can be paid: 'amount: 12'",
        ),
        (
            "{amount: 4750000.5, currency: IDR}",
            "a fee of 4750000.5 IDR cannot be paid: IDR is counted to 0 decimal places",
        ),
    ],
)
def test_a_fee_smaller_than_its_currency_counts_is_refused(
    make_project: Maker, fee: str, expected: str
) -> None:
    project = make_project(
        {
            "curriculum/program.yml": PROGRAM + f"fee: {fee}\n",
            "curriculum/modules/navigating.yml": NAVIGATING,
            "curriculum/modules/pipes.yml": PIPES,
        }
    )

    result = project.silabus("validate", "--lang", "en")

    assert result.returncode == 1
    assert expected in result.stdout


def test_cents_of_a_currency_that_has_them_are_kept(make_project: Maker) -> None:
    data = _site_data(make_project, PROGRAM + "fee: {amount: 12.5, currency: USD}\n")

    assert data["program/index.md"]["offers"][0]["price"] == 12.5


# The fee as readers see it: what the course data says must be on the page too.


def _site_pages(make_project: Maker, program: str, language: str = "en") -> dict[str, str]:
    project = make_project(
        {
            "curriculum/program.yml": program.replace("language: en", f"language: {language}"),
            "curriculum/modules/navigating.yml": NAVIGATING,
            "curriculum/modules/pipes.yml": PIPES,
            "curriculum/cohorts/spring.yml": COHORT,
        }
    )
    validation = validate_project(project.root)
    assert validation.curriculum is not None, [d.format() for d in validation.diagnostics]
    site = render_site(validation.curriculum, options=SiteOptions(site_url="https://x.org/"))
    return {path: page.markdown for path, page in site.pages.items()}


def test_the_fee_the_course_data_offers_is_shown_on_the_program_and_cohort_pages(
    make_project: Maker,
) -> None:
    pages = _site_pages(make_project, PROGRAM + "fee: {amount: 4750000, currency: IDR}\n", "id")

    fee = '<p class="silabus-facts__fee">Biaya: Rp4.750.000 per peserta</p>'
    assert fee in pages["program/index.md"]
    assert fee in pages["angkatan/spring.md"]


@pytest.mark.parametrize(
    ("fee", "shown"),
    [
        ("free", "Fee: free"),
        ("0", "Fee: free"),
        # A dollar sign is written as a character reference: it is no formula.
        ("{amount: 12.5, currency: USD}", "Fee: &#36;12.50 per participant"),
        ("{amount: 4750000, currency: IDR}", "Fee: IDR4,750,000 per participant"),
    ],
)
def test_the_fee_is_written_in_the_sites_language(
    make_project: Maker, fee: str, shown: str
) -> None:
    pages = _site_pages(make_project, PROGRAM + f"fee: {fee}\n")

    assert f'<p class="silabus-facts__fee">{shown}</p>' in pages["program/index.md"]


def test_no_fee_is_shown_when_none_is_given(make_project: Maker) -> None:
    pages = _site_pages(make_project, PROGRAM)

    assert "silabus-facts__fee" not in "".join(pages.values())


def test_the_organizer_links_to_its_website_escaped(make_project: Maker) -> None:
    program = PROGRAM.replace("Open Research Skills Network", "R&D <Skills> Network")
    pages = _site_pages(
        make_project, program + 'organizer_url: "https://x.example.org/?a=1&b=\\"2"\n'
    )

    assert (
        'Organizer: <a href="https://x.example.org/?a=1&amp;b=&quot;2">R&amp;D &lt;Skills&gt; '
        "Network</a></p>"
    ) in pages["program/index.md"]
