"""Domain rules: plain Python, no Textual, no SQL."""
