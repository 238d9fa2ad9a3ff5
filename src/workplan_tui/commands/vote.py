"""`workplan vote PLAN --member ID [--rank a,b,c | --points a=3,b=2]`: cast (or replace) one member's ballot.

`--rank a,b=c,d` ranks b and c equal (for borda and schulze, docs/voting.md "Ballot kinds");
`--points` casts a points ballot in a vote by points.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from workplan_tui.commands import say
from workplan_tui.exit_codes import EXIT_INTERRUPTED, EXIT_INVALID, EXIT_OK
from workplan_tui.text import cut

if TYPE_CHECKING:
    from collections.abc import Sequence

    from workplan_tui.commands import SubParsers
    from workplan_tui.model import Plan


def add_parser(subparsers: SubParsers) -> None:
    parser = subparsers.add_parser("vote", help="cast a member's ballot (asks interactively without --rank)")
    parser.add_argument("plan", type=Path, metavar="PLAN")
    parser.add_argument("--member", required=True, metavar="ID", help="the member casting the ballot")
    parser.add_argument("--rank", metavar="A,B,C", help="project ids, best first, separated by commas (B=C: ranked equal)")
    parser.add_argument("--points", metavar="A=N,B=N", help="a points ballot: each project id with the points given it")
    parser.add_argument("--ballots", type=Path, metavar="DIR", help="ballot folder or SQLite box (default: the plan's, beside it)")
    parser.add_argument("--force", action="store_true", help="replace the member's earlier ballot without asking")
    parser.add_argument(
        "--code", metavar="CODE",
        help="the member's voting code, when the plan sets voting.codes (asked for, unseen, when left out at a terminal)",
    )


def describe(plan: Plan, ranking: Sequence[str], points: Sequence[tuple[str, int]] = ()) -> list[str]:
    """The ballot (in the plan's kind: a ranking, the projects approved, the points given) and
    its running cost, capacity check and gates, as lines for the terminal."""
    from workplan_tui.capacity import format_money, month_name
    from workplan_tui.text import plural
    from workplan_tui.voting.selection import live_feasibility

    live = live_feasibility(plan, ranking, others=False)

    def money(amount: int) -> str:
        return format_money(amount, live.currency)

    if plan.voting.ballot == "points":
        ballot = "Points:  " + ", ".join(f"{project} {given}" for project, given in points)
    elif plan.voting.ballot == "approval":  # the order of an approval ballot means nothing: no places
        ballot = "Approved: " + (", ".join(live.projects) or "(none yet)")
    else:
        ballot = "Ranking: " + (", ".join(f"{i}. {p}" for i, p in enumerate(live.projects, start=1)) or "(none yet)")
    lines = [
        ballot,
        f"Cost:    {money(live.budget_used)} of {money(live.budget_limit)} budget, "
        + (f"{money(live.budget_left)} left" if not live.over_budget else f"OVER by {money(-live.budget_left)}"),
    ]
    if live.over:
        shown = ", ".join(
            f"{plan.role_label(role)} {month_name(month)} ({used:.1f} of {available:g})" for role, month, used, available in live.over[:4]
        )
        more = f" and {len(live.over) - 4} more" if len(live.over) > 4 else ""
        lines.append(f"Staff:   OVER capacity in {plural(len(live.over), 'role-month')}: {shown}{more}")
    else:
        lines.append("Staff:   within capacity every month")
    for project, gates in live.gated.items():
        for gate in gates:
            lines.append(f"Gate:    {plan.project(project).title} needs {gate.label}: approval by the {gate.approval}")
    for project, source in live.external.items():
        lines.append(f"Funding: {plan.project(project).title} is funded by {source} (cost not counted)")
    return lines


def _ask(prompt: str) -> str | None:
    from workplan_tui.text import shown_safely

    try:
        return input(shown_safely(prompt))
    except EOFError:
        return None


def choose(plan: Plan, member: str) -> list[str] | None:
    """Ask for projects one at a time by id or number; None when the member gives up.
    The projects the member declared an interest in are not offered."""
    from workplan_tui.capacity import format_money
    from workplan_tui.text import plural
    from workplan_tui.voting.interests import declared_projects, interest_refusal, not_shown_note

    declared = declared_projects(plan, member)
    projects = [project for project in plan.projects if project.id not in declared]
    length = plan.voting.ballot_length
    say(f"Rank up to {plural(length, 'project')}, best first. Type a number or an id; Enter to finish; - to undo.")
    if declared:
        say(not_shown_note(plan, member))
    for number, project in enumerate(projects, start=1):
        extra = f"  [{', '.join(project.gates)}]" if project.gates else ""
        cost = "external" if project.funding else format_money(project.cost, plan.limits.currency)
        say(f"  {number:>3}  {project.id:<28} {cost:>8}  {project.title}{extra}")
    ranking: list[str] = []
    while len(ranking) < length:
        answer = _ask(f"Choice {len(ranking) + 1} of {length}: ")
        if answer is None:
            return None
        answer = answer.strip()
        if not answer:
            break
        if answer == "-":
            if ranking:
                ranking.pop()
            say(*describe(plan, ranking))
            continue
        if answer.isdigit() and 1 <= int(answer) <= len(projects):
            project_id = projects[int(answer) - 1].id
        elif answer in {p.id for p in projects}:
            project_id = answer
        elif answer in declared:
            say(f"  {interest_refusal(plan, member, answer)}", file=sys.stderr)
            continue
        else:
            say(f"  `{cut(answer)}` is not a project number (1-{len(projects)}) or id", file=sys.stderr)
            continue
        if project_id in ranking:
            say(f"  {project_id} is already ranked", file=sys.stderr)
            continue
        ranking.append(project_id)
        say(*describe(plan, ranking))
    return ranking


def _ask_code(member: str) -> str | None:
    """The code typed at a terminal without echo; None when there is no terminal to ask at."""
    if not sys.stdin.isatty():
        return None
    import getpass

    try:
        from workplan_tui.text import shown_safely

        return getpass.getpass(shown_safely(f"Voting code for {member}: "))
    except EOFError:
        return None


def confirm(question: str) -> bool:
    answer = _ask(question)
    return answer is not None and answer.strip().lower() in ("y", "yes")


def _points_given(text: str) -> list[tuple[str, int]]:
    """`a=3,b=2` as (project, points); raises WorkplanError located at --points (E142)."""
    from workplan_tui.errors import WorkplanError

    given = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        project, equals, number = (x.strip() for x in part.partition("="))
        try:
            points = int(number) if equals else None
        except ValueError:
            points = None
        if points is None:
            raise WorkplanError.single("--points", "E142", f"`{cut(part)}` must be a project id and whole points, e.g. a=3")
        given.append((project, points))
    if not given:
        raise WorkplanError.single("--points", "E142", "no points given: e.g. --points a=3,b=2")
    return given


def run(args: argparse.Namespace) -> int:
    from workplan_tui.errors import LocatedError, WorkplanError
    from workplan_tui.plan_io import ensure_unchanged, load_plan_stamped
    from workplan_tui.voting.ballot_box import open_box
    from workplan_tui.voting.ballots import member_problem, ranking_problems, voter_ids
    from workplan_tui.voting.codes import codes_required, require_code
    from workplan_tui.voting.interests import interest_problems

    plan, stamp = load_plan_stamped(args.plan)
    box = open_box(args.plan, plan, args.ballots, new=True)
    from workplan_tui.voting.rolls import refuse_imported

    refuse_imported(plan, str(args.plan))  # before anything is asked: nobody casts into an imported electorate
    problem = member_problem(plan, args.member, voter_ids(plan, box.roll))
    if problem:
        raise WorkplanError.single("--member", problem[0], problem[1])
    from workplan_tui.moments import now
    from workplan_tui.voting.window import refuse_unless_open

    # Said before the member ranks anything; write_ballot asks again, as the vote may close meanwhile.
    refuse_unless_open(plan.voting, now(), box.where(args.member))
    if codes_required(plan):
        # Checked before the member ranks anything: a wrong code should not cost them the ranking.
        code = args.code if args.code is not None else _ask_code(args.member)
        require_code(plan, args.plan, args.member, code)
    elif args.code is not None:
        say("note: this plan does not ask for voting codes (voting.codes is off); --code ignored", file=sys.stderr)
    interactive = args.rank is None and args.points is None
    if interactive and plan.voting.ballot == "points":
        raise WorkplanError.single(
            "--points", "E144", "this vote is by points: give them with --points, e.g. --points a=3,b=2"
        )
    tied: list[list[str]] = []
    points: list[tuple[str, int]] = []
    voted = box.has_voted(args.member)
    if voted and not args.force and not interactive and not sys.stdin.isatty():
        raise WorkplanError.single(
            box.where(args.member), "E402", f"`{cut(args.member)}` has already voted; add --force to replace that ballot"
        )
    if interactive:
        ranking = choose(plan, args.member)
        if ranking is None:
            say("nothing written", file=sys.stderr)
            return EXIT_INTERRUPTED
        if not ranking:
            say("no project ranked; nothing written", file=sys.stderr)
            return EXIT_INVALID
    elif args.points is not None:
        points = _points_given(args.points)
        ranking = [project for project, _ in points]
        problems = ranking_problems(plan, ranking) + interest_problems(plan, args.member, ranking)
        if problems:
            raise WorkplanError([LocatedError("--points", 1, 1, code, message) for code, message in problems])
        say(*describe(plan, ranking, points))
    else:
        groups = [[p.strip() for p in part.split("=") if p.strip()] for part in args.rank.split(",") if part.strip()]
        if any(len(group) > 1 for group in groups):
            tied = groups
        ranking = [project for group in groups for project in group]
        problems = ranking_problems(plan, ranking) + interest_problems(plan, args.member, ranking)
        if problems:
            raise WorkplanError([LocatedError("--rank", 1, 1, code, message) for code, message in problems])
        say(*describe(plan, ranking))
    replace = args.force
    if voted and not replace and (interactive or sys.stdin.isatty()):
        replace = confirm(f"{args.member} has already voted. Replace that ballot? [y/N] ")
        if not replace:
            say("nothing written", file=sys.stderr)
            return EXIT_INVALID
    elif interactive and not confirm("Cast this ballot? [y/N] "):
        say("nothing written", file=sys.stderr)
        return EXIT_INVALID
    # The member may have taken minutes over the ranking: refuse if the plan was edited since.
    ensure_unchanged(args.plan, stamp)
    path = box.cast(plan, args.member, ranking, replace=replace, tied=tied, points=points)
    say(f"ballot written to {path}")
    return EXIT_OK
