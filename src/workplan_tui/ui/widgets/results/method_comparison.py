"""Method → selected projects, for every counting method: does the choice of method matter?"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Unpack

from rich.text import Text
from textual.geometry import Size
from textual.widget import Widget

from workplan_tui.model import Plan
from workplan_tui.ui.textual_types import WidgetOptions
from workplan_tui.voting.result import TallyResult

METHOD_WIDTH = 11  # "▶ approval*"
SEPARATOR = "; "


def fit_titles(titles: Sequence[str], width: int) -> str:
    """Every title on one line of `width`, each shortened alike, so no selected project drops off."""
    joined = SEPARATOR.join(titles)
    if len(joined) <= width or not titles:
        return joined
    each = max(4, (width - len(SEPARATOR) * (len(titles) - 1)) // len(titles))
    return SEPARATOR.join(title if len(title) <= each else title[: each - 1] + "…" for title in titles)


def comparison_text(plan: Plan, results: Mapping[str, TallyResult], shown: str, width: int) -> Text:
    """One line per method; a selection that differs from the plan's own method's is in yellow."""
    own = results[plan.voting.method].selected if plan.voting.method in results else ()
    differing = [method for method, result in results.items() if result.selected != own]
    text = Text(no_wrap=True, overflow="ellipsis")
    if differing:
        text.append(f"The method changes the outcome: {', '.join(differing)} differ\n", style="bold yellow")
    else:
        text.append("Every method selects the same projects\n", style="bold green")
    for method, result in results.items():
        current = method == shown
        label = ("▶ " if current else "  ") + method + ("*" if method == plan.voting.method else "")
        text.append(f"{label:<{METHOD_WIDTH}} ", style="bold" if current else "")
        titles = [plan.project(project_id).title for project_id in result.selected]
        line = fit_titles(titles, width - METHOD_WIDTH - 1) if titles else "nothing selected"
        # Text.append: titles are the user's text, never markup.
        text.append(line, style="yellow" if result.selected != own else "")
        text.append("\n")
    text.append("* the plan's method · m / M: next / previous method", style="dim")
    return text


class MethodComparison(Widget):
    DEFAULT_CSS = "MethodComparison { height: auto; }"

    def __init__(self, **options: Unpack[WidgetOptions]) -> None:
        super().__init__(**options)
        self._shown: tuple[Plan, Mapping[str, TallyResult], str] | None = None

    def show(self, plan: Plan, results: Mapping[str, TallyResult], shown: str) -> None:
        self._shown = (plan, results, shown)
        self.refresh(layout=True)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return 2 + len(self._shown[1]) if self._shown is not None else 1

    def render(self) -> Text:
        return comparison_text(*self._shown, self.content_size.width) if self._shown is not None else Text("")
