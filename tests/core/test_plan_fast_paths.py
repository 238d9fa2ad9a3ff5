"""The fast paths for reading and fingerprinting a large plan give exactly what the slow ones do.

A plan may still list a large roster. Two shortcuts keep that quick: `clean_string_rows`
checks a roster a column at a time instead of a member at a time, and `format_value` writes a
string with nothing to escape without escaping it. (A large electorate's roll lives outside the
plan: voting/rolls.py; the pattern that once read `[[members]]` runs is gone.) Each must agree
with the careful path it stands in for, or say it is unsure (None) so the careful path runs;
and a plan's fingerprint, which every cast ballot carries, must never change.
"""

from __future__ import annotations

import tomllib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers.paths import ROOT
from workplan_tui.plan_io import fingerprint, load_plan, loads_plan
from workplan_tui.toml_writer import BASIC_STRING_ESCAPES, format_value
from workplan_tui.validation import Checker, clean_string_rows

# -- clean_string_rows against Checker.table ----------------------------------------

ids = st.one_of(
    st.from_regex(r"[a-z0-9][a-z0-9_-]{0,5}", fullmatch=True),
    st.sampled_from(["con", "Chair", "", "-x", "a" * 65, "a\n", "a\nb"]),
    st.text(max_size=4),
)
texts = st.one_of(st.text(max_size=8), st.sampled_from(["x" * 20_001, "tab\there", "new\nline", "\u202e"]))


clean_items = st.fixed_dictionaries(
    {"id": st.from_regex(r"[a-z0-9][a-z0-9_-]{0,5}", fullmatch=True), "label": st.text(st.characters(min_codepoint=32), max_size=8)},
    optional={"role": st.sampled_from(["chair", "vice_chair", "deputy_chair", "member"])},
)


@st.composite
def rosters(draw) -> list:
    """Clean rosters, now and then with one member spoilt, and rosters of anything."""
    if draw(st.booleans()):
        items = draw(st.lists(clean_items, min_size=1, max_size=5))
        if draw(st.booleans()):
            items[draw(st.integers(0, len(items) - 1))] = draw(st.lists(messy_items(), min_size=1, max_size=1))[0]
        return items
    return draw(st.lists(messy_items(), max_size=5))


@st.composite
def messy_items(draw) -> object:
    item: dict = {}
    if draw(st.booleans()) or draw(st.booleans()):
        item["id"] = draw(ids)
    if draw(st.booleans()) or draw(st.booleans()):
        item["label"] = draw(texts)
    if draw(st.booleans()):
        item["role"] = draw(st.sampled_from(["chair", "vice_chair", "member", "Chair", "boss"]))
    if not draw(st.integers(0, 9)):
        item[draw(st.sampled_from(["extra", "rolee"]))] = "x"
    if not draw(st.integers(0, 9)):
        item[draw(st.sampled_from(["id", "label", "role"]))] = draw(st.sampled_from([3, None, ["a"], True]))
    return item if draw(st.integers(0, 19)) else draw(st.sampled_from(["not a table", 7]))


@given(rosters())
def test_clean_string_rows_are_what_the_checker_gives_member_by_member(items):
    rows = clean_string_rows(items, "member")
    checker = Checker("plan.toml", "")
    expected = [
        checker.table(item, "member", ("members", index)) if isinstance(item, dict) else None
        for index, item in enumerate(items)
    ]
    clean = not checker.errors and all(isinstance(item, dict) for item in items)
    if rows is not None:
        assert clean, checker.errors
        assert rows == expected
        assert [list(row) for row in rows] == [list(row) for row in expected]
    elif items and clean:
        # Unsure of a clean roster: only when some value is not of the exact type str.
        assert any(type(v) is not str for item in items for v in item.values())


# -- writing and fingerprints ---------------------------------------------------------


@given(st.text(), st.booleans())
def test_a_string_is_written_as_the_escaping_writer_writes_it(value, top):
    written = format_value(value, top=top)
    assert tomllib.loads(f"v = {written}")["v"] == value
    if not (top and "\n" in value):
        assert written == '"' + value.translate(BASIC_STRING_ESCAPES) + '"'


# Ballots already cast carry these: a change to the writer must not change them. All four changed
# once, when the fingerprint stopped covering the wording (docs/voting.md, "What voids a ballot").
FINGERPRINTS = {
    # tests/data/report-2017-18.toml until it became an example; a title lost its Markdown then
    "plans/sscb-2017-18.toml": "sha256:b5fea2c7e5501423",
    "plans/sscb-2018-19.toml": "sha256:461b7ca2599cc924",
    # changed by its data, not the writer: its officer estimates became `estimated` lists
    "plans/sscb-2023-24.toml": "sha256:5109bd57fb2f2524",
    "tests/data/bad-ballots.plan.toml": "sha256:756b29726e660dcf",
}


@pytest.mark.parametrize(("path", "value"), sorted(FINGERPRINTS.items()))
def test_fingerprints_of_known_plans_do_not_change(path, value):
    assert fingerprint(load_plan(ROOT / path)) == value


def test_a_large_roster_takes_the_fast_paths_and_loads_as_tomllib_reads_it():
    text = (ROOT / "plans" / "sscb-2023-24.toml").read_text(encoding="utf-8")
    roster = "".join(f'\n[[members]]\nid = "m{i:04d}"\nlabel = "Member {i}"\n' for i in range(2000))
    text = text.replace("\n[[meetings]]", roster + "\n[[meetings]]", 1)
    plan = loads_plan(text)
    assert len(plan.members) > 2000 and plan.members[-1].id == "m1999" and plan.members[-1].role == "member"
    assert clean_string_rows(tomllib.loads(text)["members"], "member") is not None
