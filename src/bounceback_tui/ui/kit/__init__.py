"""The shared UI kit: small pieces every pane and screen uses the same way.

``text``: the one way to put a person's (or the store's) text on screen.
"""
