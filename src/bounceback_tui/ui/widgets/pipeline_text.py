"""Putting what people typed into Textual markup without it being read as markup."""

from __future__ import annotations


def markup_safe(text: str) -> str:
    """``text`` shown as typed inside markup: every "[" escaped (Rich's escape leaves a
    lone "[" alone, which Textual then pairs with the next tag), and a trailing
    backslash kept from escaping whatever tag follows."""
    safe = text.replace("[", "\\[")
    return safe + " " if safe.endswith("\\") else safe
