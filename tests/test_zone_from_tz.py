"""The person's zone is the one libc (and `date`) uses, however TZ names it.

A tester far from UTC set `TZ=:/usr/share/zoneinfo/Pacific/Kiritimati`, a copied zone file,
or the rule `TZ=XYZ-14`: the app fell back to /etc/localtime (UTC), `today` called an
interview eight hours away over ("How did it go?") and the interview form offered UTC.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from bounceback_tui import clock
from bounceback_tui.cli import main
from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.interviews import validate_interview
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.applications import add_application
from bounceback_tui.services.interviews import add_interview
from bounceback_tui.store.database import Database
from bounceback_tui.ui.people.forms import interview_fields

ZONE_FILE = Path("/usr/share/zoneinfo/Pacific/Kiritimati")
pytestmark = pytest.mark.skipif(not ZONE_FILE.is_file(), reason="no system zone database")


@pytest.fixture
def tz(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    """Sets TZ as a test says; the zone read again from it, and the process's own back after."""
    clock.freeze(datetime(2026, 12, 8, 15, 0))  # 15:00 on the Kiritimati clock
    yield monkeypatch
    monkeypatch.undo()
    time.tzset()
    clock.set_zone(None)


def _use(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("TZ", value)
    time.tzset()
    clock.set_zone(None)  # detected from TZ when next asked


def _copied(tmp_path: Path) -> str:
    copy = tmp_path / "my-zone"
    shutil.copyfile(ZONE_FILE, copy)
    return str(copy)


def _linked(tmp_path: Path) -> str:
    link = tmp_path / "localtime"
    link.symlink_to(ZONE_FILE)
    return str(link)


FORMS = {
    "colon and path": lambda _: f":{ZONE_FILE}",
    "colon and name": lambda _: ":Pacific/Kiritimati",
    "path": lambda _: str(ZONE_FILE),
    "copied file": _copied,
    "link into zoneinfo": _linked,
    "POSIX rule": lambda _: "XYZ-14",
}


@pytest.mark.parametrize("form", FORMS)
def test_an_interview_tonight_is_ahead_in_every_form_of_tz(
    form: str,
    tz: pytest.MonkeyPatch,
    tmp_path: Path,
    opened_paths: DataPaths,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _use(tz, FORMS[form](tmp_path))
    assert clock.now_utc() == datetime.fromisoformat("2026-12-08T01:00:00+00:00")
    db = Database(opened_paths.database)
    try:
        acme = add_application(db, ApplicationInput(company="Acme", role="Engineer"))
        assert acme.id
        typed = {"kind": "phone screen", "day": "2026-12-08", "at": "23:00",
                 "zone": "Pacific/Kiritimati"}  # fmt: skip
        add_interview(db, acme.id, validate_interview(typed, clock.today()))
    finally:
        db.dispose()
    assert main(["today", "--data-dir", str(opened_paths.data_dir)]) == 0
    out = capsys.readouterr().out
    assert "It is today at 23:00" in out, out
    assert "How did it go?" not in out, out


@pytest.mark.parametrize("form", ["colon and path", "path", "link into zoneinfo"])
def test_a_zone_file_in_zoneinfo_is_named_and_the_form_offers_it(
    form: str, tz: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _use(tz, FORMS[form](tmp_path))
    assert clock.zone_name() == "Pacific/Kiritimati"
    zone = next(spec for spec in interview_fields([]) if spec.name == "zone")
    assert zone.value == "Pacific/Kiritimati"
    assert "names no place" not in zone.help


@pytest.mark.parametrize(
    ("rule", "offset"),
    [("XYZ-14", "UTC+14:00"), ("NPT-5:45", "UTC+05:45"), ("Nowhere/Atall", "UTC+00:00")],
)
def test_a_zone_with_no_name_is_libcs_and_the_form_says_so(
    rule: str, offset: str, tz: pytest.MonkeyPatch
) -> None:
    _use(tz, rule)
    libc = time.localtime().tm_gmtoff
    assert clock.zone().utcoffset(datetime(2026, 12, 8, 15)).total_seconds() == libc
    zone = next(spec for spec in interview_fields([]) if spec.name == "zone")
    assert zone.value == ""  # not UTC, unasked
    assert f"Your computer's time zone ({rule}) names no place" in zone.help
    assert offset in zone.help


def test_a_copied_zone_file_keeps_its_offsets_and_the_form_says_it_has_no_name(
    tz: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _use(tz, _copied(tmp_path))
    assert clock.now_utc() == datetime.fromisoformat("2026-12-08T01:00:00+00:00")
    zone = next(spec for spec in interview_fields([]) if spec.name == "zone")
    assert zone.value == ""
    assert "names no place" in zone.help
    assert "UTC+14:00" in zone.help
