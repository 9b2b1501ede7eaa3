"""With no display to hand it to (SSH, a console), an email is shown as an email to copy.

People → a person → a message → email builds a ``mailto:`` link. Where no graphical program
can take it, the app shows it to copy; the box was titled "Open this link in your browser",
odd for an email, and showed the link itself, its subject and message percent-encoded
("Thank%20you%20%E2%80%94"). It is titled for what it is now, and says the address, the
subject and the message as written, to copy into any mail program; `c` still copies the
whole of it as the mailto: link. A web link keeps its own title.
"""

from __future__ import annotations

import webbrowser

import pytest

from bounceback_tui.domain.links import mail_link, parse_web_link
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import browser
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.screens.link import LinkScreen
from tests.screen_text import screen_lines

SUBJECT = "Thanks [b]again[/b] — 50% of it"
BODY = "Hi Sam,\nThank you for the chat — it helped.\n\nBest, Alex"


@pytest.fixture
def no_display(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(browser.sys, "platform", "linux")
    started: list[object] = []
    monkeypatch.setattr(browser.subprocess, "Popen", lambda *a, **k: started.append(a))
    monkeypatch.setattr(webbrowser, "open", lambda *a, **k: started.append(a))
    return started


@pytest.mark.parametrize("size", [(100, 30), (80, 24)])
async def test_an_email_to_copy_is_titled_and_shown_as_an_email(
    opened_paths: DataPaths,
    no_display: list[object],
    monkeypatch: pytest.MonkeyPatch,
    size: tuple[int, int],
) -> None:
    copied: list[str] = []
    monkeypatch.setattr(BouncebackApp, "copy_to_clipboard", lambda self, text: copied.append(text))
    link = mail_link("sam@example.com", SUBJECT, BODY)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=size) as pilot:
        app.open_link(link)
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, LinkScreen)
        text = "\n".join(line.strip(" │") for line in screen_lines(app))
        assert "Open this in your mail app" in text
        assert "Open this link in your browser" not in text
        assert "To: sam@example.com" in text
        assert f"Subject: {SUBJECT}" in text
        for line in BODY.splitlines():
            if line:
                assert line in text, text
        assert "%20" not in text and "%E2" not in text
        await pilot.press("c")
        await pilot.pause()
        assert copied == [link.url]
    assert no_display == []


async def test_a_web_link_to_copy_keeps_its_title(
    opened_paths: DataPaths, no_display: list[object]
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_link(parse_web_link("https://initech.example/jobs/1"))
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, LinkScreen)
        text = "\n".join(screen_lines(app))
        assert "Open this link in your browser" in text
        assert "https://initech.example/jobs/1" in text
