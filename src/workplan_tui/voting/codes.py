"""Voting codes: who may vote when the plan sets `voting.codes = true`.

`workplan codes PLAN` gives everyone who may vote a random code such as `7KQM-X3TD-9PWA`,
printed once for slips, and keeps only a salted scrypt hash of each, in `<plan-stem>.codes`
beside the plan. A ballot cast through `workplan vote` (or the app) then needs the voter's
code. The ballot itself records nothing secret: neither the code nor its hash.

Who gets a code is the roll (`[voting] roll`, voting/rolls.py): the plan's `[[members]]`, or
every voter of a CSV roll, by voter number (the roll is the list of who may vote; a code is
what proves a person is the voter whose number they type, and a number alone is easily
guessed). An open roll lists nobody, so no code can be issued before the vote: a plan that
sets both `codes = true` and `roll = "open"` is refused by `workplan check` (E145).

What codes protect against: someone at a shared screen, or a browser on `workplan serve`,
casting a ballot as another member. They do not stop a person who can write files in the
ballot folder; keep that folder where only officers can write.

The small API the app uses: `codes_required(plan)`, `verify_code(plan_path, member, code)`,
and `require_code(...)` which raises the located error the command line prints.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import os
import secrets
from collections.abc import Callable
from pathlib import Path

import attrs

from workplan_tui.errors import AlreadyExists, LocatedError, WorkplanError
from workplan_tui.files import atomic_write, read_text
from workplan_tui.model import Member, Plan
from workplan_tui.text import cut
from workplan_tui.toml_reader import parse_toml

# No 0/O, 1/I/L: a code is read off a paper slip and typed in by hand.
ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
GROUPS, GROUP_SIZE = 3, 4  # 12 characters from 31: about 59 bits
# scrypt at n = 2**14 costs about 50 ms and 16 MB per try: nothing to a voter, a great
# deal to anyone guessing codes against a copied codes file.
SCRYPT = {"n": 2**14, "r": 8, "p": 1}
MAX_CODES_BYTES = 64 * 1024 * 1024  # about 130 bytes a voter: a CSV roll of 400,000
_SALT_BYTES = 16
_KEYS = ("schema", "kdf", "n", "r", "p", "issued", "members")


def codes_path(plan_path: str | os.PathLike[str]) -> Path:
    """`<plan-stem>.codes` beside the plan."""
    path = Path(plan_path)
    # Not `.toml`: `workplan check plans/*.toml` must not take the hashes for a plan.
    return path.with_name(f"{path.stem}.codes")


def codes_required(plan: Plan) -> bool:
    return bool(plan.voting.codes)


def code_holders(plan: Plan, plan_path: str | os.PathLike[str]) -> tuple[Member, ...]:
    """Who is issued a code: the plan's members, or a CSV roll's voters (module docstring);
    raises WorkplanError (E145) for an open roll, which lists nobody, and as load_roll does."""
    from workplan_tui.voting.rolls import load_roll

    if plan.voting.roll == "open":
        raise WorkplanError.single(str(plan_path), "E145", OPEN_ROLL_CODES)
    return load_roll(plan_path, plan).voters


OPEN_ROLL_CODES = (
    'voting codes need a list of who may vote, and an open roll (roll = "open") has none: '
    "give a CSV roll (roll = \"voters.csv\") or turn codes off"
)


def _label(plan: Plan, plan_path: str | os.PathLike[str], voter: str) -> str:
    """How the voter is named in a sentence: a member's label, a CSV roll's label or "voter N"."""
    member = next((member for member in plan.members if member.id == voter), None)
    if member is not None:
        return member.label
    try:
        holder = next((entry for entry in code_holders(plan, plan_path) if entry.id == voter), None)
    except WorkplanError:
        holder = None
    return holder.label if holder is not None and holder.label != voter else f"voter {voter}"


def new_code() -> str:
    characters = "".join(secrets.choice(ALPHABET) for _ in range(GROUPS * GROUP_SIZE))
    return "-".join(characters[i : i + GROUP_SIZE] for i in range(0, len(characters), GROUP_SIZE))


def normalise(code: str) -> str | None:
    """The code as hashed (upper case, no spaces or dashes), or None if it cannot be a code."""
    if not isinstance(code, str):
        return None
    text = "".join(code.split()).replace("-", "").upper()
    if len(text) != GROUPS * GROUP_SIZE or any(ch not in ALPHABET for ch in text):
        return None
    return text


def _digest(member: str, normal: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    # The member id is hashed with the code, so one member's entry copied over another's
    # in the codes file does not let the first member's slip vote as the second.
    message = f"{member}\n{normal}".encode()
    return hashlib.scrypt(message, salt=salt, n=n, r=r, p=p, maxmem=256 * 1024 * 1024, dklen=32)


@attrs.frozen
class CodeBook:
    """The contents of a codes file: scrypt parameters and each member's (salt, hash)."""

    n: int
    r: int
    p: int
    issued: dt.datetime | None
    members: dict[str, tuple[bytes, bytes]]


# -- issuing ------------------------------------------------------------------------


def issue_codes(
    plan: Plan,
    plan_path: str | os.PathLike[str],
    *,
    force: bool = False,
    now: dt.datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, str]:
    """Give everyone on the roll (code_holders) a new code; write their hashes; return voter
    id -> code (shown once).

    Each hash is a full scrypt (SCRYPT, ~50 ms: what makes a copied codes file useless to
    guess against), so a CSV roll of 10,000 voters takes minutes; `progress(done, total)` is
    called before the first hash and after each. Refuses (E402) when codes were issued before,
    unless `force`: re-issuing voids every slip already handed out.
    """
    path = codes_path(plan_path)
    holders = code_holders(plan, plan_path)
    if not holders:
        where = "[[members]]" if plan.voting.roll == "members" else "voters on its roll"
        raise WorkplanError.single(str(plan_path), "E102", f"the plan has no {where}: there is nobody to issue codes to")
    codes = {member.id: new_code() for member in holders}
    when = now or dt.datetime.now(dt.UTC).replace(microsecond=0)
    lines = [
        f"# Voting codes for {Path(plan_path).name}: salted scrypt hashes only. The codes were",
        "# printed once by `workplan codes`; `workplan codes PLAN --force` issues new ones.",
        "schema = 1",
        'kdf = "scrypt"',
        f"n = {SCRYPT['n']}",
        f"r = {SCRYPT['r']}",
        f"p = {SCRYPT['p']}",
        f"issued = {when.isoformat()}",
        "",
        "[members]",
    ]
    total = len(codes)
    if progress is not None:
        progress(0, total)
    for done, (member, code) in enumerate(codes.items(), start=1):
        salt = secrets.token_bytes(_SALT_BYTES)
        digest = _digest(member, normalise(code) or "", salt, **SCRYPT)
        lines.append(f'{member} = {{ salt = "{salt.hex()}", hash = "{digest.hex()}" }}')
        if progress is not None:
            progress(done, total)
    try:
        # Without --force the file is created only if it does not exist at that very moment.
        atomic_write(path, "\n".join(lines) + "\n", create=not force, private=True)
    except AlreadyExists:
        raise AlreadyExists.single(
            str(path), "E402",
            "voting codes were issued already; --force issues new ones and voids every slip handed out",
        ) from None
    return codes


# -- checking -----------------------------------------------------------------------


def read_codes(plan_path: str | os.PathLike[str]) -> CodeBook:
    """The codes file beside the plan; WorkplanError (E001 when none were issued) otherwise."""
    path = codes_path(plan_path)
    name = str(path)
    if not path.exists():
        raise WorkplanError.single(name, "E001", f"no voting codes issued; run `workplan codes {plan_path}`")
    text = read_text(path, limit=MAX_CODES_BYTES, what="codes")
    document = parse_toml(text, name)
    problems: list[tuple[str, str]] = []
    for key in document:
        if key not in _KEYS:
            problems.append(("E103", f"unknown key `{cut(key)}` in the codes file"))
    if document.get("kdf") != "scrypt":
        problems.append(("E104", "`kdf` must be \"scrypt\""))
    numbers: dict[str, int] = {}
    for key in ("n", "r", "p"):
        value = document.get(key)
        if not isinstance(value, int) or isinstance(value, bool) or value < 1 or value > 2**20:
            problems.append(("E101", f"`{cut(key)}` must be a whole number from 1 to {2**20}"))
            continue
        numbers[key] = value
    members: dict[str, tuple[bytes, bytes]] = {}
    table = document.get("members")
    if not isinstance(table, dict):
        problems.append(("E102", "missing table `members`"))
        table = {}
    for member, entry in table.items():
        try:
            salt, digest = bytes.fromhex(entry["salt"]), bytes.fromhex(entry["hash"])
        except (TypeError, KeyError, ValueError):
            problems.append(("E101", f"`members.{member}` must be {{ salt = \"hex\", hash = \"hex\" }}"))
            continue
        members[member] = (salt, digest)
    if problems:
        raise WorkplanError([LocatedError(name, 1, 1, code, message) for code, message in problems])
    issued = document.get("issued")
    return CodeBook(
        numbers["n"], numbers["r"], numbers["p"], issued if isinstance(issued, dt.datetime) else None, members
    )


def verify_code(plan_path: str | os.PathLike[str], member_id: str, code: str) -> bool:
    """True when code is member_id's voting code. Raises WorkplanError if no codes file can be read."""
    book = read_codes(plan_path)
    normal = normalise(code)
    salt, expected = book.members.get(member_id, (b"\0" * _SALT_BYTES, b""))
    try:
        # The work is done even for a malformed code or an unknown member, so the time taken
        # does not tell a guesser which part was wrong.
        actual = _digest(member_id, normal or "", salt, book.n, book.r, book.p)
    except (ValueError, MemoryError):  # parameters scrypt refuses (n not a power of 2)
        raise WorkplanError.single(str(codes_path(plan_path)), "E104", "the scrypt parameters n, r, p are not usable") from None
    return normal is not None and bool(expected) and hmac.compare_digest(actual, expected)


def code_issued(plan_path: str | os.PathLike[str], voter: str) -> bool:
    """A code was issued to the voter (the codes file has their hash). Raises WorkplanError if it cannot be read."""
    return voter in read_codes(plan_path).members


def _added_since(plan: Plan) -> str:
    """Who a voter without a code is: "a member" or "a voter on the roll" (added since the codes were issued)."""
    return "a member" if plan.voting.roll == "members" else "a voter on the roll"


def not_issued_words(plan: Plan, plan_path: str | os.PathLike[str], voter: str) -> str:
    """What to tell a voter who has no code (added to the members or the roll since the codes were issued)."""
    return (
        f"No voting code was issued to {_label(plan, plan_path, voter)}, {_added_since(plan)} added since the codes were issued: "
        "an officer issues new codes."
    )


def require_code(plan: Plan, plan_path: str | os.PathLike[str], member_id: str, code: str | None) -> None:
    """Nothing when the plan needs no codes or the code is right; WorkplanError (E405) otherwise."""
    if not codes_required(plan):
        return
    if plan.voting.roll == "open":
        raise WorkplanError.single("--code", "E145", OPEN_ROLL_CODES, words="No voting code can be issued on an open roll: please ask an officer.")
    label = _label(plan, plan_path, member_id)
    if not code:
        raise WorkplanError.single(
            "--code", "E405", f"this plan needs a voting code: give `{cut(member_id)}`'s code from their slip with --code",
            words=f"This plan needs a voting code: type {label}'s code from their slip.",
        )
    if not verify_code(plan_path, member_id, code):
        if not code_issued(plan_path, member_id):
            why = f"no code was issued to `{cut(member_id)}` ({_added_since(plan)} added since); re-issue codes with --force"
            words = not_issued_words(plan, plan_path, member_id)
        else:
            why = f"wrong voting code for `{cut(member_id)}`"
            words = f"Wrong voting code for {label}; nothing was written."
        raise WorkplanError.single("--code", "E405", f"{why}; nothing was written", words=words)
