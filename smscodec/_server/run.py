"""``smscodec serve``: the emulator on uvicorn, on a socket bound before it starts, so the
address it prints is the one it listens on (``--port 0`` picks a free port)."""

from __future__ import annotations

import socket
import sys
from typing import TextIO

import uvicorn

from .app import build
from .store import Store

__all__ = ["serve"]


def serve(host: str, port: int, db: str | None, key: str | None, delay: float,
          out: TextIO = sys.stdout) -> None:
    """Run the emulator until interrupted."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP named: asyncio sets TCP_NODELAY only on sockets that say they are TCP, and
    # without it a response waits on the client's delayed ACK (40 ms a request).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(2048)  # connections made once the address is printed wait for uvicorn
    bound = sock.getsockname()[1]
    app, _ = build(Store(db or ":memory:"), key=key, delay=delay)
    where = "in memory" if db is None else db
    out.write(f"smscodec serve: http://{host}:{bound}/ (messages {where}; "
              f"{'key required' if key else 'no key required'})\n")
    out.flush()
    config = uvicorn.Config(app, log_level="warning", lifespan="on", access_log=False)
    uvicorn.Server(config).run(sockets=[sock])
