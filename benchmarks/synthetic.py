"""Synthetic curricula of any size, for the scale benchmarks.

`make_project(root, modules=N)` writes a complete Silabus project: mkdocs.yml and
the plugin like the sample's, a program with one agenda per ten modules, N modules
with text of the sample's lengths (description, outcomes, topics, JP split, key
points, a self-check question), a glossary and references they cite, and two
cohorts whose sessions schedule every module's JP exactly (up to 1000 modules: a
cohort of more would be over the 1 MB a curriculum file may have). The text is
made from a fixed word list with a seeded generator, so the same N gives the same
files.

    python -m benchmarks.synthetic ROOT --modules 200
"""

from __future__ import annotations

import argparse
import random
from datetime import date, timedelta
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
MODULES_PER_AGENDA = 10
JP_MINUTES = 45
# A cohort teaches every module of the program; above this many modules its file
# would pass the 1 MB a curriculum file may have, so larger curricula have no cohorts.
SCHEDULED_LIMIT = 1000
SESSION_JP = 3  # one session of 3 JP; a module of 6 JP takes two
DAY_SESSIONS = 3  # 9 JP a day, under the default limit of 10

_WORDS = [
    "pelayanan",
    "publik",
    "inovasi",
    "masyarakat",
    "unit",
    "kerja",
    "kualitas",
    "layanan",
    "aparatur",
    "prosedur",
    "standar",
    "pengaduan",
    "kepuasan",
    "data",
    "analisis",
    "rancangan",
    "perubahan",
    "kebijakan",
    "tata",
    "kelola",
    "partisipasi",
    "transparansi",
    "akuntabilitas",
    "digital",
    "kolaborasi",
    "pemangku",
    "kepentingan",
    "evaluasi",
    "pemantauan",
    "strategi",
    "sumber",
    "daya",
    "kompetensi",
    "pembelajaran",
    "praktik",
    "lapangan",
    "prototipe",
    "pengguna",
    "kebutuhan",
    "masalah",
    "akar",
    "solusi",
    "gagasan",
    "uji",
    "coba",
    "penerapan",
    "hasil",
]


def _sentence(rng: random.Random, words: int) -> str:
    chosen = [rng.choice(_WORDS) for _ in range(words)]
    return " ".join(chosen).capitalize() + "."


def _paragraph(rng: random.Random, sentences: int) -> str:
    return " ".join(_sentence(rng, rng.randint(9, 16)) for _ in range(sentences))


def _quoted(text: str) -> str:
    return '"' + text.replace('"', "'") + '"'


def module_yaml(rng: random.Random, module_id: str, title: str, jp: int) -> str:
    description = "\n\n".join(_paragraph(rng, 4) for _ in range(2))
    lines = [
        f"id: {module_id}",
        f"title: {_quoted(title)}",
        f"summary: {_quoted(_sentence(rng, 14))}",
        "description: |",
        *(f"  {line}" if line else "" for line in description.splitlines()),
        f"learning_outcome: {_quoted(_sentence(rng, 20))}",
        "success_indicators:",
        *(f"  - {_quoted(_sentence(rng, 8))}" for _ in range(4)),
        "topics:",
    ]
    for _ in range(4):
        lines.append(f"  - title: {_quoted(_sentence(rng, 4))}")
        lines.append("    subtopics:")
        lines += [f"      - {_quoted(_sentence(rng, 6))}" for _ in range(3)]
    theory = jp // 3
    lines += [
        "jp:",
        f"  total: {jp}",
        f"  theory: {theory}",
        f"  practice: {jp - theory}",
        "key_points:",
        *(f"  - {_quoted(_sentence(rng, 10))}" for _ in range(3)),
        "self_check:",
        f"  - question: {_quoted(_sentence(rng, 10))}",
        "    choices:",
        f"      - text: {_quoted(_sentence(rng, 5))}",
        "        correct: true",
        f"      - text: {_quoted(_sentence(rng, 5))}",
        f"methods: [{', '.join(_quoted(rng.choice(_WORDS)) for _ in range(3))}]",
        "terms: [term-1]",
        "references: [ref-1]",
    ]
    return "\n".join(lines) + "\n"


def cohort_yaml(cohort_id: str, start: date, modules: list[tuple[str, int]]) -> str:
    """A cohort whose sessions give every module exactly its JP, three sessions a
    day on weekdays, in one classroom phase."""
    sessions: list[str] = []
    for module_id, jp in modules:
        sessions += [module_id] * (jp // SESSION_JP)
    days: list[tuple[date, list[str]]] = []
    day = start
    for first in range(0, len(sessions), DAY_SESSIONS):
        while day.weekday() >= 5:
            day += timedelta(days=1)
        days.append((day, sessions[first : first + DAY_SESSIONS]))
        day += timedelta(days=1)
    end = days[-1][0] if days else start
    lines = [
        f"id: {cohort_id}",
        f"name: Angkatan {cohort_id}",
        "venue: Balai Pelatihan",
        f"start: {start.isoformat()}",
        f"end: {end.isoformat()}",
        "participants: 30",
        "phases:",
        "  - kind: classroom",
        f"    start: {start.isoformat()}",
        f"    end: {end.isoformat()}",
        "    days:",
    ]
    times = [("08:00", "10:15"), ("10:30", "12:45"), ("13:30", "15:45")]
    for when, module_ids in days:
        lines.append(f"      - date: {when.isoformat()}")
        lines.append("        sessions:")
        for (begin, finish), module_id in zip(times, module_ids, strict=False):
            lines += [
                f"          - start: {begin}",
                f"            end: {finish}",
                f"            module: {module_id}",
                "            leaders:",
                "              - role: widyaiswara",
                f"                name: Widyaiswara {module_id[-3:]}",
            ]
    return "\n".join(lines) + "\n"


def make_project(root: Path, modules: int, cohorts: int = 2, seed: int = 1) -> Path:
    """A project of `modules` modules at `root` (created; must not exist), with
    `cohorts` cohorts that teach every module (none above SCHEDULED_LIMIT modules)."""
    rng = random.Random(seed)
    curriculum = root / "curriculum"
    (curriculum / "modules").mkdir(parents=True)
    (curriculum / "cohorts").mkdir()
    (root / "docs").mkdir()
    (root / "docs" / "index.md").write_text("# Beranda\n\nKurikulum sintetis.\n")
    (root / "mkdocs.yml").write_text(
        (REPOSITORY / "mkdocs.yml")
        .read_text(encoding="utf-8")
        .split("\nnav:\n")[0]  # the sample's settings; the navigation is generated
    )

    listed: list[tuple[str, int]] = []
    agendas: list[str] = []
    for number in range(1, modules + 1):
        module_id = f"modul-{number:05d}"
        jp = rng.choice((3, 6, 9, 12))
        listed.append((module_id, jp))
        title = f"Modul {number}: {_sentence(rng, 3).rstrip('.')}"
        (curriculum / "modules" / f"{module_id}.yml").write_text(
            module_yaml(rng, module_id, title, jp), encoding="utf-8"
        )
    for first in range(0, modules, MODULES_PER_AGENDA):
        number = first // MODULES_PER_AGENDA + 1
        members = [module_id for module_id, _ in listed[first : first + MODULES_PER_AGENDA]]
        agendas.append(
            f"  - id: agenda-{number:04d}\n"
            f"    title: {_quoted(f'Agenda {number}')}\n"
            f"    description: {_quoted(_sentence(rng, 12))}\n"
            f"    modules: [{', '.join(members)}]\n"
        )
    (curriculum / "program.yml").write_text(
        "id: pelatihan-sintetis\n"
        "title: Pelatihan Sintetis\n"
        "organizer: Lembaga Pelatihan\n"
        f"description: {_quoted(_paragraph(rng, 3))}\n"
        "agendas:\n" + "".join(agendas),
        encoding="utf-8",
    )
    (curriculum / "glossary.yml").write_text(
        "terms:\n  - id: term-1\n    term: inovasi\n    definition: Pembaruan yang bermanfaat.\n"
    )
    (curriculum / "references.yml").write_text(
        "references:\n  - id: ref-1\n    kind: regulation\n"
        "    short_title: Permenpan RB 91/2021\n"
        "    title: Pembinaan Inovasi Pelayanan Publik\n"
        "    status: in_force\n"
    )
    for number in range(1, (cohorts if modules <= SCHEDULED_LIMIT else 0) + 1):
        cohort_id = f"angkatan-{number}"
        (curriculum / "cohorts" / f"{cohort_id}.yml").write_text(
            cohort_yaml(cohort_id, date(2027, 1, 4) + timedelta(days=400 * (number - 1)), listed),
            encoding="utf-8",
        )
    return root


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path, help="the project folder to create")
    parser.add_argument("--modules", type=int, default=100)
    parser.add_argument("--cohorts", type=int, default=2)
    arguments = parser.parse_args()
    make_project(arguments.root, arguments.modules, arguments.cohorts)
    print(f"Wrote a curriculum of {arguments.modules} modules into {arguments.root}.")


if __name__ == "__main__":
    main()
