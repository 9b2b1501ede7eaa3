"""Cleaning what people type (trimming, Unicode normalisation, refusing control characters),
and neutralising stored text for the screen and the terminal."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache

from bounceback_tui.domain.graphemes import ELLIPSIS, cluster_cells, clusters, cut_cells
from bounceback_tui.domain.sentences import QUESTION_MARKS as QUESTION_MARKS
from bounceback_tui.domain.sentences import SENTENCE_ENDS as SENTENCE_ENDS
from bounceback_tui.domain.sentences import SENTENCE_STARTERS as SENTENCE_STARTERS
from bounceback_tui.domain.sentences import ends_a_sentence as ends_a_sentence
from bounceback_tui.domain.sentences import mid_sentence as mid_sentence
from bounceback_tui.domain.sentences import with_stop as with_stop
from bounceback_tui.errors import FieldError

# Long enough for a pasted job description, short enough that a runaway paste
# (or a hostile import) cannot bloat the store.
LONG_TEXT_LIMIT = 100_000
SHORT_TEXT_LIMIT = 300


def is_blank(text: str) -> bool:
    """True when ``text`` shows nothing: it is empty, or only whitespace and format characters
    (Unicode's category Cf: zero-width space, joiners, word joiner, byte order mark...).

    The one check of "is this field filled in": a pasted U+200B alone is as empty as three
    spaces. A text with anything else in it is kept as typed, joiners inside an emoji too."""
    return all(ch.isspace() or unicodedata.category(ch) == "Cf" for ch in text)


# Characters of no width a paste brings at a text's ends, trimmed there as spaces are: the
# zero-width space and non-joiner, the joiner, the word joiner and the byte order mark. Not
# every format character (Cf): a flag of England ends with one (its cancel tag, U+E007F), and
# a mark of direction at an end can be the text's own.
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
# ``str.translate``'s table that takes the ``ZERO_WIDTH`` characters out (the fuzzy match
# reads a text without them: domain/fuzzy_text.py, domain/fuzzy_initials.py).
WITHOUT_ZERO_WIDTH = dict.fromkeys(map(ord, ZERO_WIDTH))


def _trimmed(text: str, *, multiline: bool) -> str:
    """``text`` without spaces and ``ZERO_WIDTH`` characters at its ends; a many-line text
    keeps the tabs of its first line (only newlines and spaces go at its start)."""
    start, end = 0, len(text)
    while end > start and (text[end - 1].isspace() or text[end - 1] in ZERO_WIDTH):
        end -= 1
    leading = "\n " + ZERO_WIDTH
    while start < end and (text[start] in leading or (not multiline and text[start].isspace())):
        start += 1
    return text[start:end]


def saved_line(text: str) -> str:
    """A one-line text as ``clean_text`` saves it: NFC, without spaces and characters of no
    width at its ends. The CSV export writes one-line texts so (transfer/csv_export.py): what
    its file shows is what an import of it keeps."""
    return _trimmed(unicodedata.normalize("NFC", text), multiline=False)


def clean_text(
    value: str | None,
    field: str,
    label: str,
    errors: list[FieldError],
    *,
    multiline: bool = False,
    limit: int = SHORT_TEXT_LIMIT,
    required: bool = False,
) -> str:
    """Return the cleaned text, appending a FieldError (and returning "") when refused."""
    text = unicodedata.normalize("NFC", value or "")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Spaces and characters of no width at the ends go; a joiner inside an emoji stays.
    text = _trimmed(text, multiline=multiline)
    if is_blank(text):
        text = ""  # only spaces and characters of no width: nothing a person can read
    if required and not text:
        errors.append(FieldError(field, f"{label} is required."))
        return ""
    # A printable text holds no control (Cc) and no broken (Cs) character: str.isprintable
    # refuses both, so only another text is read character by character (most are printable;
    # a restore checks each distinct value of a store: tests/test_printable_fast_path.py).
    if not text.isprintable():
        allowed = {"\n", "\t"} if multiline else set()
        if any(unicodedata.category(ch) == "Cc" and ch not in allowed for ch in text):
            errors.append(FieldError(field, f"{label} contains control characters; remove them."))
            return ""
        if any(0xD800 <= ord(ch) <= 0xDFFF for ch in text):
            errors.append(FieldError(field, f"{label} contains broken characters; retype it."))
            return ""
    if len(text) > limit:
        errors.append(
            FieldError(field, f"{label} is {len(text):,} characters; the limit is {limit:,}.")
        )
        return ""
    return text


# --- Showing stored text safely -------------------------------------------------------------
#
# Text reaches the store by routes that do not go through clean_text (a hand-edited file, an
# older export, a job board's answer), so what is shown or printed is neutralised again:
# every C0 and C1 control character (ESC, BEL, NUL, DEL, CSI, OSC...) and every bidi
# embedding, override and isolate becomes U+FFFD. Newlines and tabs stay (they lay text out,
# they do not command the terminal), and so does "\r\n" (CSV's line ending); a lone "\r"
# (which moves the cursor back over what was shown) does not. Lone surrogates, which no
# terminal can encode, become U+FFFD too. One character in, one character out: offsets and
# lengths are kept.

PLACEHOLDER = "\ufffd"

BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

_UNSAFE_PATTERN = (
    "[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f"  # C0 but \t \n \r, DEL, C1
    "\u202a-\u202e\u2066-\u2069"  # bidi embeddings, overrides and isolates
    "\ud800-\udfff]"  # lone surrogates
    "|\r(?!\n)"  # a carriage return that is not a line ending
)


# Compiled the first time a text needs it: compiling it costs about 2.5 million
# instructions, and most texts (a company, a title, a one-line note) are printable, which
# rules every one of its characters out (controls, bidi controls and surrogates are all of
# Unicode's "Other" categories, which ``str.isprintable`` refuses). docs/performance.md,
# "First paint, fp8's round".
@cache
def _unsafe() -> re.Pattern[str]:
    return re.compile(_UNSAFE_PATTERN)


def _has_unsafe(text: str) -> bool:
    """True if ``text`` holds a character ``display_text`` replaces (orphans aside)."""
    return not text.isprintable() and _unsafe().search(text) is not None


# A character of no width (a combining accent, a joiner, a variation selector, a mark) that
# begins the text or a line of it has no character of its own to sit on: a terminal puts it
# on the cell before, which is not this text's (a border, a column's padding, another
# column), and that cell keeps it when the text is drawn over or moves away (a stray accent
# left on a blank row). It becomes U+FFFD too; after any other character it stays.
_NO_WIDTH = frozenset(("Mn", "Me", "Cf"))


def _is_orphan(ch: str) -> bool:
    return unicodedata.category(ch) in _NO_WIDTH and ch != "\xad"  # a soft hyphen shows


def _orphans(text: str) -> list[int]:
    """Where a character of no width begins the text or a line (see above)."""
    found = [0] if text and _is_orphan(text[0]) else []
    start = text.find("\n")
    while start != -1:
        if start + 1 < len(text) and _is_orphan(text[start + 1]):
            found.append(start + 1)
        start = text.find("\n", start + 1)
    return found


def line_breaks(text: str, *, keep_crlf: bool = False) -> str:
    """A carriage return (alone, or before a newline) as the line break it stands for. A note
    the CSV import keeps exactly (an old Mac file's line ends, as the JSON import keeps them)
    may hold a lone ``\\r``, which ``display_text`` shows as U+FFFD (it moves the cursor back
    over what was shown); it is the person's line break. The one rule for every place that
    shows a person's text: drawn as a line break where lines are allowed (``ui/kit/text.plain``,
    the command line's ``terminal_text``), a space in a one-line place (``screen_line``, so
    ``clip_name`` and every toast). The stored text is kept.

    ``keep_crlf``: a ``\\r\\n`` stays as it is, only a lone ``\\r`` changes: what a command
    prints may be a file's own line ends (``export --format csv -o -`` writes CSV's)."""
    if "\r" not in text:
        return text
    if keep_crlf:
        return "\r\n".join(part.replace("\r", "\n") for part in text.split("\r\n"))
    return text.replace("\r\n", "\n").replace("\r", "\n")


def display_text(text: str) -> str:
    """``text`` with nothing a terminal would act on: control characters, bidi overrides and
    isolates, and a character of no width that begins a line (it would mark the cell before),
    each replaced by U+FFFD (newlines, tabs and CRLF kept). Safe to print."""
    orphans = _orphans(text)
    if not orphans and not _has_unsafe(text):
        return text
    shown = _unsafe().sub(PLACEHOLDER, text)
    if orphans:
        chars = list(shown)
        for index in orphans:
            chars[index] = PLACEHOLDER
        shown = "".join(chars)
    return shown


_BREAKS_SHOWN = str.maketrans(dict.fromkeys("\n\r\t", PLACEHOLDER))


def display_line(text: str) -> str:
    """``display_text`` for a one-line box (an Input): a line break or a tab an older or
    hand-edited store holds in a one-line field is U+FFFD too, one character for one (the
    cursor stays in step), where it was drawn raw, over the dialog's border and past it, and
    the save then refused a control character no one could see (a stranger's round trip)."""
    shown = display_text(text)
    return shown.translate(_BREAKS_SHOWN) if not shown.isprintable() else shown


def is_display_safe(text: str) -> bool:
    """True when ``display_text`` would leave ``text`` as it is."""
    return not _has_unsafe(text) and not _orphans(text)


def json_safe(encoded: str) -> str:
    """JSON text (from ``json.dumps(..., ensure_ascii=False)``) with every character that
    ``display_text`` would replace written as a ``\\uXXXX`` escape instead: the same data for
    any JSON reader, and nothing a terminal acts on if the file is printed."""
    if not _has_unsafe(encoded):
        return encoded
    return _unsafe().sub(lambda m: f"\\u{ord(m[0]):04x}", encoded)


def one_line(text: str) -> str:
    """Several pasted lines as one: each line trimmed, blank ones dropped, joined by a space.

    What a one-line field does with a multi-line paste, so nothing pasted is lost unseen
    ("Senior Data\\n Engineer" becomes "Senior Data Engineer").
    """
    return " ".join(line.strip() for line in text.splitlines() if line.strip())


# What a person's name or title may take up inside a sentence the app writes (a toast, a
# "nothing changed" message): at 80 columns a toast holds about 37 cells a line, so a
# 300-character company name would otherwise fill it and push the sentence off.
NAME_CELLS = 32


def screen_line(text: object) -> str:
    """A person's text as one line on screen: neutralised (``display_text``), and line breaks
    (a lone carriage return among them, ``line_breaks``), tabs and runs of spaces made one
    space. What ``clip_name`` and ``ui/kit/cells`` (``clip``, ``fit_cells``, ``fit``) cut or
    pad."""
    return " ".join(display_text(line_breaks(str(text))).split())


def clip_name(text: object, cells: int = NAME_CELLS) -> str:
    """A person's text for a sentence: one line (``screen_line``), cut with an ellipsis to at
    most ``cells`` terminal cells (wide characters count two). Plain text: the caller keeps it
    plain.

    For a name inside a sentence the app writes (a toast, a message, a line a command prints),
    where a cell either way only moves a line break. It counts cells with Python's Unicode
    tables (the domain imports no Rich), which can differ from how Textual draws a joined
    emoji, a mark or a newer symbol; a line the UI lays out in columns uses
    ``ui/kit/cells.clip``, the same cut measured as Rich draws it."""
    return clip_cells(screen_line(text), cells)


# What a field's error quotes of the person's text: about a line of the form's error.
QUOTE_CELLS = 40


def quoted(text: object, cells: int = QUOTE_CELLS) -> str:
    """The person's ``text`` quoted in a field's error ("'85kk' is not an amount"):
    stripped, on one line and cut at a word's end with the ellipsis
    (``clip_near_word``; inside a lone long word only, never inside an accented letter): a
    10,000-character paste made an error of 170 lines, the Date field's own cut showed 'é'
    as 'e' and ended in "...", and "'next tues at half past ele…'" read as another word.

    Quoted as typed, not as ``repr`` quotes it: a backslash typed once is shown once (repr
    doubled it: "'\\\\x1b[2J'"), and a quote inside picks the other quote around it, with no
    backslash before it ("it's" as '"it's"'); a text holding both is set in “ ”. A real
    control character never reaches here (``screen_line`` made it U+FFFD)."""
    return quote_as_typed(clip_near_word(str(text).strip(), cells))


def quote_as_typed(text: str) -> str:
    """``text`` between quotes that are not in it: ' ', else " ", else “ ” (no escapes)."""
    if "'" not in text:
        return f"'{text}'"
    if '"' not in text:
        return f'"{text}"'
    return f"\u201c{text}\u201d"


# An application named in a sentence ("Company (Role)") is named in full up to this many
# cells, the bound of a dialog's title (``ui/kit/cells.TITLE_NAME_CELLS``): text that wraps (a
# toast, a paragraph, a question, a line a command prints) has the room, and only a pasted
# 10,000-character name is cut. "Oakleaf Insurance (Site Reliability Engine…)" was cut at 24
# cells a part in a sentence with most of its line free. A line laid out in columns cuts the
# name to its own room instead (``ui/kit/cells.clip_app_name``).
APP_NAME_CELLS = 56


class AppName(str):
    """An application as a sentence names it, already clipped (``app_name``): a toast or a
    list of names shows it as it is, not cut again to ``NAME_CELLS``."""


def text_cells(text: str) -> int:
    """The terminal cells ``text`` takes, by Python's Unicode tables (``clip_cells``'s count)."""
    return len(text) if text.isascii() else sum(map(cluster_cells, clusters(text)))


def clip_words(text: object, cells: int) -> str:
    """``clip_name``, the cut moved back to a word's end where one is in what it keeps
    ("Site Reliability…", not "Site Reliability Engine…": a cut that reads as another word);
    inside a lone word where there is none."""
    flat = screen_line(text)
    return to_word_end(flat, clip_cells(flat, cells))


def clip_near_word(text: object, cells: int = NAME_CELLS) -> str:
    """``clip_name``, the cut moved back to a word's end where one is near: within a third of
    the cells kept ("I'll never get hired, I'm…", not "…, I'm usele…": a person's thought cut
    mid-word in a toast). Where the nearest word's end is further back (a long word), the cut
    stays between characters as ``clip_name`` has it, so most of the text is still said."""
    return cut_near_word(screen_line(text), cells)


def cut_near_word(text: str, cells: int, measure: Callable[[str], int] | None = None) -> str:
    """``clip_near_word``'s cut of ``text`` as it is, not made one line first: for text
    quoted as written (``repr``), where a space at its start or a line break is what is
    said ("' https://…' would be saved as 'https://…'"). One rule for every cut of a
    person's words: at a word's end where one is near, with "…". ``measure``: one
    cluster's cells as the screen draws it (``ui/kit/cells.clip_near``: Rich's count, for a
    column laid out in cells); Python's Unicode tables without it."""
    each = measure or cluster_cells

    def count(part: str) -> int:
        return len(part) if part.isascii() else sum(map(each, clusters(part)))

    cut = cut_cells(text, cells, each)
    at_word = to_word_end(text, cut)
    return at_word if count(at_word) >= count(cut) - cells // 3 else cut


def to_word_end(flat: str, cut: str) -> str:
    """``cut``, a clip of the one line ``flat`` ending in an ellipsis, moved back to the end
    of a word where one is in what it keeps; as it is where the cut is inside a lone word,
    or there was none. One rule for ``clip_words`` (cells by Python's tables) and the UI's
    ``kit.cells.clip_at_word`` (cells as Rich draws them)."""
    if cut == flat:
        return cut
    kept = cut[:-1]
    if not flat[len(kept) : len(kept) + 1].isspace():  # the cut is inside a word
        if " " not in kept:
            return cut
        kept = kept[: kept.rindex(" ")]
    words = kept.rstrip(" ,;:-–—/&+")  # "Quarry…", not "Quarry &…"
    return f"{words}{ELLIPSIS}" if words else cut


def app_name(company: object, role: object = "", cells: int = APP_NAME_CELLS) -> AppName:
    """An application in the app's words, "Company (Role)" (the company alone without a
    role), on one line and in full up to ``cells`` (``APP_NAME_CELLS``: a line that wraps):
    two applications at one company are told apart, as the follow-up review lists them.
    Longer, each part is cut at a word's end, the company keeping up to two thirds of the
    room.

    >>> app_name("Lumen Health", "Data Analyst")
    'Lumen Health (Data Analyst)'
    """
    company_said, role_said = screen_line(company), screen_line(role or "")
    if not role_said:
        return AppName(clip_words(company_said, cells))
    whole = f"{company_said} ({role_said})"
    if text_cells(whole) <= cells:
        return AppName(whole)
    room = cells - 3  # " (" and ")"
    kept = min(text_cells(company_said), max(room - text_cells(role_said), room * 2 // 3))
    company_cut = clip_words(company_said, kept)
    return AppName(f"{company_cut} ({clip_words(role_said, room - text_cells(company_cut))})")


def interview_named(kind: str, company: object, role: object = "") -> AppName:
    """An interview as a sentence names it after "the": its kind, then its application as
    ``app_name`` has it, so two at one company are told apart ("the interview with Acme
    (Phone screen)" named neither the role nor which was which).

    >>> interview_named("Technical", "Acme", "Engineer")
    'Technical interview with Acme (Engineer)'
    """
    kind_said = f"{kind} interview" if kind else "interview"
    return AppName(f"{kind_said} with {app_name(company, role)}")


def clip_cells(text: str, cells: int) -> str:
    """One line of ``text`` as it is if it takes ``cells`` terminal cells or fewer, else cut
    with an ellipsis to at most that many (wide characters count two), never inside what a
    reader sees as one character (an accented letter, a joined emoji, a flag:
    ``domain.graphemes``)."""
    return cut_cells(text, cells)
