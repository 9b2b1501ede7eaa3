"""What's working: Wilson intervals, the minimum-sample rules, suggestions and the flow.

Every expected number here was worked out by hand (or, for the intervals, with the
quadratic form of the Wilson bound, (p - p̂)² = z²·p(1-p)/n, solved separately from the
code's centre-and-half-width form), never read back from the code.
"""

from __future__ import annotations

from datetime import date

import pytest

from bounceback_tui.domain.flow import (
    NO_REPLY,
    STILL_OPEN,
    draw_flow,
    node_totals,
    sankey_lines,
)
from bounceback_tui.domain.insight_suggestions import suggestions
from bounceback_tui.domain.insights import (
    MIN_GROUP,
    AppFacts,
    Outcome,
    dimensions,
    is_clear,
)
from bounceback_tui.domain.metrics import median, wilson_interval
from bounceback_tui.domain.role_families import parse_family_renames, role_family
from bounceback_tui.domain.stages import Stage
from tests.insights_oracle import compare, compare_all, flow_links

A, S, IV, OF, ACC = (
    Stage.APPLIED,
    Stage.SCREENING,
    Stage.INTERVIEWING,
    Stage.OFFER,
    Stage.ACCEPTED,
)
R, G, W = Stage.REJECTED, Stage.GHOSTED, Stage.WITHDRAWN
DAY = date(2026, 1, 5)


@pytest.mark.parametrize(
    ("successes", "trials", "low", "high"),
    [
        (12, 30, 0.2459, 0.5768),  # by hand: centre 0.41135, half width 0.16544
        (6, 80, 0.0348, 0.1541),
        (0, 10, 0.0, 0.2775),  # the textbook "rule of three"-like bound for 0 of 10
        (10, 10, 0.7225, 1.0),
        (5, 10, 0.2366, 0.7634),
        (8, 9, 0.5650, 0.9801),
        (1, 80, 0.0022, 0.0675),
    ],
)
def test_wilson_interval_matches_hand_computed_bounds(
    successes: int, trials: int, low: float, high: float
) -> None:
    interval = wilson_interval(successes, trials)
    assert interval is not None
    assert interval[0] == pytest.approx(low, abs=5e-5)
    assert interval[1] == pytest.approx(high, abs=5e-5)


def test_wilson_interval_of_nothing_is_none_and_nonsense_is_refused() -> None:
    assert wilson_interval(0, 0) is None
    with pytest.raises(ValueError):
        wilson_interval(4, 3)


def test_median() -> None:
    assert median([]) is None
    assert median([7, 1, 3]) == 3
    assert median([4, 1, 3, 10]) == 3.5


def _app(
    n: int,
    source: str,
    stages: tuple[Stage, ...],
    reply_after: int | None = None,
    **extra: object,
) -> AppFacts:
    first_reply = None if reply_after is None else date.fromordinal(DAY.toordinal() + reply_after)
    return AppFacts(
        id=n,
        role="Backend Engineer",
        date_applied=DAY,
        source=source,
        stages=stages,
        first_reply_on=first_reply,
        **extra,  # type: ignore[arg-type]
    )


def _fixture() -> list[AppFacts]:
    """Referral 30 (12 replies after 1..12 days, 5 interviews, 2 offers), job board 80
    (6 replies after 3, 3, 10, 14, 20, 30 days, 1 interview), company site 10 (5 replies,
    1 interview), recruiter 9 (8 replies: striking, but too few to tell)."""
    apps: list[AppFacts] = []

    def add(source: str, total: int, replies: list[int], interviews: int, offers: int) -> None:
        for index in range(total):
            if index < offers:
                stages: tuple[Stage, ...] = (A, S, IV, OF)
            elif index < interviews:
                stages = (A, S, IV, R)
            elif index < len(replies):
                stages = (A, R)
            else:
                stages = (A,)
            reply = replies[index] if index < len(replies) else None
            apps.append(_app(len(apps) + 1, source, stages, reply))

    add("referral", 30, list(range(1, 13)), 5, 2)
    add("job_board", 80, [3, 3, 10, 14, 20, 30], 1, 0)
    add("company_site", 10, [2, 2, 2, 2, 2], 1, 0)
    add("recruiter", 9, [1] * 8, 0, 0)
    return apps


def _source():
    return next(d for d in dimensions() if d.key == "source")


def test_groups_show_counts_rates_and_medians_worked_out_by_hand() -> None:
    comparison = compare(_fixture(), _source())
    groups = {g.name: g for g in comparison.groups}
    # Shown in the dimension's own order, not by size.
    assert [g.name for g in comparison.groups] == [
        "referral",
        "job_board",
        "company_site",
        "recruiter",
    ]
    referral = groups["referral"]
    assert referral.count == 30
    assert (referral.rates[Outcome.REPLY].successes, referral.rates[Outcome.REPLY].trials) == (
        12,
        30,
    )
    assert referral.rates[Outcome.REPLY].value == pytest.approx(0.4)
    assert referral.rates[Outcome.INTERVIEW].successes == 5
    assert referral.rates[Outcome.OFFER].successes == 2
    assert referral.median_days_to_reply == 6.5  # median of 1..12
    assert groups["job_board"].median_days_to_reply == 12  # (10 + 14) / 2
    assert groups["job_board"].rates[Outcome.INTERVIEW].successes == 1
    assert groups["recruiter"].too_few and groups["recruiter"].count == 9
    assert not groups["company_site"].too_few  # exactly 10 is enough
    assert MIN_GROUP == 10


def test_a_difference_is_clear_only_with_ten_each_and_intervals_apart() -> None:
    groups = {g.name: g for g in compare(_fixture(), _source()).groups}
    # 12/30 [0.2459, 0.5768] against 6/80 [0.0348, 0.1541]: apart.
    assert is_clear(groups["referral"], groups["job_board"], Outcome.REPLY)
    # 5/10 [0.2366, 0.7634] against 6/80: apart, and 10 is enough.
    assert is_clear(groups["company_site"], groups["job_board"], Outcome.REPLY)
    # 12/30 against 5/10: they overlap.
    assert not is_clear(groups["referral"], groups["company_site"], Outcome.REPLY)
    # 8/9 [0.565, 0.980] is far from 6/80, but 9 applications are too few to tell.
    assert not is_clear(groups["recruiter"], groups["job_board"], Outcome.REPLY)
    # Interviews 5/30 [0.0734, 0.3356] against 1/80 [0.0022, 0.0675]: just apart.
    assert is_clear(groups["referral"], groups["job_board"], Outcome.INTERVIEW)
    # Offers 2/30 [0.0185, 0.2132] against 0/80 [0, 0.0458]: they overlap.
    assert not is_clear(groups["referral"], groups["job_board"], Outcome.OFFER)


def test_the_comparison_lists_exactly_the_clear_differences() -> None:
    comparison = compare(_fixture(), _source())
    found = {(d.outcome, d.better.name, d.worse.name) for d in comparison.differences}
    assert found == {
        (Outcome.REPLY, "referral", "job_board"),
        (Outcome.REPLY, "company_site", "job_board"),
        (Outcome.INTERVIEW, "referral", "job_board"),
    }


def test_the_suggestion_names_the_widest_gap_in_plain_numbers() -> None:
    # Gaps: referral/job board replies 0.2459 - 0.1541 = 0.092; company site 0.0825;
    # interviews 0.0059. One suggestion per grouping: the widest.
    assert suggestions(compare_all(_fixture())) == [
        "Referrals got a reply 12 times in 30, job boards 6 in 80: ask for one referral this week."
    ]


def test_no_suggestion_when_nothing_is_clear() -> None:
    # Everything below ten per group: every group is too few to tell.
    few = [app for app in _fixture() if app.source == "recruiter"] + [
        app for app in _fixture() if app.source == "job_board"
    ][:9]
    comparison = compare(few, _source())
    assert all(g.too_few for g in comparison.groups)
    assert comparison.differences == ()
    assert suggestions(compare_all(few)) == []
    assert suggestions(compare_all([])) == []


def test_at_most_two_suggestions_from_different_groupings() -> None:
    apps = []
    # 20 with a cover letter, a tailored resume and a referral: 20 replies; 20 without any:
    # none. 20/20 [0.8389, 1] against 0/20 [0, 0.1611]: three groupings clear at once.
    for index in range(40):
        yes = index < 20
        apps.append(
            _app(
                index,
                "referral" if yes else "job_board",
                (A, S) if yes else (A,),
                2 if yes else None,
                cover_letter=yes,
                tailored_resume=yes,
            )
        )
    said = suggestions(compare_all(apps))
    assert len(said) == 2
    assert said[0].startswith("Referrals got a reply 20 times in 20, job boards 0 in 20")
    assert said[1].startswith(
        "Applications with a cover letter got a reply 20 times in 20, without one 0 in 20"
    )


@pytest.mark.parametrize(
    ("title", "family"),
    [
        ("Senior Backend Engineer II", "backend engineer"),
        ("Backend Engineer (Remote)", "backend engineer"),
        ("Lead Data Analyst", "data analyst"),
        ("Sr. Product Designer", "product designer"),
        ("Senior", "other"),
        ("[b]Ingénieure[/b] logiciel", "ingénieure logiciel"),
        # "full" and "part" go only as "full-time" and "part-time": the demo grouped
        # "Full-Stack Developer" as "stack developer".
        ("Full-Stack Developer", "full stack developer"),
        ("Full Stack Engineer (Full-time)", "full stack engineer"),
        ("Part-time Data Analyst", "data analyst"),
        ("Time Series Analyst", "time series analyst"),
    ],
)
def test_role_families_set_seniority_aside(title: str, family: str) -> None:
    assert role_family(title) == family


def test_role_families_can_be_renamed_and_merged() -> None:
    renames = parse_family_renames(
        "# my own grouping\nbackend engineer = Engineering\n\nData  Engineer = Engineering\n"
    )
    assert renames == {"backend engineer": "Engineering", "data engineer": "Engineering"}
    assert role_family("Senior Data Engineer", renames) == "Engineering"
    with pytest.raises(ValueError, match="Line 2"):
        parse_family_renames("a = b\nno equals sign here")


def test_posting_age_groups_use_days_from_posting_to_applying() -> None:
    posting_age = next(d for d in dimensions() if d.key == "posting_age")
    apps = [
        _app(1, "referral", (A,), posted_on=date(2026, 1, 3)),  # 2 days
        _app(2, "referral", (A,), posted_on=date(2026, 1, 1)),  # 4 days
        _app(3, "referral", (A,), posted_on=date(2025, 12, 1)),  # 35 days
        _app(4, "referral", (A,)),  # no posting date: left out
    ]
    groups = {g.name: g.count for g in compare(apps, posting_age).groups}
    assert groups == {"0-2 days": 1, "3-7 days": 1, "15+ days": 1}


# -- the flow -----------------------------------------------------------------------------


def _flow_fixture() -> list[AppFacts]:
    return [
        _app(1, "x", (A, S, R)),
        _app(2, "x", (A, G)),
        _app(3, "x", (A, S, IV, OF, ACC)),
        _app(4, "x", (A,)),
        _app(5, "x", (A, IV, W)),  # straight to interviews
        _app(6, "x", (A, S)),
    ]


def test_the_flow_counts_every_branch_by_hand() -> None:
    assert sankey_lines(flow_links(_flow_fixture())) == [
        "Applied [3] Screening",
        "Applied [1] Interviews",
        "Applied [1] Ghosted",
        f"Applied [1] {NO_REPLY}",
        "Screening [1] Interviews",
        "Screening [1] Rejected",
        f"Screening [1] {STILL_OPEN}",
        "Interviews [1] Offer",
        "Interviews [1] Withdrawn",
        "Offer [1] Accepted",
    ]


def test_the_drawn_flow_puts_branches_under_their_stage_on_one_scale() -> None:
    links = flow_links(_flow_fixture())
    assert node_totals(links)["Applied"] == 6
    assert node_totals(links)["Interviews"] == 2
    lines = draw_flow(links, bar_width=12)
    assert (lines[0].depth, lines[0].label, lines[0].count, lines[0].bar) == (
        0,
        "Applied",
        6,
        "█" * 12,
    )
    assert (lines[1].label, lines[1].count, lines[1].bar) == ("Screening", 3, "█" * 6)
    assert lines[4].label == NO_REPLY and lines[4].last
    assert [line.label for line in lines if line.depth == 0] == [
        "Applied",
        "Screening",
        "Interviews",
        "Offer",
    ]
    assert draw_flow([]) == []


def test_a_month_is_compared_but_never_suggested() -> None:
    # Found on the demo store: "Applications sent in 2026-03 1 in 34" compared a month whose
    # applications had not had time to hear back. 20 in January all got a reply, 20 in
    # March none: clear, shown in the view, but not a suggestion.
    apps = [
        AppFacts(
            n, "Engineer", date(2026, 1 if n < 20 else 3, 5), stages=(A, S) if n < 20 else (A,)
        )
        for n in range(40)
    ]
    month = next(c for c in compare_all(apps) if c.dimension.key == "month")
    assert [(d.better.name, d.worse.name) for d in month.differences] == [("2026-01", "2026-03")]
    assert suggestions(compare_all(apps)) == []


def test_months_are_listed_newest_first_whatever_their_size() -> None:
    # Seen on the demo store: "2026-11, 2026-09, 2026-06, 2026-10, 2026-01..." (by count).
    sent = {(2026, 1): 4, (2025, 12): 1, (2026, 3): 6, (2026, 2): 2}
    apps = [
        AppFacts(n, "Engineer", date(year, month, 5))
        for n, (year, month) in enumerate(
            (year, month) for (year, month), count in sent.items() for _ in range(count)
        )
    ]
    month = next(c for c in compare_all(apps) if c.dimension.key == "month")
    assert [g.name for g in month.groups] == ["2026-03", "2026-02", "2026-01", "2025-12"]
    assert [g.count for g in month.groups] == [6, 2, 4, 1]
