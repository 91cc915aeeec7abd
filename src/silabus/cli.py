"""The `silabus` command: validate a curriculum, export its pages, show its figures."""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from silabus import __version__, files
from silabus.diagnostics import NOTES_SHOWN, Diagnostic, for_reading, has_errors, summary
from silabus.load import CURRICULUM_DIR
from silabus.model import Curriculum
from silabus.pipeline import Validation, validate_project
from silabus.render.overrides import check_templates

if TYPE_CHECKING:
    from silabus.engines.settings import SiteSettings

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # as a shell reports a command stopped by Ctrl+C


def command() -> NoReturn:
    """The `silabus` command. A command that only reads ends the process at once when
    it is done: freeing a large curriculum's data value by value would take about as
    long as checking it, and the system frees it all at once."""
    code = main(hard_exit=True)
    sys.exit(code)


def main(argv: Sequence[str] | None = None, *, hard_exit: bool = False) -> int:
    for stream in (sys.stdout, sys.stderr):
        # A console that cannot show a character of a curriculum shows its escape instead.
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
    parser = _parser()
    arguments = parser.parse_args(argv)
    try:
        code: int = arguments.run(arguments, parser)
        sys.stdout.flush()
        if hard_exit and arguments.run in _READ_ONLY:
            sys.stderr.flush()
            os._exit(code)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader stopped early (`silabus validate | head`): not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_PROBLEMS
    return code


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="silabus",
        description="Check a training curriculum written as YAML and turn it into pages.",
    )
    parser.add_argument("--version", action="version", version=f"silabus {__version__}")
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")

    init = commands.add_parser(
        "init",
        help="start a new curriculum project in a new folder",
        description="Write a new curriculum project into DIRECTORY: mkdocs.yml with the "
        "Silabus plugin, a small curriculum to replace with your own (or, with "
        "--sample, the full sample program), docs/, requirements.txt pinning this "
        "Silabus, GitHub workflows to check and publish it, and editor schemas. "
        "DIRECTORY must be new or empty; nothing is ever overwritten. Exit status: "
        "0 written, 1 refused (nothing written), 2 bad usage.",
    )
    init.add_argument("directory", help="the folder to create, e.g. pelatihan-inovasi")
    init.add_argument(
        "--language",
        choices=("id", "en"),
        default="id",
        help="the language of the site's labels, the starting pages and the comments; default: id",
    )
    init.add_argument(
        "--sample",
        action="store_true",
        help="copy the full sample program (11 modules, 2 cohorts) instead of a small start",
    )
    init.set_defaults(run=_init)

    validate = commands.add_parser(
        "validate",
        help="check every curriculum file and report all problems",
        description="Check every curriculum file and report all problems, one per line "
        "as path:line:column. Exit status: 0 no errors, 1 problems found, 2 bad usage.",
    )
    validate.add_argument(
        "path",
        nargs="?",
        default=".",
        help="the project folder (holding curriculum/) or the curriculum folder; "
        "default: the current folder",
    )
    validate.add_argument(
        "--format",
        choices=("text", "github"),
        default="text",
        help="'github' prints GitHub Actions annotations for pull requests",
    )
    validate.add_argument(
        "--strict", action="store_true", help="treat warnings as errors (exit status 1)"
    )
    shown_notes = validate.add_mutually_exclusive_group()
    shown_notes.add_argument(
        "--quiet",
        "-q",
        dest="notes",
        action="store_const",
        const="none",
        help="leave out the notes (the summary still counts them)",
    )
    shown_notes.add_argument(
        "--notes",
        dest="notes",
        action="store_const",
        const="all",
        help=f"show every note; by default the first {NOTES_SHOWN} are shown and the rest counted",
    )
    validate.set_defaults(run=_validate, notes="some")

    export = commands.add_parser(
        "export",
        help="write the generated pages as Markdown files into a folder",
        description="Write exactly the pages the MkDocs hook generates, as files, "
        "for any Markdown site engine. The folder is replaced as a whole; a folder "
        "that holds other files is refused.",
    )
    export.add_argument("directory", help="the folder to write into")
    _project_option(export)
    export.add_argument(
        "--language",
        help="language of the page labels (id or en); default: theme.language "
        "of mkdocs.yml, else the program's language",
    )
    export.add_argument(
        "--audience",
        choices=("participant", "trainer"),
        default="participant",
        help="'trainer' includes the trainer notes, as mkdocs-trainer.yml does; "
        "default: participant",
    )
    export.set_defaults(run=_export)

    stats = commands.add_parser(
        "stats",
        help="show the JP and hours of every agenda, module and cohort",
        description="Show the JP (lesson hours) and clock hours of every agenda, module "
        "and cohort, the JP each cohort schedules for each module, and for each module "
        "with a folder its material pages and the weight of its figures and downloads, "
        "which participants on slow links feel. Exit status: 0 shown, 1 the curriculum "
        "has errors, 2 bad usage.",
    )
    stats.add_argument(
        "path",
        nargs="?",
        default=".",
        help="the project folder (holding curriculum/); default: the current folder",
    )
    stats.add_argument("--json", action="store_true", help="print the figures as JSON")
    stats.set_defaults(run=_stats)

    build = commands.add_parser(
        "build",
        help="build the site with MkDocs, ProperDocs or Zensical",
        description="Check the curriculum and build the site with the engine chosen. "
        "MkDocs and ProperDocs run the Silabus plugin of mkdocs.yml; Zensical, which runs "
        "no plugin, is given the pages Silabus renders. The site folder is replaced only "
        "by a complete new site. Exit status: 0 built, 1 problems or a failed build, 2 "
        "bad usage.",
    )
    _project_option(build, holding="mkdocs.yml and curriculum/")
    _engine_options(build)
    build.add_argument(
        "--strict", action="store_true", help="treat warnings as errors (exit status 1)"
    )
    build.set_defaults(run=_build)

    serve = commands.add_parser(
        "serve",
        help="preview the site, made again whenever a file is saved",
        description="Build the site with the engine chosen and serve it on this computer; "
        "saving a curriculum file, a page or mkdocs.yml makes the pages again and reloads "
        "the browser. Stop with Ctrl+C.",
    )
    _project_option(serve, holding="mkdocs.yml and curriculum/")
    _engine_options(serve)
    serve.add_argument(
        "--dev-addr",
        "-a",
        default="localhost:8000",
        metavar="IP:PORT",
        help="where to serve the preview; default: localhost:8000",
    )
    serve.set_defaults(run=_serve)

    offline = commands.add_parser(
        "offline",
        help="build the site as a zip file that works without a network",
        description="Build the site from mkdocs.yml, strictly, to be opened from files "
        "(search included), and pack it as OUTPUT/<program-id>-offline.zip. An earlier "
        "zip is replaced only by a complete new one. Exit status: 0 written, 1 the "
        "build failed, 2 bad usage.",
    )
    _project_option(offline, holding="mkdocs.yml and curriculum/")
    _engine_option(offline)
    offline.add_argument(
        "--output",
        help="the folder to write the zip into; default: dist in the project folder",
    )
    offline.set_defaults(run=_offline)

    schema = commands.add_parser(
        "schema",
        help="write the JSON Schemas editors use to complete and check curriculum files",
        description="Write one JSON Schema per kind of curriculum file (program, module, "
        "cohort, glossary, references, worksheet), made from the model, into a folder. A "
        "YAML file whose first line is '# yaml-language-server: $schema=<path>' gets "
        "completion, help on hover and squiggles in VS Code. Exit status: 0 written (or, "
        "with --check, current), 1 out of date with --check, 2 bad usage.",
    )
    schema.add_argument(
        "--output",
        default=None,
        help="the folder to write into; default: schema in the project folder",
    )
    _project_option(schema)
    schema.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 if a schema in the folder is missing or out of date",
    )
    schema.set_defaults(run=_schema)

    new = commands.add_parser(
        "new",
        help="write a new module or cohort file, ready to fill in",
        description="Write a complete, commented curriculum file. A module is also "
        "listed last in its agenda in program.yml, whose comments and layout are kept. "
        "An existing file is never overwritten. Exit status: 0 written, 1 refused "
        "(nothing written), 2 bad usage.",
    )
    kinds = new.add_subparsers(title="kinds", required=True, metavar="KIND")
    module = kinds.add_parser(
        "module",
        help="a module in curriculum/modules/, added to an agenda",
        description="Write curriculum/modules/ID.yml and add ID to the agenda's modules.",
    )
    module.add_argument("id", help="the module id, also its file name: e.g. uji-coba")
    module.add_argument("--agenda", required=True, help="the id of the agenda it belongs to")
    module.add_argument("--title", required=True, help='the module title, e.g. "Uji Coba"')
    module.add_argument("--jp", type=int, default=2, help="its lesson hours (JP); default 2")
    _project_option(module)
    module.set_defaults(run=_new_module)
    cohort = kinds.add_parser(
        "cohort",
        help="a cohort in curriculum/cohorts/, with one classroom phase",
        description="Write curriculum/cohorts/ID.yml with its dates and one classroom "
        "phase, to which days and sessions are added later.",
    )
    cohort.add_argument("id", help="the cohort id, also its file name: e.g. angkatan-iii-2027")
    cohort.add_argument("--name", required=True, help='its name, e.g. "Angkatan III Tahun 2027"')
    cohort.add_argument("--start", required=True, help="its first day, YYYY-MM-DD")
    cohort.add_argument("--end", required=True, help="its last day, YYYY-MM-DD")
    _project_option(cohort)
    cohort.set_defaults(run=_new_cohort)
    return parser


def _engine_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--engine",
        choices=ENGINES,
        default="mkdocs",
        help="the site engine; default: mkdocs",
    )


def _engine_options(command: argparse.ArgumentParser) -> None:
    _engine_option(command)
    command.add_argument(
        "--audience",
        choices=("participant", "trainer"),
        default="participant",
        help="'trainer' builds from mkdocs-trainer.yml (trainer notes included, into "
        "site-trainer/); default: participant, from mkdocs.yml",
    )
    command.add_argument(
        "--config-file",
        "-f",
        help="the settings file to build from, instead of mkdocs.yml or mkdocs-trainer.yml",
    )


def _project_option(command: argparse.ArgumentParser, holding: str = "curriculum/") -> None:
    command.add_argument(
        "--project",
        default=".",
        help=f"the project folder (holding {holding}); default: the current folder",
    )


def _init(arguments: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    import shlex
    import signal

    from silabus.starter import InitRefused, init_project

    if arguments.sample and arguments.language != "id":
        parser.error(
            "--sample copies the sample program, which is in Indonesian and makes an "
            "Indonesian site; leave out --language, or start without --sample"
        )
    # Ended from outside, as by Ctrl+C: what was written is removed again.
    stopping = [signal.SIGTERM, *(getattr(signal, "SIGHUP", None),)]
    previous = {
        number: signal.signal(number, signal.default_int_handler)
        for number in stopping
        if number is not None
    }
    try:
        project = init_project(
            Path(arguments.directory), arguments.language, sample=arguments.sample
        )
    except InitRefused as refusal:
        print(f"silabus init: error: {refusal}", file=sys.stderr)
        return EXIT_PROBLEMS
    except KeyboardInterrupt:
        print("silabus init: stopped; nothing was written", file=sys.stderr)
        return 130
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
    shown = _shown(project.folder)
    print(f"Wrote a new Silabus project into {shown} ({len(project.files)} files).")
    print("Next, to see it as a site on this computer:")
    print(f"  cd {shlex.quote(shown)}")
    print("  silabus validate --strict")
    print("  mkdocs serve --livereload")
    print("Then edit curriculum/ and docs/; README.md says how to publish it.")
    return EXIT_OK


def _validate(arguments: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from silabus.engines.settings import site_settings

    root = _project_root(arguments.path, parser)
    settings = site_settings(root)
    validation = validate_project(
        root, settings.language, settings.allowed_tags, settings.published
    )
    validation = replace(
        validation,
        diagnostics=[*validation.diagnostics, *_template_problems(root, validation, settings)],
    )
    strict_failure = (
        arguments.strict and validation.ok and any(d.fails_strict for d in validation.diagnostics)
    )
    _report(validation, root, arguments.format, sys.stdout, arguments.notes)
    if strict_failure:
        print("Warnings are errors with --strict.")
    return EXIT_PROBLEMS if strict_failure or not validation.ok else EXIT_OK


def _template_problems(
    root: Path, validation: Validation, settings: SiteSettings
) -> list[Diagnostic]:
    """The project's templates/ as the build would find them: names and syntax, then,
    with a curriculum to fill them in, what fails while they are filled in."""
    from silabus.render.overrides import render_with_templates, templates_folder

    problems = check_templates(root)
    folder = templates_folder(root)
    if folder is None or validation.curriculum is None or has_errors(problems):
        return problems
    options = replace(settings.options, templates=folder)
    for audience in ("participant", "trainer"):
        _, failed = render_with_templates(
            validation.curriculum, settings.language, replace(options, audience=audience), root
        )
        if failed:
            return [*problems, *failed]
    return problems


def _export(arguments: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from silabus.engines.settings import site_settings
    from silabus.export import ExportFailed, ExportRefused, export_site
    from silabus.render.overrides import render_with_templates, templates_folder

    root = _project_root(arguments.project, parser)
    settings = site_settings(root)
    language = arguments.language or settings.language
    options = replace(
        settings.options, audience=arguments.audience, templates=templates_folder(root)
    )
    refusal = "Nothing was exported."
    curriculum = _usable_curriculum(root, language, settings, refusal)
    if curriculum is None:
        return EXIT_PROBLEMS
    template_problems = check_templates(root)
    site, failed = (
        (None, [])
        if has_errors(template_problems)
        else render_with_templates(curriculum, language, options, root)
    )
    for diagnostic in [*template_problems, *failed]:
        print(diagnostic.format(_display_path(diagnostic, root)), file=sys.stderr)
    if site is None:
        print(refusal, file=sys.stderr)
        return EXIT_PROBLEMS
    target = Path(arguments.directory)
    # The folders the site is built from: an export inside one would be published twice.
    protected = [*(settings.published or [root / "docs"]), root / CURRICULUM_DIR]
    protected.append(root / "templates")
    try:
        export = export_site(site, target, protected, root)
    except ExportRefused as refusal:
        parser.exit(EXIT_USAGE, f"silabus export: error: {refusal}\n")
    except ExportFailed as failure:
        print(f"silabus export: error: {failure}", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"Exported {len(export.written)} files to {target}.")
    if export.leftover is not None:
        print(
            f"note: the previous export, moved to {export.leftover}, could not be deleted; "
            "delete that folder by hand",
            file=sys.stderr,
        )
    return EXIT_OK


def _stats(arguments: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    import json

    from silabus.engines.settings import site_settings
    from silabus.stats import curriculum_stats, stats_tables

    root = _project_root(arguments.path, parser)
    settings = site_settings(root)
    curriculum = _usable_curriculum(
        root, settings.language, settings, "The figures need a curriculum without errors."
    )
    if curriculum is None:
        return EXIT_PROBLEMS
    figures = curriculum_stats(curriculum)
    if arguments.json:
        print(json.dumps(figures, ensure_ascii=False, indent=2))
    else:
        print(stats_tables(figures), end="")
    return EXIT_OK


ENGINES = ("mkdocs", "properdocs", "zensical")
TRAINER_CONFIG = "mkdocs-trainer.yml"


def _build(arguments: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    return _run_engine(arguments, parser, "build")


def _serve(arguments: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    return _run_engine(arguments, parser, "serve")


def _run_engine(arguments: argparse.Namespace, parser: argparse.ArgumentParser, task: str) -> int:
    """`silabus build` and `silabus serve`: the engine's own command for MkDocs and
    ProperDocs, which run the plugin; Silabus's Zensical build otherwise."""

    from silabus.engines.settings import config_file_of
    from silabus.engines.zensical import EngineFailed, build_with_zensical, serve_with_zensical

    root = _project_root(arguments.project, parser)
    if arguments.config_file and arguments.audience == "trainer":
        parser.error(
            "choose one: --audience trainer builds from mkdocs-trainer.yml, and a file given "
            "with --config-file says its audience itself (extra: silabus: audience: trainer)"
        )
    if arguments.config_file:
        config_file: Path | None = Path(arguments.config_file).absolute()
    elif arguments.audience == "trainer":
        config_file = root / TRAINER_CONFIG
    else:
        config_file = config_file_of(root)
    if config_file is None or not config_file.is_file():
        missing = _shown(config_file) if config_file else f"{_shown(root)}/mkdocs.yml"
        print(
            f"silabus {task}: error: {missing} does not exist; "
            + (
                "the trainer build reads it (`silabus init` writes one: INHERIT: mkdocs.yml "
                "and extra: silabus: audience: trainer)"
                if arguments.audience == "trainer"
                else "run `silabus init` to make a project"
            ),
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
    if arguments.engine == "properdocs" and find_spec("properdocs") is None:
        print(
            f"silabus {task}: error: ProperDocs is not installed; install it with: "
            "pip install 'silabus[properdocs]'",
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
    try:
        if arguments.engine == "zensical":
            if task == "serve":
                return serve_with_zensical(root, config_file, address=arguments.dev_addr)
            return build_with_zensical(root, config_file, strict=arguments.strict)
        # The engine as a command of this Python, which does not import modules from
        # the project's folder (a checkout could hold one named like a library).
        command = [sys.executable, "-P", "-m", arguments.engine, task, "-f", str(config_file)]
        if task == "serve":
            command += ["-a", arguments.dev_addr]
        elif arguments.strict:
            command.append("--strict")
        return EXIT_OK if _run_to_the_end(command) == 0 else EXIT_PROBLEMS
    except EngineFailed as failure:
        print(f"silabus {task}: error: {failure}", file=sys.stderr)
        return EXIT_PROBLEMS
    except KeyboardInterrupt:
        if task == "serve":
            return EXIT_OK
        print(f"silabus {task}: stopped; the site folder is as it was", file=sys.stderr)
        return EXIT_INTERRUPTED


def _run_to_the_end(command: list[str]) -> int:
    """Run an engine's command; when Silabus is stopped (Ctrl+C, or a signal to stop),
    the engine stops with it instead of running on unseen."""
    import subprocess

    from silabus.engines.running import stopped_with_silabus

    with stopped_with_silabus(subprocess.Popen(command)) as engine:
        return engine.wait()


def _offline(arguments: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    import logging

    from silabus.engines.offline import BuildFailed, OfflineFailed, offline_copy

    root = _project_root(arguments.project, parser)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)-8s-  %(message)s"))
    engine_logs = [logging.getLogger(name) for name in ("mkdocs", "properdocs")]
    for log in engine_logs:
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    try:
        output = Path(arguments.output) if arguments.output else root / "dist"
        target = offline_copy(root, output, arguments.engine)
    except (BuildFailed, OfflineFailed) as failure:
        print(f"silabus offline: error: {failure}", file=sys.stderr)
        print(
            "No offline copy was written; an earlier one in the output folder is unchanged.",
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
    finally:
        for log in engine_logs:
            log.removeHandler(handler)
    size = target.stat().st_size
    shown = _shown(target)
    print(f"Wrote {shown} ({size / 1_000_000:.1f} MB). Unzip it and open index.html.")
    return EXIT_OK


def _schema(arguments: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from silabus.files import UnsafeTarget
    from silabus.schema import KINDS, SCHEMA_DIR, stale_schemas, write_schemas

    if arguments.output:
        folder = Path(arguments.output)
        project = _project_around(folder)
    else:
        project = _project_root(arguments.project, parser)
        folder = project / SCHEMA_DIR
    shown = _shown(folder)
    if arguments.check:
        stale = stale_schemas(folder)
        for path in stale:
            print(f"{shown}/{path.name} is missing or out of date")
        if stale:
            print("Run `silabus schema` to write the schemas anew.")
            return EXIT_PROBLEMS
        print(f"The {len(KINDS)} schemas in {shown} are up to date.")
        return EXIT_OK
    try:
        changed = write_schemas(folder, project)
    except UnsafeTarget as refused:
        print(f"silabus schema: error: {refused}; nothing was written", file=sys.stderr)
        return EXIT_PROBLEMS
    except OSError as failed:
        print(
            f"silabus schema: error: cannot write into {shown}: {failed.strerror}", file=sys.stderr
        )
        return EXIT_PROBLEMS
    if not changed:
        print(f"The {len(KINDS)} schemas in {shown} are up to date; nothing was written.")
    elif len(changed) == len(KINDS):
        print(f"Wrote the {len(KINDS)} schemas into {shown}.")
    else:
        print(
            f"Wrote {len(changed)} of {len(KINDS)} schemas into {shown}; the others were current."
        )
    return EXIT_OK


def _new_module(arguments: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from silabus.scaffold import ScaffoldRefused, new_module

    root = _project_root(arguments.project, parser)
    if not 1 <= arguments.jp <= 2000:
        parser.error("--jp must be a whole number from 1 to 2000")
    try:
        written = new_module(root, arguments.id, arguments.agenda, arguments.title, arguments.jp)
    except ScaffoldRefused as refusal:
        print(f"silabus new: error: {refusal}", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"Wrote {_shown(written.created)}.")
    if written.changed is None:
        print(f"The agenda '{arguments.agenda}' lists '{arguments.id}' already.")
    else:
        print(
            f"Added '{arguments.id}' to the agenda '{arguments.agenda}' in "
            f"{_shown(written.changed)}."
        )
    print("Fill in the file, then run `silabus validate --strict`.")
    return EXIT_OK


def _new_cohort(arguments: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from silabus.scaffold import ScaffoldRefused, new_cohort
    from silabus.when import iso_date

    root = _project_root(arguments.project, parser)
    dates = []
    for option, value in (("--start", arguments.start), ("--end", arguments.end)):
        try:
            dates.append(iso_date(value))
        except ValueError as wrong:
            parser.error(f"{option} {value!r}: {_plain_error(wrong)}")
    try:
        written = new_cohort(root, arguments.id, arguments.name, dates[0], dates[1])
    except ScaffoldRefused as refusal:
        print(f"silabus new: error: {refusal}", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"Wrote {_shown(written.created)}.")
    print("Add its days and sessions, then run `silabus validate --strict`.")
    return EXIT_OK


def _plain_error(wrong: ValueError) -> str:
    """A date problem from silabus.when as one line: message, then hint."""
    message = wrong.message() if hasattr(wrong, "message") else str(wrong)
    context = getattr(wrong, "context", None) or {}
    hint = context.get("hint")
    return f"{message}; {hint}" if hint else str(message)


def _shown(path: Path | None) -> str:
    return files.shown(path) if path is not None else ""


def _usable_curriculum(
    root: Path, language: str | None, settings: SiteSettings, refusal: str
) -> Curriculum | None:
    """The checked curriculum, its warnings shown on stderr; None, with every problem
    and `refusal` shown, when it has errors."""
    validation = validate_project(root, language, settings.allowed_tags, settings.published)
    if validation.curriculum is None:
        _report(validation, root, "text", sys.stderr)
        print(refusal, file=sys.stderr)
        return None
    shown = for_reading(validation.diagnostics)
    for diagnostic in shown.diagnostics:
        print(diagnostic.format(_display_path(diagnostic, root)), file=sys.stderr)
    left_out = shown.left_out_line("`silabus validate --notes` shows them all")
    if left_out:
        print(left_out, file=sys.stderr)
    return validation.curriculum


def _project_root(path: str, parser: argparse.ArgumentParser) -> Path:
    """The project folder for PATH: the folder holding curriculum/, or, given
    curriculum/ itself (or a folder inside it), the folder above it."""
    given = Path(path)
    if not given.is_dir():
        parser.error(f"{path} is not a folder")
    folder = given.resolve()
    for candidate in (folder, *folder.parents):
        if (candidate / CURRICULUM_DIR).is_dir():
            return candidate
        if candidate.name == CURRICULUM_DIR:
            return candidate.parent
    parser.error(
        f"{path} holds no {CURRICULUM_DIR}/ folder; run this in a Silabus project "
        "or give its folder"
    )


def _project_around(path: Path) -> Path | None:
    """The project folder that `path` (a place to write) is in, if any: the nearest
    folder above it holding curriculum/."""
    absolute = Path(os.path.abspath(path))
    return next((folder for folder in absolute.parents if (folder / CURRICULUM_DIR).is_dir()), None)


def _report(
    validation: Validation, root: Path, output_format: str, stream: TextIO, notes: str = "some"
) -> None:
    """Errors first, then warnings, then notes (as many as `notes` says; GitHub
    annotations sit on their lines and are all given), then the summary."""
    github = output_format == "github"
    shown = for_reading(validation.diagnostics, "all" if github and notes == "some" else notes)
    for diagnostic in shown.diagnostics:
        path = _display_path(diagnostic, root)
        if github:
            print(diagnostic.format_github(path), file=stream)
        else:
            print(diagnostic.format(path), file=stream)
    left_out = shown.left_out_line("`silabus validate --notes` shows them all")
    if left_out and notes == "some":
        print(left_out, file=stream)
    print(summary(validation.diagnostics, validation.files_checked), file=stream)


def _display_path(diagnostic: Diagnostic, root: Path) -> str:
    """Paths relative to the current folder, as editors and terminals expect."""
    return Path(os.path.relpath(root / diagnostic.path)).as_posix()


if __name__ == "__main__":
    sys.exit(main())


# Commands that write nothing: `command()` ends the process as soon as they are done.
_READ_ONLY = frozenset({_validate, _stats})
