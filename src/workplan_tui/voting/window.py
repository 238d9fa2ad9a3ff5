"""When the vote is open, and when members may see the count.

`[voting] opens` and `closes` (optional datetimes) bound the vote: it is open from `opens`
(none: from the start) until `closes` (none: until someone closes it), so a ballot may be
cast at `opens` exactly but not at `closes`. `[voting] results` says when members see the
count: "after-close" (the default) or "live" (once the vote has opened). A local datetime
is read in this computer's time zone (moments.py).

Everything here is a pure function of the voting rules and a moment: the booth, the Vote
pane, `workplan vote`, `workplan close` and the count ask the same questions the same way.
"""

from __future__ import annotations

import datetime as dt

import attrs

from workplan_tui.errors import VoteNotOpen, WorkplanError
from workplan_tui.model import VotingRules
from workplan_tui.moments import instant, said, said_briefly


def has_opened(rules: VotingRules, at: dt.datetime) -> bool:
    return rules.opens is None or instant(at) >= instant(rules.opens)


def has_closed(rules: VotingRules, at: dt.datetime) -> bool:
    return rules.closes is not None and instant(at) >= instant(rules.closes)


def is_open(rules: VotingRules, at: dt.datetime) -> bool:
    """Whether a ballot may be cast at this moment."""
    return has_opened(rules, at) and not has_closed(rules, at)


def not_open_reason(rules: VotingRules, at: dt.datetime) -> str:
    """Why no ballot may be cast now, as a sentence ("The vote closed at 11:05 on 23 March
    2023."); "" while the vote is open."""
    if not has_opened(rules, at):
        assert rules.opens is not None
        return f"The vote opens at {said(rules.opens)}."
    if has_closed(rules, at):
        assert rules.closes is not None
        return f"The vote closed at {said(rules.closes)}."
    return ""


def status(rules: VotingRules, at: dt.datetime) -> str:
    """Where the vote stands, as a sentence for the officer: open (until when), not yet open, closed."""
    reason = not_open_reason(rules, at)
    if reason:
        return reason
    if rules.closes is not None:
        return f"The vote is open until {said(rules.closes)}."
    return "The vote is open."


def results_shown(rules: VotingRules, at: dt.datetime) -> bool:
    """Whether members may see the count now: after the close, or while it is open when
    `results = "live"`. (Officers always can: the Results pane and `workplan tally`.)"""
    if has_closed(rules, at):
        return True
    return rules.results == "live" and has_opened(rules, at)


def cast_problem(rules: VotingRules, cast: dt.datetime | None) -> str:
    """Why a ballot cast at `cast` cannot count, or "". A ballot with no `cast` (one typed in
    from a paper vote) is not held to the window: nothing says when it was cast."""
    if cast is None:
        return ""
    if rules.opens is not None and instant(cast) < instant(rules.opens):
        when, bound = _apart(cast, rules.opens)
        return f"cast at {when}, before the vote opened at {bound}"
    if rules.closes is not None and instant(cast) >= instant(rules.closes):
        when, bound = _apart(cast, rules.closes)
        return f"cast at {when}, after the vote closed at {bound}"
    return ""


def _apart(cast: dt.datetime, bound: dt.datetime) -> tuple[str, str]:
    """The ballot's moment and the bound's, on the bound's clock; to the second when the
    minutes would read the same ("cast at 11:05, after the vote closed at 11:05")."""
    when, limit = said(cast, like=bound), said(bound)
    if when == limit:
        when, limit = said(cast, like=bound, seconds=True), said(bound, seconds=True)
    return when, limit


def refuse_unless_open(rules: VotingRules, at: dt.datetime, file: str) -> None:
    """VoteNotOpen (E408) when no ballot may be cast at this moment."""
    if not has_opened(rules, at):
        assert rules.opens is not None
        raise VoteNotOpen.single(
            file, "E408", f"the vote opens at {said(rules.opens)}; no ballot can be cast before then, and nothing was written"
        )
    if has_closed(rules, at):
        assert rules.closes is not None
        raise VoteNotOpen.single(
            file, "E408", f"the vote closed at {said(rules.closes)}; no ballot can be cast now, and nothing was written"
        )


# -- closing and reopening ----------------------------------------------------------


@attrs.frozen
class Closing:
    """What closing or reopening the vote writes: the new `closes` (None removes it), or,
    when nothing is to change, why (a sentence)."""

    closes: dt.datetime | None = None
    unchanged: str = ""


def closing(rules: VotingRules, now: dt.datetime, at: dt.datetime | None = None) -> Closing:
    """Close the vote now, or at `at` (earlier, to record when it closed, or later, to close
    it then). Closing a vote that has closed already changes nothing unless `at` is given."""
    if at is None and has_closed(rules, now):
        assert rules.closes is not None
        return Closing(unchanged=f"The vote closed already, at {said(rules.closes)}.")
    return Closing(closes=at if at is not None else now)


def reopening(rules: VotingRules, now: dt.datetime, until: dt.datetime | None = None) -> Closing:
    """Open the vote again: no `closes` at all, or `closes` at `until`, which must be later
    than now (WorkplanError E110 otherwise, located at `--at`)."""
    if until is not None and instant(until) <= instant(now):
        raise WorkplanError.single(
            "--at", "E110", f"{said(until)} is not later than now ({said(now, like=until)}): the vote would not reopen"
        )
    if until is None and rules.closes is None:
        return Closing(unchanged="The vote is not closed: there is nothing to reopen.")
    return Closing(closes=until)


def change_said(rules: VotingRules, now: dt.datetime, *, reopened: bool) -> str:
    """What closing or reopening did, for the officer, with no full stop (the turnout follows):
    "Vote closed at 11:05", "Vote reopened, with no closing time"."""
    closes = rules.closes
    if reopened:
        return "Vote reopened, with no closing time" if closes is None else f"Vote reopened until {said(closes)}"
    assert closes is not None
    if has_closed(rules, now):
        return f"Vote closed at {said_briefly(closes, now)}"
    return f"The vote will close at {said(closes)}"
