"""Money with pence, exactly: amounts read as written, held as pence, summed as integers,
shown through format_money and written back as they were typed."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.paths import PLANS, SSCB
from helpers.voting_plans import plan_text
from workplan_tui.advice import advise
from workplan_tui.capacity import check_bundle, format_money
from workplan_tui.errors import WorkplanError
from workplan_tui.money import (
    MINOR_PER_UNIT,
    STYLES,
    AmountError,
    amount_of,
    file_amount,
    parse_amount,
    plain_amount,
    to_minor,
    typed_amount,
)
from workplan_tui.plan_edit import EditSession
from workplan_tui.plan_io import dumps_plan, fingerprint, load_plan, loads_plan
from workplan_tui.schema import MAX_MONEY
from workplan_tui.voting.selection import walk

CURRENCIES = [*STYLES, "CHF"]


def plan_with_costs(*costs: str, budget: str = "10000", currency: str = "GBP") -> str:
    text = plan_text([{"id": f"p{i}", "cost": cost, "effort": {"adviser": 1}} for i, cost in enumerate(costs, 1)])
    text = text.replace("budget = 10000", f"budget = {budget}", 1)
    return text.replace('currency = "GBP"', f'currency = "{currency}"', 1)


def errors(text: str) -> list[str]:
    with pytest.raises(WorkplanError) as caught:
        loads_plan(text, "plan.toml")
    return [str(error) for error in caught.value.errors]


def position(text: str, snippet: str) -> tuple[int, int]:
    """Line and column of the value after `snippet` (the text from `= `)."""
    index = text.index(snippet) + snippet.index("=") + 2
    return text.count("\n", 0, index) + 1, index - (text.rfind("\n", 0, index) + 1) + 1


# -- reading ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "pence"),
    [
        ("12500", 1250000),
        ("12500.50", 1250050),
        ("12500.5", 1250050),
        ('"12500.50"', 1250050),
        ('"12,500.50"', 1250050),
        ('"£12,500.50"', 1250050),
        ("12_500.10", 1250010),  # TOML's digit separator, read exactly: not 1250009.99...
        ("0.1", 10),
        ("0.29", 29),  # int(0.29 * 100) is 28: the binary float was never used
        ("1.005e3", 100500),
    ],
)
def test_every_written_form_of_an_amount_reads_as_exact_pence(written, pence):
    plan = loads_plan(plan_with_costs(written))
    assert plan.projects[0].cost == pence and type(plan.projects[0].cost) is int


def test_a_polish_budget_reads_its_own_format_and_the_file_form():
    plan = loads_plan(plan_with_costs('"12 500,50 zł"', "0.01", budget='"1 000 000,00 zł"', currency="PLN"))
    assert [project.cost for project in plan.projects] == [1250050, 1]
    assert plan.limits.budget == 1_000_000_00
    assert format_money(plan.projects[0].cost, "PLN") == "12 500,50 zł"


@pytest.mark.parametrize(
    ("written", "code", "message"),
    [
        ("12500.505", "E150", "`projects[0].cost` is 12500.505, which has more than 2 decimals; an amount is exact to the penny"),
        ('"1,500.001"', "E150", "`projects[0].cost` is 1,500.001, which has more than 2 decimals"),
        ("12.500", "E150", "is 12.500, which has more than 2 decimals"),  # 12,500 where a point groups thousands
        ('"€12.500"', "E150", "is €12.500, which"),
        ("nan", "E151", "`projects[0].cost` must be a finite amount, not nan or inf"),
        ("-inf", "E151", "`projects[0].cost` must be a finite amount"),
        ('"twelve pounds"', "E152", "`projects[0].cost` must be an amount like 12500 or 12500.50, not `twelve pounds`"),
        ('"12,50"', "E152", "not `12,50`"),  # a decimal comma in pounds: which was meant?
        ('"£"', "E152", "not `£`"),
        ("-5", "E106", "`projects[0].cost` must be at least 0, not -5"),
        ("-0.01", "E106", "`projects[0].cost` must be at least 0, not -0.01"),
        ("1000000000000.01", "E106", "`projects[0].cost` must be at most 1,000,000,000,000, not 1000000000000.01"),
        ("1e999999999", "E106", "must be at most 1,000,000,000,000, not 1e999999999"),
        ("true", "E101", "`projects[0].cost` must be an amount like 12500 or 12500.50, not true/false"),
        ("2023-04-01", "E101", "not a date"),
    ],
)
def test_an_amount_that_is_not_one_is_a_located_error_never_a_traceback(written, code, message):
    text = plan_with_costs(written)
    line, column = position(text, f"cost = {written}")
    [error] = errors(text)
    assert error.startswith(f"plan.toml:{line}:{column}: {code} "), error
    assert message in error


def test_the_limits_and_the_record_are_amounts_too():
    text = plan_with_costs("1").replace("budget = 10000", "budget = 10000.001\ntotal_budget = nan", 1)
    found = errors(text)
    assert [error.split(": ")[1].split()[0] for error in found] == ["E150", "E151"]
    assert "`limits.budget` is 10000.001" in found[0] and "`limits.total_budget`" in found[1]


def test_the_range_is_the_same_in_pounds_and_held_in_pence():
    plan = loads_plan(plan_with_costs(f"{MAX_MONEY}", budget=f"{MAX_MONEY}.00"))
    assert plan.projects[0].cost == plan.limits.budget == MAX_MONEY * MINOR_PER_UNIT


# -- writing and fingerprints ---------------------------------------------------------


@pytest.mark.parametrize("path", sorted(PLANS.glob("*.toml")), ids=lambda path: path.name)
def test_a_plan_of_whole_amounts_writes_as_it_always_did(path: Path):
    """Whole amounts are still written as whole numbers (no `.00`), and the same text reads
    back to the same plan: its fingerprint, and so every ballot cast on it, is unchanged."""
    plan = load_plan(path)
    text = dumps_plan(plan)
    assert not re.search(r"^(budget|total_budget|cost) = \d+\.", text, re.MULTILINE)
    again = loads_plan(text)
    assert again == plan and fingerprint(again) == fingerprint(plan)


def test_the_example_plans_fingerprint_is_the_one_its_ballots_were_cast_on():
    # sha256 of the example plan before amounts had pence (main 0070f36): ballots on it count.
    assert fingerprint(load_plan(SSCB)) == "sha256:5109bd57fb2f2524"


def test_pence_are_written_back_exactly_with_two_decimals():
    plan = loads_plan(plan_with_costs("12500.5", "0.10", "3750", budget="10000.01"))
    text = dumps_plan(plan)
    assert re.findall(r"^cost = (.*)$", text, re.MULTILINE) == ["12500.50", "0.10", "3750"]
    assert "budget = 10000.01\n" in text
    assert loads_plan(text) == plan


def test_a_cost_with_pence_changes_the_fingerprint_a_written_form_does_not():
    whole = loads_plan(plan_with_costs("3750"))
    assert fingerprint(loads_plan(plan_with_costs("3750.00"))) == fingerprint(whole)
    assert fingerprint(loads_plan(plan_with_costs('"£3,750"'))) == fingerprint(whole)
    assert fingerprint(loads_plan(plan_with_costs("3750.01"))) != fingerprint(whole)


def test_an_edit_writes_an_amount_with_pence_as_people_write_it(tmp_path: Path):
    path = tmp_path / "plan.toml"
    path.write_text(plan_with_costs("3750"), encoding="utf-8")
    session = EditSession.open(path)
    outcome = session.update("projects", "p1", cost=typed_amount("£12,500.5"))
    assert outcome.ok and "cost = 12500.50\n" in outcome.text
    assert session.plan.project("p1").cost == 1250050
    assert session.update_limits(budget=typed_amount("20,000.75")).ok
    assert session.plan.limits.budget == 2000075 and "budget = 20000.75" in session.text


def test_an_edit_with_what_is_not_an_amount_says_so_beside_the_field(tmp_path: Path):
    path = tmp_path / "plan.toml"
    path.write_text(plan_with_costs("3750"), encoding="utf-8")
    session = EditSession.open(path)
    outcome = session.update("projects", "p1", cost=typed_amount("12.345"))
    assert [error.code for error in outcome.errors] == ["E150"]
    assert outcome.errors[0].beside == "Cost is 12.345, which has more than 2 decimals; an amount is exact to the penny."
    outcome = session.update("projects", "p1", cost=typed_amount("a lot"))
    assert outcome.errors[0].beside == "Cost must be an amount like 12,500.50, not “a lot”."


# -- showing --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pence", "currency", "shown"),
    [
        (375000, "GBP", "£3,750"),
        (375050, "GBP", "£3,750.50"),
        (5, "GBP", "£0.05"),
        (0, "GBP", "£0"),
        (-25000, "GBP", "-£250"),
        (123456789, "EUR", "€1,234,567.89"),
        (1250050, "USD", "$12,500.50"),
        (1250050, "PLN", "12 500,50 zł"),
        (100000000, "PLN", "1 000 000 zł"),
        (150000, "CHF", "1,500 CHF"),
        (150001, "CHF", "1,500.01 CHF"),
    ],
)
def test_format_money_shows_pence_only_when_the_amount_is_not_whole(pence, currency, shown):
    assert format_money(pence, currency) == shown


def test_plain_amounts_for_the_annex_and_json():
    assert [plain_amount(p) for p in (0, 7, 10, 375000, 375050, -5)] == ["0", "0.07", "0.10", "3750", "3750.50", "-0.05"]
    assert [file_amount(p) for p in (375000, 375050)] == [3750, Decimal("3750.50")]


@pytest.mark.parametrize(
    ("typed", "currency", "value"),
    [
        ("£12,500.50", "GBP", Decimal("12500.50")),
        ("12500.5", "GBP", Decimal("12500.50")),
        ("  12 500 ", "GBP", 12500),
        ("12,500", "GBP", 12500),
        ("GBP 12,500.50", "GBP", Decimal("12500.50")),
        ("€1,000.5", "EUR", Decimal("1000.50")),
        ("12 500,50 zł", "PLN", Decimal("12500.50")),
        ("12500.50", "PLN", Decimal("12500.50")),
        ("1,500.25 CHF", "CHF", Decimal("1500.25")),
        ("", "GBP", None),
        ("twelve", "GBP", "twelve"),  # left as typed: the plan's check says what is wrong
        ("12.345", "GBP", "12.345"),
        ("1" * 40, "GBP", "1" * 40),  # far out of range: check says so, nothing rounds it
    ],
)
def test_a_typed_amount_becomes_the_value_the_file_holds(typed, currency, value):
    assert typed_amount(typed, currency) == value


# -- exact arithmetic -------------------------------------------------------------------

pence_amounts = st.integers(0, MAX_MONEY * MINOR_PER_UNIT)


@given(pence_amounts, st.sampled_from(CURRENCIES))
def test_what_format_money_shows_parses_back_to_the_same_pence(pence, currency):
    shown = format_money(pence, currency)
    assert to_minor(amount_of(shown, currency)) == pence
    assert to_minor(parse_amount(plain_amount(pence), currency)) == pence
    assert typed_amount(shown, currency) == file_amount(pence)


@given(pence_amounts)
def test_what_the_file_holds_reads_back_to_the_same_pence(pence):
    text = plan_with_costs(str(file_amount(pence)), budget=str(file_amount(pence)))
    plan = loads_plan(text)
    assert plan.projects[0].cost == plan.limits.budget == pence
    assert loads_plan(dumps_plan(plan)) == plan


@settings(max_examples=20, deadline=None)
@given(st.lists(st.integers(0, 10**7), min_size=1000, max_size=3000))
def test_sums_over_thousands_of_amounts_with_pence_are_exact(costs):
    literals = [plain_amount(cost) for cost in costs]
    total = sum(costs)
    plan = loads_plan(plan_with_costs(*literals, budget=plain_amount(total)))
    assert sum(Decimal(literal) for literal in literals) * 100 == total  # the literals' own sum
    ids = [project.id for project in plan.projects]
    feasibility = check_bundle(plan, ids)
    assert feasibility.budget_used == total and feasibility.budget_left == 0 and not feasibility.over_budget
    assert type(feasibility.budget_used) is int


def test_a_penny_over_the_budget_is_over_and_a_penny_under_fits():
    """0.1 + 0.2 is not 0.3 in binary floats; in pence it is, so the budget's edge is exact."""
    fits = loads_plan(plan_with_costs("0.10", "0.20", budget="0.30"))
    assert check_bundle(fits, ["p1", "p2"]).budget_left == 0
    assert walk(fits, ["p1", "p2"]).selected == ("p1", "p2")
    over = loads_plan(plan_with_costs("0.10", "0.21", budget="0.30"))
    selection = walk(over, ["p1", "p2"])
    assert selection.selected == ("p1",)
    assert [skipped.reason for skipped in selection.skipped] == ["would exceed the budget by £0.01"]
    advice = advise(over, ["p1", "p2"])
    assert advice.budget_shortfall == 1 and advice.to_json()["budget"] == {"needed": 0.31, "limit": 0.3, "shortfall": 0.01}


def test_whole_amounts_in_json_stay_whole_numbers():
    plan = loads_plan(plan_with_costs("3750", "2000"))
    assert advise(plan, ["p1", "p2"]).to_json()["budget"] == {"needed": 5750, "limit": 10000, "shortfall": 0}


def test_amount_of_refuses_what_is_not_money():
    for value in (True, None, [1], float("nan")):
        with pytest.raises(AmountError):
            amount_of(value)


def test_a_cost_in_pence_evolves_and_sums_as_an_int():
    plan = loads_plan(plan_with_costs("1.99", "2.01"))
    doubled = attrs.evolve(plan, projects=tuple(attrs.evolve(p, cost=p.cost * 2) for p in plan.projects))
    assert check_bundle(doubled, ["p1", "p2"]).budget_used == 800
    assert "cost = 3.98\n" in dumps_plan(doubled) and "cost = 4.02\n" in dumps_plan(doubled)
