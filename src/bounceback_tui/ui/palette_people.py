"""Palette entries for People's `n` (schedule an interview) and `i` (log what happened).

"schedule" and "shedule intervew" found only "Edit a coming interview…", and "log feedback"
found nothing (a stranger's walk, second week): an interview is scheduled, and a call or an
email logged, from People, about the person chosen there, and the palette did not say so.
Like "Write a message" (palette_care.py), each runs the pane's own action on the person
chosen there, or, with nobody chosen, takes the person to People and says what to press;
but an interview, with nobody chosen, is the Pipeline's `I` for its application (it asked for
a person, which a store with no people cannot give, where `I` needs nobody).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, cast

from textual.screen import Screen

from bounceback_tui.ui.kit.text import markup_with
from bounceback_tui.ui.palette_shared import (
    HELP_NAME_LEAST,
    PaletteAction,
    app_room,
    go_choose_person,
    mounted,
    run_in,
    with_app,
)

if TYPE_CHECKING:
    from bounceback_tui.ui.app import BouncebackApp
    from bounceback_tui.ui.people.listing import PeopleListing

# The pane's action, its key's id and default, the title, what it is, the words of the note
# shown with nobody chosen, and more words that find it. Not "call" or "talked" for the log:
# "call someone" is care's "Talk it through with someone close" (tests/test_care_hard_day_walk.py).
_ON_A_PERSON = (
    (
        "interview",
        "n",
        "Schedule an interview",
        "Its day, time and kind",
        "an interview",
        "schedule book arrange plan new add interview call meeting time upcoming phone screen "
        "technical onsite zone",
    ),
    (
        "log",
        "i",
        "Log what happened with someone",
        "A call, a meeting, their feedback",
        "what happened",
        "log record note feedback phoned rang email met meeting conversation heard reply",
    ),
)


def people_actions(app: BouncebackApp, screen: Screen) -> Iterator[PaletteAction]:
    """People's `a`; its `n` and `i` on the person chosen there, or the way to choose one
    first. "new person" and "add a person" found nothing (a power user's walk)."""
    yield PaletteAction(
        "Add a person",
        "A recruiter, an interviewer, someone who referred you "
        f"(key {app.key_label('people.add', 'a')} on People)",
        run_in(app, "people", "add"),
        keywords="new person contact someone recruiter interviewer referral",
    )
    people = mounted(screen, "people")
    row = getattr(people, "selected", None) if people is not None else None
    for action, default, title, what, note, keywords in _ON_A_PERSON:
        key = app.key_label(f"people.{action}", default)
        if row is None and action == "interview":
            yield _schedule_on_the_pipeline(app, screen, title, what, keywords)
        elif row is None:
            yield PaletteAction(
                title,
                f"{what}: choose the person in People first; this takes you there",
                go_choose_person(
                    app,
                    markup_with(
                        "Choose the person, then press [b]$key[/b] for $note.", key=key, note=note
                    ),
                ),
                keywords=keywords,
                binding=f"people.{action}",
            )
        else:
            said, keyed = f"{what[0].lower()}{what[1:]}", f"(key {key} on People)"
            help_line = f"With {row.name}: {said} {keyed}"
            if app.shown_pane() != "people":  # elsewhere: whose, and which application
                listing = cast("PeopleListing", people)
                help_line = _chosen_there(app, listing, (row.name, action), said, keyed)
            yield PaletteAction(
                title,
                help_line,
                run_in(app, "people", action),
                keywords=keywords,
            )


def _schedule_on_the_pipeline(
    app: BouncebackApp, screen: Screen, title: str, what: str, keywords: str
) -> PaletteAction:
    """With nobody chosen in People, scheduling is the Pipeline's `I` on its application: it
    took the person to People to "Choose the person, then press n", which a store with no
    people cannot do, though `I` schedules one with nobody from People."""
    key = app.key_label("pipeline.interview", "I")
    pipeline = mounted(screen, "pipeline")
    row = getattr(pipeline, "selected_row", None) if pipeline is not None else None
    if row is not None:
        return PaletteAction(
            title,
            with_app(
                app,
                f"For {{app}}, chosen on the Pipeline: {what[0].lower()}{what[1:]} "
                f"(key {key} on the Pipeline)",
                row.company,
                row.role,
            ),
            run_in(app, "pipeline", "schedule_interview"),
            keywords=keywords,
        )

    async def run() -> None:
        pane = await app.go_to("pipeline")
        if getattr(pane, "selected_row", None) is not None:
            said = markup_with("Choose the application it is for, then press [b]$key[/b].", key=key)
        else:  # no application yet: an interview is for one
            said = markup_with(
                "No applications yet: add the one it is for with [b]$add[/b], then press "
                "[b]$key[/b].",
                add=app.key_label("pipeline.add", "a"),
                key=key,
            )
        app.notify(said, timeout=5)

    return PaletteAction(
        title,
        f"{what}: choose its application on the Pipeline first; this takes you there",
        run,
        keywords=keywords,
        binding="pipeline.interview",
    )


def _chosen_there(
    app: BouncebackApp, people: PeopleListing, on: tuple[str, str], said: str, keyed: str
) -> str:
    """The help line saying who (and, for an interview, which of their applications)
    People's key will use: run from the Pipeline with Acme selected, "Schedule an interview"
    opened the form for the person chosen in People and their own application, and said
    neither (a tester's walk). The application is cut at words' ends to the room the line
    leaves it (``with_app``): named at up to 56 cells, the line wrapped at 100 columns. Where
    the line leaves the name too little (100 columns), it says what the key does no more:
    the action's title says it. ``on``: the person's name and the action."""
    name, action = on
    who = f"With {name}, chosen in People"
    detail = people._detail if action == "interview" else None
    applications = detail.applications if detail is not None else ()
    if not applications:
        return f"{who}: {said} {keyed}"
    chosen = people._linked_in_play() or applications[0].id
    linked = next(a for a in applications if a.id == chosen)
    line = f"{who}, for {{app}} · {linked.stage.label}: {said} {keyed}"
    if app_room(app, line) < HELP_NAME_LEAST:  # 100 columns: what it does is the title's
        line = f"{who}, for {{app}} · {linked.stage.label} {keyed}"
    return with_app(app, line, linked.company, linked.role)
