"""A message draft's address: who it goes to, and the mailto: link the app hands to a mail
program (services/messages.py fills the draft; the app sends nothing itself)."""

from __future__ import annotations

from dataclasses import dataclass

from bounceback_tui.domain.links import LinkError, MailLink, mail_link
from bounceback_tui.domain.messages import validate_draft
from bounceback_tui.domain.people import is_email, stored_email_problem


@dataclass(frozen=True)
class Recipient:
    id: int
    name: str
    email: str

    @property
    def can_mail(self) -> bool:
        return is_email(self.email) and not self.mail_problem

    @property
    def mail_problem(self) -> str:
        """Why the address held cannot be mailed ("" when it can, or there is none)."""
        return stored_email_problem(self.email)


class NoAddress(LinkError):
    """No address to open a draft in mail: nobody linked (``problem`` empty), or the one
    stored cannot be used (``problem`` says why). ``said`` words it with the keys the UI
    passes in as bound: the services have no keymap to ask, and "(ctrl+y)" stayed after
    settings.toml moved the copy."""

    def __init__(self, problem: str = "") -> None:
        self.problem = problem
        super().__init__(self.said())

    def said(self, *, link: str = "", edit: str = "", copy: str = "") -> str:
        """The refusal; each key given ("l") named after what it does ("in People (l)")."""

        def key(name: str) -> str:
            return f" ({name})" if name else ""

        if not self.problem:  # "This person has no email" read oddly under "Nobody is linked"
            return (
                "Nobody is linked to this application yet: link a person with an email "
                f"address in People{key(link)}, or copy the message{key(copy)}."
            )
        return (
            f"The email address stored for this person cannot be used. {self.problem} Edit "
            f"the person in People{key(edit)} to type it again, or copy the message{key(copy)}."
        )


def mail_link_for(recipient: Recipient | None, subject: str, body: str) -> MailLink:
    """The mailto: link for an edited draft; LinkError when there is no valid address
    (``NoAddress`` when the person can put it right in People)."""
    subject, body = validate_draft(subject, body)
    if recipient is None:
        raise NoAddress()
    if problem := recipient.mail_problem:
        raise NoAddress(problem)
    if not recipient.can_mail:
        raise LinkError("This person has no email address yet; add one to open it in mail.")
    return mail_link(recipient.email, subject, body)
