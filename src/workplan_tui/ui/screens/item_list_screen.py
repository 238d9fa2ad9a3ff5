"""Members, Meetings and Declarations of interest: the plan's list, with keys to add, edit
and remove an item."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, DataTable

from workplan_tui.model import Plan
from workplan_tui.text import readable_id
from workplan_tui.ui.textual_types import workplan_app

# No id column: people know members by their label and meetings by their date; the form (enter) shows the id.
COLUMNS = {
    "members": ("Member", "Role"),
    "meetings": ("Date", "Kind", "Title"),
    "interests": ("Member", "Project", "Interest"),
}
TITLES = {"members": "Members", "meetings": "Meetings", "interests": "Declarations of interest"}


def interest_key(member: str, project: str) -> str:
    """A declaration's row key: ids are slugs, so a `/` never occurs in either."""
    return f"{member}/{project}"


def rows(plan: Plan, collection: str) -> list[tuple[str, list[Text]]]:
    if collection == "interests":
        labels = {member.id: member.label for member in plan.members}
        return [
            (interest_key(i.member, i.project), [Text(labels[i.member]), Text(plan.project(i.project).title), Text(i.note)])
            for i in plan.interests
        ]
    if collection == "members":
        return [(m.id, [Text(m.label), Text(readable_id(m.role))]) for m in plan.members]
    return [(m.id, [Text(f"{m.date:%-d %b %Y}"), Text(readable_id(m.kind)), Text(m.title)]) for m in plan.meetings]


class ItemListScreen(ModalScreen[None]):
    """collection: "members", "meetings" or "interests"."""

    BINDING_GROUP_TITLE = "List"
    BINDINGS = [
        Binding("plus", "add", "Add", key_display="+"),
        Binding("enter", "edit", "Edit"),
        Binding("x,delete", "remove", "Remove"),
        Binding("escape", "close", "Close"),
    ]

    def __init__(self, collection: str) -> None:
        super().__init__()
        self.collection = collection

    def compose(self) -> ComposeResult:
        with Vertical(id="list-frame", classes="dialog") as frame:
            frame.border_title = TITLES[self.collection]
            frame.border_subtitle = "+ add · enter edit · x remove · escape close"
            yield DataTable(id="list-table", cursor_type="row", zebra_stripes=True)
            with Horizontal(id="list-buttons"):
                yield Button("Add (+)", id="list-add", compact=True)
                yield Button("Close (esc)", id="list-close", compact=True)

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns(*COLUMNS[self.collection])
        self.watch(self.app, "plan", self._fill)
        table.focus()

    def _fill(self, plan: Plan | None) -> None:
        if plan is None:
            return
        table = self.query_one(DataTable)
        current = self.current_id
        table.clear()
        for key, cells in rows(plan, self.collection):
            table.add_row(*cells, key=key)
        if current is not None and current in table.rows:
            table.move_cursor(row=table.get_row_index(current), animate=False)

    @property
    def current_id(self) -> str | None:
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        return table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_edit()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "list-add":
            self.action_add()
        else:
            self.action_close()

    def action_add(self) -> None:
        from workplan_tui.ui.screens.forms import launch

        launch.add_item(workplan_app(self), self.collection)

    def action_edit(self) -> None:
        from workplan_tui.ui.screens.forms import launch

        if self.current_id is not None:
            launch.edit_item(workplan_app(self), self.collection, self.current_id)

    def action_remove(self) -> None:
        from workplan_tui.ui.screens.forms import launch

        if self.current_id is not None:
            launch.remove_item(workplan_app(self), self.collection, self.current_id)

    def action_close(self) -> None:
        self.dismiss(None)
