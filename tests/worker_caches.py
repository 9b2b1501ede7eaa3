"""What every app a test starts would work out again, worked out once per worker, and two of
Textual's most frequent small lookups made cheaper (rule sets hashed in C, reactive
attributes read directly; docs/testing.md, "The twenty-first round: the suite's CPU").

Installed by ``tests/conftest.py`` after collection (docs/testing.md, "What each change
bought"). They replace private pieces of Textual in the test process only; if a Textual
upgrade renames one, the suite fails at its start (the attribute is read then), not silently.
"""

from __future__ import annotations

from typing import Any

# Textual's own functions, by the name of what stands in for them here, for
# tests/test_worker_caches.py to hold the stand-ins to their answers.
TEXTUALS_OWN: dict[str, Any] = {}


# What stylesheets with the same CSS variables (the same theme) share, by those variables.
_BY_VARIABLES: dict[tuple[tuple[str, str], ...], dict[str, Any]] = {}


def shared_by_variables(sheet: Any) -> dict[str, Any]:
    """What every stylesheet with ``sheet``'s CSS variables shares in this worker.

    Textual replaces a stylesheet's variables (``set_variables``), never changes them in
    place, so the sorted key is worked out once per variables dict (which the stylesheet
    keeps alive)."""
    variables = sheet._variables
    held = sheet.__dict__.get("_shared_css")
    if held is None or held[0] is not variables:
        key = tuple(sorted(variables.items()))
        held = (variables, _BY_VARIABLES.setdefault(key, {}))
        sheet.__dict__["_shared_css"] = held
    return held[1]  # type: ignore[no-any-return]


def share_parsed_css() -> None:
    """Parse each piece of CSS, and each stylesheet's whole set of it, once per worker.

    Every app the tests start parses Textual's and the app's CSS again (at start, each time
    a widget class first mounts, and when the later styles load), since each ``Stylesheet``
    keeps its own parse cache; and after each parse it maps every selector name to its rules
    again (``rules_map``). Parsed rules, the rule lists and the maps are never changed once
    made (Textual only replaces them), so stylesheets share them here, keyed by everything a
    parse depends on: the CSS sources in order (text, location, default or not, tie-breaker,
    scope) and the CSS variables (the theme). A stylesheet with CSS already found invalid
    parses alone, as before, and invalid CSS still raises where it did (nothing invalid is
    kept)."""
    from textual.css.model import RuleSet
    from textual.css.stylesheet import Stylesheet
    from textual.css.types import CSSLocation

    parse_rules_alone = Stylesheet._parse_rules
    parse_alone = Stylesheet.parse
    map_alone = Stylesheet.rules_map.fget
    assert map_alone is not None
    maps: dict[int, tuple[list[RuleSet], dict[str, list[RuleSet]]]] = {}

    def shared(sheet: Stylesheet) -> tuple[dict[Any, list[RuleSet]], dict[Any, Any]]:
        # Each piece of CSS's rules; each set of sources' rules and map.
        held = shared_by_variables(sheet)
        return held.setdefault("pieces", {}), held.setdefault("sets", {})

    def parse_rules_shared(
        self: Stylesheet,
        css: str,
        read_from: CSSLocation,
        is_default_rules: bool = False,
        tie_breaker: int = 0,
        scope: str = "",
    ) -> list[RuleSet]:
        pieces = shared(self)[0]
        key = (css, read_from, is_default_rules, tie_breaker, scope)
        rules = pieces.get(key)
        if rules is None:
            rules = parse_rules_alone(self, css, read_from, is_default_rules, tie_breaker, scope)
            pieces[key] = rules
        return rules

    def parse_shared(self: Stylesheet) -> None:
        if self._invalid_css:
            parse_alone(self)
            return
        sets = shared(self)[1]
        key = tuple(self.source.items())
        made = sets.get(key)
        if made is None:
            parse_alone(self)  # raises, and keeps nothing, on invalid CSS
            made = (self._rules, map_alone(self))
            sets[key] = made
            maps[id(made[0])] = made
        self._rules, self._rules_map = made
        self._require_parse = False

    def rules_map_shared(self: Stylesheet) -> dict[str, list[RuleSet]]:
        if self._rules_map is None:
            made = maps.get(id(self._rules))  # a list parse_shared made (kept alive there)
            if made is not None and made[0] is self._rules and not self._require_parse:
                self._rules_map = made[1]
        return map_alone(self)  # type: ignore[no-any-return]

    Stylesheet._parse_rules = parse_rules_shared  # type: ignore[method-assign]
    Stylesheet.parse = parse_shared  # type: ignore[method-assign]
    Stylesheet.rules_map = property(rules_map_shared)  # type: ignore[method-assign,assignment]


def hash_rule_sets_in_c() -> None:
    """Hash Textual's rule sets by identity in C, as they were hashed by identity in Python.

    ``RuleSet`` (a dataclass) defines ``__hash__`` as ``return id(self)``. Matching a widget
    or one of its component classes against the stylesheet (``Stylesheet.apply``) puts the
    rule sets that could apply in a set and then walks every rule of the sheet, in order,
    asking the set: about 340 calls of that Python method per match, 7.2 million in one
    profile of 95 Pilot tests (about 2% of their CPU). ``object.__hash__`` hashes by identity
    too (the object's address, rotated), in C: equal hashes still mean the same object, so a
    set of rule sets finds and holds exactly what it did. Nothing reads the hash's value."""
    from textual.css.model import RuleSet

    assert RuleSet.__dict__["__hash__"].__code__.co_names == ("id",)  # Textual's, as known
    RuleSet.__hash__ = object.__hash__  # type: ignore[assignment,method-assign]


# The names Textual 8.2's Reactive.__get__ reads, in order.
REACTIVE_GET_NAMES = (
    "hasattr",
    "ReactiveError",
    "__class__",
    "__name__",
    "internal_name",
    "_initialize_reactive",
    "name",
    "compute_name",
    "getattr",
    "setattr",
    "_check_watchers",
)


def read_reactives_directly() -> None:
    """Read a reactive attribute that has its value and no compute method straight from the
    node's ``__dict__``.

    Textual's ``Reactive.__get__`` asks three questions on every read: does the node have an
    ``id`` (a property: a Python call), does it hold the value yet (``_reactive_<name>``),
    and does it have a ``compute_<name>`` (nearly never: an AttributeError raised and caught
    inside ``hasattr``); then reads the value with ``getattr``. About 1.2 million reads in a
    profile of 95 Pilot tests. Here, when the value is in the node's ``__dict__`` (the node
    was set up and the value made) and neither the node's class nor the node has the compute
    method, the value is returned as ``getattr`` would return it; anything else (the first
    read, a compute method, an object without a ``__dict__``) goes to Textual's own, which
    also raises the error a node not set up gets. Whether a class has the compute method is
    looked up once per class and name: no test gives a class a compute method after its
    nodes were read. Textual's method is checked first (the names its code reads), so a
    Textual that changes it stops the suite."""
    from textual.reactive import Reactive

    original = Reactive.__dict__["__get__"]
    assert original.__code__.co_names == REACTIVE_GET_NAMES
    computed: dict[tuple[type, str], bool] = {}

    def read(self: Reactive[Any], obj: Any, obj_type: type) -> Any:
        if obj is None:
            return self
        try:
            held = obj.__dict__
            value = held[self.internal_name]
        except (AttributeError, KeyError):
            return original(self, obj, obj_type)
        name = self.compute_name
        key = (type(obj), name)
        has_compute = computed.get(key)
        if has_compute is None:
            has_compute = computed[key] = hasattr(type(obj), name)
        if has_compute or name in held:
            return original(self, obj, obj_type)
        return value

    Reactive.__get__ = read  # type: ignore[method-assign,assignment]


# The names Textual 8.2's css.match._check_selectors reads, in order.
CHECK_SELECTORS_NAMES = (
    "CombinatorType",
    "DESCENDENT",
    "len",
    "append",
    "pop",
    "combinator",
    "check",
    "advance",
)


def reject_on_the_last_selector_first() -> None:
    """Match a selector against a node only once its last part matches the node itself.

    Matching a rule's selector (``Foo .bar:focus``) against a widget walks the widget's path
    from the app down, trying the selector's parts in turn; it can only succeed with the last
    part matching the widget itself (Textual returns True only there). Textual's stylesheet
    picks the rules to try by the widget's type, classes and id, so most of its tries fail,
    and nearly all of those on that last part (a pseudo-class such as ``:focus``, another of
    the widget's classes): 101,596 of 111,291 failures in two Pilot files, each after a walk
    of about six checks. Asking the last part first gives the same answer (a failure there is
    a failure of the whole) with one check; a match costs one check more. Only the stylesheet's
    matching is changed, not queries; Textual's function is checked first (the names its code
    reads), so a Textual that changes it stops the suite."""
    from textual.css import match, stylesheet

    walk = stylesheet._check_selectors
    assert walk is match._check_selectors
    assert walk.__code__.co_names == CHECK_SELECTORS_NAMES
    TEXTUALS_OWN["_check_selectors"] = walk

    def last_part_first(selectors: list[Any], css_path_nodes: list[Any]) -> bool:
        if selectors and not selectors[-1].check(css_path_nodes[-1]):
            return False
        return walk(selectors, css_path_nodes)

    stylesheet._check_selectors = last_part_first  # type: ignore[assignment]


def match_queries_on_the_last_selector_first() -> None:
    """The same for a query's selector (``query_one("#field-name")``, ``@on`` handlers'
    selectors): Textual's ``css.match.match`` works out each node's path (a list of its
    ancestors) and walks it for every node a query looks at, though a query keeps few of them.
    Here a node whose own type, classes, id and pseudo-classes fail the selector's last part
    is refused before its path is made: the same answer, as above. It replaces ``match``
    where Textual's modules imported it, each checked to be Textual's own first."""
    import sys

    from textual.css import match

    original = match.match
    walk = match._check_selectors
    assert original.__code__.co_names == ("any",)
    assert walk.__code__.co_names == CHECK_SELECTORS_NAMES
    TEXTUALS_OWN["match"] = original

    def last_part_first(selector_sets: Any, node: Any) -> bool:
        for selector_set in selector_sets:
            selectors = selector_set.selectors
            if selectors and not selectors[-1].check(node):
                continue
            if walk(selectors, node.css_path_nodes):
                return True
        return False

    users = ("css.match", "css.query", "dom", "message_pump", "screen", "widget")
    for name in users:
        module = sys.modules[f"textual.{name}"]
        assert module.match is original, name
        module.match = last_part_first


# The names Textual 8.2's BackgroundScreen.process_segments reads, in order.
TINT_NAMES = (
    "Color",
    "from_rich_color",
    "Style",
    "from_color",
    "Segment",
    "a",
    "clear_meta_and_links",
    "color",
    "rich_color",
    "bgcolor",
)


def tint_each_style_once() -> None:
    """Work out the tinted look of each style once, not for every cell drawn under a dialog.

    A dialog (a modal screen with a see-through background) draws the screen under it again,
    tinted, whenever its background is redrawn: every segment of that screen goes through
    ``BackgroundScreen.process_segments``, which for each one clears the style's links and
    meta, blends its two colours with the tint and adds the result (about 84,000 segments in
    three Pilot files, a few dozen styles among them). The tinted style depends only on the
    segment's style and the tint, both immutable values, so it is kept by the two (an LRU of
    4,096) and each segment gets an equal style; text and control codes pass as before.
    A fully transparent tint keeps Textual's own path. Textual's method is checked first."""
    from functools import lru_cache

    from rich.segment import Segment
    from rich.style import Style
    from textual.color import Color
    from textual.renderables.background_screen import BackgroundScreen

    original = BackgroundScreen.__dict__["process_segments"].__func__
    assert original.__code__.co_names == TINT_NAMES
    TEXTUALS_OWN["process_segments"] = original
    null_style = Style()

    @lru_cache(maxsize=4096)
    def tinted(style: Style | None, color: Color) -> Style:
        style = null_style if style is None else style.clear_meta_and_links()
        return style + Style.from_color(
            (Color.from_rich_color(style.color) + color).rich_color
            if style.color is not None
            else None,
            (Color.from_rich_color(style.bgcolor) + color).rich_color
            if style.bgcolor is not None
            else None,
        )

    def process_segments(cls: type, segments: Any, color: Color) -> Any:
        if color.a == 0:
            yield from original(cls, segments, color)
            return
        for segment in segments:
            text, style, control = segment
            if control:
                yield segment
            else:
                yield Segment(text, tinted(style, color), control)

    BackgroundScreen.process_segments = classmethod(process_segments)  # type: ignore[assignment,method-assign]


# The names Textual 8.2's Stylesheet.parse_style, Stylesheet._variable_tokens and
# markup.parse_style (its first twelve) read, in order.
PARSE_STYLE_NAMES = ("isinstance", "Style", "_style_parse_cache", "parse_style")
VARIABLE_TOKENS_NAMES = ("_Stylesheet__variable_tokens", "tokenize_values", "_variables")
MARKUP_STYLE_NAMES = (
    "StyleTokenizer",
    "active_app",
    "get",
    "stylesheet",
    "_variable_tokens",
    "LookupError",
    "tokenize_values",
    "iter",
    "substitute_references",
    "name",
    "value",
    "rstrip",
)
# More style texts than the app and its tests use (a few hundred): past it, start again.
STYLES_KEPT = 8192


def share_parsed_styles() -> None:
    """Tokenize a theme's CSS variables, and parse each style text (``"bold $accent"``), once
    per worker and theme, not once per app.

    Every app's stylesheet tokenizes the theme's ~170 variables again the first time a
    piece of markup or a ``Style.parse`` names one (``Stylesheet._variable_tokens``), and keeps
    the styles it parses in a cache of its own (``Stylesheet.parse_style``): each app a test
    starts paid both again, about 4 ms of a start to Today. Both depend only on the style
    text and the variables the active app's stylesheet holds (``markup.parse_style`` reads
    them there), and what they make is never changed (tokens are named tuples, a ``Style``
    is a frozen dataclass, the token lists are only read), so stylesheets with the same
    variables share them here (``shared_by_variables``, as the parsed CSS). A style parsed
    while another app is active, or none, is parsed as before; a text that fails to parse
    raises as before and is not kept. Textual's functions are checked first (the names
    their code reads), so a Textual that changes them stops the suite."""
    from textual import markup
    from textual._context import active_app
    from textual.css.stylesheet import Stylesheet
    from textual.style import Style

    parse_style_alone = Stylesheet.__dict__["parse_style"]
    tokens_alone = Stylesheet.__dict__["_variable_tokens"].fget
    assert parse_style_alone.__code__.co_names == PARSE_STYLE_NAMES
    assert tokens_alone.__code__.co_names == VARIABLE_TOKENS_NAMES
    assert markup.parse_style.__code__.co_names[:12] == MARKUP_STYLE_NAMES
    TEXTUALS_OWN["parse_style"] = parse_style_alone
    TEXTUALS_OWN["_variable_tokens"] = tokens_alone

    def variable_tokens_shared(self: Stylesheet) -> Any:
        held = shared_by_variables(self)
        tokens = held.get("tokens")
        if tokens is None:
            tokens = held["tokens"] = tokens_alone(self)
        return tokens

    def parse_style_shared(self: Stylesheet, style_text: Any) -> Any:
        if isinstance(style_text, Style):
            return style_text
        app = active_app.get(None)
        if app is None or getattr(app, "stylesheet", None) is not self:
            return parse_style_alone(self, style_text)
        styles = shared_by_variables(self).setdefault("styles", {})
        style = styles.get(style_text)
        if style is None:
            style = parse_style_alone(self, style_text)
            if len(styles) >= STYLES_KEPT:
                styles.clear()
            styles[style_text] = style
        return style

    Stylesheet._variable_tokens = property(variable_tokens_shared)  # type: ignore[method-assign,assignment]
    Stylesheet.parse_style = parse_style_shared  # type: ignore[method-assign]


# What ``inspect.signature`` reads on a plain function before its code: what it wraps, a
# signature set on it, and the partialmethod it was made for (3.11's name, and 3.13's).
SIGNATURE_ELSEWHERE = ("__wrapped__", "__signature__", "_partialmethod", "__partialmethod__")


def count_parameters_by_code() -> None:
    """Count a plain function's parameters once per code object, not once per function.

    Textual counts a callback's parameters (``inspect.signature``) before it calls it, and
    keeps the count on the function; a function made anew for each app (a closure, a
    lambda, a partial's target) is counted again each time: about 30 signatures a start to
    Today. A plain function's parameters are its code object's, unless what it wraps, a
    signature set on it or the partialmethod it was made for says otherwise
    (``SIGNATURE_ELSEWHERE``: ``inspect.signature`` follows each), so the count is kept by
    the code for functions with none of them; anything else (a bound method,
    a class, a partial, a builtin, a wrapped function) is counted by Textual as before.
    Textual's function is checked first (the names its code reads)."""
    from types import FunctionType

    from textual import _callback

    own = _callback._count_parameters
    assert own.__code__.co_names == ("len", "signature", "parameters")
    TEXTUALS_OWN["_count_parameters"] = own
    counted: dict[Any, int] = {}

    def count(func: Any) -> int:
        if type(func) is not FunctionType:
            return own(func)
        held = func.__dict__
        if any(name in held for name in SIGNATURE_ELSEWHERE):
            return own(func)
        code = func.__code__
        number = counted.get(code)
        if number is None:
            number = counted[code] = own(func)
        return number

    _callback._count_parameters = count
