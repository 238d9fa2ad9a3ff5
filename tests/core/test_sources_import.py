"""Real instances as plans: ids, references, budget, rule, [official]; and their official outcomes counted."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest

from helpers.paths import DATA
from workplan_tui import schema
from workplan_tui.model import Plan
from workplan_tui.money import MINOR_PER_UNIT
from workplan_tui.plan_io import fingerprint, loads_plan
from workplan_tui.sources.importing import Imported, pabulib_plan, preflib_plan, slug, slug_ids
from workplan_tui.sources.official import compare, comparison_lines
from workplan_tui.sources.pabulib import read_pabulib
from workplan_tui.sources.preflib import read_preflib
from workplan_tui.toml_writer import dumps_document
from workplan_tui.voting.ballots import voter_count
from workplan_tui.voting.result import TallyResult
from workplan_tui.voting.tally import tally

PABULIB = DATA / "pabulib"
PREFLIB = DATA / "preflib"


def plan_of(imported: Imported) -> Plan:
    return loads_plan(dumps_document(imported.document), "imported.toml")


def count(imported: Imported, **options: Any) -> tuple[Plan, TallyResult]:
    plan = plan_of(imported)
    return plan, tally(plan, imported.ballots, **options)


def test_slugs_are_deterministic_distinct_and_safe():
    assert slug("2023/KAG/0006") == "2023-kag-0006"
    assert slug("Łódź Śródmieście") == "lodz-srodmiescie"
    assert slug("con") == "x-con" and slug("///") == "x"
    assert slug_ids(["A 1", "a-1", "a/1", "B"]) == ["a-1", "a-1-2", "a-1-3", "b"]
    assert slug_ids(["A 1", "a-1", "a/1", "B"]) == slug_ids(["A 1", "a-1", "a/1", "B"])
    long = slug_ids(["x" * 80, "x" * 90])
    assert all(schema.ID_PATTERN.fullmatch(value) for value in long) and len(set(long)) == 2


def test_a_warsaw_district_becomes_a_plan_and_its_count_is_the_official_outcome():
    instance = read_pabulib(PABULIB / "poland_warszawa_2017_praga-polnoc.pb")
    imported = pabulib_plan(instance)
    plan, result = count(imported)
    assert plan.info.start.year == plan.info.end.year == 2017 and plan.info.cycle == "2017"
    assert plan.limits.budget == 743000 * MINOR_PER_UNIT and plan.limits.currency == "PLN"
    assert [project.reference for project in plan.projects] == [project.reference for project in instance.projects]
    assert (plan.voting.method, plan.voting.selection) == ("approval", "fit")
    assert plan.official is not None and plan.official.source == "pabulib" and plan.official.city == "Warszawa"
    assert len(plan.official.selected) == 17 and len(imported.ballots) == 1978
    comparison = compare(plan, result)
    assert comparison is not None and comparison.equal
    assert comparison_lines(plan, comparison) == ["Official outcome: the count selects exactly the 17 projects Warszawa selected."]


def test_the_official_record_and_references_do_not_change_the_fingerprint():
    imported = pabulib_plan(read_pabulib(PABULIB / "poland_warszawa_2017_praga-polnoc.pb"))
    document = dict(imported.document)
    bare = {**document, "projects": [{k: v for k, v in p.items() if k != "reference"} for p in document["projects"]]}
    bare.pop("official")
    assert fingerprint(plan_of(imported)) == fingerprint(loads_plan(dumps_document(bare)))


def test_gdynia_stops_at_the_first_project_that_does_not_fit():
    imported = pabulib_plan(read_pabulib(PABULIB / "poland_gdynia_2020_kamienna-gora-large.pb"))
    plan, result = count(imported)
    assert plan.voting.selection == "fit-stop"
    assert compare(plan, result).equal  # type: ignore[union-attr]
    walked = tally(plan, imported.ballots, selection="fit")
    differs = compare(plan, walked)
    assert differs is not None and not differs.equal and differs.extra and not differs.tie_explains
    assert "No tie explains it" in comparison_lines(plan, differs)[-1]


def test_an_ordinal_vote_counts_by_pabulib_points_and_the_file_has_no_outcome():
    instance = read_pabulib(PABULIB / "poland_krakow_2018_swoszowice.pb")
    imported = pabulib_plan(instance)
    plan, result = count(imported)
    assert plan.voting.method == "points" and plan.voting.ballot_length == 3
    # The count's scores are the file's own `score` column: 3 points for a first place, 2, 1.
    id_of = {project.reference: project.id for project in plan.projects}
    file_scores = {id_of[project.reference]: int(dict(project.extra)["score"]) for project in instance.projects}
    assert {entry.project: entry.score for entry in result.ranking if entry.score} == {
        project: score for project, score in file_scores.items() if score
    }
    assert plan.official is not None and plan.official.selected == ()
    assert any("no `selected` column" in note for note in imported.notes)


def test_lodz_2022_the_largest_file_counts_to_its_official_outcome():
    imported = pabulib_plan(read_pabulib(PABULIB / "poland_lodz_2022_.pb"))
    plan, result = count(imported)
    assert len(imported.ballots) == 90494 and plan.voting.roll == "open" and plan.voting.box == "sqlite"
    assert compare(plan, result).equal  # type: ignore[union-attr]


@pytest.mark.parametrize("name", ["poland_gdansk_2020_olszynka.pb", "poland_czestochowa_2020_bleszno.pb"])
def test_cumulative_votes_count_to_the_files_scores_and_pabutools_greedy(name: str):
    """These files record no `selected` column, so no official outcome: the count is held to the
    file's own `score` column (the points each project was given) and to pabutools' greedy on
    the same file, and the comparison says there is nothing to compare with."""
    instance = read_pabulib(PABULIB / name)
    imported = pabulib_plan(instance)
    plan, result = count(imported)
    assert (plan.voting.method, plan.voting.ballot) == ("points", "points")
    assert plan.voting.points == instance.integer("max_sum_points")
    id_of = {project.reference: project.id for project in plan.projects}
    scores = {entry.project: entry.score for entry in result.ranking}
    assert scores == {id_of[project.reference]: int(dict(project.extra)["score"]) for project in instance.projects}
    election = pytest.importorskip("pabutools.election")
    rules = pytest.importorskip("pabutools.rules")
    pb, profile = election.parse_pabulib(str(PABULIB / name))

    class PointsTimesCost(election.AdditiveSatisfaction):  # type: ignore[misc, name-defined]
        """pabulib's greedy goes down the projects by points: pabutools' greedy goes by
        satisfaction per cost, so a project's satisfaction is its points times its cost."""

        def __init__(self, instance: Any, profile: Any, ballot: Any) -> None:
            super().__init__(instance, profile, ballot, lambda _i, _p, b, project, _c: b.get(project, 0) * project.cost)

    theirs = rules.greedy_utilitarian_welfare(pb, profile, sat_class=PointsTimesCost)
    assert sorted(result.selected) == sorted(id_of[project.name] for project in theirs)
    assert plan.official is not None and plan.official.selected == ()
    comparison = compare(plan, result)
    assert comparison is not None and not comparison.recorded and not comparison.equal
    assert comparison_lines(plan, comparison) == [
        "Official outcome: pabulib records none for this budget, so the count cannot be compared with it."
    ]


def test_wieliczka_2023_equal_shares_with_add1_is_the_official_outcome():
    imported = pabulib_plan(read_pabulib(PABULIB / "poland_wieliczka_2023.pb"))
    plan, result = count(imported)
    assert (plan.voting.selection, plan.voting.completion) == ("equal-shares", "add1-to-budget")
    assert plan.official is not None and plan.official.rule == "equalshares/add1"
    assert compare(plan, result).equal  # type: ignore[union-attr]
    # add1 as pabutools' voter_budget_increment does it stops at the first exhaustive outcome,
    # four złoty a voter short of the city's: one project (36,000 zł) for two cheaper ones.
    import attrs

    stopped = attrs.evolve(plan, voting=attrs.evolve(plan.voting, completion="add1"))
    differs = compare(stopped, tally(stopped, imported.ballots))
    assert differs is not None and (differs.missing, differs.extra) == (("46",), ("66", "67"))


def test_grosze_are_written_exactly():
    instance = read_pabulib(PABULIB / "poland_warszawa_2017_przyczolek-grochowski.pb")
    imported = pabulib_plan(instance)
    assert imported.document["limits"]["budget"] == Decimal("102533.36")
    text = dumps_document(imported.document)
    assert "budget = 102533.36" in text
    assert plan_of(imported).limits.budget == instance.budget == 10253336


def test_grosze_count_to_the_official_outcome():
    plan, result = count(pabulib_plan(read_pabulib(PABULIB / "poland_warszawa_2017_przyczolek-grochowski.pb")))
    assert compare(plan, result).equal  # type: ignore[union-attr]


# -- PrefLib: the official outcomes are public record, not in the files ------------------------


def elected(plan: Plan, result: TallyResult) -> set[str]:
    return {plan.project(project).title for project in result.selected}


def test_dublin_west_2002_stv_elects_the_three_who_were_elected():
    imported = preflib_plan(read_preflib(PREFLIB / "00001-00000002.soi"))
    plan, result = count(imported)
    assert (plan.voting.method, plan.voting.pick_max, voter_count(imported.ballots)) == ("stv", 3, 29988)
    assert plan.voting.roll == "imported" and result.ballots == 29988
    assert elected(plan, result) == {"Brian Lenihan F.F.", "Joe Higgins S.P.", "Joan Burton Lab"}
    comparison = compare(plan, result)
    assert comparison is not None and not comparison.recorded
    assert "records none" in comparison_lines(plan, comparison)[0]


def test_meath_2002_stv_elects_the_five_who_were_elected():
    imported = preflib_plan(read_preflib(PREFLIB / "00001-00000003.soi"))
    plan, result = count(imported)
    assert (plan.voting.method, plan.voting.pick_max, voter_count(imported.ballots)) == ("stv", 5, 64081)
    assert len(imported.ballots) == 25101  # one counted row per distinct order, as the file has them
    assert elected(plan, result) == {
        "Johnny Brady F.F.", "John Bruton F.G.", "Noel Dempsey F.F.", "Damien English F.G.", "Mary Wallace F.F."
    }


def test_san_francisco_2011_mayor_irv_elects_ed_lee():
    imported = preflib_plan(read_preflib(PREFLIB / "00021-00000011.toi"))
    plan, result = count(imported)
    # 194,530 voters: 351 blank ballots are not counted; 676 overvotes count up to the overvote.
    assert plan.voting.method == "irv" and voter_count(imported.ballots) == result.ballots == 194530 - 351
    assert len(imported.ballots) < 3294  # distinct orders, fewer once overvotes are cut short
    assert elected(plan, result) == {"Ed Lee"}
    assert any(note.startswith("676 ballots ranked two candidates at one place") for note in imported.notes)


def test_debian_2010_elects_its_leader_by_schulze():
    plan, result = count(preflib_plan(read_preflib(PREFLIB / "00002-00000006.soi")))
    assert plan.voting.method == "schulze" and result.ranking[0].project == "stefano-zacchiroli"


@pytest.mark.parametrize(
    ("name", "winner"), [("00005-00000001.toi", "Bob Kiss"), ("00019-00000006.toi", "Noel Gallo")]
)
def test_us_irv_with_overvotes_elects_the_winner(name: str, winner: str):
    imported = preflib_plan(read_preflib(PREFLIB / name))
    plan, result = count(imported)
    assert plan.voting.method == "irv" and elected(plan, result) == {winner}
    assert all(not ballot.tied for ballot in imported.ballots)  # an overvote ends the ballot there
    assert any("ranked two candidates at one place" in note for note in imported.notes)


def test_debian_toc_keeps_equal_ranks_for_schulze():
    imported = preflib_plan(read_preflib(PREFLIB / "00002-00000006.toc"))
    tied = [ballot for ballot in imported.ballots if ballot.tied]
    assert tied and all([p for group in b.tied for p in group] == list(b.ranking) for b in tied)


def test_a_difference_explained_by_a_tie():
    imported = pabulib_plan(read_pabulib(PABULIB / "poland_warszawa_2017_praga-polnoc.pb"))
    plan, result = count(imported)
    # The record names a project left out in the place of one the count took, of the same score:
    # the order between equal scores is the tie break's.
    scores = {entry.project: entry.score for entry in result.ranking}
    chosen = result.selected[-1]
    other = next(project for project in scores if project not in result.selected)
    result = attrs_evolve_score(result, other, scores[chosen])
    official = tuple(project for project in result.selected if project != chosen) + (other,)
    import attrs

    plan = attrs.evolve(plan, official=attrs.evolve(plan.official, selected=official))
    comparison = compare(plan, result)
    assert comparison is not None and comparison.missing == (other,) and comparison.extra == (chosen,)
    assert comparison.tie_explains
    assert "A tie explains it" in comparison_lines(plan, comparison)[-1]


def attrs_evolve_score(result: TallyResult, project: str, score: int | Fraction) -> TallyResult:
    import attrs

    ranking = tuple(attrs.evolve(entry, score=score) if entry.project == project else entry for entry in result.ranking)
    return attrs.evolve(result, ranking=ranking)


def _district(unit: str, year: int, projects: list[tuple[str, int, int, int]], budget: int, subunit: str = "Nr 1") -> Imported:
    """A district's approval vote: (id, cost, approvals, selected) per project, one voter per
    approval pattern needed (the first `approvals` voters approve the project)."""
    from workplan_tui.sources.pabulib import parse_pabulib

    voters = max(approvals for _, _, approvals, _ in projects)
    meta = [f"unit;{unit}", f"instance;{year}", f"budget;{budget}", "vote_type;approval", "rule;greedy"]
    if subunit:
        meta.append(f"subunit;{subunit}")
    rows = [f"{ref};{cost};{approvals};Project {ref};{flag}" for ref, cost, approvals, flag in projects]
    votes = [
        f"{voter};{','.join(ref for ref, _, approvals, _ in projects if voter <= approvals)}" for voter in range(1, voters + 1)
    ]
    text = "\n".join(["META", "key;value", *meta, "PROJECTS", "project_id;cost;votes;name;selected", *rows,
                      "VOTES", "voter_id;vote", *votes]) + "\n"
    return pabulib_plan(parse_pabulib(text, f"poland_{unit.lower()}_{year}_x.pb"))


def test_a_project_marked_selected_2_is_funded_by_other_means_and_takes_nothing_from_the_budget():
    # Gdynia 2020, Mały Kack's large list: two projects each costing the whole budget, the second
    # marked 2 (funded by other means): both are the city's outcome, and the count's.
    imported = _district("Gdynia", 2020, [("4", 491940, 90, 1), ("3", 491940, 80, 2), ("2", 491816, 70, 0)], 491940)
    funded = {project["reference"]: project.get("funding", "") for project in imported.document["projects"]}
    assert funded == {"4": "", "3": "other city funds", "2": ""}
    assert any(note.startswith("1 project selected and paid for by other means") for note in imported.notes)
    plan, result = count(imported)
    assert plan.voting.selection == "fit-stop"
    assert compare(plan, result).equal  # type: ignore[union-attr]
    assert result.feasibility.budget_used == plan.limits.budget  # the second takes nothing from it


def test_selected_2_round_trips_through_the_pb_writer():
    from workplan_tui.sources.pabulib import dumps_pabulib, parse_pabulib

    text = "META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost;votes;name;selected\n1;60;2;A;1\n2;60;1;B;2\n3;10;1;C;0\nVOTES\nvoter_id;vote\n1;1,2\n2;1,3\n"
    instance = parse_pabulib(text)
    assert [(p.selected, p.funded_otherwise) for p in instance.projects] == [(True, False), (True, True), (False, False)]
    assert parse_pabulib(dumps_pabulib(instance)) == instance


@pytest.mark.parametrize(("unit", "stops"), [("Poznań", True), ("Wrocław", True), ("Gdynia", True), ("Kraków", False)])
def test_the_cities_whose_outcomes_stop_at_the_first_project_that_does_not_fit(unit: str, stops: bool):
    # 60 fits, 50 does not fit the 40 left, 30 would: the stopping cities leave it.
    imported = _district(unit, 2023, [("a", 60, 30, 1), ("b", 50, 20, 0), ("c", 30, 10, int(not stops))], 100)
    plan, result = count(imported)
    assert plan.voting.selection == ("fit-stop" if stops else "fit")
    assert compare(plan, result).equal  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("unit", "year", "subunit", "minimum"),
    [("Łódź", 2020, "Nr 33", 50), ("Łódź", 2022, "", 50), ("Łódź", 2018, "Nr 33", None),
     ("Warszawa", 2022, "Bemowo", 50), ("Warszawa", 2023, "", 100), ("Warszawa", 2021, "Bemowo", None)],
)
def test_the_cities_minimum_of_votes_applies_from_the_edition_that_set_it(unit: str, year: int, subunit: str, minimum: int | None):
    # Łódź 2020, Nr 33: the fifth project fits what the others left but has 21 votes (42 of the
    # city-wide list's twice as many voters, below its 100).
    scale = 1 if subunit else 2
    projects = [("w008", 320000, 106, 1), ("w014", 25000, 92, 1), ("w121", 195000, 77, 0), ("w127", 40000, 58, 1)]
    votes = [(ref, cost, approvals * scale, flag) for ref, cost, approvals, flag in projects]
    imported = _district(unit, year, [*votes, ("w068", 10000, 21 * scale, 0 if minimum else 1)], 411000, subunit)
    plan, result = count(imported)
    assert plan.voting.threshold == minimum
    assert compare(plan, result).equal  # type: ignore[union-attr]
    if minimum:
        assert any("below the minimum of" in skipped.reason for skipped in result.skipped)


def test_a_files_own_minimum_wins_over_the_citys():
    from workplan_tui.sources.pabulib import parse_pabulib

    text = ("META\nkey;value\nunit;Łódź\ninstance;2022\nbudget;100\nmin_project_score_threshold;3\n"
            "PROJECTS\nproject_id;cost;votes;name;selected\n1;60;3;A;1\n2;30;2;B;0\n"
            "VOTES\nvoter_id;vote\n1;1,2\n2;1,2\n3;1\n")
    plan, _ = count(pabulib_plan(parse_pabulib(text)))
    assert plan.voting.threshold == 3
