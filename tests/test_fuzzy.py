"""Typo-tolerant search used by the filters and pickers."""

from __future__ import annotations

from bounceback_tui.domain.fuzzy import FuzzyIndex, best_match, rank

ITEMS = [
    "Google Backend Engineer Berlin",
    "Acme Robotics Data Analyst Remote",
    "Facebook Product Designer London",
    "Globex Site Reliability Engineer",
    "Initech Interviewing Coach",
]


def _found(query: str) -> list[str]:
    return [item for item, _ in rank(query, ITEMS, str)]


def test_typo_finds_the_company() -> None:
    assert _found("gogle")[0] == "Google Backend Engineer Berlin"


def test_prefix_while_typing() -> None:
    assert _found("interv") == ["Initech Interviewing Coach"]
    assert set(_found("eng")) == {ITEMS[0], ITEMS[3]}


def test_inside_a_word() -> None:
    assert _found("book") == ["Facebook Product Designer London"]


def test_every_word_must_match_and_best_comes_first() -> None:
    assert _found("engineer berlin") == ["Google Backend Engineer Berlin"]
    assert _found("acme zebra") == []


def test_unrelated_text_matches_nothing() -> None:
    assert _found("xylophone") == []


def test_empty_query_keeps_everything_in_order() -> None:
    assert _found("   ") == ITEMS


def test_unicode_and_case() -> None:
    index = FuzzyIndex(["Zürich Systems", "Café Numérique", "مؤسسة الأمل"], str)
    assert [i for i, _ in index.search("zurich")] == ["Zürich Systems"]
    assert [i for i, _ in index.search("CAFÉ")] == ["Café Numérique"]
    assert [i for i, _ in index.search("الأمل")] == ["مؤسسة الأمل"]


def test_best_match_for_headers() -> None:
    fields = ["company", "role", "date applied", "link"]
    assert best_match("Company Name", fields) == "company"
    assert best_match("Date Applied", fields) == "date applied"
    assert best_match("Favourite colour", fields) is None


def test_a_word_pasted_many_times_is_matched_once() -> None:
    """A paste of the same short word thousands of times (hostile text in a filter) is one
    word to match, not thousands: it froze a 10,000-row filter for seconds."""
    from bounceback_tui.domain.fuzzy import FuzzyIndex

    index = FuzzyIndex([f"acme backend {n}" for n in range(50)], lambda text: text)
    looked_up: list[str] = []
    real = index.matching_words

    def counting(query_word: str, cutoff: float = 75.0) -> dict[str, float]:
        looked_up.append(query_word)
        return real(query_word, cutoff)

    index.matching_words = counting  # type: ignore[method-assign]  # counts the look-ups
    once = index.scores("acme")
    assert index.scores(" ".join(["acme"] * 3000)) == once
    assert looked_up == ["acme", "acme"]


def test_matches_are_the_scored_items_with_scores_only_when_they_differ() -> None:
    index = FuzzyIndex(ITEMS, str)
    for query in ("e", "g", "eng", "gogle", "engineer berlin", "data remote", "zzz", "o o"):
        scores = index.scores(query)
        found, scored = index.matches(query)
        assert set(found) == set(scores), query
        if scored is None:
            assert len(set(scores.values())) <= 1, query
        else:
            assert scored == scores and len(set(scores.values())) > 1, query
    assert index.matches("e")[1] is None  # one letter: every word with it, all alike
    mixed = FuzzyIndex(["Google", "Gogle"], str)  # one exact, one a slip away
    assert mixed.matches("gogle")[1] == mixed.scores("gogle")


def test_words_always_met_together_share_one_posting_and_an_edit_parts_them() -> None:
    """Equal postings are one tuple (docs/performance.md, "Memory, mem6's round"); an edit
    changes only its own word's, and every word still finds what it did."""
    names = ["Northwind Analytics", "Globex Corp", "Acme Analytics"] * 200  # past 256
    index = FuzzyIndex(names, lambda name: name)
    postings = index._postings
    assert postings["globex"] is postings["corp"]
    assert postings["globex"] == tuple(range(1, 600, 3))
    assert postings["northwind"] is not postings["analytics"]  # Acme's too
    assert postings["northwind"] == tuple(range(0, 600, 3))
    # An edit: the word the item left is no longer the same as the one it kept.
    index.replace(1, "Globex Data", "Globex Corp", "Globex Data")
    assert postings["globex"] == tuple(range(1, 600, 3))
    assert postings["corp"] == tuple(range(4, 600, 3))
    assert postings["data"] == (1,)
    found = [item for item, _ in index.search("corp")]
    assert len(found) == 199 and "Globex Data" not in found
    assert [item for item, _ in index.search("data")] == ["Globex Data"]
