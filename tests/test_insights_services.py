"""What's working read from a real store, the CLI, the answer bank, coping cards, Today's
care fill-ins, and the [care] section of settings.toml."""

from __future__ import annotations

import json
import sqlite3
import stat
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.domain.answers import QuestionSource, validate_question
from bounceback_tui.errors import BouncebackError, ConflictError, ValidationError
from bounceback_tui.paths import DataPaths
from bounceback_tui.reframe.record import Feeling, RecordDraft
from bounceback_tui.services import answers, care
from bounceback_tui.services.care_settings import (
    CareSettings,
    load_care,
    save_care,
    validate_care,
)
from bounceback_tui.services.insights import load_insights
from bounceback_tui.services.reframe import history, history_figures, load_record, save_draft
from bounceback_tui.store.database import Database

TODAY = date(2026, 3, 16)
HOSTILE_ROLE = "Engineer \u202e[b]x[/b]\x1b"  # stored raw by a hand edit: shown defused


def _insert_apps(path: Path, rows: list[tuple[str, str, str, list[tuple[str, str]]]]) -> None:
    """(role, source, date applied, [(stage, day), ...]) each; the last stage is current."""
    with sqlite3.connect(path) as conn:
        for role, source, applied, timeline in rows:
            cursor = conn.execute(
                "INSERT INTO application (company, role, stage, source, date_applied, "
                "created_at, updated_at) VALUES ('Acme', ?, ?, ?, ?, '2026-01-01 10:00:00', "
                "'2026-01-01 10:00:00')",
                (role, timeline[-1][0], source, applied),
            )
            for stage, day in timeline:
                conn.execute(
                    "INSERT INTO stage_change (application_id, to_stage, changed_on, created_at) "
                    "VALUES (?, ?, ?, '2026-01-01 10:00:00')",
                    (cursor.lastrowid, stage, day),
                )


def _store_with_a_clear_difference(path: Path) -> None:
    rows = []
    for index in range(12):  # referrals: 10 of 12 replied, after 4 days
        timeline = [("applied", "2026-02-02")]
        if index < 10:
            timeline.append(("screening", "2026-02-06"))
        rows.append(("Backend Engineer", "referral", "2026-02-02", timeline))
    for _ in range(12):  # job boards: none of 12
        rows.append(("Senior Backend Engineer", "job_board", "2026-02-03",
                     [("applied", "2026-02-03")]))  # fmt: skip
    rows.append((HOSTILE_ROLE, "recruiter", "2026-02-04", [("applied", "2026-02-04")]))
    _insert_apps(path, rows)


def test_insights_from_the_store(opened_paths: DataPaths) -> None:
    _store_with_a_clear_difference(opened_paths.database)
    view = load_insights(opened_paths.database)
    assert view.sent == 25
    # 10/12 [0.55197, 0.95303] against 0/12 [0, 0.2425] (worked out by hand): apart.
    assert view.suggestions == (
        "Referrals got a reply 10 times in 12, job boards 0 in 12: ask for one referral this week.",
    )
    source = next(c for c in view.comparisons if c.dimension.key == "source")
    referral = next(g for g in source.groups if g.name == "referral")
    assert referral.median_days_to_reply == 4
    role = next(c for c in view.comparisons if c.dimension.key == "role")
    assert {g.name: g.count for g in role.groups}["backend engineer"] == 24
    # A date range keeps only what was sent in it.
    assert load_insights(opened_paths.database, date(2026, 2, 3), date(2026, 2, 3)).sent == 12


def test_insights_cli_text_json_and_sankey(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _store_with_a_clear_difference(opened_paths.database)
    where = ["--data-dir", str(opened_paths.data_dir)]
    assert main(["insights", *where]) == 0
    text = capsys.readouterr().out
    assert "What's working: 25 applications sent (all time)" in text
    assert "* Referrals got a reply 10 times in 12" in text
    assert "too few to tell" in text  # the single recruiter application
    assert "\x1b" not in text and "\u202e" not in text  # the hand-edited title, defused
    assert main(["insights", "--json", *where]) == 0
    raw = capsys.readouterr().out
    assert "\x1b" not in raw and "\u202e" not in raw
    data = json.loads(raw)
    source = next(c for c in data["comparisons"] if c["key"] == "source")
    referral = next(g for g in source["groups"] if g["name"] == "referral")
    assert referral["reply"]["count"] == 10
    assert referral["reply"]["wilson_95"] == pytest.approx([0.5520, 0.9530], abs=1e-4)
    assert source["clear_differences"] == [
        {"outcome": "reply", "better": "referral", "worse": "job_board"}
    ]
    assert any(HOSTILE_ROLE.casefold()[:8] in g["name"] for c in data["comparisons"]
               for g in c["groups"])  # fmt: skip
    assert main(["insights", "--sankey", *where]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Applied [10] Screening",
        "Applied [15] No reply yet",
        "Screening [10] Still open",
    ]
    assert main(["insights", "--from", "2026-03-01", "--to", "2026-02-01", *where]) != 0
    assert "--from is after --to" in capsys.readouterr().err


def test_insights_cli_needs_neither_textual_nor_the_orm(opened_paths: DataPaths) -> None:
    code = (
        "import sys; from bounceback_tui.cli import main; "
        f"main(['insights', '--data-dir', {str(opened_paths.data_dir)!r}]); "
        "print(sorted(m for m in ('textual', 'sqlmodel', 'sqlalchemy') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip().splitlines()[-1] == "[]"


# -- the answer bank ---------------------------------------------------------------------


def test_questions_are_added_practised_and_guarded(db: Database) -> None:
    first = answers.add_question(
        db, validate_question({"question": "Why us?", "situation": "[b]bold[/b]"})
    )
    second = answers.add_question(db, validate_question({"question": "Tell me about a failure"}))
    answers.record_round(db, second.id, 2, expected_version=second.version)
    queue = answers.practice_queue(db, TODAY)
    # Both are due (never / poor: tomorrow is not due yet, so "Why us?" comes first).
    assert [q.id for q in queue] == [first.id, second.id]
    practised = answers.record_round(db, first.id, 4, expected_version=first.version)
    assert practised.next_review_on == TODAY + timedelta(days=1)
    assert practised.confidence == 4 and practised.last_practised_on == TODAY
    with pytest.raises(ConflictError):
        answers.record_round(db, first.id, 5, expected_version=first.version)  # stale
    again = answers.record_round(db, first.id, 5, expected_version=practised.version)
    assert again.next_review_on == TODAY + timedelta(days=3)
    assert answers.get_question(db, first.id).situation == "[b]bold[/b]"


def test_questions_from_a_note_are_added_once(db: Database) -> None:
    note = "Went fine.\nWhy do you want to leave?\nWhat is your salary expectation?"
    added = answers.add_from_note(db, note, source_kind=QuestionSource.INTERVIEW_NOTE)
    assert [q.question for q in added] == [
        "Why do you want to leave?",
        "What is your salary expectation?",
    ]
    assert answers.add_from_note(db, note, source_kind=QuestionSource.REFLECTION) == []
    assert len(answers.list_questions(db)) == 2


def test_a_question_links_skills_and_delete_can_be_undone(db: Database) -> None:
    from bounceback_tui.domain.skills import validate_skill
    from bounceback_tui.services.skills import add_skill

    skill_id = add_skill(db, validate_skill({"title": "STAR stories"}, TODAY))
    row = answers.add_question(db, validate_question({"question": "Conflict?"}),
                               skill_ids=[skill_id])  # fmt: skip
    assert row.skills == ((skill_id, "STAR stories"),)
    with pytest.raises(ValidationError):
        answers.update_question(db, row.id, validate_question({"question": "Conflict?"}),
                                skill_ids=[9999], expected_version=row.version)  # fmt: skip
    assert answers.get_question(db, row.id).skills == ((skill_id, "STAR stories"),)
    deleted = answers.delete_question(db, row.id, expected_version=row.version)
    assert answers.list_questions(db) == []
    answers.restore_question(db, deleted)
    assert answers.get_question(db, row.id).skills == ((skill_id, "STAR stories"),)


# -- belief, coping cards and Today's care -------------------------------------------------


def _finished_record(db: Database, balanced: str = "One no is not every no.") -> RecordDraft:
    return save_draft(
        db,
        RecordDraft(
            thought="I will never get a job",
            feelings=[Feeling("sad", 80, 50)],
            balanced_thought=balanced,
            belief_before=90,
            belief_after=40,
            current_step=8,
            complete=True,
        ),
    )


def test_belief_is_stored_and_shown_in_history(db: Database) -> None:
    saved = _finished_record(db)
    assert (load_record(db, saved.id).belief_before, load_record(db, saved.id).belief_after) == (
        90,
        40,
    )
    assert history(db)[0].belief_shift == 50
    figures = history_figures(db)
    assert (figures.belief_rated, figures.average_belief_drop) == (1, 50)


def test_a_card_is_kept_once_per_record_and_shown_on_a_hard_day(db: Database) -> None:
    saved = _finished_record(db)
    assert saved.id is not None
    card = care.keep_as_card(db, saved.id)
    assert care.keep_as_card(db, saved.id).id == card.id  # kept once
    assert [c.text for c in care.list_cards(db)] == ["One no is not every no."]
    draft = save_draft(db, RecordDraft(thought="half done", current_step=2))
    assert draft.id is not None
    with pytest.raises(ValidationError):
        care.keep_as_card(db, draft.id)

    quiet = care.load_care_today(db.path, TODAY)
    assert quiet.card is None and not quiet.hard_day
    assert quiet.belief_drop == 50 and quiet.intensity_drop == 30
    from bounceback_tui.domain.check_in import CheckInInput
    from bounceback_tui.services.check_ins import save_check_in

    save_check_in(db, TODAY, CheckInInput(mood=2, note=""))
    hard = care.load_care_today(db.path, TODAY)
    assert hard.hard_day and hard.card == "One no is not every no."
    assert hard.mood_per_week[-1] == 2 and len(hard.mood_per_week) == 12
    care.delete_card(db, card.id, expected_version=care.list_cards(db)[0].version)
    assert care.load_care_today(db.path, TODAY).card is None


# -- settings.toml [care] -----------------------------------------------------------------


def test_care_settings_round_trip_keep_the_keymap_and_stay_private(tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.toml"
    path.parent.mkdir()
    path.write_text('# my keys\n[keymap]\n"pipeline.add" = "n"\n\n[care]\ncountry = "US"\n')
    care_values = validate_care(
        {
            "country": "uk",
            "support_name": 'Sam "the" \\ sister [b]',
            "support_number": "+44 (0)7700 900123",
        }
    )
    save_care(path, care_values)
    text = path.read_text()
    assert '# my keys\n[keymap]\n"pipeline.add" = "n"' in text
    assert text.count("[care]") == 1
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_care(path) == CareSettings("GB", 'Sam "the" \\ sister [b]', "+44 (0)7700 900123")


def test_care_settings_refuse_bad_values_and_never_overwrite_a_broken_file(
    tmp_path: Path,
) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_care({"country": "Narnia", "support_number": "call me\x07"})
    assert {e.field for e in caught.value.errors} == {"country", "support_number"}
    path = tmp_path / "settings.toml"
    path.write_text("[keymap\nbroken")
    with pytest.raises(BouncebackError):
        save_care(path, CareSettings("US"))
    assert path.read_text() == "[keymap\nbroken"
    assert load_care(path).problem  # read as defaults, with a sentence
    assert load_care(tmp_path / "missing.toml") == CareSettings()
    path.write_text('[care]\ncountry = "not a country"\n')
    assert load_care(path).country == "" and load_care(path).problem


def test_the_reflection_step_feeds_the_answer_bank_in_its_own_transaction(db: Database) -> None:
    from bounceback_tui.services.recovery_steps import save_answer
    from tests.recovery_fixtures import add_rejection, step_by_key

    rejection_id = add_rejection(db, company="Acme", role="Engineer")
    step = step_by_key(db, rejection_id, "reflect.redo")
    save_answer(
        db,
        step.id,
        "Why should we hire you? I'd lead with the migration story.\n"
        "What is your biggest weakness?",
        expected_version=step.version,
    )
    rows = answers.list_questions(db)
    assert [(q.question, q.source_kind, q.asked_at) for q in rows] == [
        ("Why should we hire you?", "reflection", "Acme, Engineer"),
        ("What is your biggest weakness?", "reflection", "Acme, Engineer"),
    ]
    # Another step's answer does not feed it, and a question already there is not added twice.
    other = step_by_key(db, rejection_id, "reflect.went_well")
    save_answer(db, other.id, "What went well? The case study.", expected_version=other.version)
    again = step_by_key(db, rejection_id, "reflect.redo")
    save_answer(db, again.id, "Why should we hire you?", expected_version=again.version)
    assert len(answers.list_questions(db)) == 2


def test_the_bank_cards_belief_and_new_facts_travel_in_the_json_export(
    db: Database, tmp_path: Path
) -> None:
    from bounceback_tui.paths import resolve_paths
    from bounceback_tui.store.sqlite_file import open_store
    from bounceback_tui.transfer.files import private_output
    from bounceback_tui.transfer.json_export import export_json
    from bounceback_tui.transfer.json_import import import_json, load_json_export

    saved = _finished_record(db)
    assert saved.id is not None
    care.keep_as_card(db, saved.id)
    question = answers.add_question(db, validate_question({"question": "Why us?", "tags": "a"}))
    answers.record_round(db, question.id, 4, expected_version=question.version)
    with sqlite3.connect(db.path) as conn:
        conn.execute(
            "INSERT INTO application (company, role, stage, date_applied, company_size, "
            "posted_on, cover_letter, tailored_resume, created_at, updated_at) VALUES "
            "('Acme', 'Dev', 'applied', '2026-03-02', '51-250', '2026-03-01', 1, 0, "
            "'2026-03-02 09:00:00', '2026-03-02 09:00:00')"
        )
    target = tmp_path / "out" / "all.json"
    with private_output(target, make_parents=True) as out:
        export_json(db.path, out)
    fresh = resolve_paths(tmp_path / "fresh")
    open_store(fresh)
    import_json(fresh, load_json_export(target))
    with sqlite3.connect(fresh.database) as conn:
        assert conn.execute("SELECT text FROM coping_card").fetchall() == [
            ("One no is not every no.",)
        ]
        assert conn.execute(
            "SELECT question, confidence, review_step, next_review_on FROM interview_question"
        ).fetchall() == [("Why us?", 4, 0, "2026-03-17")]
        assert conn.execute(
            "SELECT belief_before, belief_after FROM thought_record"
        ).fetchall() == [(90, 40)]
        assert conn.execute(
            "SELECT company_size, posted_on, cover_letter, tailored_resume FROM application"
        ).fetchall() == [("51-250", "2026-03-01", 1, 0)]
    # A hand-edited file with a belief of 150 is refused whole.
    document = json.loads(target.read_text())
    document["tables"]["thought_record"][0]["belief_before"] = 150
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document))
    with pytest.raises(BouncebackError):
        load_json_export(bad)


def test_a_bad_care_field_leaves_the_others_in_use(tmp_path: Path) -> None:
    """Walking the app (rev5): a [care] section with a letter (or an escape) in the number
    lost the country and the name too, so the crisis screen said "Set your country" and
    showed nobody to call. The fields that pass are kept; the problem is still named."""
    path = tmp_path / "settings.toml"
    path.write_text(
        '[care]\ncountry = "GB"\nsupport_name = "Sam (my sister)"\n'
        'support_number = "call Sam \\u001b[2J"\n'
    )
    care_values = load_care(path)
    assert (care_values.country, care_values.support_name) == ("GB", "Sam (my sister)")
    assert care_values.support_number == ""
    assert "[care]" in care_values.problem
    path.write_text('[care]\ncountry = "Narnia"\nsupport_name = "Sam\\u0007"\n')
    assert load_care(path).country == "" and load_care(path).problem


def test_a_period_written_as_the_date_fields_write_it(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    # A stranger (seventeenth round): `insights --from -90d` said "argument --from: expected
    # one argument", though -3d is what the app's date hints offer; --from=-90d worked.
    where = ["--data-dir", str(opened_paths.data_dir)]
    assert main(["insights", "--json", "--from", "-90d", "--to", "-1d", *where]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["from"], data["to"]) == ("2025-12-16", "2026-03-15")
    assert main(["export", "--format", "markdown", "--from", "-2w", "-o", "-", *where]) == 0
    assert "journal: 2 March 2026 to 16 March 2026" in capsys.readouterr().out


def test_a_start_after_today_is_refused_without_an_end(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    # The last stranger (seventeenth round): `insights --from +600w` printed "0 applications
    # sent (2038-06-06 to today)"; with --to it says the period is the wrong way round.
    where = ["--data-dir", str(opened_paths.data_dir)]
    assert main(["insights", "--from", "tomorrow", *where]) != 0
    assert "--from is after today (2026-03-16)" in capsys.readouterr().err
    assert main(["insights", "--from", "today", *where]) == 0
