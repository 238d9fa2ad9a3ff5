"""How the Board says what a ballot does, by the plan's kind of ballot (`[voting] ballot`:
ranking, approval or points): a ranking ballot ranks projects, an approval ballot approves
them, a points ballot gives them points.

The one place for these words: the count's reasons (`no_support`, the selection's reason for a
project nobody supported), the Count pane and the booth's results, the note, the paper and the
annex (which take the selection's reasons), and the rule on declarations of interest
(voting/interests.py).
"""

from __future__ import annotations

# What a member does to a project on the ballot: "may not rank it", "may not approve it".
_VERB = {"ranking": "rank", "approval": "approve", "points": "give points to"}
# The same with the project said after it: "may not give it points".
_VERB_IT = {"ranking": "rank it", "approval": "approve it", "points": "give it points"}
# What a ballot did to a project: "Other projects ranked", "Other projects given points".
_DONE = {"ranking": "ranked", "approval": "approved", "points": "given points"}
# Why a project is not selected when no counted ballot supports it (the selection's reason).
_NO_SUPPORT = {
    "ranking": "ranked on no counted ballot",
    "approval": "approved on no counted ballot",
    "points": "given no points on any counted ballot",
}
# What no counted ballot does to any project (the Count pane and the booth's results, empty).
_NONE_SUPPORTED = {
    "ranking": "No counted ballot ranks any project",
    "approval": "No counted ballot approves any project",
    "points": "No counted ballot gives points to any project",
}
# Every reason `no_support` may give, whatever the kind (to tell such a reason from the others).
NO_SUPPORT_REASONS = frozenset(_NO_SUPPORT.values())


def _kind(kind: str) -> str:
    return kind if kind in _VERB else "ranking"


def verb(kind: str) -> str:
    """What a member does to a project on this kind of ballot: "rank", "approve", "give points to"."""
    return _VERB[_kind(kind)]


def verb_it(kind: str) -> str:
    """The same, of one project already named: "rank it", "approve it", "give it points"."""
    return _VERB_IT[_kind(kind)]


def done(kind: str) -> str:
    """What a ballot did to a project, after it: "ranked", "approved", "given points"."""
    return _DONE[_kind(kind)]


def no_support(kind: str) -> str:
    """Why a project no counted ballot supports is not selected: "approved on no counted ballot"."""
    return _NO_SUPPORT[_kind(kind)]


def none_supported(kind: str) -> str:
    """The sentence, without its full stop, for a count whose ballots support no project."""
    return _NONE_SUPPORTED[_kind(kind)]


def unsupported_projects(kind: str, count: int) -> str:
    """How many projects no counted ballot supports: "2 projects given no points on any counted ballot"."""
    from workplan_tui.text import plural

    return f"{plural(count, 'project')} {no_support(kind)}"
