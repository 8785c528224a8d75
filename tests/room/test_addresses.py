"""Where the room listens: the laptop's private and link-local addresses, never public ones,
read from the interface list (faked here: nothing is sent)."""

from __future__ import annotations

import socket
from types import SimpleNamespace

from app.room import addresses


def fake_interfaces(monkeypatch, interfaces: dict[str, tuple[bool, list[tuple[int, str]]]]):
    monkeypatch.setattr(
        addresses.psutil,
        "net_if_addrs",
        lambda: {
            name: [SimpleNamespace(family=family, address=a) for family, a in entries]
            for name, (_up, entries) in interfaces.items()
        },
    )
    monkeypatch.setattr(
        addresses.psutil,
        "net_if_stats",
        lambda: {name: SimpleNamespace(isup=up) for name, (up, _entries) in interfaces.items()},
    )


def test_private_addresses_of_interfaces_that_are_up_likeliest_first(monkeypatch) -> None:
    fake_interfaces(
        monkeypatch,
        {
            "lo": (True, [(socket.AF_INET, "127.0.0.1")]),
            "docker0": (True, [(socket.AF_INET, "172.17.0.1")]),
            "eth0": (True, [(socket.AF_INET, "10.1.2.3"), (socket.AF_INET6, "fe80::1")]),
            "wlan0": (True, [(socket.AF_INET, "192.168.1.23")]),
            "wwan0": (True, [(socket.AF_INET, "84.21.7.9")]),  # public: never
            "usb0": (False, [(socket.AF_INET, "192.168.42.1")]),  # down
            "adhoc": (True, [(socket.AF_INET, "169.254.10.20")]),
        },
    )
    assert addresses.local_network_addresses() == [
        "192.168.1.23",
        "10.1.2.3",
        "169.254.10.20",
        "172.17.0.1",
    ]


def test_no_local_network_means_no_address(monkeypatch) -> None:
    fake_interfaces(monkeypatch, {"lo": (True, [(socket.AF_INET, "127.0.0.1")])})
    assert addresses.local_network_addresses() == []
