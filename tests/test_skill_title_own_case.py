"""A skill's title keeps a word's case as the person wrote it when the word has a case of its
own. "They wanted more dbt." offered the item "Dbt", and "iOS experience" became "IOS
experience": only a plain word at the start of a title takes a capital ("stakeholder
experience" is offered as "Stakeholder experience")."""

from __future__ import annotations

import pytest

from bounceback_tui.domain.skill_prefill import chosen_sentence, title_from, titles_from


@pytest.mark.parametrize(
    ("answer", "items"),
    [
        ("They wanted more dbt.", ["dbt"]),
        ("I should practise dbt.", ["dbt"]),
        ("They wanted more iOS experience.", ["iOS experience"]),
        ("I need to learn gRPC.", ["gRPC"]),
        ("They wanted more pandas.", ["pandas"]),
        ("They wanted dbt, gRPC and pandas.", ["dbt", "gRPC", "pandas"]),
        # Written with a capital by the person: kept as they wrote it.
        ("They wanted more Pandas.", ["Pandas"]),
        # A plain word still starts the title with a capital.
        ("They wanted more SQL and stakeholder experience.", ["SQL", "Stakeholder experience"]),
    ],
)
def test_the_items_an_answer_names_keep_their_case(answer: str, items: list[str]) -> None:
    assert titles_from(answer) == items


@pytest.mark.parametrize(
    ("answer", "title"),
    [
        ("dbt models were my weak spot.", "dbt models were my weak spot"),
        ("iOS layout questions threw me.", "iOS layout questions threw me"),
        ("gRPC streaming tripped me up.", "gRPC streaming tripped me up"),
        ("pandas groupby questions caught me out.", "pandas groupby questions caught me out"),
        ("the take-home was too long for me.", "The take-home was too long for me"),
    ],
)
def test_a_sentence_that_starts_with_such_a_word_keeps_it(answer: str, title: str) -> None:
    assert title_from(answer) == title
    assert chosen_sentence(answer) == title + "."
