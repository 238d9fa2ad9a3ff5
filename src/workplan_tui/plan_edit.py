"""Edit a plan file and keep what a person wrote in it.

An `EditSession` holds a plan file's text and a tomlkit document of it. Each operation
changes only the keys and items it names: comments, key order, blank lines and the layout
of everything else stay byte for byte as they were (tomlkit keeps them; tomli-w, used for
the files workplan generates, would rewrite the whole file).

Every operation is checked by the same loader as `workplan check` (plan_io.loads_plan) on
the text it would produce, and returns an `Outcome`:

- valid: the edit is applied and `Outcome.plan` is the new plan, so a form can show the
  effect on the budget and the capacity before anything is saved;
- invalid: the edit is NOT applied (the session keeps its last valid plan) and
  `Outcome.errors` are the located errors `check` would print for that text.

`dry_run=True` checks an edit without applying it (validation as a person types).
Undo and redo step through the applied edits; `save()` writes atomically and refuses
(E404) when the file changed on disk since it was opened or last saved, unless forced.

Layout rules (docs/editing.md): a new key goes after the key before it in the documented
order; a changed value keeps its line's comment; a new item goes after the last item of
its kind (a duplicate right after its original); removing an item removes its lines from
its header to its last value and keeps the comments before and after them.
"""

from __future__ import annotations

import copy
import datetime as dt
import os
import pickle
import threading
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs
import tomlkit
from tomlkit.items import InlineTable, Table

from workplan_tui.errors import AlreadyExists, ChangedOnDisk, LocatedError, WorkplanError
from workplan_tui.files import FileStamp, atomic_write, decode_text, read_bytes, write_lock
from workplan_tui.locate import KeyPath, locate
from workplan_tui.model import Plan
from workplan_tui.plan_io import loads_plan
from workplan_tui.toml_layout import (
    array_insert,
    array_remove,
    array_set,
    ensure_array_of_tables,
    ensure_subtable,
    ensure_table,
    insert_item,
    new_table,
    plain,
    remove_item,
    rename_key,
    replace_in_array,
    set_keys,
    take_trailing,
    value_item,
)

# collection key -> schema table of one item
COLLECTIONS = {"members": "member", "meetings": "meeting", "themes": "theme", "projects": "project"}
_BOM = b"\xef\xbb\xbf"
Edit = Callable[[tomlkit.TOMLDocument], None]


class EditRefused(Exception):
    """An edit that cannot be made at all (a name already taken, an item no longer there).
    Raised inside an edit; apply() turns it into an Outcome with this error, like the
    errors check finds, so it never reaches the caller."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@attrs.frozen
class Outcome:
    """What an edit gives: the new plan, or the errors `check` reports for the text it would write."""

    text: str
    plan: Plan | None
    errors: tuple[LocatedError, ...] = ()
    applied: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors

    def paths(self) -> dict[LocatedError, KeyPath]:
        """Each error with the key path it points at, e.g. ("projects", 2, "cost"), for a form
        to show the message beside the right field. () when it points at no key."""
        where = locate(self.text)
        spots: dict[tuple[int, int], KeyPath] = {}
        # Deeper paths win: a value and its table can start at the same place.
        for table in (where.keys, where.values):
            for path, position in sorted(table.items(), key=lambda item: len(item[0])):
                spots[(position.line, position.column)] = path
        return {error: spots.get((error.line, error.column), ()) for error in self.errors}


@attrs.frozen
class _State:
    text: str
    plan: Plan
    label: str


class EditSession:
    """A plan file open for editing. Open with `EditSession.open(path)` (or `create`)."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        text: str,
        plan: Plan,
        disk: bytes | None,
        bom: bool = False,
        parsed: tuple[str, bytes] | None = None,
    ) -> None:
        self.path = Path(path)
        self._state = _State(text, plan, "open")
        # See _fresh_document: the text last parsed, and a text with its document pickled.
        self._last_parsed: str | None = None
        self._parsed = parsed
        self._doc: tomlkit.TOMLDocument | None = self._fresh_document()
        # A form validates in a worker thread while the person types; one edit at a time.
        self._lock = threading.RLock()
        self._undo: list[_State] = []
        self._redo: list[_State] = []
        # What the file held when it was opened or last saved (None: it did not exist).
        self._disk_stamp = FileStamp.of(disk)
        self._saved_text = text if disk is not None else None
        self._bom = bom

    # -- opening and saving --------------------------------------------------------
    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> EditSession:
        """Open a plan that passes `check`; raises WorkplanError with its errors otherwise."""
        path = Path(path)
        data = read_bytes(path)  # the same refusals as `check` (folders, binary, too large, empty)
        text = decode_text(data, str(path))
        return cls(path, text, loads_plan(text, str(path)), data, data.startswith(_BOM))

    @classmethod
    def create(cls, path: str | os.PathLike[str], text: str | None = None) -> EditSession:
        """A session for a plan not yet on disk (default: the commented starter plan).
        Saving refuses to replace a file that appears at path meanwhile."""
        if text is None:
            from workplan_tui.starter import starter_text

            text = starter_text()
        path = Path(path)
        if path.exists() or path.is_symlink():
            raise AlreadyExists.single(str(path), "E402", "already exists; open it instead")
        return cls(path, text, loads_plan(text, str(path)), None)

    @property
    def text(self) -> str:
        return self._state.text

    @property
    def plan(self) -> Plan:
        """The plan as it stands after the last applied edit (always valid)."""
        return self._state.plan

    @property
    def dirty(self) -> bool:
        return self._state.text != self._saved_text

    def changed_on_disk(self) -> bool:
        """True when the file is not what this session opened or last saved."""
        return self._disk_stamp.changed(self.path)

    def save(self, *, force: bool = False) -> None:
        """Write the plan atomically; ChangedOnDisk (E404) when the file changed on disk, unless force.

        The check and the write are made holding the plan's lock (files.write_lock), which
        every writer of a plan takes: of ten officers' saves at once each either lands or is
        refused, none is lost between another's check and its rename.
        """
        data = (_BOM if self._bom else b"") + self.text.encode("utf-8")
        with write_lock(self.path):
            if not force and self.changed_on_disk():
                if not self._disk_stamp.exists:
                    why = "a file was created at this path after the plan was started"
                else:
                    why = "the file changed on disk since it was opened"
                raise ChangedOnDisk.single(
                    str(self.path), "E404", f"{why}; reopen it to see the changes, or save with force to replace them"
                )
            # A new plan is created, never written over a file (or a link) that appeared meanwhile;
            # a plan opened through a link is saved through it, the link kept.
            atomic_write(self.path, data, create=not self._disk_stamp.exists and not force, follow_links=True)
        self._disk_stamp = FileStamp.of(data)
        self._saved_text = self.text

    # -- undo and redo -------------------------------------------------------------
    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    @property
    def undo_label(self) -> str:
        return self._state.label if self._undo else ""

    @property
    def redo_label(self) -> str:
        return self._redo[-1].label if self._redo else ""

    def undo(self) -> Plan:
        with self._lock:
            if not self._undo:
                raise IndexError("nothing to undo")
            self._redo.append(self._state)
            self._restore(self._undo.pop())
            return self.plan

    def redo(self) -> Plan:
        with self._lock:
            if not self._redo:
                raise IndexError("nothing to redo")
            self._undo.append(self._state)
            self._restore(self._redo.pop())
            return self.plan

    def _restore(self, state: _State) -> None:
        self._state = state
        self._doc = None

    def _document(self) -> tomlkit.TOMLDocument:
        # Made again only when an edit needs it: a dry run spoils the document it edits.
        if self._doc is None:
            self._doc = self._fresh_document()
        return self._doc

    def _fresh_document(self) -> tomlkit.TOMLDocument:
        """The text's tomlkit document as parsed, unedited. A form dry-runs its edit at each
        pause in typing, each on a new document of the same text: unpickling a copy of a parse
        takes 0.5-6 ms for the example plans where tomlkit parses them in 8-21 ms (best of 15;
        ~1.6 s for 2,000 projects). The copy is made at the second parse of a text, so that a command
        making one edit does not pay for pickling."""
        if self._last_parsed == self.text or (self._parsed is not None and self._parsed[0] == self.text):
            document: tomlkit.TOMLDocument = pickle.loads(self._pickled()[1])  # our own bytes
            return document
        self._last_parsed = self.text
        return _parse(self.text, str(self.path))

    def _pickled(self) -> tuple[str, bytes]:
        """The text and its tomlkit document, pickled."""
        if self._parsed is None or self._parsed[0] != self.text:
            document = _parse(self.text, str(self.path))
            self._parsed = (self.text, pickle.dumps(document, protocol=pickle.HIGHEST_PROTOCOL))
        return self._parsed

    # -- the one way an edit is made -----------------------------------------------
    def apply(self, label: str, edit: Edit, *, dry_run: bool = False) -> Outcome:
        """Run edit on the document, check the text it gives, keep it only when valid."""
        with self._lock:
            doc = self._document()
            try:
                edit(doc)
                text = tomlkit.dumps(doc)
            except EditRefused as refusal:
                self._doc = None
                from workplan_tui.plan_words import sentence, with_names

                # The app says the ids a refusal quotes by their titles and labels.
                words = sentence(with_names(refusal.message, self.plan))
                return Outcome(self.text, None, (LocatedError(str(self.path), 1, 1, refusal.code, refusal.message, words=words),))
            except Exception:
                self._doc = None
                raise
            try:
                plan = loads_plan(text, str(self.path))
            except WorkplanError as error:
                self._doc = None
                return Outcome(text, None, tuple(error.errors), applied=False)
            if dry_run:
                self._doc = None
                return Outcome(text, plan, applied=False)
            if text != self.text:
                self._undo.append(self._state)
                self._redo.clear()
                self._state = _State(text, plan, label)
            return Outcome(text, plan, applied=True)

    def batch(self, label: str, steps: Iterable[Callable[[EditSession], Outcome]], *, dry_run: bool = False) -> Outcome:
        """Several operations as one checked edit and one undo step (a form that sets the
        limits, their roles and gates at once). Each step runs on a scratch copy of this
        session; the first step refused gives its errors and nothing is applied."""
        with self._lock:
            # A form's dry runs of the same batch each start from the one parse, pickled.
            scratch = EditSession(self.path, self.text, self.plan, None, parsed=self._pickled() if dry_run else self._parsed)
            for step in steps:
                outcome = step(scratch)
                if not outcome.ok:
                    return outcome
            text, plan = scratch.text, scratch.plan
            if dry_run:
                return Outcome(text, plan, applied=False)
            if text != self.text:
                self._undo.append(self._state)
                self._redo.clear()
                self._state = _State(text, plan, label)
                self._doc = None
            return Outcome(text, plan, applied=True)

    # -- plan, limits and voting -----------------------------------------------------
    def update_plan(self, *, dry_run: bool = False, **fields: Any) -> Outcome:
        """title, board, cycle, start, end, status; None removes an optional key."""
        return self.apply("edit plan", lambda doc: set_keys(ensure_table(doc, "plan"), fields, "plan"), dry_run=dry_run)

    def update_plan_moving(
        self, fields: Mapping[str, Any], moves: Iterable[tuple[str, str, Mapping[str, Any]]], *, dry_run: bool = False
    ) -> Outcome:
        """update_plan, and in the same checked edit (one undo step) the fields of each
        (collection, id, fields) move: a new period with the projects and meetings moved into
        it (period.moves_into), each step of which alone would be outside one period or the other."""
        moves = list(moves)

        def edit(doc: tomlkit.TOMLDocument) -> None:
            set_keys(ensure_table(doc, "plan"), dict(fields), "plan")
            for collection, item_id, item_fields in moves:
                items = _items(doc, collection)
                set_keys(items[_index(items, item_id, collection)], dict(item_fields), COLLECTIONS[collection])

        return self.apply("edit plan and move its dates", edit, dry_run=dry_run)

    def update_limits(self, *, dry_run: bool = False, **fields: Any) -> Outcome:
        """budget, currency, total_budget (capacity and gates have their own operations)."""
        return self.apply("edit limits", lambda doc: set_keys(ensure_table(doc, "limits"), fields, "limits"), dry_run=dry_run)

    def update_voting(self, *, dry_run: bool = False, pick_min: Any = ..., pick_max: Any = ..., **fields: Any) -> Outcome:
        def edit(doc: tomlkit.TOMLDocument) -> None:
            voting = ensure_table(doc, "voting")
            if pick_min is not ... or pick_max is not ...:
                pick = dict(voting.get("pick", {}))
                for key, value in (("min", pick_min), ("max", pick_max)):
                    if value is None:
                        pick.pop(key, None)
                    elif value is not ...:
                        pick[key] = value
                fields["pick"] = pick
            set_keys(voting, fields, "voting")

        return self.apply("edit voting", edit, dry_run=dry_run)

    def set_capacity(self, role: str, days: Any, *, dry_run: bool = False) -> Outcome:
        """Person-days per month for a role; None removes the role (and its label)."""

        def edit(doc: tomlkit.TOMLDocument) -> None:
            set_keys(ensure_subtable(doc, "limits", "capacity"), {role: days})
            labels = doc.get("limits", {}).get("roles")
            if days is None and labels is not None and role in labels:
                del labels[role]  # a label for no role is an error (E202)

        return self.apply(f"capacity of {role}", edit, dry_run=dry_run)

    def rename_role(self, old: str, new: str, *, dry_run: bool = False) -> Outcome:
        """Rename a capacity role, its label, every project's effort for it and the paper's posts."""

        def edit(doc: tomlkit.TOMLDocument) -> None:
            _rename_key(ensure_subtable(doc, "limits", "capacity"), old, new)
            labels = doc.get("limits", {}).get("roles")
            if labels is not None and old in labels:
                _rename_key(labels, old, new)
            for project in _items(doc, "projects"):
                effort = project.get("effort")
                if effort is not None and old in effort:
                    set_keys(project, {"effort": {(new if k == old else k): v for k, v in effort.items()}})
            paper = doc.get("paper")
            for posts in ("funded_posts", "flexible_posts"):
                counts = paper.get(posts) if paper is not None else None
                if paper is not None and counts is not None and old in counts:
                    set_keys(paper, {posts: {(new if k == old else k): v for k, v in counts.items()}})

        return self.apply(f"rename role {old}", edit, dry_run=dry_run)

    def add_gate(self, gate_id: str, label: str, approval: str, *, dry_run: bool = False) -> Outcome:
        def edit(doc: tomlkit.TOMLDocument) -> None:
            gates = ensure_subtable(doc, "limits", "gates")
            if gate_id in gates:
                raise EditRefused("E201", f"gate `{gate_id}` already exists")
            table = tomlkit.table()
            table["label"], table["approval"] = label, approval
            gates.append(gate_id, table)

        return self.apply(f"add gate {gate_id}", edit, dry_run=dry_run)

    def update_gate(self, gate_id: str, *, dry_run: bool = False, **fields: Any) -> Outcome:
        """label, approval; `id=` renames the gate and every project's reference to it."""
        new_id = fields.pop("id", gate_id)

        def edit(doc: tomlkit.TOMLDocument) -> None:
            gates = ensure_subtable(doc, "limits", "gates")
            set_keys(_get(gates, gate_id, "gate"), fields, "gate")
            if new_id != gate_id:
                _rename_key(gates, gate_id, new_id)
                for project in _items(doc, "projects"):
                    replace_in_array(project.get("gates"), gate_id, new_id)

        return self.apply(f"edit gate {gate_id}", edit, dry_run=dry_run)

    def remove_gate(self, gate_id: str, *, dry_run: bool = False) -> Outcome:
        """Refused (E202) while a project still needs the gate."""
        return self.apply(
            f"remove gate {gate_id}",
            lambda doc: _remove_key(ensure_subtable(doc, "limits", "gates"), gate_id, "gate"),
            dry_run=dry_run,
        )

    # -- members, meetings, themes and projects --------------------------------------
    def add(self, collection: str, fields: Mapping[str, Any], *, after: str | None = None, dry_run: bool = False) -> Outcome:
        """A new member, meeting, theme or project; after the item with id `after`, else last."""
        table_name = COLLECTIONS[collection]

        def edit(doc: tomlkit.TOMLDocument) -> None:
            aot = ensure_array_of_tables(doc, collection)
            index = _index(aot, after, collection) if after is not None else len(aot) - 1
            insert_item(doc, collection, aot, index + 1, new_table(collection, table_name, fields))

        return self.apply(f"add {table_name} {fields.get('id', '')}".rstrip(), edit, dry_run=dry_run)

    def put_many(
        self, collection: str, items: Iterable[Mapping[str, Any]], *, label: str = "", dry_run: bool = False
    ) -> Outcome:
        """In one checked edit (one undo step): update each item whose id is already there
        with the fields given, add the others after the last item."""
        table_name = COLLECTIONS[collection]
        items = list(items)

        def edit(doc: tomlkit.TOMLDocument) -> None:
            aot = ensure_array_of_tables(doc, collection)
            for fields in items:
                index = _position(aot, fields["id"]) if "id" in fields else None
                if index is None:
                    insert_item(doc, collection, aot, len(aot), new_table(collection, table_name, fields))
                else:
                    set_keys(aot[index], fields, table_name)

        return self.apply(label or f"add {len(items)} {collection}", edit, dry_run=dry_run)

    def update(self, collection: str, item_id: str, *, dry_run: bool = False, **fields: Any) -> Outcome:
        """Set fields of one item (None removes an optional key). A new `id` renames the item
        and every reference to it: a theme in projects, a meeting in milestones and actions,
        a member in the decision's attendance, a project in the decision."""
        table_name = COLLECTIONS[collection]

        def edit(doc: tomlkit.TOMLDocument) -> None:
            table = _items(doc, collection)[_index(_items(doc, collection), item_id, collection)]
            set_keys(table, fields, table_name)
            new_id = fields.get("id", item_id)
            if new_id != item_id:
                _rename_references(doc, collection, item_id, new_id)

        return self.apply(f"edit {table_name} {item_id}", edit, dry_run=dry_run)

    def duplicate(self, collection: str, item_id: str, new_id: str, *, dry_run: bool = False, **fields: Any) -> Outcome:
        """A copy of an item with a new id (and any other changed fields), right after it."""
        table_name = COLLECTIONS[collection]

        def edit(doc: tomlkit.TOMLDocument) -> None:
            aot = _items(doc, collection)
            index = _index(aot, item_id, collection)
            twin = copy.deepcopy(aot[index])
            take_trailing(twin)  # comments after the original belong where they are
            set_keys(twin, {**fields, "id": new_id}, table_name)
            insert_item(doc, collection, aot, index + 1, twin)

        return self.apply(f"duplicate {table_name} {item_id}", edit, dry_run=dry_run)

    def remove(self, collection: str, item_id: str, *, dry_run: bool = False) -> Outcome:
        """Remove an item; refused (E202) while something still refers to it, and (E108) a
        member or project while a declaration of interest names it: the declaration is part
        of the meeting's record, so it is removed on purpose or not at all."""

        def edit(doc: tomlkit.TOMLDocument) -> None:
            _refuse_if_declared(doc, collection, item_id)
            aot = _items(doc, collection)
            remove_item(doc, collection, aot, _index(aot, item_id, collection))

        return self.apply(f"remove {COLLECTIONS[collection]} {item_id}", edit, dry_run=dry_run)

    # -- declarations of interest ([[interests]], keyed by member and project) -------
    def add_interest(self, member: str, project: str, note: str = "", *, dry_run: bool = False) -> Outcome:
        """A new declaration after the last one; an unknown member or project, or a second
        declaration of the same interest, is check's E108."""
        fields = {"member": member, "project": project, "note": note or None}

        def edit(doc: tomlkit.TOMLDocument) -> None:
            aot = ensure_array_of_tables(doc, "interests")
            insert_item(doc, "interests", aot, len(aot), new_table("interests", "interest", fields))

        return self.apply(f"declare an interest of {member} in {project}", edit, dry_run=dry_run)

    def update_interest(self, member: str, project: str, /, *, dry_run: bool = False, **fields: Any) -> Outcome:
        """Set member, project or note of the declaration of `member` in `project` ("" removes the note)."""

        def edit(doc: tomlkit.TOMLDocument) -> None:
            aot = _items(doc, "interests")
            table = aot[_interest_index(aot, member, project)]
            set_keys(table, {key: (value or None) if key == "note" else value for key, value in fields.items()}, "interest")

        return self.apply(f"edit the interest of {member} in {project}", edit, dry_run=dry_run)

    def remove_interest(self, member: str, project: str, *, dry_run: bool = False) -> Outcome:
        def edit(doc: tomlkit.TOMLDocument) -> None:
            aot = _items(doc, "interests")
            remove_item(doc, "interests", aot, _interest_index(aot, member, project))

        return self.apply(f"remove the interest of {member} in {project}", edit, dry_run=dry_run)

    # -- activities and milestones (items of a theme's or a project's array) -------
    def add_activity(
        self, theme_id: str, text: str, *, status: str = "planned", note: str = "", index: int | None = None,
        dry_run: bool = False,
    ) -> Outcome:
        value = _activity_value({"text": text, "status": status, "note": note})
        return self.apply(
            f"add activity to {theme_id}",
            lambda doc: array_insert(self._owner(doc, "themes", theme_id, "activities"), "activities", index, value),
            dry_run=dry_run,
        )

    def update_activity(self, theme_id: str, index: int, *, dry_run: bool = False, **fields: Any) -> Outcome:
        """text, status, note; an activity with no progress is written as a plain string."""

        def edit(doc: tomlkit.TOMLDocument) -> None:
            theme = self._owner(doc, "themes", theme_id, "activities")
            current = plain(theme["activities"][index])
            old = current if isinstance(current, dict) else {"text": current}
            array_set(theme, "activities", index, _activity_value({**old, **fields}))

        return self.apply(f"edit activity {index + 1} of {theme_id}", edit, dry_run=dry_run)

    def duplicate_activity(self, theme_id: str, index: int, *, dry_run: bool = False) -> Outcome:
        def edit(doc: tomlkit.TOMLDocument) -> None:
            theme = self._owner(doc, "themes", theme_id, "activities")
            array_insert(theme, "activities", index + 1, plain(theme["activities"][index]))

        return self.apply(f"duplicate activity {index + 1} of {theme_id}", edit, dry_run=dry_run)

    def remove_activity(self, theme_id: str, index: int, *, dry_run: bool = False) -> Outcome:
        return self.apply(
            f"remove activity {index + 1} of {theme_id}",
            lambda doc: array_remove(self._owner(doc, "themes", theme_id, "activities"), "activities", index),
            dry_run=dry_run,
        )

    def add_milestone(
        self, project_id: str, what: str, *, at: str = "", date: dt.date | None = None, index: int | None = None,
        dry_run: bool = False,
    ) -> Outcome:
        value = {key: v for key, v in (("at", at), ("date", date), ("what", what)) if v not in ("", None)}
        return self.apply(
            f"add milestone to {project_id}",
            lambda doc: array_insert(self._owner(doc, "projects", project_id, "milestones"), "milestones", index, value),
            dry_run=dry_run,
        )

    def update_milestone(self, project_id: str, index: int, *, dry_run: bool = False, **fields: Any) -> Outcome:
        """what, at (a meeting id) or date; None or "" removes `at` or `date`."""

        def edit(doc: tomlkit.TOMLDocument) -> None:
            project = self._owner(doc, "projects", project_id, "milestones")
            merged = {**plain(project["milestones"][index]), **fields}
            array_set(project, "milestones", index, {k: v for k, v in merged.items() if v not in ("", None)})

        return self.apply(f"edit milestone {index + 1} of {project_id}", edit, dry_run=dry_run)

    def remove_milestone(self, project_id: str, index: int, *, dry_run: bool = False) -> Outcome:
        return self.apply(
            f"remove milestone {index + 1} of {project_id}",
            lambda doc: array_remove(self._owner(doc, "projects", project_id, "milestones"), "milestones", index),
            dry_run=dry_run,
        )

    def _owner(self, doc: tomlkit.TOMLDocument, collection: str, item_id: str, key: str) -> Table:
        """The theme or project whose array `key` is edited (the key added when missing)."""
        table = _items(doc, collection)[_index(_items(doc, collection), item_id, collection)]
        if key not in table:
            set_keys(table, {key: []}, COLLECTIONS[collection])
        return table


# -- reading -------------------------------------------------------------------------


def _parse(text: str, file: str) -> tomlkit.TOMLDocument:
    try:
        return tomlkit.parse(text)
    except tomlkit.exceptions.ParseError as error:  # tomllib accepted it; tomlkit is stricter
        raise WorkplanError.single(file, "E010", f"TOML syntax: {error}", error.line, error.col) from None


# -- values --------------------------------------------------------------------------


def _activity_value(fields: Mapping[str, Any]) -> Any:
    """An activity as people write it: a string until it has a status or a note."""
    kept = {key: value for key, value in fields.items() if value not in (None, "")}
    if kept.get("status") == "planned":
        del kept["status"]
    if set(kept) == {"text"}:
        return kept["text"]
    return {key: kept[key] for key in ("text", "status", "note") if key in kept} | {
        key: value for key, value in kept.items() if key not in ("text", "status", "note")
    }


# -- tables and keys -----------------------------------------------------------------


def _get(table: Table | InlineTable, key: str, what: str) -> Any:
    if key not in table:
        raise EditRefused("E202", f"no {what} `{key}`")
    return table[key]


def _remove_key(table: Table | InlineTable, key: str, what: str) -> None:
    _get(table, key, what)
    del table[key]


def _rename_key(table: Table | InlineTable, old: str, new: str) -> None:
    if old not in table:
        raise EditRefused("E202", f"no `{old}`")
    if new in table:
        raise EditRefused("E201", f"`{new}` already exists")
    rename_key(table, old, new)


# -- arrays of tables (members, meetings, themes, projects) ---------------------------


def _items(doc: tomlkit.TOMLDocument, collection: str) -> list[Table]:
    return doc.get(collection, [])


def _index(items: Iterable[Table], item_id: str, collection: str) -> int:
    index = _position(items, item_id)
    if index is None:
        raise EditRefused("E202", f"no {COLLECTIONS[collection]} `{item_id}`")
    return index


def _position(items: Iterable[Table], item_id: str) -> int | None:
    """Where the item with this id is, or None when there is none."""
    for index, table in enumerate(items):
        if table.get("id") == item_id:
            return index
    return None


def _interest_index(items: Iterable[Table], member: str, project: str) -> int:
    for index, table in enumerate(items):
        if table.get("member") == member and table.get("project") == project:
            return index
    raise EditRefused("E108", f"no declaration of interest of `{member}` in `{project}`")


# -- references ----------------------------------------------------------------------

# The key of a declaration of interest that names an item of each collection.
_DECLARED = {"members": "member", "projects": "project"}


def _refuse_if_declared(doc: tomlkit.TOMLDocument, collection: str, item_id: str) -> None:
    key = _DECLARED.get(collection)
    if key is None:
        return
    for interest in _items(doc, "interests"):
        if interest.get(key) == item_id:
            what = COLLECTIONS[collection]
            raise EditRefused(
                "E108",
                f"the {what} `{item_id}` is named in a declaration of interest "
                f"(`{interest.get('member')}` in `{interest.get('project')}`): remove the declaration first",
            )



def _rename_references(doc: tomlkit.TOMLDocument, collection: str, old: str, new: str) -> None:
    decision = doc.get("decision")
    if collection == "themes":
        for project in _items(doc, "projects"):
            if project.get("theme") == old:
                project["theme"] = value_item(new)
    elif collection == "meetings":
        for project in _items(doc, "projects"):
            for index, milestone in enumerate(list(project.get("milestones") or [])):
                if milestone.get("at") == old:
                    array_set(project, "milestones", index, {**plain(milestone), "at": new})
        for action in list((decision or {}).get("actions", [])):
            if action.get("due") == old:
                action["due"] = new
    declared_key = _DECLARED.get(collection)
    if declared_key is not None:
        for interest in _items(doc, "interests"):
            if interest.get(declared_key) == old:
                interest[declared_key] = value_item(new)
    if collection == "members" and decision is not None:
        for key in ("present", "apologies"):
            replace_in_array(decision.get(key), old, new)
        for substitute in list(decision.get("substitutes", [])):
            for key in ("member", "stands_for"):
                if substitute.get(key) == old:
                    substitute[key] = new
    elif collection == "projects" and decision is not None:
        replace_in_array(decision.get("selected"), old, new)
        for ranked in decision.get("ranking", []):
            if ranked.get("project") == old:
                ranked["project"] = new
