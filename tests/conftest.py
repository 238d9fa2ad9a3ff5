"""Fixtures and settings for every test folder: the Hypothesis profiles and the SSCB example plan."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from helpers.paths import SSCB

settings.register_profile("dev", max_examples=60, deadline=None)
settings.register_profile("ci", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


@pytest.fixture
def sscb_text() -> str:
    return SSCB.read_text(encoding="utf-8")


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
