"""The keymap reference generated from the code: docs/keymap.md (every binding id) and the
keys table in README.md, from the inventory of ``ui/binding_catalogue.py`` (``python
docs/keymap.py``; tests/test_keymap.py fails when either is out of date)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bounceback_tui.ui.binding_catalogue import BindingEntry, binding_inventory

if TYPE_CHECKING:
    from bounceback_tui.ui.pane_keys import KeyGroup


# -- the reference in docs/keymap.md -----------------------------------------------------

DOC_HEADER = """\
# Every binding id

Generated from the code by `python docs/keymap.py` (a test fails when it is out of date).
Put any of these ids in the `[keymap]` section of `settings.toml` to change its keys; see
[keys.md](keys.md#your-own-keys) for where the file lives and how to write it.

Keys are listed as you would write them in the file; several keys for one binding are
separated by commas.
"""


def doc_key(key: str) -> str:
    """A key as a person would type it in settings.toml: "?" rather than "question_mark"."""
    modifiers, _, base = key.rpartition("+")
    from textual.keys import REPLACED_KEYS, key_to_character

    char = key_to_character(REPLACED_KEYS.get(base, base)) if len(base) > 1 else base
    shown = char if char and char.isprintable() and not char.isspace() else base
    return f"{modifiers}+{shown}" if modifiers else shown


def _section_order(where: str) -> tuple[int, str]:
    from bounceback_tui.ui.panes import PANES

    firsts = ["everywhere", *(f"the {spec.title} pane" for spec in PANES)]
    return (firsts.index(where), "") if where in firsts else (len(firsts), where)


def render_markdown(entries: list[BindingEntry] | None = None) -> str:
    """docs/keymap.md: every binding id, grouped by where its keys work."""
    if entries is None:
        entries = binding_inventory()
    sections: dict[str, list[BindingEntry]] = {}
    for entry in entries:
        sections.setdefault(entry.where, []).append(entry)
    out = [DOC_HEADER]
    for where in sorted(sections, key=_section_order):
        out.append(f"## {where[0].upper()}{where[1:]}\n")
        out.append("| binding id | keys | what it does |")
        out.append("|---|---|---|")
        # An id bound twice in one place (Today's Enter: the board's, the pane's) is one row.
        for entry in {e.id or str(n): e for n, e in enumerate(sections[where])}.values():
            keys = ", ".join(f"`{doc_key(key)}`".replace("`|`", "`\\|`") for key in entry.keys)
            what = entry.binding.description or entry.binding.action
            out.append(f"| `{entry.id or '(no id)'}` | {keys} | {what} |")
        out.append("")
    return "\n".join(out)


# -- the keys table in README.md ---------------------------------------------------------

README_START = "<!-- keys table: generated from the code by `python docs/keymap.py` -->"
README_END = "<!-- end of the keys table -->"


def render_readme_keys(entries: list[BindingEntry] | None = None) -> str:
    """The README's keys table: every pane's keys by the groups of ui/pane_keys.py, then
    the screens the panes open, with their default keys, between README_START and
    README_END."""
    from bounceback_tui.ui.pane_keys import EVERYWHERE, FORM_GROUP, PANE_GROUPS, SCREEN_GROUPS
    from bounceback_tui.ui.panes import PANES

    if entries is None:
        entries = binding_inventory()
    # Some ids are shared by widgets with different keys (list.down): a pane's own first.
    keys_of: dict[tuple[str, str], tuple[str, ...]] = {}
    for entry in entries:
        if entry.id:
            keys_of.setdefault((entry.where, entry.id), entry.keys)
            keys_of.setdefault(("", entry.id), entry.keys)

    def row(where: str, group: KeyGroup, place: str = "") -> str:
        parts = []
        for binding_id, text in group.entries:
            keys = keys_of.get((place, binding_id)) or keys_of[("", binding_id)]
            shown = " / ".join(f"`{doc_key(key)}`" for key in keys)
            parts.append(f"{shown} {text}".replace("|", "\\|"))
        return f"| {where} | {' · '.join(parts)} |"

    lines = [README_START, "", "| where | keys |", "|---|---|", row("everywhere", EVERYWHERE)]
    for spec in PANES:
        for group in PANE_GROUPS[spec.id]:
            same = group.title == spec.title
            where = spec.title if same else f"{spec.title}: {group.title.lower()}"
            lines.append(row(where, group, f"the {spec.title} pane"))
    for groups in SCREEN_GROUPS.values():
        lines.extend(row(group.title, group) for group in groups)
    lines += [row("forms", FORM_GROUP), "", README_END]
    return "\n".join(lines)


def replace_readme_keys(readme: str, table: str) -> str:
    """``readme`` with its keys table replaced by ``table``."""
    start, end = readme.index(README_START), readme.index(README_END) + len(README_END)
    return readme[:start] + table + readme[end:]
