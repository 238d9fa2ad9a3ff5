"""The served booth's web side, through aiohttp's test client: Host, Origin, the officer key, the page."""

from __future__ import annotations

import re
import socket
from pathlib import Path

import aiohttp
import pytest
from aiohttp import test_utils  # as a name: test_test_layout takes a module named test_* for a test module

from workplan_tui.ui.web.server import MeetingServer, allowed_host, is_loopback

KEY = "the-officer-key"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Served:
    """A MeetingServer's application on 127.0.0.1 and a client for it."""

    def __init__(self, plan: Path) -> None:
        self.port = free_port()
        self.meeting = MeetingServer(plan, host="127.0.0.1", port=self.port, officer_key=KEY)
        self.origin = f"http://127.0.0.1:{self.port}"

    async def __aenter__(self) -> test_utils.TestClient:
        server = test_utils.TestServer(await self.meeting.web_app(), host="127.0.0.1", port=self.port)
        self.client = test_utils.TestClient(server)
        await self.client.start_server()
        return self.client

    async def __aexit__(self, *exc: object) -> None:
        await self.client.close()


async def handshake_status(client: test_utils.TestClient, path: str, origin: str | None) -> int:
    headers = {"Origin": origin} if origin is not None else {}
    try:
        async with client.ws_connect(path, headers=headers):
            return 101
    except aiohttp.WSServerHandshakeError as error:
        return error.status


def test_loopback_and_allowed_hosts():
    assert is_loopback("localhost") and is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("[::1]")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.20") and not is_loopback("board.example.org")
    names = frozenset({"boardroom-pc"})
    assert allowed_host("192.168.1.20", 8000, 8000, names) and allowed_host("::1", 8000, 8000, names)
    assert allowed_host("localhost", 8000, 8000, names) and allowed_host("BoardRoom-PC.", 8000, 8000, names)
    # A name pointed at this machine by someone else's DNS (rebinding), or another port: refused.
    assert not allowed_host("evil.example", 8000, 8000, names) and not allowed_host("localhost", 8001, 8000, names)
    assert not allowed_host(None, 8000, 8000, names)


async def test_the_booth_page_loads_nothing_from_outside_and_connects_where_the_browser_is(voting_plan: Path):
    served = Served(voting_plan)
    async with served as client:
        response = await client.get("/")
        assert response.status == 200
        page = await response.text()
        assert '<meta name="viewport" content="width=device-width, initial-scale=1" />' in page
        assert f'data-session-websocket-url="ws://127.0.0.1:{served.port}/ws"' in page
        # Every address in the page is this server's (relative, or ws:// to the Host used).
        addresses = re.findall(r"""(?:[a-z]+:)?//[^\s"'<>)]+""", page)
        assert addresses == [f"ws://127.0.0.1:{served.port}/ws"]
        assert "googleapis" not in page and "@font-face" in page
        policy = response.headers["Content-Security-Policy"]
        assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy
        assert response.headers["X-Frame-Options"] == "DENY"
        font = await client.get("/static/fonts/RobotoMono-VariableFont_wght.ttf")
        assert font.status == 200
        assert (await client.get("/static/")).status == 403  # the static folder is not listed


async def test_a_request_for_another_host_name_is_refused(voting_plan: Path):
    served = Served(voting_plan)
    async with served as client:
        for host in ("evil.example", f"evil.example:{served.port}", f"127.0.0.1:{served.port + 1}"):
            response = await client.get("/", headers={"Host": host})
            assert response.status == 421, host
        assert (await client.get("/", headers={"Host": f"localhost:{served.port}"})).status == 200


async def test_a_websocket_from_another_origin_or_none_is_refused(voting_plan: Path):
    served = Served(voting_plan)
    async with served as client:
        assert await handshake_status(client, "/ws", "http://evil.example") == 403
        assert await handshake_status(client, "/ws", f"http://localhost:{served.port}") == 403  # not the page's own
        assert await handshake_status(client, "/ws", None) == 403
        assert await handshake_status(client, f"/officer/ws/{KEY}", "http://evil.example") == 403


@pytest.mark.parametrize("query", ["", "?key=", "?key=wrong", f"?key={KEY}x"])
async def test_the_officer_page_needs_the_key(voting_plan: Path, query: str):
    served = Served(voting_plan)
    async with served as client:
        assert (await client.get(f"/officer{query}")).status == 403
        assert await handshake_status(client, f"/officer/ws/{query.partition('=')[2] or 'none'}", served.origin) == 403


async def test_the_officer_page_with_the_key_connects_to_the_full_app(voting_plan: Path):
    served = Served(voting_plan)
    async with served as client:
        response = await client.get(f"/officer?key={KEY}")
        assert response.status == 200 and response.headers["Cache-Control"] == "no-store"
        assert f'data-session-websocket-url="ws://127.0.0.1:{served.port}/officer/ws/{KEY}"' in await response.text()
    assert "workplan_tui booth" in served.meeting.command and "workplan_tui open" in served.meeting.officer_command
