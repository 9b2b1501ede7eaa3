"""The person's own keys: the ``[keymap]`` section of ``settings.toml``.

Read at startup, before the first paint, so it uses the standard library's
``tomllib`` and Textual's key names only. A file that cannot be used never
stops the app: every problem becomes one sentence for a notification, and the
entries that can be used still apply.

The file maps binding ids to keys::

    [keymap]
    "pipeline.add" = "n"
    "pane.today" = "ctrl+1,1"     # several keys: commas, or a list
    skills.view = ["v", "b"]      # unquoted dotted ids work too

Checking the ids themselves (unknown ids, clashes) needs every binding of the
app: ``ui/keymap_check.py`` does it before anything is bound, against the keys
``python docs/keymap.py`` writes down from the code.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from textual.keys import REPLACED_KEYS, Keys, _character_to_key, key_to_character

from bounceback_tui.paths import (
    SETTINGS_MAX_BYTES,
    NotASettingsFile,
    link_to_nothing,
    read_settings_bytes,
)

SECTION = "keymap"
# "pipeline.add", "recovery.list_up": a namespace, a dot, a name. Compiled (by ``re``'s own
# cache) when a keymap is first read: most launches have none, and compiling it at import
# cost the first paint about 0.6 million instructions.
BINDING_ID = r"^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$"
MODIFIERS = frozenset({"ctrl", "shift", "alt", "meta", "super", "hyper"})


@cache
def _named_keys() -> frozenset[str]:
    """Named keys Textual knows ("escape", "pageup", "f5"...), without their modifiers: made
    the first time a key is named (at import they cost the first paint about 1.5 million
    instructions, for a keymap most launches do not have)."""
    return frozenset(
        key.value.rpartition("+")[2] for key in Keys if not key.value.startswith("<")
    ) | frozenset(REPLACED_KEYS)


# A keymap is a handful of lines; anything longer is not one (``paths.read_settings_bytes``).
MAX_FILE_BYTES = SETTINGS_MAX_BYTES


class KeymapFile:
    """What ``settings.toml`` asks for: usable entries and sentences about the rest.

    A plain class (not a dataclass, whose generated methods cost the first paint about
    half a millisecond to make); both parts are filled in place, so each file has its own."""

    __slots__ = ("keymap", "problems")

    def __init__(
        self, keymap: dict[str, str] | None = None, problems: list[str] | None = None
    ) -> None:
        self.keymap: dict[str, str] = {} if keymap is None else keymap
        self.problems: list[str] = [] if problems is None else problems


def normalize_key(text: str) -> str:
    """One key as Textual names it ("?" -> "question_mark", "Ctrl+S" -> "ctrl+s").

    Raises ValueError with a sentence for the person if it is not a key."""
    raw = text.strip()
    if not raw:
        raise ValueError("an empty key")
    *modifiers, base = [raw] if raw in ("+", ",") else raw.split("+")
    modifiers = [m.strip().lower() for m in modifiers]
    unknown = [m for m in modifiers if m not in MODIFIERS]
    if unknown or "" in modifiers:
        raise ValueError(f"{_said(raw)} (modifiers are ctrl, shift, alt, meta, super, hyper)")
    base = base.strip()
    if len(base) == 1:
        if not _typed_by_a_keyboard(base):
            raise ValueError(f"{_said(raw)} (no keyboard sends that key)")
        # "A" alone is shift+a, as Textual names it; with ctrl or alt, terminals send the letter.
        base = _character_to_key(base.lower() if modifiers else base)
    else:
        base = base.lower()
        if base not in _named_keys():
            character = key_to_character(base)
            if character is None:
                raise ValueError(
                    f"{_said(raw)} (not a key this app knows; key names look like f5, escape, "
                    "pageup)"
                )
            if not _typed_by_a_keyboard(character):
                # Any character's name is one to Textual: "banana" is 🍌 (a stranger's walk).
                raise ValueError(f"{_said(raw)} (no keyboard sends that key)")
    if "ctrl" in modifiers and (sent_as := SENT_AS.get(base)):
        raise ValueError(
            f"{_said(raw)} (a terminal sends it as {sent_as}, so it never arrives as a key "
            "of its own)"
        )
    if "ctrl" in modifiers and (mark := _ctrl_mark(base)):
        raise ValueError(
            f"{_said(raw)} (most terminals, xterm, GNOME Terminal and tmux among them, cannot "
            f"send ctrl with the {mark} key: it arrives as another key or not at all)"
        )
    if "alt" in modifiers and (mark := _alt_mark(base)):
        raise ValueError(
            f"{_said(raw)} (a terminal sends alt with {mark} as Escape and then {mark}, and the "
            f"app reads that as {mark} alone, so it never arrives as a key of its own; alt "
            "works with a letter, a digit or a named key such as up)"
        )
    return "+".join([*modifiers, base])


def _alt_mark(base: str) -> str | None:
    """The mark or space ``base`` names ("comma" -> ","), which alt cannot come with: xterm,
    GNOME Terminal and tmux send alt and a key as Escape and the key, and Textual reads
    Escape and a mark as the mark alone (only a letter or a digit becomes "alt+a"). In tmux,
    alt+comma arrived as a bare comma, which opened Settings (`,`), and `"app.help" =
    "alt+comma"` was taken without a word. None for a letter, a digit or a named key."""
    import string

    if base == "space":
        return "Space"
    marks = {_character_to_key(mark): mark for mark in string.punctuation}
    character = marks.get(base) or key_to_character(base)
    if character is None or len(character) != 1 or character.isalnum():
        return None
    return character


# Ctrl and these keys make the byte of another key, which is what arrives: `"app.help" =
# "ctrl+i"` was taken, the key bar offered "^i Keys", and neither Tab nor ctrl+i opened the
# keys (a tester's walk). Textual reads the byte as the other key (textual/_ansi_sequences).
SENT_AS = {"i": "Tab", "m": "Enter", "h": "Backspace", "left_square_bracket": "Escape"}


# The marks a terminal can send with ctrl, each as a byte of its own (textual/_ansi_sequences):
# ctrl+@ (ctrl+space), ctrl+\\, ctrl+], ctrl+^ and ctrl+_. With any other mark most terminals
# send the mark alone (or nothing): `"app.settings" = "ctrl+comma"` was taken without a word,
# and Settings had no key that worked, ctrl+comma arriving as `,` (a power user's walk).
CTRL_MARKS = frozenset("@\\]^_")


def _ctrl_mark(base: str) -> str | None:
    """The mark ``base`` names ("comma" -> ","), when a terminal cannot send it with ctrl;
    None for a letter, a digit, a named key or a mark it can."""
    import string

    marks = {_character_to_key(mark): mark for mark in string.punctuation}
    mark = marks.get(base)
    return None if mark is None or mark in CTRL_MARKS else mark


# Tab and shift+Tab move between fields and widgets (Textual's screens bind them). Any other
# binding given one took it first: with `"pipeline.add" = "tab"` Tab opened the new
# application form where it should have left the table, and a list's binding kept focus in
# the list for good (a tester's walk). Only the bindings whose usual keys have one keep it
# (tests/test_keymap_focus_keys.py checks this against the bindings in the code).
FOCUS_KEYS = {"tab": "Tab", "shift+tab": "shift+Tab"}
USUAL_FOCUS_KEYS = {
    "form.next_field": "tab",
    "form.previous_field": "shift+tab",
    "people.details": "tab",
    "reframe.tab": "tab",
    "reframe.shift_tab": "shift+tab",
}


def _focus_keys_kept(binding_id: str, keys: str) -> str:
    """``keys`` as given, unless they take Tab or shift+Tab from moving between fields.

    Raises ValueError with a sentence for the person, as ``normalize_key`` does."""
    for key in keys.split(","):
        if key in FOCUS_KEYS and USUAL_FOCUS_KEYS.get(binding_id) != key:
            raise ValueError(
                f"{_said(key)} ({FOCUS_KEYS[key]} moves between fields and widgets, so it is "
                "kept for that)"
            )
    return keys


@cache
def text_field_keys() -> dict[str, str]:
    """The keys Textual's text fields (Input, TextArea) bind for themselves, and what each
    does there ("delete left to start of word"): with ctrl, alt or super (ctrl+w, ctrl+u),
    and the keys that move or delete in them (home, end, the arrows, backspace). Not Enter,
    which a form's field leaves to the form (it saves). Read the first time a keymap moves
    a binding heard while typing (ui/keymap_check.py): most launches have none."""
    from textual.binding import Binding
    from textual.widgets import Input, TextArea

    kept: dict[str, str] = {}
    for widget in (Input, TextArea):
        for binding in widget.BINDINGS:
            if not isinstance(binding, Binding):
                continue
            for key in binding.key.split(","):
                key = key.strip()
                if key != "enter":
                    kept.setdefault(key, binding.description.lower() or binding.action)
    return kept


def _said(text: str) -> str:
    """The person's ``text`` quoted in a sentence: on one line, cut with an ellipsis to a
    name's room (``domain.text.clip_name``): a 10,000-character key filled about 160 lines
    of the `?` screen."""
    from bounceback_tui.domain.text import clip_name

    return f"'{clip_name(text)}'"


def _typed_by_a_keyboard(character: str) -> bool:
    """A character some keyboard layout has a key for: printable, and in the basic
    multilingual plane (emoji and the rest past it come from pickers and pastes, not keys)."""
    return character.isprintable() and ord(character) <= 0xFFFF


# Why an empty entry is refused. Every action keeps a key: the key bar, `?`, the palette and
# the hints in the panes' text each name one, and nothing is reachable only by the mouse.
EMPTY_ENTRY = (
    "it is empty, and an action cannot be left without a key, so it keeps its usual one; to "
    "free that key for another binding, give this one a different key (or remove the line)"
)


def normalize_keys(value: object) -> str:
    """A keymap value (a string with commas, or a list of strings) as Textual's key list."""
    if isinstance(value, str):
        keys = value.split(",") if value.strip() not in (",",) else [value]
    elif isinstance(value, list) and all(isinstance(item, str) for item in value):
        keys = value
    elif isinstance(value, dict):
        raise ValueError('it is a table where a key was expected (a key in quotes, like "n")')
    else:
        raise ValueError('the value must be a key in quotes, like "n", or a list of them')
    normalized = [normalize_key(key) for key in keys if key.strip()]
    if not normalized:
        # `"pipeline.add" = ""` or `[]`, written to take a key away: it said "no key given",
        # and whether the action still had its key was left to guess (a power user's walk).
        raise ValueError(EMPTY_ENTRY)
    # Keep the order, drop repeats: the first key is the one hints show.
    return ",".join(dict.fromkeys(normalized))


def _flatten(table: Mapping[str, Any], prefix: str = "") -> dict[str, object]:
    """Unquoted dotted ids (pipeline.add = "n") arrive as nested tables: join them back. A
    table given to a whole id is kept as its value, to be refused as what it is:
    `"pipeline.filter" = {a = 1}` was "'pipeline.filter.a' is not a binding id"."""
    flat: dict[str, object] = {}
    for name, value in table.items():
        full = f"{prefix}.{name}" if prefix else name
        if isinstance(value, dict) and not re.match(BINDING_ID, full):
            flat.update(_flatten(value, full))
        else:
            flat[full] = value
    return flat


def parse_keymap(table: object, where: str = "settings.toml") -> KeymapFile:
    """Check the ``[keymap]`` table entry by entry. An entry's sentence starts with its id,
    as the keymap check's do (ui/binding_catalogue.py): the note names the file once, under
    them all; "settings.toml: skills.view was not changed" beside "pipeline.ad: no binding
    has this id" read as two kinds of problem."""
    result = KeymapFile()
    if not isinstance(table, dict):
        result.problems.append(
            f"{where} has a [keymap] that is not a table of binding ids and keys; usual keys kept."
        )
        return result
    for binding_id, value in _flatten(table).items():
        if not re.match(BINDING_ID, binding_id):
            result.problems.append(
                f"{_said(binding_id)} is not a binding id (they look like pipeline.add)."
            )
            continue
        try:
            result.keymap[binding_id] = _focus_keys_kept(binding_id, normalize_keys(value))
        except ValueError as exc:
            result.problems.append(_refused(binding_id, exc))
    return result


def _refused(binding_id: str, exc: ValueError) -> str:
    """Why an entry's keys were refused, or, for an id no binding has, that: `"pane.settings"
    = "alt+comma"` was told about alt and a mark, `"bogus.id" = ""` that an action keeps its
    key, of actions there are none of (a tester's walk)."""
    from bounceback_tui.ui.keymap_check import stored_scopes, unknown_id_said

    scopes = stored_scopes()
    if scopes is not None and binding_id not in scopes.ids:
        return unknown_id_said(binding_id, scopes.ids)
    return f"{binding_id} was not changed: {exc}."


def load_keymap(path: Path) -> KeymapFile:
    """Read ``path``'s ``[keymap]`` section. A missing file is an empty keymap, not a problem."""
    name = path.name
    try:
        # Never more than the limit: a named pipe there hung the launch, a link to /dev/zero
        # filled the memory (its size reads 0, so a size check let it through).
        raw = read_settings_bytes(path, MAX_FILE_BYTES)
    except FileNotFoundError:
        if broken := link_to_nothing(path):
            # A link to nothing was passed over in silence, the usual keys in force, where a
            # folder, bad UTF-8 or bad TOML each had a note (a power user's walk).
            return KeymapFile(problems=[f"{broken}; usual keys kept."])
        return KeymapFile()
    except NotASettingsFile as exc:
        return KeymapFile(problems=[f"{exc}; usual keys kept."])
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return KeymapFile(problems=[f"{path} could not be read ({reason}); usual keys kept."])
    import tomllib  # only when there is a file: a millisecond of the first paint otherwise

    try:
        # "utf-8-sig": a file saved "UTF-8 with BOM" (Notepad's choice) was refused at line 1.
        data = tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return KeymapFile(problems=[f"{path} is not UTF-8 text; usual keys kept."])
    except tomllib.TOMLDecodeError as exc:
        return KeymapFile(problems=[f"{name} could not be read ({exc}); usual keys kept."])
    if SECTION not in data:
        return KeymapFile()
    return parse_keymap(data[SECTION], name)


def first_key(keys: str) -> str:
    """The first of a comma-separated key list (the one hints show)."""
    return keys.split(",")[0].strip()


def written_key(key: str) -> str:
    """A key as a person writes it in settings.toml ("pagedown", "?", "ctrl+c"), not as a
    footer shows it: "pgdn already means Page down" named a key the file never said."""
    *modifiers, base = key.split("+") if key not in ("+",) else [key]
    character = key_to_character(base)
    if (
        character is not None
        and len(character) == 1
        and character.isprintable()
        and character.strip()
    ):
        base = character
    return "+".join([*modifiers, base])
