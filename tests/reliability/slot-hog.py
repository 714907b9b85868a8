#!/usr/bin/env python3
"""Tries to hold every connection slot of an HTTP server (SlowClientsTest).

slot-hog.py PORT SOURCES PER_SOURCE SECONDS MODE

Opens PER_SOURCE connections to 127.0.0.1:PORT from each of the SOURCES
loopback addresses (127.0.0.10, 127.0.0.11, ...; all of 127.0.0.0/8 is local)
and keeps them open for SECONDS, opening a new one whenever the server closes
one. MODE "silent" sends nothing; MODE "health" sends `GET /health` with
keep-alive every 200 ms on each, the trick that used to keep a connection
alive for ever. Prints one line: "held=N opened=M closed=K refused=R", where
held is how many connections were open at the end and refused counts 503s.
"""

import selectors
import socket
import sys
import time

HEALTH = b"GET /health HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n"


def main():
    port, sources, per_source, seconds = (int(arg) for arg in sys.argv[1:5])
    mode = sys.argv[5]
    selector = selectors.DefaultSelector()
    opened = closed = refused = 0
    last_probe = {}

    def open_from(address):
        nonlocal opened
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind((address, 0))
        sock.settimeout(2)
        try:
            sock.connect(("127.0.0.1", port))
        except OSError:
            sock.close()
            return
        sock.setblocking(False)
        opened += 1
        selector.register(sock, selectors.EVENT_READ, address)
        last_probe[sock] = 0.0

    addresses = ["127.0.0.%d" % (10 + i) for i in range(sources)]
    for address in addresses:
        for _ in range(per_source):
            open_from(address)

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for key, _ in selector.select(timeout=0.05):
            sock = key.fileobj
            try:
                data = sock.recv(65536)
            except OSError:
                data = b""
            if data.startswith(b"HTTP/1.1 503"):
                refused += 1
            if not data:
                selector.unregister(sock)
                last_probe.pop(sock, None)
                sock.close()
                closed += 1
                open_from(key.data)  # straight back in
        if mode == "health":
            now = time.monotonic()
            for sock in list(last_probe):
                if now - last_probe[sock] >= 0.2:
                    last_probe[sock] = now
                    try:
                        sock.send(HEALTH)
                    except OSError:
                        pass
    held = len(selector.get_map())
    print("held=%d opened=%d closed=%d refused=%d" % (held, opened, closed, refused), flush=True)


if __name__ == "__main__":
    main()
