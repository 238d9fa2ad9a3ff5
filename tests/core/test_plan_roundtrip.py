"""Loading, writing and loading again gives an equal model; the writer is deterministic."""

from __future__ import annotations

import datetime as dt
import string
import tomllib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers.paths import PLANS
from workplan_tui.errors import WorkplanError
from workplan_tui.plan_io import dumps_plan, fingerprint, load_plan, loads_plan, write_plan
from workplan_tui.starter import starter_text
from workplan_tui.toml_writer import format_value


def test_example_plans_round_trip(tmp_path):
    for source in sorted(PLANS.glob("*.toml")):
        plan = load_plan(source)
        out = tmp_path / source.name
        write_plan(plan, out)
        again = load_plan(out)
        assert again == plan
        assert dumps_plan(again) == out.read_text(encoding="utf-8")


def test_starter_plan_is_valid_and_round_trips():
    plan = loads_plan(starter_text(), "starter.toml")
    assert loads_plan(dumps_plan(plan)) == plan


def test_fingerprint_ignores_layout_but_not_content():
    plan = loads_plan(starter_text())
    reformatted = loads_plan(dumps_plan(plan))
    assert fingerprint(reformatted) == fingerprint(plan)
    changed = loads_plan(starter_text().replace("cost = 2000", "cost = 2001"))
    assert fingerprint(changed) != fingerprint(plan)


# -- generated plans --------------------------------------------------------------

slugs = st.text(string.ascii_lowercase + string.digits, min_size=1, max_size=8).map(lambda s: "x" + s)
texts = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"),
    max_size=40,
) | st.sampled_from(['quote " and \\ backslash', "line\nbreak", "tab\there", "'''", '"""', "[red]x[/]"])
days = st.dates(min_value=dt.date(2023, 4, 1), max_value=dt.date(2024, 3, 31))


@st.composite
def plan_texts(draw):
    roles = draw(st.lists(slugs, min_size=1, max_size=3, unique=True))
    theme_ids = draw(st.lists(slugs, min_size=1, max_size=3, unique=True))
    project_ids = draw(st.lists(slugs, min_size=0, max_size=5, unique=True))
    lines = [
        "schema = 1",
        "[plan]",
        f"title = {toml_string(draw(texts))}",
        'board = "Board"',
        'cycle = "2023/24"',
        "start = 2023-04-01",
        "end = 2024-03-31",
        "[limits]",
        f"budget = {draw(st.integers(0, 10**9))}",
        "[limits.capacity]",
        *[f"{role} = {draw(st.integers(0, 40) | st.floats(0, 40, allow_nan=False))}" for role in roles],
    ]
    for theme in theme_ids:
        activities = draw(st.lists(texts, max_size=3))
        lines += ["[[themes]]", f'id = "{theme}"', f"title = {toml_string(draw(texts))}",
                  "activities = [" + ", ".join(toml_string(a) for a in activities) + "]"]
    for project in project_ids:
        start, end = sorted([draw(days), draw(days)])
        effort = {role: draw(st.integers(0, 30)) for role in draw(st.lists(st.sampled_from(roles), unique=True))}
        lines += [
            "[[projects]]",
            f'id = "{project}"',
            f"title = {toml_string(draw(texts))}",
            f'theme = "{draw(st.sampled_from(theme_ids))}"',
            f"summary = {toml_string(draw(texts))}",
            f"cost = {draw(st.integers(0, 100_000))}",
            f'funding = {toml_string(draw(st.sampled_from(["", "SIGCE budget"])))}',
            "effort = {" + ", ".join(f"{k} = {v}" for k, v in effort.items()) + "}",
            f"start = {start}",
            f"end = {end}",
        ]
    return "\n".join(lines) + "\n"


def toml_string(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    escaped = "".join(ch if ord(ch) >= 0x20 and ch != "\x7f" else f"\\u{ord(ch):04x}" for ch in escaped)
    return f'"{escaped}"'


@given(plan_texts())
def test_generated_plans_round_trip(text):
    plan = loads_plan(text)
    written = dumps_plan(plan)
    assert loads_plan(written) == plan
    assert dumps_plan(loads_plan(written)) == written


@given(plan_texts(), st.data())
def test_mutated_plans_give_a_plan_or_located_errors(text, data):
    """Whatever the bytes, the loader returns a plan or raises WorkplanError, nothing else."""
    position = data.draw(st.integers(0, len(text)))
    action = data.draw(st.sampled_from(["delete", "insert", "replace", "truncate"]))
    noise = data.draw(st.text(max_size=5) | st.sampled_from(["[", "]", "=", '"', "{", "[[x]]\n", "\n", "-1", "2023-02-30"]))
    if action == "delete":
        mutated = text[:position] + text[position + len(noise) + 1 :]
    elif action == "insert":
        mutated = text[:position] + noise + text[position:]
    elif action == "replace":
        mutated = text[:position] + noise + text[position + len(noise) :]
    else:
        mutated = text[:position]
    try:
        loads_plan(mutated, "fuzz.toml")
    except WorkplanError as error:
        for located in error.errors:
            assert located.file == "fuzz.toml"
            assert located.line >= 1 and located.column >= 1
            assert located.code.startswith("E") and located.message


@pytest.mark.parametrize("text", ["\r\n", "first line\r\nsecond line", "a\nb\r\n", "a\nb"])
def test_text_with_line_breaks_reads_back_exactly(text):
    """A multi-line TOML string normalises CRLF to LF, so text with a carriage return is escaped."""
    written = format_value(text, top=True)
    assert tomllib.loads(f"v = {written}")["v"] == text
