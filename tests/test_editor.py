"""What a trainer's editor says: yaml-language-server (the language server of VS
Code's YAML extension, from npm) reading a curriculum file with the schema its
first line names, as the editor does while the trainer types."""

from __future__ import annotations

import json
import queue
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

from tests.conftest import REPOSITORY, node_package


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
        threading.Thread(target=self._read, daemon=True).start()
        self.send({"id": 1, "method": "initialize", "params": {"capabilities": {}}})
        self.send({"method": "initialized", "params": {}})
        self.send(
            {
                "method": "workspace/didChangeConfiguration",
                "params": {"settings": {"yaml": {"validate": True}}},
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
            self.messages.put(json.loads(stream.read(length)))

    def send(self, message: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode()
        stdin = self.process.stdin
        assert stdin is not None
        stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        stdin.flush()

    def diagnostics(self, path: Path, seconds: float = 30) -> list[dict[str, Any]]:
        """What the server says of the file at `path` once it has read its schema."""
        uri = path.resolve().as_uri()
        document = {"uri": uri, "languageId": "yaml", "version": 1, "text": path.read_text()}
        self.send({"method": "textDocument/didOpen", "params": {"textDocument": document}})
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                message = self.messages.get(timeout=0.5)
            except queue.Empty:
                continue
            if "id" in message and "method" in message:  # a request of the server's
                asked = message["method"] == "workspace/configuration"
                self.send({"id": message["id"], "result": [{"validate": True}] if asked else None})
                continue
            params = message.get("params", {})
            if message.get("method") == "textDocument/publishDiagnostics" and params["uri"] == uri:
                found: list[dict[str, Any]] = params["diagnostics"]
                if found:
                    return found
        return []

    def close(self) -> None:
        self.process.kill()
        self.process.wait()


def test_the_editor_answers_a_misspelt_key_with_the_keys_in_indonesian(tmp_path: Path) -> None:
    project = tmp_path / "project"
    (project / "curriculum" / "modules").mkdir(parents=True)
    (project / "schema").symlink_to(REPOSITORY / "schema")
    module = project / "curriculum" / "modules" / "studi-tiru.yml"
    sample = (REPOSITORY / "curriculum" / "modules" / "studi-tiru.yml").read_text()
    module.write_text(sample.replace("\nsummary:", "\nsumary:", 1))
    lines = module.read_text().splitlines()
    line = next(number for number, text in enumerate(lines) if text.startswith("sumary:"))

    server = LanguageServer()
    try:
        (said,) = server.diagnostics(module)
    finally:
        server.close()

    assert said["range"]["start"] == {"line": line, "character": 0}
    indonesian, english = said["message"].split(" / ")
    assert indonesian.startswith("Kunci ini tidak dikenal. Kunci yang dapat dipakai di sini:")
    assert " summary," in indonesian and english.startswith("Unknown key; the keys here are:")
