"""Voting rules: how many projects the board prioritises, how members rank and how ballots are counted."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import Static

from workplan_tui.locate import KeyPath
from workplan_tui.model import METHODS, TIE_BREAKS, VotingRules
from workplan_tui.plan_edit import EditSession, Outcome
from workplan_tui.ui.screens.forms.form_screen import FormScreen, shown, typed

TIE_BREAK_LABELS = {"chair": "chair's ballot, then a lot", "lot": "a lot from the seed"}


def weights_text(weights: tuple[float, ...]) -> str:
    return ", ".join(shown(weight) for weight in weights)


def typed_weights(text: str) -> list[Any]:
    """"5, 3, 1" -> [5, 3, 1]; what is not a number stays text, for check to name."""
    return [typed(part) for part in text.split(",") if part.strip()]


class VotingForm(FormScreen):
    form_title = "Voting rules"

    def __init__(self, rules: VotingRules, ballots_cast: int = 0) -> None:
        super().__init__()
        self.rules = rules
        self.ballots_cast = ballots_cast

    def compose_fields(self) -> ComposeResult:
        rules = self.rules
        if self.ballots_cast:
            warning = (
                f"{self.ballots_cast} ballot{'s' if self.ballots_cast != 1 else ''} already cast: a ballot records "
                "the rules it was cast under, so after a change those ballots no longer count."
            )
            yield Static(Text(warning, style="bold yellow"), id="voting-ballots-warning")
        yield self.field("pick.min", "Pick at least", self.text_input(rules.pick_min, "projects"))
        yield self.field("pick.max", "Pick at most", self.text_input(rules.pick_max, "projects"))
        yield self.field("ballot_length", "Ballot length", self.text_input(rules.ballot_length, "projects a member ranks"))
        yield self.field("method", "Counting method", self.select([(method, method) for method in METHODS], rules.method))
        yield self.field("weights", "Points by place", self.text_input(weights_text(rules.weights), "points only, e.g. 5, 3, 1"))
        ties = [(TIE_BREAK_LABELS.get(rule, rule), rule) for rule in TIE_BREAKS]
        yield self.field("tie_break", "Ties broken by", self.select(ties, rules.tie_break))
        yield self.field("seed", "Seed of the lot", self.text_input(rules.seed, "e.g. the meeting date"))
        yield self.field("codes", "Voting codes", self.select([("not needed", "no"), ("needed on every ballot", "yes")], "yes" if rules.codes else "no"))

    def operation(self, session: EditSession, dry_run: bool) -> Outcome:
        rules = self.rules
        fields: dict[str, Any] = {}
        for key in ("ballot_length", "method", "tie_break"):
            value = self.value(key)
            if value != getattr(rules, key):
                fields[key] = value
        seed = self.text("seed")
        if seed != rules.seed:
            fields["seed"] = seed
        weights = typed_weights(self.text("weights"))
        if weights != list(rules.weights):
            fields["weights"] = weights or None  # empty: back to the default L..1
        codes = self.value("codes") == "yes"
        if codes != rules.codes:
            fields["codes"] = codes
        pick: dict[str, Any] = {}
        for key, current in (("min", rules.pick_min), ("max", rules.pick_max)):
            value = self.value(f"pick.{key}")
            if value != current:
                pick[f"pick_{key}"] = value
        return session.update_voting(dry_run=dry_run, **pick, **fields)

    def error_prefix(self, session: EditSession) -> KeyPath:
        return ("voting",)
