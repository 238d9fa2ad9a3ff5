"""PrefLib's .soc/.soi/.toc/.toi reader: the real sample files, every malformed line located, round-trips."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.paths import DATA
from workplan_tui.errors import WorkplanError
from workplan_tui.sources.preflib import PreflibElection, dumps_preflib, parse_preflib, read_preflib

PREFLIB = DATA / "preflib"
SAMPLES = sorted(PREFLIB.iterdir())

GOOD = """# FILE NAME: 00099-00000001.toi
# TITLE: 2020 Test Mayoral
# DATA TYPE: toi
# NUMBER ALTERNATIVES: 3
# NUMBER VOTERS: 6
# ALTERNATIVE NAME 1: A Candidate
# ALTERNATIVE NAME 2: B Candidate
# ALTERNATIVE NAME 3: Write-Ins
3: 1,2
2: {1,3},2
1: 3
"""


@pytest.mark.parametrize("path", SAMPLES, ids=lambda path: path.name)
def test_each_sample_reads_with_the_voters_it_states(path: Path):
    election = read_preflib(path)
    assert election.voters == int(election.meta["NUMBER VOTERS"])
    assert len(election.orders) == int(election.meta["NUMBER UNIQUE ORDERS"])
    assert len(election.alternatives) == int(election.meta["NUMBER ALTERNATIVES"])
    assert election.data_type == path.suffix[1:]
    assert election.has_ties == (election.data_type in ("toc", "toi") and election.has_ties)


def test_the_irish_and_debian_files_hold_what_preflib_says():
    dublin = read_preflib(PREFLIB / "00001-00000002.soi")
    assert (dublin.title, dublin.voters, len(dublin.alternatives)) == ("2002 Dublin West", 29988, 9)
    debian = read_preflib(PREFLIB / "00002-00000006.toc")
    # The .toc is the .soi with the unranked candidates tied last: the same voters, complete orders.
    assert debian.voters == read_preflib(PREFLIB / "00002-00000006.soi").voters == 436
    assert all(sum(len(group) for group in order) == 5 for _, order, _ in debian.orders)
    assert (7, ((1,), (2, 3, 4, 5))) in [(count, order) for count, order, _ in debian.orders]


def test_ties_are_groups_best_first():
    election = parse_preflib(GOOD)
    assert [order for _, order, _ in election.orders] == [((1,), (2,)), ((1, 3), (2,)), ((3,),)]
    assert election.voters == 6 and election.series == "00099"


@pytest.mark.parametrize(
    ("text", "line", "column", "code", "words"),
    [
        (GOOD.replace("3: 1,2", "3: 1,4"), 9, 6, "E033", "alternative 4 is not one of the file's 3"),
        (GOOD.replace("3: 1,2", "3: 1,1"), 9, 6, "E033", "appears twice"),
        (GOOD.replace("3: 1,2", "3 1,2"), 9, 1, "E030", "an order is `COUNT: A,B,{C,D}`"),
        (GOOD.replace("2: {1,3},2", "2: {1,3,2"), 10, 4, "E030", "a brace is never closed"),
        (GOOD.replace("2: {1,3},2", "2: 1,x"), 10, 6, "E030", "`x` in an order"),
        (GOOD.replace("VOTERS: 6", "VOTERS: 7"), 5, 1, "E035", "`NUMBER VOTERS` is 7 but the orders count 6"),
        (GOOD.replace("DATA TYPE: toi", "DATA TYPE: soi"), 10, 1, "E035", "ties in a `soi` file"),
        (GOOD.replace("DATA TYPE: toi", "DATA TYPE: toc").replace("1: 3\n", "1: 3,{1,2}\n"), 9, 1, "E035", "an incomplete order in a `toc` file"),
        (GOOD.replace("DATA TYPE: toi", "DATA TYPE: wmd"), 3, 1, "E034", "data type `wmd`"),
        (GOOD.replace("# ALTERNATIVE NAME 3: Write-Ins\n", ""), 8, 1, "E031", "no `# ALTERNATIVE NAME` for alternative 3"),
        (GOOD.replace("# NUMBER ALTERNATIVES: 3\n", ""), 1, 1, "E031", "no `# NUMBER ALTERNATIVES:` line"),
        (GOOD + "# LATE: 1\n", 12, 1, "E030", "metadata after the orders"),
    ],
)
def test_a_malformed_line_is_located(text: str, line: int, column: int, code: str, words: str):
    with pytest.raises(WorkplanError) as caught:
        parse_preflib(text, "x.toi")
    located = [(error.file, error.line, error.column, error.code) for error in caught.value.errors if words in error.message]
    assert located == [("x.toi", line, column, code)], caught.value.errors


def test_a_suffix_that_disagrees_and_bad_bytes_are_located(tmp_path: Path):
    path = tmp_path / "x.soc"
    path.write_text(GOOD, encoding="utf-8")
    with pytest.raises(WorkplanError) as caught:
        read_preflib(path)
    assert any("says it is `toi` but is named `.soc`" in error.message for error in caught.value.errors)
    path = tmp_path / "y.toi"
    path.write_bytes(GOOD.encode().replace(b"B Candidate", b"B \xe9"))
    with pytest.raises(WorkplanError) as caught:
        read_preflib(path)
    assert str(caught.value.errors[0]) == f"{path}:7:25: E030 not UTF-8 text: save the file as UTF-8"


@st.composite
def elections(draw: st.DrawFn) -> PreflibElection:
    kind = draw(st.sampled_from(["soc", "soi", "toc", "toi"]))
    size = draw(st.integers(1, 7))
    alternatives = {number: f"Candidate {number}" for number in range(1, size + 1)}
    orders = []
    for _ in range(draw(st.integers(0, 8))):
        chosen = draw(st.permutations(list(alternatives)))
        if kind in ("soi", "toi"):
            chosen = chosen[: draw(st.integers(1, size))]
        groups: list[tuple[int, ...]] = []
        index = 0
        while index < len(chosen):
            width = draw(st.integers(1, len(chosen) - index)) if kind in ("toc", "toi") else 1
            groups.append(tuple(chosen[index: index + width]))
            index += width
        orders.append((draw(st.integers(1, 10**6)), tuple(groups), 0))
    meta = {"DATA TYPE": kind, "NUMBER ALTERNATIVES": str(size)}
    meta.update({f"ALTERNATIVE NAME {number}": name for number, name in alternatives.items()})
    meta["NUMBER VOTERS"] = str(sum(count for count, _, _ in orders))
    return PreflibElection(file="<preflib>", data_type=kind, meta=meta, alternatives=alternatives, orders=tuple(orders))


@settings(max_examples=80, deadline=None)
@given(elections())
def test_round_trip(election: PreflibElection):
    again = parse_preflib(dumps_preflib(election), kind=election.data_type)
    assert again.meta == election.meta and again.alternatives == election.alternatives
    assert [(count, order) for count, order, _ in again.orders] == [(count, order) for count, order, _ in election.orders]


@pytest.mark.parametrize("path", SAMPLES, ids=lambda path: path.name)
def test_real_files_round_trip(path: Path):
    election = read_preflib(path)
    again = parse_preflib(dumps_preflib(election), kind=election.data_type)
    assert [(count, order) for count, order, _ in again.orders] == [(count, order) for count, order, _ in election.orders]


@settings(max_examples=80, deadline=None)
@given(elections(), st.sampled_from(["", " ", "dup", "far", "zero", "blank"]))
def test_the_plain_reader_and_the_line_reader_agree(election: PreflibElection, change: str):
    """A file of plain lines is read at once (and said `strict`), with \\n or \\r\\n endings: the
    same orders either way, and the same errors for a bad line."""
    text = dumps_preflib(election)
    if change == " ":
        text = text.replace(": ", ":  ", 1).replace(",", " , ", 1)  # spaces the format allows
    elif change and election.orders:
        bad = {"dup": "1: 1,1", "far": f"1: {len(election.alternatives) + 1}", "zero": "1: 0", "blank": "1:"}[change]
        text += bad + "\n"
    results = []
    for endings in (text, text.replace("\n", "\r\n")):
        try:
            found = parse_preflib(endings, kind=election.data_type)
            results.append([(count, order) for count, order, _ in found.orders])
        except WorkplanError as error:
            results.append([(e.line, e.column, e.code, e.message) for e in error.errors])
    assert results[0] == results[1]
    if not change:
        plain = parse_preflib(text, kind=election.data_type)
        assert plain.strict == (bool(election.orders) and not plain.has_ties)


# Order lines as PrefLib writes them, then a few characters put in, taken out or doubled: the
# near misses the column reader must leave to the line reader (or read as it does).
_EDITS = st.sampled_from([" ", " ", ",", ":", "\n", "\n\n", "{", "}", "0", "1", "7", "99", "\r", "#", "\t", "", "\x00"])


@st.composite
def order_texts(draw: st.DrawFn) -> str:
    size = draw(st.integers(1, 12))
    lines = []
    for _ in range(draw(st.integers(1, 8))):
        chosen = draw(st.permutations(range(1, size + 1)))[: draw(st.integers(1, size))]
        lines.append(f"{draw(st.integers(0, 10**6))}: {','.join(map(str, chosen))}")
    orders = "\n".join(lines) + draw(st.sampled_from(["\n", "", "\n\n"]))
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(orders)))
        kind = draw(st.sampled_from(["put", "take", "double"]))
        if kind == "put":
            orders = orders[:at] + draw(_EDITS) + orders[at:]
        elif kind == "take":
            orders = orders[:at] + orders[at + 1 :]
        else:  # a number written twice in its line: `3,1,2` to `3,1,2,1`
            line = orders.count("\n", 0, at)
            parts = orders.split("\n")
            if line < len(parts) and "," in parts[line]:
                parts[line] += "," + parts[line].rpartition(",")[2]
            orders = "\n".join(parts)
    names = "".join(f"# ALTERNATIVE NAME {n}: Candidate {n}\n" for n in range(1, size + 1))
    text = f"# DATA TYPE: soi\n# NUMBER ALTERNATIVES: {size}\n{names}{orders}"
    return text.replace("\n", "\r\n") if draw(st.integers(0, 5)) == 0 else text


def _read(text: str, columns: bool) -> object:
    try:
        election = parse_preflib(text, "x.soi", "soi", columns=columns)
    except WorkplanError as error:
        return [(e.line, e.column, e.code, e.message) for e in error.errors]
    return election.orders, election.voters, election.strict


@settings(max_examples=500, deadline=None)
@given(order_texts())
def test_the_column_reader_equals_the_line_reader(text: str):
    """The orders read at once as columns (numpy over the file's bytes) are the orders the line
    reader finds, line numbers and all; a file it does not take gives the line reader's errors."""
    at_once, by_line = _read(text, True), _read(text, False)
    if isinstance(at_once, tuple) and isinstance(by_line, tuple):
        assert at_once[:2] == by_line[:2]
        # Every line as PrefLib writes it (and none blank between): taken as columns (said `strict`).
        lines = [line for line in text.replace("\r\n", "\n").rstrip("\n").split("\n") if not line.startswith("#")]
        if lines and all(re.fullmatch(r"\d+: [1-9](,[1-9])*", line) for line in lines):
            assert at_once[2]
    else:
        assert at_once == by_line


def test_the_column_reader_takes_the_real_files_it_can():
    """Meath and Dublin West (strict orders, as PrefLib writes them) are read as columns, to the
    same orders as line by line; the San Francisco file (overvotes: ties) is left to the line reader."""
    for name, columns in (("00001-00000003.soi", True), ("00001-00000002.soi", True), ("00021-00000011.toi", False)):
        path = PREFLIB / name
        text = path.read_text(encoding="utf-8")
        fast = parse_preflib(text, str(path), path.suffix[1:])
        careful = parse_preflib(text, str(path), path.suffix[1:], columns=False)
        assert (fast.plain is not None) == columns
        assert fast.orders == careful.orders and fast.voters == careful.voters
