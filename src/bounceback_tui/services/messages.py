"""Message drafts: templates (yours or the defaults), filling them, and "mark as sent".

The app sends nothing. Marking a draft as sent logs an interaction and ticks the
recovery step it stands for (``domain/messages.SENT_AS``), in one transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, col, func, select

from bounceback_tui import clock
from bounceback_tui.domain.dates import day_month
from bounceback_tui.domain.messages import (
    ON_PAPER_TEMPLATES,
    SENT_AS,
    Draft,
    MessageKind,
    Template,
    built_in_template,
    draft,
)
from bounceback_tui.domain.people import (
    ContactKind,
    InteractionInput,
    InteractionKind,
    first_name,
    is_email,
)
from bounceback_tui.errors import ConflictError, NotFoundError
from bounceback_tui.services.message_mail import Recipient
from bounceback_tui.services.people import APPLICATION_GONE, ContactRow
from bounceback_tui.services.people_log import LoggedInteraction, log_in
from bounceback_tui.services.settings import (
    get_setting,
    read_setting_value,
    set_setting,
    setting_value_of,
)
from bounceback_tui.store.cas import checked_optional, version_now
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import (
    Application,
    Contact,
    Interaction,
    Interview,
    InterviewContact,
    Rejection,
    Setting,
)

_TEMPLATES_KEY = "message_templates"
# Who a message goes to first, when the person did not pick anyone.
_PREFERRED = (
    ContactKind.RECRUITER,
    ContactKind.AGENCY_RECRUITER,
    ContactKind.HIRING_MANAGER,
    ContactKind.INTERVIEWER,
)


def _stored(session: Session) -> dict[str, Any]:
    raw = get_setting(session, _TEMPLATES_KEY)
    return raw if isinstance(raw, dict) else {}


def _template_of(stored: dict[str, Any], kind: MessageKind, on_paper: bool = False) -> Template:
    """The person's template of ``kind`` if they wrote one, else the built-in one (for a no on
    paper, its wording for that, where it has one)."""
    mine = stored.get(kind.value)
    if isinstance(mine, dict) and isinstance(mine.get("body"), str) and mine["body"].strip():
        subject = mine.get("subject")
        return Template(subject if isinstance(subject, str) else "", mine["body"])
    return built_in_template(kind, on_paper)


def _no_on_paper(session: Session, app: Application) -> bool:
    """Whether ``app`` is in Rejected with a no that came before any conversation (the
    stage its rejection says it got as far as: ``stages.no_on_paper``)."""
    from bounceback_tui.domain.stages import Stage, no_on_paper

    if app.stage != Stage.REJECTED.value:
        return False
    latest = session.exec(
        select(Rejection.stage_reached)
        .where(Rejection.application_id == app.id)
        .order_by(col(Rejection.rejected_on).desc(), col(Rejection.id).desc())
    ).first()
    return latest is not None and no_on_paper(latest)


def templates(db: Database) -> dict[MessageKind, Template]:
    """Every kind's template: the person's own where they wrote one, else the default."""
    with db.read() as session:
        stored = _stored(session)
    return {kind: _template_of(stored, kind) for kind in MessageKind}


def is_customised(db: Database, kind: MessageKind) -> bool:
    with db.read() as session:
        return kind.value in _stored(session)


@dataclass(frozen=True)
class TemplateRead:
    """One kind's template as its editor opens on it, and the version of the setting all
    templates are kept in: the editor's save names both (``save_template``)."""

    template: Template
    version: int


def template_read(db: Database, kind: MessageKind) -> TemplateRead:
    found = read_setting_value(db, _TEMPLATES_KEY)
    stored = found.value if isinstance(found.value, dict) else {}
    return TemplateRead(_template_of(stored, kind), found.version)


def template_values_of(kind: MessageKind, current: dict[str, Any]) -> dict[str, str]:
    """The editor's fields for ``kind`` from a ConflictError's ``current`` (the setting's
    columns): what the other window left there."""
    stored = setting_value_of(_TEMPLATES_KEY, current)
    now = _template_of(stored if isinstance(stored, dict) else {}, kind)
    return {"subject": now.subject, "body": now.body}


def _changed_elsewhere(kind: MessageKind) -> str:
    return f"The template for “{kind.label}” was changed in another window."


def _stored_checked(
    session: Session, kind: MessageKind, read: TemplateRead | None
) -> dict[str, Any]:
    """The templates as stored now, if ``kind``'s is still the one ``read`` saw.

    All kinds share one setting (one version), but each editor shows one kind: another
    window's change to a different kind (the version moved, this kind's text did not) is
    kept, not a conflict. ``read`` None: save over whatever is there."""
    if read is not None:
        try:
            checked_optional(
                session,
                Setting,
                _TEMPLATES_KEY,
                read.version,
                changed=lambda _now: _changed_elsewhere(kind),
            )
        except ConflictError:
            if _template_of(_stored(session), kind) != read.template:
                raise
    return dict(_stored(session))


def save_template(
    db: Database, kind: MessageKind, template: Template, *, read: TemplateRead | None = None
) -> int:
    """Store the person's template for ``kind`` (one transaction); returns the setting's
    new version. With ``read`` (what the editor opened on), only if no other window
    changed this kind's template since: else ConflictError (``template_values_of`` reads
    its ``current``)."""
    with db.write(count_activity=False) as session:
        stored = _stored_checked(session, kind, read)
        stored[kind.value] = {"subject": template.subject, "body": template.body}
        set_setting(session, _TEMPLATES_KEY, stored)
        return version_now(session, Setting, _TEMPLATES_KEY)


def reset_template(db: Database, kind: MessageKind, *, read: TemplateRead | None = None) -> int:
    """Back to the built-in template for ``kind``; ``read`` as for ``save_template``."""
    with db.write(count_activity=False) as session:
        stored = _stored_checked(session, kind, read)
        stored.pop(kind.value, None)
        set_setting(session, _TEMPLATES_KEY, stored)
        return version_now(session, Setting, _TEMPLATES_KEY)


@dataclass(frozen=True)
class DraftView:
    """A filled draft, with who it is for (None: nobody linked yet) and what it is about."""

    draft: Draft
    application_id: int
    company: str
    role: str
    recipient: Recipient | None
    recipients: tuple[Recipient, ...]
    unsigned: bool = False  # the template signs with {my_name}, and no name is set
    nobody_named: bool = False  # about an interview nobody was named in: greets no one


def _long_date(day: date) -> str:
    """ "Tuesday 17 March", and its year when ``names_year``: a message of December about
    an interview of last October named no year, as if it were this one's."""
    return f"{day:%A} {day_month(day, clock.today(), long=True)}"


def _interview_day(starts_at: datetime, zone: str) -> str:
    """The interview's date as the words to the interviewer give it: the day it was where it
    was typed in (their day), not in this machine's zone; in this machine's when that zone
    is unknown here."""
    from bounceback_tui.domain.interviews import in_zone
    from bounceback_tui.domain.zones import load_zone

    return _long_date(in_zone(starts_at, load_zone(zone) or clock.zone()).date())


def _last_held(session: Session, application_id: int, contact_id: int | None) -> Interview | None:
    """The last interview of the application held by now (one still to come is no one's to
    thank for yet); with ``contact_id``, the last one that person was in."""
    held_by = clock.now_utc().replace(tzinfo=None)  # starts_at is stored as naive UTC
    query = (
        select(Interview)
        .where(Interview.application_id == application_id)
        .where(col(Interview.starts_at) <= held_by)
    )
    if contact_id is not None:
        query = query.where(
            col(Interview.id).in_(
                select(InterviewContact.interview_id).where(
                    InterviewContact.contact_id == contact_id
                )
            )
        )
    return session.exec(query.order_by(col(Interview.starts_at).desc())).first()


def with_interviews_held(db: Database, application_ids: Iterable[int]) -> frozenset[int]:
    """Which of the applications have an interview held by now, whoever was in it."""
    held_by = clock.now_utc().replace(tzinfo=None)
    with db.read() as session:
        found = session.exec(
            select(Interview.application_id)
            .where(col(Interview.application_id).in_(list(application_ids)))
            .where(col(Interview.starts_at) <= held_by)
        ).all()
    return frozenset(found)


def _likely(person: ContactRow) -> tuple[int, bool]:
    """The order a message with no one named picks from: a recruiter, then a hiring
    manager, …, one with an email before one without."""
    kind = _PREFERRED.index(person.kind) if person.kind in _PREFERRED else len(_PREFERRED)
    return kind, not is_email(person.email)


def recipients_in_order(db: Database, application_id: int) -> list[ContactRow]:
    """The people linked to an application, for Recovery's `m` to ask which one a message
    is to: the one last in touch first (then as a draft picks with no one named)."""
    from bounceback_tui.services.people import people_of_application

    people = sorted(people_of_application(db, application_id), key=_likely)
    return sorted(people, key=lambda p: -(p.last_contacted or date.min).toordinal())


def draft_for(
    db: Database,
    kind: MessageKind,
    application_id: int,
    *,
    contact_id: int | None = None,
    interview_id: int | None = None,
) -> DraftView:
    """The draft of ``kind`` for an application, addressed to ``contact_id`` or to the
    linked person most likely to be the one (a recruiter, then a hiring manager). About an
    interview (``interview_id``, Today's thank-you after "How did it go?"): its date, and
    addressed to the first of its people when ``contact_id`` is None; to nobody, greeted
    "Hi there,", when nobody was named in it (it greeted the recruiter, who was not there)."""
    from bounceback_tui.services.interviews import interview_rows
    from bounceback_tui.services.people import people_in

    with db.read() as session:
        app = session.get(Application, application_id)
        if app is None:
            raise NotFoundError(APPLICATION_GONE)
        about = (
            interview_rows(session, "v.id = ?", (interview_id,)) if interview_id is not None else []
        )
        if contact_id is None and about and about[0].people:
            contact_id = about[0].people[0][0]  # the thank-you is theirs, not the recruiter's
        nobody_named = bool(about) and not about[0].people and contact_id is None
        people = people_in(session, application_id)
        recipients = tuple(Recipient(p.id, p.name, p.email) for p in people)
        chosen = next((r for r in recipients if r.id == contact_id), None)
        if chosen is None and contact_id is not None:
            contact = session.get(Contact, contact_id)
            if contact is not None and contact.id is not None:
                chosen = Recipient(contact.id, contact.name, contact.email)
        if chosen is None and people and not nobody_named:
            chosen = next(r for r in recipients if r.id == sorted(people, key=_likely)[0].id)
        # A thank-you is for the last interview held with the person it goes to: it
        # thanked Eve for an interview only Sam was in (a tester's walk).
        with_whom = chosen.id if chosen and kind is MessageKind.THANK_YOU else None
        last = _last_held(session, application_id, with_whom)
        held = (about[0].starts_at, about[0].zone) if about else None
        if held is None and last is not None:
            held = (last.starts_at, last.zone)
        on_paper = kind in ON_PAPER_TEMPLATES and _no_on_paper(session, app)
        template = _template_of(_stored(session), kind, on_paper)
        my_name = str(get_setting(session, "your_name") or "")
        values = {
            "name": chosen.name if chosen else "",
            # "Dr. Amara Singh" is not greeted "Hi Dr.,", nor sam@x.com "Hi sam@x.com,".
            "first_name": (first_name(chosen.name) if chosen else "") or "there",
            "company": app.company,
            "role": app.role,
            "interview_date": _interview_day(*held) if held else "our call",
            "applied_date": _long_date(app.date_applied) if app.date_applied else "recently",
            "my_name": my_name,
        }
        return DraftView(
            draft(kind, template, values),
            application_id,
            app.company,
            app.role,
            chosen,
            recipients,
            unsigned=not my_name and "{my_name}" in template.subject + template.body,
            nobody_named=nobody_named,
        )


def mark_sent(
    db: Database,
    kind: MessageKind,
    application_id: int,
    *,
    contact_id: int | None,
    subject: str = "",
    on: date | None = None,
) -> LoggedInteraction:
    """The person sent it: log it (with its subject as the line) and tick its step."""
    interaction_kind, step = SENT_AS[kind]
    note = " ".join(subject.split())[:200] or kind.label
    with db.write() as session:
        logged = log_in(
            session,
            InteractionInput(interaction_kind, on or clock.today(), note),
            application_id,
            contact_id,
            step,
            True,
        )
    if logged.added is None:  # pragma: no cover  (log_in always gives its receipt)
        return logged
    return replace(logged, added=replace(logged.added, action="Sending"))


def thank_you_logged(db: Database, application_id: int, since: date) -> bool:
    """Whether a thank-you about ``application_id`` is in the log on ``since`` (an interview's
    day) or later: "How did it go?" then offers none (it offered one again, a tester's walk)."""
    with db.read() as session:
        found = session.exec(
            select(Interaction.id).where(
                Interaction.application_id == application_id,
                Interaction.kind == InteractionKind.THANK_YOU_SENT.value,
                col(Interaction.happened_on) >= since,
                # A day another program wrote over ("[b]garbage[/]") sorts after any day.
                func.date(col(Interaction.happened_on)).is_not(None),
            )
        ).first()
    return found is not None
