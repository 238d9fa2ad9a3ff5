"""Read a plan file with located errors; write one deterministically and atomically."""

from __future__ import annotations

import datetime as dt
import errno
import math
import os
import re
import stat
import tomllib
from functools import lru_cache
from itertools import chain, repeat
from operator import itemgetter
from pathlib import Path
from typing import Any

from workplan_tui import model, schema
from workplan_tui.errors import LocatedError, WorkplanError

# difflib, hashlib, tempfile, unicodedata and the locator are imported where used:
# `workplan check` on a valid plan never needs them, and its start-up time is a target.
Path_ = tuple[str | int, ...]

MAX_PLAN_BYTES = 8 * 1024 * 1024
_TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")
# C0/C1 controls other than tab and newline, and the bidirectional overrides and isolates
# that can make a title read differently from what it is.
_UNSAFE_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


# -- reading -------------------------------------------------------------------


def read_text(path: Path, *, limit: int = MAX_PLAN_BYTES, what: str = "plan") -> str:
    """The file's text, or a WorkplanError saying plainly why it cannot be had."""
    name = str(path)
    try:
        mode = path.stat().st_mode
        if stat.S_ISDIR(mode):
            raise WorkplanError.single(name, "E001", f"is a folder, not a {what} file")
        if not stat.S_ISREG(mode):  # a FIFO or device would block or never end
            raise WorkplanError.single(name, "E001", "not a regular file")
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > limit:
                raise WorkplanError.single(
                    name, "E002", f"{what} file is {_size(size)}; the limit is {_size(limit, whole=True)}"
                )
            data = handle.read(limit + 1)
    except WorkplanError:
        raise
    except FileNotFoundError:
        raise WorkplanError.single(name, "E001", "no such file") from None
    except PermissionError:
        raise WorkplanError.single(name, "E001", "permission denied") from None
    except OSError as error:
        reason = "too many levels of symbolic links" if error.errno == errno.ELOOP else error.strerror or str(error)
        raise WorkplanError.single(name, "E001", f"cannot read: {reason}") from None
    if len(data) > limit:
        raise WorkplanError.single(name, "E002", f"{what} file is larger than {_size(limit, whole=True)}")
    if b"\x00" in data:
        raise WorkplanError.single(name, "E003", f"binary data, not a TOML {what} file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        raise WorkplanError.single(name, "E003", "not UTF-8 text; save the file as UTF-8", line, column) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        hint = f"; run `workplan new {name}` for a starter plan" if what == "plan" else ""
        raise WorkplanError.single(name, "E004", f"the file is empty{hint}")
    return text


def _size(count: int, whole: bool = False) -> str:
    # Ballots are limited to 64 KB: "the limit is 0 MB" would say nothing.
    unit, name = (1_048_576, "MB") if count >= 1_048_576 else (1024, "KB")
    return f"{count // unit} {name}" if whole else f"{count / unit:.1f} {name}"


def parse_toml(text: str, file: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        match = _TOML_POSITION.search(message)
        if match:
            line, column = int(match[1]), int(match[2])
        else:  # "(at end of document)": point after the last character
            lines = text.split("\n")
            line, column = len(lines), len(lines[-1]) + 1
        message = _TOML_POSITION.sub("", message).replace("(at end of document)", "at the end of the file")
        message = message.strip().rstrip(".")
        raise WorkplanError.single(file, "E010", f"TOML syntax: {message}", line, column) from None
    except RecursionError:
        raise WorkplanError.single(file, "E010", "TOML syntax: nesting too deep") from None


# The roster: one `[[members]]` block of `key = "text"` lines per member, as dumps_plan writes
# it and people type it. A board of 10,000 (a count's benchmark) is most of the file, and
# tomllib, pure Python, took two thirds of a tally to read it. _members_fast reads a run of
# such blocks with one pattern and leaves the rest of the file to tomllib; anything it is
# not sure of (an escape, a tab, CRLF, a second run, `members` defined elsewhere, a file that
# does not parse) returns None and the whole file goes to tomllib, which then gives the same
# document or the same located error as it always did.
_WS = r"[ \t]*"
_COMMENT = r"(?:#[^\x00-\x08\x0a-\x1f\x7f]*)?"  # tomllib's rule: no control character but tab
_BARE_STRING = r'"[^"\\\x00-\x1f\x7f]*"'  # a basic string with nothing to unescape
# Possessive and atomic: no part of a line can match another way, so nothing is given back,
# and the engine keeps no backtracking state for 30,000 lines (a third faster).
_MEMBERS_RUN = re.compile(
    rf"(?m)^(?:\[\[members\]\]{_WS}{_COMMENT}\n"
    rf"(?>[ \t]*+(?:[A-Za-z0-9_-]++[ \t]*+=[ \t]*+{_BARE_STRING}[ \t]*+)?{_COMMENT}\n)*+)++"
)
_MEMBERS_PART = re.compile(rf'(?m)^(?:(\[)\[members\]\]|{_WS}([A-Za-z0-9_-]+){_WS}={_WS}"([^"\\\x00-\x1f\x7f]*)")')
_RUN_MARK = "workplan-members-run"


def _members_fast(text: str) -> dict[str, Any] | None:
    """tomllib.loads(text), reading the `[[members]]` blocks with a pattern; None when unsure."""
    run = _MEMBERS_RUN.search(text)
    if run is None or _RUN_MARK in text:
        return None
    members: list[dict[str, str]] = []
    member: dict[str, str] = {}
    for header, key, value in _MEMBERS_PART.findall(run[0]):
        if header:
            member = {}
            members.append(member)
        elif key in member:  # a key given twice: tomllib's error
            return None
        else:
            member[key] = value
    # The rest of the file, with an empty table where the run was. tomllib reads that mark
    # as a table only if the run started a statement (not inside a multi-line string or
    # array begun above it), and the mark stays empty only if what follows the run opens a
    # table of its own (a key there would have belonged to the last member).
    try:
        document = tomllib.loads(f"{text[: run.start()]}[{_RUN_MARK}]\n{text[run.end() :]}")
    except (tomllib.TOMLDecodeError, RecursionError):
        return None
    if document.get(_RUN_MARK) != {} or "members" in document:  # `members` defined elsewhere too
        return None
    # The roster takes the mark's place: tomllib orders keys by first definition.
    ordered: dict[str, Any] = {}
    for key, value in document.items():
        if key == _RUN_MARK:
            ordered["members"] = members
        else:
            ordered[key] = value
    return ordered


def load_plan(path: str | os.PathLike[str]) -> model.Plan:
    """Read and validate a plan file; raises WorkplanError with every problem found."""
    path = Path(path)
    return loads_plan(read_text(path), str(path))


def load_plan_stamped(path: str | os.PathLike[str]) -> tuple[model.Plan, str]:
    """The plan and a stamp of the exact text it was read from, for `ensure_unchanged`."""
    path = Path(path)
    text = read_text(path)
    return loads_plan(text, str(path)), _stamp(text)


def ensure_unchanged(path: str | os.PathLike[str], stamp: str) -> None:
    """Refuse (E404) to write anything derived from a plan whose file changed since it was read.

    Called just before the write: a vote or an export made from the old text while someone
    saved a new one would record a decision on a plan nobody now has.
    """
    path = Path(path)
    try:
        text = read_text(path)
    except WorkplanError as error:
        reason = error.errors[0].message
        raise WorkplanError.single(
            str(path), "E404", f"the plan can no longer be read ({reason}) since it was loaded; nothing was written"
        ) from None
    if _stamp(text) != stamp:
        raise WorkplanError.single(
            str(path), "E404", "the plan changed on disk since it was read; nothing was written: run the command again"
        )


def _stamp(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def loads_plan(text: str, file: str = "<plan>") -> model.Plan:
    document = _members_fast(text)
    if document is None:
        document = parse_toml(text, file)
    checker = _Checker(file, text)
    plan = checker.check(document)
    if checker.errors:
        raise WorkplanError(sorted(checker.errors, key=lambda e: (e.line, e.column, e.code, e.message)))
    assert plan is not None
    return plan


# -- validation ----------------------------------------------------------------


def did_you_mean(word: str, candidates: list[str] | tuple[str, ...]) -> str:
    import difflib

    close = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    return f"; did you mean `{close[0]}`?" if close else ""


def _dotted(path: Path_) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text or "document"


class _Checker:
    """Walks a parsed document against schema.TABLES, collecting every problem."""

    def __init__(self, file: str, text: str) -> None:
        self.file = file
        self.text = text
        self._where = None
        self.errors: list[LocatedError] = []

    @property
    def where(self):  # noqa: ANN201 - locate.Locations, imported lazily
        if self._where is None:
            from workplan_tui.locate import Locations, locate

            try:
                self._where = locate(self.text)
            except RecursionError:  # deeply nested values: report at the top of the file
                self._where = Locations()
        return self._where

    def error(self, path: Path_, code: str, message: str, *, at_key: bool = False) -> None:
        position = self.where.key(path) if at_key else self.where.value(path)
        self.errors.append(LocatedError(self.file, position.line, position.column, code, message))

    # -- structure ---------------------------------------------------------------
    def check(self, document: dict[str, Any]) -> model.Plan | None:
        version = document.get("schema")
        if "schema" not in document:
            pass  # reported with the other missing keys below
        elif not schema.INTEGER.test(version):
            self.error(("schema",), "E101", f"`schema` must be a whole number, not {_type_name(version)}")
        elif version != schema.SCHEMA_VERSION:
            self.error(
                ("schema",), "E020", f"schema {version} is not supported; this version of workplan reads schema 1"
            )
            return None
        values = self.table(document, "document", ())
        if values is None:
            return None
        self.rules(values)
        if self.errors:
            return None
        return _build(values)

    def table(self, raw: Any, name: str, path: Path_) -> dict[str, Any] | None:
        fields = schema.TABLES[name]
        result: dict[str, Any] = {}
        for key in raw:
            if key not in fields:
                hint = did_you_mean(key, tuple(fields))
                where = _dotted(path) if path else "the top level"
                self.error(path + (key,), "E103", f"unknown key `{key}` in {where}{hint}", at_key=True)
        for key, field in fields.items():
            if key not in raw:
                if field.required:
                    where = _dotted(path) if path else "the top level"
                    self.error(path, "E102", f"missing required key `{key}` in {where}", at_key=True)
                    result[key] = None
                elif field.kind is schema.TABLE and field.default is not None:
                    result[key] = self.table({}, field.table, path + (key,))  # fills nested defaults
                else:
                    result[key] = _copy_default(field.default)
                continue
            result[key] = self.value(raw[key], field, path + (key,))
        return result

    def value(self, value: Any, field: schema.Field, path: Path_) -> Any:
        kind = field.kind
        if not kind.test(value):
            self.error(path, "E101", f"`{_dotted(path)}` must be {kind.name}, not {_type_name(value)}")
            return None
        if kind is schema.TABLE:
            return self.table(value, field.table, path)
        if kind is schema.ARRAY_OF_TABLES:
            rows = _clean_string_rows(value, field.table)
            if rows is not None:
                return rows
            items = []
            for index, item in enumerate(value):
                if not isinstance(item, dict):
                    self.error(path + (index,), "E101", f"`{_dotted(path + (index,))}` must be a table")
                    items.append(None)
                else:
                    items.append(self.table(item, field.table, path + (index,)))
            return items
        if kind is schema.MAP_OF_TABLES:
            tables = {}
            for key, item in value.items():
                self.check_id(key, path + (key,), at_key=True)
                if not isinstance(item, dict):
                    self.error(path + (key,), "E101", f"`{_dotted(path + (key,))}` must be a table")
                else:
                    tables[key] = self.table(item, field.table, path + (key,))
            return tables
        if kind is schema.NUMBER_MAP:
            numbers = {}
            for key, number in value.items():
                self.check_id(key, path + (key,), at_key=True)
                numbers[key] = self.number(number, schema.Field(schema.NUMBER, minimum=0), path + (key,))
            return numbers
        if kind is schema.ARRAY:
            return [self.item(item, field, path + (index,)) for index, item in enumerate(value)]
        if kind in (schema.INTEGER, schema.NUMBER):
            return self.number(value, field, path)
        if kind is schema.STRING:
            return self.string(value, field, path)
        return value

    def item(self, value: Any, field: schema.Field, path: Path_) -> Any:
        if field.item_table and isinstance(value, dict):
            return self.table(value, field.item_table, path)
        assert field.item is not None
        if not field.item.test(value):
            alternative = " or a table" if field.item_table else ""
            self.error(path, "E101", f"`{_dotted(path)}` must be {field.item.name}{alternative}, not {_type_name(value)}")
            return None
        if field.item is schema.STRING:
            return self.string(value, schema.Field(schema.STRING), path)
        return self.number(value, schema.Field(field.item, minimum=0), path)

    def number(self, value: Any, field: schema.Field, path: Path_) -> Any:
        if not field.kind.test(value):
            self.error(path, "E101", f"`{_dotted(path)}` must be {field.kind.name}, not {_type_name(value)}")
            return None
        if isinstance(value, float) and not math.isfinite(value):
            self.error(path, "E106", f"`{_dotted(path)}` must be a finite number")
            return None
        if field.minimum is not None and value < field.minimum:
            self.error(path, "E106", f"`{_dotted(path)}` must be at least {field.minimum:g}, not {value}")
            return None
        return value

    def string(self, value: str, field: schema.Field, path: Path_) -> str | None:
        if len(value) > schema.MAX_TEXT:
            self.error(path, "E107", f"`{_dotted(path)}` is {len(value)} characters; the limit is {schema.MAX_TEXT}")
            return None
        unsafe = _UNSAFE_CHARS.search(value)
        if unsafe:
            import unicodedata

            name = unicodedata.name(unsafe.group(), f"U+{ord(unsafe.group()):04X}")
            self.error(path, "E107", f"`{_dotted(path)}` contains a control character ({name})")
            return None
        if field.choices and value not in field.choices:
            allowed = ", ".join(field.choices)
            hint = did_you_mean(value, field.choices)
            self.error(path, "E104", f"`{_dotted(path)}` is `{value}`; allowed: {allowed}{hint}")
            return None
        if field.is_id:
            return value if self.check_id(value, path) else None
        return value

    def check_id(self, value: str, path: Path_, at_key: bool = False) -> bool:
        if not schema.ID_PATTERN.fullmatch(value):
            self.error(
                path,
                "E105",
                f"`{value}` is not a valid id: use 1-64 lower-case letters, digits, `-` or `_`, starting with a letter or digit",
                at_key=at_key,
            )
            return False
        if value in schema.RESERVED_IDS:
            self.error(path, "E105", f"`{value}` is reserved as a device name on Windows; choose another id", at_key=at_key)
            return False
        return True

    # -- rules across keys -------------------------------------------------------
    def rules(self, doc: dict[str, Any]) -> None:
        info = doc["plan"] or {}
        limits = doc["limits"] or {}
        voting = doc["voting"] or {}
        start, end = info.get("start"), info.get("end")
        period_ok = start is not None and end is not None
        if period_ok and end < start:
            self.error(("plan", "end"), "E301", f"plan ends ({end}) before it starts ({start})")
            period_ok = False

        ids: dict[str, set[str]] = {}
        for collection in ("members", "meetings", "themes", "projects"):
            ids[collection] = self.unique_ids(doc[collection] or [], collection)
        roles = set((limits.get("capacity") or {}).keys())
        gates = set((limits.get("gates") or {}).keys())

        for index, project in enumerate(doc["projects"] or []):
            if project is None:
                continue
            here: Path_ = ("projects", index)
            self.reference(project["theme"], ids["themes"], here + ("theme",), "theme")
            for role in project["effort"] or {}:
                self.reference(role, roles, here + ("effort", role), "role (limits.capacity)", at_key=True)
            for gate_index, gate in enumerate(project["gates"] or []):
                self.reference(gate, gates, here + ("gates", gate_index), "gate (limits.gates)")
            p_start, p_end = project["start"], project["end"]
            if p_start is not None and p_end is not None and p_end < p_start:
                self.error(here + ("end",), "E301", f"project `{project['id']}` ends ({p_end}) before it starts ({p_start})")
            elif period_ok:
                for key in ("start", "end", "earliest", "latest"):
                    day = project[key]
                    if day is not None and not start <= day <= end:
                        self.error(here + (key,), "E302", f"{key} {day} is outside the plan period {start} to {end}")
            # The window the work may move within must hold the timed window.
            earliest, latest = project["earliest"], project["latest"]
            if earliest is not None and p_start is not None and earliest > p_start:
                self.error(here + ("earliest",), "E301", f"project `{project['id']}` may move no earlier than {earliest}, after it starts ({p_start})")
            if latest is not None and p_end is not None and latest < p_end:
                self.error(here + ("latest",), "E301", f"project `{project['id']}` may move no later than {latest}, before it ends ({p_end})")
            for m_index, milestone in enumerate(project["milestones"] or []):
                if milestone is None:
                    continue
                m_path = here + ("milestones", m_index)
                if milestone["at"]:
                    self.reference(milestone["at"], ids["meetings"], m_path + ("at",), "meeting")
                elif milestone["date"] is None:
                    self.error(m_path, "E102", "a milestone needs `at` (a meeting id) or `date`", at_key=True)

        pick = voting.get("pick") or {}
        pick_min, pick_max = pick.get("min"), pick.get("max")
        if pick_min is not None and pick_max is not None and pick_min > pick_max:
            self.error(("voting", "pick", "min"), "E303", f"pick.min ({pick_min}) is more than pick.max ({pick_max})")
        length = voting.get("ballot_length")
        if length is not None and pick_min is not None and length < pick_min:
            self.error(
                ("voting", "ballot_length"),
                "E303",
                f"ballot_length ({length}) is less than pick.min ({pick_min}): members could not rank enough projects",
            )
        weights = voting.get("weights") or []
        expected = length if length is not None else pick_max
        if weights and expected is not None and len(weights) != expected:
            self.error(("voting", "weights"), "E303", f"weights has {len(weights)} values; ballot_length is {expected}")

        decision = doc.get("decision")
        if decision:
            for key in ("selected",):
                for i, project_id in enumerate(decision[key] or []):
                    self.reference(project_id, ids["projects"], ("decision", key, i), "project")
            for i, ranked in enumerate(decision["ranking"] or []):
                if ranked:
                    self.reference(ranked["project"], ids["projects"], ("decision", "ranking", i, "project"), "project")
            for key in ("present", "apologies"):
                for i, member_id in enumerate(decision[key] or []):
                    self.reference(member_id, ids["members"], ("decision", key, i), "member")
            for i, action in enumerate(decision["actions"] or []):
                if action and action["due"]:
                    self.reference(action["due"], ids["meetings"], ("decision", "actions", i, "due"), "meeting")

    def unique_ids(self, items: list[dict[str, Any] | None], collection: str) -> set[str]:
        seen: set[str] = set()
        for index, item in enumerate(items):
            if not item or item.get("id") is None:
                continue
            if item["id"] in seen:
                self.error((collection, index, "id"), "E201", f"duplicate id `{item['id']}` in {collection}")
            seen.add(item["id"])
        return seen

    def reference(self, value: str | None, known: set[str], path: Path_, what: str, at_key: bool = False) -> None:
        if value is None or value in known:
            return
        hint = did_you_mean(value, sorted(known))
        self.error(path, "E202", f"unknown {what} `{value}`{hint}", at_key=at_key)


@lru_cache(maxsize=None)
def _string_table(name: str) -> tuple[tuple[str, bool, Any, frozenset[str], bool], ...] | None:
    """(key, required, default, choices, is_id) of each field of a table of strings only, else None."""
    fields = schema.TABLES[name]
    if not all(field.kind is schema.STRING for field in fields.values()):
        return None
    return tuple((k, f.required, f.default, frozenset(f.choices), f.is_id) for k, f in fields.items())


def _clean_string_rows(items: list[Any], name: str) -> list[dict[str, Any]] | None:
    """What _Checker.table gives for each item, when every item of a table of strings (a
    roster of members) passes every check; None when any might not, to be checked one by one.

    The checks run a column at a time (one pattern over all the labels, not one per label):
    _Checker.table per member was most of checking a 10,000-member plan.
    """
    spec = _string_table(name)
    if spec is None or not items:
        return None
    # Whole columns through map() and sets, no Python loop per member.
    if set(map(type, items)) != {dict}:
        return None  # an item that is not a table
    if not frozenset(field[0] for field in spec).issuperset(chain.from_iterable(items)):
        return None  # an unknown key
    columns = []
    for key, required, default, choices, is_id in spec:
        try:
            column = list(map(itemgetter(key), items)) if required else list(map(dict.get, items, repeat(key), repeat(default)))
        except KeyError:
            return None  # a required key missing
        if set(map(type, column)) != {str}:
            return None
        if max(map(len, column)) > schema.MAX_TEXT:
            return None
        joined = "\n".join(column)  # _UNSAFE_CHARS allows newlines: one search covers every value
        if _UNSAFE_CHARS.search(joined):
            return None
        if choices and not choices.issuperset(column):
            return None
        if is_id and not (all(map(schema.ID_PATTERN.fullmatch, column)) and schema.RESERVED_IDS.isdisjoint(column)):
            return None
        columns.append(column)
    names = [field[0] for field in spec]
    return [dict(zip(names, row)) for row in zip(*columns)]


def _copy_default(value: Any) -> Any:
    return type(value)() if isinstance(value, (dict, list)) else value


def _type_name(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int):
        return "a whole number"
    if isinstance(value, float):
        return "a number with a fraction"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, dt.datetime):
        return "a date and time"
    if isinstance(value, dt.date):
        return "a date"
    if isinstance(value, dt.time):
        return "a time"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "a table"
    return type(value).__name__


def _build(doc: dict[str, Any]) -> model.Plan:
    info = model.PlanInfo(**doc["plan"])
    limits_doc = doc["limits"]
    limits = model.Limits(
        budget=limits_doc["budget"],
        currency=limits_doc["currency"],
        total_budget=limits_doc["total_budget"],
        capacity=limits_doc["capacity"],
        gates=tuple(model.Gate(id=key, **value) for key, value in limits_doc["gates"].items()),
    )
    voting_doc = doc["voting"]
    pick = voting_doc["pick"]
    voting = model.VotingRules(
        pick_min=pick["min"],
        pick_max=pick["max"],
        ballot_length=voting_doc["ballot_length"] or pick["max"],
        method=voting_doc["method"],
        tie_break=voting_doc["tie_break"],
        seed=voting_doc["seed"],
        weights=tuple(voting_doc["weights"]),
        codes=voting_doc["codes"],
    )
    themes = tuple(
        model.Theme(
            id=theme["id"],
            title=theme["title"],
            activities=tuple(
                model.Activity(**activity) if isinstance(activity, dict) else model.Activity(text=activity)
                for activity in theme["activities"]
            ),
        )
        for theme in doc["themes"]
    )
    projects = tuple(
        model.Project(
            **{key: value for key, value in project.items() if key not in ("gates", "milestones")},
            gates=tuple(project["gates"]),
            milestones=tuple(model.Milestone(**milestone) for milestone in project["milestones"]),
        )
        for project in doc["projects"]
    )
    decision = None
    if doc["decision"] is not None:
        d = doc["decision"]
        decision = model.Decision(
            date=d["date"],
            method=d["method"],
            ballots=d["ballots"],
            rejected=d["rejected"],
            ranking=tuple(model.RankedScore(**ranked) for ranked in d["ranking"]),
            selected=tuple(d["selected"]),
            ties=tuple(d["ties"]),
            awaiting_approval=tuple(d["awaiting_approval"]),
            draft=d["draft"],
            present=tuple(d["present"]),
            apologies=tuple(d["apologies"]),
            actions=tuple(model.Action(**action) for action in d["actions"]),
        )
    return model.Plan(
        schema=doc["schema"],
        info=info,
        limits=limits,
        voting=voting,
        members=tuple(model.Member(**member) for member in doc["members"]),
        meetings=tuple(model.Meeting(**meeting) for meeting in doc["meetings"]),
        themes=themes,
        projects=projects,
        decision=decision,
    )


# -- writing -------------------------------------------------------------------


def _drop_defaults(table: dict[str, Any], name: str) -> dict[str, Any]:
    """Keys whose value equals the schema default are left out, so written plans stay short."""
    required, defaults = _table_defaults(name)
    return {key: value for key, value in table.items() if key in required or (value is not None and value != defaults[key])}


@lru_cache(maxsize=None)
def _table_defaults(name: str) -> tuple[frozenset[str], dict[str, Any]]:
    """A schema table's required keys and every key's default, looked up once, not per value."""
    fields = schema.TABLES[name]
    return frozenset(key for key, field in fields.items() if field.required), {k: f.default for k, f in fields.items()}


def plan_to_document(plan: model.Plan) -> dict[str, Any]:
    """The plan as a TOML-ready dict in the documented key order."""
    voting = plan.voting
    voting_doc = {
        "pick": {"min": voting.pick_min, "max": voting.pick_max},
        "ballot_length": voting.ballot_length,
        "method": voting.method,
        "tie_break": voting.tie_break,
        "seed": voting.seed,
        "weights": list(voting.weights),
        "codes": voting.codes,
    }
    limits = plan.limits
    document: dict[str, Any] = {
        "schema": plan.schema,
        "plan": _drop_defaults(
            {
                "title": plan.info.title,
                "board": plan.info.board,
                "cycle": plan.info.cycle,
                "start": plan.info.start,
                "end": plan.info.end,
                "status": plan.info.status,
            },
            "plan",
        ),
        "limits": _drop_defaults(
            {
                "budget": limits.budget,
                "currency": limits.currency,
                "total_budget": limits.total_budget,
                "capacity": dict(limits.capacity),
                "gates": {gate.id: {"label": gate.label, "approval": gate.approval} for gate in limits.gates},
            },
            "limits",
        ),
        "voting": _drop_defaults(voting_doc, "voting"),
        "members": _documents(plan.members, "member"),
        "meetings": _documents(plan.meetings, "meeting"),
        "themes": [
            {
                "id": theme.id,
                "title": theme.title,
                "activities": [
                    activity.text
                    if (activity.status, activity.note) == ("planned", "")
                    else _drop_defaults(_fields(activity), "activity")
                    for activity in theme.activities
                ],
            }
            for theme in plan.themes
        ],
        "projects": [_project_document(project) for project in plan.projects],
    }
    if plan.decision is not None:
        decision = _fields(plan.decision)
        decision["ranking"] = [_fields(ranked) for ranked in plan.decision.ranking]
        decision["actions"] = _documents(plan.decision.actions, "action")
        document["decision"] = _drop_defaults(decision, "decision")
    return {key: value for key, value in document.items() if value != []}


def _project_document(project: model.Project) -> dict[str, Any]:
    fields = _fields(project)
    fields["effort"] = dict(project.effort)
    fields["milestones"] = _documents(project.milestones, "milestone")
    return _drop_defaults(fields, "project")


def _fields(instance: Any) -> dict[str, Any]:
    """attrs.asdict(instance, recurse=False) with tuples as lists (asdict per member was a
    third of fingerprinting a 10,000-member plan)."""
    fields = {}
    for key in _field_names(type(instance)):
        value = getattr(instance, key)
        fields[key] = list(value) if isinstance(value, tuple) else value
    return fields


def _documents(instances: tuple[Any, ...], name: str) -> list[dict[str, Any]]:
    """[_drop_defaults(_fields(i), name) for i in instances] (instances of one class), without
    two dicts and two calls per instance: a third of fingerprinting a 10,000-member roster."""
    if not instances:
        return []
    names = _field_names(type(instances[0]))
    required, defaults = _table_defaults(name)
    documents = []
    for instance in instances:
        document = {}
        for key in names:
            value = getattr(instance, key)
            if isinstance(value, tuple):
                value = list(value)
            if key in required or (value is not None and value != defaults[key]):
                document[key] = value
        documents.append(document)
    return documents


@lru_cache(maxsize=None)
def _field_names(cls: type) -> tuple[str, ...]:
    import attrs

    return tuple(field.name for field in attrs.fields(cls))


def dumps_plan(plan: model.Plan) -> str:
    """The plan as TOML in the layout people write by hand: one `[[projects]]` block per project."""
    return dumps_document(plan_to_document(plan))


def dumps_document(document: dict[str, Any]) -> str:
    lines: list[str] = []
    _emit_keys(lines, {k: v for k, v in document.items() if not isinstance(v, (dict, list))})
    for key, value in document.items():
        if isinstance(value, dict):
            _emit_table(lines, key, value)
        elif isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
            for item in value:
                lines.append("")
                lines.append(f"[[{_format_key(key)}]]")
                _emit_keys(lines, item)
        elif isinstance(value, list):
            _emit_keys(lines, {key: value})
    return "\n".join(lines).lstrip("\n") + "\n"


# Tables written as inline `{ ... }` values rather than `[header]` sections.
_INLINE_TABLE_KEYS = frozenset({"pick", "effort"})


def _emit_table(lines: list[str], header: str, table: dict[str, Any]) -> None:
    sections = {k: v for k, v in table.items() if isinstance(v, dict) and k not in _INLINE_TABLE_KEYS}
    lines.append("")
    lines.append(f"[{header}]")
    _emit_keys(lines, {k: v for k, v in table.items() if k not in sections})
    for key, value in sections.items():
        if value and all(isinstance(item, dict) for item in value.values()):
            for sub_key, sub_value in value.items():
                _emit_table(lines, f"{header}.{_format_key(key)}.{_format_key(sub_key)}", sub_value)
        else:
            _emit_table(lines, f"{header}.{_format_key(key)}", value)


def _emit_keys(lines: list[str], table: dict[str, Any]) -> None:
    for key, value in table.items():
        lines.append(f"{_format_key(key)} = {_format_value(value, top=True)}")


_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


@lru_cache(maxsize=1024)
def _format_key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) else _format_value(key)


def _format_value(value: Any, top: bool = False) -> str:
    if type(value) is str and _NEEDS_ESCAPE.search(value) is None:  # most values: nothing to escape
        return '"' + value + '"'
    import tomli_w

    if isinstance(value, dict):
        if not value:
            return "{}"
        return "{ " + ", ".join(f"{_format_key(k)} = {_format_value(v)}" for k, v in value.items()) + " }"
    if isinstance(value, list):
        items = [_format_value(item) for item in value]
        one_line = "[" + ", ".join(items) + "]"
        if not items or (len(one_line) <= 60 and not any(isinstance(item, dict) for item in value)):
            return one_line
        return "[\n" + "".join(f"  {item},\n" for item in items) + "]"
    # Plain strings, whole numbers, booleans and dates are most of a plan: format them here,
    # as tomli-w would, because calling it per value made writing a large plan slow.
    if isinstance(value, str) and not (top and "\n" in value):
        return '"' + value.translate(_BASIC_STRING_ESCAPES) + '"'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int) or type(value) is dt.date:
        return str(value)
    rendered = tomli_w.dumps({"v": value}, multiline_strings=top)
    return rendered[len("v = ") :].rstrip("\n")


# Exactly the characters _BASIC_STRING_ESCAPES maps.
_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f\x7f"\\]')
_BASIC_STRING_ESCAPES = {
    **{code: f"\\u{code:04x}" for code in list(range(0x20)) + [0x7F]},
    ord("\b"): "\\b",
    ord("\t"): "\\t",
    ord("\n"): "\\n",
    ord("\f"): "\\f",
    ord("\r"): "\\r",
    ord('"'): '\\"',
    ord("\\"): "\\\\",
}


def fingerprint(plan: model.Plan) -> str:
    """Identifies what a vote depends on: the plan minus its decision and progress records."""
    import hashlib

    document = plan_to_document(plan)
    document.pop("decision", None)
    document["plan"].pop("status", None)
    for project in document.get("projects", []):
        for key in ("status", "progress", "note"):
            project.pop(key, None)
    for theme in document.get("themes", []):
        theme["activities"] = [a if isinstance(a, str) else a["text"] for a in theme["activities"]]
    return "sha256:" + hashlib.sha256(dumps_document(document).encode()).hexdigest()[:16]


def atomic_write(path: str | os.PathLike[str], data: str | bytes, *, create: bool = False) -> None:
    """Write all of data or nothing: temporary file in the same folder, fsync, rename.

    With `create`, the file must not exist yet: the temporary file is hard-linked into
    place, which fails if any other process got there first (E402), where a check with
    `exists()` before writing would let two writers both pass and the second silently win.
    Raises WorkplanError (E403) with the reason when the folder cannot be written; the old
    file, if any, is left as it was and the temporary file is removed.
    """
    import tempfile

    path = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    folder = path.parent if str(path.parent) else Path(".")
    temporary = None
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        try:
            _write_all(descriptor, payload)
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        if create:
            if _link_new(temporary, path):  # linked: the temporary is a second name to remove
                os.unlink(temporary)
        else:
            os.replace(temporary, path)
        temporary = None
        _fsync_folder(folder)
    except FileExistsError:
        raise WorkplanError.single(str(path), "E402", "already exists; choose another name or remove it first") from None
    except OSError as error:
        raise WorkplanError.single(str(path), "E403", f"cannot write: {error.strerror or error}") from None
    finally:
        if temporary is not None:
            try:
                os.unlink(temporary)
            except OSError:
                pass


def _write_all(descriptor: int, payload: bytes) -> None:
    # os.write may write less than asked (signals, pipes, nearly full disks); loop until done.
    view = memoryview(payload)
    while view:
        written = os.write(descriptor, view)
        view = view[written:]


def _link_new(temporary: str, path: Path) -> bool:
    """Put the finished temporary file at path only if path does not exist (FileExistsError).

    True when it was hard-linked (the temporary name remains), False when renamed.
    """
    try:
        os.link(temporary, path)
        return True
    except FileExistsError:
        raise
    except OSError as error:
        # Some file systems (FAT, some network shares) have no hard links. Claim the name
        # with O_EXCL instead, then rename the full file over the claim: a reader may see an
        # empty file for a moment (a ballot reader rejects it as empty), never half a file.
        if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK, errno.EXDEV):
            raise
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        os.replace(temporary, path)
        return False


def _fsync_folder(folder: Path) -> None:
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def write_plan(plan: model.Plan, path: str | os.PathLike[str]) -> None:
    atomic_write(path, dumps_plan(plan))
