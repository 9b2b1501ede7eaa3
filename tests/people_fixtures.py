"""People with applications to be linked to: the store the People tests start from.

Acme (Engineer) and Initech (Analyst, rejected on the frozen today), and the people each
test names, linked to the applications it names. Shared by tests/test_people_pane.py
(and the tests that take its ``seeded`` fixture) and tests/test_message_choice.py.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from bounceback_tui.domain.applications import ApplicationInput, RejectionInput
from bounceback_tui.domain.people import validate_contact
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import people_edits
from bounceback_tui.services.applications import add_application, update_application
from bounceback_tui.store.database import Database
from tests.conftest import FIXED_TODAY

# A person: what their form holds, and the applications ("acme", "initech") they are on.
Person = tuple[dict[str, str], tuple[str, ...]]


def seed_people(
    paths: DataPaths | Database,
    *,
    reached: Stage,
    people: Mapping[str, Person],
    acme_stage: Stage | None = None,
    more: Callable[[Database, dict[str, int]], None] | None = None,
) -> dict[str, int]:
    """Acme (moved to ``acme_stage`` when given) and Initech (rejected after getting as far
    as ``reached``), then each of ``people`` in order, then their links; ``more`` adds what
    else a test needs (interviews) with the ids so far. Returns the ids: "acme",
    "initech" and each person's key. ``paths`` may be an open ``Database`` (as
    ``tests/built_stores.store_once`` gives a build); it is left open."""
    db = paths if isinstance(paths, Database) else Database(paths.database)
    try:
        acme = add_application(db, ApplicationInput(company="Acme", role="Engineer"))
        initech = add_application(db, ApplicationInput(company="Initech", role="Analyst"))
        assert acme.id and initech.id
        if acme_stage is not None:
            update_application(
                db, acme.id, ApplicationInput(company="Acme", role="Engineer", stage=acme_stage)
            )
        update_application(
            db,
            initech.id,
            ApplicationInput(company="Initech", role="Analyst", stage=Stage.REJECTED),
            RejectionInput(rejected_on=FIXED_TODAY, stage_reached=reached),
        )
        ids = {"acme": acme.id, "initech": initech.id}
        for key, (form, _applications) in people.items():
            ids[key] = people_edits.add_contact(db, validate_contact(form, FIXED_TODAY))
        for key, (_form, applications) in people.items():
            for application in applications:
                people_edits.link_application(db, ids[key], ids[application])
        if more is not None:
            more(db, ids)
        return ids
    finally:
        if db is not paths:
            db.dispose()
