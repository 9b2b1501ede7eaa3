"""The monkey's stall watch (tests/monkey_stall.py): a lure that goes round in circles rests
for a number of moves, then may pull again; one that gets somewhere new each move never
rests."""

from __future__ import annotations

from types import SimpleNamespace

from tests.monkey_stall import STALL_PATIENCE, STALL_REST, Stalls, app_state


def _app(focused: object, *screens: str, pane: str = "people") -> SimpleNamespace:
    stack = [type(name, (), {})() for name in screens]
    return SimpleNamespace(
        screen_stack=stack,
        screen=SimpleNamespace(focused=focused),
        current_pane=SimpleNamespace(id=pane),
    )


def _widget(cls: str, widget_id: str | None = None, **attrs: object) -> object:
    widget = type(cls, (), {})()
    widget.id = widget_id  # type: ignore[attr-defined]
    for name, value in attrs.items():
        setattr(widget, name, value)
    return widget


def test_tab_round_a_dialog_rests_after_the_patience() -> None:
    stalls = Stalls()
    buttons = [_widget("Button", name) for name in ("open", "later")]
    for step in range(2 + STALL_PATIENCE):
        focused = buttons[step % 2]
        state = (*app_state(_app(focused, "PaneScreen", "PlanOfferScreen")), "key", "tab")
        assert not stalls.resting("again PlanOfferScreen", step)
        stalls.offered("again PlanOfferScreen", state, step)
    last = 1 + STALL_PATIENCE
    assert stalls.resting("again PlanOfferScreen", last + 1)
    assert stalls.resting("again PlanOfferScreen", last + STALL_REST - 1)
    assert not stalls.resting("again PlanOfferScreen", last + STALL_REST)
    assert not stalls.resting("pane people", last + 1)  # only the lure that went round


def test_moving_down_a_list_is_progress() -> None:
    stalls = Stalls()
    for step in range(40):
        app = _app(_widget("PeopleList", cursor=step), "PaneScreen")
        stalls.offered("lure", (*app_state(app), "key", "down"), step)
    assert not stalls.resting("lure", 40)


def test_something_new_reached_forgives_the_repeats_so_far() -> None:
    stalls = Stalls()
    state = (*app_state(_app(_widget("PeopleList", cursor=0), "PaneScreen")), "key", "tab")
    for step in range(3 * STALL_PATIENCE):
        if step % (STALL_PATIENCE - 1) == 0:
            stalls.progress()
        stalls.offered("pane people", state, step)
    assert not stalls.resting("pane people", 3 * STALL_PATIENCE)


def test_the_state_tells_the_cursor_and_the_text_apart_and_skips_what_raises() -> None:
    class Raising:
        id = "field"

        @property
        def value(self) -> str:
            raise AttributeError("not here")

        text = "abc"

    one = app_state(_app(_widget("PeopleList", cursor=1), "PaneScreen"))
    two = app_state(_app(_widget("PeopleList", cursor=2), "PaneScreen"))
    assert one != two
    assert app_state(_app(Raising(), "PaneScreen", "FormScreen"))[-1] == "text='abc'"
    assert app_state(_app(None, "PaneScreen")) == ("PaneScreen", "people")
