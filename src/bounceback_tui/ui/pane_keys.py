"""What each pane's keys do, grouped: the `?` screen and the README's keys table.

Only the grouping and a sentence per binding live here; the keys themselves come from
the bindings (as the person remapped them, on the `?` screen). tests/test_help_keys.py
checks that every binding of a pane (ui/binding_catalogue.py) is in one of its groups,
and docs/keymap.py writes the README's table from the same groups. Reading the bindings
the groups name is ui/pane_key_reads.py's.
"""

from __future__ import annotations

from dataclasses import dataclass

from bounceback_tui.ui.panes import PANES


@dataclass(frozen=True)
class KeyGroup:
    title: str
    entries: tuple[tuple[str, str], ...]  # (binding id, what it does)


EVERYWHERE = KeyGroup(
    "Everywhere",
    (
        *((f"pane.{spec.id}", f"go to {spec.title}") for spec in PANES),
        ("app.help", "every key of the current pane (this screen)"),
        ("app.palette", "command palette: any record by a few letters, any action by name"),
        ("app.settings", "settings, and the recovery plan's template"),
        ("app.refresh", "read the pane again (after a change in another window)"),
        ("app.quit", "quit"),
    ),
)

_MOVE_LIST = "move in the list"
# A good round's next review (domain/answers.review): the first comes back tomorrow too.
_GOOD_ROUND = "rate it {}: good, the gap grows: 1, 3, 7, 14, then 30 days"

# The kit's list keys (VirtualList and ListTable bind the same ids), in every list's "Moving".
LIST_MOVES: tuple[tuple[str, str], ...] = (
    ("list.down", "down"),
    ("list.up", "up"),
    ("list.page_down", "a page down"),
    ("list.page_up", "a page up"),
    ("list.first", "first"),
    ("list.last", "last"),
)

PANE_GROUPS: dict[str, tuple[KeyGroup, ...]] = {
    "today": (
        KeyGroup(
            "Today",
            (
                ("today.open", "open the due item in its pane, selected"),
                ("today.next_step", "follow the next step"),
                ("today.check_in", "daily check-in: mood 1–5 and one line"),
                ("today.insights", "What's working: what gets replies, with 95% ranges"),
                ("today.answer_bank", "the interview answer bank: questions and practice"),
                ("today.how_it_went", "how the last interview went, then a thank-you draft"),
                ("today.edit_interview", "change or delete one of the coming interviews"),
                ("today.undo", "give back the follow-up days a review or an interview cleared"),
            ),
        ),
        KeyGroup(
            "Moving",
            (("today.down", "down the due list"), ("today.up", "up the due list")),
        ),
    ),
    "pipeline": (
        KeyGroup(
            "Applications",
            (
                ("pipeline.add", "add an application"),
                ("pipeline.edit", "edit the application"),
                ("pipeline.delete", "delete it (asks first)"),
                (
                    "pipeline.undo",
                    "undo the last add, delete, rejection or stage move",
                ),
                ("pipeline.open_link", "open its link in the browser"),
                ("pipeline.import", "import a job posting from its link"),
                ("pipeline.interview", "schedule an interview for it, with or without people"),
                ("pipeline.edit_interview", "change or delete one of its interviews"),
                ("pipeline.boards", "followed job boards"),
            ),
        ),
        KeyGroup(
            "Stages",
            (
                ("pipeline.stage_back", "previous stage"),
                ("pipeline.stage_next", "next stage"),
                ("pipeline.reject", "mark rejected (starts a recovery plan)"),
                ("pipeline.follow_up", "set the next follow-up"),
                ("pipeline.review_quiet", "review the ones that look ghosted"),
            ),
        ),
        KeyGroup(
            "Finding and viewing",
            (
                ("pipeline.filter", "filter: words, stage:, since:, until:, is:quiet, is:due"),
                ("pipeline.clear_filter", "clear the filter"),
                ("pipeline.view", "table or board"),
                ("pipeline.sort", "sort by the next column"),
                ("pipeline.sort_reverse", "reverse the sort"),
                ("pipeline.details", "show or hide the details and timeline"),
                ("pipeline.insights", "What's working: what gets replies, with 95% ranges"),
            ),
        ),
        KeyGroup(
            "Moving",
            (
                *LIST_MOVES,
                ("board.left", "board: the column to the left"),
                ("board.right", "board: the column to the right"),
            ),
        ),
    ),
    "recovery": (
        KeyGroup(
            "Plans",
            (
                ("recovery.tick", "tick or untick the step"),
                ("recovery.skip", "skip the step (not due, not done), or take the skip back"),
                ("recovery.open", "open the step: write its answer, note feedback"),
                ("list.select", "open the plan"),
                ("recovery.new", "record a no (asks first if it is open in the Pipeline)"),
                ("recovery.custom", "add your own step to this plan"),
                ("recovery.reframe", "start a Reframe linked to this rejection"),
                ("recovery.skill", "turn the answer or reason into a Skills item"),
                ("recovery.message", "write the message this step stands for"),
                ("recovery.edit", "edit the rejection"),
                ("recovery.delete", "delete the rejection and its plan, or the step (asks first)"),
                ("recovery.undo", "undo the last add, delete, skip or tick"),
            ),
        ),
        KeyGroup(
            "Finding and viewing",
            (
                ("recovery.filter", "filter by company or role"),
                ("recovery.view", "open plans only, or all"),
                ("recovery.clear_filter", "clear the filter"),
                ("recovery.back", "from a plan's steps back to the list"),
            ),
        ),
        KeyGroup(
            "Moving",
            (
                ("list.down", "down the list"),
                ("list.up", "up the list"),
                ("list.page_down", "a page down"),
                ("list.page_up", "a page up"),
                ("list.first", "first plan"),
                ("list.last", "last plan"),
                ("recovery.steps_down", "down the steps"),
                ("recovery.steps_up", "up the steps"),
            ),
        ),
    ),
    "reframe": (
        KeyGroup(
            "Thought records",
            (
                ("reframe.new", "start a new thought record"),
                ("reframe.open", "open the record (resume a draft)"),
                ("reframe.edit", "summary: edit the record"),
                ("reframe.plan", "summary: open the linked rejection's plan"),
                ("reframe.keep_card", "summary: keep the balanced thought as a coping card"),
                ("reframe.delete", "delete (asks first)"),
                ("reframe.undo", "undo the last add or delete"),
                ("reframe.practice", "practise spotting thinking traps"),
            ),
        ),
        KeyGroup(
            "The exercise",
            (
                ("reframe.next", "next step"),
                ("reframe.previous", "previous step"),
                ("reframe.tab", "next field of the step (round to the first)"),
                ("reframe.shift_tab", "previous field of the step (round to the last)"),
                ("ticks.toggle", "traps: tick or untick the highlighted trap"),
                ("reframe.traps_q", "traps: nothing (not the app's Quit mid-record)"),
                ("reframe.close", "close the exercise (the draft is kept)"),
            ),
        ),
        KeyGroup(
            "Finding",
            (
                ("reframe.filter", "filter by text"),
                ("reframe.trap_filter", "filter by thinking trap"),
                ("reframe.clear_filter", "clear the filter"),
            ),
        ),
        KeyGroup(
            "Moving",
            (
                *LIST_MOVES,
                ("ticks.down", "traps: down"),
                ("ticks.up", "traps: up"),
                ("ticks.first", "traps: first"),
                ("ticks.last", "traps: last"),
            ),
        ),
    ),
    "skills": (
        KeyGroup(
            "Items",
            (
                ("skills.add", "add an item"),
                ("skills.edit", "edit the item"),
                ("skills.advance", "advance the status: to do, doing, done"),
                ("skills.status_back", "status back"),
                ("skills.status_forward", "status forward"),
                ("skills.priority_up", "priority up"),
                ("skills.priority_down", "priority down"),
                ("skills.open_link", "open its first link"),
                ("skills.open_source", "open the rejection it came from"),
                ("skills.delete", "delete (asks first)"),
                ("skills.undo", "undo the last add, delete or status move"),
            ),
        ),
        KeyGroup(
            "Suggestions",
            (
                ("skills.accept_suggestion", "add the suggested soft skill"),
                ("skills.dismiss", "not this one: dismiss the suggestion"),
            ),
        ),
        KeyGroup(
            "Finding and viewing",
            (
                ("skills.view", "board or list"),
                ("skills.filter", "filter"),
                ("skills.clear_filter", "clear the filter"),
            ),
        ),
        KeyGroup(
            "Moving",
            (
                ("skills.column_left", "the column to the left"),
                ("skills.column_right", "the column to the right"),
                *LIST_MOVES,
                ("list.select", "open the item"),
            ),
        ),
    ),
    "people": (
        KeyGroup(
            "People",
            (
                ("people.add", "add a person"),
                ("people.edit", "edit the person"),
                ("people.link", "link them to an application"),
                ("people.unlink", "take them off an application and its interviews (asks first)"),
                ("people.log", "log what happened: sent, replied, called, met"),
                ("people.edit_log", "change or delete a line of their log"),
                ("people.interview", "schedule an interview"),
                ("people.edit_interview", "change or delete one of their interviews"),
                ("people.message", "write a message: feedback request, thank-you"),
                ("people.open_link", "open their profile link"),
                ("people.delete", "delete (asks first)"),
                ("people.undo", "undo the last add, delete or unlink"),
            ),
        ),
        KeyGroup(
            "Finding",
            (
                ("people.filter", "filter by a few letters"),
                ("people.clear_filter", "clear the filter"),
            ),
        ),
        KeyGroup(
            "Moving",
            (
                *LIST_MOVES,
                ("people.details", "into the details, which the keys above then scroll"),
                ("people.back", "from the details back to the list"),
            ),
        ),
    ),
}

# The screens a pane's key opens, by the namespace of their binding ids. They show their
# keys on their own key line (`?` is the app's key, and a dialog keeps it out); the README's
# table lists these groups after the panes.
SCREEN_GROUPS: dict[str, tuple[KeyGroup, ...]] = {
    "interview_choice": (
        KeyGroup(
            "An interview picked (N)",
            (
                ("interview_choice.edit", "edit it in the scheduling form"),
                ("interview_choice.delete", "delete it (asks first)"),
                ("interview_choice.cancel", "cancel"),
            ),
        ),
    ),
    "insights": (
        KeyGroup(
            "What's working",
            (
                ("insights.outcome", "replies, interviews or offers"),
                ("insights.flow", "how applications moved from stage to stage, or the rates"),
                ("insights.range", "which applications: a date range"),
                ("insights.families", "name your role families"),
                ("insights.close", "close"),
            ),
        ),
    ),
    "answer_bank": (
        KeyGroup(
            "Answer bank",
            (
                ("answer_bank.practise", "practise a round of the questions due"),
                ("answer_bank.add", "add a question and your answer"),
                ("answer_bank.edit", "edit the question or its STAR answer"),
                ("answer_bank.from_note", "questions from a note: each sentence ending in ?"),
                ("answer_bank.delete", "delete the question (asks first; u brings it back)"),
                ("answer_bank.undo", "undo the delete"),
                ("answer_bank.close", "close"),
            ),
        ),
    ),
    "note_questions": (
        KeyGroup(
            "Questions from a note or answer",
            (
                ("note_questions.add", "add the ticked questions to the bank (space ticks)"),
                ("note_questions.back", "back to the note or answer, as you wrote it"),
            ),
        ),
    ),
    "answer_practice": (
        KeyGroup(
            "Answer practice",
            (
                ("answer_practice.reveal", "show my STAR answer"),
                ("answer_practice.rate_shaky", "rate it 1: shaky, again tomorrow"),
                ("answer_practice.rate_unsure", "rate it 2: shaky, again tomorrow"),
                ("answer_practice.rate_okay", _GOOD_ROUND.format(3)),
                ("answer_practice.rate_good", _GOOD_ROUND.format(4)),
                ("answer_practice.rate_ready", _GOOD_ROUND.format(5)),
                ("answer_practice.close", "close"),
            ),
        ),
    ),
    "lowday": (KeyGroup("After a low check-in", (("lowday.close", "not now"),)),),
    "breathing": (
        KeyGroup("Breathing", (("breathing.close", "stop"), ("breathing.done", "close when done"))),
    ),
    "senses": (
        KeyGroup(
            "5-4-3-2-1",
            (
                ("senses.next", "next sense"),
                ("senses.done", "done, after the last sense"),
                ("senses.close", "stop"),
            ),
        ),
    ),
    "talk": (KeyGroup("Talk it through", (("talk.close", "close"),)),),
    "crisis": (KeyGroup("If you are struggling", (("crisis.close", "close"),)),),
    "help": (
        KeyGroup(
            "The ? screen",
            (
                ("help.struggling", "If you are struggling: where to find help"),
                ("help.close", "close"),
            ),
        ),
    ),
}

# Shown in the README's table after the panes (their own screens list them on `?`).
FORM_GROUP = KeyGroup(
    "Forms",
    (
        ("form.save", "save"),
        ("form.cancel", "cancel"),
        ("form.next_field", "next field"),
        ("form.previous_field", "previous field"),
    ),
)
