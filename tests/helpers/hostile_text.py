"""Text an attacker chooses, and what it must look like once printed.

`hostile_text()` is a Hypothesis strategy over strings made of terminal escape sequences,
C0 and C1 controls, DEL, bidirectional controls, line and paragraph separators, a forged
error or list line and, for file names, the bytes of a name that is not UTF-8 (as Python
holds them: surrogateescape, U+DC80-U+DCFF). `escaped()` is how docs/errors.md says such text
is shown, written here independently of the code under test. `run_strictly()` runs
`workplan` in this process with a strict UTF-8 standard output and error.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import unicodedata
from dataclasses import dataclass

from hypothesis import strategies as st

from workplan_tui.cli import main

# Unicode's Bidi_Control characters: the marks, embeddings, overrides and isolates.
BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
PIECES = (
    "\x1b[2J",  # clear the screen
    "\x1b[H",
    "\x1b[31m",
    "\x1b]0;owned\x07",  # set the terminal's title
    "\x9b2J",  # the same as a C1 control sequence introducer
    "\n  - FORGED: all good",
    "\nE999 fake",
    "\r",
    "\t",
    "\x7f",
    "\x85",  # NEL: a line break to some terminals
    "\u2028",
    "\u2029",
    "\u202e",
    "\u2066",
    "\u200f",
)
UNSAFE = st.one_of(
    st.sampled_from(PIECES),
    st.characters(min_codepoint=0x01, max_codepoint=0x1F),
    st.characters(min_codepoint=0x7F, max_codepoint=0x9F),
    st.sampled_from(sorted(BIDI_CONTROLS)),
)
# A backslash is left out: it is shown as it is, so it would make an escape in the output
# ambiguous for the checks below (`\udc` left by a surrogate that reached the stream).
PLAIN = st.text(alphabet="ab-_. é£€あ", min_size=1, max_size=3)
UNDECODABLE_BYTE = st.integers(0x80, 0xFF).map(lambda byte: chr(0xDC00 + byte))


def hostile_text(*, undecodable: bool = False, max_parts: int = 6) -> st.SearchStrategy[str]:
    """At least one unsafe piece, mixed with plain text; with `undecodable`, bytes of a file name
    that are not UTF-8 too."""
    parts = [UNSAFE, PLAIN] + ([UNDECODABLE_BYTE] if undecodable else [])
    return st.tuples(UNSAFE, st.lists(st.one_of(*parts), max_size=max_parts)).map(
        lambda drawn: "".join(drawn[1][:1]) + drawn[0] + "".join(drawn[1][1:])
    )


def file_name(text: str) -> str | None:
    """`text` as a name the file system can hold, as a listing gives it back (two undecodable
    bytes may make a UTF-8 character); None when it cannot be one."""
    raw = os.fsencode(text.replace("/", "_").replace("\x00", "_"))
    if not raw or raw in (b".", b"..") or len(raw) > 200:
        return None
    return os.fsdecode(raw)


def hostile_file_name(max_parts: int = 6) -> st.SearchStrategy[str]:
    return hostile_text(undecodable=True, max_parts=max_parts).map(file_name).filter(bool)


def is_unsafe(character: str) -> bool:
    """A character that must never reach the terminal as it is (a newline only between lines)."""
    return unicodedata.category(character) in ("Cc", "Cs", "Zl", "Zp") or character in BIDI_CONTROLS


def escaped(text: str) -> str:
    """How docs/errors.md says text is shown: \\n \\r \\t, \\xNN for the other controls up to
    U+00FF and for an undecodable byte of a file name, \\uNNNN for the rest."""
    shown = []
    for character in text:
        code = ord(character)
        if not is_unsafe(character):
            shown.append(character)
        elif character in "\n\r\t":
            shown.append({"\n": "\\n", "\r": "\\r", "\t": "\\t"}[character])
        elif 0xDC80 <= code <= 0xDCFF:
            shown.append(f"\\x{code - 0xDC00:02x}")
        elif code <= 0xFF:
            shown.append(f"\\x{code:02x}")
        else:
            shown.append(f"\\u{code:04x}")
    return "".join(shown)


@dataclass(frozen=True)
class Run:
    status: int
    out: str
    err: str

    @property
    def out_lines(self) -> list[str]:
        return self.out.split("\n")[:-1] if self.out else []

    @property
    def err_lines(self) -> list[str]:
        return self.err.split("\n")[:-1] if self.err else []


ERROR_LINE = re.compile(r"[^\n]+:\d+:\d+: E\d{3} [^\n]*")


def run_strictly(*argv: str) -> Run:
    """`workplan ARGV` in this process, its output and errors written to strict UTF-8 streams (so
    a lone surrogate would raise), decoded strictly; the output checked to be shown safely
    (`--json` output may escape a file name's undecodable byte as JSON does: `\\udcff`)."""
    out, err = io.BytesIO(), io.BytesIO()
    stdout = io.TextIOWrapper(out, encoding="utf-8", errors="strict", newline="\n", write_through=True)
    stderr = io.TextIOWrapper(err, encoding="utf-8", errors="strict", newline="\n", write_through=True)
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        try:
            status = main(list(argv))
        except SystemExit as exit_:  # argparse's own errors
            status = int(exit_.code or 0)
    run = Run(status, out.getvalue().decode("utf-8"), err.getvalue().decode("utf-8"))
    assert_shown_safely(run, json="--json" in argv)
    return run


def assert_shown_safely(run: Run, *, json: bool = False) -> None:
    for stream in (run.out, run.err):
        unsafe = [character for character in stream.replace("\n", "") if is_unsafe(character)]
        assert not unsafe, f"raw {unsafe!r} in {stream!r}"
    # The streams show what they cannot encode as \udcNN: no lone surrogate may get that far.
    # JSON escapes a file name's undecodable byte so, and argparse quotes an invalid choice with
    # repr(), which does too: both safe.
    assert "\\udc" not in ("" if json else run.out), run.out
    assert "\\udc" not in ("" if run.err.startswith("usage:") else run.err), run.err
    assert "Traceback" not in run.err


def assert_errors_one_per_line(run: Run, file: str | None = None, count: int | None = None) -> list[str]:
    """Every line on standard error is one `FILE:LINE:COL: EXXX message` (FILE shown escaped)."""
    lines = run.err_lines
    assert lines, run
    for line in lines:
        assert ERROR_LINE.fullmatch(line), line
        if file is not None:
            assert line.startswith(escaped(file) + ":"), (line, escaped(file))
    if count is not None:
        assert len(lines) == count, lines
    return lines
