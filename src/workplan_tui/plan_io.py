"""A plan file into the model and back: load (read, parse, check, build), dump and fingerprint.

Reading and writing files safely is files.py's job, TOML syntax toml_reader's and
toml_writer's, the checks validation's; this module puts them together for a plan.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import Any

from workplan_tui import model, schema
from workplan_tui.errors import ChangedOnDisk, WorkplanError
from workplan_tui.files import FileStamp, atomic_write, decode_text, read_bytes, read_text, write_lock
from workplan_tui.money import file_amount
from workplan_tui.toml_reader import parse_toml
from workplan_tui.toml_writer import dumps_document
from workplan_tui.validation import check_document

# hashlib and attrs' field lists are imported where used: `workplan check` on a valid plan
# never needs them, and its start-up time is a target.

# -- reading -------------------------------------------------------------------


def load_plan(path: str | os.PathLike[str]) -> model.Plan:
    """Read and validate a plan file; raises WorkplanError with every problem found."""
    path = Path(path)
    return loads_plan(read_text(path), str(path))


def load_plan_stamped(path: str | os.PathLike[str]) -> tuple[model.Plan, FileStamp]:
    """The plan and a stamp of the exact bytes it was read from, for `ensure_unchanged`."""
    path = Path(path)
    data = read_bytes(path)
    return loads_plan(decode_text(data, str(path)), str(path)), FileStamp.of(data)


def ensure_unchanged(path: str | os.PathLike[str], stamp: FileStamp) -> None:
    """Refuse (ChangedOnDisk, E404) to write anything derived from a plan whose file changed
    since it was read.

    Called just before the write: a vote or an export made from the old text while someone
    saved a new one would record a decision on a plan nobody now has.
    """
    path = Path(path)
    try:
        data = read_bytes(path)
        decode_text(data, str(path))  # still a plan's text: otherwise say why it is not
    except WorkplanError as error:
        reason = error.errors[0].message
        raise ChangedOnDisk.single(
            str(path), "E404", f"the plan can no longer be read ({reason}) since it was loaded; nothing was written"
        ) from None
    if FileStamp.of(data) != stamp:
        raise ChangedOnDisk.single(
            str(path), "E404", "the plan changed on disk since it was read; nothing was written: run the command again"
        )


def loads_plan(text: str, file: str = "<plan>") -> model.Plan:
    return build_plan(check_document(parse_toml(text, file), file, text))


def build_plan(doc: dict[str, Any]) -> model.Plan:
    """The model of a checked document (validation.check_document's values)."""
    info = model.PlanInfo(**doc["plan"])
    limits_doc = doc["limits"]
    limits = model.Limits(
        budget=limits_doc["budget"],
        currency=limits_doc["currency"],
        total_budget=limits_doc["total_budget"],
        capacity=limits_doc["capacity"],
        role_labels={role: label for role, label in limits_doc["roles"].items() if label is not None},
        gates=tuple(model.Gate(id=key, **value) for key, value in limits_doc["gates"].items()),
    )
    voting_doc = doc["voting"]
    pick = voting_doc["pick"]
    voting = model.VotingRules(
        pick_min=pick["min"],
        pick_max=pick["max"],
        ballot_length=voting_doc["ballot_length"] or pick["max"],
        method=voting_doc["method"],
        selection=voting_doc["selection"],
        tie_break=voting_doc["tie_break"],
        seed=voting_doc["seed"],
        weights=tuple(voting_doc["weights"]),
        codes=voting_doc["codes"],
        opens=voting_doc["opens"],
        closes=voting_doc["closes"],
        results=voting_doc["results"],
        quorum=voting_doc["quorum"],
        ballot=voting_doc["ballot"],
        points=voting_doc["points"],
        threshold=voting_doc["threshold"],
        completion=voting_doc["completion"],
        box=voting_doc["box"],
        roll=voting_doc["roll"],
    )
    themes = tuple(
        model.Theme(
            id=theme["id"],
            title=theme["title"],
            activities=tuple(
                model.Activity(**activity) if isinstance(activity, dict) else model.Activity(text=activity)
                for activity in theme["activities"]
            ),
        )
        for theme in doc["themes"]
    )
    projects = tuple(
        model.Project(
            **{key: value for key, value in project.items() if key not in ("estimated", "gates", "milestones")},
            estimated=tuple(project["estimated"]),
            gates=tuple(project["gates"]),
            milestones=tuple(model.Milestone(**milestone) for milestone in project["milestones"]),
        )
        for project in doc["projects"]
    )
    decision = None
    if doc["decision"] is not None:
        d = doc["decision"]
        decision = model.Decision(
            date=d["date"],
            method=d["method"],
            ballots=d["ballots"],
            rejected=d["rejected"],
            ranking=tuple(model.RankedScore(**ranked) for ranked in d["ranking"]),
            selected=tuple(d["selected"]),
            counted=tuple(d["counted"]),
            selection=d["selection"],
            reason=d["reason"],
            ties=tuple(d["ties"]),
            awaiting_approval=tuple(d["awaiting_approval"]),
            draft=d["draft"],
            present=tuple(d["present"]),
            apologies=tuple(d["apologies"]),
            substitutes=tuple(model.Substitute(**substitute) for substitute in d["substitutes"]),
            attendance_recorded=d["attendance_recorded"],
            quorum=None if d["quorum"] is None else model.Quorum(**d["quorum"]),
            actions=tuple(model.Action(**action) for action in d["actions"]),
            voters=tuple(d["voters"]),
            ballots_digest=d["ballots_digest"],
            advice=None if d["advice"] is None else model.Advice(
                **{**d["advice"], "shortfall": tuple(model.Shortfall(**short) for short in d["advice"]["shortfall"])}
            ),
            schedule=tuple(model.Scheduled(**scheduled) for scheduled in d["schedule"]),
        )
    return model.Plan(
        schema=doc["schema"],
        info=info,
        limits=limits,
        voting=voting,
        members=tuple(model.Member(**member) for member in doc["members"]),
        meetings=tuple(model.Meeting(**meeting) for meeting in doc["meetings"]),
        themes=themes,
        projects=projects,
        interests=tuple(model.Interest(**interest) for interest in doc["interests"]),
        paper=model.PaperText(**doc["paper"]),
        note=None if doc["note"] is None else model.Note(**{**doc["note"], "discussion": tuple(doc["note"]["discussion"])}),
        decision=decision,
        report=_report_text(doc["report"]),
        official=None if doc["official"] is None else model.Official(
            **{**doc["official"], "selected": tuple(doc["official"]["selected"])}
        ),
    )


def _report_text(report: dict[str, Any]) -> model.ReportText:
    return model.ReportText(
        **{key: value for key, value in report.items() if key not in ("background", "cross_cutting", "events", "priorities")},
        background=tuple(report["background"]),
        cross_cutting=tuple(
            model.ReportSection(title=section["title"], paragraphs=tuple(section["paragraphs"])) for section in report["cross_cutting"]
        ),
        events=tuple(report["events"]),
        priorities=tuple(report["priorities"]),
    )


def _report_document(text: model.ReportText) -> dict[str, Any]:
    fields = _fields(text)
    fields["cross_cutting"] = _documents(text.cross_cutting, "report_section")
    return _drop_defaults(fields, "report")


# -- writing -------------------------------------------------------------------


def _drop_defaults(table: dict[str, Any], name: str) -> dict[str, Any]:
    """Keys whose value equals the schema default are left out, so written plans stay short."""
    required, defaults = _table_defaults(name)
    return {key: value for key, value in table.items() if key in required or (value is not None and value != defaults[key])}


@cache
def _table_defaults(name: str) -> tuple[frozenset[str], dict[str, Any]]:
    """A schema table's required keys and every key's default, looked up once, not per value."""
    fields = schema.TABLES[name]
    return frozenset(key for key, field in fields.items() if field.required), {k: f.default for k, f in fields.items()}


def plan_to_document(plan: model.Plan) -> dict[str, Any]:
    """The plan as a TOML-ready dict in the documented key order."""
    voting = plan.voting
    voting_doc = {
        "pick": {"min": voting.pick_min, "max": voting.pick_max},
        "ballot_length": voting.ballot_length,
        "method": voting.method,
        "selection": voting.selection,
        "tie_break": voting.tie_break,
        "seed": voting.seed,
        "weights": list(voting.weights),
        "codes": voting.codes,
        "opens": voting.opens,
        "closes": voting.closes,
        "results": voting.results,
        "quorum": voting.quorum,
        "ballot": voting.ballot,
        "points": voting.points,
        "threshold": voting.threshold,
        "completion": voting.completion,
        "box": voting.box,
        "roll": voting.roll,
    }
    limits = plan.limits
    document: dict[str, Any] = {
        "schema": plan.schema,
        "plan": _drop_defaults(
            {
                "title": plan.info.title,
                "board": plan.info.board,
                "cycle": plan.info.cycle,
                "start": plan.info.start,
                "end": plan.info.end,
                "status": plan.info.status,
            },
            "plan",
        ),
        "limits": _drop_defaults(
            {
                "budget": file_amount(limits.budget),
                "currency": limits.currency,
                "total_budget": None if limits.total_budget is None else file_amount(limits.total_budget),
                "capacity": dict(limits.capacity),
                "roles": dict(limits.role_labels),
                "gates": {gate.id: {"label": gate.label, "approval": gate.approval} for gate in limits.gates},
            },
            "limits",
        ),
        "voting": _drop_defaults(voting_doc, "voting"),
        "members": _documents(plan.members, "member"),
        "meetings": _documents(plan.meetings, "meeting"),
        "themes": [
            {
                "id": theme.id,
                "title": theme.title,
                "activities": [
                    activity.text
                    if (activity.status, activity.note) == ("planned", "")
                    else _drop_defaults(_fields(activity), "activity")
                    for activity in theme.activities
                ],
            }
            for theme in plan.themes
        ],
        "projects": [_project_document(project) for project in plan.projects],
        "interests": _documents(plan.interests, "interest"),
    }
    paper = _fields(plan.paper)
    paper["funded_posts"], paper["flexible_posts"] = dict(plan.paper.funded_posts), dict(plan.paper.flexible_posts)
    if paper := _drop_defaults(paper, "paper"):
        document["paper"] = paper
    if plan.note is not None:
        note = _fields(plan.note)
        document["note"] = _drop_defaults(note, "note")
    if plan.decision is not None:
        decision = _fields(plan.decision)
        decision["ranking"] = [_fields(ranked) for ranked in plan.decision.ranking]
        decision["actions"] = _documents(plan.decision.actions, "action")
        decision["substitutes"] = _documents(plan.decision.substitutes, "substitute")
        if plan.decision.quorum is not None:
            decision["quorum"] = _drop_defaults(_fields(plan.decision.quorum), "quorum")
        if plan.decision.advice is not None:
            advice = _fields(plan.decision.advice)
            advice["cost"] = file_amount(plan.decision.advice.cost)
            advice["budget_shortfall"] = file_amount(plan.decision.advice.budget_shortfall)
            advice["shortfall"] = _documents(plan.decision.advice.shortfall, "shortfall")
            decision["advice"] = _drop_defaults(advice, "advice")
        decision["schedule"] = [
            {"project": s.project, "role": s.role, "days": dict(s.days)} for s in plan.decision.schedule
        ]
        document["decision"] = _drop_defaults(decision, "decision")
    report = _report_document(plan.report)
    if report:
        document["report"] = report
    if plan.official is not None:
        document["official"] = _drop_defaults(_fields(plan.official), "official")
    return {key: value for key, value in document.items() if value != []}


def _project_document(project: model.Project) -> dict[str, Any]:
    fields = _fields(project)
    fields["cost"] = file_amount(project.cost)  # the model's minor units, as the file says them
    fields["effort"] = dict(project.effort)
    fields["milestones"] = _documents(project.milestones, "milestone")
    return _drop_defaults(fields, "project")


def _fields(instance: Any) -> dict[str, Any]:
    """attrs.asdict(instance, recurse=False) with tuples as lists (asdict per member was a
    third of fingerprinting a 10,000-member plan)."""
    fields = {}
    cls: type = type(instance)
    for key in _field_names(cls):
        value = getattr(instance, key)
        fields[key] = list(value) if isinstance(value, tuple) else value
    return fields


def _documents(instances: tuple[Any, ...], name: str) -> list[dict[str, Any]]:
    """[_drop_defaults(_fields(i), name) for i in instances] (instances of one class), without
    two dicts and two calls per instance: a third of fingerprinting a 10,000-member roster."""
    if not instances:
        return []
    cls: type = type(instances[0])
    names = _field_names(cls)
    required, defaults = _table_defaults(name)
    documents = []
    for instance in instances:
        document = {}
        for key in names:
            value = getattr(instance, key)
            if isinstance(value, tuple):
                value = list(value)
            if key in required or (value is not None and value != defaults[key]):
                document[key] = value
        documents.append(document)
    return documents


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    import attrs

    return tuple(field.name for field in attrs.fields(cls))


def dumps_plan(plan: model.Plan) -> str:
    """The plan as TOML in the layout people write by hand: one `[[projects]]` block per project."""
    return dumps_document(plan_to_document(plan))


def fingerprint(plan: model.Plan) -> str:
    """Identifies what a vote depends on (docs/voting.md, "What voids a ballot"): the list of
    projects and what voters weigh in each (cost, funding, effort, window, gates, the title up
    to case and spacing), the limits' figures, the plan's period, the voting rules and who may
    vote. Not the wording (summaries, themes and activities, labels, meetings) nor the decision
    and progress records: correcting a typo does not void the ballots. Nor the declarations of
    interest (one made at the meeting must not void the ballots already cast: the count rejects
    only a ballot that ranks a declared project), nor when the vote opens and closes, who sees the
    count or the quorum (they decide when ballots are cast and whether the Board may decide, not
    what the ballots are cast on)."""
    import hashlib

    document = plan_to_document(plan)
    document.pop("decision", None)
    document.pop("official", None)  # the record of where an import came from, not what is voted on
    document.pop("interests", None)
    document.pop("paper", None)  # the paper's words: what the members vote on is the same
    document.pop("note", None)
    document.pop("report", None)  # the end-of-year report's words
    # Nor where the ballots are kept: moving them to another box (`workplan ballots --to`) voids none.
    for key in ("opens", "closes", "results", "quorum", "box"):
        document["voting"].pop(key, None)
    document.pop("themes", None)
    document.pop("meetings", None)
    info, limits = document.get("plan", {}), document.get("limits", {})
    for key in ("status", "title", "board", "cycle"):
        info.pop(key, None)
    for key in ("currency", "total_budget", "roles"):
        limits.pop(key, None)
    for gate in limits.get("gates", {}).values():
        gate.pop("label", None)
        gate.pop("approval", None)
    for member in document.get("members", []):
        member.pop("label", None)
    for project in document.get("projects", []):
        for key in ("status", "progress", "note", "theme", "summary", "resources", "timing", "milestones", "estimated", "reference"):
            project.pop(key, None)
        project["title"] = " ".join(project["title"].casefold().split())
    return "sha256:" + hashlib.sha256(dumps_document(document).encode()).hexdigest()[:16]


def write_plan(plan: model.Plan, path: str | os.PathLike[str]) -> None:
    """Write the plan atomically, holding its lock (an edit being saved is not overtaken);
    a plan that is a link is written through to its target, the link kept."""
    text = dumps_plan(plan)
    with write_lock(path):
        atomic_write(path, text, follow_links=True)
