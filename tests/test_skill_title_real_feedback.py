"""A skill made from a no's feedback or a step's answer is titled as a person would write it on
a backlog, from the feedback people really get: short recruiter replies, long paragraphs,
lists with "and", "&" and commas, brackets, quotes, emoji, words in other languages,
capitals. The person's whole sentence stays on the item.

A tester's note: "'Tell me about a failure': I'd pick a real one…" was titled "Tell me about
a failure'" (its opening quote taken off, its closing one left), and "Only the technical
side: they wanted more iOS, gRPC and pandas" was titled "Only the technical side", though
"they wanted more iOS, gRPC and pandas" alone names iOS, gRPC and pandas.
"""

from __future__ import annotations

import pytest
from textual.widgets import Input, TextArea

from bounceback_tui.domain.skill_prefill import chosen_sentence, title_from, titles_from
from bounceback_tui.domain.skills import TITLE_LIMIT
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.recovery_fixtures import add_rejection
from tests.ui_harness import app_on, settle_workers

PARAGRAPH = (
    "Hi Sam, thanks so much for taking the time to interview with us last week. The team "
    "really enjoyed meeting you and appreciated your enthusiasm. After a lot of discussion "
    "we decided to move forward with a candidate who had more hands-on experience with "
    "Terraform and AWS. We'd love to keep in touch for future roles."
)
LONG_ONE = (
    "They wanted more experience building large-scale distributed event-driven data "
    "platforms for real-time fraud detection across multiple regions."
)

# (what came back, the titles offered in turn, the sentence the item keeps)
CASES = [
    # The tester's two.
    ("'Tell me about a failure': I'd pick a real one and practise it.",
     ["Tell me about a failure"], None),
    ("Only the technical side: they wanted more iOS, gRPC and pandas",
     ["iOS", "gRPC", "pandas"], None),
    # Quotes of every kind, taken off in pairs.
    ("“Tell me about a failure”: I'd pick a real one and practise it.",
     ["Tell me about a failure"], None),
    ("«Tell me about a failure»: I'd pick a real one and practise it.",
     ["Tell me about a failure"], None),
    ('They said my "system design" was weak.', ["System design"], None),
    ("They want more 'product sense'.", ["Product sense"], None),
    ("They wanted “more ownership”.", ["Ownership"], None),
    ("Feedback was: 'needs more Python'.", ["Python"], None),
    ('"I need SQL and Python."', ["SQL", "Python"], "I need SQL and Python."),
    # Short recruiter replies.
    ("Need more Kubernetes.", ["Kubernetes"], None),
    ("Not enough stakeholder management.", ["Stakeholder management"], None),
    ("Weak on SQL.", ["SQL"], None),
    ("NEED MORE SQL.", ["SQL"], None),
    ("We went with someone with deeper Go experience.", ["Go experience"], None),
    ("Thanks for your time. Unfortunately we went with a candidate with more AWS experience.",
     ["AWS experience"],
     "Unfortunately we went with a candidate with more AWS experience."),
    ("The panel felt my SQL was rusty.", ["SQL"], None),
    ("Your take-home was great but the live coding was a bit shaky.", ["Live coding"], None),
    # Something said first, the skills after it.
    ("Feedback: they wanted more Airflow, dbt and Snowflake.",
     ["Airflow", "dbt", "Snowflake"], None),
    ("Great culture fit, but they needed stronger Excel skills.", ["Excel skills"], None),
    ("Strong candidate — but we need more Salesforce admin experience.",
     ["Salesforce admin experience"], None),
    ("Overall, they wanted more SQL.", ["SQL"], None),
    # Lists with "and", "&", commas and brackets.
    ("They wanted more SQL & Python.", ["SQL", "Python"], None),
    ("they wanted more dbt & Looker", ["dbt", "Looker"], "They wanted more dbt & Looker"),
    ("Lacked experience with C++ and C#.", ["C++", "C#"], None),
    ("They wanted more SQL (and Python).", ["SQL", "Python"], None),
    ("Not enough experience with GraphQL (Apollo).", ["GraphQL (Apollo)"], None),
    ("They asked for more ownership (end-to-end delivery) and clearer STAR answers.",
     ["Ownership (end-to-end delivery)", "Clearer STAR answers"], None),
    ("They wanted more .NET.", [".NET"], None),
    ("Good interview - more Excel next time.", ["Excel"], None),
    ("More 'dbt' please.", ["dbt"], None),
    ('Practise my "why this company" answer.', ['"Why this company" answer'], None),
    ("They wanted more PostgreSQL/MySQL.", ["PostgreSQL/MySQL"], None),
    ("The recruiter said they wanted someone with more B2B SaaS sales experience, ideally "
     "in fintech, and a stronger network in the DACH region, which I don't have yet.",
     ["B2B SaaS sales experience", "Network in the DACH region"], None),
    # Emoji, and a word from another language.
    ("System design round was weak 😕", ["System design"], None),
    ("Honestly? They wanted more leadership experience 🤷",
     ["Leadership experience"], "They wanted more leadership experience 🤷"),
    ("They wanted more fluency in Português.", ["Fluency in Português"], None),
    # A long paragraph: the sentence that says what was missing.
    (PARAGRAPH, ["Terraform", "AWS"],
     "After a lot of discussion we decided to move forward with a candidate who had more "
     "hands-on experience with Terraform and AWS."),
    # Longer than a title: cut at a whole word, never on a small one.
    (LONG_ONE, ["Building large-scale distributed event-driven data platforms"], None),
    # Names no skill: the person's own words, for them to change.
    ("No specific feedback, sorry.", ["No specific feedback"], None),
]  # fmt: skip

QUOTES = "\"'“”‘’«»„"


@pytest.mark.parametrize(("answer", "titles", "kept"), CASES)
def test_feedback_people_get_is_titled_as_a_person_would(
    answer: str, titles: list[str], kept: str | None
) -> None:
    assert titles_from(answer) == titles
    assert title_from(answer) == titles[0]
    for title in titles:
        assert len(title) <= TITLE_LIMIT
        # No stray punctuation at either end (".NET" starts with its own dot, and a quote
        # may open a title whose pair is inside it).
        assert title == title.rstrip(" .,;:!?-–—" + QUOTES).lstrip(" ,;:!?-–—")
        # Quotes inside a title come in pairs.
        assert title.count('"') % 2 == 0
        assert title.count("“") == title.count("”") and title.count("«") == title.count("»")
    # The sentence the title came from stays on the item as written.
    assert chosen_sentence(answer) == (kept if kept is not None else answer)


@pytest.mark.parametrize(
    ("reason", "title", "notes"),
    [
        (
            "Thanks for interviewing. 'Tell me about a failure': I'd pick a real one and "
            "practise it.",
            "Tell me about a failure",
            "'Tell me about a failure': I'd pick a real one and practise it.",
        ),
        (
            "Thanks for interviewing. Only the technical side: they wanted more iOS, gRPC "
            "and pandas.",
            "iOS",
            "Only the technical side: they wanted more iOS, gRPC and pandas.",
        ),
    ],
)
async def test_s_on_the_plan_offers_the_skill_and_keeps_the_sentence(
    opened_paths: DataPaths, db: Database, reason: str, title: str, notes: str
) -> None:
    add_rejection(db, "Globex", "iOS Engineer", reason=reason)
    async with app_on(opened_paths, "recovery", size=(100, 30)) as (app, pilot, _pane):
        await settle_workers(pilot)
        await pilot.press("s")
        await settle_workers(pilot)
        form = app.screen
        assert isinstance(form, FormScreen)
        assert form.query_one("#field-title", Input).value == title
        assert form.query_one("#field-why", TextArea).text == reason
        assert form.query_one("#field-notes", TextArea).text == notes
        assert focus_problem(app) is None


@pytest.mark.parametrize(
    ("answer", "title"),
    [
        # After a comma, words that lead in to no thing leave the sentence as it was.
        ("Looking back, I should learn to say no.", "Looking back, I should learn to say no"),
        ("Tableau is fine, but I need a break.", "Tableau is fine"),
    ],
)
def test_a_lead_in_after_a_comma_to_no_thing_keeps_the_words(answer: str, title: str) -> None:
    assert titles_from(answer) == [title]
