"""Every key binding on a screen, read from the widgets themselves.

The help screen and the command palette both list what this returns, so a
binding added to any widget's BINDINGS shows up in both without a hand-kept list.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from textual.app import App
from textual.binding import Binding
from textual.dom import DOMNode
from textual.screen import Screen

OUR_PACKAGE = "workplan_tui."


class BoundKey(NamedTuple):
    group: str  # where the key works: "Everywhere", "Plan", "Projects table", ...
    key: str  # as shown to the user, e.g. "?" or "space"
    description: str
    action: str
    node: DOMNode  # the node whose namespace runs the action
    ours: bool  # defined by workplan (not a stock Textual widget)


def group_title(node: DOMNode) -> str:
    if node is node.app:
        return "Everywhere"
    return node.BINDING_GROUP_TITLE or type(node).__name__


def _hidden(node: DOMNode, action: str) -> bool:
    """The node hides the action (check_action False: the Vote pane's keys of another kind of
    ballot); None (shown, disabled) is still listed."""
    from textual.actions import parse

    _, name, parameters = parse(action)
    return node.check_action(name, parameters) is False


def screen_bindings(screen: Screen) -> list[BoundKey]:
    """The described bindings of the app, the screen and every widget on it, one entry per widget class."""
    app = screen.app
    seen_classes: set[type] = set()
    found: list[BoundKey] = []
    for node in (app, screen, *screen.walk_children()):
        if type(node) in seen_classes:
            continue
        seen_classes.add(type(node))
        declared_here = our_declared_bindings(type(node))
        # _bindings is the node's merged BindingsMap (its class BINDINGS and its bases'):
        # Textual has no public accessor for bindings that are not currently active.
        for bindings in node._bindings.key_to_bindings.values():  # noqa: SLF001
            for binding in bindings:
                if not binding.description or binding.system or _hidden(node, binding.action):
                    continue
                found.append(
                    BoundKey(
                        group=group_title(node),
                        key=key_display(app, binding),
                        description=binding.description,
                        action=binding.action,
                        node=node,
                        ours=(binding.key, binding.action) in declared_here,
                    )
                )
    return found


def our_declared_bindings(cls: type) -> set[tuple[str, str]]:
    """(key, action) of the bindings workplan's own classes declare, not those inherited from Textual's."""
    declared = set()
    for klass in cls.__mro__:
        if klass.__module__.startswith(OUR_PACKAGE):
            for binding in klass.__dict__.get("BINDINGS", []):
                if isinstance(binding, Binding):
                    for key in binding.key.split(","):
                        declared.add((key.strip(), binding.action))
    return declared


def key_display(app: App[Any], binding: Binding) -> str:
    return app.get_key_display(binding)


async def run_own_binding(node: DOMNode, key: str) -> bool:
    """Run the binding `node` itself has for `key` (its class BINDINGS), as if the key had
    bubbled up to it; False when it has none or its action does not run."""
    for binding in node._bindings.key_to_bindings.get(key, ()):  # noqa: SLF001 (see screen_bindings)
        if await node.app.run_action(binding.action, node):
            return True
    return False
