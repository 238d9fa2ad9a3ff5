"""BoothApp: one plan, a member at a time; every screen is made new for each member.

A new "who is voting?" screen and a new ballot screen per member are what guarantee, on a
shared screen, that nothing of the last member (their name, code or ranking) is left in a
widget for the next one to see or submit.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, cast

from textual.app import App, SystemCommand
from textual.message_pump import MessagePump
from textual.screen import Screen

from workplan_tui.model import Plan
from workplan_tui.plan_io import load_plan_stamped

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from textual.command import Provider

    from workplan_tui.files import FileStamp


class BoothApp(App[None]):
    CSS_PATH = "booth.tcss"
    TITLE = "workplan booth"
    # The palette's system commands include saving a screenshot to disk and changing the theme:
    # a member has no use for any command, so there is no palette at all.
    ENABLE_COMMAND_PALETTE = False
    COMMANDS: ClassVar[set[type[Provider] | Callable[[], type[Provider]]]] = set()

    def __init__(self, plan_path: Path) -> None:
        super().__init__()
        self.plan_path = Path(plan_path)
        self.plan: Plan
        self.stamp: FileStamp
        self.reload_plan()

    def reload_plan(self) -> None:
        """Read the plan again (WorkplanError when it no longer loads: the command reports it)."""
        self.plan, self.stamp = load_plan_stamped(self.plan_path)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        return ()

    def on_mount(self) -> None:
        # The default screen stays empty under the booth's screens: Textual's switch_screen
        # replaces a pushed screen, never the default one.
        from workplan_tui.ui.booth.who_screen import WhoIsVotingScreen

        self.push_screen(WhoIsVotingScreen())

    def next_voter(self) -> None:
        """Back to "who is voting?", on a screen that has never held anyone's name or code."""
        from workplan_tui.ui.booth.who_screen import WhoIsVotingScreen

        # A toast about the last ballot ("Ranked, but it would exceed the budget…") must not
        # still be showing when the next member arrives.
        self.clear_notifications()
        self.switch_screen(WhoIsVotingScreen())

    def start_ballot(self, member: str, code: str | None, *, replace: bool) -> None:
        from workplan_tui.ui.booth.ballot_screen import BallotScreen

        self.switch_screen(BallotScreen(member, code, replace=replace))

    def show_receipt(self, recorded_at: str) -> None:
        from workplan_tui.ui.booth.receipt_screen import ReceiptScreen

        self.clear_notifications()
        self.switch_screen(ReceiptScreen(recorded_at))


def booth_app(node: MessagePump) -> BoothApp:
    """The booth this screen or widget runs in."""
    return cast("BoothApp", node.app)
