"""The whole count in one call: ballots -> method -> ties broken -> selection -> TallyResult."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from workplan_tui.attendance import NOT_RECORDED, Attendance, quorum_of, seat, substitute_ids
from workplan_tui.bulk import gc_paused
from workplan_tui.errors import WorkplanError
from workplan_tui.model import Plan
from workplan_tui.voting.ballots import Ballot, members_of, voter_count
from workplan_tui.voting.methods import Count, Profile, count, rank, refusal
from workplan_tui.voting.result import Rejection, Skipped, TallyResult, ignored_note
from workplan_tui.voting.selection import priorities, select
from workplan_tui.voting.threshold import below_threshold, support_of
from workplan_tui.voting.ties import TieBreak


@gc_paused()
def profile_of(plan: Plan, ballots: Sequence[Ballot]) -> Profile:
    """The ballots' profile; a ballot standing for several voters (an imported electorate's
    counted row) counts as that many, without being expanded."""
    from workplan_tui.voting.columns import CountedRows

    projects = [project.id for project in plan.projects]
    rules = plan.voting
    if isinstance(ballots, CountedRows):  # read as columns: the rankings' table, as it is
        return Profile.of_table(
            projects, ballots.ranks, ballot_length=rules.ballot_length, weights=rules.weights, seats=rules.pick_max
        )
    if all(ballot.voters == 1 for ballot in ballots):
        return Profile.build(
            projects,
            (ballot.ranking for ballot in ballots if not (ballot.tied or ballot.points)),
            ballot_length=rules.ballot_length, weights=rules.weights, seats=rules.pick_max,
            tied=(ballot.tied for ballot in ballots if ballot.tied),
            given=(ballot.points for ballot in ballots if ballot.points),
        )
    return Profile.build_counted(
        projects,
        ((ballot.ranking, ballot.voters) for ballot in ballots if not (ballot.tied or ballot.points)),
        ballot_length=rules.ballot_length, weights=rules.weights, seats=rules.pick_max,
        tied=((ballot.tied, ballot.voters) for ballot in ballots if ballot.tied),
        given=((ballot.points, ballot.voters) for ballot in ballots if ballot.points),
    )


def tie_break_of(plan: Plan, ballots: Sequence[Ballot]) -> TieBreak:
    """The plan's tie-break, with the ranking on the chair's counted ballot (if any)."""
    chair = plan.chair
    ballot = None
    if plan.voting.tie_break == "chair" and chair is not None:
        ballot = next((ballot for ballot in ballots if ballot.member == chair.id), None)
    names = {project.id: project.title for project in plan.projects}
    if ballot is None:
        return TieBreak(rule=plan.voting.tie_break, seed=plan.voting.seed, names=names)
    # A points ballot's order is only the file's: its points decide, equal points are level.
    return TieBreak(rule=plan.voting.tie_break, seed=plan.voting.seed, chair=() if ballot.points else ballot.ranking,
                    chair_approves=plan.voting.ballot == "approval", chair_points=ballot.points,
                    chair_tied=ballot.tied, names=names)


def tally(
    plan: Plan,
    ballots: Sequence[Ballot],
    rejected: Sequence[Rejection] = (),
    method: str | None = None,
    selection: str | None = None,
    advise: bool = False,
    attendance: Attendance = NOT_RECORDED,
    voters: int | None = None,
) -> TallyResult:
    """Count the ballots by method (default voting.method) and select by the rule (default
    voting.selection; one of model.SELECTIONS). With `advise`, the result carries the advice for
    the selected set (advice.py: it may solve a delivery schedule and the best set).

    The ballots that count are those the attendance seats (attendance.seat: a substitute's in
    the place of the member they stand for), and the quorum is counted on it; raises
    WorkplanError (E410) when the attendance is not sound. Entries of `rejected` that are no
    ballot (Rejection.ignored) are not among the result's rejected: its notes list them.
    `voters`: how many may vote, when the roll is not the plan's members (ballot_box.voters_on_roll).

    Pure: the same plan and ballots give the same result, whatever order the ballots come in.
    """
    ignored = tuple(entry for entry in rejected if entry.ignored)
    seated = seat(plan, attendance, ballots, [entry for entry in rejected if not entry.ignored])
    ballots, rejected = seated.ballots, seated.rejected
    method = method or plan.voting.method
    rule = selection or plan.voting.selection
    tie_break = tie_break_of(plan, ballots)
    profile = profile_of(plan, ballots)
    refused = refusal(method, profile)
    if refused:
        raise WorkplanError.single("--method", refused[0], refused[1])
    counted: Count = count(method, profile, tie_break)
    ranking, ties = rank(counted, tie_break)
    order = [entry.project for entry in ranking]
    supported = {p for group in counted.groups for p in group}
    scores = {r.project: r.score for r in ranking}
    cast_by = voter_count(ballots)  # a counted row of an imported electorate is its voters
    threshold = plan.voting.threshold
    below = below_threshold(threshold, cast_by, support_of(profile)) if threshold is not None else {}
    chosen = select(plan, order, supported - below.keys(), rule=rule, scores=scores, profile=profile)
    if below:
        # Below the minimum support: say so, rather than that no counted ballot supports it.
        skipped = tuple(Skipped(s.project, below.get(s.project, s.reason)) for s in chosen.skipped)
        chosen = attrs.evolve(chosen, skipped=skipped)
    advice = None
    if advise:
        from workplan_tui.advice import advise as advise_on  # imports the selection: not at the top

        advice = advise_on(plan, chosen.selected, scores, order, supported)
    return TallyResult(
        method=method,
        ballots=cast_by,
        rejected=tuple(sorted(rejected, key=lambda r: (r.file, r.reason))),
        ranking=ranking,
        selected=chosen.selected,
        skipped=chosen.skipped,
        ties=ties,
        feasibility=chosen.feasibility,
        # Substitutes hold no seat of their own.
        members=len(plan.members) - len(substitute_ids(plan)) if voters is None else voters,
        selection=rule,
        priorities=priorities(order, supported, plan.voting.pick_max),
        supported=tuple(p for p in order if p in supported),
        problems=chosen.problems,
        notes=chosen.notes + counted.notes + tuple(ignored_note(entry) for entry in ignored),
        advice=advice,
        attendance=attendance.in_order(plan),
        quorum=quorum_of(plan, attendance, members_of(ballots)),
        in_place_of=seated.in_place_of,
        ignored=ignored,
    )
