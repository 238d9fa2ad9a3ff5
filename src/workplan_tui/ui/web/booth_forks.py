"""Booth processes forked from a parent that has Textual and the booth imported already.

textual-serve starts one process per websocket with a shell command: each imports Python,
Textual and the booth before its first frame (about 0.5 s of CPU), so 30 members connecting
at once on a 2-core machine waited 9 to 16 s. Here `workplan serve` starts one *fork server*
(`python -m workplan_tui.ui.web.booth_forks PLAN FD`), which imports everything once and
waits; each connection asks it for a booth and gets a child forked from it (a few
milliseconds; its imported modules are shared with the parent, copy-on-write). Still one
process per connection: members' ballots never share a process.

The protocol, over a SOCK_SEQPACKET socket pair (one message each way per booth):
- the server sends {"width": W, "height": H} with two file descriptors: the booth's stdio
  (one end of a socket pair, its stdin and stdout, carrying textual-serve's packets) and its
  stderr;
- the fork server forks; the child makes them its fds 0, 1 and 2, sets COLUMNS and ROWS (read
  by Textual's WebDriver) and runs the booth as `workplan booth PLAN`, the command textual-serve
  would have started, does; the parent answers with the child's pid (8 bytes).

Everything that is the same for every booth (TEXTUAL_DRIVER and the other variables textual-serve
sets) is in the fork server's environment before Textual is imported: textual.constants
reads them at import. The fork server ends when the server's end of the socket closes; it and
each booth get SIGTERM if their parent dies (Linux's PR_SET_PDEATHSIG), so none outlives serve.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import logging
import os
import signal
import socket
import sys
from asyncio.subprocess import Process
from collections.abc import Mapping
from importlib.metadata import version
from pathlib import Path
from typing import Any, cast

from textual_serve.app_service import AppService

log = logging.getLogger("workplan-serve")

PID_BYTES = 8
REQUEST_LIMIT = 4096

# What textual-serve's AppService._build_environment sets for every app it starts, but COLUMNS
# and ROWS (per connection, set in the child). tests/ui/test_booth_forks.py checks they agree.
WEB_DRIVER_ENVIRONMENT = {
    "TEXTUAL_DRIVER": "textual.drivers.web_driver:WebDriver",
    "TEXTUAL_FPS": "60",
    "TEXTUAL_COLOR_SYSTEM": "truecolor",
    "TERM_PROGRAM": "textual",
    "TERM_PROGRAM_VERSION": version("textual-serve"),
}


class ForkFailed(Exception):
    """The fork server could not give a booth (it has ended, or refused)."""


# -- the server's side ---------------------------------------------------------------


class BoothForks:
    """The serve process's handle on its fork server: started once, asked for one booth per connection."""

    def __init__(self, plan_path: Path, idle_minutes: float | None = None) -> None:
        self.plan_path = Path(plan_path).resolve()
        self.idle_minutes = idle_minutes
        self.process: Process | None = None
        self._control: socket.socket | None = None
        self._lock = asyncio.Lock()

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.returncode is None and self._control is not None

    async def start(self, environment: Mapping[str, str] | None = None) -> None:
        """Start the fork server (it imports the booth while the server goes on)."""
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        env = {**(os.environ if environment is None else environment), **WEB_DRIVER_ENVIRONMENT}
        try:
            self.process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "workplan_tui.ui.web.booth_forks", str(self.plan_path), str(theirs.fileno()),
                "default" if self.idle_minutes is None else str(self.idle_minutes),
                pass_fds=[theirs.fileno()], stdin=asyncio.subprocess.DEVNULL, env=env,
            )
        except OSError:
            ours.close()
            raise
        finally:
            theirs.close()
        ours.setblocking(False)
        self._control = ours

    async def stop(self) -> None:
        """Close the socket (the fork server then ends) and wait for it."""
        if self._control is not None:
            self._control.close()
            self._control = None
        if self.process is not None and self.process.returncode is None:
            try:
                await asyncio.wait_for(self.process.wait(), 5)
            except TimeoutError:
                self.process.kill()
                await self.process.wait()

    async def fork(self, width: int, height: int) -> ForkedBooth:
        """A new booth process of this size, with its streams; ForkFailed when there is none."""
        if not self.running:
            raise ForkFailed("the fork server is not running")
        loop = asyncio.get_running_loop()
        stdio_ours, stdio_theirs = socket.socketpair()
        err_ours, err_theirs = socket.socketpair()
        try:
            request = json.dumps({"width": width, "height": height}).encode()
            async with self._lock:  # one request, one answer: answers come in the order asked
                control = self._control
                assert control is not None
                try:
                    socket.send_fds(control, [request], [stdio_theirs.fileno(), err_theirs.fileno()])
                    answer = await asyncio.wait_for(loop.sock_recv(control, PID_BYTES), 10)
                except (OSError, TimeoutError) as error:
                    raise ForkFailed(f"the fork server did not answer: {error}") from None
            if len(answer) != PID_BYTES:
                raise ForkFailed("the fork server has ended")
        except BaseException:
            stdio_ours.close()
            err_ours.close()
            raise
        finally:
            stdio_theirs.close()
            err_theirs.close()
        stdout, stdin = await asyncio.open_unix_connection(sock=stdio_ours)
        stderr, err_writer = await asyncio.open_unix_connection(sock=err_ours)
        return ForkedBooth(int.from_bytes(answer, "big"), stdin, stdout, stderr, err_writer)


class ForkedBooth:
    """A forked booth as AppService sees a process: its stdin, stdout and stderr streams."""

    def __init__(
        self,
        pid: int,
        stdin: asyncio.StreamWriter,
        stdout: asyncio.StreamReader,
        stderr: asyncio.StreamReader,
        err_writer: asyncio.StreamWriter,
    ) -> None:
        self.pid = pid
        self.stdin = stdin
        self.stdout = stdout
        self.stderr = stderr
        self._err_writer = err_writer

    def close(self) -> None:
        self.stdin.close()
        self._err_writer.close()


class ReapedAppService(AppService):
    """textual-serve's AppService, which waits for its process once it has stopped (AppService
    never does: the ended process stays a zombie until its transport is collected)."""

    async def stop(self) -> None:
        await super().stop()
        process = self._process
        if isinstance(process, Process) and process.returncode is None:
            await process.wait()


class ForkedAppService(ReapedAppService):
    """textual-serve's AppService with its process forked by the fork server, not spawned.

    AppService reads and writes only the process's stdin, stdout and stderr, so a ForkedBooth
    stands in for the asyncio Process. When the fork server cannot give one, the booth is
    started as textual-serve does (`command`), slower but the same booth.
    """

    def __init__(self, forks: BoothForks, command: str, **kwargs: Any) -> None:
        super().__init__(command, **kwargs)
        self.forks = forks
        self.forked: ForkedBooth | None = None

    async def _open_app_process(self, width: int = 80, height: int = 24) -> Process:
        try:
            self.forked = await self.forks.fork(width, height)
        except ForkFailed as error:
            log.warning("booth started by a new process (%s)", error)
            return await super()._open_app_process(width, height)
        # AppService keeps the process and its stdin in these two attributes (textual-serve<2).
        self._stdin = self.forked.stdin
        self._process = cast("Process", self.forked)
        return self._process

    async def stop(self) -> None:
        await super().stop()
        if self.forked is not None:
            self.forked.close()
            self.forked = None


# -- the fork server's side ----------------------------------------------------------


def end_with_parent() -> None:
    """SIGTERM when the parent process ends (Linux): no booth outlives serve."""
    parent = os.getppid()
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:  # the parent ended before the request was made
        raise SystemExit(0)


def preload(plan: str) -> None:
    """Import what a booth imports up to its ballot screen: each child starts past it."""
    import workplan_tui.ui.booth.ballot_screen
    import workplan_tui.ui.booth.booth_app
    import workplan_tui.ui.booth.receipt_screen
    import workplan_tui.ui.booth.who_screen
    import workplan_tui.voting.casting
    import workplan_tui.voting.codes
    import workplan_tui.voting.selection  # noqa: F401
    with contextlib.suppress(Exception):  # only a head start: a plan that does not load is reported by each booth
        warm_up(Path(plan))


def warm_up(plan: Path) -> None:
    """Draw "who is voting?" and a ballot once, headless, with nothing cast: what Textual and Rich
    cache on the way (parsed selectors and styles, measured text) is then already there in
    every child, about a third of a booth's first frame."""
    from workplan_tui.ui.booth.ballot_screen import BallotScreen
    from workplan_tui.ui.booth.booth_app import BoothApp
    from workplan_tui.ui.booth.who_screen import WhoIsVotingScreen

    async def steps(pilot: Any) -> None:
        app = pilot.app
        while not isinstance(app.screen, WhoIsVotingScreen):
            await pilot.pause()
        await pilot.pause()
        if app.plan.members:
            first = app.plan.members[0]
            app.start_ballot(first.id, None, replace=False, label=first.label)
            while not isinstance(app.screen, BallotScreen):
                await pilot.pause()
            await pilot.press("down", "enter")
        app.exit()

    BoothApp(plan).run(headless=True, size=(80, 24), auto_pilot=steps)


def run_booth(plan: str, idle_minutes: float | None, request: dict[str, object], stdio: int, stderr: int) -> int:
    """In the child: become the booth process textual-serve would have started."""
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    end_with_parent()
    os.dup2(stdio, 0)
    os.dup2(stdio, 1)
    os.dup2(stderr, 2)
    os.close(stdio)
    os.close(stderr)
    os.environ["COLUMNS"] = str(request.get("width", 80))
    os.environ["ROWS"] = str(request.get("height", 24))
    from workplan_tui.errors import WorkplanError
    from workplan_tui.ui.booth.booth_app import BoothApp

    # As `workplan booth PLAN` does: a plan that no longer loads is its located lines on
    # stderr (textual-serve relays them to serve's log), not a traceback.
    try:
        app = BoothApp(Path(plan)) if idle_minutes is None else BoothApp(Path(plan), idle_minutes=idle_minutes)
    except WorkplanError as error:
        for located in error.errors:
            print(located, file=sys.stderr)
        return 2
    app.run()
    return 0


def serve_forks(plan: str, idle_minutes: float | None, control: socket.socket) -> int:
    """Answer requests until the server closes its end (0), the children reaped by the kernel.
    In each child this returns too, with the booth's exit status, once its booth has ended."""
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    # A Ctrl+C at serve's terminal goes to the whole process group: serve stops the booths itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        try:
            message, fds, _flags, _address = socket.recv_fds(control, REQUEST_LIMIT, 2)
        except InterruptedError:
            continue
        if not message:
            return 0
        if len(fds) != 2:
            for fd in fds:
                os.close(fd)
            control.send((0).to_bytes(PID_BYTES, "big"))
            continue
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            # The child: out of this loop for good, to end as a process does once its booth has.
            control.close()
            return run_booth(plan, idle_minutes, json.loads(message), *fds)
        for fd in fds:
            os.close(fd)
        control.send(pid.to_bytes(PID_BYTES, "big"))


def main(argv: list[str]) -> int:
    plan, fd, idle_minutes = argv
    end_with_parent()
    control = socket.socket(fileno=int(fd))
    preload(plan)
    # Objects made so far are never collected in a child: the collector then does not touch
    # (and copy) the pages they live on, and each booth's private memory stays small.
    gc.collect()
    gc.freeze()
    return serve_forks(plan, None if idle_minutes == "default" else float(idle_minutes), control)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
