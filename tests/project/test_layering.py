"""The import rules of docs/architecture.md, enforced.

- The core (everything but `ui/`, `commands/`, `cli.py` and `__main__.py`) imports neither Textual nor the command
  layer nor the UI: the command line starts fast and the core is testable without a terminal.
- `ui/` never imports `workplan_tui.commands`: the app and the command line both call the core.
- No command module imports another: what two commands share belongs to the core.
- No module imports a private (`_name`) from another module, in `src/` or in the tests.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import workplan_tui

PACKAGE = Path(workplan_tui.__file__).parent
TESTS = Path(__file__).resolve().parents[1]
UI_LIBRARIES = ("textual", "textual_serve", "rich")


def relative(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def layer(path: Path) -> str:
    name = relative(path)
    if name.startswith("ui/"):
        return "ui"
    if name.startswith("commands/") or name in ("cli.py", "__main__.py"):
        return "commands"
    return "core"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(path: Path) -> list[tuple[str, tuple[str, ...]]]:
    """(module, names) for every import in the file, relative imports resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((alias.name, ()) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join([*base, module] if module else base)
            found.append((module, tuple(alias.name for alias in node.names)))
    return found


def source_files() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def offenders(rule) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in source_files():
        bad = [module for module, names in imports(path) if rule(path, module, names)]
        if bad:
            found[relative(path)] = sorted(set(bad))
    return found


def core_imports_ui_or_commands(path: Path, module: str, names: tuple[str, ...]) -> bool:
    top = module.split(".")[0]
    return layer(path) == "core" and (
        top in UI_LIBRARIES or module.startswith(("workplan_tui.ui", "workplan_tui.commands", "workplan_tui.cli"))
    )


def ui_imports_commands(path: Path, module: str, names: tuple[str, ...]) -> bool:
    return layer(path) == "ui" and module.startswith(("workplan_tui.commands", "workplan_tui.cli"))


def command_imports_command(path: Path, module: str, names: tuple[str, ...]) -> bool:
    if not relative(path).startswith("commands/") or path.name == "__init__.py":
        return False
    if module == "workplan_tui.commands":  # a shared name of the package is fine, a command module is not
        return any((PACKAGE / "commands" / f"{name}.py").exists() for name in names)
    return module.startswith("workplan_tui.commands.")


def private_names(path: Path, module: str, names: tuple[str, ...]) -> bool:
    return module.startswith("workplan_tui") and any(name.startswith("_") and not name.startswith("__") for name in names)


def private_attributes(path: Path) -> list[str]:
    """`module._name` where `module` was imported from workplan_tui."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    ours = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("workplan_tui"):
            ours.update(alias.asname or alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            ours.update(alias.asname or alias.name.split(".")[0] for alias in node.names if alias.name.startswith("workplan_tui"))
    return sorted(
        f"{node.value.id}.{node.attr}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id in ours
        and node.attr.startswith("_")
        and not node.attr.startswith("__")
    )


def test_the_layers_are_all_there():
    layers = {layer(path) for path in source_files()}
    assert layers == {"core", "ui", "commands"}
    assert len([path for path in source_files() if layer(path) == "core"]) > 20


def test_the_core_imports_neither_textual_nor_the_ui_nor_the_commands():
    assert offenders(core_imports_ui_or_commands) == {}


def test_the_ui_never_imports_the_command_layer():
    assert offenders(ui_imports_commands) == {}


def test_no_command_module_imports_another():
    assert offenders(command_imports_command) == {}


def test_no_module_imports_a_private_name_of_another():
    assert offenders(private_names) == {}
    reached = {relative(path): private_attributes(path) for path in source_files()}
    assert {name: attrs for name, attrs in reached.items() if attrs} == {}


def test_no_test_imports_a_private_name():
    found = {}
    for path in sorted(TESTS.rglob("*.py")):
        bad = [module for module, names in imports_from_file(path) if private_names(path, module, names)]
        bad += private_attributes(path)
        if bad:
            found[path.relative_to(TESTS).as_posix()] = bad
    assert found == {}


def imports_from_file(path: Path) -> list[tuple[str, tuple[str, ...]]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and not node.level:
            found.append((node.module or "", tuple(alias.name for alias in node.names)))
        elif isinstance(node, ast.Import):
            found.extend((alias.name, ()) for alias in node.names)
    return found


@pytest.mark.parametrize(
    ("rule", "file", "module", "names"),
    [
        (core_imports_ui_or_commands, "capacity.py", "textual.widgets", ()),
        (core_imports_ui_or_commands, "capacity.py", "workplan_tui.commands.tally", ()),
        (ui_imports_commands, "ui/app.py", "workplan_tui.commands.export", ("default_output",)),
        (command_imports_command, "commands/export.py", "workplan_tui.commands.tally", ("load",)),
        (command_imports_command, "commands/export.py", "workplan_tui.commands", ("tally",)),
        (private_names, "plan_edit.py", "workplan_tui.plan_io", ("_format_value",)),
    ],
)
def test_each_rule_catches_what_it_forbids(rule, file, module, names):
    assert rule(PACKAGE / file, module, names)


@pytest.mark.parametrize(
    ("rule", "file", "module", "names"),
    [
        (core_imports_ui_or_commands, "capacity.py", "workplan_tui.model", ("Plan",)),
        (ui_imports_commands, "ui/app.py", "workplan_tui.plan_io", ("load_plan",)),
        (command_imports_command, "commands/export.py", "workplan_tui.errors", ("WorkplanError",)),
        (command_imports_command, "commands/export.py", "workplan_tui.commands", ("SubParsers",)),
        (private_names, "plan_edit.py", "workplan_tui.plan_io", ("__version__",)),
    ],
)
def test_each_rule_allows_what_it_allows(rule, file, module, names):
    assert not rule(PACKAGE / file, module, names)


# The only places that reach into another library's private names, each for a reason:
# tomlkit's layout internals (pinned below 0.16 in pyproject.toml), Textual's binding map
# (no public way to read a widget's own bindings) and argparse's sub-parser type (named once).
PRIVATE_REACH = {"toml_layout.py", "ui/bindings.py", "commands/__init__.py"}


def reaches_into_privates(path: Path) -> list[str]:
    """`x._name` where x is neither self, cls nor super()."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__")):
            continue
        owner = node.value
        if isinstance(owner, ast.Name) and owner.id in ("self", "cls"):
            continue
        if isinstance(owner, ast.Call) and isinstance(owner.func, ast.Name) and owner.func.id == "super":
            continue
        found.append(ast.unparse(node))
    return found


def test_only_the_named_modules_reach_into_other_libraries_privates():
    reached = {relative(path): reaches_into_privates(path) for path in source_files()}
    assert {name for name, found in reached.items() if found} == PRIVATE_REACH
