"""The booth: its first frame against a bare Textual app, and N browser connections at once.

    python benchmarks/booth_bench.py first-frame [PLAN] [--runs N]
    python benchmarks/booth_bench.py connections [PLAN] [--sessions N]

first-frame: fresh processes, headless, from spawn to "who is voting?" drawn, interleaved with
a bare Textual app (Header, Static, Footer); target (issue 14) <= 1.3x.
connections: `workplan serve` on a free port, N websockets opened at once as browsers do (the
page's Origin); for each, the time to its first frame; then the RSS and private memory of
each booth process (from /proc/PID/smaps_rollup); target: each usable within 5 s, <= 50 MB.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PLAN = ROOT / "plans" / "sscb-2023-24.toml"
ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def child(kind: str, plan: str) -> None:
    if kind == "bare":
        from common import bare_app

        app = bare_app()
    else:
        from workplan_tui.ui.booth.booth_app import BoothApp

        app = BoothApp(Path(plan))

    async def first_frame(pilot) -> None:
        if kind == "booth":
            from workplan_tui.ui.booth.who_screen import WhoIsVotingScreen

            while not isinstance(pilot.app.screen, WhoIsVotingScreen):
                await pilot.pause()
        await pilot.pause()
        print(time.monotonic(), flush=True)
        pilot.app.exit()

    app.run(headless=True, size=(80, 24), auto_pilot=first_frame)


def measure(kind: str, plan: Path) -> float:
    started = time.monotonic()
    output = subprocess.run(
        [sys.executable, __file__, "first-frame", str(plan), "--child", kind], capture_output=True, text=True, check=True, env=ENV
    ).stdout
    return float(output.strip().splitlines()[-1]) - started


def first_frames(plan: Path, runs: int) -> None:
    measure("bare", plan)
    measure("booth", plan)
    bare, booth = [], []
    for _ in range(runs):
        bare.append(measure("bare", plan))
        booth.append(measure("booth", plan))
    b, o = statistics.median(bare), statistics.median(booth)
    print(f"bare Textual app: median {b * 1000:.0f} ms; booth on {plan.name}: median {o * 1000:.0f} ms ({runs} runs)")
    print(f"ratio: {o / b:.2f}x (target <= 1.3x)")


def memory(pid: int) -> tuple[float, float]:
    """RSS and private memory of a process, in MB."""
    fields = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
        name, value = line.split(":", 1)
        fields[name] = int(value.split()[0])
    return fields["Rss"] / 1024, (fields["Private_Clean"] + fields["Private_Dirty"]) / 1024


def booth_processes(server_pid: int) -> list[int]:
    """The booth processes serve started (its descendants running Python), not their shells."""
    parents: dict[int, int] = {}
    commands: dict[int, list[bytes]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
            commands[int(entry.name)] = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        parents[int(entry.name)] = int(next(line.split()[1] for line in status.splitlines() if line.startswith("PPid:")))

    def descends(pid: int) -> bool:
        while pid > 1:
            pid = parents.get(pid, 1)
            if pid == server_pid:
                return True
        return False

    return [pid for pid, command in commands.items()
            if descends(pid) and b"booth" in command and b"python" in command[0]]


async def connections(plan: Path, sessions: int) -> None:
    import aiohttp

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "workplan_tui", "serve", str(plan), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV,
    )
    origin = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            await asyncio.sleep(0.05)
        async with aiohttp.ClientSession() as client:
            opened = []

            async def one() -> float:
                started = time.monotonic()
                socket_ = await client.ws_connect(f"{origin}/ws?width=80&height=24", headers={"Origin": origin})
                opened.append(socket_)
                received = b""
                # "Usable": "who is voting?" has been drawn (its title has arrived).
                async for message in socket_:
                    if message.type == aiohttp.WSMsgType.BINARY:
                        received += message.data
                        if b"Who is voting?" in received:
                            return time.monotonic() - started
                return float("inf")

            times = await asyncio.gather(*(one() for _ in range(sessions)))
            await asyncio.sleep(1.0)  # settled
            rows = [memory(pid) for pid in booth_processes(server.pid)]
            print(f"{sessions} booth connections at once on {os.cpu_count()} cores: usable after "
                  f"median {statistics.median(times):.2f} s, slowest {max(times):.2f} s (target <= 5 s)")
            if rows:
                rss = statistics.median(r for r, _ in rows)
                private = statistics.median(p for _, p in rows)
                print(f"{len(rows)} booth processes: median RSS {rss:.1f} MB, private {private:.1f} MB (target <= 50 MB)")
            for socket_ in opened:
                await socket_.close()
    finally:
        server.terminate()
        server.wait(timeout=10)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("what", nargs="?", choices=("first-frame", "connections"), default="first-frame")
    parser.add_argument("plan", nargs="?", type=Path, default=DEFAULT_PLAN)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--sessions", type=int, default=30)
    parser.add_argument("--child", choices=("bare", "booth"))
    args = parser.parse_args()
    if args.child:
        child(args.child, str(args.plan))
    elif args.what == "first-frame":
        first_frames(args.plan, args.runs)
    else:
        asyncio.run(connections(args.plan, args.sessions))
    return 0


if __name__ == "__main__":
    sys.exit(main())
