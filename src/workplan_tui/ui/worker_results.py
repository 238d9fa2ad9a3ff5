"""A thread worker's result handed to its pane (or screen) on the UI thread, or dropped when
nobody is left to show it.

The app quitting, or a screen closing, cancels its workers, but a thread cannot be stopped: the
result comes anyway. Shown then, a handler's `query_one` finds its widgets gone (NoMatches), or the
hand-over itself fails (the app's loop gone, or the callback cancelled as the loop shuts down, which
the worker reports as an error). Every worker in ui/ hands its result over through `deliver`, so
that check lives in this one place.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import CancelledError
from typing import ParamSpec

from textual.dom import DOMNode
from textual.worker import Worker, get_current_worker

P = ParamSpec("P")


def deliver(node: DOMNode, callback: Callable[P, object], *args: P.args, **kwargs: P.kwargs) -> None:
    """From a thread worker: run `callback(*args, **kwargs)` on the UI thread, and wait for it,
    unless the worker was cancelled or `node` (the pane or screen the result is for) has gone;
    then the result is dropped, without a word: nobody is left to read it."""
    worker = get_current_worker()
    if not _wanted(node, worker):
        return
    try:
        app = node.app
    except RuntimeError:  # NoActiveAppError (textual._context): the app has gone already
        return

    def on_the_ui_thread() -> None:
        # Checked again here: the pane may have gone while the call waited for the UI thread.
        if _wanted(node, worker):
            callback(*args, **kwargs)

    try:
        app.call_from_thread(on_the_ui_thread)
    except (RuntimeError, CancelledError, asyncio.CancelledError):
        # "App is not running", or the call cancelled as the loop shut down; anything else (the
        # app still there for the pane) is a real fault, and shows as one.
        if _wanted(node, worker):
            raise


def _wanted(node: DOMNode, worker: Worker[object]) -> bool:
    """Whether the worker's result still has somewhere to go: is_attached is False once the app
    exits or the node is off the DOM; is_running once its message loop has ended."""
    return not worker.is_cancelled and node.is_attached and node.is_running
