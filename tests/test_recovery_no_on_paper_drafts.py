"""The messages after a no, for a no on paper and for one after a conversation (a new user's
finding: `m` on the feedback step of a no at Applied drafted "I enjoyed learning about the
team." to people the person never spoke to). Each draft is written out by hand."""

from __future__ import annotations

from bounceback_tui.domain.applications import RejectionInput
from bounceback_tui.domain.messages import MessageKind, Template
from bounceback_tui.domain.stages import Stage
from bounceback_tui.services import messages as message_service
from bounceback_tui.services import pipeline_moves as moves
from bounceback_tui.services.settings import save_setting
from bounceback_tui.store.database import Database
from tests.pipeline_fixtures import D, put


def _rejected_at(db: Database, reached: Stage) -> int:
    app_id = put(
        db,
        "Bluefin Labs",
        [("applied", D(2026, 3, 2)), (reached.value, D(2026, 3, 9))],
        role="Backend Engineer",
        date_applied=D(2026, 3, 2),
    )
    moves.mark_rejected(
        db, app_id, RejectionInput(rejected_on=D(2026, 3, 16), stage_reached=reached)
    )
    save_setting(db, "your_name", "Ana")
    return app_id


def test_the_feedback_request_for_a_no_on_paper_mentions_no_conversation(db: Database) -> None:
    draft = message_service.draft_for(
        db, MessageKind.FEEDBACK_REQUEST, _rejected_at(db, Stage.APPLIED)
    ).draft
    assert draft.subject == "Feedback on my application for Backend Engineer"
    assert draft.body == (
        "Hi there,\n\n"
        "Thank you for letting me know about the Backend Engineer role at Bluefin Labs, and "
        "for taking the time to read my application.\n\n"
        "If you have a minute, I would value a line or two on what would have made it "
        "stronger. Anything you can share will help me with the next one.\n\n"
        "Best wishes,\nAna"
    )


def test_the_feedback_request_after_an_interview_is_as_before(db: Database) -> None:
    draft = message_service.draft_for(
        db, MessageKind.FEEDBACK_REQUEST, _rejected_at(db, Stage.INTERVIEWING)
    ).draft
    assert draft.body == (
        "Hi there,\n\n"
        "Thank you for letting me know about the Backend Engineer role at Bluefin Labs. I "
        "enjoyed learning about the team.\n\n"
        "If you have a few minutes, I would value a line or two on what would have made my "
        "application stronger. Anything you can share will help me grow.\n\n"
        "Best wishes,\nAna"
    )


def test_the_gracious_reply_to_a_no_on_paper_thanks_no_one_for_their_time(
    db: Database,
) -> None:
    paper = message_service.draft_for(
        db, MessageKind.GRACIOUS_REPLY, _rejected_at(db, Stage.APPLIED)
    ).draft
    assert paper.body == (
        "Hi there,\n\n"
        "Thanks for letting me know, and for considering my application. I would still be "
        "glad to hear from you if a role like Backend Engineer comes up at Bluefin Labs "
        "again.\n\n"
        "All the best,\nAna"
    )
    talked = message_service.draft_for(
        db, MessageKind.GRACIOUS_REPLY, _rejected_at(db, Stage.SCREENING)
    ).draft
    assert "for the time you and the team gave me" in talked.body


def test_a_template_the_person_wrote_goes_to_every_no(db: Database) -> None:
    mine = Template("About {role}", "Hello {first_name}, could you tell me more?\n{my_name}")
    message_service.save_template(db, MessageKind.FEEDBACK_REQUEST, mine)
    for reached in (Stage.APPLIED, Stage.INTERVIEWING):
        draft = message_service.draft_for(
            db, MessageKind.FEEDBACK_REQUEST, _rejected_at(db, reached)
        ).draft
        assert draft.body == "Hello there, could you tell me more?\nAna"
