"""Sample data: realistic, spread over a year, and never written over real data by accident."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import resolve_paths
from tests.conftest import FIXED_TODAY

TABLES = (
    "application",
    "stage_change",
    "rejection",
    "recovery_step",
    "thought_record",
    "thought_feeling",
    "thought_trap",
    "skill",
    "skill_resource",
    "check_in",
    "activity_day",
    "followed_board",
    # People (issue 19).
    "contact",
    "application_contact",
    "interaction",
    "interview",
    "interview_contact",
    # The answer bank and coping cards (issue 20).
    "interview_question",
    "interview_question_skill",
    "coping_card",
)


def _counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def test_demo_fills_every_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--data-dir", str(tmp_path / "d")]) == 0
    db = resolve_paths(tmp_path / "d").database
    counts = _counts(db)
    assert counts["application"] == 60
    assert all(n > 0 for n in counts.values()), counts
    with sqlite3.connect(db) as conn:
        stages = dict(conn.execute("SELECT stage, count(*) FROM application GROUP BY stage"))
        span = conn.execute(
            "SELECT julianday(max(date_applied)) - julianday(min(date_applied)) FROM application"
        ).fetchone()[0]
        orphans = conn.execute(
            "SELECT count(*) FROM application a WHERE stage = 'rejected' AND NOT EXISTS "
            "(SELECT 1 FROM rejection r WHERE r.application_id = a.id)"
        ).fetchone()[0]
    # Every stage appears at 60 applications? Not guaranteed; most do, and about a third are no's.
    assert len(stages) >= 6
    assert 10 <= stages.get("rejected", 0) <= 30
    assert span > 180  # spread over most of a year
    assert orphans == 0  # every rejected application has its rejection and plan
    assert "60 applications" in capsys.readouterr().out


def test_demo_shows_what_is_working_and_the_care_it_offers(tmp_path: Path) -> None:
    """The facts What's working compares, belief in finished thought records, cards kept from
    them and an answer bank with practice due today: without them the demo could not show
    the views of issue 20 (the bank was empty, no card, the belief figure blank)."""
    assert main(["demo", "--data-dir", str(tmp_path / "d")]) == 0
    with sqlite3.connect(resolve_paths(tmp_path / "d").database) as conn:

        def one(sql: str) -> int:
            return int(conn.execute(sql).fetchone()[0])

        for column in ("company_size", "posted_on", "cover_letter", "tailored_resume"):
            assert one(f"SELECT count(*) FROM application WHERE {column} IS NOT NULL") >= 20
        assert one("SELECT count(*) FROM application WHERE posted_on > date_applied") == 0
        complete = one("SELECT count(*) FROM thought_record WHERE status = 'complete'")
        assert complete > 0
        assert complete == one(
            "SELECT count(*) FROM thought_record WHERE status = 'complete' "
            "AND belief_after < belief_before"
        )
        assert one(
            "SELECT count(*) FROM coping_card c JOIN thought_record r ON r.id = c.record_id "
            "WHERE c.text = r.balanced_thought AND r.status = 'complete'"
        ) == one("SELECT count(*) FROM coping_card")
        due = one(
            "SELECT count(*) FROM interview_question WHERE next_review_on IS NULL "
            f"OR next_review_on <= '{FIXED_TODAY.isoformat()}'"
        )
        later = one(
            f"SELECT count(*) FROM interview_question WHERE next_review_on > '{FIXED_TODAY}'"
        )
        assert due >= 1 and later >= 1  # a practice round today, and some already done
        assert (
            one("SELECT count(*) FROM interview_question WHERE situation != '' AND result != ''")
            >= 1
        )
    conn.close()


def test_the_summary_counts_agree_with_their_nouns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # "1 applications, 1 rejections with recovery plans" before (issue 16: counts and nouns).
    assert main(["demo", "--data-dir", str(tmp_path / "d"), "--scale", "1"]) == 0
    out = capsys.readouterr().out
    assert ": 1 application, 1 rejection (each with a recovery plan), " in out
    assert "applications" not in out and "rejections" not in out


def test_demo_scale(tmp_path: Path) -> None:
    assert main(["demo", "--data-dir", str(tmp_path / "d"), "--scale", "300"]) == 0
    counts = _counts(resolve_paths(tmp_path / "d").database)
    assert counts["application"] == 300
    assert counts["rejection"] > 80


def test_demo_refuses_a_store_with_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = str(tmp_path / "d")
    assert main(["demo", "--data-dir", target, "--scale", "5"]) == 0
    capsys.readouterr()
    before = _counts(resolve_paths(target).database)
    assert main(["demo", "--data-dir", target, "--scale", "50"]) == 1
    assert "--force" in capsys.readouterr().err
    assert _counts(resolve_paths(target).database) == before


def test_demo_force_replaces_after_a_backup(tmp_path: Path) -> None:
    target = str(tmp_path / "d")
    assert main(["demo", "--data-dir", target, "--scale", "5"]) == 0
    assert main(["demo", "--data-dir", target, "--scale", "12", "--force"]) == 0
    paths = resolve_paths(target)
    assert _counts(paths.database)["application"] == 12
    backups = list(paths.backups.glob("*before-demo*.sqlite3"))
    assert len(backups) == 1
    assert _counts(backups[0])["application"] == 5


@pytest.mark.parametrize("scale", ["0", "-4", "999999"])
def test_demo_refuses_silly_scales(
    tmp_path: Path, scale: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["demo", "--data-dir", str(tmp_path / "d"), "--scale", scale]) == 1
    assert "--scale" in capsys.readouterr().err


def test_demo_force_moves_every_version_past_the_replaced_store(tmp_path: Path) -> None:
    # Issue 15: a form opened on the old rows (another window) must never match a new one.
    from tests.transfer_fixtures import highest_version, lowest_version

    target = str(tmp_path / "d")
    assert main(["demo", "--data-dir", target, "--scale", "5"]) == 0
    paths = resolve_paths(target)
    with sqlite3.connect(paths.database) as conn:
        conn.execute("UPDATE application SET version = 40 WHERE id = 1")
        old_top_id = conn.execute("SELECT max(id) FROM application").fetchone()[0]
    replaced_highest = highest_version(paths.database)
    assert replaced_highest >= 40
    assert main(["demo", "--data-dir", target, "--scale", "3", "--force"]) == 0
    assert lowest_version(paths.database) > replaced_highest
    with sqlite3.connect(paths.database) as conn:
        counter = conn.execute(
            "SELECT seq FROM sqlite_sequence WHERE name = 'application'"
        ).fetchone()[0]
    assert counter >= old_top_id  # a new row never takes an id an old form may hold


@pytest.mark.parametrize("scale", ["5", "300"])
def test_people_interviews_and_the_answer_bank_are_there_at_every_scale(
    tmp_path: Path, scale: str
) -> None:
    # Issue 19 and 20: the demo has people, interviews and an answer bank however small or
    # large it is asked to be (only the 60-application default was checked).
    assert main(["demo", "--data-dir", str(tmp_path / "d"), "--scale", scale]) == 0
    counts = _counts(resolve_paths(tmp_path / "d").database)
    assert counts["application"] == int(scale)
    for table in (
        "contact",
        "application_contact",
        "interaction",
        "interview",
        "interview_contact",
        "interview_question",
        "coping_card",
    ):
        assert counts[table] > 0, table
