"""A message template with a misspelt placeholder ({compnay}) is not saved: the form stays open
and names the one meant. Before, it was saved with a toast, and every draft said "{compnay}"
(a stranger's walk, eighteenth round). A name close to no placeholder is saved as typed."""

from __future__ import annotations

import pytest

from bounceback_tui.domain.messages import MessageKind, Template, placeholder_typos
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import messages as message_service
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.focus import focus_problem
from tests.screen_text import screen_text
from tests.test_people_pane import seeded  # noqa: F401  (the fixture: Rita and her applications)
from tests.ui_harness import open_message_template, settle


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("{compnay}", "{company}"),
        ("{frist_name}", "{first_name}"),
        ("{interveiw_date}", "{interview_date}"),
        ("{rol}", "{role}"),
        # Capitals, a hyphen, a brace never closed (an attacker's walk: saved without a word).
        ("{Company}", "{company}"),
        ("{first-name}", "{first_name}"),
        ("{role", "{role}"),
        # Spaces inside the braces: the drafts do not fill "{company }" (the fourth stranger).
        ("{company }", "{company}"),
        ("{ role}", "{role}"),
        ("{smile}", None),
        ("{date}", None),
    ],
)
def test_a_placeholder_misspelt_is_named_with_the_one_meant(typed: str, meant: str | None) -> None:
    found = placeholder_typos(Template("", f"Hello {typed}"))
    if meant is None:
        assert found == []
    else:
        (error,) = found
        assert error.field == "body"
        assert typed in error.message and f"did you mean {meant}" in error.message


async def test_the_form_stays_open_on_a_typo(seeded: tuple[DataPaths, dict[str, int]]) -> None:  # noqa: F811
    paths, _ids = seeded
    app = BouncebackApp(paths)
    async with app.run_test(size=(120, 40)) as pilot:
        form = await open_message_template(app, pilot, 0)  # asking for feedback after a no
        form.query_one("#field-body").text = "Hello {first_name} at {compnay}"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is form
        shown = screen_text(app)
        assert "{compnay} is not a placeholder, did you mean" in shown
        assert "{company}?" in shown
        assert focus_problem(app) is None
    db = Database(paths.database)
    try:
        kept = message_service.template_read(db, MessageKind.FEEDBACK_REQUEST).template
        assert "{compnay}" not in kept.body
    finally:
        db.dispose()


def test_double_braces_fill_as_single_ones() -> None:
    """A template's "{{company}}", as mail-merge tools write it, fills to the company; it
    filled to "{Acme}" (the eighteenth round's left-alone list). A name that is no placeholder
    stays as typed."""
    from bounceback_tui.domain.messages import fill

    values = {"company": "Acme", "first_name": "Rita"}
    text = "Dear {{first_name}}, about {{company}} and {company}: {{smile}} {{ company }}"
    assert fill(text, values) == "Dear Rita, about Acme and Acme: {{smile}} {{ company }}"
    assert placeholder_typos(Template("{{company}}", "Hi {{first_name}}")) == []
