"""The plan file's schema: every table, key, type, default and rule, in one place.

plan_io validates documents against these declarations; docs/plan-format.md
describes the same keys for people, and a test checks the two agree.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from workplan_tui import model
from workplan_tui.money import EXAMPLE, MINOR_PER_UNIT

SCHEMA_VERSION = 1
ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
# Ids become file names (ballots); refuse names Windows reserves as devices.
RESERVED_IDS = frozenset(
    ["con", "prn", "aux", "nul"] + [f"com{i}" for i in range(10)] + [f"lpt{i}" for i in range(10)]
)
MAX_TEXT = 20_000  # characters in one string value

# The ranges of numbers and dates (E106): wide enough for any board, narrow enough that every
# sum, spread, month step and paper the commands make of them stays an ordinary number (a
# float cannot overflow, a date cannot leave Python's years 1 to 9999, a count cannot ask for
# more memory than there is). docs/plan-format.md ("Ranges") lists them for people.
MAX_MONEY = 10**12  # budget, total_budget, cost, in currency units (E106 says them so)
MAX_MONEY_MINOR = MAX_MONEY * MINOR_PER_UNIT  # the same range in the model's minor units
MAX_COUNT = 100_000  # ballots, quorum, pick and ballot_length: ten times the largest board benchmarked
MAX_DAYS = 10**6  # person-days: capacity in a month, effort, scheduled days, shortfall
MAX_ITEM = 999  # an agenda item's number
MAX_WEIGHT = 10**6  # points for one position on a ballot
MAX_VOTERS = 10**8  # a city's electorate, for a threshold in votes
MAX_SCORE = 10**15  # a recorded score: MAX_WEIGHT points from MAX_COUNT ballots, with room
FIRST_DATE = dt.date(1900, 1, 1)
# A year short of Python's last: the month after the plan's last (capacity.next_month) and
# next cycle's dates (rollover, one year on) must still be dates.
LAST_DATE = dt.date(9998, 12, 31)
MAX_PERIOD_YEARS = 10  # the plan period: every project's load is spread over its months


@attrs.frozen
class Kind:
    """A value's expected type: a name for messages and a test."""

    name: str
    test: Callable[[Any], bool]


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_amount(value: Any) -> bool:
    return isinstance(value, (int, float, str)) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


STRING = Kind("a string", lambda v: isinstance(v, str))
INTEGER = Kind("a whole number", _is_int)
NUMBER = Kind("a number", _is_number)
# Money: 12500, 12500.50 or "12,500.50", read exactly into minor units (money.py).
MONEY = Kind(f"an amount like {EXAMPLE}", _is_amount)
BOOLEAN = Kind("true or false", lambda v: isinstance(v, bool))
DATE = Kind("a date like 2023-04-01", lambda v: type(v) is dt.date)
DATETIME = Kind("a date and time like 2023-03-23T11:05:00+00:00", lambda v: isinstance(v, dt.datetime))
TABLE = Kind("a table", lambda v: isinstance(v, dict))
ARRAY = Kind("an array", lambda v: isinstance(v, list))
ARRAY_OF_TABLES = Kind("an array of tables", lambda v: isinstance(v, list))
NUMBER_MAP = Kind("a table of numbers", lambda v: isinstance(v, dict))
STRING_MAP = Kind("a table of strings", lambda v: isinstance(v, dict))
THRESHOLD = Kind('a number of votes or a share of voters like "5%"', lambda v: _is_int(v) or isinstance(v, str))
MAP_OF_TABLES = Kind("a table of tables", lambda v: isinstance(v, dict))


@attrs.frozen
class Field:
    kind: Kind
    required: bool = False
    default: Any = None
    choices: tuple[str, ...] = ()  # for ARRAY: the choices of each item
    doc: str = ""
    # for ARRAY: the kind of each item; for ARRAY_OF_TABLES and TABLE: the nested table's name
    item: Kind | None = None
    table: str = ""
    # for ARRAY items that may also be tables (activities): the table's name
    item_table: str = ""
    # for numbers, and for each number of a NUMBER_MAP or of an ARRAY of numbers: the range (E106);
    # for MONEY, in minor units
    minimum: float | None = None
    maximum: float | None = None
    is_id: bool = False


Table = Mapping[str, Field]

TABLES: dict[str, Table] = {
    "document": {
        "schema": Field(INTEGER, required=True, doc="Version of this format; must be 1."),
        "plan": Field(TABLE, required=True, table="plan", doc="What the plan is and the period it covers."),
        "limits": Field(TABLE, required=True, table="limits", doc="Budget, staff capacity and gated resources."),
        "voting": Field(TABLE, default={}, table="voting", doc="How the board chooses its priority projects."),
        "members": Field(ARRAY_OF_TABLES, default=[], table="member", doc="Who may vote."),
        "meetings": Field(ARRAY_OF_TABLES, default=[], table="meeting", doc="Board and lead-member meetings."),
        "themes": Field(ARRAY_OF_TABLES, default=[], table="theme", doc="Themes and their standing activities."),
        "projects": Field(ARRAY_OF_TABLES, default=[], table="project", doc="Candidate projects."),
        "interests": Field(
            ARRAY_OF_TABLES, default=[], table="interest",
            doc="Declarations of interest: a member may not rank, approve or give points to a project they declared an interest in.",
        ),
        "paper": Field(
            TABLE, default={}, table="paper",
            doc="The fixed text of the paper for direction (`workplan export --to paper`): what the plan's figures cannot say.",
        ),
        "note": Field(
            TABLE, table="note",
            doc="The note of the meeting's item: its number, title and what members said (`export --to note`).",
        ),
        "decision": Field(TABLE, table="decision", doc="The board's decision; written when a plan is agreed."),
        "report": Field(TABLE, default={}, table="report", doc="The end-of-year report's fixed text (docs/export.md)."),
        "official": Field(
            TABLE, table="official",
            doc="Where an imported instance came from and what its body officially selected (`workplan import --pabulib`).",
        ),
    },
    "plan": {
        "title": Field(STRING, required=True, doc="Title shown in the app and on the board paper."),
        "board": Field(STRING, required=True, doc="The board that owns the plan."),
        "cycle": Field(STRING, required=True, doc='The board cycle, e.g. "2023/24".'),
        "start": Field(DATE, required=True, doc="First day of the plan period."),
        "end": Field(DATE, required=True, doc="Last day of the plan period."),
        "status": Field(STRING, default="draft", choices=model.PLAN_STATUSES, doc="draft until the board agrees it."),
    },
    "limits": {
        "budget": Field(MONEY, required=True, minimum=0, maximum=MAX_MONEY_MINOR, doc="Money free for new projects, in currency units (up to two decimals)."),
        "currency": Field(STRING, default="GBP", doc="ISO currency code used on the board paper."),
        "total_budget": Field(MONEY, minimum=0, maximum=MAX_MONEY_MINOR, doc="The whole policy budget, for context on the paper."),
        "capacity": Field(NUMBER_MAP, default={}, minimum=0, maximum=MAX_DAYS, doc="Person-days available per month, by role id."),
        "roles": Field(
            STRING_MAP, default={},
            doc='How each role is shown, by role id, e.g. graduate_trainee = "Graduate trainee" (default: the id in words).',
        ),
        "gates": Field(MAP_OF_TABLES, default={}, table="gate", doc="Gated resources by id; each needs an approval."),
    },
    "paper": {
        "title": Field(STRING, default="", doc='The paper\'s title, e.g. "SSCB work projects" (default: the plan\'s title and "work projects").'),
        "date": Field(DATE, doc="The date of the meeting the paper goes to (`--date` overrides it)."),
        "purpose": Field(STRING, default="For direction.", doc="Purpose of report."),
        "summary": Field(STRING, default="", doc="Summary (default: a sentence counting the candidate projects)."),
        "confidential": Field(BOOLEAN, default=False, doc='"Is this report confidential?": false reads No.'),
        "recommendation": Field(STRING, default="", doc="Recommendation (default: from voting.pick, \"which two to three projects\")."),
        "contact": Field(STRING, default="", doc='The contact officer, as a role (never a person), e.g. "Principal Policy Adviser".'),
        "phone": Field(STRING, default="", doc="The contact's phone number (a team line)."),
        "email": Field(STRING, default="", doc="The contact's email (a team mailbox)."),
        "background": Field(ARRAY, default=[], item=STRING, doc="The Background paragraphs, numbered 1, 2, … on the paper."),
        "issues": Field(STRING, default="", doc='The paragraph before the Issues table (default: "An outline of the suggested projects is set out below:").'),
        "team": Field(STRING, default="", doc='Whose resources the Resources paragraph sets out, e.g. "the safer communities team".'),
        "funded_posts": Field(
            NUMBER_MAP, default={}, minimum=0, maximum=MAX_COUNT,
            doc="Posts by role id that are funded for named work (not free for new projects), e.g. { senior_adviser = 2 }.",
        ),
        "funded_by": Field(STRING, default="", doc='What funds those posts, e.g. "our DLUHC grant and subscription funding".'),
        "funded_for": Field(STRING, default="", doc='The work those posts are funded for, e.g. "building safety, fire services …".'),
        "flexible_posts": Field(
            NUMBER_MAP, default={}, minimum=0, maximum=MAX_COUNT,
            doc="Posts by role id with the flexibility to take on new projects (their time is limits.capacity).",
        ),
        "commitments": Field(
            ARRAY, default=[], item=STRING,
            doc="The policy budget's ongoing commitments, which take what limits.total_budget has beyond limits.budget.",
        ),
        "direction": Field(
            ARRAY, default=[], item=STRING,
            doc="The paragraphs asking for the Board's direction after Resources (default: the Board's two usual ones).",
        ),
        "wales": Field(STRING, default="", doc="Implications for Wales."),
        "financial": Field(STRING, default="", doc='Financial implications (default: "As set out in paragraph N above.", N the Resources paragraph).'),
        "equalities": Field(STRING, default="", doc="Equalities implications."),
        "next_steps": Field(STRING, default="", doc='Next steps (default: "Officers to take forward as directed.").'),
        "appendix": Field(
            STRING, default="",
            doc='The heading of the current programme\'s appendix, e.g. "SSCB work plan – agreed September/November 2022".',
        ),
        "estimated": Field(
            ARRAY, default=[], item=STRING, choices=model.PAPER_ESTIMABLE,
            doc='Which of the plan\'s resource figures are officer estimates, marked "est." on the paper, e.g. ["capacity"].',
        ),
    },
    "gate": {
        "label": Field(STRING, required=True, doc="What the resource is."),
        "approval": Field(STRING, required=True, doc="Who must approve its use."),
    },
    "voting": {
        "pick": Field(TABLE, default={}, table="pick", doc="How many projects the board prioritises."),
        "ballot_length": Field(INTEGER, minimum=1, maximum=MAX_COUNT, doc="How many projects a member may rank (default pick.max)."),
        "method": Field(STRING, default="points", choices=model.METHODS, doc="Counting method."),
        "selection": Field(
            STRING, default="priorities", choices=model.SELECTIONS,
            doc="How the count becomes the selection: the top priorities, or a rule that keeps within the limits.",
        ),
        "tie_break": Field(STRING, default="chair", choices=model.TIE_BREAKS, doc="How ties are broken."),
        "seed": Field(STRING, default="", doc="Seed for any lot, so results are reproducible."),
        "weights": Field(ARRAY, default=[], item=NUMBER, minimum=0, maximum=MAX_WEIGHT, doc="Points per position for `points` (default L..1)."),
        "codes": Field(BOOLEAN, default=False, doc="Ballots need the member's voting code."),
        "opens": Field(DATETIME, doc="When members may begin to vote (default: at once)."),
        "closes": Field(DATETIME, doc="When the vote closes; a ballot cast later is rejected (`workplan close` sets it)."),
        "results": Field(
            STRING, default="after-close", choices=model.RESULTS_SHOWN,
            doc="When members see the count: after the close, or live while the vote is open.",
        ),
        "quorum": Field(
            INTEGER, minimum=1, maximum=MAX_COUNT,
            doc="Fewest members present (or ballots, when attendance is not recorded) for the Board to decide.",
        ),
        "ballot": Field(
            STRING, default="ranking", choices=model.BALLOT_KINDS,
            doc="What a ballot holds: a ranking (best first), the approved projects, or points shared out.",
        ),
        "points": Field(INTEGER, minimum=1, maximum=MAX_WEIGHT, doc="For points ballots: the most points one voter may give in all."),
        "threshold": Field(
            THRESHOLD, doc='The fewest votes a project needs to be selected, or a share of the voters like "5%".',
        ),
        "completion": Field(
            STRING, default="none", choices=model.COMPLETIONS,
            doc="For equal-shares: how what its rounds leave unspent is spent (none, add1, add1-utilitarian, add1-to-budget).",
        ),
        "box": Field(
            STRING, default="folder", choices=model.BOXES,
            doc="Where ballots are kept: a folder of TOML files, or one SQLite file for large electorates.",
        ),
        "roll": Field(
            STRING, default="members",
            doc='Who may vote: "members" (the plan\'s members), "open" (any voter id, once), "imported" (an imported'
            " anonymous electorate: a row per distinct ballot with its voters; nobody casts) or a CSV file beside the plan.",
        ),
    },
    "pick": {
        "min": Field(INTEGER, default=2, minimum=1, maximum=MAX_COUNT, doc="Fewest projects to prioritise."),
        "max": Field(INTEGER, default=3, minimum=1, maximum=MAX_COUNT, doc="Most projects to prioritise."),
    },
    "member": {
        "id": Field(STRING, required=True, is_id=True, doc="Unique slug; names the member's ballot file."),
        "label": Field(STRING, required=True, doc="How the member is shown (a role, not a personal name)."),
        "role": Field(STRING, default="member", choices=model.MEMBER_ROLES, doc="Role on the board."),
    },
    "meeting": {
        "id": Field(STRING, required=True, is_id=True, doc="Unique slug, referenced by milestones."),
        "date": Field(DATE, required=True, doc="Date of the meeting."),
        "kind": Field(STRING, default="board", choices=model.MEETING_KINDS, doc="board or lead_members."),
        "title": Field(STRING, default="", doc="Optional title."),
    },
    "theme": {
        "id": Field(STRING, required=True, is_id=True, doc="Unique slug, referenced by projects."),
        "title": Field(STRING, required=True, doc="Theme title."),
        "activities": Field(ARRAY, default=[], item=STRING, item_table="activity", doc="Standing activities."),
    },
    "activity": {
        "text": Field(STRING, required=True, doc="What the activity is."),
        "status": Field(STRING, default="planned", choices=model.PROGRESS_STATUSES, doc="Progress."),
        "note": Field(STRING, default="", doc="Short achievement note."),
    },
    "project": {
        "id": Field(STRING, required=True, is_id=True, doc="Unique slug; ballots rank these."),
        "title": Field(STRING, required=True, doc="Issue title, as on the board paper."),
        "theme": Field(STRING, required=True, doc="Id of the theme it belongs to."),
        "summary": Field(STRING, default="", doc="Further information."),
        "resources": Field(STRING, default="", doc="Resource requirement, in words."),
        "timing": Field(STRING, default="", doc="Indicative timing, in words."),
        "cost": Field(MONEY, default=0, minimum=0, maximum=MAX_MONEY_MINOR, doc="Money taken from limits.budget."),
        "funding": Field(STRING, default="", doc="External source; when set, cost is not counted."),
        "effort": Field(NUMBER_MAP, default={}, minimum=0, maximum=MAX_DAYS, doc="Person-days over the whole window, by role id."),
        "start": Field(DATE, required=True, doc="First day of work."),
        "end": Field(DATE, required=True, doc="Last day of work."),
        "earliest": Field(DATE, doc="Earliest day the work may be moved to (default start)."),
        "latest": Field(DATE, doc="Latest day the work may be moved to (default end)."),
        "estimated": Field(
            ARRAY, default=[], item=STRING, choices=model.ESTIMABLE_FIGURES,
            doc="Which of its figures are officer estimates, e.g. [\"cost\", \"effort\"].",
        ),
        "gates": Field(ARRAY, default=[], item=STRING, doc="Ids of gated resources it needs."),
        "milestones": Field(ARRAY_OF_TABLES, default=[], table="milestone", doc="Reports and decisions."),
        "status": Field(STRING, default="candidate", choices=model.PROJECT_STATUSES, doc="Decision status."),
        "progress": Field(STRING, default="planned", choices=model.PROGRESS_STATUSES, doc="Delivery progress."),
        "note": Field(STRING, default="", doc="Short achievement note."),
        "reference": Field(STRING, default="", doc='The source\'s own id of an imported project, e.g. "2023/KAG/0006".'),
    },
    "official": {
        "source": Field(STRING, required=True, choices=model.OFFICIAL_SOURCES, doc="The library the instance came from."),
        "file": Field(STRING, required=True, doc="The source file's name, as the library publishes it."),
        "country": Field(STRING, default="", doc="Country, as the source names it."),
        "city": Field(STRING, default="", doc="City or body (pabulib `unit`)."),
        "unit": Field(STRING, default="", doc="District or part of it (pabulib `subunit`/`district`)."),
        "instance": Field(STRING, default="", doc="The source's name for this instance (pabulib `instance`)."),
        "year": Field(INTEGER, minimum=FIRST_DATE.year, maximum=LAST_DATE.year, doc="The year of the budget or election."),
        "rule": Field(STRING, default="", doc='The rule the body used, as the source names it ("greedy", "equalshares/add1", "irv").'),
        "vote_type": Field(STRING, default="", doc='The ballots as the source names them ("approval", "cumulative", "ordinal", "soi").'),
        "selected": Field(ARRAY, default=[], item=STRING, doc="Ids of the projects the body officially selected."),
        "licence": Field(STRING, default="", doc="The data's licence, as the source states it."),
    },
    "interest": {
        "member": Field(STRING, required=True, doc="Id of the member who declared the interest."),
        "project": Field(STRING, required=True, doc="Id of the project it bears on."),
        "note": Field(STRING, default="", doc="What the interest is, as the minutes record it."),
    },
    "milestone": {
        "what": Field(STRING, required=True, doc="What happens, e.g. Interim report."),
        "at": Field(STRING, default="", doc="Id of the meeting it goes to (or give date)."),
        "date": Field(DATE, doc="Date, when not tied to a meeting."),
    },
    "note": {
        "item": Field(INTEGER, minimum=1, maximum=MAX_ITEM, doc="The item's number on the meeting's agenda."),
        "title": Field(STRING, default="", doc="The item's title, as the agenda has it (default: the plan's title)."),
        "meeting": Field(STRING, default="", doc="Id of the meeting the item was taken at (default: the decision's date)."),
        "introduced_by": Field(STRING, default="", doc='Who introduced the item, as a role, e.g. "Principal Policy Adviser".'),
        "discussion": Field(ARRAY, default=[], item=STRING, doc="What members said: one paragraph each, officer-written."),
    },
    "decision": {
        "date": Field(DATE, required=True, doc="When the board decided."),
        "method": Field(STRING, required=True, choices=model.METHODS, doc="Counting method used."),
        "ballots": Field(INTEGER, required=True, minimum=0, maximum=MAX_COUNT, doc="Ballots counted."),
        "rejected": Field(INTEGER, default=0, minimum=0, maximum=MAX_COUNT, doc="Ballots rejected."),
        "ranking": Field(ARRAY_OF_TABLES, default=[], table="ranked", doc="Social ranking with scores."),
        "selected": Field(ARRAY, default=[], item=STRING, doc="Ids of the projects the Board agreed."),
        "counted": Field(ARRAY, default=[], item=STRING, doc="Ids of the projects the count selected."),
        "selection": Field(STRING, default="fit", choices=model.SELECTIONS, doc="The rule the count selected by."),
        "reason": Field(STRING, default="", doc="Why the agreed set differs from the count's."),
        "ties": Field(ARRAY, default=[], item=STRING, doc="Each tie and how it was broken."),
        "awaiting_approval": Field(ARRAY, default=[], item=STRING, doc='Gates still awaiting approval, each "<project>: <gate> (<who approves>)".'),
        "draft": Field(STRING, default="", doc="Fingerprint of the draft the decision was taken on."),
        "present": Field(ARRAY, default=[], item=STRING, doc="Member ids present."),
        "apologies": Field(ARRAY, default=[], item=STRING, doc="Member ids who sent apologies."),
        "substitutes": Field(
            ARRAY_OF_TABLES, default=[], table="substitute", doc="Substitutes who stood in for members, and for whom."
        ),
        "attendance_recorded": Field(
            BOOLEAN, default=True, doc="false when nobody recorded who attended (the paper says so)."
        ),
        "quorum": Field(TABLE, table="quorum", doc="The quorum and what was counted against it."),
        "actions": Field(ARRAY_OF_TABLES, default=[], table="action", doc="Actions, as in the meeting notes."),
        "voters": Field(ARRAY, default=[], item=STRING, doc="Member ids whose ballots counted."),
        "ballots_digest": Field(STRING, default="", doc="sha256 of the counted ballots (docs/export.md)."),
        "advice": Field(TABLE, table="advice", doc="What the agreed set needs."),
        "schedule": Field(ARRAY_OF_TABLES, default=[], table="scheduled", doc="The agreed set's planned delivery."),
    },
    "advice": {
        "fits_as_timed": Field(BOOLEAN, required=True, doc="Within budget and capacity as timed."),
        "fits": Field(BOOLEAN, required=True, doc="Within budget and capacity once re-timed."),
        "cost": Field(MONEY, default=0, minimum=0, maximum=MAX_MONEY_MINOR, doc="What the agreed set takes from limits.budget."),
        "budget_shortfall": Field(MONEY, default=0, minimum=0, maximum=MAX_MONEY_MINOR, doc="How far that is over limits.budget."),
        "shortfall": Field(ARRAY_OF_TABLES, default=[], table="shortfall", doc="Extra role-days needed once re-timed."),
    },
    "shortfall": {
        "role": Field(STRING, required=True, doc="Role id (limits.capacity)."),
        "month": Field(STRING, required=True, doc='The month, "YYYY-MM".'),
        "days": Field(NUMBER, required=True, minimum=0, maximum=MAX_DAYS, doc="Extra person-days needed that month."),
    },
    "scheduled": {
        "project": Field(STRING, required=True, doc="Project id."),
        "role": Field(STRING, required=True, doc="Role id (limits.capacity)."),
        "days": Field(NUMBER_MAP, default={}, minimum=0, maximum=MAX_DAYS, doc='Person-days by month, "YYYY-MM".'),
    },
    "substitute": {
        "member": Field(STRING, required=True, doc="Member id of the substitute (role substitute)."),
        "stands_for": Field(STRING, required=True, doc="Member id of the member they stood in for."),
    },
    "quorum": {
        "required": Field(INTEGER, required=True, minimum=1, maximum=MAX_COUNT, doc="The plan's voting.quorum at the decision."),
        "counted": Field(INTEGER, required=True, minimum=0, maximum=MAX_COUNT, doc="Members present (substitutes included), or ballots."),
        "basis": Field(STRING, default="present", choices=model.QUORUM_BASES, doc="What was counted: present, ballots, or member_ballots (a roll outside the plan: members' ballots only)."),
        "confirmed": Field(BOOLEAN, default=False, doc="The Board agreed knowingly below the quorum."),
    },
    "ranked": {
        "project": Field(STRING, required=True, doc="Project id."),
        "score": Field(NUMBER, required=True, minimum=-MAX_SCORE, maximum=MAX_SCORE, doc="Its score under the method."),
    },
    "report": {
        "purpose": Field(STRING, default="For direction.", doc="Purpose of report."),
        "summary": Field(STRING, default="", doc="Summary (default: what the report sets out and the year's progress in figures)."),
        "recommendation": Field(STRING, default="", doc="Recommendation (default: that Members note the report and consider next year's priorities)."),
        "action": Field(STRING, default="", doc="Action (default: officers prepare next year's work plan paper)."),
        "contact": Field(STRING, default="", doc="The contact officer's position, a role (e.g. Principal Policy Adviser), never a name."),
        "background": Field(ARRAY, default=[], item=STRING, doc="Background paragraphs said after the themes the Board agreed."),
        "cross_cutting": Field(ARRAY_OF_TABLES, default=[], table="report_section", doc="Cross-cutting work, each with its title and paragraphs."),
        "events": Field(ARRAY, default=[], item=STRING, doc="Conferences, events and media: paragraphs."),
        "priorities": Field(ARRAY, default=[], item=STRING, doc="The opening paragraphs of next year's priorities."),
        "wales": Field(STRING, default="", doc="Implications for Wales."),
        "financial": Field(STRING, default="", doc="Financial implications."),
        "equalities": Field(STRING, default="", doc="Equalities implications."),
        "next_steps": Field(STRING, default="", doc="Next steps (default: the Board reflects on the year and comments on next year's priorities)."),
    },
    "report_section": {
        "title": Field(STRING, required=True, doc="Heading of the cross-cutting work."),
        "paragraphs": Field(ARRAY, default=[], item=STRING, doc="What was done, paragraph by paragraph."),
    },
    "action": {
        "what": Field(STRING, required=True, doc="The action."),
        "owner": Field(STRING, default="", doc="Owner, as a role (e.g. officers)."),
        "due": Field(STRING, default="", doc="Id of the meeting it is due at."),
    },
}
