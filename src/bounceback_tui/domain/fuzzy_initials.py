"""A word typed as the initials of a name: "sre" finds "Site Reliability Engineer".

A run of letters typed in a filter or the palette was matched word by word only: `sre` found
"screen" in a note (a scattered match in one word, 81) and not the Site Reliability Engineer
roles, whose initials it is (the last walk). A run of letters now matches the initials of
consecutive words written with capitals ("Site Reliability Engineer", "Product Manager",
"Senior Data Analyst"), scored ``INITIALS_SCORE``: above a slip inside one word, below a
word typed as the text has it ("sre" as a word, the start of one or inside one scores 98 to
100: ``fuzzy_scores.WHOLE_WORD``).

Only words that begin with a capital letter make initials, and a run of them ends at a word
that does not and at punctuation ("Northwind Labs (Senior Site Reliability Engineer)" has
"nl" and "ssre"): in a note's plain sentences every two or three words have initials, and
"pm" would find "put me" or "sre" "some really easy". A name typed without capitals is a
name still: a role written "backend engineer" was not found by "be" while "Backend Engineer"
was. A list says which of its texts are names (``FuzzyIndex``'s ``names_of``: a company, a
role), and their words make initials whatever their case (``any_case``); the rest of its
text (a note) keeps the capitals' rule.

``InitialsIndex`` keeps, for each run of initials (two or more), the positions of the items
that hold it, shared like the words' postings (a role's run is every one of its
applications'): a query looks through the runs, not the items.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable

from bounceback_tui.domain.fuzzy_text import AS_SHOWN

# Above a word matched with a slip (a three-letter word inside a longer one scores at most
# about 81, a one-letter slip in a long word about 95), below a word matched as typed (100).
INITIALS_SCORE = 95.0

# A run of capitalised words in an ASCII text (most texts: one search finds the runs), and
# in any other text a word's first letter or a mark between words that ends a run (a
# bracket, a comma, a full stop, a dash between spaces...); hyphens and apostrophes join a
# name's parts ("Front-End", "O'Brien": two initials each).
_ASCII_RUN = re.compile(r"(?<!\w)[A-Z]\w*(?:[\s'\-]+[A-Z]\w*)+")
_ASCII_ANY_RUN = re.compile(r"(?<!\w)\w+(?:[\s'\-]+\w+)+")
_ASCII_INITIAL = re.compile(r"(?<!\w)\w")
_TOKEN = re.compile(r"(\w)\w*|[^\w\s'’\-‐‑]", re.UNICODE)
# A contraction's apostrophe (' or U+2019) is inside its word, not between two: "I'll never
# get hired" is "ingh" as it is read, where its "ll" made "ilngh" and "ingh" found nothing.
# Only before a contraction's ending: a name's parts ("O'Brien") still make two initials.
_CONTRACTION = re.compile(r"(?<=\w)['’](?=(?:ll|re|ve|s|t|d|m)\b)", re.IGNORECASE)


def initial_runs(text: str, fold: Callable[[str], str], *, any_case: bool = False) -> set[str]:
    """The runs of initials of ``text``'s consecutive capitalised words, each of two or
    more, folded ("Senior Site Reliability Engineer" -> {"ssre"}); with ``any_case``, of
    its consecutive words whatever their case (a name: "backend engineer" -> {"be"}). A
    contraction is one word ("I'll never get hired" -> {"ingh"}: ``_CONTRACTION``)."""
    if "'" in text or "’" in text:
        text = _CONTRACTION.sub("", text)
    if text.isascii():
        found = (_ASCII_ANY_RUN if any_case else _ASCII_RUN).findall(text)
        return {"".join(_ASCII_INITIAL.findall(run)).lower() for run in found}
    runs: set[str] = set()
    run: list[str] = []
    # Read as shown (``fuzzy_text.AS_SHOWN``): a character of no width is no mark between
    # words ("Site\u200b Reliability" is one name), and a blank one is a space.
    for match in _TOKEN.finditer(text.translate(AS_SHOWN)):
        letter = match.group(1)
        if letter is not None and (any_case or letter.isupper()):
            run.append(letter)
            continue
        if len(run) >= 2:
            runs.add(fold("".join(run)))
        run = []
    if len(run) >= 2:
        runs.add(fold("".join(run)))
    return runs


def asks_initials(query_word: str) -> bool:
    """Whether a typed word (folded) may be initials: two or more letters, no digit."""
    return len(query_word) >= 2 and query_word.isalpha()


class InitialsIndex:
    """The items by the runs of initials their text holds."""

    def __init__(self) -> None:
        self._postings: dict[str, tuple[int, ...]] = {}
        self._building: defaultdict[str, list[int]] | None = defaultdict(list)

    def add(self, position: int, runs: Iterable[str]) -> None:
        """While the index is built, item ``position`` (in order) holds ``runs``."""
        assert self._building is not None, "built: change() keeps it up to date"
        for run in runs:
            self._building[run].append(position)

    def built(self) -> InitialsIndex:
        """Done adding: the positions are kept as shared tuples."""
        if self._building is not None:
            same: dict[tuple[int, ...], tuple[int, ...]] = {}
            self._postings = {
                run: same.setdefault(found, found)
                for run, found in ((run, tuple(places)) for run, places in self._building.items())
            }
            self._building = None
        return self

    def change(self, position: int, before: set[str], after: set[str]) -> None:
        """Item ``position``'s runs are ``after`` where they were ``before``."""
        postings = self._postings
        for run in before - after:
            postings[run] = tuple(place for place in postings.get(run, ()) if place != position)
        for run in after - before:
            postings[run] = (*postings.get(run, ()), position)

    def found(self, query_word: str) -> list[tuple[int, ...]]:
        """The positions, run by run, of the items with a run that holds ``query_word``
        (folded) as typed: the initials of consecutive words."""
        if not asks_initials(query_word):
            return []
        return [places for run, places in self._postings.items() if query_word in run and places]
