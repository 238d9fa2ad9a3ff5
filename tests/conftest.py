"""Settings and fixtures for every test folder: the Hypothesis profiles and the SSCB example's text.

Each folder's own fixtures are in its conftest.py (core/, ui/); cli/ and project/ have none to share."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

from helpers.paths import SSCB  # helpers/ is importable: pytest puts this folder on sys.path

settings.register_profile("dev", max_examples=60, deadline=None)
settings.register_profile("ci", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


@pytest.fixture
def sscb_text() -> str:
    return SSCB.read_text(encoding="utf-8")

