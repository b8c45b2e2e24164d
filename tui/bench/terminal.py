"""Timing programs from the outside: launch in a private tmux server, watch the screen.

Each launch is a new tmux session of a fixed size running one command; the clock
starts just before tmux is asked to start it and stops when a pattern first shows
in `capture-pane`. That is what a reader sees: interpreter start, imports, layout
and the first frame, with nothing taken on trust from inside the program.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

POLL_SECONDS = 0.008  # the resolution; each poll is one short tmux client process
DEAD_CHECK_SECONDS = 0.25


class TerminalUnavailable(RuntimeError):
    """tmux is not installed: the from-outside figures cannot be measured."""


@dataclass
class Launch:
    """One program start: the command, its environment, what to wait for."""

    argv: list[str]
    markers: dict[str, re.Pattern[str]]  # name -> pattern, timed from the launch
    env: Mapping[str, str] = field(default_factory=dict)
    timeout: float = 60.0
    abort: re.Pattern[str] | None = None  # shown when the program gave up: stop waiting


@dataclass
class Seen:
    """When each marker appeared (seconds after launch), None if it never did."""

    times: dict[str, float | None]
    screen: str = ""  # the last screen, kept when a marker was missing (for the report)
    exited: bool = False


class Terminal:
    """A tmux server of our own (its own socket), one session per launch."""

    def __init__(self, width: int = 120, height: int = 40) -> None:
        tmux = shutil.which("tmux")
        if tmux is None:
            raise TerminalUnavailable("tmux is not installed")
        self.tmux = tmux
        self.width = width
        self.height = height
        self.socket = f"limelight-bench-{os.getpid()}"
        self._count = 0
        self._socket_path: Path | None = None

    def _cmd(self, *args: str) -> list[str]:
        return [self.tmux, "-L", self.socket, *args]

    def _call(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(self._cmd(*args), capture_output=True, text=True, check=False)

    def __enter__(self) -> Terminal:
        # a session that idles keeps the server up, so no launch pays for starting it
        started = subprocess.run(
            [
                *self._cmd("-u", "-f", "/dev/null", "new-session", "-d", "-s", "keep"),
                *self._size(),
                "sleep 86400",
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        if started.returncode != 0:
            raise TerminalUnavailable(f"tmux did not start: {started.stderr.strip()}")
        self._call("set-option", "-g", "remain-on-exit", "on")
        self._call("set-option", "-g", "status", "off")
        shown = self._call("display-message", "-p", "-t", "keep", "#{socket_path}")
        self._socket_path = Path(shown.stdout.strip()) if shown.returncode == 0 else None
        return self

    def __exit__(self, *exc: object) -> None:
        self._call("kill-server")
        if self._socket_path is not None and self.socket in self._socket_path.name:
            self._socket_path.unlink(missing_ok=True)  # tmux leaves its socket file behind

    def _size(self) -> list[str]:
        return ["-x", str(self.width), "-y", str(self.height)]

    def screen(self, session: str) -> str | None:
        shown = self._call("capture-pane", "-p", "-t", session)
        return shown.stdout if shown.returncode == 0 else None

    def _dead(self, session: str) -> bool:
        shown = self._call("display-message", "-p", "-t", session, "#{pane_dead}")
        return shown.returncode != 0 or shown.stdout.strip() == "1"

    def run(self, launch: Launch) -> Seen:
        """Start `launch`, time its markers, then end the session."""
        self._count += 1
        session = f"run{self._count}"
        env = [f"{k}={v}" for k, v in launch.env.items()]
        command = shlex.join(["env", *env, *launch.argv])
        times: dict[str, float | None] = dict.fromkeys(launch.markers)
        screen = ""
        exited = False
        start = time.perf_counter()
        subprocess.run(
            [*self._cmd("new-session", "-d", "-s", session), *self._size(), command],
            capture_output=True,
            check=False,
        )
        next_dead_check = start + DEAD_CHECK_SECONDS
        try:
            while True:
                shown = self.screen(session)
                now = time.perf_counter()
                if shown is not None:
                    screen = shown
                    for name, pattern in launch.markers.items():
                        if times[name] is None and pattern.search(shown):
                            times[name] = now - start
                if all(t is not None for t in times.values()):
                    break
                if launch.abort is not None and shown and launch.abort.search(shown):
                    break
                if now - start > launch.timeout:
                    break
                if now > next_dead_check:
                    next_dead_check = now + DEAD_CHECK_SECONDS
                    if self._dead(session):  # what it showed before it ended still counts
                        exited = True
                        screen = self.screen(session) or screen
                        for name, pattern in launch.markers.items():
                            if times[name] is None and pattern.search(screen):
                                times[name] = now - start
                        break
                time.sleep(POLL_SECONDS)
        finally:
            self._call("kill-session", "-t", session)
        complete = all(t is not None for t in times.values())
        return Seen(times, "" if complete else screen, exited)
