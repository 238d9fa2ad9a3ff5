"""Under every form: what the edit would do to the budget and the capacity, before saving."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from workplan_tui.capacity import Feasibility
from workplan_tui.model import Plan
from workplan_tui.text import plural
from workplan_tui.ui.widgets.capacity.budget_gauge import BudgetGauge


def load_text(plan: Plan, feasibility: Feasibility) -> Text:
    """One line per role: the busiest month against the capacity, and how many months are over."""
    text = Text()
    over_months = feasibility.months_over()
    width = max((len(plan.role_label(role)) for role in plan.roles), default=0) + 2
    for role in plan.roles:
        month, peak = feasibility.peak(role)
        capacity = feasibility.capacity.get(role, 0)
        text.append(f"{plan.role_label(role):<{width}}", style="bold")
        text.append(f"peak {peak:.1f} of {capacity:g} days/month")
        if month is not None and peak:
            text.append(f" ({month:%b %Y})", style="dim")
        count = over_months.get(role, 0)
        if count:
            text.append(f"  {plural(count, 'month')} over", style="bold red")
        else:
            text.append("  within capacity", style="green")
        text.append("\n")
    if not plan.roles:
        text.append("No capacity roles: set them with the Limits form (l).\n", style="dim")
    text.rstrip()
    return text


class EditEffect(Vertical):
    """The budget gauge of the Capacity pane and a compact load summary, fed by capacity.check_bundle."""

    def compose(self) -> ComposeResult:
        yield BudgetGauge(id="effect-gauge")
        yield Static(id="effect-load")

    def show(self, plan: Plan, feasibility: Feasibility) -> None:
        gauge = self.query_one(BudgetGauge)
        gauge.display = True
        gauge.show(plan, feasibility)
        self.query_one("#effect-load", Static).update(load_text(plan, feasibility))

    def show_unknown(self) -> None:
        self.query_one(BudgetGauge).display = False
        self.query_one("#effect-load", Static).update(
            Text("Fix the fields marked in red to see the effect on the budget and the capacity.", style="italic")
        )
