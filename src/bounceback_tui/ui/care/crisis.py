""" "If you are struggling": a calm screen pointing to real help.

Reads nothing but ``settings.toml`` (``services/care_settings``), so it opens when the store
cannot (the store-problem screen links to it). No network: the numbers are shown to read;
nothing is dialled or sent.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import groupby
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from bounceback_tui.domain.crisis_lines import (
    CHECKED_ON,
    COUNTRIES,
    DIRECTORY,
    Country,
    lines_for,
)
from bounceback_tui.services.care_people import people_to_call
from bounceback_tui.services.care_settings import CareSettings
from bounceback_tui.ui.care.text_screen import CareTextScreen, unread_said
from bounceback_tui.ui.kit.key_lines import keys_line
from bounceback_tui.ui.kit.key_text import key_of
from bounceback_tui.ui.kit.keys_hint import KeysHint
from bounceback_tui.ui.kit.scroll_text import ScrollText
from bounceback_tui.ui.kit.text import markup_with, plain

INTRO = (
    "A job search can weigh a lot, and some days are more than a bad day. If that is where "
    "you are, please reach out to someone now. You do not have to sort it out alone.\n\n"
    "bounceback is a journal and a planner. It is not therapy, and it cannot help in a crisis."
)


def _country_lines(country: Country) -> Content:
    parts = [markup_with("[b]$name[/b]", name=country.name)]
    for line in country.lines:
        parts.append(
            markup_with("\n  [b]$contact[/b]  $name", contact=line.contact, name=line.name)
        )
        parts.append(plain(f"\n  {line.detail}", "$text-muted"))
    parts.append(markup_with("\n  In an emergency: [b]$number[/b]", number=country.emergency))
    return Content("").join(parts)


def _someone(name: str, number: str) -> Content:
    if not number:  # a support person kept in People without a number
        return markup_with("\n  [b]$name[/b]", name=name)
    return markup_with("\n  [b]$number[/b]  $name", number=number, name=name or "")


def crisis_body(
    care: CareSettings,
    contacts: Sequence[tuple[str, str]] = (),
    unread: str = "",
    *,
    settings_key: str | None = None,
) -> list[Content]:
    """The screen's sections, in order (a test reads them as text). ``contacts``: (name,
    phone or email) of the person's support people in People; ``unread``: why they could
    not be read, said in place of advice to keep someone; ``settings_key``: the key that
    opens Settings as bound, None where none does (the store-problem screen: Settings is
    there once bounceback opens)."""
    settings = f"Settings ({settings_key})" if settings_key else "Settings"
    later = "" if settings_key else ", once bounceback opens,"
    sections: list[Content] = [plain(INTRO)]
    people = people_to_call(care, contacts)
    if unread:
        body = Content("").join(_someone(name, number) for name, number in people)
        heading = Content.styled("Someone you know", "bold $text-accent")
        sections.append(heading + body + Content("\n") + unread_said(unread))
    elif people:
        body = Content("").join(_someone(name, number) for name, number in people)
        sections.append(Content.styled("Someone you know", "bold $text-accent") + body)
    else:
        sections.append(
            Content.styled("Someone you know", "bold $text-accent")
            + plain(
                f"\n  Think of one person you could call today. {settings}{later} can keep "
                "their name and number, and they show here.",
                "$text-muted",
            )
        )
    country = lines_for(care.country)
    if country is not None:
        sections.append(Content.styled("Crisis lines", "bold $text-accent") + Content("\n")
                        + _country_lines(country))  # fmt: skip
    else:
        hint = (
            f"Set your country in {settings}{later} to see its lines first."
            if not care.country
            else "There are no lines for your country in this app's small list; the "
            "directory below has them."
        )
        listed = Content("\n\n").join(_country_lines(c) for c in COUNTRIES)
        sections.append(
            Content.styled("Crisis lines", "bold $text-accent")
            + plain(f"\n{hint}\n\n", "$text-muted")
            + listed
        )
    sections.append(
        Content.styled("Anywhere in the world", "bold $text-accent")
        + markup_with("\n  [b]$contact[/b]  $name", contact=DIRECTORY.contact, name=DIRECTORY.name)
        + plain(f"\n  {DIRECTORY.detail}", "$text-muted")
        + plain("\n  Or call your local emergency number.", "$text-muted")
    )
    footer = f"Lines checked {CHECKED_ON}. Nothing here is sent anywhere."
    if care.problem:
        footer += f" ({care.problem})"
    sections.append(plain(footer, "$text-muted"))
    return sections


def _paragraphs(section: Content) -> Iterator[Static]:
    """A section's lines, the indented ones (two spaces) in a Static of their own, indented
    by its padding: a line that wraps keeps its indent (the wrapped half of "Think of one
    person..." started at the box's edge)."""
    lines = section.split("\n")
    for indented, run in groupby(lines, key=lambda line: line.plain.startswith("  ")):
        texts = [line[2:] if indented else line for line in run]
        classes = "crisis-section crisis-indented" if indented else "crisis-section"
        yield Static(Content("\n").join(texts), classes=classes)


class CrisisScreen(CareTextScreen):
    """Escape closes; the text scrolls with the arrow keys."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "close", "Close", id="crisis.close"),
    ]
    TEXT_ID = "crisis-text"

    def compose(self) -> ComposeResult:
        with Vertical(id="crisis-box", classes="form"):
            yield Static("If you are struggling", classes="form-title")
            with ScrollText(id="crisis-text"):
                for section in crisis_body(
                    self.care, self.contacts, self.unread, settings_key=self._settings_key()
                ):
                    with Vertical(classes="crisis-block"):
                        yield from _paragraphs(section)
            yield KeysHint(
                keys_line(self.app, ("↑↓", "scroll"), ("{crisis.close|escape,q|Esc}", "close")),
                classes="form-keys",
            )

    def _settings_key(self) -> str | None:
        """The key that opens Settings where this screen is opened, as the keymap binds it;
        None where no key does: opened from the store-problem screen (its `h`), it said
        "Settings (,)", and `,` did nothing there."""
        if not hasattr(self.app, "action_settings"):
            return None
        return key_of(self.app, "app.settings", ",")
