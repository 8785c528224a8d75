"""Where the room can be reached: the laptop's addresses on local networks, never public ones.

Read from the operating system's interface list (psutil); nothing is sent or resolved.
"""

from __future__ import annotations

import ipaddress
import socket

import psutil


def _rank(address: ipaddress.IPv4Address) -> int:
    """Home and venue Wi-Fi and phone hotspots first; container bridges (172.17.x) last."""
    if address in ipaddress.IPv4Network("192.168.0.0/16"):
        return 0
    if address in ipaddress.IPv4Network("10.0.0.0/8"):
        return 1
    if address in ipaddress.IPv4Network("172.17.0.0/16"):
        return 4
    if address in ipaddress.IPv4Network("172.16.0.0/12"):
        return 2
    return 3  # link-local 169.254.x: two devices without a router


def local_network_addresses() -> list[str]:
    """IPv4 addresses of interfaces that are up and on a private or link-local network,
    the likeliest for phones in the room first."""
    stats = psutil.net_if_stats()
    found: list[ipaddress.IPv4Address] = []
    for name, addresses in psutil.net_if_addrs().items():
        if name in stats and not stats[name].isup:
            continue
        for entry in addresses:
            if entry.family != socket.AF_INET:
                continue
            address = ipaddress.IPv4Address(entry.address)
            if address.is_loopback or not (address.is_private or address.is_link_local):
                continue
            if address not in found:
                found.append(address)
    return [str(address) for address in sorted(found, key=lambda a: (_rank(a), a))]
