"""A word typed ranks the names it is the whole of first, then the ones it begins, then the
ones it is only inside.

"eta" scored "Eta Health" and "Zeta Labs" the same, so they came in the list's order, and
in People's link picker `acme 31` put "Acme 631", "Acme 314", "Acme 310" and "Acme 231"
above the exact "Acme 31". A word (or a number) typed now ranks a word it is as typed
above a word it begins, and that above a word it is only inside, which is still found:
"eta" finds Zeta and "book" Facebook. The filters, the palette and the pickers share the
one matcher. Every expected order is written out by hand.
"""

from __future__ import annotations

from textual.widgets import OptionList

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.fuzzy import rank
from bounceback_tui.domain.search import Kind, SearchEntry, SearchIndex
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.people.pick import PickScreen
from tests.people_fixtures import seed_people
from tests.ui_harness import app_on, settle


def _found(typed: str, texts: list[str]) -> list[str]:
    return [text for text, _score in rank(typed, texts, str)]


def test_a_word_typed_ranks_the_whole_word_then_its_start_then_inside() -> None:
    companies = ["Zeta Labs", "Etamine", "Eta Health", "Betamax"]
    found = _found("eta", companies)
    assert found[0] == "Eta Health"  # the company named Eta
    assert found[1] == "Etamine"  # a word it begins
    assert sorted(found[2:]) == ["Betamax", "Zeta Labs"]  # only inside: still found, last
    # Two words: each one's place counts.
    assert _found("acme 31", ["Acme 631", "Acme 314", "Acme 310", "Acme 231", "Acme 31"]) == [
        "Acme 31",
        "Acme 314",
        "Acme 310",
        "Acme 631",
        "Acme 231",
    ]


def test_a_word_inside_another_is_still_found_after_one_it_begins() -> None:
    assert _found("book", ["Facebook", "Bookly"]) == ["Bookly", "Facebook"]
    assert _found("eta", ["Zeta Labs"]) == ["Zeta Labs"]


def test_a_word_inside_another_still_ranks_above_a_slip_and_initials() -> None:
    texts = [
        "Initech (Site Reliability Engineer)",  # the initials of "sre"
        "Globex (Analyst) shared the screen",  # "screen": a slip, a letter between
        "Masreen (Designer)",  # "sre" inside a word, as typed
    ]
    assert _found("sre", texts) == [texts[2], texts[0], texts[1]]


def test_the_palette_puts_the_whole_word_first() -> None:
    entries = [
        SearchEntry(Kind.APPLICATION, 1, "Zeta Labs (Engineer)"),
        SearchEntry(Kind.APPLICATION, 2, "Etamine (Engineer)"),
        SearchEntry(Kind.APPLICATION, 3, "Eta Health (Engineer)"),
    ]
    assert [hit.item.id for hit in SearchIndex(entries).search("eta")] == [3, 2, 1]


async def test_the_link_picker_puts_the_number_typed_first(opened_paths: DataPaths) -> None:
    def more(db: Database, _ids: dict[str, int]) -> None:
        for company in ("Acme 631", "Acme 314", "Acme 310", "Acme 231", "Acme 31"):
            add_application(db, ApplicationInput(company=company, role="Engineer"))

    ids = seed_people(
        opened_paths,
        reached=Stage.APPLIED,
        people={"rita": ({"name": "Rita", "email": "", "kind": "recruiter"}, ())},
        more=more,
    )
    async with app_on(opened_paths, "people", size=(100, 30)) as (app, pilot, pane):
        assert pane.select_item(ids["rita"])
        await pilot.press("l")
        await settle(pilot)
        assert isinstance(app.screen, PickScreen)
        await pilot.press(*"acme 31")
        await settle(pilot)
        options = app.screen.query_one(OptionList)
        shown = [
            str(getattr(options.get_option_at_index(n).prompt, "plain", "")).split(" (")[0]
            for n in range(options.option_count)
        ]
        assert shown[0] == "Acme 31", shown
        assert sorted(shown[1:3]) == ["Acme 310", "Acme 314"], shown  # the number begun
        assert sorted(shown[3:5]) == ["Acme 231", "Acme 631"], shown  # only inside
        await pilot.press("enter")  # Enter takes the top match: the one typed
        await settle(pilot)
        assert not isinstance(app.screen, PickScreen)
        assert focus_problem(app) is None
