"""A table cell cut at a space does not keep the space before its ellipsis (People's Kind
column read "Agency …": the nineteenth round's left-alone list)."""

from __future__ import annotations

from bounceback_tui.ui.kit.cells import fit_cells


def test_a_cut_at_a_space_drops_the_space_and_keeps_the_width() -> None:
    assert fit_cells("Agency recruiter", 8) == "Agency… "
    assert fit_cells("Agency recruiter", 7) == "Agency…"


def test_a_cut_elsewhere_and_a_fitting_value_are_as_before() -> None:
    assert fit_cells("Recruiter", 6) == "Recru…"
    assert fit_cells("Peer", 6) == "Peer  "
    assert fit_cells("Peer", 0) == ""
    assert fit_cells("日本語テキスト", 5) == "日本…"


def test_a_wide_character_that_does_not_fit_leaves_no_gap_before_the_ellipsis() -> None:
    # Five cells before the ellipsis hold two wide characters and half of a third.
    assert fit_cells("日本語テキスト", 6) == "日本… "
