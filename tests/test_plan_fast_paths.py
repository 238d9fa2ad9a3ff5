"""The fast paths for fingerprinting a large plan give exactly what the slow ones do.

A tally of 10,000 ballots fingerprints a 10,000-member plan. `_format_value` writes a
string with nothing to escape without escaping it, and must agree with the escaping path;
a plan's fingerprint, which every cast ballot carries, must never change.
"""

from __future__ import annotations

import tomllib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import ROOT
from workplan_tui.plan_io import (
    _BASIC_STRING_ESCAPES,
    _format_value,
    fingerprint,
    load_plan,
)

# -- writing and fingerprints ---------------------------------------------------------


@given(st.text(), st.booleans())
def test_a_string_is_written_as_the_escaping_writer_writes_it(value, top):
    written = _format_value(value, top=top)
    assert tomllib.loads(f"v = {written}")["v"] == value
    if not (top and "\n" in value):
        assert written == '"' + value.translate(_BASIC_STRING_ESCAPES) + '"'


# Ballots already cast carry these: a change to the writer must not change them.
FINGERPRINTS = {
    "plans/sscb-2018-19.toml": "sha256:4f320ffff15eb952",
    "plans/sscb-2023-24.toml": "sha256:a46ec8f3a4751fbc",
    "tests/data/bad-ballots.plan.toml": "sha256:ce9042cfc1ce88ce",
    "tests/data/report-2017-18.toml": "sha256:d946ca9ea0386440",
}


@pytest.mark.parametrize(("path", "value"), sorted(FINGERPRINTS.items()))
def test_fingerprints_of_known_plans_do_not_change(path, value):
    assert fingerprint(load_plan(ROOT / path)) == value
