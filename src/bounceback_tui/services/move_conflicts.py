"""What a move's conflict says: what another window did to the application since this
window read it ("Acme (Engineer) was moved to Screening in another window."). Kept apart
from ``pipeline_moves`` (which names them for its callers) so both stay short."""

from __future__ import annotations

from bounceback_tui.domain.stages import Stage
from bounceback_tui.domain.text import app_name, clip_name
from bounceback_tui.domain.wording import gone_elsewhere
from bounceback_tui.errors import ConflictError


def retold(
    error: ConflictError, company: str, before: Stage | None, role: str = ""
) -> ConflictError:
    """The same conflict, saying what happened to the application ``company``, ``role``
    since this window read it ("Acme (Engineer) was moved to Screening in another window.";
    deleted: the wording every pane uses, ``domain.wording``). Named by ``app_name``, each
    part clipped to fit a toast: two applications at one company are told apart."""
    named = app_name(company, role)
    message = (
        gone_elsewhere("{name}", name=named)
        if error.current is None
        else f"{named} was {what_changed(before, error, company)}."
    )
    return ConflictError(
        message,
        current=error.current,
        current_version=error.current_version,
    )


def rejection_retold(
    error: ConflictError,
    company: str,
    before: Stage | None,
    role: str = "",
    *,
    edit_key: str,
    recovery_key: str,
) -> ConflictError:
    """``retold`` for `x`: rejected there too, saving over it cannot work; it says so, naming
    Recovery's edit and the Recovery pane by ``edit_key`` and ``recovery_key``, the keys as
    the caller's keymap has them (a service cannot ask it: "press e on it in Recovery (3)"
    stayed after a keymap moved either)."""
    told = retold(error, company, before, role)
    if error.current is not None and error.current.get("stage") == Stage.REJECTED.value:
        told.settled = (
            "It is already marked rejected there, so yours cannot be saved over it. "
            f"Reload to see it; to change the reason, press {edit_key} on it in Recovery "
            f"({recovery_key})."
        )
    return told


def what_changed(before: Stage | None, error: ConflictError, company: str | None = None) -> str:
    """What another window did, for "Nothing changed: ..." ("moved to Screening in another
    window"), given the stage and company this window showed: a record renamed there is
    named by its new name too, or the person cannot tell which one it is now."""
    if error.current is None:
        return "deleted in another window"
    now = Stage(str(error.current.get("stage")))
    if before is not None and now is not before:
        if now is Stage.REJECTED:
            return "marked rejected in another window"
        return f"moved to {now.label} in another window"
    renamed = str(error.current.get("company") or "")
    if company is not None and renamed and renamed != company:
        return f"renamed “{clip_name(renamed)}” in another window"
    return "changed in another window"
