"""Settings and fixtures for every test folder: the Hypothesis profiles and the SSCB example's text.

Each folder's own fixtures are in its conftest.py (core/, ui/); cli/ and project/ have none to share."""

from __future__ import annotations

import os
import sys

import pytest
from hypothesis import HealthCheck, settings

from helpers.paths import SSCB  # helpers/ is importable: pytest puts this folder on sys.path

# Compiled tests and package are cached, as an installed package is, even where
# PYTHONDONTWRITEBYTECODE is set (the development machine sets it): without the cache each
# xdist worker compiled and assertion-rewrote every test module again (~12 s of CPU each, most
# of collecting), and each `workplan` process a test starts compiled the package again. The
# caches are __pycache__ folders, ignored by git; the benchmarks do the same for their children.
sys.dont_write_bytecode = False
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)

settings.register_profile("dev", max_examples=60, deadline=None)
settings.register_profile("ci", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


@pytest.fixture
def sscb_text() -> str:
    return SSCB.read_text(encoding="utf-8")



@pytest.fixture(autouse=True)
def starter_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """No clocks in tests: a starter plan is started on 1 March 2025, so it is for 2025/26 (the
    snapshots and the fixtures built on it); tests/cli/test_cli_new.py sets other days."""
    import datetime as dt

    from workplan_tui import starter

    monkeypatch.setattr(starter, "today", lambda: dt.date(2025, 3, 1), raising=False)
