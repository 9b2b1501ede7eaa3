"""Regenerate docs/keymap.md (every binding id), the keys table in README.md and the keys the
app checks a keymap against before its first paint (ui/keymap_scopes.json) from the code:
`python docs/keymap.py`."""

from __future__ import annotations

from pathlib import Path

from bounceback_tui.ui.binding_catalogue import binding_inventory, scopes_of
from bounceback_tui.ui.keymap_check import SCOPES_FILE, scopes_to_json
from bounceback_tui.ui.keymap_docs import (
    render_markdown,
    render_readme_keys,
    replace_readme_keys,
)

TARGET = Path(__file__).with_name("keymap.md")
README = Path(__file__).resolve().parent.parent / "README.md"

if __name__ == "__main__":
    TARGET.write_text(render_markdown(), encoding="utf-8")
    print(f"Wrote {TARGET}")
    README.write_text(
        replace_readme_keys(README.read_text(encoding="utf-8"), render_readme_keys()),
        encoding="utf-8",
    )
    print(f"Updated the keys table in {README}")
    SCOPES_FILE.write_text(scopes_to_json(scopes_of(binding_inventory())), encoding="utf-8")
    print(f"Wrote {SCOPES_FILE}")
