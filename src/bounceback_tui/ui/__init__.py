"""Textual user interface: the app, its panes, screens and widgets. No SQL here."""
