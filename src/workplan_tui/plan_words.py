"""The validator's problems in the Board's words, for the app.

The command line keeps `FILE:LINE:COL: EXXX message`, which names keys as the file writes them
(`projects[3].end`); the app shows `LocatedError.words` instead: the field as people say it
("End date"), the item by its title or label ("of Cohesion impact of court cases"), members and
roles by their labels, days as "3 Apr 2023", whole sentences ("End date is required."). Built
from the error's key path and the document it was found in, so validation.py only says where a
problem is; what a message says in words is decided here, in one place.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import attrs

from workplan_tui import schema
from workplan_tui.errors import LocatedError
from workplan_tui.text import readable_id

if TYPE_CHECKING:
    from workplan_tui.model import Plan

# (table, key) -> the field as a sentence names it. A key missing here reads as its id in words.
FIELD_WORDS: dict[tuple[str, str], str] = {
    ("document", "schema"): "the schema version",
    ("document", "plan"): "the plan table",
    ("document", "limits"): "the limits table",
    ("plan", "title"): "the plan's title",
    ("plan", "board"): "the board's name",
    ("plan", "cycle"): "the board cycle",
    ("plan", "start"): "the first day of the plan period",
    ("plan", "end"): "the last day of the plan period",
    ("plan", "status"): "the plan's status",
    ("limits", "budget"): "the budget",
    ("limits", "currency"): "the currency",
    ("limits", "total_budget"): "the whole policy budget",
    ("limits", "capacity"): "capacity",
    ("limits", "roles"): "label",
    ("gate", "label"): "label",
    ("gate", "approval"): "who approves it",
    ("voting", "ballot_length"): "the ballot length",
    ("voting", "method"): "the counting method",
    ("voting", "selection"): "the selection rule",
    ("voting", "tie_break"): "the tie break",
    ("voting", "seed"): "the seed of the lot",
    ("voting", "weights"): "the points by place",
    ("voting", "codes"): "voting codes",
    ("voting", "opens"): "when the vote opens",
    ("voting", "closes"): "when the vote closes",
    ("voting", "results"): "when results are shown",
    ("voting", "quorum"): "the quorum",
    ("pick", "min"): "the fewest projects to prioritise",
    ("pick", "max"): "the most projects to prioritise",
    ("member", "id"): "id",
    ("member", "label"): "label",
    ("member", "role"): "role",
    ("meeting", "id"): "id",
    ("meeting", "date"): "date",
    ("meeting", "kind"): "kind",
    ("meeting", "title"): "title",
    ("theme", "id"): "id",
    ("theme", "title"): "title",
    ("theme", "activities"): "activity",
    ("activity", "text"): "text",
    ("activity", "status"): "progress",
    ("activity", "note"): "achievement note",
    ("project", "id"): "id",
    ("project", "title"): "title",
    ("project", "theme"): "theme",
    ("project", "cost"): "cost",
    ("project", "funding"): "external funding",
    ("project", "effort"): "days",
    ("project", "start"): "start date",
    ("project", "end"): "end date",
    ("project", "earliest"): "the earliest the work may move to",
    ("project", "latest"): "the latest the work may move to",
    ("project", "estimated"): "officer estimates",
    ("project", "gates"): "approval",
    ("project", "note"): "achievement note",
    ("interest", "member"): "member",
    ("interest", "project"): "project",
    ("interest", "note"): "interest",
    ("note", "item"): "the item's number",
    ("note", "title"): "the item's title",
    ("note", "meeting"): "the note's meeting",
    ("note", "introduced_by"): "who introduced the item",
    ("note", "discussion"): "discussion paragraph",
    ("milestone", "what"): "what happens",
    ("milestone", "at"): "meeting",
    ("milestone", "date"): "date",
}

# What a reference names, as the validator's message calls it -> as people do.
_REFERENCE_WORDS = {
    "role (limits.capacity)": "a role in the staff capacity",
    "gate (limits.gates)": "a resource that needs approval",
    "theme": "a theme of the plan",
    "meeting": "a meeting of the plan",
    "project": "a project of the plan",
    "member": "a member of the board",
}

_BACKQUOTED = re.compile(r"`([^`]*)`")


def in_words(errors: Iterable[LocatedError], document: dict[str, Any]) -> list[LocatedError]:
    """Each error with its words (and its words beside its field) filled in."""
    said = []
    for error in errors:
        words, beside = _Speaker(document).say(error)
        said.append(attrs.evolve(error, words=sentence(words), words_beside=sentence(beside)))
    return said


def day_said(day: Any) -> str:
    """A day as people read it: "3 Apr 2023"."""
    return f"{day.day} {day:%b %Y}" if isinstance(day, dt.date) else str(day)


def quoted(text: Any) -> str:
    """What the user wrote, quoted as text in a sentence: “cohesio”."""
    return f"“{text}”"


def sentence(text: str) -> str:
    """Text as a sentence: a capital first, a full stop last."""
    text = text.strip()
    if not text:
        return ""
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "?", "!")) else text + "."


def _at(value: Any, path: Iterable[str | int]) -> Any:
    for part in path:
        at_index = isinstance(part, int) and isinstance(value, list) and 0 <= part < len(value)
        if not (at_index or (isinstance(part, str) and isinstance(value, dict) and part in value)):
            return None
        value = value[part]
    return value


class _Speaker:
    def __init__(self, document: dict[str, Any]) -> None:
        self.doc = document

    # -- naming things ---------------------------------------------------------------

    def role(self, role_id: str) -> str:
        labels = _at(self.doc, ("limits", "roles"))
        label = labels.get(role_id) if isinstance(labels, dict) else None
        return label if isinstance(label, str) and label.strip() else readable_id(role_id)

    def named(self, collection: str, item_id: Any) -> str:
        """An item of the plan by its title or label, from its id; the id quoted when none has it."""
        for item in self.doc.get(collection) or []:
            if isinstance(item, dict) and item.get("id") == item_id:
                return self.item(collection, item, None)
        return quoted(item_id)

    def item(self, collection: str, item: Any, index: int | None, skip: str = "") -> str:
        """The item's name: its title (or label) unless that is what is wrong, else its place."""
        number = f" {index + 1}" if index is not None else ""
        if collection == "members":
            label = item.get("label") if isinstance(item, dict) and skip != "label" else None
            return label if isinstance(label, str) and label.strip() else f"member{number}"
        if collection == "meetings" and isinstance(item, dict):
            title = item.get("title") if skip != "title" else None
            if isinstance(title, str) and title.strip():
                return title
            date = item.get("date")
            return f"the meeting of {day_said(date)}" if isinstance(date, dt.date) and skip != "date" else f"meeting{number}"
        if collection == "interests":
            return f"declaration of interest{number}"
        singular = {"projects": "project", "themes": "theme", "milestones": "milestone"}.get(collection, "item")
        title = item.get("title") if isinstance(item, dict) and skip != "title" else None
        return title if isinstance(title, str) and title.strip() else f"{singular}{number}"

    def subject(self, path: tuple[str | int, ...]) -> tuple[str, str]:
        """(the field, the item it belongs to) as a sentence names them; either may be empty."""
        table, item, label = "document", "", ""
        value: Any = self.doc
        i = 0
        while i < len(path):
            key = path[i]
            field = schema.TABLES.get(table, {}).get(key) if isinstance(key, str) else None
            if field is None or not isinstance(key, str):
                label = quoted(key)
                break
            rest = path[i + 1 :]
            child = value.get(key) if isinstance(value, dict) else None
            if field.kind is schema.ARRAY_OF_TABLES and rest and isinstance(rest[0], int):
                index = rest[0]
                entry = _at(child, (index,))
                skip = str(rest[1]) if len(rest) > 1 else ""
                name = self.item(str(key), entry, index, skip)
                item = f"{name} of {item}" if item and key == "milestones" else name
                table, value, i, label = field.table, entry, i + 2, ""
                continue
            if field.kind is schema.MAP_OF_TABLES and rest and isinstance(rest[0], str):
                entry = _at(child, (rest[0],))
                gate_label = entry.get("label") if isinstance(entry, dict) else None
                item = gate_label if isinstance(gate_label, str) and gate_label.strip() else readable_id(rest[0])
                table, value, i, label = field.table, entry, i + 2, ""
                continue
            if field.kind is schema.TABLE:
                table, value, i = field.table, child, i + 1
                label = "" if rest else FIELD_WORDS.get(("document", key), readable_id(key).lower())
                continue
            words = FIELD_WORDS.get((table, key), readable_id(key).lower())
            if field.kind in (schema.NUMBER_MAP, schema.STRING_MAP) and rest and isinstance(rest[0], str):
                label = f"{self.role(rest[0])} {words}" if words != "label" else f"the label of {self.role(rest[0])}"
            elif (table, key) == ("voting", "weights") and rest and isinstance(rest[0], int):
                label = f"the points for place {rest[0] + 1}"
            elif field.kind is schema.ARRAY and rest and isinstance(rest[0], int):
                label = f"{words} {rest[0] + 1}"
                if field.item_table and len(rest) > 1:
                    activity = FIELD_WORDS.get((field.item_table, str(rest[1])), readable_id(str(rest[1])).lower())
                    label = f"{activity} of {label}"
            else:
                label = words
            break
        return label, item

    def field(self, path: tuple[str | int, ...], beside: bool) -> str:
        label, item = self.subject(path)
        if beside or not item:
            return label or item
        return f"{label} of {item}" if label else item

    # -- saying it --------------------------------------------------------------------

    def say(self, error: LocatedError) -> tuple[str, str]:
        """(the sentence naming its item, the sentence beside the item's field)."""
        path = error.path
        try:
            return self.specific(error, path)
        except (KeyError, TypeError, AttributeError, IndexError, ValueError):
            sentence = self.generic(error, beside=False)
            return sentence, self.generic(error, beside=True)

    def specific(self, error: LocatedError, path: tuple[str | int, ...]) -> tuple[str, str]:
        code, voting = error.code, self.doc.get("voting") or {}

        def both(template: str) -> tuple[str, str]:
            return template.format(field=self.field(path, False)), template.format(field=self.field(path, True))

        value = _at(self.doc, path)
        if code == "E102" and path:
            if "milestone needs" in error.message:
                return both("{field} needs a meeting or a date")
            return both("{field} is required")
        if code == "E101" and isinstance(value, str) and error.message.endswith(", not a string"):
            kind = error.message.rsplit("` must be ", 1)[1].removesuffix(", not a string")
            return both(f"{{field}} must be {kind}, not {quoted(value)}")
        if code == "E152" and isinstance(value, str):
            return both(f"{{field}} must be an amount like 12,500.50, not {quoted(value)}")
        if code == "E105":
            identifier = path[-1] if value is None or isinstance(value, dict) else value
            if identifier == "":
                return both("{field} is required")
            if "reserved" in error.message:
                return both(f"{quoted(identifier)} cannot be an id: Windows keeps that name for a device; choose another")
            rule = "use up to 64 lower-case letters, digits, - or _, starting with a letter or a digit"
            return both(f"{quoted(identifier)} cannot be an id: {rule}")
        fewest, most = self.setting(("voting", "pick", "min")), self.setting(("voting", "pick", "max"))
        if code == "E303" and path == ("voting", "pick", "min"):
            sentence = f"the fewest projects to prioritise ({fewest}) is more than the most ({most})"
            return sentence, sentence
        if code == "E303" and path == ("voting", "ballot_length"):
            sentence = (f"the ballot length ({voting['ballot_length']}) is less than the fewest projects to prioritise "
                        f"({fewest}): members could not rank enough projects")
            return sentence, sentence
        if code == "E303" and path == ("voting", "weights"):
            places = voting.get("ballot_length") or most
            count = len(voting["weights"])
            given = f"{count} place{'s' if count != 1 else ''}"
            sentence = f"the points by place are given for {given}, but a ballot has {places}: give points for each place"
            return sentence, sentence
        if code == "E108" and len(path) == 2 and "already declared" in error.message:
            interest = _at(self.doc, path)
            sentence = (f"{self.named('members', interest['member'])} has already declared an interest in "
                        f"{self.named('projects', interest['project'])}")
            return sentence, sentence
        if code == "E201" and path and path[-1] == "id":
            what = {"members": "member", "meetings": "meeting", "themes": "theme", "projects": "project"}[str(path[0])]
            return f"another {what} has the id {quoted(value)} already", f"another {what} has this id already"
        if code == "E301" and path and path[-1] in ("end", "earliest", "latest") and len(path) == 3:
            project = _at(self.doc, path[:2])
            start, end = day_said(project["start"]), day_said(project["end"])
            other = {"end": f"before its start date ({start})", "earliest": f"after its start date ({start})",
                     "latest": f"before its end date ({end})"}[str(path[-1])]
            return both(f"{{field}} ({day_said(value)}) is {other}")
        if code == "E301" and path == ("plan", "end"):
            plan = self.doc["plan"]
            sentence = f"the plan period ends ({day_said(plan['end'])}) before it starts ({day_said(plan['start'])})"
            return sentence, sentence
        if code == "E302":
            plan = self.doc["plan"]
            period = f"{day_said(plan['start'])} to {day_said(plan['end'])}"
            return both(f"{{field}} ({day_said(value)}) is outside the plan period, {period}")
        if code == "E202" and value is not None:
            match = re.match(r"unknown (.+?) `", error.message)
            if match:
                what = _REFERENCE_WORDS.get(match.group(1), match.group(1))
                shown = path[-1] if isinstance(value, dict) or not isinstance(value, str) else value
                hint = self.hint(error.message)
                if len(path) > 1 and path[-2] == "effort":  # a role's days, keyed by the role
                    item = self.subject(path)[1]
                    return (f"{item} gives days to {quoted(shown)}, which is not {what}{hint}",
                            f"days are given to {quoted(shown)}, which is not {what}{hint}")
                return both(f"{{field}}, {quoted(shown)}, is not {what}{hint}")
        return self.generic(error, beside=False), self.generic(error, beside=True)

    def setting(self, path: tuple[str, ...]) -> Any:
        """The value the file gives at path, or the schema's default for it."""
        value = _at(self.doc, path)
        if value is not None:
            return value
        table = "document"
        for key in path[:-1]:
            table = schema.TABLES[table][key].table
        return schema.TABLES[table][path[-1]].default

    @staticmethod
    def hint(message: str) -> str:
        match = re.search(r"; did you mean `([^`]*)`\?", message)
        return f"; did you mean {quoted(match.group(1))}?" if match else ""

    def generic(self, error: LocatedError, beside: bool) -> str:
        """The message with the field and the item in words for the key path it names, and
        anything else it quotes as the user's text."""
        path = error.path

        def spoken(match: re.Match[str]) -> str:
            quoted_text = match.group(1)
            if path and quoted_text == _dotted(path):
                return self.field(path, beside)
            return quoted(quoted_text)

        return _BACKQUOTED.sub(spoken, error.message)


def _dotted(path: tuple[str | int, ...]) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def with_names(message: str, plan: Plan) -> str:
    """A message that quotes ids in backquotes (a ballot's rejection), with each id the plan
    knows said as people know it (a project's title, a member's or a role's label) and any
    other quoted as the text it is: "`stranger` is not a member" -> "“stranger” is not a member"."""
    names = {project.id: project.title for project in plan.projects}
    names.update({role: plan.role_label(role) for role in plan.roles})
    names.update({member.id: member.label for member in plan.members})
    return _BACKQUOTED.sub(lambda match: names.get(match.group(1)) or quoted(match.group(1)), message)
