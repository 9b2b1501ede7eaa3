"""The Pipeline's small dialogs: a rejection's details, the plan offer, ghosting, follow-up."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, ClassVar, Literal

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static
from textual.widgets.button import ButtonVariant

from bounceback_tui.domain.dates import DATE_HINT, PAST_DATE_HINT
from bounceback_tui.domain.stages import PROGRESSION, Stage
from bounceback_tui.domain.text import LONG_TEXT_LIMIT
from bounceback_tui.domain.wording import plural
from bounceback_tui.ui.kit.button import Button
from bounceback_tui.ui.kit.button_rows import ButtonRow
from bounceback_tui.ui.kit.cells import TITLE_NAME_CELLS, clip_app_name
from bounceback_tui.ui.kit.form import FieldSpec, FormScreen, SaveGuard, ValuesNow
from bounceback_tui.ui.kit.key_text import key_of
from bounceback_tui.ui.kit.stored_field import stored_field
from bounceback_tui.ui.kit.text import markup_with, plain


def rejection_form(
    named: str, reached: Stage, submit: Callable[[dict[str, str]], Any]
) -> FormScreen[Any]:
    """When the no came, how far it got, and the reason if one was given; ``named``: the
    application as ``domain.text.app_name`` names it, "Company (Role)"."""
    fields = (
        FieldSpec(
            "rejected_on",
            "Heard on",
            kind="date",
            value="today",
            placeholder=PAST_DATE_HINT,
            required=True,
        ),
        FieldSpec(
            "stage_reached",
            "Got as far as",
            kind="select",
            options=tuple((stage.label, stage.value) for stage in PROGRESSION),
            value=(reached if reached in PROGRESSION else Stage.APPLIED).value,
            required=True,
        ),
        stored_field(
            "rejection.reason",
            "Reason given",
            help="Only if they gave one. It helps when you look back later.",
            max_length=LONG_TEXT_LIMIT,  # domain.applications.clean_reason's
        ),
    )
    return FormScreen(
        markup_with("Rejected: $app", app=named),
        fields,
        submit,
        intro="Recording it starts a recovery plan: a few small steps for the days ahead.",
        submit_label="Record it",
    )


# What the follow-up form starts with when no follow-up is set.
NEW_FOLLOW_UP = "+1w"


def follow_up_form(
    named: str,
    current: date | None,
    submit: Callable[[dict[str, str]], Any],
    *,
    guard: SaveGuard | None = None,
    values_now: ValuesNow | None = None,
) -> FormScreen[Any]:
    field = FieldSpec(
        "next_follow_up",
        "Follow up on",
        kind="date",
        value=current.isoformat() if current else NEW_FOLLOW_UP,
        placeholder=DATE_HINT,
        help="A date, or +3d, +1w... Leave it empty to clear it.",
    )
    return FormScreen(
        markup_with("Next follow-up: $app", app=named),
        (field,),
        submit,
        guard=guard,
        values_now=values_now,
    )


class _Choice(ModalScreen[Any]):
    """A short message with two or three buttons, each with its key. A ``str`` question or
    detail is shown as plain text; app markup comes as Content (``markup_with``)."""

    DEFAULT_CLASSES = "confirm-screen pipeline-choice"

    def __init__(
        self,
        question: str | Content,
        detail: str | Content,
        buttons: list[tuple[str, str, ButtonVariant]],
    ) -> None:
        super().__init__()
        self.question = question if isinstance(question, Content) else plain(question)
        self.detail = detail if isinstance(detail, Content) else plain(detail)
        # (id, label, variant)
        self.buttons = buttons

    def compose(self) -> ComposeResult:
        with Vertical(classes="confirm-box pipeline-choice-box"):
            yield Static(self.question, classes="confirm-question")
            detail = self.detail_text()
            if detail:
                yield Static(detail, classes="confirm-detail")
            with ButtonRow(classes="form-buttons"):
                for button_id, label, variant in self.buttons:
                    yield Button(label, id=button_id, variant=variant, compact=True)

    def detail_text(self) -> Content:
        """The detail as shown: a subclass naming a key asks for it here, where the app is."""
        return self.detail

    def on_mount(self) -> None:
        self.query_one(f"#{self.buttons[0][0]}", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.answer(event.button.id or "")

    def answer(self, button_id: str) -> None:
        raise NotImplementedError


class PlanOfferScreen(_Choice):
    """After a rejection: its recovery plan is ready; go there now or later."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "choose('open')", "Open the plan", id="plan_offer.open"),
        Binding("n,escape", "choose('later')", "Not now", id="plan_offer.later"),
    ]

    def __init__(self, named: str) -> None:
        super().__init__(
            markup_with("Recorded. $app said no.", app=named),  # "Company (Role)": app_name
            "That one stings. A recovery plan is ready in Recovery, starting with today.",
            [("open", "Open the plan", "primary"), ("later", "Not now", "default")],
        )

    def action_choose(self, choice: str) -> None:
        self.answer(choice)

    def answer(self, button_id: str) -> None:
        self.dismiss(button_id == "open")


GhostAnswer = Literal["ghosted", "not_yet"]


class GhostScreen(_Choice):
    """The ghosting suggestion: the person decides; Escape leaves it for later."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "choose('ghosted')", "Ghosted", id="ghost.yes"),
        Binding("n", "choose('not_yet')", "Not yet", id="ghost.not_yet"),
        Binding("escape", "choose('later')", "Later", id="ghost.later"),
    ]

    def __init__(self, company: str, role: str, days: int, wait_days: int, remaining: int) -> None:
        # "About Acme (Analytics Engineer)", never "from Acme": the company may well have
        # answered on another role (a no on its Data Analyst the week before), and only this
        # application has been quiet. Named as the other dialogs name one, "Company (Role)".
        super().__init__(
            markup_with(
                "No reply about $app in $days.",
                app=clip_app_name(company, role, TITLE_NAME_CELLS),
                days=plural(days, "day"),
            ),
            "",
            [("ghosted", "Ghosted", "warning"), ("not_yet", "Not yet", "default")],
        )
        self.more = f" ({remaining:,} more after this one)" if remaining else ""
        self.wait_days = wait_days

    def detail_text(self) -> Content:
        return markup_with(
            "Mark it as ghosted?$more\n"
            "Not yet: it waits another $wait before asking. "
            "If they write after all, [b]$back[/b] moves it back to Applied.",
            more=self.more,
            wait=plural(self.wait_days, "day"),
            back=key_of(self.app, "pipeline.stage_back", "left_square_bracket"),
        )

    def action_choose(self, choice: str) -> None:
        self.answer(choice)

    def answer(self, button_id: str) -> None:
        self.dismiss(button_id if button_id in ("ghosted", "not_yet") else None)
