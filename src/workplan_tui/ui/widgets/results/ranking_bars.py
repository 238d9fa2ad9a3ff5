"""The social ranking best first: score as a bar, and whether the project was selected."""

from __future__ import annotations

from typing import Unpack

from rich.text import Text
from textual.geometry import Size
from textual.widget import Widget

from workplan_tui.model import Plan
from workplan_tui.text import score_text
from workplan_tui.ui.textual_types import WidgetOptions
from workplan_tui.voting.kind_words import NO_SUPPORT_REASONS, none_supported, unsupported_projects
from workplan_tui.voting.result import ROUND_ORDERED, TallyResult, bar_share

SCORE_WIDTH = 7
OUTCOME_WIDTH = 10  # "✓ selected" / "· skipped"
MIN_BAR = 6


def ranking_text(plan: Plan, result: TallyResult, width: int) -> Text:
    skipped = {entry.project: entry.reason for entry in result.skipped}
    # Projects no counted ballot supports all score 0: one line says how many, not 2,000 rows,
    # and none of them is "skipped" (nobody asked for it).
    supported = set(result.supported)
    shown = [
        entry
        for entry in result.ranking
        if skipped.get(entry.project) not in NO_SUPPORT_REASONS and (not supported or entry.project in supported)
    ]
    unranked = len(result.ranking) - len(shown)
    top = max((abs(float(entry.score)) for entry in shown), default=0.0) or 1.0
    place_width = len(str(len(shown))) + 1
    bar_width = max(MIN_BAR, min(20, width // 4))
    score_width = max(SCORE_WIDTH, *(len(score_text(entry.score)) for entry in shown)) if shown else SCORE_WIDTH
    room = max(8, width - (place_width + 1) - (score_width + 1) - 1 - (bar_width + 1) - OUTCOME_WIDTH)
    # No wider than the longest title: on a wide screen the bars stay beside their titles.
    title_width = min(room, max((len(plan.project(entry.project).title) for entry in shown), default=8))
    selected = set(result.selected)
    text = Text(no_wrap=True, overflow="ellipsis")
    if not shown:
        text.append(f"{none_supported(plan.voting.ballot)} yet.", style="dim")
        return text
    for place, entry in enumerate(shown, start=1):
        title = plan.project(entry.project).title
        if len(title) > title_width:
            title = title[: title_width - 1] + "…"
        chosen = entry.project in selected
        text.append(f"{place:>{place_width}} ", style="dim")
        text.append(f"{title:<{title_width}} ", style="bold" if chosen else "")
        text.append(f"{score_text(entry.score):>{score_width}} ")
        filled = round(bar_width * bar_share(result.method, place, len(shown), entry.score, top))
        text.append("█" * filled, style="green" if chosen else "#7f7f7f")
        text.append("░" * (bar_width - filled) + " ", style="dim")
        if chosen:
            text.append("✓ selected", style="bold green")
        else:
            text.append("· skipped", style="yellow")
        text.append("\n")
    if result.method in ROUND_ORDERED:
        text.append(f"Bars: {ROUND_ORDERED[result.method]}, first longest\n", style="dim")
        text.append("Figures: each project's ballots in its last round\n", style="dim")
    if unranked:
        text.append(unsupported_projects(plan.voting.ballot, unranked), style="dim")
    else:
        text.rstrip()
    return text


class RankingBars(Widget):
    DEFAULT_CSS = "RankingBars { height: auto; }"

    def __init__(self, **options: Unpack[WidgetOptions]) -> None:
        super().__init__(**options)
        self._shown: tuple[Plan, TallyResult] | None = None

    def show(self, plan: Plan, result: TallyResult) -> None:
        self._shown = (plan, result)
        self.refresh(layout=True)

    def _text(self, width: int) -> Text:
        return ranking_text(*self._shown, width) if self._shown is not None else Text("")

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return max(1, len(self._text(width).split()))

    def render(self) -> Text:
        return self._text(self.content_size.width)
