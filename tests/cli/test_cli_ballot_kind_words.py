"""Each kind of ballot in its own words (`[voting] ballot`, voting/kind_words.py): a project
nobody supported is "approved on no counted ballot" or "given no points on any counted ballot",
not "ranked", in the count, the note and the Results pane; and a declared interest is refused
as "and may not approve it" / "and may not give it points"."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from helpers.paths import DATA
from workplan_tui.cli import main
from workplan_tui.plan_io import load_plan

# kind -> (the ballot as `workplan vote` takes it, what nobody-supported says, what E411 says)
KINDS = {
    "ranking": (["--rank", "modern-slavery,reducing-reoffending"], "ranked on no counted ballot",
                "and may not rank it: a member may not rank a project they declared an interest in"),
    "approval": (["--rank", "modern-slavery,reducing-reoffending"], "approved on no counted ballot",
                 "and may not approve it: a member may not approve a project they declared an interest in"),
    "points": (["--points", "modern-slavery=4,reducing-reoffending=2"], "given no points on any counted ballot",
               "and may not give it points: a member may not give points to a project they declared an interest in"),
}


def kind_plan(tmp_path: Path, kind: str) -> Path:
    source = DATA / "ballot-kinds" / f"sscb-{kind}.toml" if kind != "ranking" else DATA.parent.parent / "plans" / "sscb-2023-24.toml"
    plan = tmp_path / f"{kind}.toml"
    plan.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    return plan


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_a_project_nobody_supported_is_said_in_the_ballots_words(kind, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    plan = kind_plan(tmp_path, kind)
    given, nobody, _ = KINDS[kind]
    for member in ("chair", "vice-chair"):
        assert main(["vote", str(plan), "--member", member, *given]) == 0
    capsys.readouterr()
    assert main(["tally", str(plan), "--json"]) == 0
    skipped = {entry["project"]: entry["reason"] for entry in json.loads(capsys.readouterr().out)["skipped"]}
    assert skipped["cohesion-court-case"] == nobody
    assert main(["tally", str(plan)]) == 0
    out = capsys.readouterr().out
    assert f"skipped: {nobody}" in out
    assert kind == "ranking" or "ranked on no counted ballot" not in out

    from workplan_tui.ui.widgets.results.ranking_bars import ranking_text
    from workplan_tui.voting.every_method import count_every_method

    loaded = load_plan(plan)
    result = count_every_method(loaded, plan)[loaded.voting.method]
    assert ranking_text(loaded, result, 70).plain.splitlines()[-1] == f"4 projects {nobody}"

    assert main(["export", str(plan), "--to", "toml"]) == 0
    capsys.readouterr()
    assert main(["export", str(plan.with_suffix(".agreed.toml")), "--to", "note", "-o", "-"]) == 0
    note = capsys.readouterr().out
    assert f"Not agreed: {nobody}" in note
    rule = KINDS[kind][2].split(": ", 1)[1]  # the declarations paragraph states the rule
    assert f"{rule[0].upper()}{rule[1:]}." in note
    assert kind == "ranking" or "ranked on no counted ballot" not in note


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_a_declared_interest_is_refused_in_the_ballots_words(kind, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    plan = kind_plan(tmp_path, kind)
    given, _, refused = KINDS[kind]
    option = given[0]
    ballot = "police-capacity" if option == "--rank" else "police-capacity=2"
    assert main(["vote", str(plan), "--member", "member-05", option, ballot]) == 2
    assert capsys.readouterr().err == (
        f"{option}:1:1: E411 `member-05` declared an interest in `police-capacity` (Police capacity and impact) {refused}\n"
    )
    # A ballot file naming it (typed in from paper) is rejected at the count with the same words.
    folder = plan.parent / f"{kind}.ballots"
    folder.mkdir()
    held = 'points = { police-capacity = 2 }' if kind == "points" else 'ranking = ["police-capacity"]'
    (folder / "member-05.toml").write_text(f'member = "member-05"\n{held}\n', encoding="utf-8")
    main(["tally", str(plan), "--json"])
    (rejection,) = json.loads(capsys.readouterr().out)["rejected"]
    assert rejection["reason"].endswith(refused)


@pytest.mark.parametrize("box", ["folder", "sqlite"])
def test_every_rejection_of_the_wrong_kind_carries_its_error_id(box, tmp_path, capsys):
    # A ranking in a points vote, too many points, a points ballot in an approval vote: their
    # reasons came without E144 / E142, where an unreadable ballot's came with its id. In the
    # SQLite box the points ballot and the equal ranks were not rejected at all: the whole count
    # was refused (--method: E144 / E143).
    cases = {
        "points": {
            "member-01": ('ranking = ["modern-slavery"]', "E144 holds a ranking; this vote is by points"),
            "member-02": ("points = { modern-slavery = 11 }", "E142 gives 11 points; a voter may give at most 10 in all"),
            "member-04": ('ranking = ["nope"]', "E202 unknown project `nope`; E144 holds a ranking"),
        },
        "approval": {"member-01": ("points = { modern-slavery = 1 }", "E144 gives points; this vote is by approval")},
        # Equal ranks where the method (points) does not define them.
        "ranking": {"member-01": ('ranking = [["modern-slavery", "police-capacity"]]', "E143 ranks `modern-slavery` and")},
    }
    for kind, ballots in cases.items():
        plan = kind_plan(tmp_path, kind)
        folder = plan.parent / f"{kind}.ballots"
        folder.mkdir()
        for member, (held, _) in ballots.items():
            (folder / f"{member}.toml").write_text(f'member = "{member}"\n{held}\n', encoding="utf-8")
        if box == "sqlite":
            assert main(["ballots", str(plan), "--to", "sqlite"]) == 0
        capsys.readouterr()
        assert main(["tally", str(plan), "--json"]) == 0
        got = {entry["member"]: entry["reason"] for entry in json.loads(capsys.readouterr().out)["rejected"]}
        assert sorted(got) == sorted(ballots)
        for member, (_, said) in ballots.items():
            assert got[member].startswith(said), (kind, member, got[member])
        assert main(["tally", str(plan)]) == 0
        out = capsys.readouterr().out
        for member, (_, said) in ballots.items():
            assert f"{member}{'.toml' if box == 'folder' else ''}: {said}" in out
