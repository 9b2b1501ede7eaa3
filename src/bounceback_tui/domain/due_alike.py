"""Applications at one company told apart on Today's due list.

A line too narrow cuts an application's name, "Company (Role)", part by part, the role inside
its brackets (``ui/kit/cells.clip_app_name``). Where two or more listed lines name
applications at one company, each carries the others' names (``DueItem.alike``), so that its
cut cannot read as one of theirs: at 80x24 "Senior Engineer" and "Senior Designer" at Acme
both read "✉ Acme (Senior…)", and before that two follow-ups at Acme both read "✉ Acme". A
line of the same application (a plan's step and its feedback request) is not another."""

from __future__ import annotations

from bounceback_tui.domain.due import DueItem
from bounceback_tui.domain.text import screen_line


def _named(item: DueItem) -> tuple[str, str] | None:
    """(company, "Company (Role)") of an item naming an application with a role, as a person
    reads them (case aside); None for any other."""
    if item.parts is None or not item.parts[1].strip():
        return None
    company, role = (screen_line(part) for part in item.parts)
    return company.casefold(), f"{company} ({role})"


def told_apart(items: list[DueItem]) -> list[DueItem]:
    """``items``, each naming an application at a company another listed line names too
    carrying the others' names (``alike``)."""
    names: dict[str, set[str]] = {}
    for item in items:
        if (found := _named(item)) is not None:
            names.setdefault(found[0], set()).add(found[1])
    told = []
    for item in items:
        found = _named(item)
        others = () if found is None else tuple(sorted(names[found[0]] - {found[1]}))
        told.append(item._replace(alike=others) if others else item)
    return told
