"""Links are safe to keep and to open: only http(s), never an option, never a console browser."""

from __future__ import annotations

import json
import webbrowser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from textual.widgets import Static

from bounceback_tui.domain.links import LinkError, WebLink, parse_web_link
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import browser
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.pipeline.pane import PipelinePane
from tests.built_stores import store_once
from tests.pipeline_fixtures import add
from tests.written_over import another_program_writes

HOSTILE_LINKS = [
    "javascript:alert(1)",
    "JavaScript:alert(document.cookie)",
    "file:///etc/passwd",
    "data:text/html,<script>alert(1)</script>",
    "--help",
    "--renderer-cmd-prefix=xcalc",
    "-x",
    "vbscript:msgbox",
    "mailto:someone@example.com",
    "ftp://example.com/file",
    "https://",
    "http:///no-host",
    "https:no-slashes.example",
    "https://user:secret@example.com/",
    "https://example.com\\@evil.example/",
    "https://exa mple.com/",
    "https://example.com/\x1b]52;c;aGk=\x07",
    "https://example.com/\u202eexe.pdf",
    "https://example.com/\u200b",
    "https://example.com:99999/",
    "localhost:8000/jobs",
]


@pytest.mark.parametrize("text", HOSTILE_LINKS)
def test_only_http_and_https_web_addresses_are_links(text: str) -> None:
    with pytest.raises(LinkError):
        parse_web_link(text)


@pytest.mark.parametrize(
    ("text", "stored", "opened"),
    [
        ("https://jobs.example.com/1", "https://jobs.example.com/1", "https://jobs.example.com/1"),
        (" example.com/jobs ", "https://example.com/jobs", "https://example.com/jobs"),
        ("HTTPS://Jobs.Example.COM/A", "HTTPS://Jobs.Example.COM/A", "https://jobs.example.com/A"),
        ("https://bücher.example/x", "https://bücher.example/x", "https://xn--bcher-kva.example/x"),
        (
            'https://example.com/"><b>?q=<x>#"',
            'https://example.com/"><b>?q=<x>#"',
            "https://example.com/%22%3E%3Cb%3E?q=%3Cx%3E#%22",
        ),
        ("https://example.com/café", "https://example.com/café", "https://example.com/caf%C3%A9"),
        ("http://127.0.0.1:8080/x", "http://127.0.0.1:8080/x", "http://127.0.0.1:8080/x"),
        ("http://[::1]:8080/x", "http://[::1]:8080/x", "http://[::1]:8080/x"),
    ],
)
def test_a_link_is_kept_as_given_and_opened_normalised(text: str, stored: str, opened: str) -> None:
    link = parse_web_link(text)
    assert (link.text, link.url) == (stored, opened)


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=80))
def test_whatever_the_text_a_link_never_reaches_a_browser_as_anything_else(text: str) -> None:
    try:
        link = parse_web_link(text)
    except LinkError:
        return
    assert link.url.startswith(("http://", "https://"))
    assert link.url.isascii() and link.url.isprintable()
    assert not any(ch.isspace() or ch in '"<>\\^`{|}' for ch in link.url)
    assert link.host


# --- every way a link comes in --------------------------------------------------------------


def test_the_application_form_refuses_other_links(db: Database) -> None:
    from bounceback_tui.domain.applications import validate_application
    from bounceback_tui.errors import ValidationError
    from tests.conftest import FIXED_TODAY

    for text in ("javascript:alert(1)", "--help", "file:///etc/passwd"):
        with pytest.raises(ValidationError) as refused:
            validate_application({"company": "A", "role": "B", "link": text}, FIXED_TODAY)
        assert refused.value.for_field("link")


def test_a_posting_with_another_kind_of_link_is_refused() -> None:
    from bounceback_tui.errors import BouncebackError
    from bounceback_tui.importers.posting import Posting
    from bounceback_tui.services.posting_import import application_input

    with pytest.raises(BouncebackError, match="Only web links"):
        application_input(Posting(title="Engineer", company="Acme", url="javascript:alert(1)"))


def test_csv_import_refuses_rows_with_other_links(opened_paths: DataPaths, tmp_path: Path) -> None:
    from bounceback_tui.transfer.csv_import import plan_csv_import
    from tests.conftest import FIXED_TODAY

    source = tmp_path / "apps.csv"
    source.write_text(
        "Company,Role,Link\nAcme,Engineer,javascript:alert(1)\nGlobex,Analyst,https://globex.example/1\n"
    )
    plan = plan_csv_import(source, opened_paths.database, today=FIXED_TODAY)
    assert [row.data.company for row in plan.rows] == ["Globex"]
    assert [problem.line for problem in plan.bad] == [2]


def test_skill_resources_refuse_other_links() -> None:
    from bounceback_tui.domain.skills import parse_resources
    from bounceback_tui.errors import ValidationError

    with pytest.raises(ValidationError):
        parse_resources("file:///etc/passwd my notes")


@pytest.mark.parametrize(
    ("table", "column", "value"),
    [
        ("application", "link", "javascript:alert(1)"),
        ("application", "link", "--renderer-cmd-prefix=xcalc"),
        ("skill_resource", "url", "file:///etc/passwd"),
        ("recovery_step", "link", "https://not-a-pane.example"),
    ],
)
def test_json_import_refuses_other_links(
    opened_paths: DataPaths, tmp_path: Path, table: str, column: str, value: str
) -> None:
    from bounceback_tui.services.demo import fill_demo
    from bounceback_tui.transfer.files import TransferError
    from bounceback_tui.transfer.json_export import export_json
    from bounceback_tui.transfer.json_import import load_json_export

    store_once(opened_paths, fill_demo, 20, force=True)
    path = tmp_path / "export.json"
    with path.open("w", encoding="utf-8") as out:
        export_json(opened_paths.database, out)
    document = json.loads(path.read_text())
    rows = document["tables"][table]
    assert rows, table
    rows[0][column] = value
    path.write_text(json.dumps(document))
    with pytest.raises(TransferError, match=f"{table} row 1, {column}"):
        load_json_export(path)


# --- the opener ----------------------------------------------------------------------------


@pytest.fixture
def launched(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """Every program the opener starts (nothing is really started), and a display."""
    started: list[list[str]] = []

    class FakeProcess:
        def poll(self) -> None:
            return None

    def popen(argv: list[str], **_kwargs: Any) -> FakeProcess:
        started.append(list(argv))
        return FakeProcess()

    monkeypatch.setattr(browser.subprocess, "Popen", popen)
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(browser.sys, "platform", "linux")
    return started


def _use(monkeypatch: pytest.MonkeyPatch, controller: webbrowser.BaseBrowser) -> None:
    monkeypatch.setattr(browser.webbrowser, "get", lambda *_args: controller)


def test_a_graphical_browser_gets_the_normalised_link_as_one_argument(
    launched: list[list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    _use(monkeypatch, webbrowser.BackgroundBrowser("xdg-open"))
    assert browser.open_link(parse_web_link("https://example.com/a\"b'c"))
    assert launched == [["xdg-open", "https://example.com/a%22b'c"]]


@pytest.mark.parametrize(
    "controller",
    [
        webbrowser.GenericBrowser("lynx"),
        webbrowser.GenericBrowser("w3m"),
        webbrowser.GenericBrowser("www-browser"),
        webbrowser.Elinks("elinks"),
    ],
    ids=["lynx", "w3m", "www-browser", "elinks"],
)
def test_a_console_browser_is_never_started(
    launched: list[list[str]], monkeypatch: pytest.MonkeyPatch, controller: Any
) -> None:
    def must_not_open(*_args: object, **_kwargs: object) -> bool:
        raise AssertionError("a console browser was started")

    monkeypatch.setattr(controller, "open", must_not_open)
    _use(monkeypatch, controller)
    assert browser.graphical_browser() is None
    assert not browser.open_link(parse_web_link("https://example.com/"))
    assert launched == []


def test_without_a_display_no_browser_is_started(
    launched: list[list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    _use(monkeypatch, webbrowser.BackgroundBrowser("xdg-open"))
    assert not browser.open_link(parse_web_link("https://example.com/"))
    assert launched == []


def test_the_opener_takes_only_checked_web_links() -> None:
    with pytest.raises(ValueError):
        browser.open_link(WebLink(text="--help", url="--help"))


# --- in the app ----------------------------------------------------------------------------


@pytest.fixture
def browser_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What reached Python's webbrowser module, by any route."""
    calls: list[str] = []

    def record(url: str, *_args: object, **_kwargs: object) -> bool:
        calls.append(url)
        return True

    for name in ("open", "open_new", "open_new_tab"):
        monkeypatch.setattr(webbrowser, name, record)
    monkeypatch.setattr(browser, "open_link", lambda link: bool(calls.append(link.url)) or True)
    return calls


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every toast the app shows, even one that has timed out by the time it is checked."""
    messages: list[str] = []
    real_notify = BouncebackApp.notify

    def notify(self: BouncebackApp, message: str, *args: object, **kwargs: object) -> None:
        messages.append(str(message))
        real_notify(self, message, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(BouncebackApp, "notify", notify)
    return messages


STORED_BAD_LINKS = [
    "javascript:alert(1)",
    "file:///etc/passwd",
    "--help",
    "--renderer-cmd-prefix=xcalc",
    "data:text/html,hi",
]


@pytest.mark.parametrize("stored", STORED_BAD_LINKS)
async def test_o_never_opens_a_bad_link_written_into_the_store(
    opened_paths: DataPaths, browser_calls: list[str], told: list[str], stored: str
) -> None:
    db = Database(opened_paths.database)
    try:
        app_id = add(db, "Initech", link="https://initech.example/jobs/1")
    finally:
        db.dispose()
    another_program_writes(
        opened_paths, "UPDATE application SET link = ? WHERE id = ?", (stored, app_id)
    )
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        pane = app.query_one(PipelinePane)
        assert pane.select_item(app_id)
        await pilot.pause()
        await pilot.press("o")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert browser_calls == []
        assert any("was not opened" in note for note in told)


async def test_with_no_graphical_browser_the_link_is_shown_to_copy(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bounceback_tui.ui.screens.link import LinkScreen

    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(browser.sys, "platform", "linux")
    started: list[object] = []
    monkeypatch.setattr(browser.subprocess, "Popen", lambda *a, **k: started.append(a))
    monkeypatch.setattr(webbrowser, "open", lambda *a, **k: started.append(a))
    copied: list[str] = []
    monkeypatch.setattr(BouncebackApp, "copy_to_clipboard", lambda self, text: copied.append(text))
    db = Database(opened_paths.database)
    try:
        app_id = add(db, "Initech", link="https://initech.example/jobs/1?ref=[b]x[/b]")
    finally:
        db.dispose()
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        assert app.query_one(PipelinePane).select_item(app_id)
        await pilot.pause()
        await pilot.press("o")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, LinkScreen)
        shown = str(app.screen.query_one("#link-url", Static).render())
        assert shown == "https://initech.example/jobs/1?ref=%5Bb%5Dx%5B/b%5D"
        assert app.focused is not None
        await pilot.press("c")
        await pilot.pause()
        assert copied == [shown]
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, LinkScreen)
    assert started == []


async def test_a_link_shown_to_copy_is_not_also_said_to_be_opening(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no graphical browser (tmux over SSH), `o` showed the link to copy, "not opened
    in this terminal", under a toast that still said "Opening https://..." (seen in tmux
    with a message draft's ctrl+o). The browser check in its thread can answer before the
    app has handled the toast's message, so the link screen cleared the toasts before the
    "Opening" one arrived. Here the check answers at once, as it did there."""
    from functools import partial

    from bounceback_tui.ui.screens.link import LinkScreen
    from tests.quiet import until_quiet

    db = Database(opened_paths.database)
    try:
        app_id = add(db, "Initech", link="https://initech.example/jobs/1")
    finally:
        db.dispose()
    app = BouncebackApp(opened_paths)

    def no_browser_at_once(work: Any, **_options: Any) -> None:
        assert isinstance(work, partial) and work.func == app._open_in_browser
        app.show_link(*work.args)  # what the thread's call_from_thread runs

    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        assert app.query_one(PipelinePane).select_item(app_id)
        await pilot.pause()
        monkeypatch.setattr(app, "run_worker", no_browser_at_once)
        await pilot.press("o")
        await until_quiet(pilot)
        assert isinstance(app.screen, LinkScreen)
        said = [str(n.message) for n in app._notifications]
    assert not [line for line in said if "Opening" in line], said


async def test_a_long_link_to_copy_scrolls_and_its_buttons_stay_in_sight(
    opened_paths: DataPaths,
) -> None:
    """The walk at 70x18 (seed 9101): a feedback request's mailto: link, hundreds of
    characters long, took every row of the box and the focused Close button was cut off at
    its bottom. The link scrolls in the rows left; the buttons and the key bar stay."""
    from bounceback_tui.domain.links import MailLink, parse_web_link
    from bounceback_tui.ui.kit.key_bar import KeyBar
    from bounceback_tui.ui.screens.link import LinkScreen
    from tests.monkey.checks import focus_dead_end

    url = "mailto:jonas@harbor.example?subject=Feedback&body=" + "Thank%20you%20" * 60
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(70, 18)) as pilot:
        app.show_link(MailLink("jonas@harbor.example", url))
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, LinkScreen)
        close = app.screen.query_one("#close")
        assert app.focused is close
        assert focus_dead_end(app) is None
        box = app.screen.query_one("#link-box")
        bar = app.screen_stack[0].query_one(KeyBar)
        assert close.region.bottom <= box.region.bottom <= bar.region.y
        # All of it, said as an email (tests/test_mail_link_to_copy.py).
        message = "To: jonas@harbor.example\nSubject: Feedback\n\n" + "Thank you " * 60
        assert str(app.screen.query_one("#link-url", Static).render()) == message
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(70, 18)) as pilot:  # a short one: one row, no scroll
        app.show_link(parse_web_link("https://initech.example/jobs/1"))
        await pilot.pause()
        await pilot.pause()
        assert app.screen.query_one("#link-scroll").region.height == 1
