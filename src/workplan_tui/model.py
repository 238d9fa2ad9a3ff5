"""The work plan as immutable, typed values.

Instances are only built by plan_io from a validated document, so every
reference in them resolves and every date and number is in range.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from functools import cached_property
from types import MappingProxyType

import attrs

from workplan_tui.text import readable_id

PLAN_STATUSES = ("draft", "agreed")
# Where an imported instance may come from (`[official] source`, sources/).
OFFICIAL_SOURCES = ("pabulib", "preflib")
PROJECT_STATUSES = ("candidate", "agreed", "not_selected")
PROGRESS_STATUSES = ("planned", "in_progress", "done", "dropped")
# A substitute is on the roster to stand in, at a meeting, for a member who cannot attend
# (attendance.py): their ballot counts only in that member's place.
MEMBER_ROLES = ("chair", "vice_chair", "deputy_chair", "member", "substitute")
# What a quorum is counted on: the members present, or (attendance not recorded) the ballots.
# "member_ballots": the ballots of members only, when the roll is outside the plan (attendance.quorum_of).
QUORUM_BASES = ("present", "ballots", "member_ballots")
MEETING_KINDS = ("board", "lead_members")
METHODS = ("points", "borda", "approval", "schulze", "irv", "stv")
TIE_BREAKS = ("chair", "lot")
# A project's figures an officer may mark as estimates (its `estimated` list): the money, the
# days and the dates the Board weighs. `milestones` marks the dates of its milestones.
# Words (summary, timing, funding's source) are neither firm nor estimated.
ESTIMABLE_FIGURES = ("cost", "effort", "start", "end", "earliest", "latest", "milestones")
ESTIMATE_MARK = "est."
# The plan's own figures the paper for direction gives that [paper] estimated may mark.
PAPER_ESTIMABLE = ("capacity", "budget", "total_budget", "posts")
# How the count becomes the selection: the Board's priorities, or a rule that fits the limits.
SELECTIONS = ("priorities", "fit", "fit-stop", "best", "equal-shares")
# What a ballot holds (docs/voting.md, "Ballot kinds"): a ranking best first (equal ranks allowed
# where the method defines them), the approved projects, or points the voter shares out.
BALLOT_KINDS = ("ranking", "approval", "points")
# How equal shares spends what its rounds leave unspent (voting/equal_shares.py).
COMPLETIONS = ("none", "add1", "add1-utilitarian", "add1-to-budget")
# When members may see the count: once the vote has closed, or while it runs.
RESULTS_SHOWN = ("after-close", "live")
BOXES = ("folder", "sqlite")  # where ballots are kept: voting/ballot_box.py


def _frozen_mapping(value: Mapping[str, float]) -> Mapping[str, float]:
    return MappingProxyType(dict(value))


def _frozen_labels(value: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(value))


@attrs.frozen
class PlanInfo:
    title: str
    board: str
    cycle: str
    start: dt.date
    end: dt.date
    status: str = "draft"


@attrs.frozen
class Gate:
    id: str
    label: str
    approval: str


@attrs.frozen
class Limits:
    # Money is in minor units (pence: hundredths of the currency, money.py), exact; shown
    # through money.format_money, written back by plan_io in currency units.
    budget: int
    currency: str = "GBP"
    total_budget: int | None = None
    capacity: Mapping[str, float] = attrs.field(factory=dict, converter=_frozen_mapping)
    gates: tuple[Gate, ...] = ()
    # role id -> how the Board reads it ([limits.roles]); a role not listed reads as its id in words
    role_labels: Mapping[str, str] = attrs.field(factory=dict, converter=_frozen_labels)

    def gate(self, gate_id: str) -> Gate:
        return next(gate for gate in self.gates if gate.id == gate_id)

    def role_label(self, role: str) -> str:
        """The one way a role is named to people: its label, or graduate_trainee -> "Graduate trainee"."""
        return self.role_labels.get(role) or readable_id(role)


@attrs.frozen
class VotingRules:
    pick_min: int = 2
    pick_max: int = 3
    ballot_length: int = 3
    method: str = "points"
    selection: str = "priorities"
    tie_break: str = "chair"
    seed: str = ""
    weights: tuple[float, ...] = ()
    codes: bool = False
    # When ballots may be cast (None: no limit that side) and when members see the count
    # (voting/window.py reads them); a local datetime is in this computer's time zone.
    opens: dt.datetime | None = None
    closes: dt.datetime | None = None
    results: str = "after-close"
    quorum: int | None = None  # fewest members present for the Board to decide; None: no quorum
    ballot: str = "ranking"  # BALLOT_KINDS
    points: int | None = None  # for points ballots: the most points one voter may give in all
    # The minimum support (voting/threshold.py): votes (an int) or a share of voters ("5%"); None: none.
    threshold: int | str | None = None
    completion: str = "none"  # COMPLETIONS, for equal-shares
    box: str = "folder"  # where ballots are kept (voting/ballot_box.py): "folder" | "sqlite"
    roll: str = "members"  # who may vote (voting/rolls.py): "members" | "open" | "FILE.csv"


@attrs.frozen
class Member:
    id: str
    label: str
    role: str = "member"


@attrs.frozen
class Meeting:
    id: str
    date: dt.date
    kind: str = "board"
    title: str = ""

    @property
    def name(self) -> str:
        """How people know the meeting: its title, or its kind in words ("Board", "Lead members")."""
        return self.title or {"board": "Board", "lead_members": "Lead members"}.get(self.kind, readable_id(self.kind))


@attrs.frozen
class Activity:
    text: str
    status: str = "planned"
    note: str = ""


@attrs.frozen
class Theme:
    id: str
    title: str
    activities: tuple[Activity, ...] = ()


@attrs.frozen
class Milestone:
    what: str
    at: str = ""  # a meeting id
    date: dt.date | None = None

    def when(self, meetings: Mapping[str, Meeting]) -> dt.date | None:
        return meetings[self.at].date if self.at else self.date


@attrs.frozen
class Project:
    id: str
    title: str
    theme: str
    summary: str = ""
    resources: str = ""
    timing: str = ""
    cost: int = 0  # minor units (pence), like every money value of the model
    funding: str = ""
    effort: Mapping[str, float] = attrs.field(factory=dict, converter=_frozen_mapping)
    start: dt.date | None = None
    end: dt.date | None = None
    # The window the work may move within when re-timed (schedule.py); None: start / end.
    earliest: dt.date | None = None
    latest: dt.date | None = None
    # Which of ESTIMABLE_FIGURES are officer estimates, not firm figures.
    estimated: tuple[str, ...] = ()
    gates: tuple[str, ...] = ()
    milestones: tuple[Milestone, ...] = ()
    status: str = "candidate"
    progress: str = "planned"
    note: str = ""
    reference: str = ""  # an imported project's id in its source ("2023/KAG/0006"); sources/

    @property
    def externally_funded(self) -> bool:
        return bool(self.funding)

    @property
    def budget_cost(self) -> int:
        """What the project takes from limits.budget: nothing when funded elsewhere."""
        return 0 if self.funding else self.cost

    def is_estimate(self, *figures: str) -> bool:
        """Whether any of these figures (keys of ESTIMABLE_FIGURES) is an officer estimate."""
        return any(figure in self.estimated for figure in figures)

    def marked(self, text: str, *figures: str) -> str:
        """text as shown for these figures: "£3,750 est." when any of them is an estimate."""
        return f"{text} {ESTIMATE_MARK}" if self.is_estimate(*figures) else text


@attrs.frozen
class Interest:
    """A declaration of interest: the member may not rank the project (voting/interests.py)."""

    member: str  # a member id
    project: str  # a project id
    note: str = ""  # what the interest is, e.g. "Deputy Police and Crime Commissioner"


@attrs.frozen
class RankedScore:
    project: str
    score: float


@attrs.frozen
class Action:
    what: str
    owner: str = ""  # a role, e.g. "officers" or "chair"
    due: str = ""  # a meeting id




@attrs.frozen
class Substitute:
    """A roster substitute standing in, at the meeting, for a member who is not present."""

    member: str  # the substitute's member id (role "substitute")
    stands_for: str  # the id of the member they stand in for


@attrs.frozen
class Quorum:
    """Whether the meeting was quorate: `counted` (members present, substitutes standing in
    included, or ballots when attendance was not recorded) against `required`."""

    required: int
    counted: int
    basis: str = "present"  # QUORUM_BASES
    confirmed: bool = False  # the Board agreed knowingly below the quorum

    @property
    def quorate(self) -> bool:
        return self.counted >= self.required


@attrs.frozen
class Shortfall:
    role: str
    month: str  # "YYYY-MM"
    days: float


@attrs.frozen
class Advice:
    """What the agreed set needs, in short: does it fit, as timed or re-timed, and what is missing."""

    fits_as_timed: bool  # within budget and capacity with the work as timed (the even spread)
    fits: bool  # within budget and capacity with the work re-timed (the delivery schedule)
    cost: int = 0  # what it takes from limits.budget, in minor units (pence)
    budget_shortfall: int = 0  # how far the cost is over limits.budget, in minor units
    shortfall: tuple[Shortfall, ...] = ()  # extra role-days still needed once re-timed


@attrs.frozen
class Scheduled:
    """One project's days of one role, month by month ("YYYY-MM"), in the planned delivery."""

    project: str
    role: str
    days: Mapping[str, float] = attrs.field(factory=dict, converter=_frozen_mapping)


@attrs.frozen
class Official:
    """An imported instance's origin and its official outcome (`[official]`, sources/official.py compares)."""

    source: str
    file: str
    country: str = ""
    city: str = ""
    unit: str = ""
    instance: str = ""
    year: int | None = None
    rule: str = ""
    vote_type: str = ""
    selected: tuple[str, ...] = ()
    licence: str = ""


@attrs.frozen
class Decision:
    date: dt.date
    method: str
    ballots: int
    rejected: int = 0
    ranking: tuple[RankedScore, ...] = ()
    selected: tuple[str, ...] = ()  # the Board's agreed set
    counted: tuple[str, ...] = ()  # the count's selection, as the rule took it
    # the rule that took `counted` (SELECTIONS); "fit" for a record written before the rules
    selection: str = "fit"
    reason: str = ""  # why the agreed set differs from the count's
    ties: tuple[str, ...] = ()
    awaiting_approval: tuple[str, ...] = ()
    draft: str = ""  # fingerprint of the draft plan the decision was taken on
    present: tuple[str, ...] = ()  # members present in their own right
    apologies: tuple[str, ...] = ()
    substitutes: tuple[Substitute, ...] = ()  # who stood in for whom
    attendance_recorded: bool = True  # False: nobody recorded who attended (present is empty)
    quorum: Quorum | None = None  # None: the plan sets no quorum
    actions: tuple[Action, ...] = ()
    voters: tuple[str, ...] = ()  # members whose ballots counted, in the plan's member order
    ballots_digest: str = ""  # agree.ballots_digest of the counted ballots
    advice: Advice | None = None  # what the agreed set needs
    schedule: tuple[Scheduled, ...] = ()  # the agreed set's planned delivery


def _strings(value: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    return tuple(value)


@attrs.frozen
class PaperText:
    """[paper]: the paper for direction's fixed text, the words no figure of the plan gives
    (export/paper.py fills in what is left empty). Posts are by role id."""

    title: str = ""
    date: dt.date | None = None
    purpose: str = "For direction."
    summary: str = ""
    confidential: bool = False
    recommendation: str = ""
    contact: str = ""
    phone: str = ""
    email: str = ""
    background: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    issues: str = ""
    team: str = ""
    funded_posts: Mapping[str, float] = attrs.field(factory=dict, converter=_frozen_mapping)
    funded_by: str = ""
    funded_for: str = ""
    flexible_posts: Mapping[str, float] = attrs.field(factory=dict, converter=_frozen_mapping)
    commitments: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    direction: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    wales: str = ""
    financial: str = ""
    equalities: str = ""
    next_steps: str = ""
    appendix: str = ""
    estimated: tuple[str, ...] = attrs.field(default=(), converter=_strings)

    def marked(self, text: str, figure: str) -> str:
        """text as the paper shows one of PAPER_ESTIMABLE: "6 est." when it is an estimate."""
        return f"{text} {ESTIMATE_MARK}" if figure in self.estimated else text


@attrs.frozen
class Note:
    """The officer-written part of the note of the meeting's item ([note]): the decision itself
    comes from the record, what members said only from here."""

    item: int | None = None  # the item's number on the agenda
    title: str = ""  # the item's title; "" reads as the plan's title
    meeting: str = ""  # the meeting's id; "" : the meeting on the decision's date, unnamed
    introduced_by: str = ""  # a role, never a person
    discussion: tuple[str, ...] = ()  # paragraphs


@attrs.frozen
class ReportSection:
    """A part of the end-of-year report the plan's items do not make: cross-cutting work."""

    title: str
    paragraphs: tuple[str, ...] = ()


@attrs.frozen
class ReportText:
    """The end-of-year report's fixed text (`[report]`, seeds/002); an empty value is the
    report's own default (summary, recommendation, action) or a section left out."""

    purpose: str = "For direction."
    summary: str = ""
    recommendation: str = ""
    action: str = ""
    contact: str = ""  # the contact officer's position: a role, never a person
    background: tuple[str, ...] = ()  # said after the themes the Board agreed
    cross_cutting: tuple[ReportSection, ...] = ()
    events: tuple[str, ...] = ()  # conferences, events and media
    priorities: tuple[str, ...] = ()  # the opening of next year's proposals
    wales: str = ""
    financial: str = ""
    equalities: str = ""
    next_steps: str = ""


@attrs.frozen
class Plan:
    info: PlanInfo
    limits: Limits
    voting: VotingRules = VotingRules()
    members: tuple[Member, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    themes: tuple[Theme, ...] = ()
    projects: tuple[Project, ...] = ()
    # Kept as the record in the agreed plan too; not part of the fingerprint (plan_io).
    interests: tuple[Interest, ...] = ()
    paper: PaperText = PaperText()
    # Written after the meeting, kept as the record; not part of the fingerprint either.
    note: Note | None = None
    decision: Decision | None = None
    schema: int = 1
    report: ReportText = ReportText()  # the end-of-year report's fixed text
    official: Official | None = None

    @property
    def roles(self) -> tuple[str, ...]:
        return tuple(self.limits.capacity)

    def role_label(self, role: str) -> str:
        """How a role is named on every screen and paper (Limits.role_label)."""
        return self.limits.role_label(role)

    @cached_property
    def projects_by_id(self) -> Mapping[str, Project]:
        """Built once per plan: lookups by id must not scan 2,000 projects each time."""
        return MappingProxyType({project.id: project for project in self.projects})

    def project(self, project_id: str) -> Project:
        return self.projects_by_id[project_id]

    def theme(self, theme_id: str) -> Theme:
        for theme in self.themes:
            if theme.id == theme_id:
                return theme
        raise KeyError(theme_id)

    @property
    def meetings_by_id(self) -> dict[str, Meeting]:
        return {meeting.id: meeting for meeting in self.meetings}

    def declared(self, member_id: str) -> tuple[Interest, ...]:
        """The member's declarations of interest, in the plan's order."""
        return tuple(interest for interest in self.interests if interest.member == member_id)

    @property
    def chair(self) -> Member | None:
        return next((member for member in self.members if member.role == "chair"), None)
