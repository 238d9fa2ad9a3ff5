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
