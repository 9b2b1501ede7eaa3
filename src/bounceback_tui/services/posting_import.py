"""From an imported posting to an application: form values to check, or a Saved lead.

``form_values`` gives the application form's fields as text (what a person
would have typed), so the Pipeline's add form can open prefilled and the same
validation runs whether the values were typed or imported. ``add_posting`` stores
one posting as a Saved application in one transaction, refusing a posting that
is already in the Pipeline.
"""

from __future__ import annotations

from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from bounceback_tui import clock
from bounceback_tui.domain.applications import ApplicationInput, validate_application
from bounceback_tui.domain.companies import company_key
from bounceback_tui.domain.salary import pay_limit
from bounceback_tui.domain.stages import Stage
from bounceback_tui.domain.text import LONG_TEXT_LIMIT, SHORT_TEXT_LIMIT
from bounceback_tui.errors import BouncebackError, ValidationError
from bounceback_tui.importers.dedupe import KnownPostings, posting_key, same_title
from bounceback_tui.importers.posting import Posting
from bounceback_tui.services.application_views import ApplicationView, application_view
from bounceback_tui.services.applications import insert_application
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import Application
from bounceback_tui.store.table_reads import columns

_LINK_LIMIT = 2000
LINK_REPLACED = (
    "The posting's own link is not a web address that can be kept, so the page's link is "
    "used instead."
)


def form_values(posting: Posting, *, stage: Stage = Stage.SAVED) -> dict[str, str]:
    """The application form's values for this posting, every one a string ("" when unknown).
    Its days are the ones ``Posting.with_right_days`` keeps, as its card shows them."""
    posting = posting.with_right_days(clock.today())
    return {
        "company": _clip(posting.company),
        "role": _clip(posting.title),
        "stage": stage.value,
        "link": posting.url if posting.url and len(posting.url) <= _LINK_LIMIT else "",
        "location": _clip(posting.location),
        "work_mode": posting.work_mode or ("remote" if posting.remote else ""),
        "salary_min": _amount(posting.salary_min, posting.salary_currency),
        "salary_max": _amount(posting.salary_max, posting.salary_currency),
        "salary_currency": posting.salary_currency or "",
        "salary_period": posting.salary_period or "",
        "source": "",
        "excitement": "",
        "contact_name": "",
        "contact_email": "",
        "notes": posting_notes(posting),
        "description": _clip(posting.description, LONG_TEXT_LIMIT),
        "employment_type": _clip(posting.employment_type),
        "date_applied": "",
        "next_follow_up": "",
        "posted_on": posting.date_posted.isoformat() if posting.date_posted else "",
    }


# The posting's texts the form clips (``_clip``), each with its name as said and its limit.
_CLIPPED = (
    ("company", "company", SHORT_TEXT_LIMIT),
    ("title", "role", SHORT_TEXT_LIMIT),
    ("location", "location", SHORT_TEXT_LIMIT),
    ("employment_type", "type", SHORT_TEXT_LIMIT),
    ("description", "posting text", LONG_TEXT_LIMIT),
)


def cut_to_fit(posting: Posting) -> str:
    """What of the posting the form could not take whole, in a sentence or two ("" when it
    took it all): a role of 500 characters became 300 and a link past 2,000 went, unsaid."""
    cuts = [
        f"the {label} from {len(text):,} characters to {limit:,}"
        for name, label, limit in _CLIPPED
        if (text := getattr(posting, name)) and len(text) > limit
    ]
    said = [f"Cut to fit the form: {'; '.join(cuts)}."] if cuts else []
    if posting.link_replaced:
        said.append(LINK_REPLACED)
    if posting.url and len(posting.url) > _LINK_LIMIT:
        said.append(
            f"The posting's link is longer than {_LINK_LIMIT:,} characters, so it was left out."
        )
    return " ".join(said)


def posting_notes(posting: Posting) -> str:
    """The posting's dates, which have no column of their own."""
    parts = []
    if posting.date_posted:
        parts.append(f"Posted {posting.date_posted.isoformat()}.")
    if posting.valid_through:
        parts.append(f"Apply by {posting.valid_through.isoformat()}.")
    return " ".join(parts)


def _clip(text: str | None, limit: int = SHORT_TEXT_LIMIT) -> str:
    if not text:
        return ""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _amount(value: float | None, currency: str | None) -> str:
    # Posting.finished has left out more already; the form would refuse it too.
    if value is None or value > pay_limit(currency):
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}"


def application_input(posting: Posting, *, company: str | None = None) -> ApplicationInput:
    """A checked Saved application for the posting; ``company`` replaces the posting's own."""
    values = form_values(posting)
    if company:
        values["company"] = company
    try:
        return validate_application(values, clock.today())
    except ValidationError as exc:
        if exc.for_field("company") and not values["company"]:
            raise BouncebackError(
                "The posting does not say which company it is for; add it in the app and "
                "type the company in."
            ) from exc
        raise BouncebackError(f"The posting could not be saved as it is: {exc.summary()}") from exc


class PostingsRead:
    """Every application's company, role and link, for spotting openings already known, read
    once for a whole refresh of the boards.

    Each board's link keys were read afresh: every stored link parsed again for each board
    (about 0.2 s a board at 10,000 applications). The first board reads every row; each one
    after reads the ids only (one small query) and loads the rows whose id it has not read
    yet: any application another window or a second refresh added meanwhile, and one an
    undo brought back under its own old id (ids are never given out twice, so an id read
    is that application). It does so in its own write transaction, so two refreshes at once
    still never add one opening twice. The openings this refresh stores are ``added``, never
    read again. A row changed or deleted elsewhere while the refresh runs counts as it was
    read until the next refresh. ``forget`` after a board's transaction failed: what it
    added in memory was never stored."""

    def __init__(self) -> None:
        self._known: KnownPostings | None = None
        self._read: set[int] = set()

    def read(self, session: Session) -> KnownPostings:
        """The postings the store holds now (call inside the board's write transaction)."""
        known = self._known if self._known is not None else KnownPostings()
        table = columns(Application)  # Core, no ORM rows: the ids are read for every board
        statement = sa_select(table.id, table.company, table.role, table.link)
        if self._read:
            unread = sorted(set(session.execute(sa_select(table.id)).scalars()) - self._read)
            chunks = [unread[n : n + _IDS_AT_ONCE] for n in range(0, len(unread), _IDS_AT_ONCE)]
            rows = [
                row
                for chunk in chunks
                for row in session.execute(statement.where(table.id.in_(chunk)))
            ]
        else:
            rows = list(session.execute(statement))
        for app_id, company, role, link in rows:
            known.add(company, role, link)
            if app_id is not None:
                self._read.add(app_id)
        self._known = known
        return known

    def added(self, app_id: int, company: str, role: str, link: str | None) -> None:
        """An opening this refresh stored (after ``read``, in the same transaction): known
        from now on, and not read again by the next board."""
        if self._known is not None:
            self._known.add(company, role, link)
            self._read.add(app_id)

    def forget(self) -> None:
        """Read every row again next time."""
        self._known = None
        self._read = set()


_IDS_AT_ONCE = 500  # well under SQLite's limit on a statement's parameters


def find_known(session: Session, posting: Posting, company: str | None = None) -> int | None:
    """The id of an application that is this posting (the same posting by the import's key,
    ``posting_key``, or the same company and role)."""
    link = posting_key(posting.url)
    key = company_key(company or posting.company)
    title = posting.title or ""
    statement = select(Application.id, Application.company, Application.role, Application.link)
    for app_id, app_company, role, app_link in session.exec(
        statement.order_by(col(Application.id))
    ):
        if link and posting_key(app_link) == link:
            return app_id
        if title and company_key(app_company) == key and same_title(title, role):
            return app_id
    return None


class AlreadyKnownError(BouncebackError):
    """The posting is already in the Pipeline; nothing was added."""

    def __init__(self, application_id: int) -> None:
        super().__init__(
            f"That posting is already in your Pipeline (application {application_id}); "
            "nothing was added."
        )
        self.application_id = application_id


def add_posting(db: Database, posting: Posting, *, company: str | None = None) -> ApplicationView:
    """Store the posting as a Saved application (one transaction) and return it.

    Raises AlreadyKnownError when the same link, or the same company with a
    near-identical role, is already in the Pipeline.
    """
    data = application_input(posting, company=company)
    with db.write() as session:
        existing = find_known(session, posting, data.company)
        if existing is not None:
            raise AlreadyKnownError(existing)
        app, _ = insert_application(session, data)  # Saved: nothing sent, nothing ticked
        return application_view(app)
