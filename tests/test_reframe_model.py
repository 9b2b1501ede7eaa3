"""The shipped trap model: it is what the build recorded, built from the data and script in
the repository, read only when first used, and its cut-offs and cues behave as documented.

Standard library only: the build's own tools (numpy, scikit-learn) are never needed here."""

from __future__ import annotations

import csv
import gzip
import json
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from bounceback_tui.reframe import TRAP_KEYS, suggest, suggest_traps
from bounceback_tui.reframe.model import MODEL_FILE, load, source_hash
from bounceback_tui.reframe.suggest import lexicon_suggestions, lexicon_totals

ROOT = Path(__file__).parent.parent
FIXED = MODEL_FILE.with_name("fixed.json")


def _header() -> dict:
    payload = gzip.decompress(MODEL_FILE.read_bytes())
    (size,) = struct.unpack_from("<I", payload)
    return json.loads(payload[4 : 4 + size])


def _texts() -> list[str]:
    texts = []
    for path in sorted((ROOT / "scripts" / "traps" / "batches").glob("*.csv")):
        with path.open(newline="", encoding="utf-8") as handle:
            texts += [row["text"] for row in csv.DictReader(handle)]
    return texts


def test_the_model_gives_the_scores_the_build_recorded() -> None:
    model = load()
    fixed = json.loads(FIXED.read_text(encoding="utf-8"))
    assert len(fixed) == 50
    for row in fixed:
        lexicon = {key: total for key, (total, _) in lexicon_totals(row["text"]).items()}
        scored = model.score(row["text"], lexicon)
        got = [scored.probabilities[key] for key in TRAP_KEYS] + [scored.confidence]
        assert got == pytest.approx(row["probabilities"], abs=1e-5), row["text"]


def test_the_model_was_built_from_the_data_and_script_in_the_repository() -> None:
    # Fails after any change to the training data, the build script or the feature code
    # that was not followed by `python scripts/train_traps.py`.
    assert _header()["source_sha256"] == source_hash(ROOT)


def test_the_hash_covers_the_training_data_and_the_script(tmp_path: Path) -> None:
    for name in ("scripts/train_traps.py", "scripts/traps/batches/train-01-job.csv"):
        copy = tmp_path / name
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_text("x\n")
    before = source_hash(tmp_path)
    (tmp_path / "scripts/traps/batches/train-01-job.csv").write_text("y\n")
    assert source_hash(tmp_path) != before


def test_the_model_is_small_and_names_its_sources() -> None:
    assert MODEL_FILE.stat().st_size < 5_000_000
    header = _header()
    assert header["classes"] == list(TRAP_KEYS)
    assert header["minilm"]["upstream"] == "sentence-transformers/all-MiniLM-L6-v2"
    assert header["minilm"]["upstream_licence"] == "Apache-2.0"
    assert 0.0 < header["lower"] <= header["upper"] <= 1.0


def test_importing_reframe_does_not_read_the_model() -> None:
    code = (
        "import bounceback_tui.reframe as r\n"
        "from bounceback_tui.reframe import suggest\n"
        "print(suggest._model.cache_info().currsize)\n"
        "r.suggest_traps('I always fail')\n"
        "print(suggest._model.cache_info().currsize)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["0", "1"]


def test_cut_offs_decide_between_quiet_a_guess_and_several() -> None:
    model = load()
    seen = {"quiet": 0, "guess": 0, "sure": 0}
    for text in _texts():
        lexicon = {key: total for key, (total, _) in lexicon_totals(text).items()}
        confidence = model.score(text, lexicon).confidence
        found = suggest_traps(text)
        if confidence < model.lower:
            assert found == [], text
            seen["quiet"] += 1
        elif confidence < model.upper:
            assert len(found) <= 1 and all(s.guess for s in found), text
            seen["guess"] += 1
        else:
            assert len(found) <= 3 and not any(s.guess for s in found), text
            seen["sure"] += 1
    assert min(seen.values()) > 0, seen


def test_every_suggestion_quotes_the_words_that_carried_it() -> None:
    for text in _texts():
        for suggestion in suggest_traps(text):
            assert suggestion.cues, (text, suggestion)
            for cue in suggestion.cues:
                for part in cue.rstrip("…").split(" … "):
                    assert part.strip() in text


def test_the_lexicons_cues_come_first() -> None:
    text = "I shoulda prepared more, they must think I'm a fraud"
    found = {s.key: s for s in suggest_traps(text)}
    lexicon = {s.key: s for s in lexicon_suggestions(text)}
    for key in found.keys() & lexicon.keys():
        assert found[key].cues[: len(lexicon[key].cues)] == lexicon[key].cues


def test_without_a_readable_model_the_lexicon_still_answers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*_: object) -> None:
        raise OSError("gone")

    monkeypatch.setattr("bounceback_tui.reframe.model.load", broken)
    suggest._model.cache_clear()
    try:
        text = "Another no. I always get rejected; nobody ever hires me."
        assert suggest_traps(text) == lexicon_suggestions(text)
        assert suggest_traps(text)[0].key == "overgeneralization"
    finally:
        suggest._model.cache_clear()
