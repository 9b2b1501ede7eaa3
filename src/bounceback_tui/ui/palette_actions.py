"""Every action of the app by name, for the command palette (ui/commands.py shows them).

An action that belongs to a pane switches to that pane first and then runs the pane's
own action, so the palette and the key do exactly the same thing. Actions that need a
selection name it in their help line ("Northwind Analytics (Data Analyst)"), and ones
that cannot run right now either stay out or say what to do first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING, cast

from textual.screen import Screen

from bounceback_tui.ui.palette_shared import PaletteAction, mounted, run_in
from bounceback_tui.ui.panes import PANES, PANES_BY_ID

if TYPE_CHECKING:
    from bounceback_tui.ui.app import BouncebackApp
    from bounceback_tui.ui.reframe.pane import ReframePane


def _navigation(app: BouncebackApp) -> Iterator[PaletteAction]:
    for spec in PANES:
        yield PaletteAction(
            f"Go to {spec.title}",
            f"{spec.summary} (key {app.key_label(f'pane.{spec.id}', spec.key)})",
            partial(app.go_to, spec.id),
            keywords=f"pane switch open show {spec.id}",
        )


def _today(app: BouncebackApp) -> Iterator[PaletteAction]:
    on = "on Today"
    yield PaletteAction(
        "Take the next step",
        f"The one thing Today suggests now (key {app.key_label('today.next_step', 'n')} {on})",
        run_in(app, "today", "next_step"),
        keywords="what now suggestion do",
    )
    yield PaletteAction(
        "Daily check-in",
        "How today is going: one number and a line "
        f"(key {app.key_label('today.check_in', 'c')} {on})",
        run_in(app, "today", "check_in"),
        keywords="check in mood feeling how am i",
    )
    # The Pipeline's `w` opens it too: one entry, naming the key of the pane shown.
    insights = (
        f"key {app.key_label('pipeline.insights', 'w')} on the Pipeline"
        if app.shown_pane() == "pipeline"
        else f"key {app.key_label('today.insights', 'w')} {on}"
    )
    yield PaletteAction(
        "What's working",
        f"Reply, interview and offer rates by source and role, the stage flow ({insights})",
        app.action_insights,
        keywords="insights statistics rates strategy sankey flow compare",
        binding="today.insights pipeline.insights",
    )
    yield PaletteAction(
        "Interview answer bank",
        "Questions you were asked and the answers you would give now "
        f"(key {app.key_label('today.answer_bank', 'i')} {on})",
        app.action_answer_bank,
        keywords="interview questions star answers prepare",
        binding="today.answer_bank",
    )
    yield PaletteAction(
        "Practise interview answers",
        "A short round: weakest and least recently practised first",
        partial(app.action_answer_bank, practise=True),
        keywords="interview rehearse star spaced repetition questions",
    )
    from bounceback_tui.ui.palette_interviews import coming_interview_actions

    yield from coming_interview_actions(app)


def _recovery(app: BouncebackApp, screen: Screen) -> Iterator[PaletteAction]:
    yield PaletteAction(
        "Record a rejection",
        "A no not on the Pipeline, with a plan for the days after "
        f"(key {app.key_label('recovery.new', 'n')} on Recovery)",
        run_in(app, "recovery", "new_rejection"),
        keywords="new no rejected turned down plan",
    )
    recovery = mounted(screen, "recovery")
    if recovery is not None and recovery.check_action("custom_step", ()):
        yield PaletteAction(
            "Add a step to this plan",
            "Your own step in the plan shown "
            f"(key {app.key_label('recovery.custom', 'c')} on Recovery)",
            run_in(app, "recovery", "custom_step"),
            keywords="custom step recovery plan",
        )


def _reframe(app: BouncebackApp) -> Iterator[PaletteAction]:
    yield PaletteAction(
        "Start a reframe",
        "A thought record, one step at a time "
        f"(key {app.key_label('reframe.new', 'a')} on Reframe)",
        app.start_reframe,
        keywords="thought record new hard thought cbt",
        binding="reframe.new",
    )

    async def practise() -> None:
        pane = await app.go_to("reframe")
        # Called directly rather than through run_action: practice is a modal of its own,
        # fine over a half-done exercise (whose `p` key is not active then).
        cast("ReframePane", pane).action_practice()

    yield PaletteAction(
        "Practise spotting thinking traps",
        "Short examples to name the trap in "
        f"(key {app.key_label('reframe.practice', 'p')} on Reframe)",
        practise,
        keywords="practice quiz exercise distortions traps",
        binding="reframe.practice",
    )

    def put_away() -> None:
        from bounceback_tui.ui.reframe.cards import put_away_card

        put_away_card(app)

    yield PaletteAction(
        "Put away a coping card",
        "Remove a card you kept, so Today no longer shows it on a hard day",
        put_away,
        keywords="coping card remove delete forget kept balanced thought",
        ends="puts a coping card away",
    )


def _skills(app: BouncebackApp) -> Iterator[PaletteAction]:
    yield PaletteAction(
        "Add a skill",
        "Something to learn or practise, on your backlog "
        f"(key {app.key_label('skills.add', 'a')} on Skills)",
        run_in(app, "skills", "add"),
        keywords="new learn improve backlog item",
    )


# More words for the transfer entries, which come from ui/screens/export.py.
_TRANSFER_KEYWORDS = {
    "Export as JSON": "save data move computer everything",
    "Export as CSV": "spreadsheet excel applications",
    "Export as Markdown": "journal report period",
    "Back up now": "backup copy safe",
    "Export calendar": "ics ical interviews schedule google outlook",
}


# The pane shown's own undo and delete (`u`, `d`): every list pane has them, and a person who
# does not know the keys looks for them by name. Delete is listed only while the pane would
# act; Undo always, saying what `u` says when there is nothing to undo ("undo" found only
# "Restore a backup", which a worried person could take for it: a stranger's walk).
_ON_THE_PANE = (
    ("undo", "Undo", "Take back the last add or delete", "revert restore back"),
    ("delete", "Delete the selected item", "It asks first; u brings it back", "remove erase"),
)


def _on_the_pane(app: BouncebackApp, screen: Screen) -> Iterator[PaletteAction]:
    pane_id = app.shown_pane()
    pane = mounted(screen, pane_id) if pane_id else None
    if pane is None or pane_id is None:
        return
    where = PANES_BY_ID[pane_id].title
    where = "the Pipeline" if pane_id == "pipeline" else where  # as its lines say
    for action, title, help_line, keywords in _ON_THE_PANE:
        has = hasattr(pane, f"action_{action}")  # Today has no `u` (it keeps nothing to undo)
        run: Callable[[], object] = run_in(app, pane_id, action)
        if not has or pane.check_action(action, ()) is not True:
            if action != "undo":
                continue
            said = pane.refused_key_note("undo", ()) or "Nothing to undo here."  # or why not
            run, help_line = partial(app.notify, said), "Nothing to undo yet"
        key = app.key_label(f"{pane_id}.{action}", action[0])
        keys = f"(key {key} on {where})" if has else f"on {where}"
        ends = "deletes the selected item" if action == "delete" else ""
        yield PaletteAction(
            title,
            f"{help_line} {keys}",
            run,
            keywords=keywords,
            discover=False,
            ends=ends,
            binding=f"{pane_id}.{action}",
        )


def _everywhere(app: BouncebackApp) -> Iterator[PaletteAction]:
    from bounceback_tui.ui.screens.export import transfer_commands

    yield PaletteAction(
        "Show keys",
        f"Every key of this pane and the global ones (key {app.key_label('app.help', '?')})",
        app.action_help,
        keywords="help shortcuts bindings keyboard",
    )
    yield PaletteAction(
        "Settings",
        "Weekly goal, reminders, theme, and the recovery plan template "
        f"(key {app.key_label('app.settings', ',')})",
        app.action_settings,
        keywords="preferences options goal reminders",
    )
    yield PaletteAction(
        "If you are struggling",
        # Short enough for one line at 80 columns: the palette's list measures its height
        # before its scrollbar shows, and a line that then wrapped lost its end (``screen)``).
        "Where to find help today; not therapy "
        f"(key {app.key_label('help.struggling', 'h')} on the keys screen)",
        app.action_struggling,
        keywords="help crisis suicide support hotline talk someone urgent",
        care=True,
    )
    yield PaletteAction(
        "Take the tour",
        "Two minutes: what each pane is for and its best keys",
        app.action_tour,
        keywords="help introduction guide first",
    )
    if app.demo:
        yield PaletteAction(
            "Leave the demo data",
            "Back to your own store (the practice store is thrown away)",
            app.action_leave_demo,
            keywords="demo practice sample exit",
            ends="throws the demo data away",
        )
    else:
        yield PaletteAction(
            "Explore the demo data",
            "A year of sample data in a separate practice store; yours is untouched",
            app.action_open_demo,
            keywords="demo practice sample try",
        )
    yield PaletteAction(
        "Refresh",
        "Read the store again, for changes made in another window "
        f"(key {app.key_label('app.refresh', 'ctrl+r')})",
        app.action_refresh_pane,
        keywords="reload",
    )
    for command in transfer_commands(app):
        yield PaletteAction(
            command.title,
            command.help,
            command.callback,
            keywords=_TRANSFER_KEYWORDS.get(command.title, ""),
        )


def app_actions(app: BouncebackApp, screen: Screen) -> list[PaletteAction]:
    """The actions for a palette opened over ``screen``, in the order they are listed.

    Over a dialog only the actions that work anywhere are offered: switching panes
    underneath a half-filled form would hide it."""
    from bounceback_tui.ui.palette_care import care_actions, message_action
    from bounceback_tui.ui.palette_pane_keys import with_pane_keys
    from bounceback_tui.ui.palette_people import people_actions
    from bounceback_tui.ui.palette_pipeline import pipeline_actions

    actions: list[PaletteAction] = []
    if screen is app.screen_stack[0]:
        actions += _navigation(app)
        actions += _today(app)
        actions += pipeline_actions(app, screen)
        actions += _recovery(app, screen)
        actions += _reframe(app)
        actions += _skills(app)
        actions += message_action(app, screen)
        actions += people_actions(app, screen)
        actions += _on_the_pane(app, screen)
        actions = with_pane_keys(app, screen, actions)  # the shown pane's other keys
    actions += _everywhere(app)
    actions += care_actions(app)
    from bounceback_tui.ui.palette_cli import command_line_actions

    actions += command_line_actions(app)
    # Textual's own (theme, keys panel, quit; not its screenshot or maximize: ui/app.py).
    actions += (
        PaletteAction(
            command.title,
            command.help,
            command.callback,
            discover=command.discover,
            ends="ends the session" if command.callback == app.action_quit else "",
        )
        for command in app.get_system_commands(screen)
    )
    return actions
