"""People: the pane (key 6), its detail panel, forms and dialogs, and the message drafts.

Built in the shape issue 18 gives every feature: one package with its pane, widgets and
dialogs, on the shared kit (``ui/kit``), the form screen, confirm dialogs and undo.
"""
