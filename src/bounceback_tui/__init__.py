"""bounceback-tui: a keyboard-first terminal dashboard for bouncing back from job rejection.

Kept deliberately tiny: `import bounceback_tui` must stay cheap, because the CLI's
scripted sub-commands import it and must not pay for Textual or the ORM.
"""

__version__ = "0.1.0"
APP_NAME = "bounceback-tui"
