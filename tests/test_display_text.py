"""domain/text.display_text and json_safe: nothing a terminal acts on, nothing else changed."""

from __future__ import annotations

import json
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from bounceback_tui.domain.text import PLACEHOLDER, display_text, is_display_safe, json_safe
from tests.hostile import hostile_strings

ESC = "\x1b"
any_text = st.text(st.characters(codec=None, exclude_categories=()), max_size=80)


def _acts_on_terminal(ch: str) -> bool:
    """What the rule says is unsafe, written out independently of the regex."""
    code = ord(ch)
    if ch in "\n\t":
        return False
    if unicodedata.category(ch) == "Cc":  # C0, DEL, C1 (and \r, judged by its neighbour)
        return True
    return 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069 or 0xD800 <= code <= 0xDFFF


def _begins_a_line_with_no_width(text: str, index: int) -> bool:
    """A mark, joiner or format character with nothing of the text's before it on its line."""
    no_width = unicodedata.category(text[index]) in ("Mn", "Me", "Cf") and text[index] != "\xad"
    return no_width and (index == 0 or text[index - 1] == "\n")


def test_terminal_sequences_lose_their_escape_and_keep_their_text() -> None:
    assert display_text(ESC + "[2J" + ESC + "[H") == f"{PLACEHOLDER}[2J{PLACEHOLDER}[H"
    osc52 = ESC + "]52;c;aGk=\x07"
    assert display_text(osc52) == f"{PLACEHOLDER}]52;c;aGk={PLACEHOLDER}"
    assert display_text("\x9b2J") == PLACEHOLDER + "2J"  # C1 CSI
    assert display_text("a\x00b\x7fc") == f"a{PLACEHOLDER}b{PLACEHOLDER}c"


def test_bidi_overrides_and_isolates_are_neutralised_but_marks_and_scripts_are_not() -> None:
    assert display_text("invoice\u202etxt.exe") == f"invoice{PLACEHOLDER}txt.exe"
    assert display_text("\u2066x\u2069") == f"{PLACEHOLDER}x{PLACEHOLDER}"
    for kept in ("an \u200fRLM \u200eLRM", "שלום", "مرحبا", "👩‍💻", "e\u0301", "zero\u200bwidth"):
        assert display_text(kept) == kept


def test_layout_characters_stay_and_a_lone_carriage_return_does_not() -> None:
    assert display_text("a\nb\tc") == "a\nb\tc"
    assert display_text("row one\r\nrow two\r\n") == "row one\r\nrow two\r\n"
    assert display_text("safe\rEVIL") == f"safe{PLACEHOLDER}EVIL"
    assert display_text("ends\r") == f"ends{PLACEHOLDER}"


def test_ordinary_text_is_returned_as_it_is() -> None:
    text = "Initech [link=http://x]y — Café 株式会社 🚀"
    assert display_text(text) is text
    assert is_display_safe(text)


@settings(max_examples=200, deadline=None)
@given(any_text)
def test_display_text_keeps_length_and_safe_characters_and_is_idempotent(text: str) -> None:
    shown = display_text(text)
    assert len(shown) == len(text)
    assert is_display_safe(shown)
    assert display_text(shown) == shown
    for index, (before, after) in enumerate(zip(text, shown, strict=True)):
        if after != before:
            assert after == PLACEHOLDER
            assert _acts_on_terminal(before) or _begins_a_line_with_no_width(text, index)
        else:
            assert not _acts_on_terminal(before) or before == "\r"
            assert not _begins_a_line_with_no_width(text, index)


def test_a_mark_with_nothing_before_it_on_its_line_is_neutralised() -> None:
    """A terminal puts a character of no width on the cell before it: at the start of a
    column that is another widget's cell (the padding, a border), which keeps the accent
    after the row is drawn again (seen in tmux: a stray ◌́ on blank rows of the Pipeline
    once a filter hid "\u0301leading"). After a character of the text's own it stays."""
    assert display_text("\u0301leading mark") == f"{PLACEHOLDER}leading mark"
    assert display_text("two\n\u0301lines") == f"two\n{PLACEHOLDER}lines"
    assert display_text("\ufe0f\u200dx") == f"{PLACEHOLDER}\u200dx"  # the next sits on U+FFFD
    assert display_text("\u200fRLM") == f"{PLACEHOLDER}RLM"
    assert not is_display_safe("\u0301x")
    for kept in ("e\u0301cole", "x \u0301", "Z\u0334\u0321a", "\xadsoft", "a\n\tb"):
        assert display_text(kept) == kept


def test_every_hostile_string_comes_out_without_controls() -> None:
    for text in hostile_strings():
        shown = display_text(text)
        assert not any(_acts_on_terminal(ch) and ch != "\r" for ch in shown), repr(text)
        assert "\r" not in shown.replace("\r\n", "")


@settings(max_examples=200, deadline=None)
@given(any_text)
def test_json_safe_is_the_same_data_with_nothing_raw(text: str) -> None:
    encoded = json_safe(json.dumps({"v": text}, ensure_ascii=False))
    assert json.loads(encoded) == {"v": text}
    assert is_display_safe(encoded)


def test_json_safe_escapes_c1_and_bidi_that_json_dumps_leaves_raw() -> None:
    raw = json.dumps(["\x9b2J", "a\u202eb", "\x7f"], ensure_ascii=False)
    assert "\x9b" in raw and "\u202e" in raw  # json.dumps alone leaves them
    assert json_safe(raw) == '["\\u009b2J", "a\\u202eb", "\\u007f"]'
