"""The next cycle's draft from an agreed plan (`workplan rollover`).

- The plan period, meeting dates and the years in the title, cycle, meeting ids and
  titles and the lot seed move on one year ("2023/24" -> "2024/25", "board-2023-06" ->
  "board-2024-06"): the next cycle's dates are not known yet, and a year on is the best
  first guess for officers to edit.
- Agreed projects become standing activities of their themes (their titles), each noting
  as history the cycle it was a priority and its planned delivery (the months of the
  decision's schedule); the themes' activities are carried over with their progress reset
  to planned.
- Projects not selected stay candidates: status candidate, progress planned, window
  a year on and clipped to the new period.
- Limits, voting rules and members are carried over for editing, except when last cycle's
  vote opened and closed (`[voting] opens`, `closes`): the new draft's vote is not closed
  before it starts. The decision and the declarations of interest (made at this cycle's
  meeting) are removed and the plan is a draft again.
"""

from __future__ import annotations

import calendar
import datetime as dt
import os
import re
from pathlib import Path
from typing import TextIO

import attrs

from workplan_tui.model import Activity, Milestone, Plan, Project, Theme

# A year, optionally followed by the next year as a cycle: 2023, 2023/24, 2023-24, 2023/2024.
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:([/-])(\d\d(?:\d\d)?))?(?!\d)")


class NotAgreed(ValueError):
    """Rollover starts from an agreed plan: a draft has no decision to carry forward."""


def shift_years(text: str, years: int = 1) -> str:
    """Every year in text moved on: "SSCB work plan 2023/24" -> "SSCB work plan 2024/25".

    A second number after `/` or `-` moves too only when it is the following year
    ("2023-24"); otherwise it is something else, such as the month in "board-2023-06".
    """

    def bump(match: re.Match[str]) -> str:
        first = int(match[1])
        shifted = str(first + years)
        second = match[3]
        if second is None:
            return shifted
        if len(second) == 2 and int(second) == (first + 1) % 100:
            return f"{shifted}{match[2]}{(first + 1 + years) % 100:02d}"
        if len(second) == 4 and int(second) == first + 1:
            return f"{shifted}{match[2]}{first + 1 + years}"
        return f"{shifted}{match[2]}{second}"

    return _YEAR.sub(bump, text)


def next_year(day: dt.date) -> dt.date:
    """The same day a year on; a month's last day stays the month's last day (29 Feb -> 28 Feb)."""
    last = calendar.monthrange(day.year, day.month)[1]
    target_last = calendar.monthrange(day.year + 1, day.month)[1]
    if day.day == last:
        return day.replace(year=day.year + 1, day=target_last)
    return day.replace(year=day.year + 1)


def _clip(day: dt.date, start: dt.date, end: dt.date) -> dt.date:
    return min(max(day, start), end)


def rollover(agreed: Plan) -> Plan:
    """The next cycle's draft. Raises NotAgreed for a plan that is not agreed."""
    if agreed.info.status != "agreed":
        raise NotAgreed("rollover starts from an agreed plan; this one is a draft (agree it with `workplan export --to toml`)")
    start, end = next_year(agreed.info.start), next_year(agreed.info.end)
    info = attrs.evolve(
        agreed.info,
        title=shift_years(agreed.info.title),
        cycle=shift_years(agreed.info.cycle),
        start=start,
        end=end,
        status="draft",
    )
    meeting_ids = {meeting.id: shift_years(meeting.id) for meeting in agreed.meetings}
    meetings = tuple(
        attrs.evolve(meeting, id=meeting_ids[meeting.id], date=next_year(meeting.date), title=shift_years(meeting.title))
        for meeting in agreed.meetings
    )

    becoming_activities: dict[str, list[Activity]] = {}
    candidates: list[Project] = []
    for project in agreed.projects:
        if project.status == "agreed":
            activity = Activity(text=project.title, note=delivery_history(agreed, project.id))
            becoming_activities.setdefault(project.theme, []).append(activity)
        else:
            candidates.append(_candidate(project, start, end, meeting_ids))

    themes = []
    for theme in agreed.themes:
        carried = [Activity(text=activity.text) for activity in theme.activities]
        known = {activity.text for activity in carried}
        carried += [activity for activity in becoming_activities.get(theme.id, []) if activity.text not in known]
        themes.append(Theme(id=theme.id, title=theme.title, activities=tuple(carried)))

    voting = attrs.evolve(agreed.voting, seed=shift_years(agreed.voting.seed), opens=None, closes=None)
    return attrs.evolve(
        agreed,
        info=info,
        voting=voting,
        meetings=meetings,
        themes=tuple(themes),
        projects=tuple(candidates),
        interests=(),  # declared at this cycle's meeting; the next meeting takes its own
        note=None,  # the note of this cycle's meeting, likewise
        decision=None,
    )


def delivery_history(agreed: Plan, project_id: str) -> str:
    """What the record planned for an agreed project, in words: "Priority project in 2023/24,
    planned for April 2023 to September 2023." (the schedule's first and last months)."""
    cycle = agreed.info.cycle
    months = sorted(
        month
        for scheduled in (agreed.decision.schedule if agreed.decision is not None else ())
        if scheduled.project == project_id
        for month, days in scheduled.days.items()
        if days > 0
    )
    if not months:
        return f"Priority project in {cycle}."
    first, last = (dt.date.fromisoformat(f"{month}-01") for month in (months[0], months[-1]))
    span = f"{first:%B %Y}" if first == last else f"{first:%B %Y} to {last:%B %Y}"
    return f"Priority project in {cycle}, planned for {span}."


def _candidate(project: Project, start: dt.date, end: dt.date, meeting_ids: dict[str, str]) -> Project:
    window_start = _clip(next_year(project.start), start, end) if project.start else None
    window_end = _clip(next_year(project.end), start, end) if project.end else None
    milestones = tuple(
        Milestone(what=milestone.what, at=meeting_ids[milestone.at])
        if milestone.at
        else Milestone(what=milestone.what, date=next_year(milestone.date) if milestone.date else None)
        for milestone in project.milestones
    )
    return attrs.evolve(
        project,
        start=window_start,
        end=window_end,
        milestones=milestones,
        status="candidate",
        progress="planned",
        note="",
    )


# -- from the agreed plan's file to the next draft's ---------------------------------


def next_draft(agreed_path: str | os.PathLike[str]) -> tuple[Plan, str]:
    """The next cycle's draft from the agreed plan at agreed_path, and its TOML text
    (`workplan rollover`, and `workplan new PATH --from AGREED`)."""
    from workplan_tui.errors import WorkplanError
    from workplan_tui.plan_io import dumps_plan, load_plan, loads_plan

    plan = load_plan(agreed_path)
    try:
        draft = rollover(plan)
    except NotAgreed as error:
        raise WorkplanError.single(str(agreed_path), "E104", str(error)) from None
    text = dumps_plan(draft)
    # The new draft must pass `workplan check`; checked before anything is written.
    if loads_plan(text, "<next cycle>") != draft:
        raise RuntimeError("the next cycle's draft does not read back as written")
    return draft, text


def write_next_draft(agreed_path: Path, output: Path | TextIO | None = None, *, force: bool = False) -> tuple[Plan, Path | None]:
    """Write the next cycle's draft to output: a file (None: beside the agreed plan, see
    outputs.next_cycle_output) or a text stream. The file written, None for a stream, comes
    back with the draft. An existing file is replaced only with force; the agreed plan never."""
    from workplan_tui.errors import WorkplanError
    from workplan_tui.outputs import next_cycle_output, write_output

    draft, text = next_draft(agreed_path)
    if output is not None and not isinstance(output, Path):
        output.write(text)
        return draft, None
    path = output or next_cycle_output(agreed_path)
    if path == agreed_path or (path.exists() and path.resolve() == agreed_path.resolve()):
        raise WorkplanError.single(str(path), "E402", "is the agreed plan itself; the agreed plan is never changed")
    write_output(path, text, source=agreed_path, force=force, draft=False)
    return draft, path
