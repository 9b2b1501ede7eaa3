"""A failure's own sentence joined after a colon ("Not saved: …", "Not kept as a draft: …",
"Your draft could not be kept: …") starts in lower case where its first word is a common
one, everywhere the UI joins one, not only on the store-problem screen: a form read "Not
saved: This application was changed in another window" (the thirty-second round's
left-alone list). ``after_colon`` (ui/kit/text.py) is what does it.
"""

from __future__ import annotations

import re
from pathlib import Path

from bounceback_tui.errors import ConflictError
from bounceback_tui.ui.kit.form_conflict import conflict_lines

UI = Path(__file__).resolve().parents[1] / "src" / "bounceback_tui" / "ui"
# A template joining a value after a colon: "Not saved: $error" given error=..., or an
# f-string "Not saved: {exc}".
_TEMPLATE = re.compile(r'"[^"\n]*: \$(\w+)[^"\n]*"\s*,\s*\1=([^,)]*)')
_F_STRING = re.compile(r'f"[^"\n]*: \{((?:exc|error|message\.error)[^}!]*)\}')


def test_a_conflict_line_beside_the_form_starts_in_lower_case() -> None:
    exc = ConflictError("This application was changed in another window.")
    sentence, line = conflict_lines(None, 0.0, exc)
    assert sentence == "This application was changed in another window."
    assert line == "Not saved: this application was changed in another window."


def test_every_error_joined_after_a_colon_goes_through_after_colon() -> None:
    unjoined = []
    for path in sorted(UI.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        where = path.relative_to(UI)
        for found in _TEMPLATE.finditer(text):
            value = found.group(2).strip()
            if value in ("exc", "error", "err", "why"):
                unjoined.append(f"{where}: {found.group(0)}")
        for found in _F_STRING.finditer(text):
            if where == Path("keymap.py"):  # its own fragments ("an empty key"), not sentences
                continue
            unjoined.append(f"{where}: {found.group(0)}")
    assert unjoined == [], unjoined
