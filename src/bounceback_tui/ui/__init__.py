"""Textual user interface: the app, its panes, screens and widgets. No SQL here."""

from bounceback_tui.ui.kit.widget_classes import quick_widget_classes

# Before any of the app's widget classes is made (kit/widget_classes.py): Textual registers
# each from its bases' reactives and computes, not from every name of every base again.
quick_widget_classes()
