"""BoothApp: one plan, a member at a time; every screen is made new for each member.

A new "who is voting?" screen and a new ballot screen per member are what guarantee, on a
shared screen, that nothing of the last member (their name, code or ranking) is left in a
widget for the next one to see or submit.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, cast

from textual import events
from textual.app import SystemCommand
from textual.message_pump import MessagePump
from textual.screen import ModalScreen, Screen

from workplan_tui.model import Plan
from workplan_tui.plan_io import load_plan_stamped
from workplan_tui.ui.keys_in_order import KeysInOrderApp
from workplan_tui.ui.startup_collector import StartupCollector

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from textual.command import Provider

    from workplan_tui.files import FileStamp


# A member's screen left this long without a key or a click returns to "who is voting?".
IDLE_MINUTES = 3.0
IDLE_CHECK_SECONDS = 5.0
NOTICE_SECONDS = 30.0
# What counts as someone at the screen (the pointer merely passing over it does not).
INPUT_EVENTS = (events.Key, events.MouseDown, events.MouseScrollDown, events.MouseScrollUp, events.Paste)


class BoothApp(KeysInOrderApp[None]):
    CSS_PATH = "booth.tcss"
    TITLE = "workplan booth"
    # The palette's system commands include saving a screenshot to disk and changing the theme:
    # a member has no use for any command, so there is no palette at all.
    ENABLE_COMMAND_PALETTE = False
    COMMANDS: ClassVar[set[type[Provider] | Callable[[], type[Provider]]]] = set()

    def __init__(
        self,
        plan_path: Path,
        *,
        officer_code: str | None = None,
        idle_minutes: float = IDLE_MINUTES,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """officer_code: what ends the booth (None: a confirmation does). idle_minutes: a
        member's screen left that long without a key or a click goes back to "who is
        voting?" (0: never). clock: seconds, for the idle time (tests give their own)."""
        super().__init__()
        self._collector = StartupCollector()
        self.plan_path = Path(plan_path)
        self.plan: Plan
        self.stamp: FileStamp
        self.reload_plan()
        self.officer_code = officer_code
        self.idle_seconds = idle_minutes * 60
        self.clock = clock
        self.last_input = clock()

    def reload_plan(self) -> None:
        """Read the plan again (WorkplanError when it no longer loads: the command reports it)."""
        self.plan, self.stamp = load_plan_stamped(self.plan_path)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        return ()

    def on_load(self) -> None:
        self._collector.pause()

    def on_unmount(self) -> None:
        self._collector.app_ended()

    def on_mount(self) -> None:
        # The default screen stays empty under the booth's screens: Textual's switch_screen
        # replaces a pushed screen, never the default one.
        from workplan_tui.ui.booth.who_screen import WhoIsVotingScreen

        self.push_screen(WhoIsVotingScreen())
        self.call_after_refresh(self._collector.first_frame_drawn)
        if self.idle_seconds > 0:
            self.set_interval(min(IDLE_CHECK_SECONDS, self.idle_seconds), self.return_if_idle)

    def next_voter(self) -> None:
        """Back to "who is voting?", on a screen that has never held anyone's name or code."""
        from workplan_tui.ui.booth.who_screen import WhoIsVotingScreen

        # A toast about the last ballot ("Ranked, but it would exceed the budget…") must not
        # still be showing when the next member arrives.
        self.clear_notifications()
        # switch_screen replaces the top screen: a question asked over a member's screen goes first.
        while isinstance(self.screen, ModalScreen):
            self.pop_screen()
        self.switch_screen(WhoIsVotingScreen())

    # -- ending the booth, and the member who walked away ------------------------------

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, INPUT_EVENTS):
            self.last_input = self.clock()
        await super().on_event(event)

    def return_if_idle(self) -> None:
        """A member's screen left alone for idle_seconds: back to "who is voting?", saying nothing was cast."""
        if self.idle_seconds <= 0 or self.clock() - self.last_input < self.idle_seconds:
            return
        if not any(self.holds_a_member(screen) for screen in self.screen_stack):
            return
        from workplan_tui.voting.rolls import asks_for_voter_id

        minutes = round(self.idle_seconds / 60)
        self.next_voter()
        start = "Type your voter number to vote." if asks_for_voter_id(self.plan) else "Choose your name to vote."
        # Naming no one: whoever reads it next may not be the member who walked away.
        self.notify(f"A ballot left for {minutes} minute{'s' if minutes != 1 else ''} without a key was not cast. "
                    f"{start}", severity="warning", timeout=NOTICE_SECONDS)
        self.last_input = self.clock()

    @staticmethod
    def holds_a_member(screen: Screen) -> bool:
        """Whether the screen shows someone's name, voter number or ballot (a fresh "who is voting?" does not)."""
        from workplan_tui.ui.booth.ballot_screen import BallotScreen
        from workplan_tui.ui.booth.who_screen import WhoIsVotingScreen

        return isinstance(screen, BallotScreen) or (isinstance(screen, WhoIsVotingScreen) and screen.holds_a_voter())

    async def action_quit(self) -> None:
        """ctrl+q (Textual's quit) asks first, and needs the officer's code when there is one."""
        self.ask_to_end()

    def action_help_quit(self) -> None:
        # Textual's ctrl+c says "press ctrl+q to quit": at the booth, the same question as ctrl+q.
        self.ask_to_end()

    def ask_to_end(self) -> None:
        from workplan_tui.ui.booth.end_screen import EndBoothScreen

        if isinstance(self.screen, EndBoothScreen):
            return

        def answered(end: bool | None) -> None:
            if end:
                self.exit()

        self.push_screen(EndBoothScreen(self.officer_code, served=self.is_web), answered)

    def start_ballot(self, member: str, code: str | None, *, replace: bool, label: str) -> None:
        """label: how the voter is named on their ballot (a member's label, a CSV roll's label or the voter id)."""
        from workplan_tui.ui.booth.ballot_screen import BallotScreen

        self.switch_screen(BallotScreen(member, code, replace=replace, label=label))

    def show_receipt(self, recorded_at: str) -> None:
        from workplan_tui.ui.booth.receipt_screen import ReceiptScreen

        self.clear_notifications()
        self.switch_screen(ReceiptScreen(recorded_at))


def booth_app(node: MessagePump) -> BoothApp:
    """The booth this screen or widget runs in."""
    return cast("BoothApp", node.app)
