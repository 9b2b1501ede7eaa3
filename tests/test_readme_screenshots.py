"""The README's screenshots show what the app draws today.

They are SVGs made by docs/screenshots/make.py and committed; a change to a pane's text or keys
left them behind once (Today's due line gained its "(N)" key and the pictures did not). This
draws every pane again, the way make.py does, and compares the text of each picture line by
line with the committed one (text only: colours and the SVG's own class names may move).
"""

from __future__ import annotations

import html
import importlib.util
import re
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "docs" / "screenshots"
_TEXT = re.compile(r'<text[^>]*\by="([\d.]+)"[^>]*>([^<]*)</text>')


def _lines(svg: str) -> list[str]:
    rows: dict[float, list[str]] = {}
    for match in _TEXT.finditer(svg):
        rows.setdefault(float(match.group(1)), []).append(html.unescape(match.group(2)))
    return ["".join(parts).replace("\xa0", " ").rstrip() for _, parts in sorted(rows.items())]


def _make_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("screenshots_make", SHOTS / "make.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_text_lines_reader_reads_an_svg() -> None:
    svg = (
        '<text class="a" x="0" y="20" textLength="1">Due&#160;now</text>'
        '<text class="b" x="9" y="20" textLength="1">&#160;(N)</text>'
        '<text class="a" x="0" y="44" textLength="1">I&#x27;m&#160;here</text>'
    )
    assert _lines(svg) == ["Due now (N)", "I'm here"]


def test_every_readme_screenshot_shows_what_the_app_draws_now(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    drawn = _make_module().render(tmp_path)
    assert drawn, "make.py drew nothing"
    stale = []
    for path in drawn:
        committed = SHOTS / path.name
        assert f"docs/screenshots/{path.name}" in readme, f"{path.name} is not in the README"
        want = _lines(path.read_text(encoding="utf-8"))
        have = _lines(committed.read_text(encoding="utf-8"))
        assert want, f"{path.name}: no text drawn"
        if want != have:
            changed = [f"- {a}\n+ {b}" for a, b in zip(have, want, strict=False) if a != b]
            changed = changed or [f"{len(have)} lines committed, {len(want)} drawn"]
            stale.append(f"{path.name}:\n" + "\n".join(changed[:3]))
    assert not stale, (
        "README screenshots are out of date; run docs/screenshots/make.py:\n" + "\n".join(stale)
    )
