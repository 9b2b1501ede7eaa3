"""An invisible character is matched as the screen shows it: nothing inside a word, a blank
between two words, and never a join of two words a space keeps apart.

- A character that shows nothing (a word joiner U+2060, a mark of direction, a soft hyphen)
  between two letters leaves one word, as it is read: "Acme" U+2060 "Corp" shows
  "AcmeCorp", found as that is ("acmecorp", "acme", "corp" inside it). Beside a space it is
  nothing either, and the space still parts the words: "Acme U+2060 Corp" is two words,
  never "acmecorp".
- The soft hyphen a web page puts inside a long word split it in two: "Glo" U+00AD "bex"
  was not found by "globex", and one typed was asked of the rows as a symbol.
- A Hangul filler (U+3164) shows a blank but was read as a letter, joining two words:
  "Initech" U+3164 "Labs" was one word, so a slip in "labs" found nothing, nor did its
  initials "il".

Every expected result is written out by hand.
"""

from __future__ import annotations

from bounceback_tui.domain.fuzzy import FuzzyIndex, rank
from bounceback_tui.domain.search import Kind, SearchEntry, SearchIndex

JOINED = "Acme\u2060Corp (Data Analyst)"  # shows "AcmeCorp"
APART = "Acme \u2060 Corp (Engineer)"  # shows "Acme  Corp"
RTL_MARK = "Acme\u200fCorp (Recruiter)"  # shows "AcmeCorp"
FILLER = "Initech\u3164Labs (Designer)"  # shows "Initech Labs"
SOFT = "Glo\u00adbex (Data Analyst)"  # shows "Globex"
PLAIN = "AcmeCorp (Tester)"
TEXTS = [JOINED, APART, RTL_MARK, FILLER, SOFT, PLAIN]


def _found(typed: str) -> list[str]:
    return [text for text, _score in rank(typed, TEXTS, str)]


def test_nothing_between_two_letters_leaves_the_word_as_it_shows() -> None:
    # As "AcmeCorp" typed plainly: the whole word first, the space-parted one never.
    assert _found("acmecorp") == [JOINED, RTL_MARK, PLAIN]
    # "corp" is the whole word of the one a space parts, inside the three that show one.
    assert _found("corp") == [APART, JOINED, RTL_MARK, PLAIN]
    assert _found("acme corp") == [APART, JOINED, RTL_MARK, PLAIN]


def test_a_space_beside_an_invisible_character_still_parts_two_words() -> None:
    assert APART not in _found("acmecorp")
    assert _found("crop") == [APART]  # a slip in its second word: a word of its own
    names = FuzzyIndex(TEXTS, str, names_of=lambda text: text.split(" (")[0])
    assert [text for text, _score in names.search("ac")][:1] == [JOINED]  # "ac" begins it
    assert APART in [text for text, _score in names.search("ac")]


def test_a_soft_hyphen_inside_a_word_is_nothing() -> None:
    assert _found("globex") == [SOFT]
    assert _found("globex\u00ad") == [SOFT]  # typed or pasted: not a symbol to ask for
    assert _found("glo\u00adbex") == [SOFT]


def test_a_character_that_shows_a_blank_parts_two_words() -> None:
    assert _found("lbas") == [FILLER]  # a slip in "Labs", a word of its own
    assert _found("labs") == [FILLER]
    names = FuzzyIndex(TEXTS, str, names_of=lambda text: text.split(" (")[0])
    assert [text for text, _score in names.search("il")] == [FILLER]  # Initech Labs


def test_the_palette_reads_them_the_same_way() -> None:
    entries = [
        SearchEntry(Kind.APPLICATION, n, text, names=text.split(" (")[0])
        for n, text in enumerate(TEXTS)
    ]
    index = SearchIndex(entries)
    assert [hit.item.id for hit in index.search("globex")] == [TEXTS.index(SOFT)]
    assert [hit.item.id for hit in index.search("il")] == [TEXTS.index(FILLER)]
    assert TEXTS.index(APART) not in [hit.item.id for hit in index.search("acmecorp")]
