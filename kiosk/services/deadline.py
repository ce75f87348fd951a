"""A total time limit for one HTTP exchange, whatever the server does.

``requests``' ``timeout`` bounds each wait for a byte, not the exchange: a server that sends one
byte every 0.4 s keeps a request going for ever, and with it a worker thread. Inside
``with Deadline(s):`` every connection ``session()`` opens is registered; when the time is up the
sockets are shut down, the blocked read returns at once and the exchange fails — reported as
``"Deadline"``. (A name lookup cannot be cut short; the system resolver bounds it.)
"""
from __future__ import annotations

import socket
import threading
import time

_current = threading.local()


class Deadline:
    def __init__(self, seconds: float):
        self.seconds = seconds
        self.at = time.monotonic() + seconds
        self.passed = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            passed = self.passed
        if passed:
            _shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.passed = True
            sockets = list(self._sockets)
        for sock in sockets:
            _shut(sock)

    def __enter__(self) -> Deadline:
        _current.deadline = self
        self._timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self._timer.cancel()
        _current.deadline = None


def _shut(sock: socket.socket) -> None:
    try:
        socket.socket.shutdown(sock, socket.SHUT_RDWR)   # the raw socket, under any TLS layer
    except OSError:
        pass


def session():
    """A ``requests.Session`` whose connections obey the deadline of the running ``with``."""
    import requests
    from requests.adapters import HTTPAdapter
    from urllib3.connection import HTTPConnection, HTTPSConnection
    from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

    class Watched:
        def _new_conn(self):
            sock = super()._new_conn()
            deadline = getattr(_current, "deadline", None)
            if deadline is not None:
                deadline.watch(sock)
            return sock

    class WatchedHTTP(Watched, HTTPConnection):
        pass

    class WatchedHTTPS(Watched, HTTPSConnection):
        pass

    class HTTPPool(HTTPConnectionPool):
        ConnectionCls = WatchedHTTP

    class HTTPSPool(HTTPSConnectionPool):
        ConnectionCls = WatchedHTTPS

    pools = {"http": HTTPPool, "https": HTTPSPool}

    class Adapter(HTTPAdapter):
        def init_poolmanager(self, *args, **kwargs):
            super().init_poolmanager(*args, **kwargs)
            self.poolmanager.pool_classes_by_scheme = pools

        def proxy_manager_for(self, *args, **kwargs):
            manager = super().proxy_manager_for(*args, **kwargs)
            manager.pool_classes_by_scheme = pools
            return manager

    s = requests.Session()
    for prefix in ("http://", "https://"):
        s.mount(prefix, Adapter())
    return s
