"""A project's own page templates: a file in `templates/` at the project root
replaces the packaged template of the same name, as Material's `custom_dir` does
for theme templates. They are filled in inside Jinja's sandbox and within limits of
work, size and time. A mistake in one, or anything that fails while it is filled
in, is reported at its line, like a mistake in a curriculum file, and never as a
traceback."""

from __future__ import annotations

import difflib
import inspect
import re
import string
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import wraps
from importlib.resources import files
from pathlib import Path
from typing import Any, TypeVar

import jinja2
from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError
from jinja2.sandbox import MAX_RANGE, ImmutableSandboxedEnvironment
from jinja2.utils import generate_lorem_ipsum
from pydantic import BaseModel

from silabus.catalogue import Text, say
from silabus.diagnostics import Diagnostic, Severity
from silabus.model import Curriculum
from silabus.render import Site, SiteOptions, render_site

TEMPLATES_DIR = "templates"


def packaged_templates() -> list[str]:
    """The names a project's template can replace."""
    folder = files("silabus.render").joinpath("templates")
    return sorted(entry.name for entry in folder.iterdir() if entry.name.endswith(".j2"))


def templates_folder(project_root: Path) -> Path | None:
    """The project's templates/, if it has one inside the project (one that is a link
    leading out of it is reported by the link check and never read)."""
    folder = project_root / TEMPLATES_DIR
    inside = folder.resolve().is_relative_to(project_root.resolve())
    return folder if folder.is_dir() and inside else None


def check_templates(project_root: Path) -> list[Diagnostic]:
    """Files in templates/ that replace nothing, and templates that do not parse."""
    folder = templates_folder(project_root)
    if folder is None:
        return []
    from jinja2 import meta

    known = packaged_templates()
    parser = jinja2.Environment()
    parsed: dict[Path, Diagnostic | None] = {}  # each template parsed once
    included: set[str] = set()  # what the project's templates include: parts of them
    for path in sorted(folder.iterdir()):
        if not _is_template(path):
            continue
        where = f"{TEMPLATES_DIR}/{path.name}"
        try:
            source = path.read_text(encoding="utf-8")
            tree = parser.parse(source)
        except jinja2.TemplateSyntaxError as error:
            message = say("P004", message=str(error.message))
            parsed[path] = Diagnostic(where, error.lineno, 1, Severity.ERROR, message)
        except RecursionError:
            line = _deepest_line(parser, source)
            parsed[path] = Diagnostic(where, line, 1, Severity.ERROR, say("P005"))
        except (OSError, UnicodeDecodeError) as error:
            message = say("P006", error=str(error))
            parsed[path] = Diagnostic(where, 1, 1, Severity.ERROR, message)
        else:
            parsed[path] = None
            included.update(name for name in meta.find_referenced_templates(tree) if name)
    problems = []
    for path, problem in parsed.items():
        if path.name in known or path.name in included:
            if problem is not None:
                problems.append(problem)
            continue
        close = difflib.get_close_matches(path.name, known, n=1)
        problems.append(
            Diagnostic(
                f"{TEMPLATES_DIR}/{path.name}",
                1,
                1,
                Severity.WARNING,
                say("P007", name=path.name, known=", ".join(known)),
                say("did-you-mean", suggestion=close[0]) if close else None,
            )
        )
    return problems


def _deepest_line(parser: jinja2.Environment, source: str) -> int:
    """The line where the brackets of a template are nested deepest."""
    depth, deepest, line = 0, 0, 1
    try:
        for lineno, kind, value in parser.lex(source):
            if kind == "operator" and value in ("(", "[", "{"):
                depth += 1
                if depth > deepest:
                    deepest, line = depth, lineno
            elif kind == "operator" and value in (")", "]", "}"):
                depth -= 1
    except jinja2.TemplateSyntaxError:
        pass  # the lines before are enough
    return line


def _is_template(path: Path) -> bool:
    """A template file of templates/: a file, or a link to a file in the project."""
    project_root = path.parent.parent.resolve()
    return (
        path.suffix == ".j2"
        and not path.name.startswith(".")
        and path.is_file()
        and path.resolve().is_relative_to(project_root)
    )


# A project's templates are filled in inside Jinja's sandbox: they read the
# curriculum and what Silabus passes on, never Python's internals, and change
# nothing. And within these limits, far above what any curriculum needs, so that a
# template cannot run for minutes or fill the memory:
MOST_STEPS = 5_000_000  # rounds of loops, calls and templates begun, for one page
MOST_CHARACTERS = 50_000_000  # of text (and list items) made for one page, in all
MOST_IN_ONE_VALUE = 5_000_000  # characters of one text, or items of one list
MOST_DIGITS = 10_000  # of one number
MOST_SECONDS = 30.0  # for the pages of a site, and for a page filled in alone
SECONDS_A_PAGE = 0.05  # more for a site, for each of its pages
_MOST_INDENT = 16  # spaces of indentation `tojson` may add at each level

# Methods of a text that make at most a few times as much text, besides its `is...`
# tests; others either have a check below or are refused.
_BOUNDED_TEXT_METHODS = frozenset(
    [
        "capitalize",
        "casefold",
        "count",
        "decode",
        "encode",
        "endswith",
        "escape",
        "find",
        "hex",
        "index",
        "lower",
        "lstrip",
        "partition",
        "removeprefix",
        "removesuffix",
        "rfind",
        "rindex",
        "rpartition",
        "rsplit",
        "rstrip",
        "split",
        "splitlines",
        "startswith",
        "strip",
        "striptags",
        "swapcase",
        "title",
        "unescape",
        "upper",
    ]
)
# Filters that go through the items of a list rather than write it out as text.
_ITERATING_FILTERS = frozenset(
    [
        "batch",
        "count",
        "d",
        "default",
        "dictsort",
        "first",
        "groupby",
        "items",
        "join",
        "last",
        "length",
        "list",
        "map",
        "max",
        "min",
        "random",
        "reject",
        "rejectattr",
        "reverse",
        "select",
        "selectattr",
        "slice",
        "sort",
        "sum",
        "unique",
    ]
)
# What pydantic adds to every curriculum model besides its fields: not for templates.
_MODEL_API = frozenset(
    [
        "construct",
        "copy",
        "dict",
        "from_orm",
        "json",
        "parse_file",
        "parse_obj",
        "parse_raw",
        "schema",
        "schema_json",
        "update_forward_refs",
        "validate",
    ]
)


_V = TypeVar("_V")


class TemplateLimit(Exception):
    """A project's template went past one of the limits above."""

    def __init__(self, text: Text, hint: Text) -> None:
        super().__init__(str(text))
        self.text = text
        self.hint = hint


def _too_long(size: int) -> TemplateLimit:
    return TemplateLimit(
        say("site.templates.limit.too-long", size=size, most=MOST_IN_ONE_VALUE),
        say("site.templates.limit.too-long.hint"),
    )


@dataclass
class _Budget:
    """What the templates have done so far for one page."""

    deadline: float
    seconds: float  # allowed in all, to say so
    steps: int = 0
    characters: int = 0


@dataclass
class _Allowance:
    """The seconds the templates of one site may take, and those left."""

    seconds: float
    left: float


_PAGE: ContextVar[_Budget | None] = ContextVar("silabus_template_page", default=None)
_SITE: ContextVar[_Allowance | None] = ContextVar("silabus_template_site", default=None)


@contextmanager
def _time_for_one_site() -> Iterator[None]:
    token = _SITE.set(_Allowance(MOST_SECONDS, MOST_SECONDS))
    try:
        yield
    finally:
        _SITE.reset(token)


def _count(steps: int, characters: int) -> None:
    """Count steps and characters against the limits of the page being filled in."""
    budget = _PAGE.get()
    if budget is None:
        return  # compiling, not filling in
    budget.steps += steps
    budget.characters += characters
    if budget.steps > MOST_STEPS:
        raise TemplateLimit(
            say("site.templates.limit.steps", most=MOST_STEPS),
            say("site.templates.limit.steps.hint"),
        )
    if budget.characters > MOST_CHARACTERS:
        raise TemplateLimit(
            say("site.templates.limit.characters", most=MOST_CHARACTERS),
            say("site.templates.limit.characters.hint"),
        )
    if time.monotonic() > budget.deadline:
        raise TemplateLimit(
            say("site.templates.limit.seconds", seconds=budget.seconds),
            say("site.templates.limit.seconds.hint"),
        )


class _LimitedTemplate(jinja2.Template):
    """A page's template, filled in within the limits of one page."""

    def render(self, *args: Any, **kwargs: Any) -> str:
        if _PAGE.get() is not None:
            return super().render(*args, **kwargs)
        site = _SITE.get()
        if site is not None:
            site.seconds += SECONDS_A_PAGE
            site.left += SECONDS_A_PAGE
        started = time.monotonic()
        budget = (
            _Budget(started + site.left, site.seconds)
            if site is not None
            else _Budget(started + MOST_SECONDS, MOST_SECONDS)
        )
        token = _PAGE.set(budget)
        try:
            return super().render(*args, **kwargs)
        finally:
            _PAGE.reset(token)
            if site is not None:
                site.left -= time.monotonic() - started


class _CountingCodeGenerator(CodeGenerator):
    """Jinja's code, with a step counted at the start of every template, macro, call
    block and round of a loop, and every joined text (`~`) measured."""

    def visit_Template(self, node: nodes.Template, frame: Frame | None = None) -> None:
        bodies = (nodes.For, nodes.Macro, nodes.CallBlock)
        found = [found for found in node.find_all(bodies) if isinstance(found, bodies)]
        for counted in [node, *found]:
            step = _step(_literal_size(counted.body), counted.lineno)
            counted.body.insert(0, nodes.ExprStmt(step, lineno=counted.lineno))
            if isinstance(counted, nodes.For) and counted.test is not None:
                # Rounds the test skips count too.
                counted.test = nodes.And(_step(0, counted.lineno), counted.test)
        super().visit_Template(node, frame)

    def visit_Call(self, node: nodes.Call, frame: Frame, forward_caller: bool = False) -> None:
        if isinstance(node.node, nodes.EnvironmentAttribute) and node.node.name == "step":
            # A step added above (a template cannot name the environment itself).
            self.write("environment.step(")
            self.visit(node.args[0], frame)
            self.write(")")
        else:
            super().visit_Call(node, frame, forward_caller=forward_caller)

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        self.write("environment.made(")
        super().visit_Concat(node, frame)
        self.write(")")


def _step(cost: int, lineno: int) -> nodes.Call:
    """A call that counts a step writing `cost` characters of the template's own text."""
    return nodes.Call(
        nodes.EnvironmentAttribute("step", lineno=lineno),
        [nodes.Const(cost, lineno=lineno)],
        [],
        None,
        None,
        lineno=lineno,
    )


def _literal_size(body: list[nodes.Node]) -> int:
    """The characters of template text in `body`, leaving out the bodies of loops,
    macros and call blocks, which count their own."""
    size = 0
    pending = list(body)
    while pending:
        node = pending.pop()
        if isinstance(node, nodes.TemplateData):
            size += len(node.data)
        elif isinstance(node, nodes.For):
            pending.extend(node.else_)
        elif not isinstance(node, nodes.Macro | nodes.CallBlock):
            pending.extend(node.iter_child_nodes())
    return size


class TemplateSandbox(ImmutableSandboxedEnvironment):
    """Jinja for a project's templates (and Silabus's own used with them)."""

    template_class = _LimitedTemplate
    code_generator_class = _CountingCodeGenerator
    intercepted_binops = frozenset({"+", "*", "**", "%"})

    def __init__(self, own_filters: dict[str, Callable[..., Any]], **settings: Any) -> None:
        printed = settings.pop("finalize")
        super().__init__(**settings)
        self.filters.update(own_filters)
        self.filters = {name: self._limited(name, chosen) for name, chosen in self.filters.items()}
        self.globals["range"] = _counted_range

        # Taking the context keeps Jinja from printing constants while it compiles.
        @jinja2.pass_context
        def finalize(context: jinja2.runtime.Context, value: Any) -> Any:
            return self.made(printed(self.printable(value)))

        self.finalize = finalize

    def step(self, cost: int = 0) -> bool:
        """Count a step that writes `cost` characters of the template's own text."""
        _count(1, cost)
        return True

    def made(self, value: _V) -> _V:
        """`value`, counted against the page's characters once its size is checked."""
        if isinstance(value, str | bytes | list | tuple | dict | set | frozenset):
            if len(value) > MOST_IN_ONE_VALUE:
                raise _too_long(len(value))
            _count(0, len(value))
        return value

    def printable(self, value: _V) -> _V:
        """`value`, when writing it out as text cannot make too much text."""
        if isinstance(value, list | tuple | dict | set | frozenset):
            size = _printed_size(value)
            if size > MOST_IN_ONE_VALUE:
                raise _too_long(size)
        return value

    def call_binop(
        self, context: jinja2.runtime.Context, operator: str, left: Any, right: Any
    ) -> Any:
        if operator == "*":
            _check_product(left, right)
        elif operator == "**":
            _check_power(left, right)
        elif operator == "+" and isinstance(left, str | list | tuple):
            _check_size(_size(left) + _size(right))
        elif operator == "%" and isinstance(left, str):
            _check_formatting(
                left, right if isinstance(right, tuple | dict) else (right,), braces=False
            )
        return self.made(super().call_binop(context, operator, left, right))

    def getitem(self, obj: Any, argument: Any) -> Any:
        found = super().getitem(obj, argument)
        return self.made(found) if isinstance(argument, slice) else found

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if (
            isinstance(obj, BaseModel)
            and attr not in type(obj).model_fields
            and (attr.startswith("model_") or attr in _MODEL_API)
        ):
            return False
        return super().is_safe_attribute(obj, attr, value)

    def call(self, context: jinja2.runtime.Context, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        self.step()
        args = _checked_call(obj, args, kwargs)
        return self.made(super().call(context, obj, *args, **kwargs))

    def _limited(self, name: str, chosen: Callable[..., Any]) -> Callable[..., Any]:
        """The filter `name`, with its size checked before and after it works."""
        passes = getattr(getattr(chosen, "jinja_pass_arg", None), "name", None)
        check = _FILTER_CHECKS.get(name)
        signature = _value_signature(chosen) if check is not None else None
        writes_out = name not in _ITERATING_FILTERS

        # Taking the context keeps Jinja from running filters while it compiles.
        @jinja2.pass_context
        @wraps(chosen)
        def limited(context: jinja2.runtime.Context, *args: Any, **kwargs: Any) -> Any:
            if writes_out and args:
                self.printable(args[0])
            passed = {
                "context": (context,),
                "eval_context": (context.eval_ctx,),
                "environment": (self,),
            }.get(passes or "", ())
            if signature is not None and check is not None:
                try:
                    bound = signature.bind(*args, **kwargs)
                except TypeError:
                    pass  # the filter itself says what is wrong with its arguments
                else:
                    bound.apply_defaults()
                    check(bound.arguments)  # may put a list for an iterator
                    args, kwargs = bound.args, bound.kwargs
            return self.made(chosen(*passed, *args, **kwargs))

        return limited


def _counted_range(*bounds: int) -> range:
    """`range`, up to MAX_RANGE numbers as in Jinja's sandbox, with a message that says so."""
    numbers = range(*bounds)
    if len(numbers) > MAX_RANGE:
        raise TemplateLimit(
            say("site.templates.limit.range", count=len(numbers), most=MAX_RANGE),
            say("site.templates.limit.range.hint"),
        )
    return numbers


def _value_signature(chosen: Callable[..., Any]) -> inspect.Signature:
    """The parameters of a filter after the context (or environment) Jinja passes it."""
    function = inspect.unwrap(chosen)
    parameters = list(inspect.signature(function).parameters.values())
    if getattr(function, "jinja_pass_arg", None) is not None:
        parameters = parameters[1:]
    return inspect.Signature(parameters)


def _size(value: Any) -> int:
    """Characters of a text, or of a list written out."""
    if isinstance(value, str | bytes):
        return len(value)
    if isinstance(value, list | tuple):
        return _printed_size(value)
    return 0


def _printed_size(value: Any, limit: int = MOST_IN_ONE_VALUE) -> int:
    """About how many characters `value` has written out as text, counted until the
    count passes `limit`."""
    size = 0
    pending = [value]
    while pending and size <= limit:
        item = pending.pop()
        if isinstance(item, str | bytes):
            size += len(item) + 4
        elif isinstance(item, list | tuple | set | frozenset):
            size += 2
            pending.extend(item)
        elif isinstance(item, dict):
            size += 2
            pending.extend(item.keys())
            pending.extend(item.values())
        else:
            size += 8
    return size


def _check_size(size: int) -> None:
    if size > MOST_IN_ONE_VALUE:
        raise _too_long(size)


def _digits(number: int) -> int:
    return int(abs(number).bit_length() * 0.30103) + 1


def _too_many_digits(digits: int) -> TemplateLimit:
    return TemplateLimit(
        say("site.templates.limit.digits", digits=digits, most=MOST_DIGITS),
        say("site.templates.limit.digits.hint"),
    )


def _check_product(left: Any, right: Any) -> None:
    if isinstance(left, int) and isinstance(right, int):
        digits = _digits(left) + _digits(right)
        if digits > MOST_DIGITS:
            raise _too_many_digits(digits)
        return
    times, repeated = (left, right) if isinstance(left, int) else (right, left)
    if isinstance(times, int) and isinstance(repeated, str | bytes | list | tuple):
        _check_size(max(times, 0) * max(len(repeated), _size(repeated)))


def _check_power(base: Any, exponent: Any) -> None:
    if isinstance(base, int) and isinstance(exponent, int) and exponent > 0 and abs(base) > 1:
        digits = int(exponent * (abs(base).bit_length() - 1) * 0.30103) + 1
        if digits > MOST_DIGITS:
            raise _too_many_digits(digits)


_PERCENT_SPEC = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d*)(?:\.(\*|\d*))?")
_NUMBER = re.compile(r"\d+")


def _check_formatting(
    text: str, arguments: tuple[Any, ...] | dict[str, Any], *, braces: bool
) -> None:
    """A text formatted with `.format` (`braces`) or `%`: no width or precision so large
    that the result would be too long, and no argument too long written out."""
    if braces:
        specs = [spec or "" for _, _, spec, _ in string.Formatter().parse(text)]
        from_arguments = any("{" in spec for spec in specs)
    else:
        specs = [f"{width}.{precision or ''}" for width, precision in _PERCENT_SPEC.findall(text)]
        from_arguments = any("*" in spec for spec in specs)
    widths = [int(number) for spec in specs for number in _NUMBER.findall(spec)]
    values = list(arguments.values()) if isinstance(arguments, dict) else list(arguments)
    if from_arguments:
        widths += [value for value in values if isinstance(value, int)]
    _check_size(len(text) + max(widths, default=0) + _printed_size(values))


def _replaced_size(text: str, old: str, new: str, count: int | None) -> int:
    found = len(text) + 1 if not old else text.count(old)
    if count is not None and count >= 0:
        found = min(found, count)
    return len(text) + found * len(new)


def _checked_call(obj: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, ...]:
    """The arguments of a call from a template, once the call is known not to make too
    much: methods of a text that could, and lorem ipsum, are checked first."""
    wrapped = getattr(obj, "__wrapped__", obj)  # the sandbox wraps `format`
    owner = getattr(wrapped, "__self__", None)
    name = getattr(wrapped, "__name__", "")
    if obj is generate_lorem_ipsum:
        named = inspect.signature(generate_lorem_ipsum).bind(*args, **kwargs)
        named.apply_defaults()
        _check_size(int(named.arguments["n"]) * int(named.arguments["max"]) * 12)
        return args
    if not isinstance(owner, str | bytes):
        return args
    if name in ("format", "format_map"):
        arguments = args[0] if name == "format_map" and args else (*args, *kwargs.values())
        _check_formatting(
            str(owner),
            arguments if isinstance(arguments, tuple | dict) else (arguments,),
            braces=True,
        )
    elif name in ("ljust", "rjust", "center", "zfill"):
        width = args[0] if args else kwargs.get("width", 0)
        _check_size(width if isinstance(width, int) else 0)
    elif name == "expandtabs":
        tab = args[0] if args else kwargs.get("tabsize", 8)
        tabs = owner.count("\t") if isinstance(owner, str) else owner.count(b"\t")
        _check_size(len(owner) + tabs * tab)
    elif name == "replace" and len(args) >= 2:
        count = args[2] if len(args) > 2 else kwargs.get("count")
        _check_size(_replaced_size(str(owner), str(args[0]), str(args[1]), count))
    elif name == "join" and args:
        items = list(args[0])
        _check_size(_printed_size(items) + len(items) * len(owner))
        return (items, *args[1:])
    elif name not in _BOUNDED_TEXT_METHODS and not name.startswith("is"):
        raise TemplateLimit(
            say("site.templates.limit.text-method", name=name),
            say("site.templates.limit.text-method.hint"),
        )
    return args


def _checked_indent(arguments: dict[str, Any]) -> None:
    text, width = str(arguments["s"]), arguments["width"]
    indent = width if isinstance(width, int) else len(str(width))
    _check_size(len(text) + (text.count("\n") + 1) * max(indent, 0))


def _checked_join(arguments: dict[str, Any]) -> None:
    items = list(arguments["value"])
    arguments["value"] = items
    _check_size(_printed_size(items) + len(items) * len(str(arguments["d"])))


def _checked_wordwrap(arguments: dict[str, Any]) -> None:
    text, width = str(arguments["s"]), max(int(arguments["width"]), 1)
    wrap = arguments["wrapstring"]
    lines = len(text) // width + text.count("\n") + 1
    _check_size(len(text) + lines * len("\n" if wrap is None else str(wrap)))


def _checked_tojson(arguments: dict[str, Any]) -> None:
    indent = arguments.get("indent")
    if isinstance(indent, int) and indent > _MOST_INDENT:
        raise TemplateLimit(
            say("site.templates.limit.indent", indent=indent, most=_MOST_INDENT),
            say("site.templates.limit.indent.hint", most=_MOST_INDENT),
        )


_FILTER_CHECKS: dict[str, Callable[[dict[str, Any]], None]] = {
    "center": lambda named: _check_size(named["width"] if isinstance(named["width"], int) else 0),
    "indent": _checked_indent,
    "replace": lambda named: _check_size(
        _replaced_size(str(named["s"]), str(named["old"]), str(named["new"]), named["count"])
    ),
    "format": lambda named: _check_formatting(
        str(named["value"]), named["args"] or named["kwargs"], braces=False
    ),
    "join": _checked_join,
    "batch": lambda named: _check_size(int(named["linecount"])),
    "slice": lambda named: _check_size(int(named["slices"])),
    "wordwrap": _checked_wordwrap,
    "tojson": _checked_tojson,
}


def render_with_templates(
    curriculum: Curriculum, language: str | None, options: SiteOptions, project_root: Path
) -> tuple[Site | None, list[Diagnostic]]:
    """The site, or the problem a project template had while it was filled in: any
    exception while the site is made with them, located in the template."""
    try:
        with _time_for_one_site():
            return render_site(curriculum, language, options), []
    except Exception as error:
        if options.templates is None:
            raise
        message, hint = _what_failed(error)
        found = _template_line(error, options.templates)
        if found is not None:
            name, line = found
            return None, [
                Diagnostic(
                    f"{TEMPLATES_DIR}/{name}",
                    line,
                    1,
                    Severity.ERROR,
                    say("P008", what=message),
                    hint,
                )
            ]
        # It failed in a template of Silabus's own, used with the project's ones.
        own = sorted(path.name for path in options.templates.iterdir() if _is_template(path))
        packaged = _packaged_line(error)
        where = (
            say("site.templates.where", template=packaged[0], line=packaged[1]) if packaged else ""
        )
        return None, [
            Diagnostic(
                f"{TEMPLATES_DIR}/{own[0] if own else ''}",
                1,
                1,
                Severity.ERROR,
                say("P009", where=where, own=", ".join(own), what=message),
                # P009's own hint, unless the template went past a limit.
                hint if isinstance(error, TemplateLimit) else None,
            )
        ]


def _what_failed(error: Exception) -> tuple[Text | str, Text]:
    """What went wrong while a template was filled in (a library's own words when it
    says it best), and how to put it right."""
    fix = say("site.templates.hint.fix")
    if isinstance(error, TemplateLimit):
        return error.text, error.hint
    if isinstance(error, SecurityError):
        return str(error), say("site.templates.hint.security")
    if isinstance(error, jinja2.UndefinedError):
        return say("site.templates.undefined", message=error.message), fix
    if isinstance(error, RecursionError):
        return say("site.templates.recursion"), say("site.templates.hint.recursion")
    if isinstance(error, MemoryError):
        return say("site.templates.memory"), say("site.templates.hint.memory")
    if isinstance(error, jinja2.TemplateNotFound):
        return f"{type(error).__name__}: {error}", fix
    if isinstance(error, jinja2.TemplateError):
        return str(error), fix
    kind = type(error).__name__
    if isinstance(error, ZeroDivisionError):
        return say("site.templates.divides-by-zero", kind=kind), fix
    if not str(error):
        return say("site.templates.stopped", kind=kind), fix
    return f"{error} ({kind})", fix


def _packaged_line(error: BaseException) -> tuple[str, int] | None:
    """The packaged template and line where `error` happened, if it did."""
    return _line_in(error, Path(str(files("silabus.render").joinpath("templates"))))


def _template_line(error: BaseException, folder: Path) -> tuple[str, int] | None:
    """The project template and line where `error` happened, if it happened in one."""
    found = _line_in(error, folder)
    if found is None and isinstance(error, jinja2.TemplateSyntaxError) and error.filename:
        path = Path(error.filename)
        if path.resolve().parent == folder.resolve():
            return path.name, error.lineno
    return found


def _line_in(error: BaseException, folder: Path) -> tuple[str, int] | None:
    """The template of `folder` and its line where `error` was raised, innermost first."""
    folder = folder.resolve()
    for frame, line in reversed(list(traceback.walk_tb(error.__traceback__))):
        filename = Path(frame.f_code.co_filename)
        if filename.is_absolute() and filename.resolve().parent == folder:
            return filename.name, line
    return None
