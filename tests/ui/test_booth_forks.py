"""Booths forked from the fork server (ui/web/booth_forks.py): one process per connection,
each the booth textual-serve would have started, none outliving its connection or serve."""

from __future__ import annotations

import asyncio
import os
import signal
from pathlib import Path

import aiohttp
from textual_serve.app_service import AppService

from helpers.booth_socket import BoothSocket, serving
from workplan_tui.ui.web.booth_forks import WEB_DRIVER_ENVIRONMENT


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            # A child not reaped yet is a zombie: ended.
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


async def until(condition, what: str) -> None:
    async with asyncio.timeout(30):
        while not condition():
            await asyncio.sleep(0.05)
    assert condition(), what


def test_the_fork_servers_environment_is_what_textual_serve_gives_each_app() -> None:
    service = AppService("true", write_bytes=None, write_str=None, close=None, download_manager=None)  # type: ignore[arg-type]
    environment = service._build_environment(width=100, height=30)
    # COLUMNS and ROWS are per connection: each child sets its own.
    assert {name: environment[name] for name in WEB_DRIVER_ENVIRONMENT} == WEB_DRIVER_ENVIRONMENT
    assert set(environment) - set(os.environ) - set(WEB_DRIVER_ENVIRONMENT) <= {"COLUMNS", "ROWS"}


async def test_each_connection_is_its_own_forked_booth_and_ends_with_it(voting_plan: Path) -> None:
    async with serving(voting_plan) as (meeting, origin), aiohttp.ClientSession() as session:
        assert meeting.forks is not None
        booths = [await BoothSocket.open(session, origin, size) for size in ((80, 24), (40, 20))]
        for booth in booths:
            await booth.wait_for("Who is voting?")
        forker = meeting.forks.process
        assert forker is not None
        children = {int(pid) for pid in Path(f"/proc/{forker.pid}/task/{forker.pid}/children").read_text().split()}
        assert len(children) == 2  # two members, two processes: no ballot shares a process
        await booths[1].press("enter")
        await booths[1].wait_for("Your ballot")
        await booths[0].close()
        await until(lambda: sum(alive(pid) for pid in children) == 1, "the closed booth's process to end")
        await booths[1].close()
        await until(lambda: not any(alive(pid) for pid in children), "both booths' processes to end")
    await until(lambda: forker.returncode is not None, "the fork server to end with serve")


async def test_without_the_fork_server_a_booth_is_started_as_textual_serve_does(voting_plan: Path) -> None:
    async with serving(voting_plan) as (meeting, origin), aiohttp.ClientSession() as session:
        assert meeting.forks is not None and meeting.forks.process is not None
        meeting.forks.process.send_signal(signal.SIGKILL)
        await meeting.forks.process.wait()
        booth = await BoothSocket.open(session, origin)
        await booth.wait_for("Who is voting?")
        await booth.press("enter")
        await booth.wait_for("Your ballot")
        await booth.close()
