"""Cleaning what people type: trimming, Unicode normalisation, refusing control characters."""

from __future__ import annotations

import unicodedata

from bounceback_tui.errors import FieldError

# Long enough for a pasted job description, short enough that a runaway paste
# (or a hostile import) cannot bloat the store.
LONG_TEXT_LIMIT = 100_000
SHORT_TEXT_LIMIT = 300


def clean_text(
    value: str | None,
    field: str,
    label: str,
    errors: list[FieldError],
    *,
    multiline: bool = False,
    limit: int = SHORT_TEXT_LIMIT,
    required: bool = False,
) -> str:
    """Return the cleaned text, appending a FieldError (and returning "") when refused."""
    text = unicodedata.normalize("NFC", value or "")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.strip() if not multiline else text.strip("\n ").rstrip()
    if required and not text:
        errors.append(FieldError(field, f"{label} is required."))
        return ""
    allowed = {"\n", "\t"} if multiline else set()
    if any(unicodedata.category(ch) == "Cc" and ch not in allowed for ch in text):
        errors.append(FieldError(field, f"{label} contains control characters; remove them."))
        return ""
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in text):
        errors.append(FieldError(field, f"{label} contains broken characters; retype it."))
        return ""
    if len(text) > limit:
        errors.append(
            FieldError(field, f"{label} is {len(text):,} characters; the limit is {limit:,}.")
        )
        return ""
    return text
