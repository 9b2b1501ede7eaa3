"""Jump anywhere: rank records and actions for the command palette.

Pure rules, no I/O: services/search.py reads the entries, ui/commands.py shows them.
Matching is domain/fuzzy's word by word, typo-tolerant scoring ("gogle" finds Google,
"nrthwind" finds Northwind). The index is built once when the palette opens; a
keystroke then scores the distinct words once and keeps only the best few entries of
each kind, so 10,000 applications stay well inside a frame.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, TypeVar

from bounceback_tui.domain.fuzzy import DEFAULT_CUTOFF, FuzzyIndex
from bounceback_tui.domain.fuzzy_text import filter_terms, fold, query_terms, words
from bounceback_tui.domain.search_joined import (
    JOINED_BELOW,
    JOINED_MIN,
    JoinedWords,
    term_scores,
)

T = TypeVar("T")

# Results of each kind shown for one query: enough to pick from, few enough to draw at once.
PER_KIND = 8
LABEL_LIMIT = 64  # with "Thought record · " in front, one line at 100 columns
# Records are searched from two characters: one letter begins a word of most records,
# which would fill the list with noise (the actions still match a single letter).
MIN_QUERY = 2
# A pasted page is cut to its first words: each word is one pass over the vocabulary.
MAX_QUERY_CHARS = 200
MAX_QUERY_WORDS = 8
# Records match as the panes' filters do (fuzzy.DEFAULT_CUTOFF); actions a little closer
# ("acm" for the "am" of Daily check-in's "how am i", 80, was listed first).
ACTION_CUTOFF = 82.0

# Listed is not asked for: a hit whose words match less closely than this (0-100, the
# matcher's scale) is shown but not picked for Enter. The cutoffs above let a slip in a
# short word through ("mod" for "mood", 86; "qiut" for "quit", 87.5), so Textual's
# highlight on the first hit made Enter run an action nothing typed had named. One slip
# in a longer word is still a match ("gogle" 91, "settngs" 93), and scores higher the longer
# the word, whichever word it is taken for: so a hit also says which words its slips were
# taken for (``Ranked.guessed``), and the palette picks a slip for Enter only when every hit
# close below it was taken for the same ones (ui/commands.Palette, ``SLIP_APART``).
CONFIDENT = 88.5


# Care first: a person on a hard day types "talk", "breathe", "help", "crisis", and the
# palette's care entries (the calming exercises, "Talk it through", "If you are struggling")
# came after a record or another action that matched as well or a hair better ("talk" opened
# the skill "Talking through trade-offs out loud"). Every palette score is put on one scale
# (``palette_score``) where a care entry starts CARE_LEAD ahead: it comes first on a tie, and
# over a match in a label where its own was in its keywords (0.04 of the scale, 0.02 more
# for naming the whole label), but not over a closer match (one slip in a word costs about
# 0.08: "gogle" for "google"). docs/care.md, "When you want it again".
CARE_LEAD = 0.07


def palette_score(score: float, *, care: bool = False) -> float:
    """``score`` (0-1, ``Ranked.score``) on the palette's one scale, still 0-1: the same
    order for every entry, a care entry CARE_LEAD ahead of the rest."""
    return (1 - CARE_LEAD) * score + (CARE_LEAD if care else 0.0)


def care_leads(query: str, label: str, keywords: str = "") -> bool:
    """Whether a care entry called ``label`` (found by ``keywords`` too) keeps its CARE_LEAD
    for ``query``: when each word typed is one of its words whole, or begins a word of its
    label; for one letter, when its label's first word begins so. One letter names no care
    word, and the lead put "If you are struggling" (its "are") above "Add an application" for
    "a", so `a` then Enter opened the crisis screen; "b" still finds "Breathe" first. A word
    that only begins one of its keywords is not its word: with a company named "Lone [
    Bracket", `lone` (the start of "lonely") put "Talk it through with someone close" above
    the application, and Enter opened it; "lonely" is its word."""
    found, pieces = query_terms(query[:MAX_QUERY_CHARS])
    label_words = words(label)
    if len(set(found)) == 1 and len(found[0]) == 1 and not pieces:
        first = next(iter(label_words), "")
        return first.startswith(found[0])
    whole = set(label_words) | set(words(keywords))
    return all(
        typed in whole or any(word.startswith(typed) for word in label_words) for typed in found
    )


def names_label(query: str, label: str) -> bool:
    """Whether ``query`` is ``label``'s name: its first word is the label's first word whole
    and each word after it begins one of the label's, with no slip ("quit", "Quit", "leave
    demo", "put" name theirs; "q", "qui", "quiet", "qiut" and "delet" do not). An action that
    ends the session or throws something away runs from Enter only so (ui/commands.Palette):
    "qu", a person beginning to type "questions", quit at once. No other action's title
    begins with the first word of one of those, so that word tells it from the rest
    (docs/architecture.md, "Enter in the palette")."""
    found, pieces = query_terms(query[:MAX_QUERY_CHARS])
    label_words = words(label)
    if not found or pieces or not label_words or label_words[0] != found[0]:
        return False
    return all(any(word.startswith(typed) for word in label_words) for typed in found)


class Kind(StrEnum):
    APPLICATION = "application"
    REJECTION = "rejection"
    THOUGHT_RECORD = "thought_record"
    SKILL = "skill"
    PERSON = "person"
    QUESTION = "question"  # the answer bank's (no pane: ui/commands.open_record)

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]

    @property
    def pane(self) -> str:
        """The pane that shows this kind of record (its `select_item` takes the id)."""
        return _KIND_PANES[self]


_KIND_LABELS = {
    Kind.APPLICATION: "Application",
    Kind.REJECTION: "Rejection",
    Kind.THOUGHT_RECORD: "Thought record",
    Kind.SKILL: "Skill",
    Kind.PERSON: "Person",
    Kind.QUESTION: "Interview question",
}
_KIND_PANES = {
    Kind.APPLICATION: "pipeline",
    Kind.REJECTION: "recovery",
    Kind.THOUGHT_RECORD: "reframe",
    Kind.SKILL: "skills",
    Kind.PERSON: "people",
    Kind.QUESTION: "answers",
}


@dataclass(frozen=True, slots=True)
class SearchEntry:
    """One record as the palette finds it: ``label`` is shown and searched, ``detail`` is the
    line under it, ``text`` holds more words to search (location, reason, situation...),
    ``names`` the names among them (a company, a role: found by their initials whatever their
    case, "be" for "backend engineer"; a sentence is not one)."""

    kind: Kind
    id: int
    label: str
    detail: str = ""
    text: str = ""
    names: str = ""


@dataclass(frozen=True, slots=True)
class Ranked(Generic[T]):
    item: T
    score: float  # 0 to 1, comparable between records and actions
    matched: tuple[str, ...] = ()  # the label's words that matched, for highlighting
    confident: bool = True  # its words matched closely enough for Enter (``CONFIDENT``)
    # The item's words that the query's words typed with a slip were taken for ("settings"
    # for "settngs"; two of them written as one, "followup" for "followpu"); empty when each
    # was found as typed (or as initials).
    guessed: tuple[str, ...] = ()


def shorten(text: str, limit: int = LABEL_LIMIT) -> str:
    """One line of at most ``limit`` characters, cut at a word with an ellipsis."""
    line = " ".join(text.split())
    if len(line) <= limit:
        return line
    cut = line[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,.;:—-") + "…"


# An action named by its first word, its verb, ahead of one only a later word of names
# (``Ranker``'s ``verb_first``): "backup" put "Restore a backup" above "Back up now". Less
# than any other step of the scale, so it only settles what was a tie or near one.
VERB_LEAD = 0.005


def _label_hits(
    query_word: str, matches: dict[str, float], label_words: list[str], cutoff: float
) -> list[str]:
    """The label's words ``query_word`` matched (``matches``: the words it matches), or the
    two or three consecutive ones it matched written as one ("backup": "back", "up")."""
    hits = [w for w in label_words if w in matches]
    if hits or len(query_word) < JOINED_MIN:
        return hits
    from bounceback_tui.domain.fuzzy_scores import word_score

    for size in (2, 3):
        for at in range(len(label_words) - size + 1):
            joined = "".join(label_words[at : at + size])
            if joined in matches or word_score(query_word, joined, cutoff) >= cutoff:
                return label_words[at : at + size]
    return []


def _score(
    base: float,
    query_matches: list[tuple[str, dict[str, float]]],
    label_words: list[str],
    *,
    letter: bool = False,
    cutoff: float = DEFAULT_CUTOFF,
    verb_first: bool = False,
) -> tuple[float, tuple[str, ...]]:
    """The 0-1 score of a match: mostly how well the words matched (``base``, 0-100), then
    whether they matched the label rather than only the extra text, then whether the query
    names the whole label (so "settings" puts "Settings" above "Settings page redesign").
    ``query_matches`` holds each query word with the words it matches (FuzzyIndex); a word
    typed for two or three of the label's written as one names them (``_label_hits``).
    ``verb_first``: a label's first word is its verb, and naming it leads by VERB_LEAD.

    ``letter``: the query is one letter, which names no label. It ranks by the label's first
    word (``base``: the items whose first word it begins come first), then the label over the
    extra text, never by the label's later words: "t" put "Take the tour" ("the", "tour")
    above "Take the next step", and "a" "Add an application" above "Add a skill", by the
    later words beginning with it too. Ties keep the list's order."""
    matched: set[str] = set()
    in_label = 0
    for query_word, matches in query_matches:
        hits = _label_hits(query_word, matches, label_words, cutoff)
        if hits:
            in_label += 1
            matched.update(hits)
    whole = not letter and bool(label_words) and matched.issuperset(label_words)
    verb = verb_first and not letter and bool(label_words) and label_words[0] in matched
    score = (
        0.94 * base / 100 + 0.04 * in_label / len(query_matches) + 0.02 * whole + VERB_LEAD * verb
    )
    return round(score, 4), tuple(sorted(matched))


class Ranker(Generic[T]):
    """Typo-tolerant ranking of items by a label (shown) and extra text (searched too)."""

    def __init__(
        self,
        items: Sequence[T],
        label_of: Callable[[T], str],
        text_of: Callable[[T], str] = lambda _item: "",
        group_of: Callable[[T], object] = lambda _item: None,
        names_of: Callable[[T], str] | None = None,
        *,
        verb_first: bool = False,
        joined: bool = False,
    ) -> None:
        """``names_of``: the names among an item's words, found by their initials whatever
        their case (``FuzzyIndex``). ``verb_first``: each label begins with its verb (an
        action's "Back up now"), and an item named by it leads (``VERB_LEAD``). ``joined``:
        an item is found by two of its words written as one too ("followup":
        domain/search_joined.py)."""
        self.items = list(items)
        self._verb_first = verb_first
        self._joined = (
            JoinedWords(self.items, lambda item: (label_of(item), text_of(item)))
            if joined
            else None
        )
        self._label_of = label_of
        self._index = FuzzyIndex(
            self.items, lambda item: f"{label_of(item)} {text_of(item)}", names_of=names_of
        )
        self._group = [group_of(item) for item in self.items]
        self._label_words: dict[int, list[str]] = {}  # filled as items reach the front

    def _words_of_label(self, position: int) -> list[str]:
        found = self._label_words.get(position)
        if found is None:
            found = self._label_words[position] = words(self._label_of(self.items[position]))
        return found

    def __len__(self) -> int:
        return len(self.items)

    def search(
        self,
        query: str,
        *,
        per_group: int = PER_KIND,
        cutoff: float = DEFAULT_CUTOFF,
        min_length: int = 1,
    ) -> list[Ranked[T]]:
        """The best ``per_group`` matches of each group, best first; ties keep item order.

        A query shorter than ``min_length`` characters finds nothing."""
        found, pieces = query_terms(query[:MAX_QUERY_CHARS])
        query_words = found[:MAX_QUERY_WORDS]
        if not query_words:  # symbols alone ("[/", "🙂"): found as typed
            return self._holding(filter_terms(query[:MAX_QUERY_CHARS]), per_group, min_length)
        typed = fold(query[:MAX_QUERY_CHARS]).split()
        if sum(map(len, query_words)) < MIN_QUERY <= sum(map(len, typed)):
            # One letter in brackets ("[b]", a name written "Acme [b]"): its letter alone
            # found no record, being too short, and the actions matched it ("Breathe"), so
            # Enter ran one. What is typed round so short a word is asked as typed.
            return self._holding(typed, per_group, min_length)
        # The symbols typed among the words are asked as the filters ask them ("c++", "c#",
        # ".net"): the palette passed its words alone, so "c++" found what "c" found.
        if sum(map(len, query_words + pieces)) < min_length or not self.items:
            return []
        scores = term_scores(self._index, self._joined, query_words, pieces, cutoff)
        by_group: dict[object, list[int]] = {}
        for position in scores:
            by_group.setdefault(self._group[position], []).append(position)
        query_matches = [(word, self._index.matching_words(word, cutoff)) for word in query_words]
        letter = len(set(query_words)) == 1 and len(query_words[0]) == 1 and not pieces
        ranked: list[tuple[float, int, Ranked[T]]] = []
        for positions in by_group.values():
            # Score the label only for the front-runners: with 10,000 matches for "e",
            # only a few dozen need the finer ordering.
            front = heapq.nsmallest(per_group * 3, positions, key=lambda p: (-scores[p], p))
            finer = []
            for position in front:
                score, matched = _score(
                    scores[position],
                    query_matches,
                    self._words_of_label(position),
                    letter=letter,
                    cutoff=cutoff,
                    verb_first=self._verb_first,
                )
                base = scores[position]
                guessed = self._guessed(position, query_matches, cutoff)
                found_here = Ranked(
                    self.items[position], score, matched, base >= CONFIDENT, guessed
                )
                finer.append((score, position, found_here))
            finer.sort(key=lambda entry: (-entry[0], entry[1]))
            ranked.extend(finer[:per_group])
        ranked.sort(key=lambda entry: (-entry[0], entry[1]))
        return [entry[2] for entry in ranked]

    def _guessed(
        self, position: int, query_matches: list[tuple[str, dict[str, float]]], cutoff: float
    ) -> tuple[str, ...]:
        """The words of item ``position`` that the query's words typed with a slip were taken
        for: for each query word none of its words holds as typed, its closest word (the
        first in order on a tie), or two of them written as one where that match scored
        higher, as ``term_scores`` takes it ("followup" for "followpu": it counted as typed).
        A query word matched by initials alone is as typed."""
        from bounceback_tui.domain.fuzzy_scores import INSIDE_WORD

        own = self._index.words_of(position)
        guessed: list[str] = []
        for query_word, matches in query_matches:
            found = [(matches[word], word) for word in own if word in matches]
            best = max(found, key=lambda pair: pair[0]) if found else None
            joined = self._joined.taken_for(position, query_word, cutoff) if self._joined else None
            if joined is not None and (best is None or joined[0] - JOINED_BELOW > best[0]):
                best = joined
            if best is not None and best[0] < INSIDE_WORD:
                guessed.append(best[1])
        return tuple(guessed)

    def _holding(self, pieces: list[str], per_group: int, min_length: int) -> list[Ranked[T]]:
        """The first ``per_group`` items of each group whose text holds ``pieces`` as typed:
        a query of symbols alone ("[/") found nothing in the palette, though a record held
        it (a stranger's walk); the filters found it (``fuzzy_text.filter_terms``)."""
        if sum(map(len, pieces)) < min_length:
            return []
        taken: dict[object, int] = {}
        found: list[Ranked[T]] = []
        for position in self._index.holding(pieces):
            group = self._group[position]
            if taken.get(group, 0) < per_group:
                taken[group] = taken.get(group, 0) + 1
                found.append(Ranked(self.items[position], 1.0, ()))
        return found


class SearchIndex:
    """Every application, rejection, thought record and skill, ready for the palette."""

    def __init__(self, entries: Sequence[SearchEntry]) -> None:
        self._ranker: Ranker[SearchEntry] = Ranker(
            entries,
            label_of=lambda entry: entry.label,
            text_of=lambda entry: entry.text,
            group_of=lambda entry: entry.kind,
            names_of=lambda entry: entry.names,
        )

    @property
    def entries(self) -> list[SearchEntry]:
        return self._ranker.items

    def __len__(self) -> int:
        return len(self._ranker)

    def search(self, query: str, *, per_kind: int = PER_KIND) -> list[Ranked[SearchEntry]]:
        """The best matches of each kind for ``query``, best first."""
        return self._ranker.search(
            query, per_group=per_kind, cutoff=DEFAULT_CUTOFF, min_length=MIN_QUERY
        )
