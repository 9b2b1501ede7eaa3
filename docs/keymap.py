"""Regenerate docs/keymap.md (every binding id) and the keys table in README.md from the code:
`python docs/keymap.py`."""

from __future__ import annotations

from pathlib import Path

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
