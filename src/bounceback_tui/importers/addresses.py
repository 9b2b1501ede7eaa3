"""Whether an IP address is on the public internet, for importers/http.py's redirect checks.

An IPv4 address can ride inside an IPv6 one: mapped (``::ffff:127.0.0.1``), compatible
(``::7f00:1``), 6to4 (``2002:7f00:1::1``), NAT64's well-known prefix
(``64:ff9b::a9fe:a9fe``, 169.254.169.254 through a NAT64 gateway) and Teredo. Python's
``is_global`` judges only the wrapper, so those read as public (an attacker's walk); the
address inside is judged too, and NAT64's local-use prefix (``64:ff9b:1::/48``) is not public.
"""

from __future__ import annotations

import ipaddress
from ipaddress import IPv4Address, IPv6Address

_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.IPv6Network("64:ff9b:1::/48")
_IPV4_COMPATIBLE = ipaddress.IPv6Network("::/96")


def is_public_address(address: str) -> bool:
    """Whether an IP address is on the public internet (not loopback, private, link-local,
    shared, reserved, multicast or unspecified), judging any IPv4 address inside it."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, IPv4Address):
        return _public(ip)
    if ip.ipv4_mapped is not None:  # the wrapper itself is marked private
        return _public(ip.ipv4_mapped)
    if ip in _IPV4_COMPATIBLE:  # deprecated; "::" and "::1" are in it, and not public
        return _public(_low_ipv4(ip))
    if ip in _NAT64_LOCAL:
        return False
    inner = _embedded_ipv4(ip)
    return _public(ip) and (inner is None or _public(inner))


def _embedded_ipv4(ip: IPv6Address) -> IPv4Address | None:
    """The IPv4 address a 6to4, NAT64 or Teredo address carries (Teredo: its client's)."""
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]
    if ip in _NAT64:
        return _low_ipv4(ip)
    return None


def _low_ipv4(ip: IPv6Address) -> IPv4Address:
    return IPv4Address(int(ip) & 0xFFFFFFFF)


def _public(ip: IPv4Address | IPv6Address) -> bool:
    return ip.is_global and not ip.is_multicast
