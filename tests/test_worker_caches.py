"""The suite's stand-ins for Textual's selector matching, dialog tint and style parsing
(tests/worker_caches.py) give Textual's own answers: every rule of the app's stylesheet tried
on every node of a Pipeline with a form open over it, the screen under the form tinted both
ways, and every style text the app parsed parsed again by Textual, in two themes."""

from __future__ import annotations

import sys
from typing import Any

from rich.segment import ControlType, Segment
from rich.style import Style
from textual.color import Color
from textual.css import match, stylesheet
from textual.css.tokenize import tokenize_values
from textual.markup import parse_style
from textual.renderables.background_screen import BackgroundScreen

from bounceback_tui.paths import DataPaths
from tests.built_stores import store_once
from tests.pipeline_fixtures import small_pipeline
from tests.ui_harness import app_on, settle
from tests.worker_caches import TEXTUALS_OWN, shared_by_variables


def _nodes(app: Any) -> list[Any]:
    nodes = [app]
    for screen in app.screen_stack:
        nodes += list(screen.walk_children(with_self=True))
    return nodes


async def test_a_rules_selector_matches_a_node_as_textuals_own_walk_says(
    opened_paths: DataPaths,
) -> None:
    store_once(opened_paths, small_pipeline)
    own = TEXTUALS_OWN["_check_selectors"]
    ours = stylesheet._check_selectors
    assert ours is not own  # the stand-in is the one the stylesheet calls
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot)
        nodes = _nodes(app)
        answers: dict[tuple[bool, bool], int] = {}
        last_part_only = 0
        for node in nodes:
            path = node.css_path_nodes
            for rule in app.stylesheet.rules:
                for selector_set in rule.selector_set:
                    selectors = selector_set.selectors
                    expected = own(selectors, path)
                    got = ours(selectors, path)
                    answers[expected, got] = answers.get((expected, got), 0) + 1
                    if not expected and selectors[-1].check(node):
                        last_part_only += 1
    assert set(answers) == {(True, True), (False, False)}, answers
    # The rules that fail only before their last part were asked too (``Screen Input``
    # tried on an Input that is not on a screen's path the selector names).
    assert last_part_only > 0


async def test_a_querys_selector_matches_a_node_as_textuals_own_match_says(
    opened_paths: DataPaths,
) -> None:
    store_once(opened_paths, small_pipeline)
    own = TEXTUALS_OWN["match"]
    for name in ("css.match", "css.query", "dom", "message_pump", "screen", "widget"):
        assert sys.modules[f"textual.{name}"].match is not own, name
    ours = match.match
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot)
        nodes = _nodes(app)
        answers: dict[tuple[bool, bool], int] = {}
        for node in nodes:
            for rule in app.stylesheet.rules:
                expected = own(rule.selector_set, node)
                got = ours(rule.selector_set, node)
                answers[expected, got] = answers.get((expected, got), 0) + 1
        # A few queries of the kind the app makes, on every node.
        for query in ("#field-company", "Input", "FormScreen Input:focus", "DataTable", "*"):
            from textual.css.parse import parse_selectors

            selector_sets = parse_selectors(query)
            for node in nodes:
                expected = own(selector_sets, node)
                got = ours(selector_sets, node)
                answers[expected, got] = answers.get((expected, got), 0) + 1
    assert set(answers) == {(True, True), (False, False)}, answers


def _tinted_both_ways(segments: list[Segment], tint: Color) -> tuple[list[Any], list[Any]]:
    own = TEXTUALS_OWN["process_segments"]
    return (
        list(own(BackgroundScreen, segments, tint)),
        list(BackgroundScreen.process_segments(segments, tint)),
    )


async def test_the_screen_under_a_form_is_tinted_as_textual_tints_it(
    opened_paths: DataPaths,
) -> None:
    store_once(opened_paths, small_pipeline)
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot)
        tint = app.screen.styles.background
        below = app.screen_stack[-2]
        segments = list(app.console.render(below._compositor, app.console.options))
    assert 0 < tint.a < 1  # the form lets the Pipeline show through, tinted
    # What the screen's own cells do not hold: a link and meta to clear, no style, a
    # control code, and a style met twice.
    linked = Style(color="red", bgcolor="blue", link="https://example.invalid/a", bold=True)
    segments += [
        Segment("link", linked),
        Segment("meta", Style(color="green", meta={"@click": "app.bell"})),
        Segment("plain", None),
        Segment("", None, [(ControlType.BELL,)]),
        Segment("link again", linked),
    ]
    assert len({segment.style for segment in segments}) > 10
    for color in (tint, Color(0, 0, 0, 0.6), Color(200, 10, 10, 1.0), Color(1, 2, 3, 0)):
        own, ours = _tinted_both_ways(segments, color)
        assert own == ours, color
        # Equal styles are not enough for the links: none is left either way.
        assert not any(s.style is not None and (s.style.link or s.style.meta) for s in ours)


def _parsed_both_ways(app: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """Every style text the app's stylesheet kept, parsed by the stand-in and by Textual's
    own ``markup.parse_style`` given the theme's variables (which tokenizes them itself)."""
    sheet = app.stylesheet
    texts = sorted(shared_by_variables(sheet).get("styles", {}))
    ours = {text: sheet.parse_style(text) for text in texts}
    own = {text: parse_style(text, sheet._variables) for text in texts}
    return ours, own


async def test_a_style_text_is_parsed_as_textual_parses_it_in_each_theme(
    opened_paths: DataPaths,
) -> None:
    store_once(opened_paths, small_pipeline)
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot)
        sheet = app.stylesheet
        assert sheet._variable_tokens == tokenize_values(sheet._variables)
        ours, own = _parsed_both_ways(app)
        assert len(ours) > 5  # the key bar's, the tabs', the form's looks
        assert ours == own
        first_theme = app.theme
        app.theme = "textual-light" if first_theme != "textual-light" else "nord"
        await settle(pilot)
        assert sheet._variable_tokens == tokenize_values(sheet._variables)
        # The same texts, read again under the new theme's variables.
        again = {text: sheet.parse_style(text) for text in ours}
        assert again == {text: parse_style(text, sheet._variables) for text in ours}
        # Some of them name the theme's colours ($accent and the like), so the new theme
        # gives them other looks: an answer kept by its text alone would be the old one.
        assert any(again[text] != ours[text] for text in ours)
        ours, own = _parsed_both_ways(app)
        assert ours == own
