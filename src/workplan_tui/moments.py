"""Moments in the plan and the ballots: how a datetime without an offset is read, and how one is said.

A plan may write `[voting] closes` with an offset (`2023-03-23T11:05:00+00:00`) or as a
local datetime (`2023-03-23T11:05:00`); a local one is read in the time zone of the
computer running workplan (for a Board meeting in one room, the room's clock), so that the
two can be compared with a ballot's `cast`, which `workplan vote` writes in UTC.
"""

from __future__ import annotations

import datetime as dt


def instant(moment: dt.datetime) -> dt.datetime:
    """The moment with its offset: a local datetime is read in this computer's time zone."""
    return moment if moment.tzinfo is not None else moment.astimezone()


def said(moment: dt.datetime, like: dt.datetime | None = None, *, seconds: bool = False) -> str:
    """The moment as the Board reads it, "11:05 on 23 March 2023" (with seconds, "11:05:30 on
    …"), on the clock `like` is written in (its offset, or local time for a local datetime);
    by default on the moment's own."""
    shown = moment
    if like is not None:
        shown = instant(moment).astimezone(like.tzinfo) if like.tzinfo is not None else instant(moment).astimezone()
    clock = f"{shown:%H:%M:%S}" if seconds else f"{shown:%H:%M}"
    return f"{clock} on {shown.day} {shown:%B %Y}"


def now() -> dt.datetime:
    """This moment, to the second, with this computer's offset (what `workplan close` writes)."""
    return dt.datetime.now().astimezone().replace(microsecond=0)
