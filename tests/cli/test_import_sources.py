"""`workplan import --pabulib FILE.pb` and `--preflib FILE`: a plan and its ballots; `tally` against the official outcome."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from helpers.paths import DATA
from workplan_tui.cli import main
from workplan_tui.plan_io import load_plan
from workplan_tui.voting.ballots import read_ballot

WARSAW = DATA / "pabulib" / "poland_warszawa_2017_praga-polnoc.pb"
DEBIAN = DATA / "preflib" / "00002-00000006.soi"


def test_a_pabulib_file_becomes_a_plan_whose_tally_is_the_official_outcome(tmp_path: Path, capsys):
    plan_path = tmp_path / "warsaw.toml"
    assert main(["import", "--pabulib", str(WARSAW), "-o", str(plan_path)]) == 0
    out = capsys.readouterr().out
    assert f"{plan_path}: District PB in Warsaw, Praga-Północ: 33 projects, 1,978 ballots" in out
    assert "17 selected officially" in out
    plan = load_plan(plan_path)
    assert plan.official is not None and plan.official.file == WARSAW.name
    assert (tmp_path / "warsaw.ballots.sqlite").is_file() and plan.voting.roll == "open"
    assert main(["check", str(plan_path)]) == 0
    capsys.readouterr()
    assert main(["tally", str(plan_path)]) == 0
    out = capsys.readouterr().out
    assert "1,978 of 1,978" in out and "rejected" not in out.split("\n")[0]
    assert out.rstrip().endswith("Official outcome: the count selects exactly the 17 projects Warszawa selected.")
    assert main(["tally", "--json", str(plan_path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["official"]["equal"] is True and len(data["official"]["official"]) == 17


def test_the_default_plan_is_named_after_the_file_here(tmp_path: Path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["import", "--preflib", str(DEBIAN), "--box", "folder"]) == 0
    assert (tmp_path / "00002-00000006.toml").is_file()
    files = list((tmp_path / "00002-00000006.ballots").iterdir())
    assert len(files) == 101  # one file per distinct order, its `voters` saying how many cast it
    assert sum(read_ballot(file).voters for file in files) == 436
    capsys.readouterr()
    assert main(["tally", "00002-00000006.toml"]) == 0
    out = capsys.readouterr().out
    assert "schulze, 436 of" in out
    assert "Official outcome: PrefLib records none for this election" in out


def test_an_existing_plan_is_not_replaced_without_force(tmp_path: Path, capsys):
    plan_path = tmp_path / "warsaw.toml"
    assert main(["import", "--pabulib", str(WARSAW), "-o", str(plan_path)]) == 0
    before = plan_path.read_bytes()
    capsys.readouterr()
    assert main(["import", "--pabulib", str(WARSAW), "-o", str(plan_path)]) == 2
    assert capsys.readouterr().err.startswith(f"{plan_path}:1:1: E402 already exists")
    assert plan_path.read_bytes() == before
    assert main(["import", "--pabulib", str(WARSAW), "-o", str(plan_path), "--force"]) == 0
    capsys.readouterr()
    assert main(["tally", "--json", str(plan_path)]) == 0
    assert json.loads(capsys.readouterr().out)["ballots"] == 1978  # replaced, not added to


def test_a_malformed_file_is_located_and_nothing_is_written(tmp_path: Path, capsys):
    bad = tmp_path / "bad.pb"
    text = WARSAW.read_text(encoding="utf-8").splitlines()
    text[30] = text[30].replace(";", ",", 1)  # a project row with a field too few
    bad.write_text("\n".join(text) + "\n", encoding="utf-8")
    assert main(["import", "--pabulib", str(bad), "-o", str(tmp_path / "bad.toml")]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"{bad}:31:") and "E03" in err and "Traceback" not in err
    assert sorted(path.name for path in tmp_path.iterdir()) == ["bad.pb"]


def test_a_rule_this_version_cannot_count_is_refused_with_why(tmp_path: Path, capsys):
    phragmen = tmp_path / "phragmen.pb"
    phragmen.write_text(WARSAW.read_text(encoding="utf-8").replace("rule;greedy", "rule;phragmen", 1), encoding="utf-8")
    line = next(n for n, text in enumerate(phragmen.read_text(encoding="utf-8").splitlines(), 1) if text == "rule;phragmen")
    assert main(["import", "--pabulib", str(phragmen), "-o", str(tmp_path / "w.toml")]) == 2
    err = capsys.readouterr().err
    assert f"{phragmen}:{line}:1: E034 rule `phragmen` cannot be counted by this version (it counts `greedy`" in err
    assert "/add1-to-budget)" in err and "Traceback" not in err
    assert sorted(path.name for path in tmp_path.iterdir()) == ["phragmen.pb"]


def test_wieliczka_imports_and_counts_to_the_official_outcome(tmp_path: Path, capsys):
    plan_path = tmp_path / "w.toml"
    assert main(["import", "--pabulib", str(DATA / "pabulib" / "poland_wieliczka_2023.pb"), "-o", str(plan_path)]) == 0
    assert 'completion = "add1-to-budget"' in plan_path.read_text(encoding="utf-8")
    capsys.readouterr()
    assert main(["tally", str(plan_path)]) == 0
    assert capsys.readouterr().out.rstrip().endswith("the count selects exactly the 30 projects Wieliczka selected.")


def test_the_plan_argument_belongs_to_the_spreadsheet_import(tmp_path: Path, capsys):
    assert main(["import", str(tmp_path / "plan.toml"), "--pabulib", str(WARSAW)]) == 2
    assert "E003 the plan to write is given with -o PLAN" in capsys.readouterr().err
    assert main(["import", "--projects", str(tmp_path / "x.csv")]) == 2
    assert "E003 give the plan to add the projects to" in capsys.readouterr().err


def test_the_import_writes_the_plan_and_its_box_and_leaves_no_temporaries(tmp_path: Path, capsys):
    copy = tmp_path / "copy.pb"
    shutil.copy(WARSAW, copy)
    folder = tmp_path / "sub"
    folder.mkdir()
    assert main(["import", "--pabulib", str(copy), "-o", str(folder / "plan.toml")]) == 0
    # The plan, its ballots and the plan's lock file that every writer holds (files.write_lock).
    assert sorted(path.name for path in folder.iterdir()) == [".plan.toml.lock", "plan.ballots.sqlite", "plan.toml"]
    assert not any(path.name.endswith(".workplan-tmp") for path in tmp_path.rglob("*"))


def test_thousands_of_voters_are_counted_in_one_style(tmp_path: Path, capsys) -> None:
    # Meath's count read "64081 of 64,081 voters' ballots counted" in tally and "64081 of 64081"
    # on the Results pane.
    from workplan_tui.ui.widgets.results.count_notes import turnout_text
    from workplan_tui.voting.ballots import read_vote
    from workplan_tui.voting.tally import tally

    text = (DATA / "preflib" / "00002-00000006.soi").read_text(encoding="utf-8")
    source = tmp_path / "debian.soi"
    source.write_text(text.replace("# NUMBER VOTERS: 436", "# NUMBER VOTERS: 1500").replace("\n39: 1,2,4,5,3", "\n1103: 1,2,4,5,3"), encoding="utf-8")
    plan = tmp_path / "debian.toml"
    assert main(["import", "--preflib", str(source), "-o", str(plan)]) == 0
    capsys.readouterr()
    assert main(["tally", str(plan)]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "Debian 2010 Leader: schulze, 1,500 of 1,500 voters' ballots counted"
    vote = read_vote(plan)
    result = tally(vote.plan, vote.ballots, vote.rejected, voters=vote.voters)
    assert turnout_text(vote.plan, result).plain.splitlines()[0] == "Schulze: 1,500 of 1,500 voters' ballots counted"


def test_an_election_s_count_reads_as_one_table_without_a_budget(tmp_path: Path, capsys) -> None:
    # Dublin West 2002 (STV, 3 seats): the scores read "8086", "7852.74", "10401.2" and "776.072",
    # the widest overran its column, the bars grew down the order of election, and the count
    # said "Budget: £0 of £0 used, £0 left" of an election with no budget.
    plan = tmp_path / "dublin.toml"
    assert main(["import", "--preflib", str(DATA / "preflib" / "00001-00000002.soi"), "-o", str(plan)]) == 0
    assert "29,988 ballots (10,335 distinct, one row each)" in capsys.readouterr().out
    assert main(["tally", str(plan)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    header = next(index for index, line in enumerate(lines) if line.lstrip().startswith("#  project"))
    rows = lines[header + 1 : header + 10]
    assert [row.split()[2] for row in rows[:3]] == ["8,086", "7,852.74", "10,401.22"]
    score_end = lines[header].index("score") + len("score")
    assert all(row[score_end - 1] != " " and row[score_end] == " " for row in rows)  # right-aligned under "score"
    bars = [row.split()[3].count("#") if "#" in row else 0 for row in rows]
    assert bars == sorted(bars, reverse=True) and bars[0] == 10
    assert lines[header + 10].startswith("Bars: the order of election, then of exclusion")
    assert "Budget:" not in out


def test_the_note_of_an_election_says_how_it_was_counted_once(tmp_path: Path, capsys) -> None:
    # It read "counted by single transferable vote: single transferable vote with the Droop quota …"
    # (and "instant runoff: instant runoff: …", "the Borda count: … (Borda count)").
    plan = tmp_path / "dublin.toml"
    assert main(["import", "--preflib", str(DATA / "preflib" / "00001-00000002.soi"), "-o", str(plan)]) == 0
    assert main(["export", str(plan), "--to", "toml"]) == 0
    assert main(["export", str(tmp_path / "dublin.agreed.toml"), "--to", "note", "-o", str(tmp_path / "note.md")]) == 0
    note = (tmp_path / "note.md").read_text(encoding="utf-8")
    assert (
        "The ballots were counted by single transferable vote: candidates reaching the Droop quota are elected, "
        "their surpluses transferred in fractions, the lowest excluded in turn." in note
    )
    assert "29,988 ballots were counted" in note


def test_meath_s_counts_are_printed_with_thousands_separators_by_import_export_and_verify(tmp_path: Path, capsys):
    # They printed "64081 ballots (25101 distinct, ...)", where tally printed "64,081".
    plan_path = tmp_path / "meath.toml"
    assert main(["import", "--preflib", str(DATA / "preflib" / "00001-00000003.soi"), "-o", str(plan_path)]) == 0
    assert f"{plan_path}: 2002 Meath: 14 projects, 64,081 ballots (25,101 distinct, one row each)" in capsys.readouterr().out
    assert main(["export", str(plan_path), "--to", "toml"]) == 0
    agreed = plan_path.with_suffix(".agreed.toml")
    assert f"{agreed}: agreed plan written (64,081 ballots counted; agreed: " in capsys.readouterr().out
    assert main(["verify", str(agreed)]) == 0
    assert f"{agreed}: the record agrees with the 64,081 ballots in " in capsys.readouterr().out


def test_a_count_in_words_separates_thousands():
    from workplan_tui.text import plural

    assert [plural(1, "ballot"), plural(999, "ballot"), plural(64081, "ballot"), plural(1234.5, "day")] == [
        "1 ballot", "999 ballots", "64,081 ballots", "1,234.5 days",
    ]
