"""An error quotes what the person typed as they typed it.

``quoted`` used ``repr``: a backslash typed in a date field ("\\x1b[2J", four characters
and the rest) was shown doubled ("'... \\\\x1b[2J'"), and a quote inside came back with a
backslash before it. A real control character still never reaches the screen."""

from __future__ import annotations

import pytest

from bounceback_tui.domain.dates import DateParseError, parse_date
from bounceback_tui.domain.text import quoted
from tests.conftest import FIXED_TODAY

TYPED = "[/] lone [ and \\x1b[2J"  # the backslash is one character, as typed


def test_a_date_error_shows_a_typed_backslash_once() -> None:
    with pytest.raises(DateParseError) as refused:
        parse_date(TYPED, FIXED_TODAY)
    message = str(refused.value)
    assert "'" + TYPED + "'" in message, message
    assert "\\\\" not in message, message


def test_a_quote_inside_is_shown_without_a_backslash() -> None:
    assert quoted("it's") == '"it\'s"'
    assert quoted('say "hi"') == "'say \"hi\"'"
    both = quoted('it\'s "x"')
    assert "\\" not in both and 'it\'s "x"' in both, both


def test_a_real_control_character_is_never_shown_raw() -> None:
    shown = quoted("a\x1b[2Jb\x07c")
    assert "\x1b" not in shown and "\x07" not in shown, repr(shown)
    assert shown.startswith("'a") and shown.endswith("c'"), repr(shown)
