"""The browsers listening for reloads: each one's page and the messages waiting for it.

A browser connects to the reserved path with the page it shows and the state that page was in
when served ("v3": the third version of its bytes; "missing"; "error"). After a rebuild the
server compares each page's state now with the browser's and sends ``reload`` to those whose
page changed, ``problems`` (file, line, message) to all while something is wrong and ``ok`` when
it is fixed. Messages are Server-Sent Events.
"""

from __future__ import annotations

import json
import queue
import threading
from dataclasses import dataclass, field
from typing import Any


@dataclass(eq=False, slots=True)
class Client:
    page: str  # the page's path inside the site, "" when it is no page of the site
    state: str  # what the server last told it the page is
    messages: queue.Queue[bytes | None] = field(default_factory=queue.Queue)


def message(event: str, data: Any) -> bytes:
    """One Server-Sent Event."""
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n".encode()


class Hub:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._clients: set[Client] = set()
        self.closed = threading.Event()

    def connect(self, page: str, state: str) -> Client:
        client = Client(page, state)
        with self._lock:
            self._clients.add(client)
        return client

    def disconnect(self, client: Client) -> None:
        with self._lock:
            self._clients.discard(client)

    def clients(self) -> list[Client]:
        with self._lock:
            return list(self._clients)

    def viewed(self) -> set[str]:
        """The pages open in a browser now."""
        return {c.page for c in self.clients() if c.page}

    def send(self, client: Client, event: str, data: Any) -> None:
        client.messages.put(message(event, data))

    def broadcast(self, event: str, data: Any) -> None:
        payload = message(event, data)
        for client in self.clients():
            client.messages.put(payload)

    def close(self) -> None:
        """End every stream (the server is stopping)."""
        self.closed.set()
        for client in self.clients():
            client.messages.put(None)
