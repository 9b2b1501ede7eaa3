"""What the app opens over its panes, loaded when first asked for (not before the first paint).

The screens a key or the palette opens (help, What's working, the answer bank, "If you are
struggling", settings), the welcome and the tour of a first run, a checked link, the palette
and Textual's system commands, and the keymap's problems. ``BouncebackApp`` keeps a short
method for each, which imports this module when it is called (docs/performance.md, "First
paint, fpw2's round").
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from typing import TYPE_CHECKING

from textual.app import SystemCommand
from textual.screen import Screen

from bounceback_tui.ui.kit.text import WARNING_SECONDS, markup_with, plain, toast_with
from bounceback_tui.ui.panes import PANES_BY_ID

if TYPE_CHECKING:
    from bounceback_tui.domain.links import Link
    from bounceback_tui.errors import StoreDamagedError
    from bounceback_tui.ui.app import BouncebackApp
    from bounceback_tui.ui.app_keys import KeymapInUse
    from bounceback_tui.ui.care.text_screen import CareTextScreen
    from bounceback_tui.ui.screens.tour import WelcomeChoice


def show_help(app: BouncebackApp) -> None:
    from bounceback_tui.ui.screens.help import HelpScreen, collect_help

    screen = app.screen
    if screen is app.screen_stack[0]:
        title = PANES_BY_ID[app.current_pane.id or "today"].title
    else:
        # Settings, a form, a dialog: its own keys, under its own name (it was the pane's
        # behind it: "Keys: Recovery" on Settings, a stranger's walk).
        title = getattr(screen, "HELP_TITLE", "") or "this screen"
    note = getattr(app.current_pane, "HELP_NOTE", "") if screen is app.screen_stack[0] else ""
    app.push_screen(HelpScreen(title, collect_help(screen, app), note))


def show_insights(app: BouncebackApp) -> None:
    """What's working: the comparisons and the flow (read-only, sqlite3)."""
    from bounceback_tui.ui.insights.screen import InsightsScreen

    if not isinstance(app.screen, InsightsScreen):
        app.push_screen(InsightsScreen(app.paths.database, app.db))


def show_answer_bank(app: BouncebackApp, practise: bool, select: int | None = None) -> None:
    """The interview answer bank; ``practise`` starts a round straight away; ``select``: the
    question shown first (the palette found it)."""
    from bounceback_tui.ui.answers.bank import AnswerBankScreen

    if isinstance(app.screen, AnswerBankScreen):
        if select is not None:
            app.screen.reload(select=select)
        return
    bank = AnswerBankScreen(app.db, select=select)
    app.push_screen(bank)
    if practise:
        app.call_after_refresh(bank.run_action, "practise")


def show_struggling(app: BouncebackApp) -> None:
    """The "If you are struggling" screen: settings.toml, and the person's support
    people from People when the store can be read (the screen opens without them)."""
    from bounceback_tui.ui.care.crisis import CrisisScreen

    if not isinstance(app.screen, CrisisScreen):
        _show_care(app, CrisisScreen)


def show_talk(app: BouncebackApp) -> None:
    """ "Talk it through": the person kept in settings.toml and the support people from
    People, on a screen that stays until it is closed."""
    from bounceback_tui.ui.care.talk import TalkScreen

    if not isinstance(app.screen, TalkScreen):
        _show_care(app, TalkScreen)


def _show_care(app: BouncebackApp, screen: type[CareTextScreen]) -> None:
    """A care screen with the support people, or why they could not be read. Its words
    (the helplines, what to do) need no store, so damage met reading the people waits for
    the screen to be closed before the app goes to its choices (restore a backup or start
    fresh): it ended the app as the screen was pushed, whose mount then failed ("No nodes
    match '#crisis-text'") and a crash report came instead of the choices."""
    people, unread, damage = support_people(app)
    shown = screen.from_settings(app.paths.settings_file, people, unread)
    if damage is None:
        app.push_screen(shown)
    else:
        app.push_screen(shown, lambda _: app.close_on_damage(damage))


# What the care screens add to the damage met reading the people: what closing them does.
DAMAGE_AFTER = "Once this screen is closed, the app offers to restore a backup or start fresh."


def support_people(
    app: BouncebackApp,
) -> tuple[list[tuple[str, str]], str, StoreDamagedError | None]:
    """(name, phone or email) of the support people in People, why they could not be read
    ("" when they were): the screens say so, never advice to add people who exist; and the
    damage met, if any, for the app's one door for it (ui/app_store.py) once the screen
    that says so is closed."""
    from bounceback_tui.errors import BouncebackError, StoreDamagedError
    from bounceback_tui.services.care_people import support_people_of
    from bounceback_tui.ui.palette_cli import command_for

    try:
        found = support_people_of(app.paths.database, command_for(app, "repair"))
        return [(p.name, p.reach) for p in found], "", None
    except StoreDamagedError as exc:  # damage inside: the same ways out as at launch, after
        return [], f"{exc} {DAMAGE_AFTER}", exc
    except BouncebackError as exc:  # care screens open whatever the store says
        return [], str(exc), None
    except Exception as exc:
        app.log.warning(f"Support people were not read: {exc!r}")
        return [], "The store could not be read.", None


def show_settings(app: BouncebackApp) -> None:
    """Open the settings screen; the pane re-reads its data when it closes."""
    from bounceback_tui.ui.screens.settings import SettingsScreen

    if not isinstance(app.screen, SettingsScreen):
        app.push_screen(SettingsScreen(), lambda _: app.current_pane.reread())


# -- first run: the welcome and the tour ---------------------------------------------------


def welcome(app: BouncebackApp) -> None:
    from bounceback_tui.ui.screens.tour import WelcomeScreen

    app.push_screen(WelcomeScreen(), partial(_welcome_answered, app))


async def _welcome_answered(app: BouncebackApp, choice: WelcomeChoice | None) -> None:
    # Offered once: whatever the answer, the next launch goes straight in.
    _remember_tour_seen(app)
    if choice == "tour":
        app.action_tour()
    elif choice == "demo":
        app.action_open_demo(then_tour=True)


def _remember_tour_seen(app: BouncebackApp) -> None:
    from bounceback_tui.errors import BouncebackError
    from bounceback_tui.services.settings import save_setting

    try:
        save_setting(app.db, "tour_seen", True)
    except BouncebackError as exc:
        app.notify(plain(exc), severity="warning", title="Tour offer not remembered")


def show_tour(app: BouncebackApp) -> None:
    """Show the two-minute tour; it ends on the pane it started from."""
    from bounceback_tui.ui.screens.tour import TourScreen

    if not isinstance(app.screen, TourScreen):
        app.push_screen(TourScreen(return_to=app.current_pane.id or "today"))


# -- links ----------------------------------------------------------------------------------


def open_url(app: BouncebackApp, url: str) -> None:
    """Check a link Textual or a pane asks to open; anything but an http(s) web address is
    refused with a toast."""
    from bounceback_tui.domain.links import LinkError, parse_web_link

    try:
        link = parse_web_link(url)
    except LinkError as exc:
        app.notify(
            toast_with("That link was not opened. $error", error=exc),
            title="Link",
            severity="warning",
        )
        return
    app.open_link(link)


def open_link(app: BouncebackApp, link: Link) -> None:
    """Open a checked link in the graphical browser, in a thread (a browser can take a
    moment to answer); with none (SSH, a console) show it to copy instead."""
    app.notify(toast_with("Opening $url", url=link.url[:80]), title="Link", timeout=3)
    app.run_worker(
        partial(app._open_in_browser, link),
        thread=True,
        group="open-link",
        exit_on_error=False,
    )


def show_link_now(app: BouncebackApp, link: Link) -> None:
    from bounceback_tui.ui.screens.link import LinkScreen

    app.clear_notifications()
    app.push_screen(LinkScreen(link))


# -- the palette ----------------------------------------------------------------------------


def open_palette(app: BouncebackApp) -> None:  # Enter/Down wait for the query's results
    from bounceback_tui.domain.fuzzy import load_matcher_soon
    from bounceback_tui.ui.commands import Palette

    if app.use_command_palette and not Palette.is_open(app):
        load_matcher_soon()  # its first letter matches words (domain/fuzzy_scores)
        app.push_screen(Palette(id="--command-palette"))


def system_commands(screen: Screen, commands: Iterable[SystemCommand]) -> Iterable[SystemCommand]:
    """Textual's system commands, less two. The app's own actions (panes, exports,
    settings...) are listed by the palette's ActionsProvider (ui/palette_actions.py), which
    also shows these, ranked alike. Left out: "Screenshot" wrote an SVG of the screen (the
    person's notes) to ~/Downloads with the umask's mode, outside the private data folder;
    "Maximize" filled the screen with a pane that fills it already, hiding its key bar and
    tabs."""
    left_out = {screen.action_maximize, screen.action_minimize}
    for command in commands:
        if command.callback in left_out:
            continue
        if "screenshot" not in f"{command.title} {command.help}".casefold():
            yield command


# -- the keymap's problems (settings.toml) ---------------------------------------------------


def report_clash(app: KeymapInUse, ids: frozenset[str]) -> None:
    """Two bindings share a key: said once for each pair."""
    if ids not in app._reported_clashes:
        app._reported_clashes.add(ids)
        app.notify(
            markup_with(  # whole: the person fixes settings.toml with them
                "Two bindings share a key in settings.toml: $ids.", ids=", ".join(sorted(ids))
            ),
            title="Keymap",
            severity="warning",
            timeout=WARNING_SECONDS,
        )


def tell_keymap_problems(app: KeymapInUse, problems: list[str]) -> None:
    # The help key as bound: with "app.help" = "f1" the note sent the person to `?`,
    # which no longer opened the list.
    help_key = app.key_label("app.help", "?")
    shown = problems[:4]
    more = len(problems) - len(shown)
    if more:
        shown.append(f"…and {more:,} more ({help_key} lists them all).")
    where = f"\nThe other keys work as usual. ({app.paths.settings_file})"
    text = "\n".join(shown) + where
    if not _note_fits(app, text):
        # At 60x20 four entries made a note taller than the screen, its "Keymap" title and
        # the first entry's name cut off at the top: the count instead, and where all are.
        several = len(problems) > 1
        count = f"{len(problems):,} entries" if several else "One entry"
        were, them = ("were", "them") if several else ("was", "it")
        text = f"{count} in settings.toml {were} not applied: {help_key} lists {them}." + where
    app.notify(
        plain(text),
        title="Keymap",
        severity="warning",
        timeout=WARNING_SECONDS,  # as other warnings: at 15 it covered a dialog's buttons
    )


def _note_fits(app: KeymapInUse, text: str) -> bool:
    """Whether a note of ``text`` fits above the key bar: Textual's toast is 60 cells wide
    at most half the screen, less its edge and padding, and its title, padding and margin
    take four lines."""
    from textual.content import Content

    width, height = app.size
    inside = max(1, min(60, width // 2) - 4)
    return len(Content(text).wrap(inside)) + 4 <= height - 1
