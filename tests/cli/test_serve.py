"""`workplan serve` and `workplan booth`: where they listen, what they refuse, what they print."""

from __future__ import annotations

import re

from helpers.voting_plans import plan_text, simple_projects
from workplan_tui.cli import main
from workplan_tui.plan_io import load_plan
from workplan_tui.ui.web.server import MeetingServer
from workplan_tui.voting.codes import issue_codes


def write(tmp_path, codes: bool):
    text = plan_text(simple_projects(4), members=["chair", "member-1"])
    if codes:
        text = text.replace('seed = "2023-03-23"\n', 'seed = "2023-03-23"\ncodes = true\n')
    path = tmp_path / "plan.toml"
    path.write_text(text, encoding="utf-8")
    return path


def record_serving(monkeypatch) -> list[MeetingServer]:
    """MeetingServer.serve replaced by a recorder: the test checks what would be served, and where."""
    served: list[MeetingServer] = []
    monkeypatch.setattr(MeetingServer, "serve", lambda self, debug=False: served.append(self))
    return served


def test_serve_on_localhost_prints_the_booth_and_a_fresh_officer_key(tmp_path, capsys, monkeypatch):
    served = record_serving(monkeypatch)
    path = write(tmp_path, codes=False)
    assert main(["serve", str(path), "--port", "8123"]) == 0
    out = capsys.readouterr().out
    assert "Booth for members:  http://localhost:8123/" in out
    key = re.search(r"/officer\?key=(\S+)", out)[1]
    assert len(key) >= 32 and served[0].officer_key == key
    assert served[0].host == "localhost" and served[0].port == 8123
    assert main(["serve", str(path)]) == 0
    assert served[1].officer_key != key  # a new key each start


def test_serve_beyond_localhost_without_codes_is_refused_with_status_2(tmp_path, capsys, monkeypatch):
    served = record_serving(monkeypatch)
    path = write(tmp_path, codes=False)
    assert main(["serve", str(path), "--host", "0.0.0.0"]) == 2
    err = capsys.readouterr().err
    assert "error: serving on 0.0.0.0 lets anyone who can reach it vote as any member" in err
    assert "codes = true" in err and served == []


def test_serve_beyond_localhost_with_codes_warns_until_they_are_issued(tmp_path, capsys, monkeypatch):
    served = record_serving(monkeypatch)
    path = write(tmp_path, codes=True)
    assert main(["serve", str(path), "--host", "0.0.0.0", "--allow-host", "board.example.org"]) == 0
    assert "voting codes are on but none were issued" in capsys.readouterr().err
    assert "board.example.org" in served[0].names
    issue_codes(load_plan(path), path)
    assert main(["serve", str(path), "--host", "0.0.0.0"]) == 0
    assert capsys.readouterr().err == "" and len(served) == 2


def test_booth_and_serve_report_a_bad_plan_without_a_traceback(tmp_path, capsys, monkeypatch):
    record_serving(monkeypatch)
    path = tmp_path / "plan.toml"
    path.write_text("[plan\n", encoding="utf-8")
    for command in ("booth", "serve"):
        assert main([command, str(path)]) == 2
        err = capsys.readouterr().err
        assert "E010" in err and "Traceback" not in err


def record_booths(monkeypatch) -> list:
    """BoothApp.run replaced by a recorder: the test checks the booth that would run."""
    from workplan_tui.ui.booth.booth_app import BoothApp

    started: list[BoothApp] = []
    monkeypatch.setattr(BoothApp, "run", lambda self, *args, **kwargs: started.append(self))
    return started


def answers(monkeypatch, *typed: str) -> list[str]:
    """getpass answering with typed, in turn; returns the prompts it was asked."""
    import getpass

    prompts: list[str] = []
    replies = iter(typed)
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": prompts.append(prompt) or next(replies))
    return prompts


def test_booth_with_codes_asks_the_officer_for_the_code_that_ends_it(tmp_path, capsys, monkeypatch):
    started = record_booths(monkeypatch)
    path = write(tmp_path, codes=True)
    prompts = answers(monkeypatch, "", "lantern", "lamp", "lantern", "lantern")
    assert main(["booth", str(path), "--idle-minutes", "5"]) == 0
    err = capsys.readouterr().err
    assert "A code is needed" in err and "The two were not the same." in err
    assert prompts[0].startswith("Officer: choose a code that ends the booth") and len(prompts) == 5
    assert started[0].officer_code == "lantern" and started[0].idle_seconds == 300


def test_booth_with_codes_does_not_start_without_an_officers_code(tmp_path, capsys, monkeypatch):
    started = record_booths(monkeypatch)
    path = write(tmp_path, codes=True)
    answers(monkeypatch, "", "", "")
    assert main(["booth", str(path)]) == 2
    assert "the booth was not started: no code to end it was chosen" in capsys.readouterr().err and started == []


def test_booth_without_codes_asks_nothing_and_forgets_a_member_after_three_minutes(tmp_path, monkeypatch):
    started = record_booths(monkeypatch)
    path = write(tmp_path, codes=False)
    answers(monkeypatch)  # any question would find no answer
    assert main(["booth", str(path)]) == 0
    assert started[0].officer_code is None and started[0].idle_seconds == 180


def test_idle_minutes_out_of_range_is_refused_by_booth_and_serve(tmp_path, capsys, monkeypatch):
    record_booths(monkeypatch)
    served = record_serving(monkeypatch)
    path = write(tmp_path, codes=False)
    for command in ("booth", "serve"):
        assert main([command, str(path), "--idle-minutes", "-1"]) == 2
        assert "--idle-minutes must be from 0 to 1440, not -1" in capsys.readouterr().err
    assert main(["serve", str(path), "--idle-minutes", "10"]) == 0
    assert served[0].command.endswith("--idle-minutes 10")
    assert served[0].forks is not None and served[0].forks.idle_minutes == 10
