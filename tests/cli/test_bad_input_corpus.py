"""The bad-input corpus: each file in tests/data/bad/ with the exact lines `workplan check` prints.

To add a case, write NAME.toml, run `workplan check NAME.toml 2> NAME.expected` inside the
folder, and read the expected lines before committing them.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from helpers.paths import DATA
from workplan_tui.cli import main

CORPUS = DATA / "bad"
CASES = sorted(CORPUS.glob("*.toml"))


def test_the_corpus_is_complete():
    assert len(CASES) >= 50
    assert sorted(p.stem for p in CORPUS.glob("*.expected")) == sorted(p.stem for p in CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_check_prints_exactly_the_expected_errors(case, capsys, monkeypatch):
    monkeypatch.chdir(CORPUS)
    assert main(["check", case.name]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == case.with_suffix(".expected").read_text(encoding="utf-8")


def test_the_whole_corpus_in_one_process_never_gives_a_traceback():
    result = subprocess.run(
        [sys.executable, "-m", "workplan_tui", "check", *(c.name for c in CASES)],
        cwd=CORPUS, capture_output=True, text=True,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    expected = "".join(c.with_suffix(".expected").read_text(encoding="utf-8") for c in CASES)
    assert result.stderr == expected


def test_a_50_mb_file_is_refused_by_its_size(tmp_path, capsys):
    huge = tmp_path / "huge.toml"
    with huge.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: the test itself stays small and fast
    assert main(["check", str(huge)]) == 2
    assert capsys.readouterr().err == f"{huge}:1:1: E002 plan file is 50.0 MB; the limit is 8 MB\n"


def test_a_symlink_loop_is_a_read_error(tmp_path, capsys):
    loop = tmp_path / "a.toml"
    os.symlink(tmp_path / "b.toml", loop)
    os.symlink(loop, tmp_path / "b.toml")
    assert main(["check", str(loop)]) == 2
    assert capsys.readouterr().err == f"{loop}:1:1: E001 cannot read: too many levels of symbolic links\n"


def test_a_fifo_is_not_waited_on(tmp_path, capsys):
    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)
    assert main(["check", str(fifo)]) == 2
    assert capsys.readouterr().err == f"{fifo}:1:1: E001 not a regular file\n"
