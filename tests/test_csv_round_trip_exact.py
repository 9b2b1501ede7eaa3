"""Exporting to CSV and importing that file into a fresh store gives back what the person
had, field for field, for everything the file carries (a lead's walk): a note's "\\r\\n" came
back "\\n", the spaces at its end were gone, a note "N/A" or "-" came back empty, and a row's
people came back in another order. Two rules the forms keep are kept, and the export writes
by them, so that the file shows what comes back: a one-line text has no spaces at its ends,
and a person's name one space between its words (docs/importing.md)."""

from __future__ import annotations

import csv
import io
import sqlite3
import tempfile
from datetime import date, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bounceback_tui.domain.applications import ApplicationInput, RejectionInput
from bounceback_tui.domain.stages import Stage
from bounceback_tui.domain.text import is_blank
from bounceback_tui.paths import DataPaths, resolve_paths
from bounceback_tui.services.applications import add_application
from bounceback_tui.services.people_import import link_named_people
from bounceback_tui.services.recovery import insert_imported_rejections
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import ApplicationContact, Contact
from bounceback_tui.store.sqlite_file import open_store
from bounceback_tui.transfer.csv_import import plan_csv_import
from bounceback_tui.transfer.csv_write import write_csv_plan
from tests.conftest import FIXED_TODAY
from tests.csv_sheets import exported

# Texts a store can hold (typed, pasted, brought by a JSON import or an older version).
HOSTILE = (
    "line one\r\nline two",
    "carriage\rreturn",
    "spaces at the end  ",
    "  spaces at the start",
    "two  spaces  inside",
    "a; semicolon;; and ;",
    'a "quoted" word, and a comma',
    "[b]not markup[/b] [link=https://x.example]here[/link]",
    "emoji 😀 👩‍👩‍👧 and a flag 🏴󠁧󠁢󠁥󠁮󠁧󠁿",
    "שלום עולם, right to left",
    "=SUM(A1:A2)",
    "+44 20 7946 0000",
    "-3 days",
    "@here",
    "'=typed with an apostrophe",
    "N/A",
    "-",
    "TBD",
    "\ttab first",
    "e\u0301 written in two characters",
    "ends in a line break\n",
)

# A one-line text (the location) and what comes back: trimmed at its ends, as the forms save it.
LINES = (
    ("Berlin  ", "Berlin"),
    ("  Remote (US)", "Remote (US)"),
    ("two  spaces", "two  spaces"),
    ("a; b", "a; b"),
    ('"Quoted", with a comma', '"Quoted", with a comma'),
    ("[b]Paris[/b]", "[b]Paris[/b]"),
    ("東京 😀", "東京 😀"),
    ("תל אביב", "תל אביב"),
    ("=HYPERLINK(1)", "=HYPERLINK(1)"),
    ("+1", "+1"),
    ("-", "-"),
    ("@home", "@home"),
    ("N/A", "N/A"),
    ("Unknown", "Unknown"),
)


def _export(paths: DataPaths, target: Path) -> str:
    return exported(paths.database, target).read_text(encoding="utf-8")


def _round_trip(paths: DataPaths, folder: Path) -> tuple[DataPaths, str, str]:
    """Export ``paths``' store, import the file into a fresh one; (the new store, the first
    file, the new store's own export)."""
    first = _export(paths, folder / "first.csv")
    other = resolve_paths(folder / "other")
    open_store(other)
    plan = plan_csv_import(folder / "first.csv", other.database, today=FIXED_TODAY)
    assert plan.bad == [] and plan.duplicates == []
    db = Database(other.database)
    write_csv_plan(
        db, plan, link_people=link_named_people, record_rejections=insert_imported_rejections
    )
    db.dispose()
    return other, first, _export(other, folder / "again.csv")


def _without_stamps(text: str) -> list[dict[str, str]]:
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    return [{k: v for k, v in row.items() if k not in ("Created", "Updated")} for row in rows]


def _texts(path: Path) -> dict[str, tuple[str, str, str, str]]:
    with sqlite3.connect(path) as conn:
        return {
            company: (notes, description, location, reason)
            for company, notes, description, location, reason in conn.execute(
                "SELECT a.company, a.notes, a.description, a.location, r.reason "
                "FROM application a LEFT JOIN rejection r ON r.application_id = a.id"
            )
        }


def _people(path: Path) -> dict[str, list[tuple[str, str]]]:
    """Each application's people as the app lists them: in the order they were linked."""
    with sqlite3.connect(path) as conn:
        found: dict[str, list[tuple[str, str]]] = {}
        for company, name, email in conn.execute(
            "SELECT a.company, c.name, c.email FROM application_contact l "
            "JOIN application a ON a.id = l.application_id JOIN contact c ON c.id = l.contact_id "
            "ORDER BY a.company, l.created_at, c.id"
        ):
            found.setdefault(company, []).append((name, email))
        return found


def test_hostile_texts_come_back_as_they_were(opened_paths: DataPaths, tmp_path: Path) -> None:
    db = Database(opened_paths.database)
    for number, text in enumerate(HOSTILE):
        add_application(
            db,
            ApplicationInput(
                company=f"Company {number}",
                role="Engineer",
                stage=Stage.REJECTED,
                date_applied=date(2026, 3, 2),
                notes=text,
                description=f"About the role:\n{text}",
            ),
            RejectionInput(date(2026, 3, 9), Stage.INTERVIEWING, reason=text),
        )
    for number, (line, _) in enumerate(LINES):
        add_application(
            db,
            ApplicationInput(
                company=f"Place {number}",
                role="Engineer",
                date_applied=date(2026, 3, 3),
                location=line,
            ),
        )
    db.dispose()

    other, first, again = _round_trip(opened_paths, tmp_path)

    back = _texts(other.database)
    for number, text in enumerate(HOSTILE):
        assert back[f"Company {number}"] == (text, f"About the role:\n{text}", "", text)
    for number, (_, shown) in enumerate(LINES):
        assert back[f"Place {number}"] == ("", "", shown, None)
    # The file showed what came back: the new store exports the same file.
    assert _without_stamps(again) == _without_stamps(first)


def test_people_come_back_in_their_order_and_names_as_people_saves_them(
    opened_paths: DataPaths, tmp_path: Path
) -> None:
    db = Database(opened_paths.database)
    early = add_application(
        db, ApplicationInput(company="Early", role="Engineer", date_applied=date(2026, 3, 1))
    )
    later = add_application(
        db, ApplicationInput(company="Later", role="Analyst", date_applied=date(2026, 3, 5))
    )
    with db.write() as session:
        # Sam was added first (the lower id), and linked to Later after Dana and Kim.
        people = [
            Contact(name="Sam Ito", email="sam@example.com", company="Early"),
            Contact(name="Dana Reyes", email="", company="Later"),
            Contact(name="  Kim   Lee ", email="kim@example.com", company="Later"),
            Contact(name="Lee; Kim", email="", company="Later"),
        ]
        session.add_all(people)
        session.flush()
        sam, dana, kim, semicolon = (person.id for person in people)
        links = [
            (early.id, sam, datetime(2026, 3, 1, 9, 0)),
            (later.id, dana, datetime(2026, 3, 5, 9, 0)),
            (later.id, kim, datetime(2026, 3, 5, 9, 1)),
            (later.id, semicolon, datetime(2026, 3, 5, 9, 2)),
            (later.id, sam, datetime(2026, 3, 6, 9, 0)),
        ]
        session.add_all(
            ApplicationContact(application_id=app, contact_id=person, created_at=when)
            for app, person, when in links
        )
    db.dispose()

    other, first, again = _round_trip(opened_paths, tmp_path)

    assert _people(other.database) == {
        "Early": [("Sam Ito", "sam@example.com")],
        "Later": [
            ("Dana Reyes", ""),
            ("Kim Lee", "kim@example.com"),  # one space between a name's words, as People saves
            ("Lee; Kim", ""),
            ("Sam Ito", "sam@example.com"),
        ],
    }
    later_row = next(row for row in _without_stamps(first) if row["Company"] == "Later")
    assert later_row["Contact name"] == "Dana Reyes; Kim Lee; Lee;; Kim; Sam Ito"
    assert _without_stamps(again) == _without_stamps(first)


# Any note a person can keep: what the form lets through (no control character but the
# line's own, \r among them), shown at all.
_NOTE = st.text(
    st.characters(
        blacklist_categories=("Cs",),
        blacklist_characters="".join(
            chr(c) for c in [*range(32), *range(0x7F, 0xA0)] if chr(c) not in "\t\n\r"
        ),
    ),
    min_size=1,
    max_size=40,
).filter(lambda text: not is_blank(text))


@settings(
    max_examples=25,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(notes=st.lists(_NOTE, min_size=1, max_size=5))
def test_any_note_comes_back_as_it_was(notes: list[str], tmp_path: Path) -> None:
    with tempfile.TemporaryDirectory(dir=tmp_path) as folder:
        first = resolve_paths(Path(folder) / "first")
        open_store(first)
        db = Database(first.database)
        for number, note in enumerate(notes):
            add_application(
                db, ApplicationInput(company=f"C{number}", role="R", notes=note, description=note)
            )
        db.dispose()
        other, _, _ = _round_trip(first, Path(folder))
        back = _texts(other.database)
        assert [back[f"C{n}"][:2] for n in range(len(notes))] == [(n, n) for n in notes]
