"""N booth connections at once through the served booth: forked booths against textual-serve's
way (a shell and a new Python per connection), measured in the same run.

    python benchmarks/serve_connections.py [PLAN] [--sessions 30] [--rounds 1] [--only fork|spawn]

For each way: a MeetingServer on a free port (fork_booths=True, the default of `workplan serve`,
or False), N websockets opened at once as browsers open them (the page's Origin, an 80x24
terminal); per connection the time from connecting to its first frame ("Who is voting?" drawn)
and to a key answered (enter: the first member's ballot, or their code step, drawn), "usable";
p50, p95 and the slowest. Then, with all N open, the RSS and private memory (Private_Clean +
Private_Dirty of /proc/PID/smaps_rollup) of each booth process. Targets (issue 14): each usable
within 5 s on the 2-core machine; <= 50 MB each.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PLAN = ROOT / "plans" / "sscb-2023-24.toml"
ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
LIMIT_SECONDS = 120.0
FIRST_FRAME = b"Who is voting?"
KEY_ANSWERED = (b"Your ballot", b"type your voting code")


def serve(way: str, plan: str, port: int) -> None:
    """The child: a MeetingServer serving booths the given way."""
    from workplan_tui.ui.web.server import MeetingServer

    server = MeetingServer(Path(plan), host="127.0.0.1", port=port, officer_key=secrets.token_urlsafe(24),
                           fork_booths=way == "fork")
    server.serve()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def memory(pid: int) -> tuple[float, float]:
    """RSS and private memory of a process, in MB."""
    fields = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
        name, value = line.split(":", 1)
        fields[name] = int(value.split()[0])
    return fields["Rss"] / 1024, (fields["Private_Clean"] + fields["Private_Dirty"]) / 1024


def cpu_seconds(pid: int) -> float:
    """User and system CPU time a process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def processes() -> dict[int, tuple[int, bytes]]:
    """pid -> (parent pid, first word of the command line) of every process."""
    found = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                command = (entry / "cmdline").read_bytes().split(b"\0")[0]
            except OSError:
                continue
            found[int(entry.name)] = (int(stat[1]), command)
    return found


def booth_processes(server_pid: int) -> tuple[list[int], list[int]]:
    """(booths, fork servers) under the server: the booths are the Python processes with no
    children of their own (a spawned booth under its shell, a forked one under the fork
    server); the fork server is the Python process whose children they are."""
    table = processes()
    children: dict[int, list[int]] = {}
    for pid, (parent, _command) in table.items():
        children.setdefault(parent, []).append(pid)
    below, todo = [], list(children.get(server_pid, []))
    while todo:
        pid = todo.pop()
        below.append(pid)
        todo.extend(children.get(pid, []))
    pythons = [pid for pid in below if b"python" in table[pid][1]]
    return [pid for pid in pythons if pid not in children], [pid for pid in pythons if pid in children]


async def one_connection(client, origin: str, opened: list) -> tuple[float, float]:
    import aiohttp

    started = time.monotonic()
    websocket = await client.ws_connect(f"{origin}/ws?width=80&height=24", headers={"Origin": origin})
    opened.append(websocket)
    received, first_frame = b"", 0.0
    async for message in websocket:
        if message.type != aiohttp.WSMsgType.BINARY:
            continue
        received += message.data
        if not first_frame and FIRST_FRAME in received:
            first_frame = time.monotonic() - started
            received = b""
            await websocket.send_json(["stdin", "\r"])
        elif first_frame and any(text in received for text in KEY_ANSWERED):
            return first_frame, time.monotonic() - started
    raise RuntimeError("the booth closed before it answered")


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


async def measure(way: str, plan: Path, sessions: int) -> dict[str, float]:
    import aiohttp

    port = free_port()
    server = subprocess.Popen([sys.executable, __file__, str(plan), "--serve", way, "--port", str(port)],
                              stdout=subprocess.DEVNULL, env=ENV)
    origin = f"http://127.0.0.1:{port}"
    try:
        for _ in range(400):
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            await asyncio.sleep(0.05)
        if way == "fork":
            await asyncio.sleep(1.5)  # as at a meeting: serve started before the members arrive
        opened: list = []
        async with aiohttp.ClientSession() as client:
            results = await asyncio.wait_for(
                asyncio.gather(*(one_connection(client, origin, opened) for _ in range(sessions))), LIMIT_SECONDS
            )
            await asyncio.sleep(1.0)  # settled
            booths, forkers = booth_processes(server.pid)
            rows = [memory(pid) for pid in booths]
            forker_rss = sum(memory(pid)[0] for pid in forkers)
            booth_cpu = [cpu_seconds(pid) for pid in booths]
            server_cpu = cpu_seconds(server.pid)
            for websocket in opened:
                await websocket.close()
    finally:
        server.terminate()
        server.wait(timeout=20)
    frames = [first for first, _ in results]
    usable = [ready for _, ready in results]
    figures = {
        "frame_p50": statistics.median(frames), "frame_p95": percentile(frames, 0.95), "frame_max": max(frames),
        "usable_p50": statistics.median(usable), "usable_p95": percentile(usable, 0.95), "usable_max": max(usable),
        "processes": len(rows),
        "cpu": sum(booth_cpu) + server_cpu,
        "rss": statistics.median(r for r, _ in rows) if rows else 0.0,
        "rss_max": max((r for r, _ in rows), default=0.0),
        "private": statistics.median(p for _, p in rows) if rows else 0.0,
        "private_max": max((p for _, p in rows), default=0.0),
    }
    print(f"{way:>5}: {sessions} at once: first frame p50 {figures['frame_p50']:.2f} s, p95 {figures['frame_p95']:.2f} s, "
          f"max {figures['frame_max']:.2f} s; usable p50 {figures['usable_p50']:.2f} s, p95 {figures['usable_p95']:.2f} s, "
          f"max {figures['usable_max']:.2f} s (target <= 5 s)")
    print(f"       {len(rows)} booth processes: RSS median {figures['rss']:.1f} MB (max {figures['rss_max']:.1f}), "
          f"private median {figures['private']:.1f} MB (max {figures['private_max']:.1f}) (target <= 50 MB)"
          + (f"; the fork server's RSS {forker_rss:.1f} MB, once" if forker_rss else ""))
    cores = os.cpu_count() or 1
    print(f"       CPU to get there: {statistics.median(booth_cpu):.2f} s per booth, {sum(booth_cpu):.1f} s for all, "
          f"the server {server_cpu:.1f} s: on {cores} idle cores the last usable after about "
          f"{figures['cpu'] / cores:.1f} s")
    return figures


async def compare(plan: Path, sessions: int, rounds: int, only: str | None) -> None:
    with open("/proc/loadavg") as loadavg:
        load = loadavg.read().split()[0]
    print(f"{sessions} booth connections at once, {os.cpu_count()} cores, load average {load}, plan {plan.name}")
    ways = [only] if only else ["spawn", "fork"]
    for _ in range(rounds):
        figures = {way: await measure(way, plan, sessions) for way in ways}
        if len(figures) == 2:
            spawn, fork = figures["spawn"], figures["fork"]
            print(f"forked / spawned: first frame max {fork['frame_max'] / spawn['frame_max']:.2f}x, "
                  f"usable max {fork['usable_max'] / spawn['usable_max']:.2f}x, "
                  f"private memory {fork['private'] / spawn['private']:.2f}x")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("plan", nargs="?", type=Path, default=DEFAULT_PLAN)
    parser.add_argument("--sessions", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--only", choices=("fork", "spawn"))
    parser.add_argument("--serve", choices=("fork", "spawn"), help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve, str(args.plan), args.port)
    else:
        asyncio.run(compare(args.plan, args.sessions, args.rounds, args.only))
    return 0


if __name__ == "__main__":
    sys.exit(main())
