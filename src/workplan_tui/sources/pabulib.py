"""pabulib's `.pb` files read in one pass, line by line, every problem located.

The format (pabulib.org/format; Faliszewski et al., "Participatory Budgeting: Data, Tools, and
Analysis", IJCAI 2023): UTF-8 text in three sections, each a title line (`META`, `PROJECTS`,
`VOTES`, in any case) then a header row, then rows of fields separated by `;` (a field may be
quoted with `"`, a quote doubled inside it, as a spreadsheet writes CSV):

    META
    key;value
    budget;51195
    vote_type;approval
    PROJECTS
    project_id;cost;votes;name;selected
    427;15995;16;Akademia Szkraba;1
    VOTES
    voter_id;vote
    5642;427,915

A vote lists project ids separated by commas: approved (approval), best first (ordinal), or with
a `points` field of as many numbers (cumulative, scoring). Amounts may have grosze (`12500.50`
or `12500,50`): they are kept exact, as integer minor units. `None` in a field means empty.

Errors (docs/errors.md): E030 a line that is not of the format, E031 something required is
missing, E032 a value that is not what its field holds, E033 a vote or project that refers
wrongly (an unknown or repeated project, a repeated id), E034 a file the importer cannot take.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterator
from pathlib import Path

import attrs

from workplan_tui.errors import LocatedError, WorkplanError
from workplan_tui.money import AmountError, amount_of, plain_amount, to_minor
from workplan_tui.text import cut

SECTIONS = ("meta", "projects", "votes")
VOTE_TYPES = ("approval", "ordinal", "cumulative", "scoring")
MAX_PB_BYTES = 64 * 1024 * 1024  # the largest pabulib file is ~20 MB (Warsaw 2023)
MOST_ERRORS = 20  # a file broken throughout: the first say enough
# pabulib writes amounts plainly, `12500`, `12500.50` or `12500,50`: the Polish style reads both marks.
AMOUNT_STYLE = "PLN"
_INTEGER = re.compile(r"-?\d+")
_YEAR = re.compile(r"(?:^|\D)(\d{4})(?:\D|$)")


@attrs.frozen
class PbProject:
    reference: str  # project_id, the city's own id
    cost: int  # minor units (grosze): 1234.50 zł is 123450
    name: str
    selected: bool | None  # None: the file does not say
    line: int
    votes: int | None = None
    extra: tuple[tuple[str, str], ...] = ()  # the other fields, as written (category, target, …)
    # `selected` 2: selected, and paid for by other means than this budget (Gdynia 2020, Poznań 2023)
    funded_otherwise: bool = False


@attrs.frozen
class PbVote:
    voter: str
    projects: tuple[str, ...]  # project_ids: approved, or best first for ordinal
    points: tuple[int, ...] = ()  # for cumulative and scoring: one per project
    line: int = 0
    repeated: bool = False  # the file named a project twice in this vote (kept once)


@attrs.frozen
class PbInstance:
    file: str
    meta: dict[str, str]
    projects: tuple[PbProject, ...]
    votes: tuple[PbVote, ...]
    meta_lines: dict[str, int] = attrs.field(factory=dict)
    notes: tuple[str, ...] = ()  # what the reader tolerated, said once (votes naming a project twice)

    @property
    def vote_type(self) -> str:
        return self.meta.get("vote_type", "approval")

    @property
    def rule(self) -> str:
        return self.meta.get("rule", "")

    @property
    def budget(self) -> int:
        """The budget in minor units (checked when read)."""
        return minor_amount(self.meta["budget"]) or 0

    @property
    def year(self) -> int | None:
        """The budget's year: `instance` when it is one, else the year the vote ended or began."""
        for key in ("instance", "date_end", "date_begin"):
            found = _YEAR.search(self.meta.get(key, ""))
            if found and 1900 <= int(found[1]) <= 9998:
                return int(found[1])
        return None

    @property
    def selected(self) -> tuple[str, ...] | None:
        """The references of the projects the city selected, in file order; None when unrecorded."""
        if all(project.selected is None for project in self.projects):
            return None
        return tuple(project.reference for project in self.projects if project.selected)

    def integer(self, key: str) -> int | None:
        value = self.meta.get(key, "")
        return int(value) if _INTEGER.fullmatch(value) else None


def minor_amount(text: str) -> int | None:
    """A pabulib amount (`12500`, `12500.5`, `12500,50`) in minor units (1250050) through money.py,
    or None when it is no amount of 0 or more with at most two decimals. The format groups no
    thousands, so `1 000` (which money.py reads for a person typing it) is refused here."""
    text = text.strip()
    if not text or any(character.isspace() for character in text):
        return None
    try:
        amount = amount_of(text, AMOUNT_STYLE)
    except AmountError:
        return None
    return to_minor(amount) if amount >= 0 else None


class _Problems:
    """The located errors of one file, stopping the read once there are too many to be useful."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.errors: list[LocatedError] = []

    def add(self, line: int, column: int, code: str, message: str) -> None:
        self.errors.append(LocatedError(self.file, line, column, code, message))
        if len(self.errors) >= MOST_ERRORS:
            self.errors.append(LocatedError(self.file, line, column, code, "too many problems: the rest of the file was not read"))
            raise WorkplanError(self.errors)

    def raise_if_any(self) -> None:
        if self.errors:
            raise WorkplanError(self.errors)


def _records(text: str, problems: _Problems) -> Iterator[tuple[int, str, list[str]]]:
    """(line number, the line, its fields) for every line that is not blank. A quoted field may
    run over lines (a name with a line break): the record's line is its first."""
    pending = ""
    start = 0
    quote_at = 0
    for number, line in enumerate(text.split("\n"), start=1):
        if pending:
            line = pending + "\n" + line
        else:
            start = number
        if '"' not in line:
            line = line.rstrip("\r")
            if line:
                yield start, line, line.split(";")
            continue
        opened = _open_quote(line)
        if opened >= 0:  # the record goes on on the next line
            if not pending:
                quote_at = opened + 1
            pending = line
            continue
        pending = ""
        line = line.rstrip("\r")
        try:
            fields = next(csv.reader([line], delimiter=";", quotechar='"', strict=True))
        except csv.Error as error:
            problems.add(start, 1, "E030", f"a field's quotes do not close ({error})")
            continue
        yield start, line, fields
    if pending:
        problems.add(start, quote_at, "E030", "a quoted field is never closed: the file ends inside it")


def _open_quote(line: str) -> int:
    """Where the quote opens that the line ends inside (0-based), or -1 when every quoted field
    closes (quotes count only where a field starts)."""
    inside = False
    opened = -1
    at_start = True
    index = 0
    length = len(line)
    while index < length:
        character = line[index]
        if inside:
            if character == '"':
                if index + 1 < length and line[index + 1] == '"':
                    index += 1
                else:
                    inside = False
        elif character == '"' and at_start:
            inside = True
            opened = index
        at_start = not inside and character == ";"
        index += 1
    return opened if inside else -1


def column_of(line: str, fields: list[str], index: int) -> int:
    """Where field `index` of the line starts (1-based), near enough for a quoted field."""
    if '"' not in line:
        return sum(len(field) + 1 for field in fields[:index]) + 1
    column = 0
    for field in fields[: index + 1]:
        found = line.find(field, column) if field else -1
        start = found if found >= 0 else column
        column = start + len(field) + 1
    return start + 1


def read_pabulib(path: str | os.PathLike[str]) -> PbInstance:
    """The instance in the `.pb` file at path, read once; raises WorkplanError with every problem
    located (`FILE:LINE:COL: E03x …`), at most MOST_ERRORS of them."""
    from workplan_tui.files import read_bytes

    file = str(path)
    return _parse(file, _decoded(read_bytes(Path(path), limit=MAX_PB_BYTES, what=".pb"), file))


def _decoded(data: bytes, file: str) -> str:
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        raise WorkplanError.single(file, "E030", "not UTF-8 text: save the file as UTF-8", line, column) from None


def parse_pabulib(text: str, file: str = "<pb>") -> PbInstance:
    """The instance in a `.pb` text (tests, round-trips); the same checks as read_pabulib."""
    return _parse(file, text.removeprefix("\ufeff"))


def _parse(file: str, text: str) -> PbInstance:
    problems = _Problems(file)
    meta: dict[str, str] = {}
    meta_lines: dict[str, int] = {}
    projects: list[PbProject] = []
    votes: list[PbVote] = []
    notes: list[str] = []
    project_lines: dict[str, int] = {}
    voter_lines: dict[str, int] = {}
    section = ""
    header: list[str] = []
    seen_sections: set[str] = set()
    expect_header = False
    vote_at = voter_at = points_at = -1
    scored = False
    repeated = 0
    unknown: dict[str, list[int]] = {}  # message -> [its line, its column, how many more votes]
    for number, line, fields in _records(text, problems):
        if len(fields) == 1:
            title = fields[0].strip().lower()
            if title in SECTIONS:
                if title in seen_sections:
                    problems.add(number, 1, "E030", f"a second {title.upper()} section")
                seen_sections.add(title)
                section, expect_header = title, True
                continue
            if not title:
                continue
        if not section:
            problems.add(number, 1, "E030", "the file must begin with META (a pabulib .pb file has META, PROJECTS and VOTES)")
            raise WorkplanError(problems.errors)
        if expect_header:
            expect_header = False
            if section == "meta" and [name.strip().lower() for name in fields[:2]] != ["key", "value"]:
                header = ["key", "value"]  # a few files leave the META header out: this is a row already
            else:
                header = [name.strip().lower() for name in fields]
                _check_header(section, header, number, line, fields, problems)
                if section == "votes":
                    if "vote" not in header:
                        raise WorkplanError(problems.errors)
                    vote_at = header.index("vote")
                    voter_at = header.index("voter_id") if "voter_id" in header else -1
                    scored = meta.get("vote_type", "approval") in ("cumulative", "scoring")
                    points_at = header.index("points") if "points" in header else -1
                    if scored and points_at < 0:
                        problems.add(number, 1, "E031", "a cumulative or scoring vote needs a `points` column in the VOTES header")
                        raise WorkplanError(problems.errors)
                continue
        if len(fields) != len(header) and not (section == "meta" and len(fields) > 2):
            # Too few: where the next field would begin; too many: at the first one beyond the header.
            column = len(line) + 1 if len(fields) < len(header) else column_of(line, fields, len(header))
            problems.add(number, column, "E030", f"{len(fields)} fields where the header has {len(header)}")
            if section == "projects" and fields[0].strip():
                project_lines.setdefault(fields[0].strip(), number)  # its votes are not errors of their own
            continue
        if section == "votes":  # the hot loop: 90,000 lines for Łódź
            voter = fields[voter_at].strip() if voter_at >= 0 else str(number)
            vote = _vote(voter, fields[vote_at], fields[points_at] if scored else "", project_lines, number)
            if isinstance(vote, str):
                if vote in unknown:  # one unknown project in thousands of votes: said once, counted
                    unknown[vote][2] += 1
                    continue
                at = points_at if vote.startswith("`points`") else vote_at
                problems.add(number, column_of(line, fields, at), "E033" if "project" in vote[:30] else "E032", vote)
                if vote.startswith("the vote names"):
                    unknown[vote] = [number, column_of(line, fields, vote_at), 0]
                continue
            if vote.repeated:
                repeated += 1
            if voter in voter_lines:
                problems.add(number, 1, "E033", f"voter `{cut(voter)}` voted twice (also line {voter_lines[voter]})")
                continue
            voter_lines[voter] = number
            votes.append(vote)
        elif section == "meta":
            key = fields[0].strip()
            # A value holding `;` (a description) is the rest of the line.
            meta[key] = ";".join(fields[1:]).strip()
            meta_lines[key] = number
        else:
            project = _project(header, fields, line, number, problems)
            if project is None:
                if fields[0].strip():
                    project_lines.setdefault(fields[0].strip(), number)  # its votes are not errors of their own
                continue
            if project.reference in project_lines:
                problems.add(number, 1, "E033", f"project `{cut(project.reference)}` appears twice (also line {project_lines[project.reference]})")
                continue
            project_lines[project.reference] = number
            projects.append(project)
    for title in SECTIONS:
        if title not in seen_sections:
            problems.add(1, 1, "E031", f"no {title.upper()} section: a pabulib .pb file has META, PROJECTS and VOTES")
    _check_meta(meta, meta_lines, problems)
    for line_number, column, more in unknown.values():
        if more:
            problems.errors.append(
                LocatedError(file, line_number, column, "E033", f"and {more} more vote{'s' if more != 1 else ''} name that project")
            )
    problems.errors.sort(key=lambda error: (error.line, error.column, error.message.startswith("and ")))
    problems.raise_if_any()
    if repeated:
        notes.append(f"{repeated} vote{'s' if repeated != 1 else ''} named a project twice: counted once, where first named")
    return PbInstance(file=file, meta=meta, projects=tuple(projects), votes=tuple(votes), meta_lines=meta_lines,
                      notes=tuple(notes))


def _check_header(section: str, header: list[str], number: int, line: str, fields: list[str], problems: _Problems) -> None:
    # A few files leave `voter_id` out: each vote is then known by its line's number.
    required = {"meta": ("key", "value"), "projects": ("project_id", "cost"), "votes": ("vote",)}[section]
    for name in required:
        if name not in header:
            problems.add(number, 1, "E031", f"the {section.upper()} header has no `{name}` column")
    seen: set[str] = set()
    for index, name in enumerate(header):
        if name in seen:
            problems.add(number, column_of(line, fields, index), "E030", f"column `{cut(name)}` appears twice in the {section.upper()} header")
        seen.add(name)


def _check_meta(meta: dict[str, str], lines: dict[str, int], problems: _Problems) -> None:
    if "budget" not in meta:
        problems.add(1, 1, "E031", "META has no `budget`")
    elif minor_amount(meta["budget"]) is None:
        problems.add(lines["budget"], 8, "E032", f"`budget` must be an amount like 51195 or 12500.50, not `{cut(meta['budget'])}`")
    vote_type = meta.get("vote_type", "approval")
    if vote_type not in VOTE_TYPES:
        problems.add(lines.get("vote_type", 1), 11, "E034",
                     f"vote type `{cut(vote_type)}` is not one pabulib defines: {', '.join(VOTE_TYPES)}")
    for key in ("min_length", "max_length", "num_votes", "num_projects", "max_sum_points", "min_sum_points", "max_points"):
        if key in meta and not _INTEGER.fullmatch(meta[key]):
            problems.add(lines[key], len(key) + 2, "E032", f"`{key}` must be a whole number, not `{cut(meta[key])}`")


def _empty(value: str) -> bool:
    return value.strip().lower() in ("", "none")


def _project(header: list[str], row: list[str], line: str, number: int, problems: _Problems) -> PbProject | None:
    fields = dict(zip(header, row, strict=False))
    reference = fields["project_id"].strip()
    if not reference:
        problems.add(number, 1, "E031", "the project has no `project_id`")
        return None
    cost = minor_amount(fields["cost"])
    if cost is None:
        problems.add(number, column_of(line, row, header.index("cost")), "E032",
                     f"`cost` must be an amount like 15995 or 12500.50, not `{cut(fields['cost'])}`")
        return None
    selected: bool | None = None
    funded_otherwise = False
    if "selected" in fields and not _empty(fields["selected"]):
        flag = fields["selected"].strip()
        if flag not in ("0", "1", "2"):
            problems.add(number, column_of(line, row, header.index("selected")), "E032", f"`selected` must be 1 or 0 (2: selected and funded by other means), not `{cut(flag)}`")
            return None
        selected = int(flag) >= 1
        funded_otherwise = int(flag) == 2
    votes = fields.get("votes", "").strip()
    name = fields.get("name", "")
    extra = tuple(
        (key, value) for key, value in fields.items()
        if key not in ("project_id", "cost", "selected", "votes", "name") and not _empty(value)
    )
    return PbProject(
        reference=reference, cost=cost, name="" if _empty(name) else name.strip(), selected=selected, line=number,
        votes=int(votes) if _INTEGER.fullmatch(votes) else None, extra=extra, funded_otherwise=funded_otherwise,
    )


def _vote(voter: str, text: str, points_text: str, projects: dict[str, int], number: int) -> PbVote | str:
    """The vote, or what is wrong with it. A vote that names a project twice keeps it once,
    where first named (pabutools reads an approval vote as a set too), and says so (`repeated`)."""
    text = text.strip()
    # "none" is an empty vote, unless a project is called that (then it names the project).
    if not text or (text.lower() == "none" and text not in projects):
        chosen: tuple[str, ...] = ()
    else:
        chosen = tuple(text.split(",")) if " " not in text else tuple(part.strip() for part in text.split(","))
    unique = set(chosen)
    if not projects.keys() >= unique:
        unknown = next(reference for reference in chosen if reference not in projects)
        return f"the vote names project `{cut(unknown)}`, which is not in PROJECTS"
    repeated = len(unique) != len(chosen)
    points: tuple[int, ...] = ()
    if points_text:
        raw = [part.strip() for part in points_text.split(",")] if not _empty(points_text) else []
        if len(raw) != len(chosen) or not all(part.isdigit() for part in raw):
            return (f"`points` must be {len(chosen)} whole numbers of 0 or more, one per project voted for, "
                    f"not `{cut(points_text)}`")
        points = tuple(int(part) for part in raw)
    if repeated:
        firsts: dict[str, int] = {}
        for index, reference in enumerate(chosen):
            firsts.setdefault(reference, index)
        points = tuple(points[index] for index in firsts.values()) if points else ()
        chosen = tuple(firsts)
    return PbVote(voter, chosen, points, number, repeated)


def dumps_pabulib(instance: PbInstance) -> str:
    """The instance as `.pb` text, which parse_pabulib reads back to the same instance (round-trips)."""

    def row(*fields: str) -> str:
        return ";".join(_quoted(field) for field in fields)

    lines = ["META", "key;value"]
    lines += [row(key, value) for key, value in instance.meta.items()]
    extra_keys = list(dict.fromkeys(key for project in instance.projects for key, _ in project.extra))
    lines += ["PROJECTS", row("project_id", "cost", "votes", "name", *extra_keys, "selected")]
    for project in instance.projects:
        extra = dict(project.extra)
        lines.append(row(
            project.reference, plain_amount(project.cost), "" if project.votes is None else str(project.votes),
            project.name or "None", *(extra.get(key, "None") for key in extra_keys),
            "" if project.selected is None else "2" if project.funded_otherwise else str(int(project.selected)),
        ))
    scored = instance.vote_type in ("cumulative", "scoring")
    lines += ["VOTES", "voter_id;vote" + (";points" if scored else "")]
    for vote in instance.votes:
        fields = [vote.voter, ",".join(vote.projects)]
        if scored:
            fields.append(",".join(str(points) for points in vote.points))
        lines.append(row(*fields))
    return "\n".join(lines) + "\n"


def _quoted(field: str) -> str:
    if any(character in field for character in ';"\n\r') or field != field.strip():
        return '"' + field.replace('"', '""') + '"'
    return field


def file_title(path: str | os.PathLike[str]) -> str:
    """`poland_warszawa_2017_praga-polnoc` of `…/poland_warszawa_2017_praga-polnoc.pb`."""
    return Path(path).stem
