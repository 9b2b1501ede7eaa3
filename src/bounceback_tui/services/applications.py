"""Applications: adding, listing and their stage history."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, col, func, select

from bounceback_tui import clock
from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import Application, StageChange


def _application_from_input(data: ApplicationInput) -> Application:
    return Application(
        company=data.company,
        role=data.role,
        stage=data.stage.value,
        link=data.link,
        location=data.location,
        work_mode=data.work_mode.value if data.work_mode else None,
        salary_min=data.salary_min,
        salary_max=data.salary_max,
        salary_currency=data.salary_currency,
        salary_period=data.salary_period.value if data.salary_period else None,
        source=data.source.value if data.source else None,
        excitement=data.excitement,
        contact_name=data.contact_name,
        contact_email=data.contact_email,
        notes=data.notes,
        description=data.description,
        employment_type=data.employment_type,
        date_applied=data.date_applied,
        next_follow_up=data.next_follow_up,
    )


def insert_application(session: Session, data: ApplicationInput) -> Application:
    """Add the application and its first timeline entry inside ``session``."""
    app = _application_from_input(data)
    session.add(app)
    session.flush()
    assert app.id is not None
    entered_on: date = data.date_applied or clock.today()
    session.add(
        StageChange(
            application_id=app.id, from_stage=None, to_stage=app.stage, changed_on=entered_on
        )
    )
    return app


def add_application(db: Database, data: ApplicationInput) -> Application:
    with db.write() as session:
        return insert_application(session, data)


def list_applications(db: Database) -> list[Application]:
    """Every application, most recently touched first."""
    with db.read() as session:
        statement = select(Application).order_by(
            col(Application.updated_at).desc(), col(Application.id).desc()
        )
        return list(session.exec(statement))


def count_applications(db: Database) -> int:
    with db.read() as session:
        return session.exec(select(func.count()).select_from(Application)).one()
