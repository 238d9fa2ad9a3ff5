"""Who may vote: `workplan codes`, `vote --code` and the codes API (serve: tests/cli/test_serve.py)."""

from __future__ import annotations

import io
import re
import stat
import sys

import pytest

from helpers.voting_plans import plan_text, simple_projects
from workplan_tui.cli import main
from workplan_tui.errors import WorkplanError
from workplan_tui.plan_io import loads_plan
from workplan_tui.voting.codes import (
    ALPHABET,
    codes_path,
    codes_required,
    normalise,
    read_codes,
    require_code,
    verify_code,
)

MEMBERS = ["chair", "member-1", "member-2"]
CODE = re.compile(rf"[{ALPHABET}]{{4}}-[{ALPHABET}]{{4}}-[{ALPHABET}]{{4}}")


def write(tmp_path, codes: bool):
    text = plan_text(simple_projects(4), members=MEMBERS)
    if codes:
        text = text.replace('seed = "2023-03-23"\n', 'seed = "2023-03-23"\ncodes = true\n')
    path = tmp_path / "plan.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def plan(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # not a terminal: nothing is asked
    return write(tmp_path, codes=True)


def issue(plan, capsys, *extra) -> dict[str, str]:
    assert main(["codes", str(plan), *extra]) == 0
    out = capsys.readouterr().out
    slips = {}
    for line in out.splitlines():
        match = CODE.search(line)
        if match:
            slips[line.split()[1]] = match[0]  # label, id, code
    return slips


def test_codes_prints_one_code_per_member_and_keeps_only_salted_hashes(plan, capsys):
    slips = issue(plan, capsys)
    assert sorted(slips) == sorted(MEMBERS)
    assert len(set(slips.values())) == 3
    stored = codes_path(plan).read_text(encoding="utf-8")
    for code in slips.values():
        assert code not in stored and normalise(code) not in stored
    book = read_codes(plan)
    assert sorted(book.members) == sorted(MEMBERS)
    assert len({salt for salt, _ in book.members.values()}) == 3  # a salt per member
    assert stat.S_IMODE(codes_path(plan).stat().st_mode) & 0o077 == 0  # readable by the owner only


def test_verify_code_accepts_the_members_code_typed_loosely_and_nothing_else(plan, capsys):
    slips = issue(plan, capsys)
    code = slips["member-1"]
    assert verify_code(plan, "member-1", code)
    assert verify_code(plan, "member-1", " " + code.lower().replace("-", " ") + "\n")
    assert not verify_code(plan, "member-2", code)  # another member's slip
    assert not verify_code(plan, "stranger", code)
    wrong = code[:-1] + ("2" if code[-1] != "2" else "3")
    assert not verify_code(plan, "member-1", wrong)
    for junk in ("", "0" * 12, "O0O0-I1I1-LLLL", code + "A", "x" * 10_000):
        assert not verify_code(plan, "member-1", junk)


def test_entries_swapped_in_the_codes_file_do_not_verify(plan, capsys):
    slips = issue(plan, capsys)
    path = codes_path(plan)
    text = path.read_text(encoding="utf-8")
    lines = {line.split(" = ")[0]: line for line in text.splitlines() if line.startswith(("member-1 ", "member-2 "))}
    swapped = text.replace(lines["member-1"], "@@").replace(lines["member-2"], lines["member-1"].replace("member-1", "member-2", 1))
    path.write_text(swapped.replace("@@", lines["member-2"].replace("member-2", "member-1", 1)), encoding="utf-8")
    assert not verify_code(plan, "member-2", slips["member-1"])


def test_reissuing_needs_force_and_voids_the_old_slips(plan, capsys):
    first = issue(plan, capsys)
    before = codes_path(plan).read_bytes()
    assert main(["codes", str(plan)]) == 2
    assert "E402 voting codes were issued already; --force issues new ones" in capsys.readouterr().err
    assert codes_path(plan).read_bytes() == before
    second = issue(plan, capsys, "--force")
    assert not verify_code(plan, "chair", first["chair"])
    assert verify_code(plan, "chair", second["chair"])


def test_a_ballot_needs_its_members_code_and_records_nothing_secret(plan, capsys):
    slips = issue(plan, capsys)
    ballot = plan.with_name("plan.ballots") / "member-1.toml"
    assert main(["vote", str(plan), "--member", "member-1", "--rank", "p1"]) == 2
    assert "--code:1:1: E405 this plan needs a voting code" in capsys.readouterr().err
    assert main(["vote", str(plan), "--member", "member-1", "--rank", "p1", "--code", slips["member-2"]]) == 2
    assert "--code:1:1: E405 wrong voting code for `member-1`; nothing was written" in capsys.readouterr().err
    assert not ballot.exists()
    assert main(["vote", str(plan), "--member", "member-1", "--rank", "p1,p2", "--code", slips["member-1"]]) == 0
    text = ballot.read_text(encoding="utf-8")
    assert [line.split(" = ")[0] for line in text.splitlines()] == ["member", "ranking", "cast", "plan"]
    assert normalise(slips["member-1"]) not in text.replace("-", "") and "salt" not in text and "hash" not in text


def test_voting_with_codes_on_but_none_issued_says_so(plan, capsys):
    assert main(["vote", str(plan), "--member", "chair", "--rank", "p1", "--code", "AAAA-BBBB-CCCC"]) == 2
    assert f"{codes_path(plan)}:1:1: E001 no voting codes issued; run `workplan codes {plan}`" in capsys.readouterr().err


def test_a_member_added_after_the_codes_is_told_why(plan, capsys):
    issue(plan, capsys)
    plan.write_text(plan.read_text(encoding="utf-8") + '\n[[members]]\nid = "late"\nlabel = "Late"\n', encoding="utf-8")
    loaded = loads_plan(plan.read_text(encoding="utf-8"))
    with pytest.raises(WorkplanError) as caught:
        require_code(loaded, plan, "late", "AAAA-BBBB-CCCC")
    assert "no code was issued to `late`" in caught.value.errors[0].message


def test_without_codes_on_no_code_is_asked_and_a_given_one_is_ignored(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    path = write(tmp_path, codes=False)
    assert not codes_required(loads_plan(path.read_text(encoding="utf-8")))
    assert main(["vote", str(path), "--member", "chair", "--rank", "p1", "--code", "X"]) == 0
    assert "--code ignored" in capsys.readouterr().err
    assert codes_required(loads_plan(write(tmp_path, codes=True).read_text(encoding="utf-8")))


def test_a_bad_codes_file_is_a_located_error(plan):
    codes_path(plan).write_text('schema = 1\nkdf = "md5"\nn = 0\n', encoding="utf-8")
    with pytest.raises(WorkplanError) as caught:
        verify_code(plan, "chair", "AAAA-BBBB-CCCC")
    codes = [(e.code, e.message.split(" ")[0]) for e in caught.value.errors]
    assert codes == [("E104", "`kdf`"), ("E101", "`n`"), ("E101", "`r`"), ("E101", "`p`"), ("E102", "missing")]


def test_on_a_csv_roll_codes_prints_a_slip_per_voter_by_label_and_number(plan, capsys):
    text = plan.read_text(encoding="utf-8").replace("codes = true\n", 'codes = true\nroll = "voters.csv"\n', 1)
    plan.write_text(text, encoding="utf-8")
    plan.with_name("voters.csv").write_text("id,label,role\nv-1001,Resident-1001,resident\nv-1002,,\n", encoding="utf-8")
    assert main(["codes", str(plan)]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if CODE.search(line)]
    assert [line.split()[:2] for line in lines] == [["Resident-1001", "v-1001"], ["v-1002", "v-1002"]]
    slip = CODE.search(lines[0])
    assert slip is not None and verify_code(plan, "v-1001", slip[0])
    assert main(["vote", str(plan), "--member", "v-1001", "--rank", "p1", "--code", slip[0]]) == 0


def test_codes_on_an_open_roll_are_refused_with_e145(plan, capsys):
    text = plan.read_text(encoding="utf-8").replace("codes = true\n", 'codes = true\nroll = "open"\n', 1)
    plan.write_text(text, encoding="utf-8")
    assert main(["codes", str(plan)]) == 2
    assert "E145 voting codes need a list of who may vote" in capsys.readouterr().err


class Stream(io.StringIO):
    def __init__(self, terminal: bool) -> None:
        super().__init__()
        self.terminal = terminal

    def isatty(self) -> bool:
        return self.terminal


def test_hashing_a_big_roll_says_how_far_it_is_and_how_long_is_left():
    # 10,000 voters took ~8 minutes of scrypt with not a word said.
    from workplan_tui.commands.codes import Progress

    for terminal in (False, True):
        ticks = (tick * 0.05 for tick in range(10_000))  # 50 ms a hash
        stream = Stream(terminal)
        progress = Progress(stream, clock=ticks.__next__)
        for done in range(0, 1001):
            progress(done, 1000)
        text = stream.getvalue()
        assert text.startswith("Hashing 1,000 codes with scrypt (about 50 ms each, so it takes a while)...\n")
        assert "  100 of 1,000 codes hashed, about 45 s left" in text
        assert "  1,000 of 1,000 codes hashed in 50 s" in text
        if terminal:  # one line rewritten, at most twice a second
            assert "\r  10 of 1,000" in text and text.endswith("in 50 s    \n") and text.count("\n") == 2
        else:  # a log: a line at each tenth
            assert text.count("\n") == 11 and "\r" not in text
    quiet = Stream(False)
    for done in range(0, 6):
        Progress(quiet)(done, 5)  # a board's few members: a second, nothing said
    assert quiet.getvalue() == ""


def test_workplan_codes_shows_the_progress_on_standard_error(plan, capsys, monkeypatch):
    from workplan_tui.commands import codes

    monkeypatch.setattr(codes, "PROGRESS_FROM", 2)
    slips = issue(plan, capsys)
    assert main(["codes", str(plan), "--force"]) == 0
    err = capsys.readouterr().err
    assert f"Hashing {len(slips)} codes with scrypt" in err and f"  {len(slips)} of {len(slips)} codes hashed in " in err
