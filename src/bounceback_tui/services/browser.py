"""Opening a checked link in the person's graphical browser: the one place that starts one.

Everything that opens a link (Pipeline's ``o``, Skills' ``o``, a board's page, a
link clicked in the app) comes here through ``ui.app.BouncebackApp.open_link``,
with a ``domain.links.Link`` that has already been checked, never a bare string.

- Only a graphical browser is used. Over SSH or on a console (Linux and other
  Unix systems with neither ``DISPLAY`` nor ``WAYLAND_DISPLAY``), or when the
  browser Python would choose is a console one (lynx, w3m, links, elinks,
  www-browser, or ``$BROWSER`` set to one), ``open_link`` returns False and the
  app shows the link for the person to copy: a console browser would take over
  the app's own terminal until it quit.
- The link is one argument of its own, and it always starts with ``http://`` or
  ``https://``, or (a ``MailLink`` built on the spot from a checked address and a
  draft, never stored) ``mailto:``, so no browser can read it as an option.
- A browser started in the background gets no terminal (its messages would be
  drawn over the app).
"""

from __future__ import annotations

import os
import subprocess
import sys
import webbrowser

from bounceback_tui.domain.links import WEB_SCHEMES, Link, MailLink


def _has_display() -> bool:
    if sys.platform == "darwin" or sys.platform.startswith(("win", "cygwin")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def graphical_browser() -> webbrowser.BaseBrowser | None:
    """The browser Python would use, if it opens a window of its own; else None."""
    if not _has_display():
        return None
    try:
        controller = webbrowser.get()
    except webbrowser.Error:
        return None
    return controller if is_graphical(controller) else None


def is_graphical(controller: webbrowser.BaseBrowser) -> bool:
    """False for a browser that runs in the terminal and holds it until it quits."""
    if isinstance(controller, webbrowser.BackgroundBrowser):
        return True
    if isinstance(controller, webbrowser.GenericBrowser):
        return False  # started and waited for: lynx, w3m, links, www-browser, $BROWSER
    if isinstance(controller, webbrowser.UnixBrowser):
        return bool(controller.background)  # Firefox, Chrome... yes; elinks no
    return True  # macOS, Windows, Konqueror


def open_link(link: Link) -> bool:
    """Ask the graphical browser to open ``link``; False if there is none or it refused."""
    url = link.url
    web = url.startswith(tuple(f"{scheme}://" for scheme in WEB_SCHEMES))
    mail = isinstance(link, MailLink) and url.startswith("mailto:") and url.isascii()
    if not (web or mail):
        raise ValueError("only checked web links and mail links built on the spot are opened")
    controller = graphical_browser()
    if controller is None:
        return False
    try:
        if isinstance(controller, webbrowser.BackgroundBrowser):
            return _start_detached(controller, url)
        return bool(controller.open(url, new=2))
    except Exception:  # a browser that fails to start: show the link instead
        return False


def _start_detached(controller: webbrowser.GenericBrowser, url: str) -> bool:
    """What webbrowser.BackgroundBrowser does, without handing over the app's terminal."""
    argv = [controller.name, *(arg.replace("%s", url) for arg in controller.args)]
    try:
        process = subprocess.Popen(
            argv,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            close_fds=True,
            start_new_session=True,
        )
    except OSError:
        return False
    return process.poll() in (None, 0)
