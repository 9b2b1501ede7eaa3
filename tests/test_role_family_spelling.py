"""What's working shows a role family as the person typed its titles.

A stranger's walk: the role families read "ios developer", "backend engineer": the lower
case the grouping works in. A family now shows the words of the first title met in it as
typed ("iOS Developer"), in Title Case where they were typed all in lower case; a name the
person gave stays as given. The grouping is as before: case aside.
"""

from __future__ import annotations

from datetime import date

from bounceback_tui.domain.insights import AppFacts, dimensions


def _role_dimension(renames: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return next(d for d in dimensions(renames) if d.key == "role")


def test_a_family_is_shown_in_the_words_typed() -> None:
    role = _role_dimension({"data analyst": "Analytics"})
    titles = [
        "Senior iOS Developer",
        "ios developer ii",  # the same family: shown as first met
        "backend engineer",  # typed all in lower case
        "Data Analyst",  # a name given
        "Lead",  # no words left
    ]
    day = date(2026, 3, 2)
    keys = [role.group_of(AppFacts(n, title, day)) for n, title in enumerate(titles)]
    assert keys == ["ios developer", "ios developer", "backend engineer", "Analytics", "other"]
    assert [role.label(key) for key in dict.fromkeys(keys)] == [
        "iOS Developer",
        "Backend Engineer",
        "Analytics",
        "Other",
    ]
    assert role.plural("ios developer") == '"iOS Developer" roles'
