"""textual-serve's Server, hardened for a meeting: the booth for everyone, the full app behind a key.

textual-serve starts one app process per websocket and relays the terminal. As shipped it
serves one command to whoever connects, from any web page (no Origin check), under any Host
name (DNS rebinding), with a page that loads Google Fonts and tells the browser to connect to
the address it was bound to (`ws://0.0.0.0:…`). `MeetingServer` keeps its process handling
(AppService, the message loop, downloads) and changes what is around it:

- `/` and `/ws`: the booth (`workplan booth PLAN`); `/officer?key=K` and `/officer/ws/K`: the
  full app (`workplan open PLAN`), only with the officer key (`secrets.token_urlsafe`,
  compared by `hmac.compare_digest`). The key is in the websocket's path because textual.js
  appends `?width=…` to the URL it is given.
- every request's Host must name this server (`allowed_host`); a websocket's Origin must be
  the page's own (`http://` + that Host); the pages may not be framed by another site.
- each booth is forked from a fork server that has the booth imported (booth_forks.py), not
  started by a shell: 30 members connecting at once are each voting within a few seconds.
- our own page (templates/index.html): the font from textual-serve's static folder, a
  viewport tag, the websocket URL built from the Host the browser used, the terminal focused
  on load so keys work without a click.
"""

from __future__ import annotations

import asyncio
import hmac
import ipaddress
import logging
import shlex
import socket
import sys
from collections.abc import Awaitable, Callable, Collection
from pathlib import Path
from typing import Any

import aiohttp_jinja2
import jinja2
from aiohttp import web
from textual_serve.app_service import AppService
from textual_serve.server import Server, to_int

from workplan_tui.ui.web.booth_forks import BoothForks, ForkedAppService, ReapedAppService

log = logging.getLogger("workplan-serve")
TEMPLATES = Path(__file__).parent / "templates"
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

# What the pages may load and reach: this server only. frame-ancestors: a page of another site
# must not frame the booth and have the member type into it.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self'; connect-src 'self' {websocket}; frame-ancestors 'none'; "
    "base-uri 'none'; form-action 'none'"
)


def is_loopback(host: str) -> bool:
    """True when host can only be reached from this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def allowed_host(host: str | None, port: int | None, bound_port: int, names: Collection[str]) -> bool:
    """Whether a request's Host header names this server: its port, and an IP address, localhost
    or one of `names` (the machine's own names, --host, --allow-host). A DNS name an attacker
    points at this machine (DNS rebinding) is none of these, so their page cannot read or drive it."""
    if not host or port != bound_port:
        return False
    host = host.strip("[]").lower().rstrip(".")
    if host == "localhost" or host in names:
        return True
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def machine_names(host: str, extra: Collection[str] = ()) -> frozenset[str]:
    names = {socket.gethostname(), socket.getfqdn(), host, *extra}
    return frozenset(name.lower().rstrip(".") for name in names if name)


class MeetingServer(Server):
    """The booth at `/`, the full app at `/officer` with the key; Host and Origin checked."""

    def __init__(
        self,
        plan_path: Path,
        *,
        host: str,
        port: int,
        officer_key: str,
        allow_hosts: Collection[str] = (),
        fork_booths: bool = True,
        idle_minutes: float | None = None,
    ) -> None:
        """idle_minutes: how long a booth waits for a key before it forgets its member (None: the booth's default)."""
        plan = shlex.quote(str(Path(plan_path).resolve()))
        python = shlex.quote(sys.executable)
        idle = "" if idle_minutes is None else f" --idle-minutes {idle_minutes:g}"
        super().__init__(f"{python} -m workplan_tui booth {plan}{idle}", host=host, port=port, title="workplan booth")
        self.officer_command = f"{python} -m workplan_tui open {plan}"
        self.officer_key = officer_key
        self.templates_path = TEMPLATES
        self.names = machine_names(host, allow_hosts)
        # fork_booths=False: a shell and a new Python per booth, as textual-serve does (the
        # benchmark's "before"; and where fork() is not available).
        self.forks = BoothForks(plan_path, idle_minutes) if fork_booths and hasattr(socket, "send_fds") else None

    # -- the application -------------------------------------------------------------

    async def _make_app(self) -> web.Application:
        # textual-serve's serve() builds its application here: ours replaces it.
        return await self.web_app()

    async def web_app(self) -> web.Application:
        """The aiohttp application (textual-serve's routes serve one command and list the static folder)."""
        app = web.Application(middlewares=[self.check_host])
        aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader(self.templates_path))
        app.add_routes([
            web.get("/", self.handle_booth, name="index"),
            web.get("/ws", self.handle_booth_websocket, name="websocket"),
            web.get("/officer", self.handle_officer, name="officer"),
            web.get("/officer/ws/{key}", self.handle_officer_websocket, name="officer_websocket"),
            web.get("/download/{key}", self.handle_download, name="download"),
            web.static("/static", self.statics_path, show_index=False, name="static"),
        ])
        app.on_startup.append(self.on_startup)
        app.on_shutdown.append(self.on_shutdown)
        return app

    async def on_startup(self, app: web.Application) -> None:
        # textual-serve prints its logo and the command line (with the plan's path) here; the
        # command prints what the officer needs instead (the addresses and the key).
        if self.forks is not None:
            await self.forks.start()

    async def on_shutdown(self, app: web.Application) -> None:
        if self.forks is not None:
            await self.forks.stop()

    @web.middleware
    async def check_host(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        try:
            host, port = request.url.host, request.url.port
        except ValueError:
            host, port = None, None
        if not allowed_host(host, port, self.port, self.names):
            log.warning("refused a request for host %r", request.host)
            raise web.HTTPMisdirectedRequest(text="This server does not answer to that name.\n")
        response = await handler(request)
        response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY.format(
            websocket=f"{self.websocket_scheme(request)}://{request.host}"
        )
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["X-Content-Type-Options"] = "nosniff"
        # The officer's page carries the key in its address: never send it on as a Referer.
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    @staticmethod
    def websocket_scheme(request: web.Request) -> str:
        return "wss" if request.secure else "ws"

    def key_is_right(self, key: str) -> bool:
        return hmac.compare_digest(key.encode("utf-8", "replace"), self.officer_key.encode("utf-8"))

    # -- pages -----------------------------------------------------------------------

    def page(self, request: web.Request, websocket_path: str, title: str) -> web.Response:
        context: dict[str, Any] = {
            # From the Host the browser used (checked above), never the address bound to.
            "websocket_url": f"{self.websocket_scheme(request)}://{request.host}{websocket_path}",
            "font_size": max(8, min(32, to_int(request.query.get("fontsize", "16"), 16))),
            "title": title,
        }
        return aiohttp_jinja2.render_template("index.html", request, context)

    async def handle_booth(self, request: web.Request) -> web.StreamResponse:
        return self.page(request, "/ws", "workplan booth")

    async def handle_officer(self, request: web.Request) -> web.StreamResponse:
        key = request.query.get("key", "")
        if not self.key_is_right(key):
            raise web.HTTPForbidden(text="The officer screens need the officer key printed when serve started.\n")
        response = self.page(request, f"/officer/ws/{key}", "workplan (officer)")
        response.headers["Cache-Control"] = "no-store"
        return response

    # -- websockets ------------------------------------------------------------------

    def check_origin(self, request: web.Request) -> None:
        """A websocket only from our own pages: any site the user visits could open one otherwise."""
        origin = request.headers.get("Origin", "")
        scheme = "https" if request.secure else "http"
        if not hmac.compare_digest(origin.encode("utf-8", "replace"), f"{scheme}://{request.host}".encode()):
            log.warning("refused a websocket from origin %r", origin)
            raise web.HTTPForbidden(text="This connection must come from the booth's own page.\n")

    async def handle_booth_websocket(self, request: web.Request) -> web.StreamResponse:
        self.check_origin(request)
        forks = self.forks
        if forks is None:
            return await self.relay(request, lambda **streams: ReapedAppService(self.command, **streams))
        return await self.relay(request, lambda **streams: ForkedAppService(forks, self.command, **streams))

    async def handle_officer_websocket(self, request: web.Request) -> web.StreamResponse:
        self.check_origin(request)
        if not self.key_is_right(request.match_info["key"]):
            raise web.HTTPForbidden(text="The officer screens need the officer key.\n")
        return await self.relay(request, lambda **streams: ReapedAppService(self.officer_command, **streams))

    async def relay(self, request: web.Request, make_service: Callable[..., AppService]) -> web.WebSocketResponse:
        """textual-serve's handle_websocket with the app service chosen by the caller (it
        makes an AppService of self.command itself): the booth's is forked, the officer's
        runs the full app."""
        websocket = web.WebSocketResponse(heartbeat=15)
        width = to_int(request.query.get("width", "80"), 80)
        height = to_int(request.query.get("height", "24"), 24)
        service: AppService | None = None
        try:
            await websocket.prepare(request)
            service = make_service(
                write_bytes=websocket.send_bytes, write_str=websocket.send_str, close=websocket.close,
                download_manager=self.download_manager, debug=self.debug,
            )
            await service.start(width, height)
            await self._process_messages(websocket, service)
        except asyncio.CancelledError:
            await websocket.close()
        except Exception as error:
            log.exception(error)
        finally:
            if service is not None:
                await service.stop()
        return websocket
