"""People says each thing once, and each kind of person by one name.

Found by a new user on the demo: the list read "Agency recruiter" and the details and the
form "Recruiter (agency)"; Sam Rivera read "Recruiter" in the list, then "Recruiter" (his
role) over "Recruiter (in-house)" in the details; his log read "Sent · Vantage Civic  Sent
the application"; and a plan's feedback step "done 6 Dec · asked 6 Dec".
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import Any

from bounceback_tui.domain.people import ContactKind
from bounceback_tui.domain.recovery import StepKind
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.services.people import ContactDetail, ContactRow
from bounceback_tui.services.recovery_views import StepView
from bounceback_tui.ui.people.detail import person_content
from bounceback_tui.ui.people.forms import contact_fields
from bounceback_tui.ui.people.people_list import cells
from bounceback_tui.ui.recovery.steps import step_meta
from tests.built_stores import store_once
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle, settle_workers

TODAY = date(2026, 3, 16)


def test_each_kind_has_one_name_in_the_list_the_details_and_the_form() -> None:
    names = {
        ContactKind.AGENCY_RECRUITER: "Agency recruiter",
        ContactKind.RECRUITER: "In-house recruiter",
        ContactKind.HIRING_MANAGER: "Hiring manager",
        ContactKind.REFERRER: "Referrer",
        ContactKind.INTERVIEWER: "Interviewer",
        ContactKind.PEER: "Peer",
        ContactKind.SUPPORT: "Friend or family",
        ContactKind.OTHER: "Other",
    }
    (kind_field,) = [spec for spec in contact_fields() if spec.name == "kind"]
    assert dict(kind_field.options) == {name: kind.value for kind, name in names.items()}
    for kind, name in names.items():
        row = ContactRow(1, "Ann", kind)
        assert cells(row, TODAY)[2][0] == name
        assert person_content(ContactDetail(row), TODAY).plain.splitlines()[1] == name


def test_a_role_the_kind_says_already_is_said_once() -> None:
    sam = ContactRow(1, "Sam Rivera", ContactKind.RECRUITER, "Recruiter")
    assert person_content(ContactDetail(sam), TODAY).plain.splitlines()[:3] == [
        "Sam Rivera",
        "In-house recruiter",
        "",
    ]
    alex = ContactRow(2, "Alex", ContactKind.AGENCY_RECRUITER, "recruiter", "Brightpath")
    assert person_content(ContactDetail(alex), TODAY).plain.splitlines()[1:3] == [
        "Brightpath",
        "Agency recruiter",
    ]
    # A role that says more stays.
    lead = ContactRow(3, "Lee", ContactKind.RECRUITER, "Lead recruiter", "Acme")
    assert person_content(ContactDetail(lead), TODAY).plain.splitlines()[1] == (
        "Lead recruiter · Acme"
    )


async def test_sam_on_the_demo_reads_his_kind_once_and_each_log_line_says_sent_once(
    opened_paths: DataPaths,
) -> None:
    store_once(opened_paths, fill_demo, 60)
    async with app_on(opened_paths, "people", size=(120, 40)) as (app, pilot, pane):
        await settle_workers(pilot)
        (sam,) = [row for row in pane._rows if row.name == "Sam Rivera"]
        assert pane.select_item(sam.id)
        await settle(pilot)
        (listed,) = [line for line in screen_lines(app) if line.startswith("  Sam Rivera")]
        assert "In-house recruiter" in listed.split("▏")[0]
        body = pane.query_one("#people-detail-body").render().plain.splitlines()
        assert body[:3] == ["Sam Rivera", "In-house recruiter", ""]
        sent = [line for line in body if "  Sent" in line]
        assert sent, body
        assert all(line.count("Sent") == 1 for line in sent), sent


def _feedback_step(**changes: Any) -> StepView:
    fields = {name: None for name in StepView.__dataclass_fields__}
    step = StepView(**fields)  # type: ignore[arg-type]
    return replace(
        step,
        kind=StepKind.FEEDBACK,
        title="Ask for feedback",
        template_key="feedback.ask",
        offset_days=3,
        asked_via="email",
        answer="",
        answer_draft=None,
        nothing_came_back=False,
        **changes,
    )


def test_a_feedback_step_asked_the_day_it_was_done_gives_the_day_once() -> None:
    step = _feedback_step(done_at=datetime(2025, 12, 6, 10, 0), asked_on=date(2025, 12, 6))
    notes = [text for text, _style in step_meta(step, date(2025, 12, 3), date(2025, 12, 16))]
    assert notes == ["asked 6 Dec by email"]
    later = _feedback_step(done_at=datetime(2025, 12, 9, 10, 0), asked_on=date(2025, 12, 6))
    notes = [text for text, _style in step_meta(later, date(2025, 12, 3), date(2025, 12, 16))]
    assert notes == ["done 9 Dec", "asked 6 Dec by email"]
