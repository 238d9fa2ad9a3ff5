"""`workplan vote`, `tally` and `compare` end to end: output, JSON shape, exit codes, no Textual."""

from __future__ import annotations

import gc
import io
import json
import subprocess
import sys

import pytest

from helpers.voting_plans import write_plan
from workplan_tui.cli import main

PROJECTS = [
    {"id": "alpha", "cost": 4000, "effort": {"adviser": 4}},
    {"id": "beta", "cost": 4000, "effort": {"adviser": 4}, "gates": ["research_team"]},
    {"id": "gamma", "cost": 4000, "effort": {"adviser": 4}},
    {"id": "delta", "cost": 100, "effort": {"adviser": 30}},
]


@pytest.fixture
def plan(tmp_path):
    return write_plan(tmp_path, PROJECTS)


def vote(plan, member, rank, *extra):
    return main(["vote", str(plan), "--member", member, "--rank", rank, *extra])


def test_vote_writes_the_ballot_and_prints_cost_capacity_and_gates(plan, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert vote(plan, "chair", "beta,alpha") == 0
    out = capsys.readouterr().out
    assert "Cost:    £8,000 of £10,000 budget, £2,000 left" in out
    assert "within capacity every month" in out
    assert "beta needs Research team: approval by the Senior Management Team" in out
    ballot = (plan.parent / "plan.ballots" / "chair.toml").read_text()
    assert 'ranking = ["beta", "alpha"]' in ballot and 'plan = "sha256:' in ballot


def test_vote_rejects_bad_member_or_projects_with_exit_2_and_writes_nothing(plan, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert vote(plan, "chiar", "alpha") == 2
    assert "E202 `chiar` is not a member of the board; did you mean `chair`?" in capsys.readouterr().err
    assert vote(plan, "chair", "alpha,alpah,alpha") == 2
    err = capsys.readouterr().err
    assert "E202 unknown project `alpah`; did you mean `alpha`?" in err and "ranked more than once" in err
    assert vote(plan, "chair", "alpha,beta,gamma,delta") == 2
    assert "at most 3" in capsys.readouterr().err
    assert not (plan.parent / "plan.ballots").exists()


def test_revoting_needs_force(plan, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert vote(plan, "chair", "alpha") == 0
    assert vote(plan, "chair", "gamma") == 2
    assert "E402" in capsys.readouterr().err
    assert vote(plan, "chair", "gamma", "--force") == 0
    assert 'ranking = ["gamma"]' in (plan.parent / "plan.ballots" / "chair.toml").read_text()


def test_interactive_vote_by_number_and_id_with_undo_and_confirmation(plan, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("2\nnope\n4\n-\ngamma\n\ny\n"))
    assert main(["vote", str(plan), "--member", "member-1"]) == 0
    captured = capsys.readouterr()
    assert "`nope` is not a project number (1-4) or id" in captured.err
    assert "OVER capacity" in captured.out  # delta's 30 adviser-days in April, shown before the undo
    assert 'ranking = ["beta", "gamma"]' in (plan.parent / "plan.ballots" / "member-1.toml").read_text()


def test_interactive_vote_declined_writes_nothing(plan, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("1\n\nn\n"))
    assert main(["vote", str(plan), "--member", "member-1"]) == 2
    assert not (plan.parent / "plan.ballots" / "member-1.toml").exists()


def cast_three(plan, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert vote(plan, "chair", "gamma,alpha") == 0
    assert vote(plan, "member-1", "alpha,gamma,beta") == 0
    assert vote(plan, "member-2", "beta,alpha") == 0
    (plan.parent / "plan.ballots" / "stray.toml").write_text('member = "nobody"\nranking = ["alpha"]\n')


def test_tally_json_has_the_documented_shape_and_is_byte_for_byte_reproducible(plan, capsys, monkeypatch):
    cast_three(plan, monkeypatch)
    capsys.readouterr()
    assert main(["tally", str(plan), "--json", "--selection", "fit"]) == 0
    first = capsys.readouterr().out
    data = json.loads(first)
    assert data["method"] == "points" and data["ballots"] == 3
    assert data["selection"] == "fit" and data["priorities"] == ["alpha", "gamma", "beta"]
    assert data["rejected"] == [{"file": str(plan.parent / "plan.ballots" / "stray.toml"), "member": "nobody",
                                 "reason": "E202 `nobody` is not a member of the board"}]
    assert data["ranking"][:3] == [{"project": "alpha", "score": 7}, {"project": "gamma", "score": 5},
                                   {"project": "beta", "score": 4}]
    assert data["selected"] == ["alpha", "gamma"]
    assert {"project": "beta", "reason": "would exceed the budget by £2,000"} in data["skipped"]
    assert data["budget"] == {"limit": 10000, "used": 8000}
    assert set(data["capacity"]) == {"senior_adviser", "adviser"}
    assert data["capacity"]["adviser"]["2023-04"] == {"used": 8.0, "available": 16.0}
    assert main(["tally", str(plan), "--json", "--selection", "fit"]) == 0
    assert capsys.readouterr().out == first


def test_tally_methods_optimal_and_readable_table(plan, capsys, monkeypatch):
    cast_three(plan, monkeypatch)
    capsys.readouterr()
    for method in ("points", "borda", "approval", "schulze", "irv", "stv"):
        assert main(["tally", str(plan), "--method", method, "--json", "--optimal"]) == 0
        data = json.loads(capsys.readouterr().out)
        assert data["method"] == method and data["optimal"] is True and data["selection"] == "best"
        assert {entry["project"] for entry in data["ranking"][:3]} == {"alpha", "beta", "gamma"}
        assert data["ranking"][-1] == {"project": "delta", "score": 0}  # ranked by nobody: last
    assert main(["tally", str(plan), "--selection", "fit"]) == 0
    out = capsys.readouterr().out
    assert "points, 3 of 6 members' ballots counted, 1 rejected" in out
    assert "SELECTED" in out and "skipped: would exceed the budget by £2,000" in out
    assert "stray.toml: E202 `nobody` is not a member of the board" in out


def test_tally_leaves_the_garbage_collector_as_it_found_it(plan, tmp_path, capsys, monkeypatch):
    """The count pauses the cyclic collector (it only walked the ballots, freed by reference
    counting): afterwards, and after an error, it is on or off as before."""
    cast_three(plan, monkeypatch)
    assert main(["tally", str(plan), "--json"]) == 0 and gc.isenabled()
    assert main(["tally", str(plan), "--ballots", str(tmp_path / "missing")]) == 2 and gc.isenabled()
    gc.disable()
    try:
        assert main(["tally", str(plan), "--json"]) == 0 and not gc.isenabled()
    finally:
        gc.enable()


def test_tally_errors_exit_2(plan, tmp_path, capsys):
    assert main(["tally", str(plan), "--ballots", str(tmp_path / "missing")]) == 2
    assert "E001 no such ballot folder" in capsys.readouterr().err
    with pytest.raises(SystemExit) as caught:
        main(["tally", str(plan), "--method", "plurality"])
    assert caught.value.code == 2


def test_compare_shows_two_bundles_side_by_side(plan, capsys, monkeypatch):
    cast_three(plan, monkeypatch)
    capsys.readouterr()
    assert main(["compare", str(plan), "alpha,gamma", "beta,delta"]) == 0
    out = capsys.readouterr().out
    assert "fits" in out and "does not fit: 1 role-months over capacity" in out
    assert "fits re-timed" not in out  # delta needs 30 adviser days in April alone: no re-timing helps
    assert "£8,000 of £10,000" in out and "beta: research_team" in out
    assert "support (points)" in out and "12" in out  # alpha 7 + gamma 5
    assert main(["compare", str(plan), "alpha", "zeta"]) == 2


def test_tally_vote_and_compare_never_import_textual(plan):
    code = (
        "import sys\n"
        "from workplan_tui.cli import main\n"
        f"main(['vote', {str(plan)!r}, '--member', 'chair', '--rank', 'alpha'])\n"
        f"main(['tally', {str(plan)!r}, '--json'])\n"
        f"main(['compare', {str(plan)!r}, 'alpha', 'beta'])\n"
        "assert not [m for m in sys.modules if m == 'textual' or m.startswith('textual.')], 'textual imported'\n"
    )
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, stdin=subprocess.DEVNULL)
    assert completed.returncode == 0, completed.stderr
    assert '"selected"' in completed.stdout


def test_tally_json_gives_the_priorities_and_the_advice_with_the_documented_keys(plan, capsys, monkeypatch):
    cast_three(plan, monkeypatch)
    capsys.readouterr()
    assert main(["tally", str(plan), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["selection"] == "priorities"
    assert data["priorities"] == data["selected"] == ["alpha", "gamma", "beta"]
    advice = data["advice"]
    assert set(advice) == {"fits", "fits_as_timed", "budget", "shortfall", "schedule", "approvals", "alternatives"}
    assert advice["fits"] is False and advice["fits_as_timed"] is False
    assert advice["budget"] == {"needed": 12000, "limit": 10000, "shortfall": 2000}
    assert advice["shortfall"] == {}  # staff time is not what is short
    assert set(advice["schedule"]) == {"alpha", "gamma", "beta"}
    assert advice["schedule"]["alpha"] == {"adviser": {"2023-04": 4.0}}
    assert advice["approvals"] == [
        {"project": "beta", "kind": "gate", "what": "Research team", "by": "Senior Management Team"}
    ]
    # The swap (beta for delta) is over capacity; the walk and the best set are alpha and gamma.
    assert advice["alternatives"] == [{"projects": ["alpha", "gamma"], "support": 12, "fits": True}]
    for alternative in advice["alternatives"]:
        assert set(alternative) == {"projects", "support", "fits"}


def test_tally_text_gives_the_rule_the_advice_in_words_and_the_pick_min_problem(plan, capsys, monkeypatch):
    cast_three(plan, monkeypatch)
    capsys.readouterr()
    assert main(["tally", str(plan)]) == 0
    out = capsys.readouterr().out
    assert "Selection: priorities (the top-ranked projects, whatever they need)" in out
    advice = out.split("Advice:\n", 1)[1].split("\n\n", 1)[0]
    assert "alpha, gamma and beta do not fit as they stand." in advice
    assert "They cost £12,000 of the £10,000 budget: £2,000 short." in advice
    assert "beta needs the Research team, which the Senior Management Team must approve." in advice
    assert (
        "alpha and gamma (support 12): down the ranking, each project that still fits;"
        " also the set that fits with the highest total support." in advice
    )
    assert "Problems" not in out
    # With pick.min 3 the walk takes two: a problem on the result, and the exit status stays 0.
    text = plan.read_text(encoding="utf-8").replace("pick = { min = 2, max = 3 }", "pick = { min = 3, max = 3 }")
    plan.write_text(text, encoding="utf-8")
    for ballot in (plan.parent / "plan.ballots").glob("*.toml"):
        ballot.unlink()
    cast_three(plan, monkeypatch)
    capsys.readouterr()
    assert main(["tally", str(plan), "--selection", "fit"]) == 0
    out = capsys.readouterr().out
    assert "Problems (agreeing must confirm them):\n  - only 2 projects are selected; the Board aims to prioritise at least 3" in out


def test_compare_says_when_re_timing_the_work_would_make_a_bundle_fit(tmp_path, capsys):
    june = {"start": "2023-06-01", "end": "2023-06-30"}
    plan = write_plan(tmp_path, [
        {"id": "fixed", "effort": {"adviser": 14}, **june},
        {"id": "movable", "effort": {"adviser": 8}, "start": "2023-06-01", "end": "2023-07-31"},
    ])
    assert main(["compare", str(plan), "fixed,movable", "fixed"]) == 0
    out = capsys.readouterr().out
    assert "does not fit: 1 role-months over capacity as timed; fits re-timed" in out


@pytest.mark.parametrize(("kind", "given", "shown"), [
    ("points", ["--points", "modern-slavery=7,reducing-reoffending=3"], "Points:  modern-slavery 7, reducing-reoffending 3"),
    ("approval", ["--rank", "reducing-reoffending,modern-slavery"], "Approved: reducing-reoffending, modern-slavery"),
])
def test_vote_shows_the_ballot_of_the_plans_kind_not_a_ranking(tmp_path, capsys, monkeypatch, kind, given, shown):
    # `vote --points a=7,b=3` printed "Ranking: 1. a, 2. b": neither the points nor a ranking the member gave.
    from helpers.paths import DATA

    plan = tmp_path / f"sscb-{kind}.toml"
    plan.write_text((DATA / "ballot-kinds" / f"sscb-{kind}.toml").read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["vote", str(plan), "--member", "chair", *given]) == 0
    out = capsys.readouterr().out
    assert shown in out and "Ranking:" not in out
