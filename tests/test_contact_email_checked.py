"""An application's contact email is checked as People checks one: "[b]@x.com" passed the
application form's looser check and became a person named "[b]@x.com" (a stranger's walk,
twentieth round)."""

from __future__ import annotations

from datetime import date

import pytest

from bounceback_tui.domain.applications import validate_application
from bounceback_tui.errors import ValidationError


@pytest.mark.parametrize("bad", ["[b]@x.com", "a b@x.com", "ann@northwind", "x@y@z.com"])
def test_an_address_people_would_refuse_is_refused_here_too(bad: str) -> None:
    with pytest.raises(ValidationError) as said:
        validate_application(
            {"company": "Acme", "role": "Analyst", "contact_email": bad}, date(2026, 3, 16)
        )
    assert said.value.for_field("contact_email")


def test_a_good_address_is_kept() -> None:
    data = validate_application(
        {"company": "Acme", "role": "Analyst", "contact_email": "sam@acme.example"},
        date(2026, 3, 16),
    )
    assert data.contact_email == "sam@acme.example"
