"""The encoder NER component (issue 15) with the tiny model exported by the recipe.

`tests/data/encoder_tiny/` is what `training/encoder/cpu_tiny.sh` exports (a 2-layer,
96-wide BERT with a 6k vocabulary, int8): poor at names, but it runs the real path:
tokenizer, ONNX model, first-subword labels, BIO decoding, `doc.ents`, the swap.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.analysis.encoder import encoder_path, missing_runtime, use_encoder
from tui.analysis.encoder.component import FACTORY, EncoderNer
from tui.analysis.encoder.runtime import EncoderConfig, decode_bio, encode_words

TINY = Path(__file__).parent / "data" / "encoder_tiny"
LABELS = {"PER", "LOC", "ORG", "MISC"}
SENTENCES = [
    [
        "Angela",
        "Merkel",
        "traf",
        "am",
        "Montag",
        "in",
        "Berlin",
        "Vertreter",
        "der",
        "Siemens",
        "AG",
        ".",
    ],
    ["Der", "Bundestag", "beschloss", "das", "Gesetz", "."],
    ["Ja", "!"],
]

needs_runtime = pytest.mark.skipif(
    bool(missing_runtime()), reason=f"{', '.join(missing_runtime())} not installed"
)


def test_decode_bio_reads_spans_and_stray_inside_tags() -> None:
    tags = ["B-PER", "I-PER", "O", "I-LOC", "B-ORG", "I-PER", "B-MISC"]
    assert decode_bio(tags) == [
        (0, 2, "PER"),
        (3, 4, "LOC"),
        (4, 5, "ORG"),
        (5, 6, "PER"),
        (6, 7, "MISC"),
    ]


def test_tiny_model_is_small_and_complete() -> None:
    config = EncoderConfig.read(TINY)
    assert config.labels[0] == "O" and {label[2:] for label in config.labels[1:]} == LABELS
    assert sum(p.stat().st_size for p in TINY.iterdir()) <= 2 * 2**20
    assert (TINY / config.model_file).is_file()


@needs_runtime
def test_long_sentences_are_cut_at_word_boundaries() -> None:
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(TINY / "tokenizer.json"))
    words = ["Bundesverfassungsgericht", "und", "Landtag"] * 40
    chunks = encode_words(tok, [words], max_len=32, cls_id=2, sep_id=3)
    assert len(chunks) > 1
    assert all(len(c.ids) <= 32 and c.ids[0] == 2 and c.ids[-1] == 3 for c in chunks)
    covered = [c.word_start + k for c in chunks for k in range(len(c.first))]
    assert covered == list(range(len(words)))  # every word once, in order


@needs_runtime
def test_tagger_gives_one_tag_per_word() -> None:
    from tui.analysis.encoder.runtime import EncoderTagger

    tagger = EncoderTagger(TINY)
    together = tagger.tag(SENTENCES)
    assert [len(t) for t in together] == [len(s) for s in SENTENCES]
    allowed = set(EncoderConfig.read(TINY).labels)
    assert all(tag in allowed for tags in together for tag in tags)


@needs_runtime
def test_padding_is_masked_in_the_exported_model() -> None:
    """A sentence's logits barely move when a longer one pads it (int8 dynamic
    quantisation scales activations per batch: 0.02 here); an export that ignored the
    attention mask moves them by about 3."""
    import numpy as np

    from tui.analysis.encoder.runtime import EncoderTagger, pad_batch

    tagger = EncoderTagger(TINY)
    chunks = encode_words(tagger.tokenizer, [SENTENCES[1], SENTENCES[0]], 128, 2, 3)

    def logits(batch: list) -> np.ndarray:
        ids, mask = pad_batch(batch, 0)
        return tagger.session.run(["logits"], {"input_ids": ids, "attention_mask": mask})[0]

    alone = logits(chunks[:1])[0]
    padded = logits(chunks)[0][: len(alone)]
    assert np.abs(alone - padded).max() < 0.3


@needs_runtime
def test_component_sets_entities_around_whitespace() -> None:
    import spacy

    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe(FACTORY, config={"path": str(TINY)})
    doc = nlp(
        "Angela Merkel traf am Montag in Berlin Vertreter der Siemens AG.\n\nDer Bundestag tagte."
    )
    assert all(ent.label_ in LABELS for ent in doc.ents)
    assert not any(t.is_space for ent in doc.ents for t in ent)
    docs = list(nlp.pipe(["Olaf Scholz sprach.", "   ", ""]))
    assert docs[1].ents == () and docs[2].ents == ()


@needs_runtime
def test_use_encoder_swaps_ner_only_when_files_are_present(monkeypatch: pytest.MonkeyPatch) -> None:
    import spacy

    def pipeline() -> spacy.language.Language:
        nlp = spacy.blank("de")
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("ner")
        return nlp

    monkeypatch.setenv("LIMELIGHT_ENCODER_DE", str(TINY))
    assert encoder_path("de") == TINY
    nlp = pipeline()
    assert use_encoder(nlp, "de") == f"encoder: {TINY}"
    assert nlp.pipe_names == ["sentencizer", "ner"]  # the name stays: code that names it works
    assert isinstance(nlp.get_pipe("ner"), EncoderNer)
    assert nlp.meta["limelight_encoder"].startswith("encoder:")

    monkeypatch.setattr("tui.analysis.encoder.missing_runtime", lambda: ["onnxruntime"])
    nlp = pipeline()
    assert "onnxruntime not installed" in use_encoder(nlp, "de")
    assert not isinstance(nlp.get_pipe("ner"), EncoderNer)

    monkeypatch.setenv("LIMELIGHT_ENCODER_DE", str(TINY.parent))  # a folder without a model
    nlp = pipeline()
    assert use_encoder(nlp, "de") == f"skipped: no encoder.json in {TINY.parent}"

    monkeypatch.setenv("LIMELIGHT_ENCODER_DE", "")  # off
    nlp = pipeline()
    assert use_encoder(nlp, "de") == "skipped: no encoder model files"
    assert not isinstance(nlp.get_pipe("ner"), EncoderNer)


@needs_runtime
@pytest.mark.slow
def test_german_pipeline_runs_with_the_encoder(monkeypatch: pytest.MonkeyPatch) -> None:
    from tui.analysis import pipeline

    monkeypatch.setenv("LIMELIGHT_ENCODER_DE", str(TINY))
    monkeypatch.setattr(pipeline, "_cache", {})
    nlp = pipeline.load_pipeline("de")
    assert isinstance(nlp.get_pipe("ner"), EncoderNer)
    assert "tok2vec" not in nlp.pipe_names  # it fed only the replaced ner
    assert nlp.meta["limelight_encoder"] == f"encoder: {TINY}"
    doc = nlp("Am 3. März 2024 sprach Olaf Scholz in Berlin über die Energiewende.")
    assert [t.text for t in doc][:3] == ["Am", "3.", "März"]
