"""A clause that is not a skill is not offered as one. Turning the reflection answer "They
wanted more SQL, and my resume barely mentioned it." into a skill asked next: 'The same
answer names “And my resume barely mentioned it” too. Add it as an item?' (and "And I never
mentioned dashboards": a stranger's fortnight). A clause that opens with a pronoun or a
possessive, after its "and", or holds a verb, says something about the skill; it is none."""

from __future__ import annotations

import pytest

from bounceback_tui.domain.skill_prefill import titles_from


@pytest.mark.parametrize(
    ("answer", "items"),
    [
        # Not offered: a new clause after the skill.
        ("They wanted more SQL, and my resume barely mentioned it.", ["SQL"]),
        ("They wanted more SQL and dashboards, and I never mentioned dashboards.",
         ["SQL", "Dashboards"]),
        ("They wanted more SQL and I never mentioned dashboards.", ["SQL"]),
        ("I struggled with system design, and it showed.", ["System design"]),
        ("They wanted more Python, my answers were too short.", ["Python"]),
        ("They wanted more SQL, the take-home was fine.", ["SQL"]),
        ("They were looking for more Tableau, and that was fair.", ["Tableau"]),
        ("I bluffed on SQL window functions, and they noticed.", ["SQL window functions"]),
        # Offered: each thing listed, an "and" before the last one too.
        ("They wanted more SQL, Python, and stakeholder experience.",
         ["SQL", "Python", "Stakeholder experience"]),
        ("They wanted stronger SQL and experience with dbt.", ["SQL", "Experience with dbt"]),
        ("They wanted more SQL and stakeholder experience.", ["SQL", "Stakeholder experience"]),
        ("They wanted more experience with distributed systems and advanced Excel.",
         ["Distributed systems", "Advanced Excel"]),
        ("They wanted more Kubernetes, Terraform and AWS.", ["Kubernetes", "Terraform", "AWS"]),
        ("They were looking for more Looker, and Airflow too.", ["Looker", "Airflow"]),
        # A "my" before a thing is no new clause; an adverb before an "-ed" word that says
        # what the thing is ("highly distributed") is no verb (both were dropped).
        ("I need to practise SQL and my system design.", ["SQL", "System design"]),
        ("They wanted more Python and my storytelling.", ["Python", "Storytelling"]),
        ("I should improve highly distributed systems and Kafka.",
         ["Highly distributed systems", "Kafka"]),
        ("They wanted more experience with widely used tools and Docker.",
         ["Widely used tools", "Docker"]),
        ("I need to learn fully managed services and Terraform.",
         ["Fully managed services", "Terraform"]),
        # Still a new clause: a verb after the "my", or an adverb that says how it went.
        ("They wanted more SQL and my dashboards were weak.", ["SQL"]),
        ("They wanted more SQL and my resume barely mentioned it.", ["SQL"]),
        ("They wanted more SQL, and my resume hardly mentioned it.", ["SQL"]),
        ("They wanted more Tableau and my portfolio rarely showed it.", ["Tableau"]),
    ],
)  # fmt: skip
def test_each_item_an_answer_offers_is_a_skill(answer: str, items: list[str]) -> None:
    assert titles_from(answer) == items
