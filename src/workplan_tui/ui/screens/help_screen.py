"""`?`: every key of the screen underneath, grouped by where it works."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen
from textual.widgets import Input, SelectionList, Static, Tabs, TextArea, Tree

from workplan_tui.ui.bindings import BoundKey, screen_bindings

# The stock keys of Textual's widgets, under what a person would call the place they work in
# (not the widget's class name: "MainScreen", "ContentTabs"), in this order.
MOVING, TABS, TEXT, TREE, CHOICES, SCROLLING = (
    "Moving between parts of the screen",
    "The pane tabs",
    "Typing in a text field",
    "The themes and activities",
    "Lists and choices in forms",
    "Scrolling",
)
STOCK_ORDER = ("Everywhere", MOVING, TABS, TEXT, TREE, CHOICES, SCROLLING)
# Textual's own words for two of its keys, made plain.
PLAIN_DESCRIPTIONS = {"palette": "Command palette: search every command"}


def stock_heading(node: DOMNode) -> str:
    """Where a stock key works, in words."""
    from textual.widgets import Checkbox, Select

    if node is node.app:
        return "Everywhere"
    if isinstance(node, Screen):
        return MOVING
    if isinstance(node, Tabs):
        return TABS
    if isinstance(node, Input | TextArea):
        return TEXT
    if isinstance(node, Tree):
        return TREE
    if isinstance(node, Select | SelectionList | Checkbox) or type(node).__name__ == "SelectOverlay":
        return CHOICES
    return SCROLLING


def stock_heading_of(bound: BoundKey) -> str:
    heading = stock_heading(bound.node)
    # A text field's scrolling keys are every scrolling widget's: listed once, under Scrolling.
    if heading == TEXT and bound.action.startswith(("scroll_", "page_")):
        return SCROLLING
    return heading


def grouped(entries: list[BoundKey], heading_of: Callable[[BoundKey], str]) -> dict[str, list[tuple[str, str]]]:
    """heading -> (keys, description), each key once under a heading, and the keys of one
    description in one entry ("x, del  Remove project")."""
    headings: dict[str, dict[str, list[str]]] = {}
    for bound in entries:
        descriptions = headings.setdefault(heading_of(bound), {})
        if any(bound.key in keys for keys in descriptions.values()):
            continue  # the same key again (a second widget of the kind, or a second binding)
        descriptions.setdefault(PLAIN_DESCRIPTIONS.get(bound.description, bound.description), []).append(bound.key)
    return {heading: [(", ".join(keys), description) for description, keys in items.items()] for heading, items in headings.items()}


def help_text(screen: Screen) -> Text:
    """The help as text: workplan's keys by where they work, then the standard keys of lists,
    tables and text fields by what they work in; each key once under its heading."""
    bindings = screen_bindings(screen)
    ours = grouped([bound for bound in bindings if bound.ours], lambda bound: bound.group)
    stock_groups = grouped([bound for bound in bindings if not bound.ours], stock_heading_of)
    stock = {heading: stock_groups[heading] for heading in STOCK_ORDER if heading in stock_groups}
    width = max((len(keys) for section in (ours, stock) for items in section.values() for keys, _ in items), default=4) + 2
    text = Text()
    for title, section in (("Keys", ours), ("Standard keys of lists, tables and text fields", stock)):
        if not section:
            continue
        text.append(f"{title}\n", style="bold underline")
        for heading, items in section.items():
            text.append(f"\n{heading}\n", style="bold")
            for keys, description in items:
                text.append(f"  {keys:<{width}}", style="bold")
                text.append(f"{description}\n")
        text.append("\n")
    text.append("ctrl+p opens the command palette: every key above is also a command there.", style="italic")
    return text


class HelpScreen(ModalScreen[None]):
    BINDING_GROUP_TITLE = "Help"
    BINDINGS = [
        Binding("escape", "dismiss", "Close help"),
        Binding("question_mark", "dismiss", "Close help", key_display="?", show=False),
        Binding("q", "dismiss", "Close help", show=False),
    ]

    def __init__(self, described: Screen) -> None:
        super().__init__()
        self._described = described

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body", classes="dialog") as body:
            body.border_title = "Help: keys"
            body.border_subtitle = "escape closes"
            yield Static(help_text(self._described), id="help-text")
