"""Lures: the way to a screen that sits behind several steps, one move at a time (``LURES``, in
the order the walk is pulled towards them)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual.command import CommandPalette
from textual.widgets import Input

from tests.monkey.moves import Move
from tests.monkey.navigate import _lure_key, _on_pane, _out_of_field, _pipeline_row, _to_main
from tests.monkey.reading import _form_title, _on_main, _palette_to, _press, _typing_target

if TYPE_CHECKING:
    from tests.monkey.walker import _Walk


def _lure_export(walk: _Walk) -> Move | None:
    """To the export's progress box: the palette, "Export as CSV", Enter, then save."""
    app = walk.app
    from bounceback_tui.ui.kit.form import FormScreen

    screen = app.screen
    if isinstance(screen, CommandPalette):
        box = screen.query_one(Input)
        if box.value == "Export as CSV":
            return Move("key", "enter")
        if box.value:
            return Move("key", "ctrl+u") if "ctrl+u" in screen.active_bindings else None
        return Move("type", "Export as CSV")
    if isinstance(screen, FormScreen):
        if _form_title(screen).startswith("Export"):
            return _press(app, "form.save")
        return _press(app, "form.cancel")
    if _on_main(app):
        return _press(app, "app.palette")
    return Move("key", "escape")


def _lure_expressive(walk: _Walk) -> Move | None:
    """To the timed writing: switch the optional steps on in settings, record a no in
    Recovery, then open that plan's writing step."""
    app = walk.app
    from bounceback_tui.services.settings import read_setting
    from bounceback_tui.ui.kit.form import FormScreen
    from bounceback_tui.ui.screens.settings import SettingsScreen

    screen = app.screen
    optional_on = bool(read_setting(app.db, "recovery_optional_steps"))
    if isinstance(screen, SettingsScreen):
        if optional_on:
            return _press(app, "settings.close")
        focused = screen.focused
        if focused is not None and focused.id == "setting-recovery_optional_steps":
            return Move("key", "space")
        return Move("key", "tab")
    if isinstance(screen, FormScreen) and _form_title(screen) == "Record a rejection":
        focused = screen.focused
        if isinstance(focused, Input) and not focused.value.strip():
            return Move("type", "Initech")
        if any(not box.value.strip() for box in screen.query(Input)):
            return Move("key", "tab")
        return _press(app, "form.save")
    if not _on_main(app):
        return _to_main(app)
    if not optional_on:
        return _press(app, "app.settings") or _out_of_field(walk)
    return _to_step(walk, lambda step: step.kind == "expressive", new_plan=True)


def _lure_answer(walk: _Walk) -> Move | None:
    """To a recovery step's answer box: Recovery, a plan's question step, Enter."""
    return _to_step(walk, lambda step: step.kind in ("answer", "reply") and not step.link)


def _lure_redo_questions(walk: _Walk) -> Move | None:
    """To the step "Which questions would I answer differently now?", whose answer's
    questions are shown before they join the answer bank: Recovery, that step, Enter."""
    return _to_step(walk, lambda step: step.template_key == "reflect.redo")


def _to_step(walk: _Walk, wanted: Callable[[Any], bool], *, new_plan: bool = False) -> Move | None:
    """On Recovery, to the first step of the open plan that is ``wanted`` and open it; with
    ``new_plan``, a plan without one records a new no first (another plan otherwise)."""
    app = walk.app
    moved = _on_pane(walk, "recovery")
    if moved is not None:
        return moved
    pane = app.current_pane
    plan = getattr(pane, "_plan", None)
    steps = plan.steps if plan is not None else []
    targets = [step.id for step in steps if wanted(step)]
    if not targets:
        if new_plan:
            return _press(app, "recovery.new") or _out_of_field(walk)
        if app.focused is not pane.table:  # type: ignore[attr-defined]
            return _press(app, "recovery.back") or Move("key", "escape")
        return Move("key", "down")
    step_list = pane.step_list  # type: ignore[attr-defined]
    if app.focused is not step_list:
        return _press(app, "list.select") or _out_of_field(walk)
    shown = [step.id for step in steps]  # the plan's display order
    here = step_list.highlighted_step_id
    if here == targets[0]:
        return _press(app, "recovery.open")
    at = shown.index(here) if here in shown else -1
    wanted = shown.index(targets[0])
    if at < wanted:
        # From the end is shorter (the optional steps come last): End, then up.
        return Move("key", "end" if len(shown) - 1 - wanted < wanted - at else "down")
    return Move("key", "up")


def _lure_crisis(walk: _Walk) -> Move | None:
    """To the "If you are struggling" screen: ? then h."""
    from bounceback_tui.ui.screens.help import HelpScreen

    app = walk.app
    if isinstance(app.screen, HelpScreen):
        return _press(app, "help.struggling")
    if not _on_main(app):
        return _to_main(app)
    return _press(app, "app.help")


def _lure_settings(walk: _Walk) -> Move | None:
    """To the settings screen (its template editor among it): the settings key."""
    app = walk.app
    if not _on_main(app):
        return _to_main(app)
    return _press(app, "app.settings") or _out_of_field(walk)


def _lure_message(walk: _Walk) -> Move | None:
    """To a message to someone: People, m, and (linked to several applications) which one."""
    from bounceback_tui.ui.people.pick import PickScreen

    app = walk.app
    if isinstance(app.screen, PickScreen):
        return Move("key", "down" if _typing_target(app) else "enter")
    return _lure_key("people", "people.message")(walk)


def _lure_interview_choice(walk: _Walk) -> Move | None:
    """To what to do with an interview (edit or delete): Today, N, and (several ahead)
    which one."""
    from bounceback_tui.ui.people.pick import PickScreen

    app = walk.app
    if isinstance(app.screen, PickScreen):
        return Move("key", "down" if _typing_target(app) else "enter")
    return _lure_key("today", "today.edit_interview")(walk)


def _lure_link(walk: _Walk) -> Move | None:
    """To the link shown to copy: Pipeline, an application with a link, o (every other
    link finds no graphical browser, see ``Stubs``)."""
    app = walk.app
    return (
        _on_pane(walk, "pipeline")
        or _pipeline_row(app, lambda row: row.has_link)
        or _press(app, "pipeline.open_link")
    )


def _lure_plan_offer(walk: _Walk) -> Move | None:
    """To the offer of a plan: Pipeline, an application not rejected, x, save the form."""
    from bounceback_tui.domain.stages import Stage
    from bounceback_tui.ui.kit.form import FormScreen

    app = walk.app
    if isinstance(app.screen, FormScreen) and _form_title(app.screen).startswith("Rejected"):
        return _press(app, "form.save")
    return (
        _on_pane(walk, "pipeline")
        or _pipeline_row(app, lambda row: row.stage is not Stage.REJECTED)
        or _press(app, "pipeline.reject")
    )


def _lure_conflict(walk: _Walk) -> Move | None:
    """To the conflict dialog: edit an application, another window saves it meanwhile,
    then save the form."""
    from bounceback_tui.ui.kit.form import FormScreen

    app = walk.app
    screen = app.screen
    if isinstance(screen, FormScreen) and screen.guard is not None:
        if walk.touched_under is not screen:
            return Move("elsewhere", "touch")
        return _press(app, "form.save")
    return (
        _on_pane(walk, "pipeline")
        or _pipeline_row(app, lambda row: True)
        or _press(app, "pipeline.edit")
    )


def _lure_answer_practice(walk: _Walk) -> Move | None:
    """To a practice round: Today, i (the answer bank), p."""
    from bounceback_tui.ui.answers.bank import AnswerBankScreen
    from bounceback_tui.ui.kit.form import FormScreen

    app = walk.app
    screen = app.screen
    if isinstance(screen, AnswerBankScreen):
        return _press(app, "answer_bank.practise") or _press(app, "answer_bank.add")
    if isinstance(screen, FormScreen) and _form_title(screen).startswith("A question"):
        question = screen.query_one("#field-question", Input)
        if not question.value.strip():
            if app.focused is not question:
                return Move("key", "shift+tab")
            return Move("type", "Why did you leave?")
        return _press(app, "form.save")
    return _on_pane(walk, "today") or _press(app, "today.answer_bank")


def _lure_note_questions(walk: _Walk) -> Move | None:
    """To the questions a note gave, before they join the bank: Today, i (the answer bank),
    n, a note with a question in it, save."""
    from textual.widgets import TextArea

    from bounceback_tui.ui.answers.bank import AnswerBankScreen
    from bounceback_tui.ui.kit.form import FormScreen

    app = walk.app
    screen = app.screen
    if isinstance(screen, AnswerBankScreen):
        return _press(app, "answer_bank.from_note")
    if isinstance(screen, FormScreen) and _form_title(screen).startswith("How did the interview"):
        note = screen.query_one("#field-note", TextArea)
        if "?" not in note.text:
            if app.focused is not note:
                return Move("key", "shift+tab")
            return Move("type", "What would you change in our onboarding? Why do I bother?")
        return _press(app, "form.save")
    return _on_pane(walk, "today") or _press(app, "today.answer_bank")


LOW_DAY_CHOICES = (
    ("BreathingScreen", "breathe"),
    ("SensesScreen", "senses"),
    ("TalkScreen", "talk"),
)


def _lure_palette(title: str) -> Callable[[_Walk], Move | None]:
    """To a screen the palette opens by ``title`` on any day (what a low check-in offers,
    once a day: the grounding, talking it through)."""

    def lure(walk: _Walk) -> Move | None:
        app = walk.app
        if isinstance(app.screen, CommandPalette) or _on_main(app):
            return _palette_to(app, title) or _out_of_field(walk)
        return _to_main(app)

    return lure


def _lure_low_day(choice_wanted: str | None) -> Callable[[_Walk], Move | None]:
    """To what a low check-in offers (``choice_wanted``: the option to take, None for the
    offer itself; a screen of it not reached yet is taken first): Today, c, mood 1, save; a
    day already low is first set to 4. The offer comes once a day: once it is made, the
    screens it leads to are lured from the palette (``_lure_palette``)."""

    def lure(walk: _Walk) -> Move | None:
        from textual.widgets import OptionList, Select

        from bounceback_tui import clock
        from bounceback_tui.domain.care import LOW_MOOD
        from bounceback_tui.services.check_ins import get_check_in
        from bounceback_tui.ui.care.low_day import LowDayScreen
        from bounceback_tui.ui.kit.form import FormScreen

        app = walk.app
        screen = app.screen
        if isinstance(screen, LowDayScreen):
            # The offer comes once per low turn of the day: take a grounding not seen yet.
            missing = walk.coverage.screens_missing()
            choice = next((c for name, c in LOW_DAY_CHOICES if name in missing), choice_wanted)
            if choice is None:
                return _press(app, "lowday.close")
            options = screen.query_one(OptionList)
            here = options.highlighted
            wanted = options.get_option_index(choice)
            if here == wanted:
                return Move("key", "enter")
            return Move("key", "down" if here is None or here < wanted else "up")
        current = get_check_in(app.db, clock.today())
        mood = "4" if current is not None and current[0].mood <= LOW_MOOD else "1"
        if isinstance(screen, FormScreen) and _form_title(screen).startswith("How is today"):
            select = screen.query_one("#field-mood", Select)
            if select.expanded:
                overlay = select.query_one(OptionList)
                here = overlay.highlighted
                values = [str(value) for _label, value in select._options]
                wanted = values.index(mood)
                if here == wanted:
                    return Move("key", "enter")
                return Move("key", "down" if here is None or here < wanted else "up")
            if select.value == mood:
                return _press(app, "form.save")
            if app.focused is not select:
                return Move("key", "shift+tab")
            return Move("key", "space")  # opens it (as Enter does; kept so walks replay)
        return _on_pane(walk, "today") or _press(app, "today.check_in")

    return lure


# Screens that sit behind several steps, in the order the walk is pulled towards them.
LURES: tuple[tuple[str, Callable[[_Walk], Move | None]], ...] = (
    ("InsightsScreen", _lure_key("today", "today.insights")),
    ("CrisisScreen", _lure_crisis),
    ("PracticeScreen", _lure_key("reframe", "reframe.practice")),
    ("GhostScreen", _lure_key("pipeline", "pipeline.review_quiet")),
    ("TrapFilterScreen", _lure_key("reframe", "reframe.trap_filter")),
    ("AnswerPracticeScreen", _lure_answer_practice),
    ("NoteQuestionsScreen", _lure_note_questions),
    ("SkillFormScreen", _lure_key("skills", "skills.add")),
    ("LinkScreen", _lure_link),
    ("PlanOfferScreen", _lure_plan_offer),
    ("ConflictScreen", _lure_conflict),
    ("TransferProgressScreen", _lure_export),
    ("LowDayScreen", _lure_low_day(None)),
    ("BreathingScreen", _lure_palette("Breathe slowly for two minutes")),
    ("SensesScreen", _lure_palette("5-4-3-2-1 grounding")),
    ("TalkScreen", _lure_palette("Talk it through with someone close")),
    ("BoardsScreen", _lure_key("pipeline", "pipeline.boards")),
    ("ImportPostingScreen", _lure_key("pipeline", "pipeline.import")),
    ("PickScreen", _lure_key("people", "people.link")),
    ("MessageScreen", _lure_message),
    ("InterviewChoiceScreen", _lure_interview_choice),
    ("SettingsScreen", _lure_settings),
    ("AnswerScreen", _lure_answer),
    ("ExpressiveWritingScreen", _lure_expressive),
    ("RedoQuestionsScreen", _lure_redo_questions),
)
