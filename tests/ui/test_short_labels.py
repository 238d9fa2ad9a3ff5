"""The role columns' short labels: initials while they are unique, spelt out further when two would clash."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from workplan_tui.ui.short_labels import short_labels


def test_initials_while_they_are_unique():
    assert short_labels(["Senior adviser", "Adviser", "Graduate trainee"]) == ["SA", "A", "GT"]


def test_adviser_and_analyst_never_share_a():
    assert short_labels(["Senior adviser", "Adviser", "Analyst"]) == ["SA", "Ad", "An"]


def test_a_shared_first_word_is_told_apart_by_the_last():
    assert short_labels(["Senior adviser", "Senior analyst", "Adviser"]) == ["SAd", "SAn", "A"]


def test_labels_spelt_the_same_are_numbered():
    assert short_labels(["Adviser", "Adviser"]) == ["Adviser1", "Adviser2"]


def test_a_number_never_lands_on_another_label():
    assert short_labels(["a", "a ", "A1"]) == ["A2", "A3", "A1"]


@given(st.lists(st.text(alphabet="abcAB1 _-", max_size=12), max_size=8))
def test_never_two_alike(labels):
    shorts = short_labels(labels)
    assert len(shorts) == len(labels)
    assert len(set(shorts)) == len(shorts)
