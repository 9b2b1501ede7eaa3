"""Regenerate docs/keymap.md (every binding id) from the code: `python docs/keymap.py`."""

from __future__ import annotations

from pathlib import Path

from bounceback_tui.ui.binding_catalogue import render_markdown

TARGET = Path(__file__).with_name("keymap.md")

if __name__ == "__main__":
    TARGET.write_text(render_markdown(), encoding="utf-8")
    print(f"Wrote {TARGET}")
