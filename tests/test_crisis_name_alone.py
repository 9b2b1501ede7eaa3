"""A support person kept in settings.toml with a name and no number is on the "If you are
struggling" screen, as one kept in People without a number is (a stranger's walk,
twentieth round: `support_name = "Mum"` alone was left out)."""

from __future__ import annotations

from bounceback_tui.services.care_settings import CareSettings
from bounceback_tui.ui.care.crisis import crisis_body


def _someone(care: CareSettings, contacts: tuple[tuple[str, str], ...] = ()) -> str:
    (section,) = [c.plain for c in crisis_body(care, contacts) if c.plain.startswith("Someone")]
    return section


def test_a_name_alone_is_listed() -> None:
    said = _someone(CareSettings(country="IE", support_name="Mum [b]"), (("Dad", ""),))
    assert said.splitlines()[1:] == ["  Mum [b]", "  Dad"]


def test_a_number_alone_and_both_are_listed_as_before() -> None:
    assert _someone(CareSettings(support_number="555 0100")).splitlines()[1:] == ["  555 0100  "]
    both = _someone(CareSettings(support_name="Sam", support_number="555 0100"))
    assert both.splitlines()[1:] == ["  555 0100  Sam"]


def test_nobody_kept_still_says_where_to_keep_someone() -> None:
    assert "Think of one person you could call today" in _someone(CareSettings())
