"""Documents rendered from templates: Jinja2 for Markdown, docxtpl for Word.

Every document (the paper for direction, the note of the meeting, the programme, the
report) is a context builder in `export/<kind>.py` (plain values, lists and dicts: what the
document says) and a template that lays it out. The package ships the default templates
in `templates/papers/` (`<kind>.md.j2`, `<kind>.docx`); an officer may give their own
(`workplan export --template council-paper.docx`), and it gets the same context.

- Markdown: every `{{ … }}` is Markdown-escaped by the environment's `finalize`, so a
  context holds plain text and a `|`, a leading `#` or a line break in a plan's text can
  never change the document's structure; a value that is already Markdown is wrapped in
  `markupsafe.Markup` by the builder (or the `markdown` filter) and passed through.
- Word: docxtpl renders the same context with XML autoescaping.
- Both get the Board's words as filters: `money`, `long_date` ("20 September 2023"),
  `short_date`, `month` ("May 2023"), `days`, `number_word`, `plural`, `listed`, and
  `paragraphs` (a list of paragraphs inside one table cell: `<br><br>` apart in Markdown, Word
  paragraphs in Word).

A template that does not parse, names something the context lacks or fails while rendering
is a located WorkplanError (`FILE:LINE:COL: E120 …`, E121 for an unknown name), never a
traceback: the officer who wrote it can go to the line.
"""

from __future__ import annotations

import contextlib
import functools
import io
import os
import re
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

# Imported only by an export of a document (decision.render), never at the app's start.
import jinja2
from jinja2 import meta
from markupsafe import Markup

from workplan_tui.errors import LocatedError, WorkplanError

PAPERS = Path(__file__).resolve().parent.parent / "templates" / "papers"
MARKDOWN_SUFFIXES = (".md.j2", ".md", ".j2")
WORD_SUFFIX = ".docx"
# A template is a page or two of text; a council's Word template with its logo a few MB.
MAX_TEMPLATE_BYTES = 16 * 1024 * 1024


def default_template(kind: str, fmt: str) -> Path:
    """The package's template of a kind in a format ("md" or "docx")."""
    return PAPERS / (f"{kind}.md.j2" if fmt == "md" else f"{kind}{WORD_SUFFIX}")


def template_format(template: Path) -> str:
    """"md" or "docx" by the template's name; E122 for any other kind of file."""
    name = template.name.lower()
    if name.endswith(WORD_SUFFIX):
        return "docx"
    if name.endswith(MARKDOWN_SUFFIXES):
        return "md"
    raise WorkplanError.single(
        template, "E122", "is not a template: use a Markdown template (.md.j2 or .md) or a Word template (.docx)"
    )


# -- the Board's words, shared by both formats ----------------------------------------


def _filters() -> dict[str, Callable[..., str]]:
    from workplan_tui.capacity import format_money, month_name
    from workplan_tui.text import days, listed, long_date, number_word, plural, short_date

    def money(amount: int, currency: str = "GBP") -> str:
        return format_money(amount, currency)

    def listed_filter(items: Any, last: str = "and") -> str:
        return listed([str(item) for item in items], last)

    return {
        "money": money,
        "long_date": long_date,
        "short_date": short_date,
        "month": month_name,
        "days": days,
        "number_word": number_word,
        "plural": plural,
        "listed": listed_filter,
    }


# -- Markdown -------------------------------------------------------------------------


def _markdown_finalize(value: Any) -> Any:
    """Each `{{ … }}` of a Markdown template: plain text escaped, Markup as it is."""
    from workplan_tui.export.markdown import escape

    if isinstance(value, Markup):
        return str(value)
    if value is None:
        return ""
    return escape(str(value))


@functools.lru_cache(maxsize=8)
def markdown_environment(folder: Path) -> jinja2.Environment:
    """The Jinja2 environment of Markdown templates in folder (and the package's own, for
    `{% include %}` of a default part). Kept, so a template is compiled once until its file
    changes (the Export pane previews the paper on every pause in typing)."""
    environment = jinja2.Environment(
        loader=_SafeLoader([folder, PAPERS]),
        undefined=jinja2.StrictUndefined,
        finalize=_markdown_finalize,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters.update(_filters())
    environment.filters["markdown"] = Markup  # text the template vouches is Markdown already
    environment.filters["paragraphs"] = _markdown_paragraphs
    return environment


def _markdown_paragraphs(items: Any) -> Markup:
    """Paragraphs inside one table cell: each escaped, a blank line (two `<br>`) between."""
    from workplan_tui.export.markdown import escape

    return Markup("<br><br>".join(escape(str(item)) for item in items if item))


def render_markdown(kind: str, context: Mapping[str, Any], *, template: Path | None = None) -> str:
    """The document of kind as Markdown, from its default template or `template` (.md.j2 or .md)."""
    path = template or default_template(kind, "md")
    _read_template(path)  # a template that is not there or not text: said as for any file (E001, E122)
    environment = markdown_environment(path.parent)
    with _located(path):
        compiled = environment.get_template(path.name)
        _check_names(environment, path, compiled, context)
        text = compiled.render(context)
    return text.rstrip("\n") + "\n"


def _check_names(environment: jinja2.Environment, path: Path, compiled: jinja2.Template, context: Mapping[str, Any]) -> None:
    """Every name the template uses and neither the context nor Jinja2 provides, said at once (E121)."""
    source = _read_template(path)
    unknown = sorted(_names_used(environment, source) - set(context) - set(environment.globals))
    if unknown:
        raise WorkplanError([_unknown_name(path, source, name, sorted(context)) for name in unknown])


@functools.lru_cache(maxsize=32)
def _names_used(environment: jinja2.Environment, source: str) -> frozenset[str]:
    """The names a template's text looks up in its context (parsed once per text)."""
    return frozenset(meta.find_undeclared_variables(environment.parse(source)))


def _unknown_name(path: Path, source: str, name: str, known: list[str]) -> LocatedError:
    from workplan_tui.text import did_you_mean

    line, column = _find_name(source, name)
    return LocatedError(
        str(path), line, column, "E121",
        f"the template uses `{name}`, which the document does not have{did_you_mean(name, known)}; "
        "docs/export.md lists the names",
    )


def _find_name(source: str, name: str, near: int = 0) -> tuple[int, int]:
    """Line and column of name used as a whole word inside a `{{ }}` or `{% %}`, on line `near`
    when it is there, else on the first line that uses it."""
    word = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    lines = source.splitlines()
    order = ([near] if 1 <= near <= len(lines) else []) + list(range(1, len(lines) + 1))
    for number in order:
        for tag in re.finditer(r"\{[{%].*?[}%]\}", lines[number - 1]):
            found = word.search(tag.group())
            if found:
                return number, tag.start() + found.start() + 1
    return (near or 1), 1


# -- Word -----------------------------------------------------------------------------


def word_environment() -> jinja2.Environment:
    """The Jinja2 environment docxtpl renders Word templates with: the same filters, names checked."""
    environment = jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=True)
    environment.filters.update(_filters())
    environment.filters["paragraphs"] = _word_paragraphs
    return environment


def _word_paragraphs(items: Any) -> str:
    """Paragraphs inside one table cell or paragraph: docxtpl starts a new paragraph at each `\\a`."""
    return "\a".join(str(item) for item in items if item)


def render_docx(kind: str, context: Mapping[str, Any], *, template: Path | None = None) -> bytes:
    """The document of kind as a Word file, from its default template or `template` (.docx with docxtpl tags)."""
    import zipfile

    path = template or default_template(kind, "docx")
    data = _read_template_bytes(path)
    try:
        from docxtpl import DocxTemplate

        document = DocxTemplate(io.BytesIO(data))
        document.init_docx()
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise WorkplanError.single(path, "E123", f"is not a Word document (.docx) that can be read: {error}") from None
    environment = word_environment()
    _check_word_tags(path, document, environment, context)
    with _located(path, paragraphs=True):
        document.render(dict(context), jinja_env=environment, autoescape=True)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def word_template_text(document: Any) -> str:
    """The text of a Word template's paragraphs, body and table cells in order, one a line:
    the lines an error's line number counts (paragraph 12 is line 12)."""
    lines: list[str] = []
    body = document.get_docx().element.body
    for paragraph in body.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p"):
        lines.append("".join(node.text or "" for node in paragraph.iter(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t")))
    return "\n".join(lines)


# docxtpl's own tags: `{%p …%}`, `{%tr …%}`, `{%tc …%}`, `{%r …%}` and `{{r …}}` are Jinja2 once it
# has moved them out of their paragraph, row, cell or run.
_DOCXTPL_PREFIX = re.compile(r"(\{[{%])(?:p|tr|tc|r)\s")


def _check_word_tags(path: Path, document: Any, environment: jinja2.Environment, context: Mapping[str, Any]) -> None:
    """The Word template's tags checked before docxtpl reorders them, so an error names the
    paragraph (counted from the top, table cells included) where the officer can find it."""
    text = _DOCXTPL_PREFIX.sub(r"\1 ", word_template_text(document))
    try:
        parsed = environment.parse(text)
    except jinja2.TemplateSyntaxError as error:
        raise WorkplanError.single(
            path, "E120", f"the template's tags do not read (paragraph {error.lineno}): {error.message}", error.lineno or 1
        ) from None
    unknown = sorted(meta.find_undeclared_variables(parsed) - set(context) - set(environment.globals))
    if unknown:
        raise WorkplanError([_unknown_name(path, text, name, sorted(context)) for name in unknown])


# -- reading templates and locating their errors ------------------------------------


def _read_template_bytes(path: Path) -> bytes:
    from workplan_tui.files import read_bytes

    return read_bytes(path, limit=MAX_TEMPLATE_BYTES, what="template")


def _read_template(path: Path) -> str:
    data = _read_template_bytes(path)
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        raise WorkplanError.single(path, "E122", "is not UTF-8 text; save the template as UTF-8", line, column) from None


class _SafeLoader(jinja2.BaseLoader):
    """Templates read the way every file is read (files.read_bytes: no FIFOs, a size limit), from
    the template's own folder first, then the package's."""

    def __init__(self, folders: list[Path]) -> None:
        self.folders = folders

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        for folder in self.folders:
            path = folder / template
            if path.exists():
                seen = path.stat()
                source = _read_template(path)
                return source, str(path), functools.partial(_unchanged, path, seen)
        raise jinja2.TemplateNotFound(template)


def _unchanged(path: Path, seen: os.stat_result) -> bool:
    """Whether a template file is still the one compiled (Jinja2 asks before using its copy)."""
    try:
        now = path.stat()
    except OSError:
        return False
    return (now.st_mtime_ns, now.st_size, now.st_ino) == (seen.st_mtime_ns, seen.st_size, seen.st_ino)


@contextlib.contextmanager
def _located(path: Path, *, paragraphs: bool = False) -> Iterator[None]:
    """What Jinja2 raises while compiling or rendering a template, as a WorkplanError at the
    template's line (E120; E121 for a name the document lacks). `paragraphs`: a Word template,
    whose lines as docxtpl renders them are not the officer's, so no line is claimed."""
    try:
        yield
    except WorkplanError:
        raise
    except jinja2.TemplateNotFound as error:
        raise WorkplanError.single(path, "E122", f"the template `{error.name}` it includes is not there") from None
    except jinja2.TemplateSyntaxError as error:
        file = error.filename or str(path)
        line = 1 if paragraphs else error.lineno or 1
        raise WorkplanError.single(file, "E120", f"the template does not read: {error.message}", line) from None
    except jinja2.UndefinedError as error:
        file, line = (str(path), 1) if paragraphs else _template_frame(error.__traceback__, str(path))
        column = 1
        named = re.search(r"has no attribute '([^']+)'|'([^']+)' is undefined|no element (\S+)", str(error))
        name = next((group for group in named.groups() if group), "") if named else ""
        if name and not paragraphs:
            found_line, found_column = _find_name(_read_template(Path(file)), name, near=line)
            column = found_column if found_line == line else 1
        what = f"`{name}`" if name else f"something ({error})"
        raise WorkplanError.single(
            file, "E121", f"the template uses {what}, which the document does not have there; docs/export.md lists the names",
            line, column,
        ) from None
    except Exception as error:  # a filter given the wrong thing, a division by zero: the template's doing
        file, line = (str(path), 1) if paragraphs else _template_frame(error.__traceback__, str(path))
        raise WorkplanError.single(file, "E120", f"the template fails: {type(error).__name__}: {error}", line) from None


def _template_frame(trace: Any, file: str) -> tuple[str, int]:
    """The template file and line of the innermost template frame in a traceback (Jinja2
    rewrites its frames to the template's own lines)."""
    found = (file, 1)
    while trace is not None:
        name = trace.tb_frame.f_code.co_filename
        if name.endswith(MARKDOWN_SUFFIXES) or name == file:
            found = (name, trace.tb_lineno)
        trace = trace.tb_next
    return found
