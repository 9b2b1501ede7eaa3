"""An IPv4 address inside an IPv6 one is judged as itself (importers/addresses.py).

`is_public_address` said True for `64:ff9b::a9fe:a9fe` (169.254.169.254, the cloud metadata
address, through NAT64), `::7f00:1` and `2002:7f00:1::1` (127.0.0.1, IPv4-compatible and
6to4), so a redirect from a public site to them was followed (an attacker's walk)."""

from __future__ import annotations

import pytest

from bounceback_tui.importers.http import is_public_address


@pytest.mark.parametrize(
    ("address", "public"),
    [
        # NAT64, the well-known prefix: judged by the address inside.
        ("64:ff9b::a9fe:a9fe", False),  # 169.254.169.254
        ("64:ff9b::7f00:1", False),  # 127.0.0.1
        ("64:ff9b::a00:1", False),  # 10.0.0.1
        ("64:ff9b::808:808", True),  # 8.8.8.8
        ("64:ff9b:1::808:808", False),  # NAT64 for local use: whatever is inside
        # IPv4-compatible (deprecated).
        ("::7f00:1", False),
        ("::127.0.0.1", False),
        ("::a9fe:a9fe", False),
        ("::808:808", True),  # 8.8.8.8
        # IPv4-mapped.
        ("::ffff:127.0.0.1", False),
        ("::ffff:7f00:1", False),
        ("::ffff:169.254.169.254", False),
        ("::ffff:8.8.8.8", True),
        # 6to4.
        ("2002:7f00:1::1", False),
        ("2002:a9fe:a9fe::1", False),
        ("2002:c0a8:1::1", False),  # 192.168.0.1
        ("2002:808:808::1", True),
        # Teredo, its client 127.0.0.1 (bits inverted inside).
        ("2001:0:4136:e378:8000:63bf:80ff:fffe", False),
        # Plain ones, as before.
        ("2606:4700:4700::1111", True),
        ("93.184.216.34", True),
        ("::1", False),
        ("::", False),
        ("fe80::1%eth0", False),
    ],
)
def test_an_address_is_public_only_when_what_it_carries_is(address: str, public: bool) -> None:
    assert is_public_address(address) is public
