"""The corpus of broken curricula in tests/cases/: how a case becomes a project.

Each case is a folder holding `case.yml` (what to change in a base project, and
what a trainer should read about it), `expected.txt` (the exact output of
`silabus validate --lang id`) and `expected.en.txt` (the same with `--lang en`).
`python -m tests.corpus` writes them anew from the current output, and the
"common mistakes" section of the trainer guide from the cases; review the diff before committing it.
"""

from __future__ import annotations

import os
import random
import re
import selectors
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

REPOSITORY = Path(__file__).resolve().parent.parent
CASES = Path(__file__).resolve().parent / "cases"
MINIMAL_BASE = CASES / "_base"
TRAINER_GUIDE = REPOSITORY / "docs" / "panduan-pelatih.md"
GUIDE_START = "<!-- common mistakes: start -->"
GUIDE_END = "<!-- common mistakes: end -->"
EXPECTED = "expected.txt"
EXPECTED_IN = {"id": EXPECTED, "en": "expected.en.txt"}


@dataclass(frozen=True)
class Case:
    """One broken (or surprising but valid) curriculum and what Silabus must say."""

    name: str
    folder: Path
    title: str
    fix: str
    base: str = "minimal"
    expect: str = "error"  # error | warning | accepted
    in_guide: bool = False
    replace: list[dict[str, str]] = field(default_factory=list)
    remove: list[str] = field(default_factory=list)
    rename: list[dict[str, str]] = field(default_factory=list)
    generate: list[dict[str, str]] = field(default_factory=list)
    page_contains: dict[str, list[str]] = field(default_factory=dict)

    @property
    def expected_output(self) -> str:
        return self.expected_in("id")

    def expected_in(self, language: str) -> str:
        return (self.folder / EXPECTED_IN[language]).read_text(encoding="utf-8")


def all_cases() -> list[Case]:
    return [
        load_case(folder)
        for folder in sorted(CASES.iterdir())
        if folder.is_dir() and not folder.name.startswith("_")
    ]


def load_case(folder: Path) -> Case:
    spec: dict[str, Any] = yaml.safe_load((folder / "case.yml").read_text(encoding="utf-8"))
    return Case(
        name=folder.name,
        folder=folder,
        title=spec["title"],
        fix=spec["fix"],
        base=spec.get("base", "minimal"),
        expect=spec.get("expect", "error"),
        in_guide=spec.get("guide", False),
        replace=spec.get("replace", []),
        remove=spec.get("remove", []),
        rename=spec.get("rename", []),
        generate=spec.get("generate", []),
        page_contains=spec.get("page_contains", {}),
    )


def copy_base(base: str, root: Path) -> None:
    """A fresh project of the named base at `root`."""
    root.mkdir(parents=True)
    if base == "sample":
        for part in ("curriculum", "docs", "mkdocs.yml"):
            _copy(REPOSITORY / part, root / part)
    else:
        for item in MINIMAL_BASE.iterdir():
            _copy(item, root / item.name)
    _copy(REPOSITORY / "hooks", root / "hooks")


def assemble(case: Case, root: Path) -> Path:
    """The case's project at `root`: its base, then its files, changes and removals."""
    copy_base(case.base, root)
    overlay = case.folder / "files"
    if overlay.is_dir():
        for source in overlay.rglob("*"):
            if source.is_file():
                target = root / source.relative_to(overlay)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, target)
    for change in case.replace:
        target = root / change["file"]
        text = target.read_bytes().decode("utf-8")
        assert change["old"] in text, f"{case.name}: {change['old']!r} not in {change['file']}"
        target.write_bytes(text.replace(change["old"], change["new"], 1).encode("utf-8"))
    for relative in case.remove:
        (root / relative).unlink()
    for move in case.rename:
        (root / move["file"]).rename(root / move["to"])
    for generated in case.generate:
        _generate(root, generated)
    return root


def _generate(root: Path, spec: dict[str, str]) -> None:
    """Files too big, too odd or too dangerous to keep in the repository."""
    target = root / spec["file"]
    target.parent.mkdir(parents=True, exist_ok=True)
    kind = spec["kind"]
    if kind == "binary":
        noise = random.Random(20261122).randbytes(4096)
        target.write_bytes(b"\x7fELF\x02\x01\x01\x00" + noise)
    elif kind == "large":
        line = b"# " + b"x" * 97 + b"\n"
        target.write_bytes(b"id: alpha\n" + line * (10 * 1024 * 1024 // len(line)))
    elif kind == "heavy-image":
        # A photo-like PNG over the figure budget: noise does not compress. The same
        # noise every time, so that the size the message names is too.
        from PIL import Image

        pixels = random.Random(20261204).randbytes(640 * 480 * 3)
        Image.frombytes("RGB", (640, 480), pixels).save(target, "PNG")
    elif kind == "deep":
        target.write_text("id: alpha\ntopics: " + "[" * 10_000 + "]" * 10_000 + "\n")
    elif kind == "broken-symlink":
        target.symlink_to("nowhere.yml")
    elif kind == "symlink":
        outside = root / spec["target"]
        outside.parent.mkdir(parents=True, exist_ok=True)
        outside.write_text(spec["content"], encoding="utf-8")
        target.symlink_to(os.path.relpath(outside, target.parent))
    else:
        raise ValueError(f"unknown kind of generated file: {kind}")


@dataclass(frozen=True)
class Run:
    """A finished command: its exit status, output, and the peak memory it used."""

    returncode: int
    stdout: str
    stderr: str
    peak_memory_mb: float
    seconds: float


def measured(
    command: list[str], cwd: Path, timeout: float = 60, language: str | None = None
) -> Run:
    """Run `command` in `cwd`, with the peak memory of that process alone, in the
    program's language or in `language` (SILABUS_LANG)."""
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONIOENCODING": "utf-8"}
    environment.pop("SILABUS_LANG", None)
    if language:
        environment["SILABUS_LANG"] = language
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment
    )
    stdout, stderr = _communicate(process, timeout)
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    return Run(
        process.returncode,
        stdout,
        stderr,
        usage.ru_maxrss / 1024,  # kilobytes on Linux
        time.perf_counter() - started,
    )


def validate(cwd: Path, language: str | None = None) -> Run:
    """`silabus validate`, in the program's language or with `--lang language`."""
    chosen = ["--lang", language] if language else []
    return measured([sys.executable, "-m", "silabus", "validate", *chosen], cwd)


def build(cwd: Path) -> Run:
    """`mkdocs build --strict`, speaking Indonesian as `expected.txt` does."""
    return measured([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd, language="id")


def _communicate(process: subprocess.Popen[bytes], timeout: float) -> tuple[str, str]:
    """Read all output without reaping the process, so wait4 can report its usage."""
    deadline = time.monotonic() + timeout
    assert process.stdout is not None and process.stderr is not None
    out_chunks: list[bytes] = []
    err_chunks: list[bytes] = []
    selector = selectors.DefaultSelector()
    selector.register(process.stdout, selectors.EVENT_READ, out_chunks)
    selector.register(process.stderr, selectors.EVENT_READ, err_chunks)
    open_streams = 2
    while open_streams:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            process.kill()
            raise subprocess.TimeoutExpired(process.args, timeout)
        for key, _ in selector.select(remaining):
            chunk = os.read(key.fd, 65536)
            if chunk:
                key.data.append(chunk)
            else:
                selector.unregister(key.fileobj)
                open_streams -= 1
    selector.close()
    return (
        b"".join(out_chunks).decode("utf-8", errors="replace"),
        b"".join(err_chunks).decode("utf-8", errors="replace"),
    )


def common_mistakes_section(cases: list[Case]) -> str:
    """The trainer guide's table of common mistakes, made from the corpus."""
    rows = [
        "| Kode | Kesalahan | Pesan dari Silabus | Cara memperbaiki |",
        "| --- | --- | --- | --- |",
    ]
    for case in cases:
        if case.in_guide:
            code, message, hint = _first_message(case)
            shown = f"`{message}`" + (f"<br>`saran: {hint}`" if hint else "")
            linked = f"[`{code}`](#{code.lower()})"
            rows.append(f"| {linked} | {case.title} | {shown} | {case.fix} |")
    return "\n".join([GUIDE_START, *rows, GUIDE_END])


# A problem's line in Indonesian: where, how bad, the message and its code.
PROBLEM_LINE = re.compile(
    r"^(?P<where>.+?:\d+:\d+): (?P<severity>kesalahan|peringatan|catatan): "
    r"(?P<message>.*)  \[(?P<code>[A-Z]\d{3})\]$"
)


def _first_message(case: Case) -> tuple[str, str, str | None]:
    """The case's first error, or its first warning when it has no error: its code,
    message and hint."""
    lines = case.expected_output.splitlines()
    for severity in ("kesalahan", "peringatan"):
        for index, line in enumerate(lines):
            found = PROBLEM_LINE.match(line)
            if found and found["severity"] == severity:
                following = lines[index + 1] if index + 1 < len(lines) else ""
                hint = following.removeprefix("    saran: ")
                return (
                    found["code"],
                    _cell(found["message"]),
                    _cell(hint) if following.startswith("    saran: ") else None,
                )
    raise ValueError(f"{case.name}: no diagnostic in {EXPECTED}")


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def guide_with_section(guide: str, section: str) -> str:
    start, end = guide.index(GUIDE_START), guide.index(GUIDE_END) + len(GUIDE_END)
    return guide[:start] + section + guide[end:]


def update(scratch: Path) -> None:
    """Write every case's expected output and the guide's section anew."""
    cases = all_cases()
    for case in cases:
        root = scratch / case.name
        if root.exists():
            shutil.rmtree(root)
        assemble(case, root)
        for language, expected in EXPECTED_IN.items():
            result = validate(root, language)
            (case.folder / expected).write_text(result.stdout, encoding="utf-8")
        print(f"{case.name}: exit {result.returncode}")
    guide = TRAINER_GUIDE.read_text(encoding="utf-8")
    TRAINER_GUIDE.write_text(
        guide_with_section(guide, common_mistakes_section(all_cases())), encoding="utf-8"
    )


def _copy(source: Path, target: Path) -> None:
    if source.is_dir():
        shutil.copytree(source, target)
    else:
        shutil.copy2(source, target)


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        update(Path(folder))
