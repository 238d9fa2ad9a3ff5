"""A browser's side of the served booth, as plain websocket messages: what textual.js sends
(keys as `stdin`) and a wait for text to be drawn. For tests that drive many booths at once."""

from __future__ import annotations

import asyncio
import contextlib
import socket
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
from aiohttp import test_utils

from workplan_tui.ui.web.server import MeetingServer

# Generous: a bound on a wait, not a wait. Thirty booths on a loaded 2-core machine are slow.
WAIT_LIMIT_SECONDS = 90.0
KEYS = {"enter": "\r", "down": "\x1b[B", "up": "\x1b[A", "tab": "\t", "shift+tab": "\x1b[Z", "escape": "\x1b"}


class BoothSocket:
    """One booth connection: press keys, wait until one of some texts has been drawn."""

    def __init__(self, websocket: aiohttp.ClientWebSocketResponse) -> None:
        self.websocket = websocket
        self.drawn = bytearray()

    @classmethod
    async def open(cls, session: aiohttp.ClientSession, origin: str, size: tuple[int, int] = (80, 24)) -> BoothSocket:
        width, height = size
        websocket = await session.ws_connect(f"{origin}/ws?width={width}&height={height}", headers={"Origin": origin})
        return cls(websocket)

    async def press(self, *keys: str) -> None:
        for key in keys:
            await self.websocket.send_json(["stdin", KEYS.get(key, key)])

    async def wait_for(self, *texts: str) -> str:
        """The first of texts drawn since the last wait (what was drawn before it is forgotten)."""
        wanted = [text.encode() for text in texts]
        try:
            async with asyncio.timeout(WAIT_LIMIT_SECONDS):
                while True:
                    for text, raw in zip(texts, wanted, strict=True):
                        at = self.drawn.find(raw)
                        if at >= 0:
                            del self.drawn[: at + len(raw)]
                            return text
                    message = await self.websocket.receive()
                    if message.type == aiohttp.WSMsgType.BINARY:
                        self.drawn.extend(message.data)
                    elif message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.ERROR):
                        raise AssertionError(f"the booth closed while waiting for {texts}")
        except TimeoutError:
            raise AssertionError(f"still waiting, after {WAIT_LIMIT_SECONDS:.0f} s, for one of {texts}") from None

    async def close(self) -> None:
        await self.websocket.close()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.asynccontextmanager
async def serving(plan: Path) -> AsyncIterator[tuple[MeetingServer, str]]:
    """A MeetingServer for plan on 127.0.0.1, started as `workplan serve` starts it (its fork
    server included); yields it and the page's origin."""
    port = free_port()
    meeting = MeetingServer(plan, host="127.0.0.1", port=port, officer_key="the-officer-key")
    server = test_utils.TestServer(await meeting.web_app(), host="127.0.0.1", port=port)
    await server.start_server()
    try:
        yield meeting, f"http://127.0.0.1:{port}"
    finally:
        await server.close()
