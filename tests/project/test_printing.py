"""Everything the command line prints goes through `commands.say` or `commands.print_json`, which
show user text safely (docs/errors.md, "How your text is shown"): a new `print()` in a command
would let a file name or a title reach the terminal raw again (issue 17)."""

from __future__ import annotations

import ast
from pathlib import Path

import workplan_tui

PACKAGE = Path(workplan_tui.__file__).parent
COMMAND_LAYER = sorted([PACKAGE / "cli.py", *(PACKAGE / "commands").glob("*.py")])
PRINTER = PACKAGE / "commands" / "__init__.py"  # say and print_json themselves


def raw_output(path: Path) -> list[str]:
    """`print(...)`, `json.dump(...)` and `<stream>.write(...)` calls in the file, as `file:line`."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        function = node.func
        if (
            (isinstance(function, ast.Name) and function.id == "print")
            or (isinstance(function, ast.Attribute) and function.attr in ("write", "dump", "writelines"))
        ):
            found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    return found


def test_the_command_layer_prints_only_through_say_and_print_json():
    assert len(COMMAND_LAYER) > 10
    assert [line for path in COMMAND_LAYER if path != PRINTER for line in raw_output(path)] == []


def test_the_check_sees_a_print():
    assert raw_output(PRINTER)  # say and print_json do print: the check finds calls like theirs
