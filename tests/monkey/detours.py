"""Detours: the way to the state or place some binding ids need (a delete to undo, a record
edited while another window saves or deletes it, a practice round, the template editor, the
trap checklist, the tour again), one move at a time (``DETOURS``); and to a pane's keys."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.command import CommandPalette
from textual.widgets import TextArea

from tests.monkey.lures import _lure_conflict, _lure_note_questions, _lure_settings
from tests.monkey.moves import Move
from tests.monkey.navigate import (
    _focus_pane_list,
    _lure_key,
    _on_pane,
    _out_of_field,
    _pipeline_row,
    _to_main,
)
from tests.monkey.reading import _on_main, _palette_to, _press, _typing_target

if TYPE_CHECKING:
    from tests.monkey.walker import _Walk


def _lure_pane(pane_id: str) -> Callable[[_Walk], Move | None]:
    """To a pane with ids not pressed yet; there, Tab towards a widget that holds some."""

    def lure(walk: _Walk) -> Move | None:
        moved = _on_pane(walk, pane_id)
        if moved is not None:
            return moved
        if walk._unpressed_elsewhere_on_screen():
            return Move("key", "tab")
        return None

    return lure


def _detour_undo(pane_id: str) -> Callable[[_Walk], Move | None]:
    """Delete something on a pane (saying yes to the question) and undo it."""
    undo_id, delete_id = f"{pane_id}.undo", f"{pane_id}.delete"

    def detour(walk: _Walk) -> Move | None:
        from bounceback_tui.ui.kit.confirm import ConfirmScreen

        app = walk.app
        if isinstance(app.screen, ConfirmScreen):
            return _press(app, "confirm.yes")
        return (
            _on_pane(walk, pane_id)
            or _press(app, undo_id)
            or _press(app, delete_id)
            or _focus_pane_list(walk)
        )

    return detour


def _detour_answer_ratings(walk: _Walk) -> Move | None:
    """Every rating of a practice round: questions added from another window (five make a
    round), Today, i, p, then Space and a rating not given yet, question after question."""
    from bounceback_tui.services.answers import list_questions
    from bounceback_tui.ui.answers.bank import AnswerBankScreen
    from bounceback_tui.ui.answers.practice import AnswerPracticeScreen

    app = walk.app
    screen = app.screen
    if isinstance(screen, AnswerPracticeScreen):
        rates = [f"answer_practice.rate_{w}" for w in ("shaky", "unsure", "okay", "good", "ready")]
        fresh = [r for r in rates if r not in walk.coverage.binding_ids]
        for binding_id in ("answer_practice.reveal", *fresh, *rates):
            move = _press(app, binding_id)
            if move is not None:
                return move
        return _press(app, "answer_practice.close")
    if isinstance(screen, AnswerBankScreen):
        return _press(app, "answer_bank.practise") or _press(app, "answer_bank.close")
    if _on_main(app) and len(list_questions(app.db)) < 5:
        return Move("elsewhere", "questions")
    return _on_pane(walk, "today") or _press(app, "today.answer_bank")


def _detour_template(walk: _Walk) -> Move | None:
    """The recovery template editor in settings: Tab to its list (its keys work there)."""
    from bounceback_tui.ui.kit.form import FormScreen
    from bounceback_tui.ui.recovery.template import TemplateEditor
    from bounceback_tui.ui.screens.settings import SettingsScreen

    app = walk.app
    screen = app.screen
    if isinstance(screen, FormScreen) and isinstance(app.screen_stack[-2], SettingsScreen):
        return _press(app, "form.cancel")
    if isinstance(screen, SettingsScreen):
        focused = app.focused
        inside = focused is not None and any(
            isinstance(node, TemplateEditor) for node in focused.ancestors_with_self
        )
        if not inside:
            return (
                _out_of_field(walk) if _typing_target(app) and focused.value else Move("key", "tab")
            )  # type: ignore[union-attr]
        return Move("key", "down")  # a row where the keys not pressed yet apply
    return _lure_settings(walk)


def _detour_traps(walk: _Walk) -> Move | None:
    """The thinking-trap checklist (its list keys): Reframe, a new record, a situation and a
    thought written, on to the traps step, its list focused."""
    from bounceback_tui.ui.kit.choice_lists import TickList

    app = walk.app
    moved = _on_pane(walk, "reframe")
    if moved is not None:
        return moved
    pane = app.current_pane
    if getattr(pane, "mode", None) != "exercise":
        return _press(app, "reframe.new") or _focus_pane_list(walk)
    exercise = pane.exercise  # type: ignore[attr-defined]
    focused = app.focused
    if exercise.index == 3:
        if isinstance(focused, TickList):
            return Move("key", "down")
        return Move("key", "tab")
    if exercise.index > 3:
        return _press(app, "reframe.previous")
    if exercise.index in (0, 1) and isinstance(focused, TextArea) and not focused.text.strip():
        return Move("type", "Initech interview" if exercise.index == 0 else "I always fail")
    return _press(app, "reframe.next") or Move("key", "escape")


def _detour_reframe_summary(walk: _Walk) -> Move | None:
    """A finished thought record's summary (edit, its plan, keep as a card): Reframe, a
    complete record linked to a rejection, opened."""
    app = walk.app
    moved = _on_pane(walk, "reframe")
    if moved is not None:
        return moved
    pane = app.current_pane
    mode = getattr(pane, "mode", None)
    if mode == "summary":
        return None  # its keys are pressed first (coverage), or do not apply here
    if mode == "exercise":
        return _press(app, "reframe.close") or _out_of_field(walk)
    rows = {str(row.id): row for row in pane._rows}  # type: ignore[attr-defined]
    key = pane.table.selected_key  # type: ignore[attr-defined]
    row = rows.get(str(key)) if key is not None else None
    if row is not None and row.complete and row.rejection_id is not None:
        return _press(app, "reframe.open")
    if app.focused is not pane.table:  # type: ignore[attr-defined]
        return _focus_pane_list(walk) or Move("key", "escape")
    return Move("key", "down")


def _detour_practice(walk: _Walk) -> Move | None:
    """Reframe's practice: answer a thought (Enter on a trap), then the next one."""
    from bounceback_tui.ui.reframe.practice import PracticeScreen

    app = walk.app
    screen = app.screen
    if isinstance(screen, PracticeScreen):
        if screen.answered:
            return _press(app, "practice.next") or _press(app, "practice.close")
        return Move("key", "enter")
    return _lure_key("reframe", "reframe.practice")(walk)


def _detour_tour(walk: _Walk) -> Move | None:
    """The tour again from the palette: next, then back."""
    from bounceback_tui.ui.screens.tour import TourScreen

    app = walk.app
    if isinstance(app.screen, TourScreen):
        if "tour.next" in walk.coverage.binding_ids:
            return _press(app, "tour.back") or _press(app, "tour.next")
        return _press(app, "tour.next")
    if isinstance(app.screen, CommandPalette) or _on_main(app):
        return _palette_to(app, "Take the tour") or _out_of_field(walk)
    return _to_main(app)


def _detour_senses_done(walk: _Walk) -> Move | None:
    """5-4-3-2-1 from the palette, every sense, then done on its last page."""
    from bounceback_tui.ui.care.low_day import SensesScreen

    app = walk.app
    if isinstance(app.screen, SensesScreen):
        return _press(app, "senses.done") or _press(app, "senses.next")
    if isinstance(app.screen, CommandPalette) or _on_main(app):
        return _palette_to(app, "5-4-3-2-1 grounding") or _out_of_field(walk)
    return _to_main(app)


def _detour_note_questions(walk: _Walk) -> Move | None:
    """The questions a note gave: back to the note once, then add the ticked ones."""
    from bounceback_tui.ui.answers.note_questions import NoteQuestionsScreen

    app = walk.app
    if isinstance(app.screen, NoteQuestionsScreen):
        if "note_questions.back" not in walk.coverage.binding_ids:
            return _press(app, "note_questions.back")
        return _press(app, "note_questions.add")
    return _lure_note_questions(walk)


def _detour_conflict_deleted(walk: _Walk) -> Move | None:
    """The conflict dialog for a record deleted elsewhere (save as new, discard): edit an
    application, another window deletes it, save the form."""
    from bounceback_tui.services.application_detail import get_detail
    from bounceback_tui.ui.kit.conflict import ConflictScreen
    from bounceback_tui.ui.pipeline.application_form import ApplicationFormScreen

    app = walk.app
    screen = app.screen
    if isinstance(screen, ConflictScreen):  # its answers not given yet, before Escape
        fresh = [
            i for i in ("conflict.as_new", "conflict.discard") if i not in walk.coverage.binding_ids
        ]
        move = next((m for i in fresh if (m := _press(app, i)) is not None), None)
        if move is not None:
            return move
    if walk.editing is not None and get_detail(app.db, walk.editing) is None:
        walk.editing = None  # deleted already: another window cannot delete it again
    if isinstance(screen, ApplicationFormScreen) and screen.guard is not None:
        if walk.touched_under is screen:
            return _press(app, "form.save")
        if walk.editing is not None:
            return Move("elsewhere", f"delete-application {walk.editing}")
    if not _on_main(app) and not isinstance(app.screen, CommandPalette):
        return _to_main(app)
    moved = _on_pane(walk, "pipeline") or _pipeline_row(app, lambda row: True)
    if moved is not None:
        return moved
    row = app.current_pane.selected_row  # type: ignore[attr-defined]
    walk.editing = row.id
    return _press(app, "pipeline.edit")


def _detour_conflict(walk: _Walk) -> Move | None:
    """The conflict dialog for a record changed elsewhere (reload, mine, back)."""
    return _lure_conflict(walk)


def _detour_refresh(walk: _Walk) -> Move | None:
    """The app's re-read key (it works everywhere, so no screen's own keys bring it)."""
    app = walk.app
    if not _on_main(app):
        return _to_main(app)
    return _press(app, "app.refresh") or _out_of_field(walk)


# Binding ids that a walk presses only in a state or a place a few moves away, with the way
# there (a detour); each pulls the walk while one of its ids is not pressed yet.
DETOURS: tuple[tuple[str, tuple[str, ...], Callable[[_Walk], Move | None]], ...] = (
    ("refresh", ("app.refresh",), _detour_refresh),
    ("tour", ("tour.next", "tour.back"), _detour_tour),
    (
        "conflict",
        ("conflict.reload", "conflict.overwrite", "conflict.back"),
        _detour_conflict,
    ),
    ("conflict deleted", ("conflict.as_new", "conflict.discard"), _detour_conflict_deleted),
    ("practice", ("practice.next",), _detour_practice),
    ("senses", ("senses.done",), _detour_senses_done),
    ("note questions", ("note_questions.back", "note_questions.add"), _detour_note_questions),
    (
        "ratings",
        tuple(
            f"answer_practice.{w}"
            for w in ("reveal", "rate_shaky", "rate_unsure", "rate_okay", "rate_good", "rate_ready")
        ),
        _detour_answer_ratings,
    ),
    (
        "template",
        tuple(f"template.{w}" for w in ("add", "edit", "up", "down", "retire", "reset")),
        _detour_template,
    ),
    (
        "traps",
        ("ticks.down", "ticks.up", "ticks.first", "ticks.last", "ticks.toggle"),
        _detour_traps,
    ),
    ("summary", ("reframe.edit", "reframe.plan", "reframe.keep_card"), _detour_reframe_summary),
    (
        "undo pipeline",
        ("pipeline.undo",),
        _detour_undo("pipeline"),
    ),
    ("undo skills", ("skills.undo",), _detour_undo("skills")),
    (
        "undo recovery",
        ("recovery.undo",),
        _detour_undo("recovery"),
    ),
    ("undo reframe", ("reframe.undo",), _detour_undo("reframe")),
    ("undo people", ("people.undo",), _detour_undo("people")),
)
