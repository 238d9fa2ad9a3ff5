"""The fast paths for reading and fingerprinting a large plan give exactly what the slow ones do.

A tally of 10,000 ballots reads a 10,000-member plan. Three shortcuts keep that quick:
`members_fast` reads the `[[members]]` blocks with a pattern instead of tomllib,
`clean_string_rows` checks a roster a column at a time instead of a member at a time, and
`format_value` writes a string with nothing to escape without escaping it. Each must agree
with the careful path it stands in for, or say it is unsure (None) so the careful path runs;
and a plan's fingerprint, which every cast ballot carries, must never change.
"""

from __future__ import annotations

import json
import tomllib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers.paths import PLANS, ROOT
from workplan_tui.plan_io import dumps_plan, fingerprint, load_plan, loads_plan
from workplan_tui.toml_reader import members_fast
from workplan_tui.toml_writer import BASIC_STRING_ESCAPES, format_value
from workplan_tui.validation import Checker, clean_string_rows

# -- members_fast against tomllib ---------------------------------------------------

HEAD = 'schema = 1\n\n[plan]\ntitle = "T"\n'
TAIL = '[[meetings]]\nid = "m1"\ndate = 2023-04-01\n'

values = st.one_of(
    st.from_regex(r'[A-Za-z0-9 ,.()-]{0,12}', fullmatch=True),  # the common case
    st.text(max_size=6),  # anything: quotes, backslashes, controls, tabs, bidi overrides
)
keys = st.sampled_from(["id", "label", "role", "x-y", "a.b", '"id"', "id "])


@st.composite
def member_lines(draw) -> str:
    key = draw(keys)
    value = draw(values)
    quoted = draw(st.sampled_from([
        '"' + value + '"',
        json.dumps(value),  # escapes: tomllib must read those
        "'" + value + "'",
        "3",
        '"""' + value + '"""',
    ]))
    space = draw(st.sampled_from(["", " ", "\t", "  "]))
    comment = draw(st.sampled_from(["", "  # note", " #", "# \x01", "\t# tab"]))
    end = draw(st.sampled_from(["\n", "\n", "\n", "\r\n", ""]))
    return f"{space}{key}{space or ' '}={space or ' '}{quoted}{comment}{end}"


@st.composite
def members_blocks(draw) -> str:
    blocks = []
    for _ in range(draw(st.integers(0, 4))):
        header = draw(st.sampled_from(["[[members]]\n", "[[members]]\n", "[[members]]  # who\n", "[[ members ]]\n",
                                       "[members]\n", "[[members.x]]\n", "[[members]]\r\n"]))
        lines = draw(st.lists(member_lines() | st.sampled_from(["\n", "# c\n", "   \n"]), max_size=4))
        blocks.append(header + "".join(lines))
    return "".join(blocks)


@st.composite
def plausible_rosters(draw) -> str:
    """Rosters as people and dumps_plan write them, now and then with a comment or blank line."""
    blocks = []
    for _ in range(draw(st.integers(1, 4))):
        lines = ["[[members]]\n"]
        for key in draw(st.sampled_from([("id", "label"), ("id", "label", "role"), ("label", "id"), ("id",)])):
            value = draw(st.from_regex(r"[a-z0-9 -]{0,8}", fullmatch=True) | values)
            lines.append(f'{key} = "{value}"' + draw(st.sampled_from(["", "", "  # note"])) + "\n")
        lines += draw(st.lists(st.sampled_from(["\n", "# c\n"]), max_size=2))
        blocks.append("".join(lines))
    return "".join(blocks)


# Text that may come before or after the roster: ordinary tables, and what would fool a
# shortcut that did not look: the roster inside a multi-line string or array, `members`
# defined another way, keys with no table header between them and the roster.
surroundings = st.sampled_from([
    "",
    HEAD,
    HEAD + "\n",
    TAIL,
    'summary = """\n',
    '"""\n',
    '[ closing a string """\n',
    "'''\n",
    "x = [\n",
    "]\n",
    "members = []\n",
    "[members]\n",
    "[members.extra]\nkey = 1\n",
    "[[members]]\nid = 'lit'\n",
    'label = "loose"\n',
    "[limits]\nbudget = 1\n",
    "[plan]\n",
    "# comment\n",
    "\n",
])


@given(
    st.lists(surroundings, max_size=3),
    plausible_rosters() | members_blocks(),
    st.lists(surroundings, max_size=3),
    st.just("") | plausible_rosters() | members_blocks(),
)
def test_members_fast_gives_what_tomllib_gives_or_nothing(before, roster, after, more):
    text = "".join(before) + roster + "".join(after) + more
    fast = members_fast(text)
    try:
        expected = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        assert fast is None, text
        return
    if fast is not None:
        assert fast == expected
        assert list(fast) == list(expected)  # same key order
        assert [list(member) for member in fast["members"]] == [list(member) for member in expected["members"]]


@pytest.mark.parametrize(
    "text",
    [
        # The roster sits in a multi-line string: the text parses, but has no members.
        'schema = 1\nsummary = """\n[[members]]\nid = "a"\n"""\n',
        # ... even when the line after it starts like a table header.
        'x = """\n[[members]]\nid = "a"\n[ still the string """\n[t]\n',
        # Or in an unclosed array, so the file does not parse at all.
        'x = [\n[[members]]\nid = "a"\n]\n',
        # A key after the roster without a header belongs to the last member.
        '[[members]]\nid = "a"\nrole = 3\n',
        # A sub-table of the last member, defined after the roster.
        '[[members]]\nid = "a"\n\n[members.extra]\nk = 1\n',
        # The same key twice in one member.
        '[[members]]\nid = "a"\nid = "b"\n',
        # The name the shortcut marks the roster's place with, in the file itself.
        'x = """\n[[members]]\nid = "a"\n[ s """\n[workplan-members-run]\n',
    ],
)
def test_members_fast_is_unsure_of_what_it_cannot_vouch_for(text):
    assert members_fast(text) is None


def test_members_fast_reads_the_plans_we_write_and_the_examples():
    for source in sorted(PLANS.glob("*.toml")):
        text = source.read_text(encoding="utf-8")
        assert members_fast(text) == tomllib.loads(text), source
        written = dumps_plan(load_plan(source))
        assert members_fast(written) == tomllib.loads(written), source


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
    assert members_fast(text) == tomllib.loads(text)
    plan = loads_plan(text)
    assert len(plan.members) > 2000 and plan.members[-1].id == "m1999" and plan.members[-1].role == "member"
    assert clean_string_rows(tomllib.loads(text)["members"], "member") is not None
