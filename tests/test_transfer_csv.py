"""CSV: exporting applications for spreadsheets, and importing other trackers' files."""

from __future__ import annotations

import csv
import io
import sqlite3
import stat
from datetime import date
from pathlib import Path

import pytest

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths, resolve_paths
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from bounceback_tui.store.sqlite_file import open_store
from bounceback_tui.transfer.csv_import import plan_csv_import
from bounceback_tui.transfer.csv_mapping import map_headers, parse_mapping_overrides
from bounceback_tui.transfer.csv_words import stage_for_status
from bounceback_tui.transfer.csv_write import write_csv_plan
from bounceback_tui.transfer.files import TransferError
from tests.conftest import FIXED_TODAY
from tests.csv_sheets import exported, written_sheet
from tests.transfer_fixtures import add_full_disk, count, dump_store, fill_every_table


def _plan(path: Path, paths: DataPaths, **kw):  # type: ignore[no-untyped-def]
    return plan_csv_import(path, paths.database, today=FIXED_TODAY, **kw)


def _rows(paths: DataPaths) -> list[tuple]:
    with sqlite3.connect(paths.database) as conn:
        return conn.execute(
            "SELECT company, role, stage, date_applied, link FROM application ORDER BY id"
        ).fetchall()


# --- header mapping -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (
            ["Company Name", "Job Title", "Date Applied", "Status", "Job Url"],
            ["company", "role", "date_applied", "stage", "link"],
        ),
        (
            ["Employer", "Position", "Applied On", "Application Status", "Comments"],
            ["company", "role", "date_applied", "stage", "notes"],
        ),
        (
            ["Compnay", "Postion", "Stauts", "Date aplied", "Salery"],
            ["company", "role", "stage", "date_applied", "salary"],
        ),
        (
            ["Company", "Job Position", "Min. Salary", "Max. Salary", "Follow Up Date"],
            ["company", "role", "salary_min", "salary_max", "next_follow_up"],
        ),
        # Extra words that change the meaning keep a column out.
        (
            ["Company", "Title", "Contact Phone Number", "Status Date", "Date Saved"],
            ["company", "role", None, None, None],
        ),
        # The facts What's working compares, under the export's headers and other names.
        (
            ["Company", "Role", "Date Posted", "Company Size", "Cover Letter", "Tailored CV"],
            ["company", "role", "posted_on", "company_size", "cover_letter", "tailored_resume"],
        ),
        (
            ["Company", "Role", "Posted on", "Employees", "Tailored resume", "Posted by"],
            ["company", "role", "posted_on", "company_size", "tailored_resume", None],
        ),
    ],
)
def test_headers_map_fuzzily(headers: list[str], expected: list[str | None]) -> None:
    mapping = map_headers(headers)
    assert [c.field for c in mapping.columns] == expected


def test_each_field_takes_one_column() -> None:
    mapping = map_headers(["Company", "Employer", "Role"])
    assert [c.field for c in mapping.columns] == ["company", None, "role"]
    assert "Company comes from 'Company'" in mapping.describe()[1]


def test_given_mapping_wins() -> None:
    given = parse_mapping_overrides(["Organisation Unit=company", "Thing=role"])
    mapping = map_headers(["Organisation Unit", "Thing", "Company"], given)
    assert [c.field for c in mapping.columns] == ["company", "role", None]


def test_bad_given_mapping_is_explained() -> None:
    with pytest.raises(TransferError, match="should look like 'Column header=field'"):
        parse_mapping_overrides(["Company"])
    with pytest.raises(TransferError, match="with a field from"):
        parse_mapping_overrides(["Company=employer_name_field"])


@pytest.mark.parametrize(
    ("status", "stage"),
    [
        ("Applied", Stage.APPLIED),
        ("Wishlist", Stage.SAVED),
        ("Phone screen", Stage.SCREENING),
        ("Final Round", Stage.INTERVIEWING),
        ("Offer received", Stage.OFFER),
        ("Hired", Stage.ACCEPTED),
        ("Not selected", Stage.REJECTED),
        ("rejcted", Stage.REJECTED),
        ("Withdrew", Stage.WITHDRAWN),
        ("No response", Stage.GHOSTED),
        ("Banana", None),
        # Spreadsheet trackers' and other apps' own words (issue 16).
        ("Bookmarked", Stage.SAVED),
        ("Applying", Stage.SAVED),
        ("Waiting to hear back", Stage.APPLIED),
        ("Technical screen", Stage.SCREENING),
        ("Online Assessment", Stage.SCREENING),
        ("Onsite", Stage.INTERVIEWING),
        ("2nd interview", Stage.INTERVIEWING),
        ("Verbal offer", Stage.OFFER),
        ("Negotiating", Stage.OFFER),
        ("Rejected after interview", Stage.REJECTED),
        ("Position filled", Stage.REJECTED),
        ("No offer", Stage.REJECTED),
        ("Intervew", Stage.INTERVIEWING),
        ("I Withdrew", Stage.WITHDRAWN),
        ("No Response 🔕", Stage.GHOSTED),
        ("On hold", None),
    ],
)
def test_statuses_map_to_stages(status: str, stage: Stage | None) -> None:
    assert stage_for_status(status) is stage


# --- other trackers' exports (fixtures written for this project, not real exports) -----

TRACKERS = Path(__file__).parent / "data" / "trackers"


@pytest.mark.parametrize(
    ("name", "stage_header", "stages"),
    [
        (
            "huntr-style.csv",
            "List",
            ["saved", "applied", "screening", "interviewing", "interviewing", "offer", "rejected"],
        ),
        (
            "jobsync-style.csv",
            "Status",
            ["saved", "applied", "interviewing", "offer", "rejected", "ghosted", "withdrawn"],
        ),
        (
            "simplify-style.csv",
            "Status",
            [
                *("saved", "applied", "screening", "screening", "interviewing", "offer"),
                *("rejected", "withdrawn", "ghosted"),
            ],
        ),
        (
            "teal-style.csv",
            "Status",
            [
                *("saved", "saved", "applied", "interviewing", "offer", "accepted"),
                *("withdrawn", "rejected", "ghosted"),
            ],
        ),
        (
            "spreadsheet.csv",
            "Stage",
            [
                *("saved", "saved", "applied", "applied", "screening", "screening", "screening"),
                *("screening", "interviewing", "interviewing", "interviewing", "offer", "offer"),
                *("accepted", "withdrawn", "rejected", "rejected", "ghosted"),
            ],
        ),
    ],
)
def test_other_trackers_stage_columns_are_read(
    name: str, stage_header: str, stages: list[str]
) -> None:
    plan = plan_csv_import(TRACKERS / name, None, today=FIXED_TODAY)
    assert plan.mapping.columns[plan.mapping.index_of("stage")].header == stage_header
    assert [r.data.stage.value for r in plan.rows] == stages
    # The one word that names no stage is listed with its line, not guessed.
    expected_bad = (
        [(20, "the status 'On hold' is not one I know")] if name == "spreadsheet.csv" else []
    )
    assert [(p.line, p.reason.split(";")[0]) for p in plan.bad] == expected_bad


def test_huntr_style_rows_keep_their_dates_and_salary() -> None:
    plan = plan_csv_import(TRACKERS / "huntr-style.csv", None, today=FIXED_TODAY)
    first, second = plan.rows[0].data, plan.rows[1].data
    assert (first.company, first.date_applied, first.salary_min, first.salary_max) == (
        "Quillfeather Labs",
        None,
        55000.0,
        65000.0,
    )
    assert first.salary_currency == "GBP"
    assert second.date_applied == date(2026, 2, 6)


# --- importing -------------------------------------------------------------------------


def test_import_shows_mapping_then_writes_all(opened_paths: DataPaths, tmp_path: Path) -> None:
    path = written_sheet(
        tmp_path,
        "Company Name,Job Title,Date Applied,Status,Job Url,Salary,Excitement\n"
        "Acme,Backend Engineer,2026-03-02,Phone screen,https://acme.example/jobs/1,"
        '"$80k-100k/yr",★★★★☆\n'
        "Globex,Data Analyst,03/05/2026,Applied,,,\n"
        "Initech,Designer,,Wishlist,,competitive,\n",
    )
    plan = _plan(path, opened_paths)
    text = "\n".join(plan.describe())
    assert "Company Name  ->  Company" in text
    assert "Job Title     ->  Role" in text
    assert "3 new applications to add, 0 duplicates to skip, 0 rows that cannot be read." in text
    assert count(opened_paths.database, "application") == 0  # planning writes nothing

    db = Database(opened_paths.database)
    assert write_csv_plan(db, plan) == 3
    db.dispose()
    assert _rows(opened_paths) == [
        ("Acme", "Backend Engineer", "screening", "2026-03-02", "https://acme.example/jobs/1"),
        ("Globex", "Data Analyst", "applied", "2026-03-05", ""),
        ("Initech", "Designer", "saved", None, ""),
    ]
    with sqlite3.connect(opened_paths.database) as conn:
        salary = conn.execute(
            "SELECT salary_min, salary_max, salary_currency, salary_period, excitement "
            "FROM application WHERE company = 'Acme'"
        ).fetchone()
        notes = conn.execute("SELECT notes FROM application WHERE company = 'Initech'").fetchone()
        timeline = conn.execute(
            "SELECT to_stage, changed_on FROM stage_change ORDER BY id"
        ).fetchall()
    assert salary == (80000.0, 100000.0, "USD", "year", 4)
    assert notes == ("Salary: competitive",)
    assert timeline == [
        ("screening", "2026-03-02"),
        ("applied", "2026-03-05"),
        ("saved", FIXED_TODAY.isoformat()),
    ]


def test_application_without_a_date_is_not_dated_today(
    opened_paths: DataPaths, tmp_path: Path
) -> None:
    path = written_sheet(tmp_path, "Company,Role,Status\nAcme,Engineer,Applied\n")
    plan = _plan(path, opened_paths)
    assert plan.rows[0].data.date_applied is None
    assert plan.rows[0].data.stage is Stage.APPLIED


def test_duplicates_are_skipped_and_counted(opened_paths: DataPaths, tmp_path: Path) -> None:
    db = Database(opened_paths.database)
    add_application(
        db,
        ApplicationInput(
            company="Acme Inc.", role="Backend Engineer", link="https://www.acme.example/jobs/1/"
        ),
    )
    add_application(db, ApplicationInput(company="Globex", role="Data Analyst"))
    db.dispose()
    path = written_sheet(
        tmp_path,
        "Company,Role,Link\n"
        "Someone Else,Other Role,https://acme.example/jobs/1?utm_source=x\n"  # same link
        "globex,data  analyst,\n"  # same company, same role
        "Globex,Senior Data Analyst,\n"  # another role: new
        "Initech,Back-end Engineer,\n"  # new
        "Initech,Backend engineer,\n"  # same as the line above
        "Acme,Backend Engineer,https://acme.example/jobs/2\n",  # same role, another posting
    )
    plan = _plan(path, opened_paths)
    assert [(r.data.company, r.line) for r in plan.rows] == [
        ("Globex", 4),
        ("Initech", 5),
        ("Acme", 7),
    ]
    assert [d.line for d in plan.duplicates] == [2, 3, 6]
    assert "the same link as Acme Inc. (Backend Engineer) (already in your store)" in (
        plan.duplicates[0].reason
    )
    assert "(line 5)" in plan.duplicates[2].reason
    assert "3 new applications to add, 3 duplicates to skip" in "\n".join(plan.describe())


def test_a_duplicate_at_another_stage_is_named_and_left_as_it_is(
    opened_paths: DataPaths, tmp_path: Path
) -> None:
    """A tracker's newer export says Rejected where the store says Applied: the import skips
    the row (it is the same application) but says so apart, so the no is not lost unseen."""
    db = Database(opened_paths.database)
    add_application(db, ApplicationInput(company="Acme", role="Backend Engineer"))
    add_application(
        db, ApplicationInput(company="Globex", role="Data Analyst", stage=Stage.SCREENING)
    )
    db.dispose()
    path = written_sheet(
        tmp_path,
        "Company,Role,Status,Date Applied\n"
        "Acme,Backend Engineer,Rejected,2026-03-01\n"  # Applied in the store
        "Globex,Data Analyst,Phone Screen,2026-03-02\n"  # the same stage: a plain duplicate
        "Initech,Engineer,Applied,2026-03-03\n",
    )
    plan = _plan(path, opened_paths)
    assert [d.line for d in plan.duplicates] == [2, 3]
    assert [(p.line, p.reason) for p in plan.other_stage] == [
        (2, "Acme (Backend Engineer) is Applied in your store, Rejected here")
    ]
    text = "\n".join(plan.describe())
    assert "1 duplicate says another stage than the application it repeats" in text
    assert "At another stage (not changed):\n  line 2: Acme" in text
    # Listed once: the duplicates below are the others.
    assert "Duplicates (skipped):\n  line 3: Globex" in text and text.count("line 2:") == 1
    write_csv_plan(Database(opened_paths.database), plan)
    assert [(c, s) for c, _, s, _, _ in _rows(opened_paths)] == [
        ("Acme", "applied"),
        ("Globex", "screening"),
        ("Initech", "applied"),
    ]


def test_two_rows_of_one_application_at_two_stages_are_named_apart(
    opened_paths: DataPaths, tmp_path: Path
) -> None:
    """A file with the same job twice, Applied then Rejected (a stranger's walk): the second
    row was a plain duplicate of the first, and its no went unseen."""
    path = written_sheet(
        tmp_path,
        "Company,Role,Status,Date Applied\n"
        "Newco,Dev,Applied,2026-03-01\n"
        "Newco,Dev,Rejected,2026-03-01\n"
        "Newco,Dev,Applied,2026-03-01\n",  # the same stage as line 2: a plain duplicate
    )
    plan = _plan(path, opened_paths)
    assert [r.line for r in plan.rows] == [2]
    assert [(p.line, p.reason) for p in plan.other_stage] == [
        (3, "Newco (Dev) is Applied on line 2, Rejected here")
    ]
    assert [d.line for d in plan.duplicates] == [3, 4]


def test_a_file_without_a_status_column_names_no_other_stage(
    opened_paths: DataPaths, tmp_path: Path
) -> None:
    db = Database(opened_paths.database)
    add_application(db, ApplicationInput(company="Acme", role="Engineer", stage=Stage.REJECTED))
    db.dispose()
    plan = _plan(written_sheet(tmp_path, "Company,Role\nAcme,Engineer\n"), opened_paths)
    assert [d.line for d in plan.duplicates] == [2]
    assert plan.other_stage == []
    assert "another stage" not in "\n".join(plan.describe())


def test_bad_rows_are_reported_with_line_numbers(opened_paths: DataPaths, tmp_path: Path) -> None:
    path = written_sheet(
        tmp_path,
        "Company,Role,Status,Date Applied,Notes\n"
        "Acme,Engineer,Applied,2026-03-01,fine\n"
        ',Engineer,Applied,,"a note\nover two lines"\n'  # lines 3-4: no company
        "Globex,Analyst,Banana,,\n"  # line 5
        "Initech,Designer,Applied,2026-02-30,\n"  # line 6
        "Hooli,PM,Applied,2099-01-01,\n"  # line 7: in the future
        "\n"
        "Umbrella,Chemist,Applied,2026-03-02,\n",  # line 9
    )
    plan = _plan(path, opened_paths)
    assert [r.line for r in plan.rows] == [2, 9]
    bad = {p.line: p.reason for p in plan.bad}
    assert sorted(bad) == [3, 5, 6, 7]
    assert bad[3] == "Company is required"
    assert "the status 'Banana' is not one I know" in bad[5]
    assert bad[6] == "Date applied: '2026-02-30' is not a real calendar date"
    assert bad[7] == "The date applied cannot be in the future"
    described = "\n".join(plan.describe())
    assert "Rows to fix:\n  line 3: Company is required" in described


def test_missing_company_column_is_explained(opened_paths: DataPaths, tmp_path: Path) -> None:
    path = written_sheet(tmp_path, "Org,Role\nAcme,Engineer\n")
    with pytest.raises(TransferError) as caught:
        _plan(path, opened_paths)
    assert "has no column for: Company" in str(caught.value)
    assert "--map" in str(caught.value)


def test_semicolons_bom_and_day_first_dates(opened_paths: DataPaths, tmp_path: Path) -> None:
    path = written_sheet(
        tmp_path,
        "\ufeffFirma;Position;Datum\n"
        "Acme GmbH;Entwickler;14.03.2026\n"
        "Zürich AG;Analyst;03/02/2026\n"
        "Beta;Tester;25/02/2026\n",
    )
    plan = _plan(path, opened_paths, given_map={"Firma": "company", "Datum": "date_applied"})
    assert plan.delimiter == ";"
    assert [(r.data.company, r.data.date_applied) for r in plan.rows] == [
        ("Acme GmbH", date(2026, 3, 14)),
        ("Zürich AG", date(2026, 2, 3)),
        ("Beta", date(2026, 2, 25)),
    ]
    assert "read as day/month/year" in plan.date_order.note()


def test_ambiguous_dates_say_how_they_were_read(opened_paths: DataPaths, tmp_path: Path) -> None:
    path = written_sheet(tmp_path, "Company,Role,Date Applied\nAcme,Engineer,03/02/2026\n")
    plan = _plan(path, opened_paths)
    assert plan.rows[0].data.date_applied == date(2026, 3, 2)
    assert "use --day-first" in plan.date_order.note()
    plan = _plan(path, opened_paths, day_first=True)
    assert plan.rows[0].data.date_applied == date(2026, 2, 3)


def test_utf16_file_is_read(opened_paths: DataPaths, tmp_path: Path) -> None:
    path = written_sheet(tmp_path, "Company\tRole\nNørd Labs\tEngineer\n", encoding="utf-16")
    plan = _plan(path, opened_paths)
    assert plan.rows[0].data.company == "Nørd Labs"


def test_invalid_bytes_name_their_line(opened_paths: DataPaths, tmp_path: Path) -> None:
    path = tmp_path / "latin.csv"
    path.write_bytes(b"Company,Role\nAcme,Engineer\nCaf\xe9 Soleil,Chef\n")
    with pytest.raises(TransferError) as caught:
        _plan(path, opened_paths)
    assert "not UTF-8 on line 3" in str(caught.value)
    assert "--encoding cp1252" in str(caught.value)
    plan = _plan(path, opened_paths, encoding="cp1252")
    assert plan.rows[1].data.company == "Café Soleil"


def test_full_disk_writes_nothing(opened_paths: DataPaths, tmp_path: Path) -> None:
    lines = ["Company,Role,Notes"] + [f"Company {i},Role {i},{'x' * 200}" for i in range(400)]
    plan = _plan(written_sheet(tmp_path, "\n".join(lines)), opened_paths)
    assert len(plan.rows) == 400
    db = Database(opened_paths.database)
    add_full_disk(db.engine)
    before = dump_store(opened_paths.database)
    from bounceback_tui.errors import StoreError

    with pytest.raises(StoreError, match="The disk is full; nothing was saved"):
        write_csv_plan(db, plan)
    db.dispose()
    assert dump_store(opened_paths.database) == before


def test_progress_is_reported(opened_paths: DataPaths, tmp_path: Path) -> None:
    lines = ["Company,Role"] + [f"Company {i},Role" for i in range(1200)]
    seen: list[tuple[str, int, int]] = []
    plan = _plan(
        written_sheet(tmp_path, "\n".join(lines)), opened_paths, progress=lambda *a: seen.append(a)
    )
    db = Database(opened_paths.database)
    write_csv_plan(db, plan, progress=lambda *a: seen.append(a))
    db.dispose()
    assert ("Reading", 1200, 1200) in seen
    assert ("Adding", 500, 1200) in seen
    assert ("Adding", 1200, 1200) in seen


# --- exporting ------------------------------------------------------------------------


def test_export_has_plain_columns_and_labels(opened_paths: DataPaths, tmp_path: Path) -> None:
    db = Database(opened_paths.database)
    add_application(
        db,
        ApplicationInput(
            company='=HYPERLINK("http://evil")',
            role="Engineer, Platform",
            stage=Stage.INTERVIEWING,
            salary_min=85000.0,
            salary_max=95000.5,
            date_applied=date(2026, 3, 2),
            notes="two\nlines",
        ),
    )
    db.dispose()
    target = exported(opened_paths.database, tmp_path / "apps.csv")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"), newline="")))
    assert list(rows[0])[:6] == ["Company", "Role", "Stage", "Date applied", "Link", "Location"]
    assert rows[0]["Company"] == '\'=HYPERLINK("http://evil")'  # never run as a formula
    assert rows[0]["Role"] == "Engineer, Platform"
    assert rows[0]["Stage"] == "Interviewing"
    assert rows[0]["Salary min"] == "85000"
    assert rows[0]["Salary max"] == "95000.5"
    assert rows[0]["Notes"] == "two\nlines"


def test_export_then_import_gives_the_same_applications(
    opened_paths: DataPaths, tmp_path: Path
) -> None:
    fill_every_table(opened_paths)
    target = exported(opened_paths.database, tmp_path / "apps.csv")
    other = resolve_paths(tmp_path / "other")
    open_store(other)
    plan = _plan(target, other)
    assert plan.bad == [] and plan.duplicates == []
    from bounceback_tui.services.people_import import link_named_people
    from bounceback_tui.services.recovery import insert_imported_rejections

    db = Database(other.database)
    write_csv_plan(
        db, plan, link_people=link_named_people, record_rejections=insert_imported_rejections
    )
    db.dispose()
    from bounceback_tui.transfer.csv_export import _PEOPLE_EMAILS, _PEOPLE_NAMES

    # The contact name and email columns carry the people linked to each application.
    columns = (
        "company, role, stage, link, location, work_mode, salary_min, salary_max, "
        f"salary_currency, salary_period, source, excitement, {_PEOPLE_NAMES}, "
        f"{_PEOPLE_EMAILS}, notes, description, employment_type, date_applied, next_follow_up"
    )
    query = f"SELECT {columns} FROM application ORDER BY company, role, link"
    # A Rejected application's no comes back on its day (its latest, when it had two).
    noes = (
        "SELECT a.company, a.role, max(r.rejected_on) FROM application a JOIN rejection r "
        "ON r.application_id = a.id WHERE a.stage = 'rejected' GROUP BY a.id ORDER BY 1, 2, 3"
    )
    with sqlite3.connect(opened_paths.database) as a, sqlite3.connect(other.database) as b:
        assert a.execute(query).fetchall() == b.execute(query).fetchall()
        assert a.execute(noes).fetchall() == b.execute(noes).fetchall() != []


def test_export_then_import_keeps_what_works_facts(opened_paths: DataPaths, tmp_path: Path) -> None:
    """Company size, the posting's date, cover letter and tailored resume (the facts What's
    working compares) go out as columns and come back, a "no" as no rather than unknown."""
    db = Database(opened_paths.database)
    add_application(
        db,
        ApplicationInput(
            company="Initech",
            role="Backend Engineer",
            date_applied=date(2026, 3, 2),
            company_size="51-250",
            posted_on=date(2026, 2, 27),
            cover_letter=True,
            tailored_resume=False,
        ),
    )
    add_application(db, ApplicationInput(company="Globex", role="SRE"))
    db.dispose()
    target = exported(opened_paths.database, tmp_path / "apps.csv")
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"), newline="")))
    initech = next(row for row in rows if row["Company"] == "Initech")
    assert initech["Company size"] == "51-250"
    assert initech["Posted on"] == "2026-02-27"
    assert initech["Cover letter"] == "yes"
    assert initech["Tailored resume"] == "no"
    globex = next(row for row in rows if row["Company"] == "Globex")
    assert [globex[h] for h in ("Company size", "Posted on", "Cover letter")] == ["", "", ""]

    other = resolve_paths(tmp_path / "other")
    open_store(other)
    plan = _plan(target, other)
    assert plan.bad == [] and plan.duplicates == []
    db = Database(other.database)
    write_csv_plan(db, plan)
    db.dispose()
    query = (
        "SELECT company, company_size, posted_on, cover_letter, tailored_resume "
        "FROM application ORDER BY company"
    )
    with sqlite3.connect(other.database) as conn:
        assert conn.execute(query).fetchall() == [
            ("Globex", None, None, None, None),
            ("Initech", "51-250", "2026-02-27", 1, 0),
        ]


def test_a_store_from_before_those_facts_still_exports(tmp_path: Path) -> None:
    """`export` reads a store as it finds it (it never migrates): one written before the
    four facts existed (schema 2) exports with those columns empty, and its contact as the
    application held it. (It failed before, on the people table added in schema 4.)"""
    from bounceback_tui.store.migrations import all_migrations
    from bounceback_tui.store.sqlite_file import APPLICATION_ID

    paths = resolve_paths(tmp_path / "old")
    paths.ensure_data_dir()
    conn = sqlite3.connect(paths.database, isolation_level=None)
    for migration in all_migrations()[:2]:
        conn.execute("BEGIN")
        migration.module.upgrade(conn)
        conn.execute(f"PRAGMA user_version = {migration.version}")
        conn.execute("COMMIT")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(
        "INSERT INTO application (company, role, stage, contact_name, created_at, updated_at) "
        "VALUES ('Old Co', 'Old Role', 'applied', 'Sam', '2025-01-01 10:00:00', "
        "'2025-01-01 10:00:00')"
    )
    conn.close()
    target = exported(paths.database, tmp_path / "apps.csv")
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"), newline="")))
    assert [
        (row["Company"], row["Stage"], row["Contact name"], row["Company size"]) for row in rows
    ] == [("Old Co", "Applied", "Sam", "")]


def test_duplicates_are_judged_as_the_board_refresh_judges_them() -> None:
    """A level tells two roles apart; a tracking parameter or a legal suffix does not."""
    from bounceback_tui.importers.dedupe import duplicate_finder

    finder = duplicate_finder()
    finder.add("Acme", "Backend Engineer II", "", "line 2")
    finder.add("Bluebird", "Analyst", "https://jobs.lever.co/bluebird/42", "line 3")
    assert finder.find("Acme", "Backend Engineer III", "") is None
    assert finder.find("Acme", "Back-end Engineer II", "") == (
        "the same company and role as Acme (Backend Engineer II) (line 2)"
    )
    assert finder.find("The Acme Oy", "Backend engineer II", "") is not None
    assert finder.find(
        "Bluebird", "Data Analyst", "https://jobs.lever.co/bluebird/42?gh_src=x"
    ) == ("the same link as Bluebird (Analyst) (line 3)")
