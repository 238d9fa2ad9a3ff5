"""The cyclic garbage collector held off while an app draws its first frame.

Start-up builds tens of thousands of objects that live as long as the app (the modules, the
styles, the widgets, the plan); the collector scanned them again and again before the first
frame, once in full (about a tenth of the start-up time, and a pause in the booth's first
render). `pause` holds it off; `first_frame_drawn` leaves the objects made so far out of every
later collection (gc.freeze) and lets it run again; `app_ended` hands them back (tests run many
apps in one process). The terminal app and the booth both start this way.
"""

from __future__ import annotations

import gc


class StartupCollector:
    def __init__(self) -> None:
        self._was_enabled = gc.isenabled()
        self._paused = False

    def pause(self) -> None:
        self._was_enabled = gc.isenabled()
        self._paused = True
        gc.disable()

    def first_frame_drawn(self) -> None:
        if self._paused:
            self._paused = False
            gc.freeze()
            if self._was_enabled:
                gc.enable()

    def app_ended(self) -> None:
        self._paused = False
        gc.unfreeze()
        if self._was_enabled:
            gc.enable()
