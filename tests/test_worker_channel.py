"""The query workers' Channel: multiprocessing's wire format, large messages, poll's timeout, the end of stream."""

from __future__ import annotations

import socket
import threading
import time
from multiprocessing.connection import Connection

import pytest

from govkg.worker_process import Channel


def _pair() -> tuple[Channel, Channel]:
    a, b = socket.socketpair()
    return Channel(a), Channel(b)


@pytest.mark.parametrize("size", [0, 10, 65_536 - 40, 65_536 + 1, 3_000_000])
def test_messages_of_any_size_arrive_whole(size):
    left, right = _pair()
    body = bytes(range(256)) * (size // 256) + b"x" * (size % 256)
    # a large message fills the socket's buffer: the other end must read while it is written
    sender = threading.Thread(target=left.send, args=(("ok", body),))
    sender.start()
    assert right.poll(5)
    assert right.recv() == ("ok", body)
    sender.join()
    right.send(("next", 1))  # and the link is still in step
    assert left.recv() == ("next", 1)
    left.close()
    right.close()


def test_same_bytes_on_the_wire_as_multiprocessing():
    a, b = socket.socketpair()
    ours, theirs = Channel(a), Connection(b.detach())
    ours.send(("query", "SELECT * {}", ["text/csv"], None, None, 5))
    assert theirs.recv() == ("query", "SELECT * {}", ["text/csv"], None, None, 5)
    theirs.send(("ok", b"\x00" * 100_000))
    assert ours.recv() == ("ok", b"\x00" * 100_000)
    ours.close()
    theirs.close()


def test_poll_waits_at_most_its_timeout_and_sees_the_end():
    left, right = _pair()
    start = time.monotonic()
    assert not right.poll(0.2)
    assert 0.15 < time.monotonic() - start < 2
    left.close()
    assert right.poll(1)  # the end of the stream is readable...
    with pytest.raises(EOFError):
        right.recv()  # ...as EOFError, as Connection says it
    right.close()


def test_a_message_cut_short_is_eof():
    a, b = socket.socketpair()
    right = Channel(b)
    a.sendall(b"\x00\x00\x01\x00" + b"partial")  # says 256 bytes, sends 7, then closes
    a.close()
    with pytest.raises(EOFError):
        right.recv()
    right.close()
