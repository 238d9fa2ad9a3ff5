"""An instance read from pabulib or PrefLib made into a plan document and its ballots.

The plan (docs/import.md): the period is the instance's year; one theme; one project per
project or candidate, its title the source's name, `reference` the source's own id and `id` a
slug derived from it deterministically (slug_ids); the budget; the rule mapped to `[voting]`;
`[official]` with what the source records, the officially selected projects among it. The
ballots go to the SQLite box. A pabulib instance names its voters: the roll is open (each voter
id in the box counts once), one row per voter. A PrefLib election is anonymous, each line "how
many voters: the order": the roll is "imported" and the box keeps one row per distinct ballot
with its voters (`Ballot.voters`), as the file itself does.

What this version cannot count faithfully (a rule it does not know) is refused with E034 and
why, never imported to give another result.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import operator
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import attrs

from workplan_tui import model, schema
from workplan_tui.bulk import gc_paused
from workplan_tui.errors import WorkplanError
from workplan_tui.money import file_amount
from workplan_tui.sources.pabulib import PbInstance
from workplan_tui.sources.preflib import PreflibElection
from workplan_tui.text import plural
from workplan_tui.voting.ballots import Ballot, voter_count

THEME = "projects"
PABULIB_LICENCE = "pabulib (pabulib.org): open data, cite Faliszewski et al., IJCAI 2023"
PREFLIB_LICENCE = "PrefLib (preflib.org): free to use, cite Mattei and Walsh, ADT 2013, and the data set's own citation"
CURRENCIES = {"poland": "PLN", "france": "EUR", "netherlands": "EUR", "germany": "EUR", "spain": "EUR", "italy": "EUR"}
# Cities whose outcomes end the walk down the ranking at the first project that does not fit
# (issue 18; docs/import.md "Reproduction over pabulib"): walk-and-skip reproduces 19 of Gdynia's
# 43 lists of 2020, 5 of Poznań's 15 (2023) and 89 of Wrocław's 93 (2016-2021); stopping
# reproduces every one of those, and 25, 14 and 92 in all.
STOPPING_CITIES = frozenset({"gdynia", "poznań", "wrocław"})
# A project is selected only with this many valid votes, by the city's rules from the file's
# `instance` year given on: (from, for a district's list, for the city-wide list). Łódź (whose
# files name the year of the vote): "nie mniej niż 50 ważnych głosów" (uchwała VI/199/19 Rady
# Miejskiej w Łodzi, ŁBO 2019/2020, voted in 2019, on; uml.lodz.pl). Warsaw (whose files name the
# budget's year): 50 valid votes for a district's project, 100 city-wide (8th edition, the 2022
# budget, on: um.warszawa.pl/waw/bo/wyniki-glosowania-8-edycja). Used when the file records no
# `min_project_score_threshold` of its own.
CITY_THRESHOLDS = {"łódź": (2019, 50, 50), "warszawa": (2022, 50, 100)}
FUNDED_OTHERWISE = "other city funds"  # a project the file marks `selected` 2
# pabulib's `equalshares/…` completions as the cities counted them: `add1` raised each voter's
# share by 1 zł until the outcome would pass the budget, past the first exhaustive outcome
# (Wieliczka 2023: voting/equal_shares.py, `add1-to-budget`).
PABULIB_COMPLETIONS = {"add1": "add1-to-budget"}
# PrefLib series (the data set's number) and the method its elections were counted by.
PREFLIB_METHODS = {
    "00001": "stv",  # Irish: Dáil constituencies, STV
    "00002": "schulze",  # Debian: Condorcet with the Schwartz sequential dropping (Schulze) method
    "00008": "stv",  # Glasgow City Council, STV
}
# Seats of the Irish elections PrefLib holds (2002 general election), by title.
PREFLIB_SEATS = {"2002 Dublin North": 4, "2002 Dublin West": 3, "2002 Meath": 5}
_TRANSLITERATE = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d", "Đ": "D", "æ": "ae"})


@attrs.frozen
class Imported:
    document: dict[str, Any]  # the plan, as the TOML writer takes it
    _ballots: tuple[Ballot, ...] | None = attrs.field(alias="ballots")  # None: see `rows`
    notes: tuple[str, ...] = ()
    # A PrefLib file read plain, as columns: (voter, ranking as compact text, voters) per row,
    # written to the SQLite box as they are; `ballots` made from them only when asked for.
    rows: tuple[tuple[str, str, int], ...] = ()

    @functools.cached_property
    def ballots(self) -> tuple[Ballot, ...]:
        if self._ballots is not None:
            return self._ballots
        return tuple(Ballot(voter, tuple(text.split(",")), voters=voters) for voter, text, voters in self.rows)


def slug(text: str, fallback: str = "x") -> str:
    """`2023/KAG/0006` as `2023-kag-0006`: lower case ASCII letters, digits and dashes, at most 64."""
    ascii_text = unicodedata.normalize("NFKD", text.translate(_TRANSLITERATE)).encode("ascii", "ignore").decode()
    value = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:64].strip("-")
    if not value:
        value = fallback
    if value in schema.RESERVED_IDS:
        value = f"{fallback}-{value}"
    return value


def slug_ids(references: Iterable[str], fallback: str = "x") -> list[str]:
    """One distinct slug per reference, in order: a slug already taken gets `-2`, `-3` … (so
    `A-1` and `a 1` stay two projects); the same references always give the same ids."""
    taken: set[str] = set()
    ids = []
    is_slug = schema.ID_PATTERN.fullmatch
    for reference in references:
        # Most ids are slugs already (pabulib's voter ids are numbers): kept, without the work of slug().
        base = reference if is_slug(reference) and reference not in schema.RESERVED_IDS else slug(reference, fallback)
        candidate, number = base, 1
        while candidate in taken:
            number += 1
            suffix = f"-{number}"
            candidate = base[: 64 - len(suffix)] + suffix
        taken.add(candidate)
        ids.append(candidate)
    return ids


def _period(year: int | None) -> tuple[dt.date, dt.date]:
    year = year if year is not None else dt.date.today().year
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _roll(document: dict[str, Any], box: str, roll: str = "open") -> None:
    """Who may vote and where the ballots go: an open roll (every voter id in the box counts
    once: a city's roll is not published), or an imported anonymous electorate's rows, and, for
    thousands of voters, the SQLite box (`box = "folder"`: one file per voter or row)."""
    document["voting"]["roll"] = roll
    if box != "folder":
        document["voting"]["box"] = box


def pabulib_plan(instance: PbInstance, file_name: str = "", box: str = "sqlite") -> Imported:
    """The plan and ballots of a pabulib instance; WorkplanError (E034) when its rule or vote
    type cannot be counted by this version as the city counted it."""
    meta = instance.meta
    file_name = file_name or Path(instance.file).name
    notes = list(instance.notes)
    method, selection, extra_voting = _pabulib_rule(instance)
    ids = slug_ids((project.reference for project in instance.projects), "p")
    id_of = dict(zip((project.reference for project in instance.projects), ids, strict=False))
    start, end = _period(instance.year)
    country = meta.get("country", "")
    city = meta.get("unit", "")
    unit = meta.get("subunit", "") or meta.get("district", "")
    longest = max((len(vote.projects) for vote in instance.votes), default=1)
    ballot_length = max(instance.integer("max_length") or 0, longest, 1)
    voting: dict[str, Any] = {
        "pick": {"min": 1, "max": max(len(ids), 1)},
        "ballot_length": min(ballot_length, max(len(ids), 1)),
        "method": method,
        "selection": selection,
        "tie_break": "lot",
        "seed": Path(file_name).stem,
        **extra_voting,
    }
    document: dict[str, Any] = {
        "schema": 1,
        "plan": {
            "title": meta.get("description", "") or Path(file_name).stem,
            "board": " – ".join(part for part in (city, unit) if part) or Path(file_name).stem,
            "cycle": str(start.year),
            "start": start,
            "end": end,
        },
        "limits": {
            "budget": file_amount(instance.budget),
            "currency": meta.get("currency", "") or CURRENCIES.get(country.lower(), "EUR"),
        },
        "voting": voting,
        "themes": [{"id": THEME, "title": "Projects"}],
        "projects": [
            {
                "id": id_of[project.reference],
                "title": project.name or f"Project {project.reference}",
                "theme": THEME,
                "cost": file_amount(project.cost),
                "start": start,
                "end": end,
                "reference": project.reference,
                **({"funding": FUNDED_OTHERWISE} if project.funded_otherwise else {}),
            }
            for project in instance.projects
        ],
    }
    selected = instance.selected
    official: dict[str, Any] = {
        "source": "pabulib",
        "file": file_name,
        "country": country,
        "city": city,
        "unit": unit,
        "instance": meta.get("instance", ""),
        "rule": instance.rule,
        "vote_type": instance.vote_type,
        "selected": [id_of[reference] for reference in selected or ()],
        "licence": PABULIB_LICENCE,
    }
    if instance.year is not None:
        official["year"] = instance.year
    if selected is None:
        notes.append("the file records no `selected` column: there is no official outcome to compare the count with")
    funded = sum(1 for project in instance.projects if project.funded_otherwise)
    if funded:
        notes.append(f"{plural(funded, 'project')} selected and paid for by other means (`selected` 2): "
                     f"funding = \"{FUNDED_OTHERWISE}\", taking nothing from the budget")
    document["official"] = official
    voter_ids = slug_ids((vote.voter for vote in instance.votes), "v")
    _roll(document, box)
    ballots = []
    empty = 0
    points_ballots = instance.vote_type in ("cumulative", "scoring")
    for voter, vote in zip(voter_ids, instance.votes, strict=False):
        if not vote.projects:
            empty += 1
            continue
        ranking = tuple(id_of[reference] for reference in vote.projects)
        points = tuple(zip(ranking, vote.points, strict=False)) if points_ballots else ()
        ballots.append(Ballot(member=voter, ranking=ranking, points=points))
    if empty:
        notes.append(f"{empty} empty vote{'s' if empty != 1 else ''} in the file: no ballot for {'them' if empty != 1 else 'it'}")
    return Imported(document=document, ballots=tuple(ballots), notes=tuple(notes))


def _pabulib_rule(instance: PbInstance) -> tuple[str, str, dict[str, Any]]:
    """(method, selection, further [voting] keys) for the instance's vote type and rule; E034
    for a rule this version cannot count as the city counted it."""
    vote_type, rule = instance.vote_type, instance.rule or "greedy"
    extra: dict[str, Any] = {}
    if vote_type == "approval":
        method = "approval"
        extra["ballot"] = "approval"
    elif vote_type == "ordinal":
        method = "points"  # pabulib's ordinal score: max_length points for the first, … 1 for the last
    else:  # cumulative and scoring: the points the voter gave
        method = "points"
        extra["ballot"] = "points"
        # The most points one voter may give in all: the city's, else the most any vote gave.
        most = instance.integer("max_sum_points") or max((sum(vote.points) for vote in instance.votes), default=0)
        if most > 0:
            extra["points"] = most
    completion = PABULIB_COMPLETIONS.get(rule.partition("/")[2], rule.partition("/")[2])
    if rule == "greedy":
        stopping = instance.meta.get("unit", "").lower() in STOPPING_CITIES
        selection = "fit-stop" if stopping else "fit"
    elif rule.partition("/")[0] == "equalshares" and completion in ("", *model.COMPLETIONS):
        selection = "equal-shares"
        if completion:
            extra["completion"] = completion
    else:
        raise WorkplanError.single(
            instance.file, "E034",
            f"rule `{rule}` cannot be counted by this version (it counts `greedy`, and `equalshares` alone "
            f"or with {', '.join(f'/{name}' for name in dict.fromkeys([*PABULIB_COMPLETIONS, *model.COMPLETIONS]) if name != 'none')})",
            instance.meta_lines.get("rule", instance.meta_lines.get("vote_type", 1)), 1,
        )
    threshold = instance.meta.get("min_project_score_threshold", "")
    if threshold:
        extra["threshold"] = int(threshold) if threshold.isdigit() else threshold
    elif (city_rule := CITY_THRESHOLDS.get(instance.meta.get("unit", "").lower())) and (instance.year or 0) >= city_rule[0]:
        extra["threshold"] = city_rule[1] if instance.meta.get("subunit", "") else city_rule[2]
    return method, selection, extra


@gc_paused()
def preflib_plan(election: PreflibElection, file_name: str = "", seats: int | None = None, box: str = "sqlite") -> Imported:
    """The plan and ballots of a PrefLib election: the candidates are the projects (no cost),
    the method the one the election used (PREFLIB_METHODS; IRV for the US elections), one
    ballot per distinct order (`o1`, `o2` … in the file's order) standing for the voters who
    cast it (the roll "imported"); orders that become the same (an overvote cut short) are one."""
    file_name = file_name or Path(election.file).name
    numbers = sorted(election.alternatives)
    names = [election.alternatives[number] for number in numbers]
    ids = slug_ids(names, "c")
    id_of = dict(zip(numbers, ids, strict=False))
    method = PREFLIB_METHODS.get(election.series, "irv")
    # Equal ranks: Schulze and Borda define them (the ballot keeps them, `tied`); for IRV and
    # STV a ranking marked twice at one place (an overvote) ends the ballot there, as the US
    # cities' IRV rules count it (San Francisco Charter §13.102(a)): what comes before counts.
    keeps_ties = method in ("schulze", "borda")
    seats = seats or PREFLIB_SEATS.get(election.title, 1)
    year_match = re.search(r"(19|20)\d\d", election.title)
    year = int(year_match[0]) if year_match else None
    start, end = _period(year)
    document: dict[str, Any] = {
        "schema": 1,
        "plan": {
            "title": election.title,
            "board": election.title,
            "cycle": str(start.year),
            "start": start,
            "end": end,
        },
        "limits": {"budget": 0},
        "voting": {
            "pick": {"min": 1, "max": max(seats, 1)},
            "ballot_length": max(len(ids), 1),
            "method": method,
            "selection": "priorities",
            "tie_break": "lot",
            "seed": Path(file_name).stem,
        },
        "themes": [{"id": THEME, "title": "Candidates"}],
        "projects": [
            {"id": id_of[number], "title": name, "theme": THEME, "start": start, "end": end, "reference": str(number)}
            for number, name in zip(numbers, names, strict=False)
        ],
        "official": {
            "source": "preflib",
            "file": file_name,
            "instance": election.meta.get("FILE NAME", file_name),
            "rule": method,
            "vote_type": election.data_type,
            "licence": PREFLIB_LICENCE,
            **({"year": year} if year is not None else {}),
        },
    }
    notes = ["PrefLib records the ballots, not the official outcome: there is none to compare the count with"]
    _roll(document, box, "imported")
    rows: dict[tuple[tuple[str, ...], tuple[tuple[str, ...], ...]], int] = {}  # (ranking, tied) -> voters
    empty = 0
    overvoted = 0
    if election.plain is not None and box == "sqlite":
        # Read plain, as columns (alternatives 1 to n): each row's ranking as the box keeps it,
        # every alternative's id with the comma after it, or the line's end after a row's last,
        # joined at once and split into rows; no tuple or Ballot per row.
        from workplan_tui.voting.columns import compact_rankings

        plain = election.plain
        codes = plain.flat - 1
        codes[plain.starts[1:] - 1] += len(ids)
        texts = compact_rankings(ids, codes).split("\n")
        texts.pop()  # after the last row's end
        counts = plain.counts
        voters_of = dict(zip(texts, counts, strict=True))
        if len(voters_of) != len(texts) or min(counts) < 1:  # a ranking on two lines, or a line of no voters
            voters_of = {}
            get = voters_of.get
            for text, count in zip(texts, counts, strict=True):
                if count:
                    voters_of[text] = get(text, 0) + count
        rows_made = tuple(zip(map("o{}".format, range(1, len(voters_of) + 1)), voters_of, voters_of.values(), strict=True))
        return Imported(document=document, ballots=None, notes=tuple(notes), rows=rows_made)
    for count, order, _ in election.orders:
        if count == 0:
            continue  # a line of no voters: no ballot
        flat = tuple(itertools.chain.from_iterable(order))
        if len(flat) == len(order):  # no two at one place: the common order, in C calls
            if not flat:
                empty += count
                continue
            key = (tuple(map(id_of.__getitem__, flat)), ())
            rows[key] = rows.get(key, 0) + count
            continue
        if not keeps_ties:
            overvoted += count
            order = order[: next(index for index, group in enumerate(order) if len(group) > 1)]
        ranking = tuple(id_of[number] for group in order for number in group)
        if not ranking:
            empty += count
            continue
        tied = tuple(tuple(id_of[number] for number in group) for group in order) if any(len(g) > 1 for g in order) else ()
        rows[ranking, tied] = rows.get((ranking, tied), 0) + count
    ballots = [
        Ballot(member=f"o{number}", ranking=ranking, tied=tied, voters=voters)
        for number, ((ranking, tied), voters) in enumerate(rows.items(), start=1)
    ]
    if overvoted:
        notes.append(f"{overvoted} ballot{'s' if overvoted != 1 else ''} ranked two candidates at one place: "
                     "each counts up to that place")
    if empty:
        notes.append(f"{empty} blank ballot{'s' if empty != 1 else ''}: not counted")
    return Imported(document=document, ballots=tuple(ballots), notes=tuple(notes))


@attrs.frozen
class Written:
    plan: model.Plan
    plan_path: Path
    box: Path  # where the ballots went: the SQLite box's file or the ballot folder
    ballots: int  # voters' ballots
    rows: int = 0  # rows (or files) written: fewer than ballots for an imported electorate's counted rows


@gc_paused()
def write_imported(imported: Imported, plan_path: str | Path, *, force: bool = False) -> Written:
    """Check the plan as `workplan check` would, then write it and its ballot box, every ballot
    bound to the plan's fingerprint. The box is written whole under a temporary name and put in
    place (voting/ballot_box.py's write_many; a count never sees half an import), then the plan.
    Refuses (E402) to replace a plan or a box already there unless `force`; nothing is written
    when the plan does not check."""
    import os
    import shutil
    import tempfile

    from workplan_tui.errors import AlreadyExists
    from workplan_tui.files import atomic_write, write_lock
    from workplan_tui.plan_io import fingerprint, loads_plan
    from workplan_tui.toml_writer import dumps_document
    from workplan_tui.voting.ballot_box import FolderBox, SqliteBox, box_path
    from workplan_tui.voting.rolls import load_roll

    path = Path(plan_path)
    text = dumps_document(imported.document)
    plan = loads_plan(text, str(path))
    bound = fingerprint(plan)
    ballots = imported.ballots if not imported.rows else ()  # each bound to the plan's fingerprint as it is written
    final = box_path(path, plan.voting.box)
    roll = load_roll(path, plan)
    with write_lock(path):
        if not force and path.exists():
            raise AlreadyExists.single(str(path), "E402", "already exists: give another -o PLAN, or --force to replace it")
        if not force and os.path.lexists(final):
            raise AlreadyExists.single(str(final), "E402", "holds ballots already: --force replaces them")
        staging = Path(tempfile.mkdtemp(prefix=f".{final.name}.", suffix=".workplan-tmp", dir=path.parent))
        try:
            if plan.voting.box == "sqlite" and imported.rows:
                staged = staging / final.name
                SqliteBox(staged, roll).write_new_rows(imported.rows, plan=bound, mode_of=final)
            elif plan.voting.box == "sqlite":
                staged = staging / final.name
                SqliteBox(staged, roll).write_new(ballots, plan=bound, mode_of=final)
            else:
                staged = staging / "ballots"
                staged.mkdir()
                FolderBox(staged, roll).write_many(attrs.evolve(ballot, plan=bound) for ballot in ballots)
            _remove_box(final)
            os.replace(staged, final)
            atomic_write(path, text)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    if imported.rows:
        return Written(plan, path, final, sum(map(operator.itemgetter(2), imported.rows)), len(imported.rows))
    return Written(plan, path, final, voter_count(ballots), len(ballots))


def _remove_box(box: Path) -> None:
    """A box being replaced (--force): the folder, or the SQLite file and its WAL files."""
    import shutil

    if box.is_dir() and not box.is_symlink():
        shutil.rmtree(box)
        return
    for leftover in (box, box.with_name(box.name + "-wal"), box.with_name(box.name + "-shm")):
        if leftover.is_file() or leftover.is_symlink():
            leftover.unlink()
