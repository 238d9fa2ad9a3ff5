"""The documentation and the code describe the same error ids and plan keys."""

from __future__ import annotations

import re

from helpers.paths import ROOT
from workplan_tui.errors import ERROR_IDS
from workplan_tui.schema import TABLES

DOCS = ROOT / "docs"


def test_every_error_id_is_documented_with_an_example_and_a_fix():
    text = (DOCS / "errors.md").read_text(encoding="utf-8")
    sections = dict(re.findall(r"^### (E\d{3}) .*?\n(.*?)(?=^### |\Z)", text, flags=re.M | re.S))
    assert set(sections) == set(ERROR_IDS)
    for code, body in sections.items():
        assert f": {code} " in body, f"{code} has no example message"
        assert "**Fix:**" in body, f"{code} has no fix"


def test_every_plan_key_is_documented():
    text = (DOCS / "plan-format.md").read_text(encoding="utf-8")
    missing = [f"{table}.{key}" for table, fields in TABLES.items() for key in fields if f"`{key}`" not in text]
    assert missing == []
