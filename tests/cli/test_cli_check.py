from __future__ import annotations

import subprocess
import sys

from helpers.paths import PLANS, SSCB
from workplan_tui.cli import main
from workplan_tui.plan_io import load_plan
from workplan_tui.starter import starter_text


def test_check_valid_plans_prints_one_summary_line_each(capsys):
    plans = sorted(PLANS.glob("*.toml"))
    assert main(["check", *map(str, plans)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(plans)
    sscb = next(line for line in lines if "sscb-2023-24" in line)
    plan = load_plan(SSCB)
    total = sum(project.budget_cost for project in plan.projects) // 100  # pence to pounds: the costs are whole
    assert f"{len(plan.projects)} projects, cost £{total:,} of £10,000 budget, peak load " in sscb


def test_check_reports_every_error_of_every_plan_and_exits_2(tmp_path, capsys):
    bad = tmp_path / "bad.toml"
    bad.write_text(starter_text().replace("budget = 10000", "budget = -1").replace('kind = "board"', 'kind = "panel"'))
    assert main(["check", str(SSCB), str(bad), str(tmp_path / "missing.toml")]) == 2
    captured = capsys.readouterr()
    assert "sscb-2023-24.toml: ok:" in captured.out
    errors = captured.err.splitlines()
    assert [line.split(": ")[1].split()[0] for line in errors] == ["E106", "E104", "E001"]
    assert all(line.startswith(str(tmp_path)) for line in errors)


def test_check_does_not_import_textual():
    code = (
        "import sys; from workplan_tui.cli import main; "
        f"status = main(['check', {str(SSCB)!r}]); "
        "assert 'textual' not in sys.modules, 'textual was imported'; sys.exit(status)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_bad_input_never_gives_a_traceback(tmp_path):
    cases = {
        "binary.toml": b"\x00\x01\x02",
        "syntax.toml": b"schema = 1\n[plan\n",
        "types.toml": b"schema = 1\nplan = 3\nlimits = []\nprojects = 7\n",
        "latin1.toml": "titl\u00e9 = 1".encode("latin-1"),
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
    result = subprocess.run(
        [sys.executable, "-m", "workplan_tui", "check", *(str(tmp_path / n) for n in cases), str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) >= len(cases) + 1
    for line in result.stderr.splitlines():
        assert line.startswith(str(tmp_path)), line


def test_new_writes_a_valid_starter_and_refuses_to_overwrite(tmp_path, capsys):
    target = tmp_path / "plan.toml"
    assert main(["new", str(target)]) == 0
    assert main(["check", str(target)]) == 0
    before = target.read_bytes()
    assert main(["new", str(target)]) == 2
    assert f"{target}:1:1: E402 already exists" in capsys.readouterr().err
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["plan.toml"]  # no temporary file left


def test_new_into_a_missing_folder_is_a_clear_error(tmp_path, capsys):
    assert main(["new", str(tmp_path / "no" / "such" / "plan.toml")]) == 2
    assert "E403 cannot write" in capsys.readouterr().err


def test_bare_plan_argument_means_open(monkeypatch):
    seen = {}

    import workplan_tui.commands.open_ as open_command

    monkeypatch.setattr(open_command, "run", lambda args: seen.setdefault("plan", args.plan) and 0)
    assert main([str(SSCB)]) == 0
    assert seen["plan"] == SSCB


def test_check_reports_a_csv_roll_that_cannot_be_read(tmp_path, capsys):
    # A duplicate on the roll was "ok" here, and met only at the booth: "please ask an officer".
    plan = tmp_path / "city.toml"
    plan.write_text(SSCB.read_text(encoding="utf-8").replace('seed = "2023-03-23"', 'seed = "2023-03-23"\nroll = "voters.csv"', 1))
    roll = tmp_path / "voters.csv"
    roll.write_text("id,label,role\nv-1,Resident 1,\nv-2,,\n", encoding="utf-8")
    assert main(["check", str(plan)]) == 0
    assert "city.toml: ok:" in capsys.readouterr().out
    roll.write_text("id,label,role\nv-1,Resident 1,\nv-2,,\nv-1,Again,\n", encoding="utf-8")
    assert main(["check", str(plan)]) == 2
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [f"{roll}:4:1: E422 voter `v-1` is on the roll twice (first on line 2)"]
    assert "ok" not in captured.out
    roll.unlink()
    assert main(["check", str(plan)]) == 2
    assert "E422 no such roll" in capsys.readouterr().err
