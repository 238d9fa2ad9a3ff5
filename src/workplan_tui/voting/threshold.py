"""The minimum support (`[voting] threshold`): votes, or a share of the voters, a project needs.

Cities set one (Łódź and Warsaw: a minimum number of votes; others a share of the voters):
a project below it is not selected under any rule, and the result says why in the Board's words.
The support of a project is the number of counted ballots that name it (rank, approve or give
it points), whatever the method's score.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from fractions import Fraction
from typing import TYPE_CHECKING

from workplan_tui.schema import MAX_VOTERS
from workplan_tui.text import plural

if TYPE_CHECKING:
    from workplan_tui.voting.methods import Profile

_SHARE = re.compile(r"(\d{1,3})(?:\.(\d{1,4}))?%")


def threshold_problem(threshold: int | str) -> str:
    """Why a `threshold` value cannot be used; "" when it can."""
    if isinstance(threshold, int):
        if not 0 <= threshold <= MAX_VOTERS:
            return f"`voting.threshold` must be from 0 to {MAX_VOTERS:,} votes, not {threshold:,}"
        return ""
    if not _SHARE.fullmatch(threshold):
        return f'`voting.threshold` is "{threshold[:40]}"; write a number of votes (threshold = 200) or a share of the voters (threshold = "5%")'
    if _share(threshold) > 1:
        return f'`voting.threshold` is "{threshold}"; a share of the voters is at most "100%"'
    return ""


def _share(text: str) -> Fraction:
    return Fraction(text[:-1]) / 100


def minimum_support(threshold: int | str | None, voters: int) -> int:
    """The fewest ballots a project must be on: the votes given, or the share of `voters`
    rounded up (5% of 1,010 voters is 50.5: 51 ballots are needed)."""
    if threshold is None:
        return 0
    if isinstance(threshold, int):
        return threshold
    needed = _share(threshold) * voters
    return -(-needed.numerator // needed.denominator)


def threshold_words(threshold: int | str, needed: int) -> str:
    """The threshold as the Board reads it: "200 votes", "5% of the voters (51 votes)"."""
    if isinstance(threshold, int):
        return plural(threshold, "vote")
    return f"{threshold} of the voters ({plural(needed, 'vote')})"


def below_threshold(threshold: int | str | None, voters: int, support: Mapping[str, int]) -> dict[str, str]:
    """project -> why it is below the minimum support, for every project below it."""
    needed = minimum_support(threshold, voters)
    if threshold is None or needed == 0:
        return {}
    words = threshold_words(threshold, needed)
    return {
        project: f"has {plural(votes, 'vote')}, below the minimum of {words}"
        for project, votes in support.items()
        if 0 < votes < needed  # none at all: kind_words.no_support says it
    }


def support_of(profile: Profile) -> dict[str, int]:
    """project -> the counted ballots that name it (rank it, approve it or give it points)."""
    support: Counter[str] = Counter()
    for ranking, count in profile.rankings:
        for project in ranking:
            support[project] += count
    for groups, count in profile.tied:
        for group in groups:
            for project in group:
                support[project] += count
    for given, count in profile.given:
        for project, _ in given:
            support[project] += count
    return {project: support.get(project, 0) for project in profile.projects}
