"""yaml-language-server (the language server of VS Code's YAML extension, from
npm) as the tests and benchmarks drive it: over its standard input and output,
as an editor does."""

from __future__ import annotations

import json
import queue
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

from tests.conftest import node_package

# The settings of VS Code's YAML extension that the tests rely on.
SETTINGS = {"validate": True, "hover": True, "completion": True}


class LanguageServer:
    """yaml-language-server over its standard input and output (the Language
    Server Protocol: JSON messages, each after a Content-Length header)."""

    def __init__(self) -> None:
        server = node_package("yaml-language-server") / "bin" / "yaml-language-server"
        self.process = subprocess.Popen(
            ["node", str(server), "--stdio"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self.messages: queue.Queue[dict[str, Any]] = queue.Queue()
        self.asked = 1  # the id of the last request sent
        threading.Thread(target=self._read, daemon=True).start()
        self.send({"id": 1, "method": "initialize", "params": {"capabilities": {}}})
        self.send({"method": "initialized", "params": {}})
        self.send(
            {
                "method": "workspace/didChangeConfiguration",
                "params": {"settings": {"yaml": SETTINGS}},
            }
        )

    def _read(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        while True:
            header = b""
            while not header.endswith(b"\r\n\r\n"):
                byte = stream.read(1)
                if not byte:
                    return
                header += byte
            length = next(
                int(line.split(b":")[1])
                for line in header.split(b"\r\n")
                if line.lower().startswith(b"content-length")
            )
            body = stream.read(length)
            if len(body) < length:  # the server stopped in the middle of a message
                return
            self.messages.put(json.loads(body))

    def send(self, message: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode()
        stdin = self.process.stdin
        assert stdin is not None
        stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        stdin.flush()

    def diagnostics(
        self, path: Path, seconds: float = 30, settle: float = 1.0
    ) -> list[dict[str, Any]]:
        """What the server says of the file at `path`: its last word on it, once it
        has said something and then nothing more for `settle` seconds (it may speak
        before it has read the schema)."""
        uri = path.resolve().as_uri()
        text = path.read_text(encoding="utf-8", errors="replace")
        document = {"uri": uri, "languageId": "yaml", "version": 1, "text": text}
        self.send({"method": "textDocument/didOpen", "params": {"textDocument": document}})
        deadline = time.monotonic() + seconds
        found: list[dict[str, Any]] | None = None
        quiet_until = deadline
        while time.monotonic() < min(deadline, quiet_until):
            try:
                message = self.messages.get(timeout=0.1)
            except queue.Empty:
                continue
            if "id" in message and "method" in message:  # a request of the server's
                asked = message["method"] == "workspace/configuration"
                self.send({"id": message["id"], "result": [SETTINGS] if asked else None})
                continue
            params = message.get("params", {})
            if message.get("method") == "textDocument/publishDiagnostics" and params["uri"] == uri:
                found = params["diagnostics"]
                quiet_until = time.monotonic() + (settle if not found else settle / 3)
        self.send({"method": "textDocument/didClose", "params": {"textDocument": {"uri": uri}}})
        return found or []

    def _reopen(self, path: Path) -> None:
        """The file open in the server, with its schema read."""
        self.diagnostics(path, seconds=10, settle=0.5)
        uri = path.resolve().as_uri()
        text = path.read_text(encoding="utf-8", errors="replace")
        document = {"uri": uri, "languageId": "yaml", "version": 2, "text": text}
        self.send({"method": "textDocument/didOpen", "params": {"textDocument": document}})

    def _ask(self, method: str, path: Path, line: int, character: int) -> Any:
        """The server's answer to a request about a place of the file at `path` (lines
        and characters from 0), the file open with its schema read."""
        self._reopen(path)
        self.asked += 1
        place = {"line": line, "character": character}
        params = {"textDocument": {"uri": path.resolve().as_uri()}, "position": place}
        self.send({"id": self.asked, "method": method, "params": params})
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                message = self.messages.get(timeout=0.1)
            except queue.Empty:
                continue
            if message.get("id") == self.asked and "method" not in message:
                return message.get("result")
        return None

    def completions(self, path: Path, line: int, character: int) -> list[dict[str, Any]]:
        """What the server offers at a place, as the editor lists it after Ctrl+Space:
        each item's label, documentation, ..."""
        result = self._ask("textDocument/completion", path, line, character) or {}
        items: list[dict[str, Any]] = (
            result.get("items", []) if isinstance(result, dict) else result
        )
        return items

    def hover(self, path: Path, line: int, character: int) -> str:
        """What the server shows when the pointer rests on a place."""
        result = self._ask("textDocument/hover", path, line, character) or {}
        contents = result.get("contents", "")
        return str(contents.get("value", "") if isinstance(contents, dict) else contents)

    def close(self) -> None:
        self.process.kill()
        self.process.wait()
