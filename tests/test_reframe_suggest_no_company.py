"""suggest_traps reads "No company will hire me." as "Nobody will hire me." is read.

The twenty-third round left it: the thought got fortune telling on its "will" alone and, after
it, a weak Mind reading on "No company", while "Nobody will hire me." got fortune telling and
overgeneralizing. Both foretell, and both say it of everyone who hires. "No" and a word for
those who hire, as the subject of a verb, are read as "nobody" now (reframe/suggest.py); the
words quoted are the person's own. Every sentence here was written for this test.
"""

from __future__ import annotations

import pytest

from bounceback_tui.reframe import suggest_traps


def test_no_company_will_hire_me_is_fortune_telling_and_overgeneralizing() -> None:
    found = suggest_traps("No company will hire me.")
    assert [s.key for s in found] == ["fortune_telling", "overgeneralization"]
    assert found[0].cues == ("No company will",)
    assert found[1].cues == ("No company",)


# The same thought in other words: each foretells, and says it of everyone.
FAMILY = [
    "No company will hire me.",
    "No one will ever hire me",
    "Nobody is going to want me",
    "I'll never get a job",
    "No employer will ever take me.",
    "No company is going to hire me.",
    "No companies will hire me.",
    "No recruiter will call me back.",
    "no company will ever want me",
]


@pytest.mark.parametrize("thought", FAMILY)
def test_the_family_reads_as_fortune_telling_and_overgeneralizing(thought: str) -> None:
    keys = [s.key for s in suggest_traps(thought)]
    assert keys[0] == "fortune_telling", keys
    assert "overgeneralization" in keys[:2], keys
    assert "mind_reading" not in keys and "blaming" not in keys, keys


@pytest.mark.parametrize(
    "text",
    [
        "I had no company at the party.",  # nobody with me, no one who hires
        "There is no company culture here.",
        "I had no business shouting at the recruiter.",
    ],
)
def test_no_company_that_says_nothing_of_everyone_is_not_read_as_nobody(text: str) -> None:
    assert "overgeneralization" not in [s.key for s in suggest_traps(text)]


def test_a_company_named_is_not_everyone() -> None:
    # "No" as an answer before a company's word, a comma between: not "nobody".
    keys = [s.key for s in suggest_traps("No, company values matter to me.")]
    assert "overgeneralization" not in keys and "fortune_telling" not in keys
