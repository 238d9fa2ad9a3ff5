"""Every key reaches the widget that had focus when it was typed, however fast the keys come.

Textual hands each key from the terminal to the focused widget's message queue and moves on
to the next key at once. A key the widget does not take itself (Tab, `+`, ctrl+s) bubbles up
through the widget's ancestors' queues and only then runs its binding: by the time Tab has
moved the focus, the keys typed after it have already been queued for the old field. So a
burst (`4600` Tab Tab `11`, or keys that piled up while a form checked itself) put
"street-lightingStreet lighting" in the Id field, and the letters typed right after `+`
reached the main screen before the form had focus (the `e` of "street" opened the editor).
`pilot.press` waits for the app to be idle after every key, which is why it never showed.

KeysInOrderApp delivers one key at a time. After handing a key on, it sends a marker message
(`KeyDelivered`) the same way: the marker bubbles up behind the key, through the same queues,
so when it reaches the app the key has been handled wherever it stopped, its binding has run,
and a focus change it asked for (`Widget.focus` goes through the app's queue) has been made.
If the key changed the screen (a form opened or closed) the marker goes round the new screen
once more, behind its mounting and its first focus. Keys typed meanwhile wait, in order.
What a key makes a widget say (an Input's Submitted, a list's OptionSelected, a Button's
Pressed) is a message the widget posts while handling the key, so behind the marker: the
marker therefore goes round the key's widget twice, and the second time it follows those
messages, and the screen a handler switched to ("who is voting?" to the ballot on enter) is
in place before the next key goes out (a space typed after a code went into the code field).
Should a screen still change later (a message posting another), a key handed on before that change and
bubbling up to the app afterwards would run the new screen's binding before that screen is
built ("No nodes match 'CandidateList'" in the booth): such a key is taken back and handed on
again, first, once the new screen is mounted, so it acts where the member was typing.

Work that follows a change rather than a key (a form checking what is typed) asks
`when_keys_handled`, so that a burst of keys is checked once, after its last key.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING

from textual import events
from textual.app import App, ReturnType
from textual.message import Message

if TYPE_CHECKING:
    from textual.dom import DOMNode
    from textual.screen import Screen
    from textual.timer import Timer

# A marker can be lost when the key removes the widget it went to (a form that closes). Then the
# waiting keys go on once that widget is gone, or after this long at most: keys are never kept.
LOST_MARKER_SECONDS = 2.0
CHECK_LOST_SECONDS = 0.05


class KeyDelivered(Message):
    """Bubbles up behind a key: the key has been handled when this reaches the app."""

    def __init__(self, target: DOMNode, screen: Screen[object], *, again: bool = False) -> None:
        super().__init__()
        self.target = target
        self.screen = screen  # the screen on top when the key was handed on
        self.again = again  # the second round, behind the messages the key made its widget post


class KeysInOrderApp(App[ReturnType]):
    """An App whose keys are handled one after another, each by what has focus once the keys
    before it are done."""

    def __init__(self) -> None:
        super().__init__()
        self._held_keys: deque[events.Key] = deque()
        self._awaited: KeyDelivered | None = None  # the marker of the key being handled
        self._awaited_key: events.Key | None = None  # the key being handled
        self._awaited_since = 0.0
        self._lost_check: Timer | None = None
        self._after_typing: list[Callable[[], object]] = []
        self.keys_handled = 0  # keys handed on and done with, since the start (tests wait for it)

    @property
    def typing(self) -> bool:
        """Whether keys typed are still waiting or being handled."""
        return bool(self._held_keys) or self._awaited is not None

    def when_keys_handled(self, callback: Callable[[], object]) -> None:
        """Call back once every key typed so far is handled (after the next refresh): a form
        checks itself once per burst of keys, not once per key, which kept keys piling up."""
        if not self.typing:
            self.call_after_refresh(callback)
        elif callback not in self._after_typing:
            self._after_typing.append(callback)

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and not event.is_forwarded:
            self._held_keys.append(event)
            if self._awaited is None:
                await self._deliver_held_keys()
            return
        await super().on_event(event)

    async def _deliver_held_keys(self) -> None:
        while self._held_keys and self._awaited is None:
            key = self._held_keys.popleft()
            target: DOMNode = self.focused or self.screen
            self._awaited_key = key
            await super().on_event(key)  # Textual's own path: priority bindings, then the focused widget
            self._await_marker(target)
        if not self.typing:
            waiting, self._after_typing = self._after_typing, []
            for callback in waiting:
                self.call_after_refresh(callback)

    def _await_marker(self, target: DOMNode, *, again: bool = False) -> None:
        marker = KeyDelivered(target, self.screen, again=again)
        self._awaited = marker
        self._awaited_since = time.monotonic()
        target.post_message(marker)
        if self._lost_check is None:
            self._lost_check = self.set_timer(CHECK_LOST_SECONDS, self._check_lost_marker)

    async def _on_key(self, event: events.Key) -> None:
        # Textual's App._on_key runs the screen's bindings next, unless this prevents it.
        marker = self._awaited
        if marker is not None and event is self._awaited_key and self.screen is not marker.screen:
            event.prevent_default()
            self._held_keys.appendleft(events.Key(event.key, event.character))
            self._awaited_key = None  # its marker still ends this turn, but the key is not done yet

    async def on_key_delivered(self, marker: KeyDelivered) -> None:
        marker.stop()
        if marker is not self._awaited:
            return  # given up for lost earlier
        if self.screen is not marker.screen:
            # The key opened or closed a screen: once round the new one, behind its mounting
            # and the focus it gives its first field.
            self._await_marker(self.screen, again=True)
            return
        if not marker.again and marker.target.is_attached:
            self._await_marker(marker.target, again=True)
            return
        self._key_done()
        await self._deliver_held_keys()

    def _key_done(self) -> None:
        if self._awaited_key is not None:  # None: the key was taken back, to be handed on again
            self.keys_handled += 1
        self._awaited = None
        self._awaited_key = None

    async def _check_lost_marker(self) -> None:
        self._lost_check = None
        marker = self._awaited
        if marker is None:
            return
        waited = time.monotonic() - self._awaited_since
        if not marker.target.is_attached or waited > LOST_MARKER_SECONDS:
            self._key_done()
            await self._deliver_held_keys()
        else:
            self._lost_check = self.set_timer(CHECK_LOST_SECONDS, self._check_lost_marker)
