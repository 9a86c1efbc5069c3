"""A minimal DevTools client over ``--remote-debugging-pipe``: one headless Chromium for many pages.

Launching Chromium costs more than a second; the site tests open several pages, so they share one browser
and drive it with a few DevTools commands (navigate, read the DOM, take a screenshot).
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import subprocess
import tempfile
from pathlib import Path
from typing import Any

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]
"""The flags the project's documentation gives for headless Chromium."""


class Browser:
    """One Chromium process and one page in it."""

    def __init__(self, executable: str) -> None:
        self._profile = tempfile.TemporaryDirectory()
        to_child, self._send = os.pipe()
        self._recv, from_child = os.pipe()

        def fds() -> None:
            import fcntl  # POSIX only, like the pipe itself

            high_in, high_out = (fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (to_child, from_child))
            os.dup2(high_in, 3)
            os.dup2(high_out, 4)

        self._proc = subprocess.Popen(
            [executable, *FLAGS, f"--user-data-dir={self._profile.name}", "--remote-debugging-pipe", "about:blank"],
            pass_fds=(3, 4),  # kept open after preexec_fn has put the pipe ends there
            preexec_fn=fds,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_child)
        os.close(from_child)
        self._id = 0
        self._buffer = b""
        target = self._call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self._session = self._call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        self._call("Page.enable", session=True)
        self._call(
            "Emulation.setDeviceMetricsOverride",
            {"width": 1200, "height": 1600, "deviceScaleFactor": 1, "mobile": False},
            session=True,
        )

    def _message(self) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            chunk = os.read(self._recv, 1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed the pipe")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        message: dict[str, Any] = json.loads(raw)
        return message

    def _call(self, method: str, params: dict[str, Any] | None = None, *, session: bool = False, wait: str = "") -> Any:
        self._id += 1
        message: dict[str, Any] = {"id": self._id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = self._session
        os.write(self._send, json.dumps(message).encode() + b"\0")
        result: Any = None
        answered, fired = False, not wait
        while not (answered and fired):
            got = self._message()
            if got.get("id") == self._id:
                if "error" in got:
                    raise RuntimeError(f"{method}: {got['error']}")
                result, answered = got["result"], True
            elif wait and got.get("method") == wait:
                fired = True
        return result

    def open(self, page: Path) -> None:
        """Load ``page`` and wait for its load event."""
        self._call("Page.navigate", {"url": page.as_uri()}, session=True, wait="Page.loadEventFired")

    def dom(self) -> str:
        """The page's HTML as the browser parsed it."""
        expr = "document.documentElement.outerHTML"
        result = self._call("Runtime.evaluate", {"expression": expr, "returnByValue": True}, session=True)
        return str(result["result"]["value"])

    def screenshot(self, png: Path) -> None:
        """A PNG of the top of the page (1200 × 1600)."""
        data = self._call("Page.captureScreenshot", {"format": "png"}, session=True)
        png.write_bytes(base64.b64decode(data["data"]))

    def close(self) -> None:
        """End the browser."""
        with contextlib.suppress(RuntimeError, OSError):
            self._call("Browser.close")
        self._proc.wait(timeout=30)
        os.close(self._send)
        os.close(self._recv)
        self._profile.cleanup()
