"""Import a job posting from its link: paste, fetch in a worker, hand the result back.

The screen asks for a link and fetches it in an async Textual worker, so the app
keeps drawing and answering keys while the site takes its time; Escape stops the
fetch (a second Escape closes; a link typed and never fetched, or whose fetch failed, is
asked about first). A
posting link returns at once; a job-board link lists the board's openings to pick one
with Enter. The screen writes nothing: it dismisses with an ``ImportedPosting`` (the
posting and the application form's values, prefilled) or ``None``, and the caller opens
its add form for the person to check and save.

The Pipeline's ``i`` opens it and hands the values to its add form
(``PipelinePane.open_add_form(result.values)``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Input, LoadingIndicator, Static
from textual.worker import Worker

from bounceback_tui.domain.wording import plural
from bounceback_tui.ui.kit.button_rows import ButtonRow
from bounceback_tui.ui.kit.fields import PlainInput
from bounceback_tui.ui.kit.form import FieldSpec
from bounceback_tui.ui.kit.key_lines import keys_line
from bounceback_tui.ui.kit.key_text import key_of
from bounceback_tui.ui.kit.keys_hint import KeysHint
from bounceback_tui.ui.kit.list_table import ListTable
from bounceback_tui.ui.kit.text import display_text, markup_with, plain
from bounceback_tui.ui.kit.type_ahead import TypeAhead

if TYPE_CHECKING:
    import httpx

    from bounceback_tui.services.posting_fetch import BoardRef, FetchResult, Posting


# The keys line while a link is typed or fetched.
_KEYS: tuple[tuple[str, str], ...] = (
    ("Enter", "fetch"),
    ("{import.cancel|escape|Esc}", "stop or close"),
)


@dataclass(frozen=True)
class ImportedPosting:
    """What the import screen hands back."""

    posting: Posting | None  # None: the person fills the form in by hand (the fetch failed)
    values: dict[str, str]  # the application form's fields as text, stage "saved"
    board: BoardRef | None = None  # the board it was picked from, for a board link


def prefilled_fields(
    fields: Sequence[FieldSpec], values: Mapping[str, str]
) -> tuple[FieldSpec, ...]:
    """The form's fields with the imported values as their starting text."""
    return tuple(
        replace(spec, value=values[spec.name]) if values.get(spec.name) else spec for spec in fields
    )


class ImportPostingScreen(TypeAhead, ModalScreen["ImportedPosting | None"]):
    """Enter fetches the link; Escape stops a fetch, or closes."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Stop / close", id="import.cancel"),
        Binding("ctrl+n", "by_hand", "Fill in by hand", id="import.by_hand"),
    ]
    DEFAULT_CLASSES = "import-screen"

    def __init__(
        self,
        url: str = "",
        *,
        timeout: float | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__()
        self._initial_url = url
        self._timeout = timeout
        self._transport = transport
        self._worker: Worker[None] | None = None
        self._result: FetchResult | None = None
        self._fetched_once = False  # Enter was pressed on a link (Escape then just closes)
        # A link that could not be fetched (no network, a site that refused): the form can
        # still be filled in by hand around it (ctrl+n; a new user's walk found no way on).
        self._failed_link: str | None = None
        # The last fetch failed or the link was refused: the link typed is all there is, and
        # Escape asks before throwing it away (it closed without a word: a helper's list).
        self._failed = False

    def compose(self) -> ComposeResult:
        with Vertical(id="import-box", classes="form"):
            yield Static("Import a job posting", classes="form-title")
            yield Static(
                "Paste the posting's link (or a company's Greenhouse, Lever or Ashby board). "
                "You check everything before it is saved.",
                classes="form-intro",
            )
            with Horizontal(classes="field-row"):
                yield Static("Link", classes="field-label")
                yield PlainInput(
                    self._initial_url,
                    placeholder="https://...",
                    id="import-url",
                    compact=True,
                )
            yield LoadingIndicator(id="import-loading")
            yield Static("", id="import-status", classes="import-status")
            choices = ListTable(id="import-choices")
            choices.add_columns("Role", "Location", "Posted")
            yield choices
            with ButtonRow(classes="form-buttons"):
                yield KeysHint(
                    keys_line(self.app, *_KEYS),
                    id="import-keys",
                    classes="form-keys",
                )

    def on_mount(self) -> None:
        self.query_one("#import-loading").display = False
        self.query_one("#import-choices").display = False
        self.query_one("#import-url", Input).focus()

    @property
    def fetching(self) -> bool:
        return self._worker is not None and self._worker.is_running

    # --- fetching ----------------------------------------------------------------------

    @on(Input.Submitted, "#import-url")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.fetch(event.value)

    def fetch(self, url: str) -> None:
        """Check the link, then fetch it in a worker (a new fetch replaces a running one)."""
        from bounceback_tui.services.posting_fetch import FetchError, check_link

        self._fetched_once = True
        self._failed = False
        try:
            link = check_link(url)
        except FetchError as exc:
            self._show_error(str(exc))
            return
        self._result = None
        self._failed_link = None
        self.refresh_bindings()
        self.query_one("#import-choices").display = False
        self._set_busy(True, f"Fetching {link} …")
        self._worker = self.run_worker(
            self._fetch(link), group="import-posting", exclusive=True, exit_on_error=False
        )

    async def _fetch(self, link: str) -> None:
        from bounceback_tui.errors import BouncebackError
        from bounceback_tui.services.posting_fetch import fetch_link

        try:
            result = await fetch_link(link, timeout=self._timeout, transport=self._transport)
        except BouncebackError as exc:
            self._set_busy(False)
            self._show_error(str(exc), link)
            return
        except Exception as exc:  # a surprise must not leave the spinner running
            self._set_busy(False)
            self._show_error(
                f"Something went wrong reading that link ({type(exc).__name__}); "
                "nothing was imported.",
                link,
            )
            return
        self._set_busy(False)
        self._show_result(result)

    def _set_busy(self, busy: bool, message: str = "") -> None:
        self.query_one("#import-loading").display = busy
        status = self.query_one("#import-status", Static)
        status.remove_class("-error")
        status.update(plain(message))

    def _show_error(self, message: str, link: str | None = None) -> None:
        """``link``: the link that could not be fetched, offered to fill in by hand."""
        status = self.query_one("#import-status", Static)
        status.add_class("-error")
        status.update(plain(message))
        self._failed_link = link
        self._failed = True
        self.query_one("#import-keys", Static).update(
            keys_line(
                self.app,
                *(
                    (
                        ("Enter", "try again"),
                        ("{import.by_hand|ctrl+n|^n}", "fill in by hand"),
                        ("{import.cancel|escape|Esc}", "close"),
                    )
                    if link
                    else _KEYS
                ),
            )
        )
        self.refresh_bindings()
        self.query_one("#import-url", Input).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "by_hand":
            return self._failed_link is not None and not self.fetching
        return True

    def action_by_hand(self) -> None:
        """The add form with the link that could not be fetched, the rest to type."""
        if self._failed_link is not None:
            # Saved, as a posting fetched whole is (it was Applied: a stranger's walk).
            self.dismiss(ImportedPosting(None, {"link": self._failed_link, "stage": "saved"}))

    def _show_result(self, result: FetchResult) -> None:
        if not result.is_board:
            self._finish(result.posting, None)
            return
        if not result.postings:
            self._show_error("That job board has no open roles right now.")
            return
        self._result = result
        table = self.query_one("#import-choices", ListTable)
        table.clear()
        for index, posting in enumerate(result.postings):
            posted = posting.date_posted.isoformat() if posting.date_posted else ""
            table.add_row(
                Text(display_text(posting.title or "(untitled)")),
                Text(display_text(posting.location or "")),
                Text(posted),
                key=str(index),
            )
        table.display = True
        table.focus()
        company = next((p.company for p in result.postings if p.company), "This company")
        count = len(result.postings)
        self.query_one("#import-status", Static).update(
            markup_with(
                "$company has $roles: pick one.", company=company, roles=plural(count, "open role")
            )
        )
        self.query_one("#import-keys", Static).update(
            keys_line(
                self.app, ("Enter", "import this one"), ("{import.cancel|escape|Esc}", "close")
            )
        )

    @on(DataTable.RowSelected, "#import-choices")
    def _picked(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if self._result is None or event.row_key.value is None:
            return
        posting = self._result.postings[int(event.row_key.value)]
        self._finish(posting, self._result.board)

    def _finish(self, posting: Posting, board: BoardRef | None) -> None:
        from bounceback_tui.services.posting_import import form_values

        self.dismiss(ImportedPosting(posting, form_values(posting), board))

    # --- leaving -------------------------------------------------------------------------

    def action_cancel(self) -> None:
        if self.fetching and self._worker is not None:
            self._worker.cancel()
            self._worker = None
            self._set_busy(False, "Stopped. Nothing was imported.")
            self.query_one("#import-url", Input).focus()
            return
        lost = self.unsaved_typing()
        if lost is not None:
            # A link typed or pasted and never fetched is asked about, as every form asks
            # before it throws away what was typed (kit/confirm.py).
            from bounceback_tui.ui.kit.confirm import ask_before_throwing_away, no_keys

            ask_before_throwing_away(self, f"{lost} {no_keys(self.app)} goes back to it.")
            return
        self.dismiss(None)

    def unsaved_typing(self) -> str | None:
        """A link typed and never fetched, or whose fetch failed (kit/quit_guard.py asks
        before quitting too)."""
        typed = self.query_one("#import-url", Input).value
        if not typed.strip() or typed == self._initial_url:
            return None
        if not self._fetched_once:
            return "The link has not been fetched yet."
        if self._failed:
            by_hand = ""
            if self._failed_link:
                key = key_of(self.app, "import.by_hand", "ctrl+n")
                by_hand = f"; {key} fills in the application by hand around it"
            return f"Nothing was imported from the link{by_hand}."
        return None
