"""The `silabus` command: validate a curriculum, export its pages, show its figures."""

from __future__ import annotations

import argparse
import io
import os
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from silabus import __version__, files
from silabus.catalogue import (
    ENVIRONMENT_VARIABLE,
    LANGUAGES,
    Text,
    choose_language,
    known_language,
    say,
    words,
)
from silabus.diagnostics import NOTES_SHOWN, Diagnostic, for_reading, has_errors, summary
from silabus.load import CURRICULUM_DIR
from silabus.model import MAX_MINUTES, Curriculum
from silabus.pipeline import Validation, program_time_unit, validate_project
from silabus.pipeline import program_language as program_language_of
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
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = _parser(_language_of(argv))
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


def _parser(language: str) -> argparse.ArgumentParser:
    def t(key: str, **values: object) -> str:
        return say(key, **values).render(language)

    # --lang belongs to every command: `silabus validate --lang en`.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--lang", type=str.lower, choices=LANGUAGES, default=argparse.SUPPRESS, help=t("cli.lang")
    )
    parser = _Parser(
        prog="silabus", description=t("cli.description"), language=language, parents=[common]
    )
    parser.add_argument(
        "--version", action="version", version=f"silabus {__version__}", help=t("cli.version")
    )
    commands = parser.add_subparsers(title=t("cli.commands"), required=True, metavar="COMMAND")

    def command(name: str, help: str, description: str, *, within: Any = commands) -> _Parser:
        found: _Parser = within.add_parser(
            name,
            help=t(help),
            description=t(description),
            language=language,
            parents=[common],
        )
        return found

    init = command("init", "cli.init.help", "cli.init.description")
    init.add_argument("directory", help=t("cli.init.directory"))
    init.add_argument("--language", choices=LANGUAGES, default="id", help=t("cli.init.language"))
    init.add_argument("--sample", action="store_true", help=t("cli.init.sample"))
    init.set_defaults(run=_init)

    validate = command("validate", "cli.validate.help", "cli.validate.description")
    validate.add_argument("path", nargs="?", default=".", help=t("cli.validate.path"))
    validate.add_argument(
        "--format", choices=("text", "github"), default="text", help=t("cli.validate.format")
    )
    validate.add_argument("--strict", action="store_true", help=t("cli.strict"))
    shown_notes = validate.add_mutually_exclusive_group()
    shown_notes.add_argument(
        "--quiet",
        "-q",
        dest="notes",
        action="store_const",
        const="none",
        help=t("cli.validate.quiet"),
    )
    shown_notes.add_argument(
        "--notes",
        dest="notes",
        action="store_const",
        const="all",
        help=t("cli.validate.notes", count=NOTES_SHOWN),
    )
    validate.set_defaults(run=_validate, notes="some")

    export = command("export", "cli.export.help", "cli.export.description")
    export.add_argument("directory", help=t("cli.export.directory"))
    _project_option(export, language)
    export.add_argument("--language", help=t("cli.export.language"))
    export.add_argument(
        "--audience",
        choices=("participant", "trainer"),
        default="participant",
        help=t("cli.export.audience"),
    )
    export.set_defaults(run=_export)

    stats = command("stats", "cli.stats.help", "cli.stats.description")
    stats.add_argument("path", nargs="?", default=".", help=t("cli.stats.path"))
    stats.add_argument("--json", action="store_true", help=t("cli.stats.json"))
    stats.set_defaults(run=_stats)

    build = command("build", "cli.build.help", "cli.build.description")
    _project_option(build, language, say("cli.holding.project"))
    _engine_options(build, language)
    build.add_argument("--strict", action="store_true", help=t("cli.strict"))
    build.set_defaults(run=_build)

    serve = command("serve", "cli.serve.help", "cli.serve.description")
    _project_option(serve, language, say("cli.holding.project"))
    _engine_options(serve, language)
    serve.add_argument(
        "--dev-addr",
        "-a",
        default="localhost:8000",
        metavar="IP:PORT",
        help=t("cli.serve.address"),
    )
    serve.set_defaults(run=_serve)

    offline = command("offline", "cli.offline.help", "cli.offline.description")
    _project_option(offline, language, say("cli.holding.project"))
    _engine_option(offline, language)
    offline.add_argument("--output", help=t("cli.offline.output"))
    offline.set_defaults(run=_offline)

    schema = command("schema", "cli.schema.help", "cli.schema.description")
    schema.add_argument("--output", default=None, help=t("cli.schema.output"))
    _project_option(schema, language)
    schema.add_argument("--check", action="store_true", help=t("cli.schema.check"))
    schema.set_defaults(run=_schema)

    new = command("new", "cli.new.help", "cli.new.description")
    kinds = new.add_subparsers(title=t("cli.kinds"), required=True, metavar="KIND")
    module = command("module", "cli.new.module.help", "cli.new.module.description", within=kinds)
    module.add_argument("id", help=t("cli.new.module.id"))
    module.add_argument("--agenda", default=None, help=t("cli.new.module.agenda"))
    module.add_argument("--title", required=True, help=t("cli.new.module.title"))
    module.add_argument("--jp", type=int, help=t("cli.new.module.jp"))
    module.add_argument("--minutes", type=int, help=t("cli.new.module.minutes"))
    _project_option(module, language)
    module.set_defaults(run=_new_module)
    cohort = command("cohort", "cli.new.cohort.help", "cli.new.cohort.description", within=kinds)
    cohort.add_argument("id", help=t("cli.new.cohort.id"))
    cohort.add_argument("--name", required=True, help=t("cli.new.cohort.name"))
    cohort.add_argument("--start", required=True, help=t("cli.new.cohort.start"))
    cohort.add_argument("--end", required=True, help=t("cli.new.cohort.end"))
    _project_option(cohort, language)
    cohort.set_defaults(run=_new_cohort)
    return parser


class _Parser(argparse.ArgumentParser):
    """argparse's parser, speaking the chosen language in its own words too: the
    usage line, the headings of its help and the start of its errors."""

    def __init__(self, *args: Any, language: str, **kwargs: Any) -> None:
        self.language = language
        kwargs.setdefault("formatter_class", _formatter(language))
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = say("cli.positionals").render(language)
        self._optionals.title = say("cli.options").render(language)
        self.add_argument("-h", "--help", action="help", help=say("cli.help").render(language))

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        said = say("cli.usage-error", prog=self.prog, message=_argparse_words(message))
        self.exit(EXIT_USAGE, said.render(self.language) + "\n")


# What argparse says of a command line it cannot read, as the catalogue says it.
_ARGPARSE_WORDS = [
    (re.compile(r"the following arguments are required: (?P<names>.+)"), "cli.argparse.required"),
    (re.compile(r"unrecognized arguments: (?P<words>.+)"), "cli.argparse.unrecognized"),
    (
        re.compile(
            r"argument (?P<name>\S+): invalid choice: (?P<value>.+) \(choose from (?P<choices>.+)\)"
        ),
        "cli.argparse.choice",
    ),
    (
        re.compile(r"argument (?P<name>\S+): invalid (?:int|float) value: (?P<value>.+)"),
        "cli.argparse.number",
    ),
    (re.compile(r"argument (?P<name>\S+): expected one argument"), "cli.argparse.one"),
    (
        re.compile(r"argument (?P<name>\S+): not allowed with argument (?P<other>\S+)"),
        "cli.argparse.together",
    ),
]


def _argparse_words(message: str) -> Text | str:
    """argparse's own complaint, as a Text when it is one the catalogue knows."""
    for pattern, key in _ARGPARSE_WORDS:
        found = pattern.fullmatch(message)
        if found:
            return say(key, **found.groupdict())
    return message


def _formatter(language: str) -> type[argparse.HelpFormatter]:
    class Formatter(argparse.HelpFormatter):
        def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: Any = None) -> None:
            if prefix is None:  # argparse gives "" where a usage line is only a name
                prefix = say("cli.usage").render(language)
            super().add_usage(usage, actions, groups, prefix)

    return Formatter


def _engine_option(command: argparse.ArgumentParser, language: str) -> None:
    command.add_argument(
        "--engine",
        choices=ENGINES,
        default="mkdocs",
        help=say("cli.engine").render(language),
    )


def _engine_options(command: argparse.ArgumentParser, language: str) -> None:
    _engine_option(command, language)
    command.add_argument(
        "--audience",
        choices=("participant", "trainer"),
        default="participant",
        help=say("cli.audience").render(language),
    )
    command.add_argument("--config-file", "-f", help=say("cli.config-file").render(language))


def _project_option(
    command: argparse.ArgumentParser, language: str, holding: Text | str = "curriculum/"
) -> None:
    command.add_argument(
        "--project", default=".", help=say("cli.project", holding=holding).render(language)
    )


def _init(arguments: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    import shlex
    import signal

    from silabus.starter import InitRefused, init_project

    # The new project's language, unless --lang or SILABUS_LANG says otherwise.
    language = _chosen(getattr(arguments, "lang", None), lambda: arguments.language)
    if arguments.sample and arguments.language != "id":
        parser.error(say("cli.init.sample-language").render(language))
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
        _say_error("init", refusal, language)
        return EXIT_PROBLEMS
    except KeyboardInterrupt:
        print(say("cli.init.stopped").render(language), file=sys.stderr)
        return 130
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
    shown = _shown(project.folder)
    print(say("cli.init.wrote", folder=shown, count=len(project.files)).render(language))
    print(say("cli.init.next").render(language))
    print(f"  cd {shlex.quote(shown)}")
    print("  silabus validate --strict")
    print("  mkdocs serve --livereload")
    print(say("cli.init.then").render(language))
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
    language = choose_language(getattr(arguments, "lang", None), validation.program_language)
    _report(validation, root, arguments.format, sys.stdout, language, arguments.notes)
    if strict_failure:
        print(say("cli.validate.strict-failed").render(language))
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
    speaks = _speaks(arguments, root)
    refusal = say("cli.export.refused")
    curriculum = _usable_curriculum(root, language, settings, refusal, speaks)
    if curriculum is None:
        return EXIT_PROBLEMS
    template_problems = check_templates(root)
    site, failed = (
        (None, [])
        if has_errors(template_problems)
        else render_with_templates(curriculum, language, options, root)
    )
    for diagnostic in [*template_problems, *failed]:
        print(diagnostic.format(_display_path(diagnostic, root), speaks), file=sys.stderr)
    if site is None:
        print(refusal.render(speaks), file=sys.stderr)
        return EXIT_PROBLEMS
    target = Path(arguments.directory)
    # The folders the site is built from: an export inside one would be published twice.
    protected = [*(settings.published or [root / "docs"]), root / CURRICULUM_DIR]
    protected.append(root / "templates")
    try:
        export = export_site(site, target, protected, root)
    except ExportRefused as refused:
        parser.exit(EXIT_USAGE, _error_line("export", refused, speaks) + "\n")
    except ExportFailed as failure:
        _say_error("export", failure, speaks)
        return EXIT_PROBLEMS
    print(say("cli.export.done", count=len(export.written), target=target).render(speaks))
    if export.leftover is not None:
        left = say("cli.export.leftover", leftover=export.leftover)
        print(left.render(speaks), file=sys.stderr)
    return EXIT_OK


def _stats(arguments: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    import json

    from silabus.engines.settings import site_settings
    from silabus.stats import curriculum_stats, stats_tables

    root = _project_root(arguments.path, parser)
    settings = site_settings(root)
    speaks = _speaks(arguments, root)
    curriculum = _usable_curriculum(
        root, settings.language, settings, say("cli.stats.refused"), speaks
    )
    if curriculum is None:
        return EXIT_PROBLEMS
    figures = curriculum_stats(curriculum)
    if arguments.json:
        print(json.dumps(figures, ensure_ascii=False, indent=2))
    else:
        print(stats_tables(figures, speaks), end="")
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
    language = _speaks(arguments, root, for_the_engine=True)
    if arguments.config_file and arguments.audience == "trainer":
        parser.error(say("cli.build.choose-audience").render(language))
    if arguments.config_file:
        config_file: Path | None = Path(arguments.config_file).absolute()
    elif arguments.audience == "trainer":
        config_file = root / TRAINER_CONFIG
    else:
        config_file = config_file_of(root)
    if config_file is None or not config_file.is_file():
        missing = _shown(config_file) if config_file else f"{_shown(root)}/mkdocs.yml"
        trainer = arguments.audience == "trainer"
        said = say(
            "cli.build.no-trainer-config" if trainer else "cli.build.no-config", missing=missing
        )
        _say_error(task, said, language)
        return EXIT_PROBLEMS
    if arguments.engine == "properdocs" and find_spec("properdocs") is None:
        _say_error(task, say("cli.build.no-properdocs"), language)
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
        _say_error(task, failure, language)
        return EXIT_PROBLEMS
    except KeyboardInterrupt:
        if task == "serve":
            return EXIT_OK
        print(say("cli.build.stopped", command=task).render(language), file=sys.stderr)
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
    language = _speaks(arguments, root, for_the_engine=True)
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
        _say_error("offline", failure, language)
        print(say("cli.offline.kept").render(language), file=sys.stderr)
        return EXIT_PROBLEMS
    finally:
        for log in engine_logs:
            log.removeHandler(handler)
    size = target.stat().st_size
    shown = _shown(target)
    wrote = say("cli.offline.wrote", path=shown, size=size / 1_000_000)
    print(wrote.render(language))
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
    language = _speaks(arguments, project)
    shown = _shown(folder)
    count = len(KINDS)
    if arguments.check:
        stale = stale_schemas(folder)
        for path in stale:
            print(say("cli.schema.stale", path=f"{shown}/{path.name}").render(language))
        if stale:
            print(say("cli.schema.run").render(language))
            return EXIT_PROBLEMS
        print(say("cli.schema.current", count=count, folder=shown).render(language))
        return EXIT_OK
    try:
        changed = write_schemas(folder, project)
    except UnsafeTarget as refused:
        said = say("cli.schema.refused", refusal=words(refused, language))
        _say_error("schema", said, language)
        return EXIT_PROBLEMS
    except OSError as failed:
        said = say("cli.schema.cannot-write", folder=shown, reason=failed.strerror)
        _say_error("schema", said, language)
        return EXIT_PROBLEMS
    if not changed:
        said = say("cli.schema.unchanged", count=count, folder=shown)
    elif len(changed) == count:
        said = say("cli.schema.wrote", count=count, folder=shown)
    else:
        said = say("cli.schema.wrote-some", changed=len(changed), count=count, folder=shown)
    print(said.render(language))
    return EXIT_OK


def _new_module(arguments: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from silabus.scaffold import ScaffoldRefused, new_module

    root = _project_root(arguments.project, parser)
    language = _speaks(arguments, root)
    unit = "minutes" if program_time_unit(root) == "minutes" else "jp"
    if unit == "minutes" and arguments.jp is not None:
        parser.error(say("cli.new.module.jp-in-minutes").render(language))
    if unit == "jp" and arguments.minutes is not None:
        parser.error(say("cli.new.module.minutes-in-jp").render(language))
    given = arguments.minutes if unit == "minutes" else arguments.jp
    length = given if given is not None else (60 if unit == "minutes" else 2)
    if unit == "jp" and not 1 <= length <= 2000:
        parser.error(say("cli.new.module.jp-range").render(language))
    if unit == "minutes" and not 1 <= length <= MAX_MINUTES:
        parser.error(say("cli.new.module.minutes-range").render(language))
    try:
        written = new_module(
            root,
            arguments.id,
            arguments.agenda,
            arguments.title,
            length,
            unit,
            program_language_of(root),
        )
    except ScaffoldRefused as refusal:
        _say_error("new", refusal, language)
        return EXIT_PROBLEMS
    print(say("cli.new.wrote", path=_shown(written.created)).render(language))
    if arguments.agenda is None:
        said = (
            say("cli.new.listed-in-program", module=arguments.id)
            if written.changed is None
            else say("cli.new.added-to-program", module=arguments.id, path=_shown(written.changed))
        )
    elif written.changed is None:
        said = say("cli.new.listed", agenda=arguments.agenda, module=arguments.id)
    else:
        said = say(
            "cli.new.added",
            module=arguments.id,
            agenda=arguments.agenda,
            path=_shown(written.changed),
        )
    print(said.render(language))
    print(say("cli.new.module.next").render(language))
    return EXIT_OK


def _new_cohort(arguments: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from silabus.scaffold import ScaffoldRefused, new_cohort
    from silabus.when import iso_date

    root = _project_root(arguments.project, parser)
    language = _speaks(arguments, root)
    dates = []
    for option, value in (("--start", arguments.start), ("--end", arguments.end)):
        try:
            dates.append(iso_date(value))
        except ValueError as wrong:
            parser.error(f"{option} {value!r}: {_plain_error(wrong, language)}")
    # The file speaks the program's language, whatever language the command speaks.
    written_in = program_language_of(root) or "id"
    try:
        written = new_cohort(
            root, arguments.id, arguments.name, dates[0], dates[1], language=written_in
        )
    except ScaffoldRefused as refusal:
        _say_error("new", refusal, language)
        return EXIT_PROBLEMS
    print(say("cli.new.wrote", path=_shown(written.created)).render(language))
    print(
        say("cli.new.cohort.next" if written_in == "id" else "cli.new.cohort.next-zone").render(
            language
        )
    )
    return EXIT_OK


def _plain_error(wrong: ValueError, language: str) -> str:
    """A date problem from silabus.when as one line: message, then hint."""
    context = getattr(wrong, "context", None) or {}
    message = context.get("message")
    if message is None:
        message = wrong.message() if hasattr(wrong, "message") else str(wrong)
    hint = context.get("hint")
    message, hint = (
        text.render(language) if isinstance(text, Text) else text for text in (message, hint)
    )
    return f"{message}; {hint}" if hint else str(message)


def _error_line(command: str, error: BaseException | Text, language: str) -> str:
    """`silabus COMMAND: error: what went wrong`, in the language chosen."""
    message = error.render(language) if isinstance(error, Text) else words(error, language)
    return say("cli.error", command=command, message=message).render(language)


def _say_error(command: str, error: BaseException | Text, language: str) -> None:
    print(_error_line(command, error, language), file=sys.stderr)


def _shown(path: Path | None) -> str:
    return files.shown(path) if path is not None else ""


def _usable_curriculum(
    root: Path, language: str | None, settings: SiteSettings, refusal: Text, speaks: str
) -> Curriculum | None:
    """The checked curriculum, its warnings shown on stderr; None, with every problem
    and `refusal` shown, when it has errors. `language` is the labels' language,
    `speaks` the language of what is shown."""
    validation = validate_project(root, language, settings.allowed_tags, settings.published)
    if validation.curriculum is None:
        _report(validation, root, "text", sys.stderr, speaks)
        print(refusal.render(speaks), file=sys.stderr)
        return None
    shown = for_reading(validation.diagnostics)
    for _, line in shown.lines(speaks, lambda diagnostic: _display_path(diagnostic, root)):
        print(line, file=sys.stderr)
    return validation.curriculum


def _project_root(path: str, parser: argparse.ArgumentParser) -> Path:
    """The project folder for PATH: the folder holding curriculum/, or, given
    curriculum/ itself (or a folder inside it), the folder above it."""
    given = Path(path)
    language = getattr(parser, "language", "en")
    if not given.is_dir():
        parser.error(say("cli.not-a-folder", path=path).render(language))
    folder = given.resolve()
    for candidate in (folder, *folder.parents):
        if (candidate / CURRICULUM_DIR).is_dir():
            return candidate
        if candidate.name == CURRICULUM_DIR:
            return candidate.parent
    parser.error(say("cli.no-curriculum", path=path, folder=CURRICULUM_DIR).render(language))


def _project_around(path: Path) -> Path | None:
    """The project folder that `path` (a place to write) is in, if any: the nearest
    folder above it holding curriculum/."""
    absolute = Path(os.path.abspath(path))
    return next((folder for folder in absolute.parents if (folder / CURRICULUM_DIR).is_dir()), None)


def _report(
    validation: Validation,
    root: Path,
    output_format: str,
    stream: TextIO,
    language: str,
    notes: str = "some",
) -> None:
    """Errors first, then warnings, then notes (as many as `notes` says; GitHub
    annotations sit on their lines and are all given), then the summary."""
    github = output_format == "github"
    shown = for_reading(validation.diagnostics, "all" if github and notes == "some" else notes)
    for diagnostic in shown.diagnostics:
        path = _display_path(diagnostic, root)
        if github:
            print(diagnostic.format_github(path, language), file=stream)
        else:
            print(diagnostic.format(path, language), file=stream)
    left_out = shown.left_out_line(language)
    if left_out and notes == "some":
        print(left_out, file=stream)
    print(summary(validation.diagnostics, validation.files_checked, language), file=stream)


def _language_of(argv: Sequence[str]) -> str:
    """The language of the help and of argparse's words, before the command line is
    read: --lang, then SILABUS_LANG, then the language of the project in the current
    folder."""
    flag = None
    for number, word in enumerate(argv):
        if word == "--lang" and number + 1 < len(argv):
            flag = argv[number + 1]
        elif word.startswith("--lang="):
            flag = word.split("=", 1)[1]
    return _chosen(flag, lambda: None if "--version" in argv else _language_here())


def _chosen(flag: str | None, program_language: Callable[[], str | None]) -> str:
    """choose_language, reading the program's language only when neither --lang nor
    SILABUS_LANG has chosen already."""
    if known_language(flag) or known_language(os.environ.get(ENVIRONMENT_VARIABLE)):
        return choose_language(flag)
    return choose_language(flag, program_language())


def _language_here() -> str | None:
    """The language of the program of the project in the current folder, if any."""
    try:
        around = _project_around(Path("curriculum").absolute())
    except OSError:  # the current folder is gone
        return None
    return program_language_of(around) if around is not None else None


def _speaks(
    arguments: argparse.Namespace, root: Path | None = None, *, for_the_engine: bool = False
) -> str:
    """The language of a command's output: that of the project's program, or, for a
    command outside a project (init), that of the project in the current folder.
    An engine that runs as a command of its own learns --lang through SILABUS_LANG."""
    flag = getattr(arguments, "lang", None)
    if flag and for_the_engine:
        os.environ[ENVIRONMENT_VARIABLE] = flag
    return _chosen(flag, lambda: program_language_of(root) if root else _language_here())


def _display_path(diagnostic: Diagnostic, root: Path) -> str:
    """Paths relative to the current folder, as editors and terminals expect."""
    return Path(os.path.relpath(root / diagnostic.path)).as_posix()


if __name__ == "__main__":
    sys.exit(main())


# Commands that write nothing: `command()` ends the process as soon as they are done.
_READ_ONLY = frozenset({_validate, _stats})
