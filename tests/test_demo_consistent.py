"""The demo's stories agree with themselves (a stranger's walk, twentieth round).

Delta Lane was Saved, yet its log said "Sent the application" and its note "Take-home due
Friday."; Riverstone Legal logged "They replied … Invited to talk" while its no came after
Applied. Checked over the whole demo: no log line or note tells of a step the application
never reached.
"""

from __future__ import annotations

from bounceback_tui.domain.stages import PROGRESSION, Stage, stage_reached
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.store.database import Database


def _reached(db: Database) -> dict[int, tuple[Stage, str, list[tuple[str, str]]]]:
    with db.read() as session:
        conn = session.connection()
        stages = dict(conn.exec_driver_sql("SELECT id, stage FROM application").all())
        history: dict[int, list[Stage]] = {}
        for app_id, to_stage in conn.exec_driver_sql(
            "SELECT application_id, to_stage FROM stage_change ORDER BY changed_on, id"
        ).all():
            history.setdefault(app_id, []).append(Stage(to_stage))
        notes = dict(conn.exec_driver_sql("SELECT id, notes FROM application").all())
        logs: dict[int, list[tuple[str, str]]] = {}
        for app_id, kind, note in conn.exec_driver_sql(
            "SELECT application_id, kind, note FROM interaction WHERE application_id IS NOT NULL"
        ).all():
            logs.setdefault(app_id, []).append((kind, note))
    out = {}
    for app_id, stage in stages.items():
        furthest = stage_reached(history.get(app_id, [Stage(stage)]))
        out[app_id] = (furthest, notes[app_id], logs.get(app_id, []))
    return out


def _at_least(stage: Stage, needed: Stage) -> bool:
    return PROGRESSION.index(stage) >= PROGRESSION.index(needed)


def test_no_log_line_or_note_tells_of_a_step_not_reached(db: Database) -> None:
    fill_demo(db)
    seen_saved = seen_replied = 0
    for furthest, note, logs in _reached(db).values():
        kinds = {kind for kind, _ in logs}
        if furthest is Stage.SAVED:
            seen_saved += 1
            assert "sent" not in kinds
        if "replied" in kinds:
            seen_replied += 1
            assert _at_least(furthest, Stage.SCREENING)
        if note == "Take-home due Friday.":
            assert _at_least(furthest, Stage.INTERVIEWING)
        if note == "Asked about on-call in the screen.":
            assert _at_least(furthest, Stage.SCREENING)
    assert seen_saved and seen_replied  # the demo still has both kinds to check
