"""Follow-ups at one company told apart on Today's due list.

A follow-up too long for its line gives up its role first ("Follow up with Acme"), then
the words before the company ("Acme"): at 80x24 two follow-ups at Acme both read "✉ Acme
3 days late", and nothing said which was which. Where two or more listed follow-ups name
one company, each keeps its role instead, cut inside its brackets as an application's name
is elsewhere ("Acme (Data…)", ``ui/kit/cells.clip_app_name``); one at a company of its
own may still drop it."""

from __future__ import annotations

from collections import Counter

from bounceback_tui.domain.due import DueItem, DueKind
from bounceback_tui.domain.text import screen_line


def _company(item: DueItem) -> str | None:
    """The company of a follow-up with a role, as a person reads it; None for any other."""
    if item.kind is not DueKind.FOLLOW_UP or item.parts is None or not item.parts[1].strip():
        return None
    return screen_line(item.parts[0]).strip().casefold()


def told_apart(items: list[DueItem]) -> list[DueItem]:
    """``items`` with each follow-up at a company another listed follow-up names keeping its
    role: its name is "Company (Role)" (cut part by part where the line is too short), and
    its one shorter form is that name without "Follow up with"."""
    companies = Counter(_company(item) for item in items)
    companies.pop(None, None)
    return [_with_role(item) if companies.get(_company(item), 0) > 1 else item for item in items]


def _with_role(item: DueItem) -> DueItem:
    assert item.parts is not None
    company, role = item.parts
    named = f"{company} ({role})"
    return item._replace(shorter=(named,), name=named)
