"""Checking a parsed plan document against the schema, collecting every problem in one pass.

`check_document` walks the document against schema.TABLES (types, required and unknown
keys, allowed values, ids, safe text), then the rules across keys (references resolve,
dates fall in the plan period, voting rules agree), and gives the values with every default
filled in for plan_io to build the model from; or raises WorkplanError with every
problem, located at its key or value in the text.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from functools import cache
from itertools import chain, repeat
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from workplan_tui import schema
from workplan_tui.errors import LocatedError, WorkplanError
from workplan_tui.text import UNSAFE_IN_TEXT, cut, did_you_mean, shown_number

if TYPE_CHECKING:
    from workplan_tui.locate import KeyPath, Locations

_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
_AWAITING = re.compile(r"(?P<project>[^:\s]+): (?P<gate>[^\s(]+) \((?P<approval>.*)\)", re.DOTALL)

# The locator and unicodedata are imported where used: a valid plan never needs them.


def check_document(document: dict[str, Any], file: str, text: str) -> dict[str, Any]:
    """The document's values, every default filled in; WorkplanError with every problem found.

    text is what document was parsed from: the errors point at its lines and columns.
    """
    checker = Checker(file, text)
    values = checker.check(document)
    if checker.errors:
        from workplan_tui.plan_words import in_words  # only when there is something to say

        errors = in_words(checker.errors, document)
        raise WorkplanError(sorted(errors, key=lambda e: (e.line, e.column, e.code, e.message)))
    assert values is not None
    return values


def _dotted(path: KeyPath) -> str:
    text = ""
    for part in path:
        key = part if isinstance(part, int) else cut(part)  # a key may be as long as a value
        text += f"[{key}]" if isinstance(key, int) else (f".{key}" if text else key)
    return text or "document"


class Checker:
    """Walks a parsed document against schema.TABLES, collecting every problem."""

    def __init__(self, file: str, text: str) -> None:
        self.file = file
        self.text = text
        self._where: Locations | None = None
        self.errors: list[LocatedError] = []
        self.currency = "GBP"  # how an amount written as text is read ("12 500,50 zł")

    @property
    def where(self) -> Locations:
        if self._where is None:
            from workplan_tui.locate import Locations, locate

            try:
                self._where = locate(self.text)
            except RecursionError:  # deeply nested values: report at the top of the file
                self._where = Locations()
        return self._where

    def error(self, path: KeyPath, code: str, message: str, *, at_key: bool = False, about: KeyPath | None = None) -> None:
        """A problem placed at path (its key, or its value), about the key path `about` when
        that is not in the text to point at (a required key left out)."""
        position = self.where.key(path) if at_key else self.where.value(path)
        about = tuple(path if about is None else about)
        self.errors.append(LocatedError(self.file, position.line, position.column, code, message, path=about))

    # -- structure ---------------------------------------------------------------
    def check(self, document: dict[str, Any]) -> dict[str, Any] | None:
        """The checked values (defaults filled in), or None when any problem was found."""
        limits = document.get("limits")
        currency = limits.get("currency") if isinstance(limits, dict) else None
        if isinstance(currency, str):
            self.currency = currency
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
        return None if self.errors else values

    def table(self, raw: Any, name: str, path: KeyPath) -> dict[str, Any] | None:
        fields = schema.TABLES[name]
        result: dict[str, Any] = {}
        for key in raw:
            if key not in fields:
                hint = did_you_mean(key, tuple(fields))
                where = _dotted(path) if path else "the top level"
                self.error(path + (key,), "E103", f"unknown key `{cut(key)}` in {where}{hint}", at_key=True)
        for key, field in fields.items():
            if key not in raw:
                if field.required:
                    where = _dotted(path) if path else "the top level"
                    self.error(path, "E102", f"missing required key `{key}` in {where}", at_key=True, about=path + (key,))
                    result[key] = None
                elif field.kind is schema.TABLE and field.default is not None:
                    result[key] = self.table({}, field.table, path + (key,))  # fills nested defaults
                else:
                    result[key] = _copy_default(field.default)
                continue
            result[key] = self.value(raw[key], field, path + (key,))
        return result

    def value(self, value: Any, field: schema.Field, path: KeyPath) -> Any:
        kind = field.kind
        if not kind.test(value):
            self.error(path, "E101", f"`{_dotted(path)}` must be {kind.name}, not {_type_name(value)}")
            return None
        if kind is schema.DATE or kind is schema.DATETIME:
            return self.date(value, path)
        if kind is schema.TABLE:
            return self.table(value, field.table, path)
        if kind is schema.ARRAY_OF_TABLES:
            rows = clean_string_rows(value, field.table)
            if rows is not None:
                return rows
            items: list[dict[str, Any] | None] = []
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
                numbers[key] = self.number(number, schema.Field(schema.NUMBER, minimum=field.minimum, maximum=field.maximum), path + (key,))
            return numbers
        if kind is schema.STRING_MAP:
            labels = {}
            for key, text in value.items():
                self.check_id(key, path + (key,), at_key=True)
                if not isinstance(text, str):
                    self.error(path + (key,), "E101", f"`{_dotted(path + (key,))}` must be a string, not {_type_name(text)}")
                else:
                    labels[key] = self.string(text, schema.Field(schema.STRING), path + (key,))
            return labels
        if kind is schema.ARRAY:
            return [self.item(item, field, path + (index,)) for index, item in enumerate(value)]
        if kind in (schema.INTEGER, schema.NUMBER):
            return self.number(value, field, path)
        if kind is schema.MONEY:
            return self.money(value, field, path)
        if kind is schema.STRING:
            return self.string(value, field, path)
        return value

    def item(self, value: Any, field: schema.Field, path: KeyPath) -> Any:
        if field.item_table and isinstance(value, dict):
            return self.table(value, field.item_table, path)
        assert field.item is not None
        if not field.item.test(value):
            alternative = " or a table" if field.item_table else ""
            self.error(path, "E101", f"`{_dotted(path)}` must be {field.item.name}{alternative}, not {_type_name(value)}")
            return None
        if field.item is schema.STRING:
            return self.string(value, schema.Field(schema.STRING, choices=field.choices), path)
        return self.number(value, schema.Field(field.item, minimum=field.minimum, maximum=field.maximum), path)

    def number(self, value: Any, field: schema.Field, path: KeyPath) -> Any:
        if not field.kind.test(value):
            self.error(path, "E101", f"`{_dotted(path)}` must be {field.kind.name}, not {_type_name(value)}")
            return None
        if isinstance(value, float) and not math.isfinite(value):
            self.error(path, "E106", f"`{_dotted(path)}` must be a finite number")
            return None
        if field.minimum is not None and value < field.minimum:
            self.error(path, "E106", f"`{_dotted(path)}` must be at least {_bound(field.minimum)}, not {shown_number(value)}")
            return None
        if field.maximum is not None and value > field.maximum:
            self.error(path, "E106", f"`{_dotted(path)}` must be at most {_bound(field.maximum)}, not {shown_number(value)}")
            return None
        # The reader's float keeps its literal (for money); the model holds plain floats.
        return float(value) if type(value) is not float and isinstance(value, float) else value

    def money(self, value: Any, field: schema.Field, path: KeyPath) -> int | None:
        """An amount (12500, 12500.50, "12,500.50") in minor units; E150–E152, E106 out of range."""
        from decimal import Decimal

        from workplan_tui.money import MINOR_PER_UNIT, AmountError, amount_of, to_minor

        subject = f"`{_dotted(path)}`"
        try:
            amount = amount_of(value, self.currency)
        except AmountError as error:
            self.error(path, error.code, error.message(subject, _written(value)))
            return None
        # Compared as Decimals: an amount such as 1e999999 is out of range, not an int to make.
        if field.minimum is not None and amount < Decimal(int(field.minimum)) / MINOR_PER_UNIT:
            self.error(path, "E106", f"{subject} must be at least {_bound(field.minimum / MINOR_PER_UNIT)}, not {_written(value)}")
            return None
        if field.maximum is not None and amount > Decimal(int(field.maximum)) / MINOR_PER_UNIT:
            self.error(path, "E106", f"{subject} must be at most {_bound(field.maximum / MINOR_PER_UNIT)}, not {_written(value)}")
            return None
        return to_minor(amount)

    def date(self, value: dt.date, path: KeyPath) -> dt.date | None:
        """A date (or the day of a date and time) in schema.FIRST_DATE … LAST_DATE (E106)."""
        day = value.date() if isinstance(value, dt.datetime) else value
        if not schema.FIRST_DATE <= day <= schema.LAST_DATE:
            self.error(
                path, "E106",
                f"`{_dotted(path)}` is {day}; a date must be from {schema.FIRST_DATE} to {schema.LAST_DATE}",
            )
            return None
        return value

    def string(self, value: str, field: schema.Field, path: KeyPath) -> str | None:
        if len(value) > schema.MAX_TEXT:
            self.error(path, "E107", f"`{_dotted(path)}` is {len(value)} characters; the limit is {schema.MAX_TEXT}")
            return None
        unsafe = UNSAFE_IN_TEXT.search(value)
        if unsafe:
            import unicodedata

            name = unicodedata.name(unsafe.group(), f"U+{ord(unsafe.group()):04X}")
            self.error(path, "E107", f"`{_dotted(path)}` contains a control character ({name})")
            return None
        if field.choices and value not in field.choices:
            allowed = ", ".join(field.choices)
            hint = did_you_mean(value, field.choices)
            self.error(path, "E104", f"`{_dotted(path)}` is `{cut(value)}`; allowed: {allowed}{hint}")
            return None
        if field.is_id:
            return value if self.check_id(value, path) else None
        return value

    def ballot_rules(self, voting: dict[str, Any]) -> None:
        """The ballot kind, the threshold and equal shares agree with the method (docs/voting.md)."""
        from workplan_tui.voting.threshold import threshold_problem

        kind, method = voting.get("ballot") or "ranking", voting.get("method") or "points"
        # Each kind of ballot is counted by the one method that reads what it holds.
        needs = {"approval": "approval", "points": "points"}.get(kind)
        if needs and method != needs:
            self.error(
                ("voting", "method"), "E140",
                f"{kind} ballots are counted by the method `{needs}`, not `{method}`",
            )
        if kind == "points" and voting.get("points") is None:
            self.error(("voting", "ballot"), "E140", "points ballots need `points`: the most points one voter may give in all")
        if kind != "points" and voting.get("points") is not None:
            self.error(("voting", "points"), "E140", "`points` is for points ballots (ballot = \"points\")")
        if voting.get("codes") is True and voting.get("roll") == "open":
            from workplan_tui.voting.codes import OPEN_ROLL_CODES

            self.error(("voting", "codes"), "E145", OPEN_ROLL_CODES)
        threshold = voting.get("threshold")
        if threshold is not None:
            problem = threshold_problem(threshold)
            if problem:
                self.error(("voting", "threshold"), "E141", problem)
        if (voting.get("completion") or "none") != "none" and voting.get("selection") != "equal-shares":
            self.error(("voting", "completion"), "E140", "`completion` is for the selection rule equal-shares")

    def check_id(self, value: str, path: KeyPath, at_key: bool = False) -> bool:
        if not schema.ID_PATTERN.fullmatch(value):
            self.error(
                path,
                "E105",
                f"`{cut(value)}` is not a valid id: use 1-64 lower-case letters, digits, `-` or `_`, starting with a letter or digit",
                at_key=at_key,
            )
            return False
        if value in schema.RESERVED_IDS:
            self.error(path, "E105", f"`{cut(value)}` is reserved as a device name on Windows; choose another id", at_key=at_key)
            return False
        return True

    # -- rules across keys -------------------------------------------------------
    def rules(self, doc: dict[str, Any]) -> None:
        info = doc["plan"] or {}
        limits = doc["limits"] or {}
        voting = doc["voting"] or {}
        self.report_contact(doc.get("report"))
        start: Any = info.get("start")
        end: Any = info.get("end")
        period_ok = start is not None and end is not None
        if period_ok and end < start:
            self.error(("plan", "end"), "E301", f"plan ends ({end}) before it starts ({start})")
            period_ok = False
        elif period_ok and end >= _years_after(start, schema.MAX_PERIOD_YEARS):
            # Every project's load is spread over the months of its window, and the schedule
            # re-times each over the period: a period of centuries is a slip, not a plan.
            self.error(
                ("plan", "end"), "E106",
                f"the plan period {start} to {end} is longer than {schema.MAX_PERIOD_YEARS} years, the most a plan covers",
            )

        ids: dict[str, set[str]] = {}
        for collection in ("members", "meetings", "themes", "projects"):
            ids[collection] = self.unique_ids(doc[collection] or [], collection)
        roles = set((limits.get("capacity") or {}).keys())
        gates = set((limits.get("gates") or {}).keys())
        for role in limits.get("roles") or {}:
            self.reference(role, roles, ("limits", "roles", role), "role (limits.capacity)", at_key=True)

        paper = doc["paper"] or {}
        for posts in ("funded_posts", "flexible_posts"):
            for role in paper.get(posts) or {}:
                self.reference(role, roles, ("paper", posts, role), "role (limits.capacity)", at_key=True)
        self.listed_once(paper.get("estimated") or [], ("paper", "estimated"), "[paper]")

        for index, project in enumerate(doc["projects"] or []):
            if project is None:
                continue
            here: KeyPath = ("projects", index)
            self.reference(project["theme"], ids["themes"], here + ("theme",), "theme")
            for role in project["effort"] or {}:
                self.reference(role, roles, here + ("effort", role), "role (limits.capacity)", at_key=True)
            for gate_index, gate in enumerate(project["gates"] or []):
                self.reference(gate, gates, here + ("gates", gate_index), "gate (limits.gates)")
            self.listed_once(project["estimated"] or [], here + ("estimated",), f"project `{project['id']}`")
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

        self.interests(doc["interests"] or [], ids)
        note = doc.get("note")
        if note and note["meeting"]:
            self.reference(note["meeting"], ids["meetings"], ("note", "meeting"), "meeting")

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
        self.ballot_rules(voting)
        roll = voting.get("roll")
        if isinstance(roll, str):
            from workplan_tui.voting.rolls import roll_problem

            problem = roll_problem(roll)
            if problem:
                self.error(("voting", "roll"), "E422", problem)
        opens, closes = voting.get("opens"), voting.get("closes")
        if opens is not None and closes is not None:
            from workplan_tui.moments import instant, said

            if instant(closes) <= instant(opens):
                self.error(
                    ("voting", "closes"), "E110",
                    f"the vote closes ({said(closes)}) before it opens ({said(opens, like=closes)}): it would never be open",
                )

        official = doc.get("official")
        if official:
            for i, project_id in enumerate(official["selected"] or []):
                self.reference(project_id, ids["projects"], ("official", "selected", i), "project")
            self.listed_once(official["selected"] or [], ("official", "selected"), "the official outcome")

        decision = doc.get("decision")
        if decision:
            for key in ("selected", "counted"):
                for i, project_id in enumerate(decision[key] or []):
                    self.reference(project_id, ids["projects"], ("decision", key, i), "project")
            for i, entry in enumerate(decision["awaiting_approval"] or []):
                self.awaiting(entry, ids["projects"], gates, ("decision", "awaiting_approval", i))
            # The record names each project, gate and member once: a repeat is a hand edit's slip
            # (agree writes each once), and verify and the paper would count it twice.
            for key in ("selected", "counted", "awaiting_approval", "present", "apologies", "voters"):
                self.listed_once(decision[key] or [], ("decision", key), "the decision")
            for i, scheduled in enumerate(decision["schedule"] or []):
                if scheduled:
                    self.reference(scheduled["project"], ids["projects"], ("decision", "schedule", i, "project"), "project")
                    self.reference(scheduled["role"], roles, ("decision", "schedule", i, "role"), "role (limits.capacity)")
                    for month in scheduled["days"] or {}:
                        self.month(month, ("decision", "schedule", i, "days", month), at_key=True)
            for i, short in enumerate((decision["advice"] or {}).get("shortfall") or []):
                if short:
                    self.reference(short["role"], roles, ("decision", "advice", "shortfall", i, "role"), "role (limits.capacity)")
                    self.month(short["month"], ("decision", "advice", "shortfall", i, "month"))
            for i, ranked in enumerate(decision["ranking"] or []):
                if ranked:
                    self.reference(ranked["project"], ids["projects"], ("decision", "ranking", i, "project"), "project")
            # On a roll outside the plan (a CSV file, an open roll) the voters are not members:
            # `workplan verify` checks them against the roll and the box.
            on_members_roll = (doc.get("voting") or {}).get("roll", "members") == "members"
            for key in ("present", "apologies", "voters") if on_members_roll else ("present", "apologies"):
                for i, member_id in enumerate(decision[key] or []):
                    self.reference(member_id, ids["members"], ("decision", key, i), "member")
            self.attendance_record(decision, ids["members"])
            for i, action in enumerate(decision["actions"] or []):
                if action and action["due"]:
                    self.reference(action["due"], ids["meetings"], ("decision", "actions", i, "due"), "meeting")

    def report_contact(self, report: dict[str, Any] | None) -> None:
        """`[report] contact` is a position, never a person's details: an email address or a
        phone number there is refused (E128), since the report is published."""
        contact = (report or {}).get("contact")
        if isinstance(contact, str) and (("@" in contact) or _PHONE.search(contact)):
            self.error(
                ("report", "contact"), "E128",
                f"`report.contact` is `{cut(contact)}`: give the contact officer's position, a role such as "
                "\"Principal Policy Adviser\", not a name, email address or phone number",
            )

    def attendance_record(self, decision: dict[str, Any], members: set[str]) -> None:
        """Who stood in for whom names members, each once, none of them also present; a
        decision below its quorum says the Board confirmed it (the rules: attendance.py)."""
        present = set(decision["present"] or [])
        for i, member_id in enumerate(decision["apologies"] or []):
            if member_id in present:
                self.error(
                    ("decision", "apologies", i), "E201",
                    f"`decision.apologies`: `{cut(member_id)}` is also listed as present",
                )
        seen: dict[str, set[str]] = {"member": set(), "stands_for": set()}
        for i, substitute in enumerate(decision["substitutes"] or []):
            if not substitute:
                continue
            for key in ("member", "stands_for"):
                here = ("decision", "substitutes", i, key)
                member_id = substitute[key]
                if member_id is None:
                    continue
                self.reference(member_id, members, here, "member")
                if member_id in seen[key]:
                    what = "stands in twice" if key == "member" else "has two substitutes"
                    self.error(here, "E201", f"`decision.substitutes`: `{cut(member_id)}` {what}")
                seen[key].add(member_id)
                if member_id in present:
                    self.error(here, "E201", f"`decision.substitutes`: `{cut(member_id)}` is also listed as present")
        quorum = decision["quorum"] or {}
        required, counted = quorum.get("required"), quorum.get("counted")
        if required is not None and counted is not None and counted < required and not quorum.get("confirmed"):
            self.error(
                ("decision", "quorum", "counted"), "E409",
                f"the decision was below its quorum ({counted} of {required}) and does not record the Board's confirmation",
            )
    def awaiting(self, entry: str | None, projects: set[str], gates: set[str], path: KeyPath) -> None:
        """An entry of `awaiting_approval` as agree.awaiting_approval writes it, naming a
        project and a gate of the plan: "modern-slavery: research_team (Senior Management Team)"."""
        if entry is None:
            return
        match = _AWAITING.fullmatch(entry)
        if match is None:
            self.error(
                path, "E104",
                f"`{_dotted(path)}` is `{cut(entry)}`; write it as \"<project>: <gate> (<who approves>)\"",
            )
            return
        self.reference(match["project"], projects, path, "project")
        self.reference(match["gate"], gates, path, "gate (limits.gates)")

    def interests(self, interests: list[dict[str, Any] | None], ids: dict[str, set[str]]) -> None:
        """Each declaration names a member and a project of the plan, and is made once (E108)."""
        seen: set[tuple[str, str]] = set()
        for index, interest in enumerate(interests):
            if interest is None:
                continue
            here: KeyPath = ("interests", index)
            member, project = interest["member"], interest["project"]
            for key, value, known, what in (
                ("member", member, ids["members"], "member"),
                ("project", project, ids["projects"], "project"),
            ):
                if value is not None and value not in known:
                    hint = did_you_mean(value, sorted(known))
                    self.error(here + (key,), "E108", f"a declaration of interest names an unknown {what} `{cut(value)}`{hint}")
            if member is None or project is None:
                continue
            if (member, project) in seen:
                self.error(here, "E108", f"`{cut(member)}` has already declared an interest in `{cut(project)}`", at_key=True)
            seen.add((member, project))

    def month(self, value: str | None, path: KeyPath, at_key: bool = False) -> None:
        """A "YYYY-MM" month, as the decision's schedule and shortfall name them."""
        if value is not None and not (
            _MONTH.fullmatch(value) and schema.FIRST_DATE.year <= int(value[:4]) <= schema.LAST_DATE.year
        ):
            self.error(path, "E101", f"`{_dotted(path)}`: `{cut(value)}` is not a month like 2023-05", at_key=at_key)

    def unique_ids(self, items: list[dict[str, Any] | None], collection: str) -> set[str]:
        seen: set[str] = set()
        for index, item in enumerate(items):
            if not item or item.get("id") is None:
                continue
            if item["id"] in seen:
                self.error((collection, index, "id"), "E201", f"duplicate id `{cut(item['id'])}` in {collection}")
            seen.add(item["id"])
        return seen

    def listed_once(self, values: list[str | None], path: KeyPath, owner: str) -> None:
        """Each value of a list of choices at most once: a repeat is a slip, not a second meaning."""
        seen: set[str] = set()
        for index, value in enumerate(values):
            if value in seen:
                self.error(path + (index,), "E201", f"`{path[-1]}` of {owner} lists `{cut(value)}` twice")
            if value is not None:
                seen.add(value)

    def reference(self, value: str | None, known: set[str], path: KeyPath, what: str, at_key: bool = False) -> None:
        if value is None or value in known:
            return
        hint = did_you_mean(value, sorted(known))
        self.error(path, "E202", f"unknown {what} `{cut(value)}`{hint}", at_key=at_key)


@cache
def _string_table(name: str) -> tuple[tuple[str, bool, Any, frozenset[str], bool], ...] | None:
    """(key, required, default, choices, is_id) of each field of a table of strings only, else None."""
    fields = schema.TABLES[name]
    if not all(field.kind is schema.STRING for field in fields.values()):
        return None
    return tuple((k, f.required, f.default, frozenset(f.choices), f.is_id) for k, f in fields.items())


def clean_string_rows(items: list[Any], name: str) -> list[dict[str, Any]] | None:
    """What Checker.table gives for each item, when every item of a table of strings (a
    roster of members) passes every check; None when any might not, to be checked one by one.

    The checks run a column at a time (one pattern over all the labels, not one per label):
    Checker.table per member was most of checking a 10,000-member plan.
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
        column: list[Any]
        try:
            column = list(map(itemgetter(key), items)) if required else list(map(dict.get, items, repeat(key), repeat(default)))
        except KeyError:
            return None  # a required key missing
        if set(map(type, column)) != {str}:
            return None
        if max(map(len, column)) > schema.MAX_TEXT:
            return None
        joined = "\n".join(column)  # UNSAFE_IN_TEXT allows newlines: one search covers every value
        if UNSAFE_IN_TEXT.search(joined):
            return None
        if choices and not choices.issuperset(column):
            return None
        if is_id and not (all(map(schema.ID_PATTERN.fullmatch, column)) and schema.RESERVED_IDS.isdisjoint(column)):
            return None
        columns.append(column)
    names = [field[0] for field in spec]
    return [dict(zip(names, row, strict=True)) for row in zip(*columns, strict=True)]


def _written(value: Any) -> str:
    """A number as the file wrote it: a float's TOML literal (12500.505, not its binary
    nearest), text cut, an integer said by its size when huge."""
    literal = getattr(value, "literal", None)
    if isinstance(literal, str):
        return cut(literal)
    return cut(value) if isinstance(value, str) else shown_number(value)
# Seven or more digits, spaces and dashes between: a phone number, not a job title.
_PHONE = re.compile(r"\d[\d ()-]{5,}\d")


def _bound(limit: float) -> str:
    """A range's end as a message says it: 1,000,000,000,000, not 1e+12."""
    return f"{int(limit):,}" if limit == int(limit) else f"{limit:g}"


def _years_after(day: dt.date, years: int) -> dt.date:
    """The same day `years` on (28 February for 29 February), or the last date there is."""
    try:
        return day.replace(year=day.year + years, day=min(day.day, 28) if day.month == 2 else day.day)
    except ValueError:  # past year 9999
        return dt.date.max


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
