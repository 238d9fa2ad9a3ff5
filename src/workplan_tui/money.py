"""Money, exactly: amounts of up to two decimals, held as whole minor units (pence, cents, grosze).

Every money value of the model (a budget, a cost, the record's advice) is an int of
hundredths of the plan's currency, whatever the currency: sums and comparisons stay integer,
so a thousand costs of £0.10 add up to £100 and never to £99.99999. A file says amounts in
currency units, as people write them (`cost = 12500`, `cost = 12500.50` or
`cost = "12,500.50"`); this module turns them into minor units and back:

- `amount_of(value, currency)`: a file's or a form's value (an int, a float as TOML wrote it, a
  string) as the exact amount it says, or AmountError (E150 more than two decimals, E151 not
  finite, E152 not an amount);
- `to_minor`, `file_amount`: minor units from that amount, and the value a file holds for them
  (an int when whole, so a plan of whole amounts writes, and fingerprints, as it always did);
- `format_money(minor, currency)`: an amount as people read it, `£3,750` when whole and
  `£3,750.50` otherwise, in the currency's own style (`3 750,50 zł`);
- `plain_amount(minor)`: `12500.50` for the CSV annex and JSON.

The reader keeps each float's literal (`toml_reader.TomlFloat`), so `12500.10` is read as
written and never as the binary float nearest to it.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

import attrs

MINOR_PER_UNIT = 100  # every currency: hundredths (a plan in yen simply never has any)
DECIMALS = 2


class AmountError(ValueError):
    """Why a value is not an amount: its error id (E150–E152) and the message's end."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason

    def message(self, subject: str, written: str) -> str:
        """The error's message about `subject` (`` `projects[0].cost` ``), whose value was `written`
        (the plan's check and the sheet's import say it alike)."""
        if self.code == "E152":
            return f"{subject} must be an amount like {EXAMPLE}, not `{written}`"
        if self.code == "E150":
            return f"{subject} is {written}, which {self.reason}"
        return f"{subject} {self.reason}"


@attrs.frozen
class CurrencyStyle:
    """How a currency writes an amount: its symbol before or after, and its separators."""

    symbol: str
    symbol_first: bool
    group: str  # between thousands
    decimal: str  # before the pence
    # what else people type for the separators (a comma-decimal currency takes "." too)
    groups_typed: str
    decimals_typed: str


_GROUP_SPACES = " \u00a0\u202f"  # a space, a no-break space, a narrow no-break space
STYLES: dict[str, CurrencyStyle] = {
    "GBP": CurrencyStyle("£", True, ",", ".", "," + _GROUP_SPACES, "."),
    "EUR": CurrencyStyle("€", True, ",", ".", "," + _GROUP_SPACES, "."),
    "USD": CurrencyStyle("$", True, ",", ".", "," + _GROUP_SPACES, "."),
    # Polish: "12 500,50 zł" (pabulib's budgets); "12500.50" typed or written is read as well.
    "PLN": CurrencyStyle("zł", False, " ", ",", _GROUP_SPACES, ",."),
}
# Any other currency is written "12,500.50 CHF": its code after the amount.
_OTHER = CurrencyStyle("", False, ",", ".", "," + _GROUP_SPACES, ".")
SYMBOLS = tuple(style.symbol for style in STYLES.values())
EXAMPLE = "12500 or 12500.50"
NOT_AN_AMOUNT = f"is not an amount like {EXAMPLE}"


def style_of(currency: str) -> CurrencyStyle:
    return STYLES.get(currency.upper(), _OTHER)


def format_money(minor: int, currency: str = "GBP") -> str:
    """minor units as people read them: `£3,750`, `£3,750.50`, `-£250`, `12 500,50 zł`, `1,500 CHF`."""
    style = style_of(currency)
    whole, pence = divmod(abs(int(minor)), MINOR_PER_UNIT)
    text = f"{whole:,}"
    if style.group != ",":
        text = text.replace(",", style.group)
    if pence:
        text += f"{style.decimal}{pence:0{DECIMALS}d}"
    sign = "-" if minor < 0 else ""
    if not style.symbol:
        return f"{sign}{text} {currency}"
    return f"{sign}{style.symbol}{text}" if style.symbol_first else f"{sign}{text} {style.symbol}"


def plain_amount(minor: int) -> str:
    """minor units as a plain number in currency units: `12500`, `12500.50`, `-0.05` (CSV, JSON)."""
    whole, pence = divmod(abs(minor), MINOR_PER_UNIT)
    sign = "-" if minor < 0 else ""
    return f"{sign}{whole}.{pence:0{DECIMALS}d}" if pence else f"{sign}{whole}"


def file_amount(minor: int) -> int | Decimal:
    """The value a plan file holds for minor units: an int when whole (written `12500`, as
    always), else a Decimal of two places (written `12500.50`, never `12500.5`)."""
    whole, pence = divmod(minor, MINOR_PER_UNIT)
    if not pence:
        return whole
    return Decimal(minor).scaleb(-DECIMALS)


def json_amount(minor: int) -> int | float:
    """minor units for JSON, in currency units: an int when whole, else the nearest float
    (whose shortest form, which json writes, is the two-decimal amount itself)."""
    whole, pence = divmod(minor, MINOR_PER_UNIT)
    return minor / MINOR_PER_UNIT if pence else whole


def to_minor(amount: Decimal) -> int:
    """A checked amount (amount_of's) in minor units."""
    return int(amount.scaleb(DECIMALS))


def amount_of(value: object, currency: str = "GBP") -> Decimal:
    """The exact amount a value says, in currency units.

    value: an int (whole units), a float (its TOML literal when the reader kept it), a
    Decimal, or text as people type it ("12500.50", "£12,500.50", "12 500,50 zł").
    Raises AmountError: E152 text that is not an amount, E151 nan or inf, E150 more than two
    decimals. The range is the caller's to check (compare the Decimal before to_minor: an
    amount like 1e999999 has no int worth making).
    """
    if isinstance(value, bool):
        raise AmountError("E152", NOT_AN_AMOUNT)
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        literal = getattr(value, "literal", None)
        amount = Decimal(literal.replace("_", "")) if isinstance(literal, str) else Decimal(repr(value))
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, str):
        amount = parse_amount(value, currency)
    else:
        raise AmountError("E152", NOT_AN_AMOUNT)
    if not amount.is_finite():
        raise AmountError("E151", "must be a finite amount, not nan or inf")
    exponent = amount.as_tuple().exponent
    assert isinstance(exponent, int)  # finite
    # Three decimals written are refused even when the third is 0: "12.500" is twelve thousand
    # five hundred where a point groups thousands, and must not quietly become 12.50.
    if exponent < -DECIMALS:
        raise AmountError("E150", f"has more than {DECIMALS} decimals; an amount is exact to the penny")
    return amount


@attrs.frozen
class _Patterns:
    amount: re.Pattern[str]
    marks: re.Pattern[str]


_PATTERNS: dict[str, _Patterns] = {}


def _patterns(currency: str) -> _Patterns:
    found = _PATTERNS.get(currency)
    if found is None:
        style = style_of(currency)
        groups, decimals = re.escape(style.groups_typed), re.escape(style.decimals_typed)
        # Thousands grouped by one separator throughout ("12,500,000"), or no grouping at all.
        amount = re.compile(
            rf"(?P<sign>-?)(?P<whole>\d{{1,3}}(?P<sep>[{groups}])\d{{3}}(?:(?P=sep)\d{{3}})*|\d+)"
            rf"(?:[{decimals}](?P<fraction>\d+))?"
        )
        names = sorted({*SYMBOLS, currency}, key=len, reverse=True)
        symbol = "|".join(re.escape(name) for name in names if name)
        marks = re.compile(rf"^\s*(?P<before>-?)\s*(?:{symbol})?\s*(?P<rest>.*?)\s*(?:{symbol})?\s*$", re.IGNORECASE | re.DOTALL)
        found = _PATTERNS[currency] = _Patterns(amount, marks)
    return found


def parse_amount(text: str, currency: str = "GBP") -> Decimal:
    """Text as people type an amount: digits with or without the currency's thousands
    separator, a decimal point (or the currency's own decimal mark), the symbol or the code
    before or after: "12500", "12500.5", "£12,500.50", "12 500,50 zł", "1,500 CHF". The
    decimals are not checked here (amount_of does). AmountError E152 when it is not one."""
    patterns = _patterns(currency)
    marks = patterns.marks.fullmatch(text)
    rest = marks["rest"] if marks else text
    match = patterns.amount.fullmatch(rest)
    if marks is None or match is None or (marks["before"] and match["sign"]):
        raise AmountError("E152", NOT_AN_AMOUNT)
    digits = re.sub(r"\D", "", match["whole"])
    try:
        amount = Decimal(f"{digits}.{match['fraction'] or '0'}")
    except InvalidOperation:  # pragma: no cover - the pattern admits only digits
        raise AmountError("E152", NOT_AN_AMOUNT) from None
    return -amount if marks["before"] or match["sign"] else amount


def typed_amount(text: str, currency: str = "GBP") -> int | Decimal | str | None:
    """What a plan file holds for an amount typed in a form or a sheet ("£12,500.50",
    "12500.5"): None when empty, the number (12500, or 12500.50 with its pence) when the text
    is an amount, else the text itself, so that the plan's check names what is wrong beside
    the field (E150 more than two decimals, E152 not an amount, E106 out of range)."""
    text = text.strip()
    if not text:
        return None
    try:
        amount = amount_of(text, currency)
    except AmountError:
        return text
    if amount.adjusted() > _FAR_OUT_OF_RANGE:  # to_minor would round it; check says it is too large
        return text
    return file_amount(to_minor(amount))


_FAR_OUT_OF_RANGE = 20  # digits before the point: past every range, within Decimal's 28 digits
