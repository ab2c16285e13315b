"""In a venue: the laptop's address on the network the phones share (Wi-Fi or a hotspot).

``vsvkit serve --room`` binds to it, so that phones in the room reach the vote pages while
the trainer's pages keep their token. No internet is needed: finding the address sends no
packet (a UDP socket is only pointed at an address, never used).
"""

from __future__ import annotations

import ipaddress
import socket

__all__ = ["network_address", "terminal_qr"]

#: An address of the documentation range (RFC 5737): pointing a socket at it picks the
#: interface the system would use, without sending anything.
_PROBE = ("192.0.2.1", 9)


def _usable(address: str) -> bool:
    ip = ipaddress.ip_address(address)
    return not (ip.is_loopback or ip.is_link_local or ip.is_unspecified or ip.is_multicast)


def network_address() -> str | None:
    """The laptop's IPv4 address on a network phones can join; None when it has none.

    Tries the interface with the default route first, then every address of the host name.
    """
    candidates: list[str] = []
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(_PROBE)
            candidates.append(probe.getsockname()[0])
    except OSError:  # no route at all (no network)
        pass
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
        candidates += [str(info[4][0]) for info in infos]
    except OSError:
        pass
    return next((a for a in candidates if _usable(a)), None)


def terminal_qr(url: str) -> str:
    """The QR code of ``url`` as text for a terminal (two rows a line)."""
    import io

    import segno

    out = io.StringIO()
    segno.make(url, error="m", micro=False).terminal(out=out, compact=True, border=2)
    return out.getvalue()
