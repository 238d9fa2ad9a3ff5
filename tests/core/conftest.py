"""Fixtures of the core tests: the SSCB example with an error planted in it."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def plant(tmp_path: Path, sscb_text: str):
    """Write a copy of the SSCB plan with `old` replaced by `new`; return its path and text."""

    def planter(old: str, new: str, count: int = 1) -> tuple[Path, str]:
        assert old in sscb_text, f"anchor not in the example plan: {old!r}"
        text = sscb_text.replace(old, new, count)
        path = tmp_path / "plan.toml"
        path.write_text(text, encoding="utf-8")
        return path, text

    return planter
