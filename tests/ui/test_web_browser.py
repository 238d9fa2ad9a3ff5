"""The served booth in a real browser: Debian's chromium driven by playwright (never a downloaded
browser). A member votes with keys alone (no click first), the ballot lands on disk, the page
asks nothing of any other host, the officer screens and another origin's websocket are refused.

Skipped, saying why, when /usr/bin/chromium or playwright is missing (.ci/run installs both).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from helpers.booth import turn_codes_on
from workplan_tui.plan_io import load_plan
from workplan_tui.voting.ballots import read_ballots

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
START_LIMIT_SECONDS = 20.0

playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (the test extra has it)")
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="no /usr/bin/chromium: `apt-get install -y chromium` (.ci/run does it when missing)"
)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_serving(plan: Path, port: int) -> tuple[subprocess.Popen[str], str]:
    """`workplan serve` in its own process; returns it and the officer key it printed."""
    process = subprocess.Popen(
        [sys.executable, "-m", "workplan_tui", "serve", str(plan), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stdout is not None
    key = ""
    deadline = time.monotonic() + START_LIMIT_SECONDS
    while not key:
        line = process.stdout.readline()
        if not line or time.monotonic() > deadline:
            process.kill()
            raise AssertionError(f"serve did not start: {line!r}")
        if "/officer?key=" in line:
            key = line.rsplit("key=", 1)[1].strip()
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return process, key
        time.sleep(0.05)
    process.kill()
    raise AssertionError("serve never listened")


def wait_for(page, condition, what: str, limit: float = START_LIMIT_SECONDS) -> None:
    """Let the browser run (playwright's sync API delivers events only inside its own calls) until condition()."""
    deadline = time.monotonic() + limit
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"still waiting for {what}")
        page.wait_for_timeout(50)


def test_a_member_votes_in_the_browser_and_nothing_leaves_this_server(voting_plan: Path) -> None:
    codes = turn_codes_on(voting_plan)
    port = free_port()
    process, key = start_serving(voting_plan, port)
    origin = f"http://127.0.0.1:{port}"
    requested: list[str] = []
    try:
        with playwright_api.sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 390, "height": 700})  # a phone held upright
            page.on("request", lambda request: requested.append(request.url))
            # What the booth draws, as the browser receives it: the test waits for each screen.
            drawn = bytearray()

            def on_websocket(websocket) -> None:
                websocket.on("framereceived", lambda payload: drawn.extend(payload if isinstance(payload, bytes) else b""))

            page.on("websocket", on_websocket)

            def wait_drawn(text: str) -> None:
                wait_for(page, lambda: text.encode() in drawn, f"{text!r} drawn")
                drawn.clear()

            page.goto(f"{origin}/")
            wait_drawn("Who is voting?")
            # Keys alone, no click: the page focuses the terminal on load.
            wait_for(page, lambda: page.evaluate("document.activeElement && document.activeElement.tagName") == "TEXTAREA",
                     "the terminal to have the focus")
            page.keyboard.press("Enter")  # Chair
            wait_drawn("type your voting code")
            page.keyboard.type(codes["chair"])
            page.keyboard.press("Enter")
            wait_drawn("Your ballot")
            page.keyboard.press("Enter")  # modern-slavery
            page.keyboard.press("s")
            folder = voting_plan.with_name("plan.ballots")
            wait_for(page, lambda: (folder / "chair.toml").exists(), "the ballot file")
            ballots, rejected = read_ballots(load_plan(voting_plan), folder)
            assert [(b.member, b.ranking) for b in ballots] == [("chair", ("modern-slavery",))] and rejected == []

            # The member's browser cannot reach the officer screens without the key.
            assert page.goto(f"{origin}/officer").status == 403
            assert page.goto(f"{origin}/officer?key=wrong").status == 403
            # A page of another origin (localhost is not 127.0.0.1 to a browser) cannot open the socket.
            page.goto(f"http://localhost:{port}/officer?key=nothing")
            refused = page.evaluate(
                """url => new Promise(done => {
                    const socket = new WebSocket(url);
                    socket.onopen = () => done(false);
                    socket.onerror = () => done(true);
                })""",
                f"ws://127.0.0.1:{port}/ws",
            )
            assert refused
            # With the key, the officer's page is served and the full app draws in it.
            assert page.goto(f"{origin}/officer?key={key}").status == 200
            page.wait_for_selector("body.-first-byte", timeout=START_LIMIT_SECONDS * 1000)
            browser.close()
    finally:
        process.terminate()
        process.wait(timeout=10)
    hosts = {urlsplit(url).netloc for url in requested if not url.startswith("data:")}
    assert hosts <= {f"127.0.0.1:{port}", f"localhost:{port}"}, hosts


def test_three_phones_vote_by_approval_at_once_with_taps_and_keys(voting_plan: Path) -> None:
    """An approval plan served to three phone-sized browsers (390×844) at the same time: each
    member approves projects (a tap on the project list, or space), submits, and the three
    ballots on disk are the approvals each made, as `workplan vote --rank` writes them."""
    from helpers.ballot_kinds import by

    by("approval", voting_plan)
    port = free_port()
    process, _ = start_serving(voting_plan, port)
    try:
        with playwright_api.sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            phones = []
            sizes: list[str] = []  # the terminal's columns and rows, as each page tells the server
            for _ in range(3):
                page = browser.new_page(viewport={"width": 390, "height": 844})
                drawn = bytearray()

                def on_websocket(websocket, drawn=drawn) -> None:
                    websocket.on("framereceived", lambda payload: drawn.extend(payload if isinstance(payload, bytes) else b""))
                    websocket.on("framesent", lambda payload: sizes.append(payload) if '"resize"' in str(payload) else None)

                page.on("websocket", on_websocket)
                page.goto(f"http://127.0.0.1:{port}/")
                phones.append((page, drawn))

            def wait_drawn(page, drawn, text: str) -> None:
                wait_for(page, lambda: text.encode() in drawn, f"{text!r} drawn")
                drawn.clear()

            for page, drawn in phones:
                wait_drawn(page, drawn, "Who is voting?")
                wait_for(page, lambda page=page: page.evaluate("document.activeElement && document.activeElement.tagName") == "TEXTAREA",
                         "the terminal to have the focus")
            # Chair, Member A, Member B: each chooses their name on their own phone.
            for index, (page, _) in enumerate(phones):
                for _ in range(index):
                    page.keyboard.press("ArrowDown")
                page.keyboard.press("Enter")
            for page, drawn in phones:
                wait_drawn(page, drawn, "Approved 0 of up to 3")
            chair, member_a, member_b = (page for page, _ in phones)
            chair.keyboard.press(" ")  # Modern slavery
            chair.keyboard.press("ArrowDown")
            chair.keyboard.press("ArrowDown")
            chair.keyboard.press(" ")  # Cohesion impact of court cases
            member_a.keyboard.press("ArrowDown")
            member_a.keyboard.press("Enter")  # the second project, [red]x[/]
            # Member B taps the first project: row 3 of the terminal (the voter, the budget, the list's border).
            rows = json.loads(sizes[-1])[1]["height"]
            screen = member_b.locator(".xterm-screen").bounding_box()
            assert screen is not None
            member_b.mouse.click(screen["x"] + 120, screen["y"] + (3 + 0.5) * screen["height"] / rows)
            for page, drawn in phones:
                wait_drawn(page, drawn, "Approved 1 of up to 3" if page is not chair else "Approved 2 of up to 3")
                page.keyboard.press("s")
            box_path = voting_plan.with_name("plan.ballots")
            wait_for(chair, lambda: len(list(box_path.glob("*.toml"))) == 3, "three ballot files")
            ballots, rejected = read_ballots(load_plan(voting_plan), box_path)
            assert {b.member: b.ranking for b in ballots} == {
                "chair": ("modern-slavery", "court-cases"), "member-a": ("markup-title",), "member-b": ("modern-slavery",),
            }
            assert rejected == []
            browser.close()
    finally:
        process.terminate()
        process.wait(timeout=10)
