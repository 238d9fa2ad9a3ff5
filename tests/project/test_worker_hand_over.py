"""Every thread worker in ui/ hands its result back through ui/worker_results.deliver, the one
place that drops a result whose pane or app has gone (docs/architecture.md, The UI): a direct
`app.call_from_thread` elsewhere brings back the late-result failures under load."""

from __future__ import annotations

import ast
from pathlib import Path

import workplan_tui

PACKAGE = Path(workplan_tui.__file__).parent
HAND_OVER = PACKAGE / "ui" / "worker_results.py"


def test_only_deliver_calls_call_from_thread() -> None:
    callers = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr == "call_from_thread" and path != HAND_OVER:
                callers.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert callers == []
    assert "call_from_thread" in HAND_OVER.read_text(encoding="utf-8")  # the rule's one exception still is one
