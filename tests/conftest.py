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
# CI draws the same examples each run (derandomize), so a CI failure reproduces here with
# HYPOTHESIS_PROFILE=ci; the dev profile keeps exploring new ones.
settings.register_profile(
    "ci", max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
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


# -- the slowest tests start first ----------------------------------------------------------
# pytest-xdist hands each worker a run of tests in collection order and lets an idle worker
# steal from a busy one, but a test already running cannot be shared: a 30 s typing test
# collected near the end kept one core busy after the other had run out of work. The tests
# that took over SLOW_SECONDS in the last run (their times kept in pytest's cache) start first,
# slowest first; the others keep their order, so that a module's fixtures stay together.
# Without a cache (a fresh clone, `-p no:cacheprovider`) the order is the collection order.
DURATIONS_KEY = "workplan/durations"
SLOW_SECONDS = 1.0
measured: dict[str, float] = {}  # this run's seconds per test: setup, call and teardown


def last_durations(config: pytest.Config) -> dict[str, float]:
    if hasattr(config, "workerinput"):  # an xdist worker: the main process's copy
        return config.workerinput.get(DURATIONS_KEY, {})
    cache = getattr(config, "cache", None)
    return cache.get(DURATIONS_KEY, {}) if cache is not None else {}


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node) -> None:  # node: xdist's WorkerController
    # The workers sort with the times the main process read, not each its own reading of the
    # cache: a run ending meanwhile would give them different orders, which xdist refuses.
    node.workerinput[DURATIONS_KEY] = last_durations(node.config)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    durations = last_durations(config)
    slow = sorted(
        (item for item in items if durations.get(item.nodeid, 0.0) > SLOW_SECONDS),
        key=lambda item: -durations[item.nodeid],
    )
    slow_ids = {id(item) for item in slow}
    items[:] = slow + [item for item in items if id(item) not in slow_ids]


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    # Called in the main process for every worker's reports too.
    measured[report.nodeid] = measured.get(report.nodeid, 0.0) + report.duration


def pytest_sessionfinish(session: pytest.Session) -> None:
    cache = getattr(session.config, "cache", None)
    if cache is None or hasattr(session.config, "workerinput"):  # the main process writes it
        return
    durations = cache.get(DURATIONS_KEY, {})
    durations.update({nodeid: round(seconds, 3) for nodeid, seconds in measured.items()})
    cache.set(DURATIONS_KEY, durations)

