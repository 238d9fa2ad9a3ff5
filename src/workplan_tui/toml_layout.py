"""Where tomlkit puts what an edit adds, moves or removes, so a plan file keeps its layout.

The layout rules of docs/editing.md: a new key goes after the key before it in the
documented order (schema.TABLES), a changed value keeps its line's comment, a new item of
an array of tables goes after the one before it with the comments that headed the next
section following it, and a removed item takes its own lines and leaves the comments
around them.

tomlkit has no public way to insert a key at a place or to move the comments between
items, so this module reaches into its containers (`Container._insert_after`,
`_insert_at`, `_map`, `body`). It is the only module that does: those internals are what
pins tomlkit below 0.16 in pyproject.toml, and a new tomlkit version is checked here (the
plan_edit tests exercise every rule).
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, MutableSequence
from typing import Any

import tomlkit
from tomlkit.container import Container
from tomlkit.items import AoT, Array, Comment, InlineTable, Item, Table, Whitespace

from workplan_tui import schema
from workplan_tui.toml_writer import format_value


def value_item(value: Any, top: bool = True) -> Item:
    """A tomlkit item written the way dumps_plan writes it (`{ a = 1 }`, `\"\"\"` for
    multi-line text), so new and rewritten values look like the rest of the file."""
    return tomlkit.parse(f"v = {format_value(plain(value), top=top)}\n")["v"]


def plain(value: Any) -> Any:
    """tomlkit containers as plain dicts and lists (so format_value can write them)."""
    if isinstance(value, Mapping):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    if isinstance(value, Item) and hasattr(value, "unwrap"):
        return value.unwrap()
    return value


def ensure_table(doc: tomlkit.TOMLDocument, key: str) -> Table:
    """The `[key]` table; a new one after the last section when there is none."""
    if key not in doc:
        append_section(doc, key, tomlkit.table())
    return doc[key]


def ensure_subtable(doc: tomlkit.TOMLDocument, parent: str, key: str) -> Table | InlineTable:
    """The `[parent.key]` table (or the inline table at parent.key); a new one when there is none."""
    table = ensure_table(doc, parent)
    if key not in table:
        table.append(key, tomlkit.table())
    return table[key]


def ensure_array_of_tables(doc: tomlkit.TOMLDocument, key: str) -> AoT:
    """The `[[key]]` items; an empty array after the last section when there are none."""
    if key not in doc:
        append_section(doc, key, tomlkit.aot())
    return doc[key]


def set_keys(table: Table | InlineTable, fields: Mapping[str, Any], table_name: str | None = None) -> None:
    """Set, add or (value None) remove keys, keeping each changed line's comment."""
    order = list(schema.TABLES[table_name]) if table_name else []
    for key, value in fields.items():
        if value is None:
            if key in table:
                del table[key]
            continue
        item = value_item(value)
        if key in table:
            if plain(table[key]) != plain(value) or type(plain(table[key])) is not type(plain(value)):
                table[key] = item
            continue
        if isinstance(table, InlineTable):
            table[key] = item
            continue
        earlier = [name for name in order[: order.index(key)] if name in table] if key in order else []
        container = table.value
        if earlier:
            container._insert_after(earlier[-1], key, item)  # noqa: SLF001 - tomlkit has no public insert
        elif key in order and any(name in table for name in order):  # goes before the first key
            first = next(index for index, (body_key, _) in enumerate(container.body) if body_key is not None)
            _insert_keyed(container, first, key, item)
        else:  # after the last key, before the comments that head the next section
            _insert_keyed(container, _trailing_start(container), key, item)
        # A Table keeps a dict of its values beside its container; the container's private
        # inserts leave it out, and removing the key again (closing, then reopening, the vote
        # in one session) raised KeyError. Table.append keeps both, the same way.
        dict.__setitem__(table, key, container[key])


def _insert_keyed(container: Container, index: int, key: str, item: Item) -> None:
    if index >= len(container.body):
        container.append(key, item)
    else:
        container._insert_at(index, key, item)  # noqa: SLF001 - tomlkit has no public insert


def rename_key(table: Table | InlineTable, old: str, new: str) -> None:
    """Rename a key where it stands, keeping its value and its line's comment (old must be
    there and new not: plan_edit refuses the edit otherwise)."""
    if isinstance(table, InlineTable):
        rebuilt = {(new if key == old else key): value for key, value in plain(table).items()}
        table.clear()
        table.update(rebuilt)
        return
    container = table.value
    item = container.item(old)
    if isinstance(item, Table):  # a [limits.gates.OLD] section: its header is rewritten
        table[new] = copy.deepcopy(item)
        del table[old]
        return
    container._insert_after(old, new, item)  # noqa: SLF001 - tomlkit has no public insert
    container.remove(old)
    # A Table is also a dict of its values, which the container calls leave as they were: a later
    # `del table[new]` in the same session (rename a role, then remove it) raised KeyError.
    dict.pop(table, old, None)
    dict.__setitem__(table, new, item.value)


def replace_in_array(array: Array | None, old: str, new: str) -> None:
    if array is None:
        return
    for index, value in enumerate(list(array)):
        if value == old:
            array[index] = new


def array_insert(table: Table, key: str, index: int | None, value: Any) -> None:
    array = table[key]
    if index is None:
        index = len(array)
    if len(array) == 0:  # an empty `[]` has no layout to follow: write it as dumps_plan does
        table[key] = value_item([value])
    else:
        array.insert(index, value_item(value, top=False))


def array_set(table: Table, key: str, index: int, value: Any) -> None:
    array = table[key]
    if not 0 <= index < len(array):
        raise IndexError(f"`{key}` has no item {index + 1}")
    array[index] = value_item(value, top=False)


def array_remove(table: Table, key: str, index: int) -> None:
    array = table[key]
    if not 0 <= index < len(array):
        raise IndexError(f"`{key}` has no item {index + 1}")
    if len(array) == 1:
        table[key] = value_item([])
    else:
        del array[index]


def new_table(collection: str, table_name: str, fields: Mapping[str, Any]) -> Table:
    """A new item in the documented key order, written as dumps_plan writes it."""
    order = list(schema.TABLES[table_name])
    keys = sorted((key for key, value in fields.items() if value is not None), key=lambda k: (k not in order, order.index(k) if k in order else 0))
    lines = [f"[[{collection}]]"] + [f"{key} = {format_value(plain(fields[key]), top=True)}" for key in keys]
    return tomlkit.parse("\n".join(lines) + "\n")[collection][0]


def insert_item(doc: tomlkit.TOMLDocument, collection: str, aot: MutableSequence[Table], index: int, table: Table) -> None:
    """Insert table at index; the comments that followed the item before it (the next
    section's heading) follow the new item, and a blank line separates the two."""
    if index > 0:
        before = aot[index - 1]
        moved = take_trailing(before)
        _end_with_blank_line(before)
        _give_trailing(table, moved)
    elif len(aot) == 0:
        _end_with_blank_line_document(doc, collection)
    if index < len(aot):
        _end_with_blank_line(table)
    aot.insert(index, table)


def remove_item(doc: tomlkit.TOMLDocument, collection: str, aot: MutableSequence[Table], index: int) -> None:
    """Remove the item's own lines; the comments after it stay before what follows."""
    moved = take_trailing(aot[index])
    previous = _last_container(aot[index - 1]) if index > 0 else _container_before(doc, collection)
    if previous is not None:
        if moved and isinstance(moved[0], Whitespace) and _ends_with_blank_line(previous.as_string()):
            # the blank line that separated the removed item goes with it
            rest = moved[0].as_string().split("\n", 1)[1] if "\n" in moved[0].as_string() else ""
            moved[0:1] = [Whitespace(rest)] if rest else []
        _give_trailing_container(previous, moved)
    elif len(aot) > 1:
        _insert_trivia(aot[1].value, 0, moved)
    del aot[index]
    if len(aot) == 0:
        del doc[collection]


def _last_container(table: Table) -> Container:
    """Where a table's last lines live: its own body, or its last sub-table's."""
    container = table.value
    while container.body:
        last = container.body[-1][1]
        if isinstance(last, Table) and not isinstance(last, InlineTable):
            container = last.value
        elif isinstance(last, AoT) and len(last):
            container = last[-1].value
        else:
            break
    return container


def _trailing_start(container: Container) -> int:
    index = len(container.body)
    while index > 0 and isinstance(container.body[index - 1][1], (Comment, Whitespace)):
        index -= 1
    return index


def take_trailing(table: Table) -> list[Item]:
    container = _last_container(table)
    start = _trailing_start(container)
    taken = [item for _, item in container.body[start:]]
    del container.body[start:]  # unkeyed items at the end: no index in _map moves
    return taken


def _give_trailing(table: Table, items: list[Item]) -> None:
    _give_trailing_container(_last_container(table), items)


def _give_trailing_container(container: Container, items: list[Item]) -> None:
    for item in items:
        container.body.append((None, item))


def _insert_trivia(container: Container, index: int, items: list[Item]) -> None:
    for offset, item in enumerate(items):
        at = index + offset
        for key, value in container._map.items():  # noqa: SLF001 - keep tomlkit's key index right
            if isinstance(value, tuple):
                container._map[key] = tuple(v + 1 if v >= at else v for v in value)  # noqa: SLF001
            elif value >= at:
                container._map[key] = value + 1  # noqa: SLF001
        container.body.insert(at, (None, item))


def _ends_with_blank_line(text: str) -> bool:
    return text.endswith("\n\n") or text.endswith("\r\n\r\n")


def _end_with_blank_line(table: Table) -> None:
    _end_container_with_blank_line(_last_container(table), table.as_string())


def _end_container_with_blank_line(container: Container, text: str) -> None:
    if text and not _ends_with_blank_line(text):
        container.body.append((None, Whitespace("\n" if text.endswith("\n") else "\n\n")))


def _container_before(doc: tomlkit.TOMLDocument, key: str) -> Container | None:
    """The container holding the lines just above the first `[[key]]` header."""
    previous = None
    for body_key, item in doc.body:
        if body_key is not None and body_key.key == key:
            return previous
        if isinstance(item, AoT) and len(item):
            previous = _last_container(item[-1])
        elif isinstance(item, Table) and not isinstance(item, InlineTable):
            previous = _last_container(item)
    return previous


def _end_with_blank_line_document(doc: tomlkit.TOMLDocument, key: str) -> None:
    """Before the first item of a new or emptied collection: a blank line after what precedes it."""
    container = _container_before(doc, key) if key in doc else _document_tail(doc)
    if container is not None and container is not doc:
        _end_container_with_blank_line(container, container.as_string())


def _document_tail(doc: tomlkit.TOMLDocument) -> Container:
    if doc.body:
        last = doc.body[-1][1]
        if isinstance(last, AoT) and len(last):
            return _last_container(last[-1])
        if isinstance(last, Table) and not isinstance(last, InlineTable):
            return _last_container(last)
    return doc


def append_section(doc: tomlkit.TOMLDocument, key: str, value: Table | AoT) -> None:
    tail = _document_tail(doc)
    _end_container_with_blank_line(tail, tomlkit.dumps(doc))
    doc.append(key, value)
