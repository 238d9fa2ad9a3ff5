"""Moments in the plan and the ballots: how a datetime without an offset is read, and how one is said.

A plan may write `[voting] closes` with an offset (`2023-03-23T11:05:00+00:00`) or as a
local datetime (`2023-03-23T11:05:00`); a local one is read in the time zone of the
computer running workplan (for a Board meeting in one room, the room's clock), so that the
two can be compared with a ballot's `cast`, which `workplan vote` writes in UTC.
"""

from __future__ import annotations

import datetime as dt

from workplan_tui.schema import FIRST_DATE, LAST_DATE


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


def said_briefly(moment: dt.datetime, today: dt.datetime) -> str:
    """"11:05" when the moment falls on today's date on its own clock, else said(moment)."""
    shown_today = instant(today).astimezone(moment.tzinfo) if moment.tzinfo is not None else instant(today).astimezone()
    return f"{moment:%H:%M}" if moment.date() == shown_today.date() else said(moment)


def parse_moment(text: str, today: dt.datetime) -> dt.datetime | None:
    """A moment a person typed: "2023-03-23T11:05", "2023-03-23 11:05", either with an offset
    ("+01:00", "Z"), or a time today ("11:05"); without an offset, on this computer's clock
    (the offset is written in, so the file says exactly when). None when it is none of these."""
    text = text.strip()
    try:
        if len(text) <= 8 and ":" in text:
            clock = dt.time.fromisoformat(text)
            moment = dt.datetime.combine(instant(today).astimezone().date(), clock)
        else:
            moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    if not isinstance(moment, dt.datetime) or ("T" not in text.upper() and " " not in text and len(text) > 8):
        return None  # a date alone is not a moment
    if not FIRST_DATE <= moment.date() <= LAST_DATE:
        return None  # the plan refuses it (E106), and its offset could leave Python's years
    return instant(moment.replace(microsecond=0))


def now(*, rounded_up: bool = False) -> dt.datetime:
    """This moment, to the second, with this computer's offset.

    rounded_up: the next whole second, for the moment a vote closes: a ballot's `cast` is cut
    to the second, so a ballot cast earlier in the same second as the close still counts."""
    moment = dt.datetime.now().astimezone()
    whole = moment.replace(microsecond=0)
    return whole + dt.timedelta(seconds=1) if rounded_up and whole != moment else whole
