"""A CNN + bidirectional LSTM encoder for the German NER tok2vec (experiment for issue #9).

The shipped encoder (spaCy's MaxoutWindowEncoder, depth 4, window 1) lets each token see
about four neighbours on either side. A BiLSTM on top of it carries context across the
whole sentence, as in the BiLSTM-CRF systems that lead GermEval 2014. thinc's own LSTM
runs on numpy/Cython, so this needs no PyTorch. Importing this module registers the
architecture `limelight.CNNBiLSTMEncoder.v1` with spaCy (and the lexicon embedding).

Not shipped: on GermEval dev-a it scored 0.680 (CNN depth 2) and 0.693 (depth 4)
against 0.695 for the shipped CNN alone (model card). To rerun:
    python -m spacy train training/ner_de/ner_bilstm.cfg --code training/ner_de/bilstm.py ...
"""

from __future__ import annotations

from spacy.ml.models.tok2vec import MaxoutWindowEncoder
from spacy.util import registry
from thinc.api import LSTM, Model, chain, residual, with_padded
from thinc.types import Floats2d

import tui.analysis.models.lexicon_features  # noqa: F401  (registers the embedding)


@registry.architectures("limelight.CNNBiLSTMEncoder.v1")
def cnn_bilstm_encoder(
    width: int,
    cnn_depth: int,
    window_size: int,
    maxout_pieces: int,
    lstm_depth: int,
    lstm_dropout: float,
    use_residual: bool = True,
) -> Model[list[Floats2d], list[Floats2d]]:
    """Maxout CNN (local n-gram features) followed by a BiLSTM over each doc.

    width: input and output width; each LSTM direction gets width // 2 and the two
        are concatenated back to `width`, so the LSTM can be residual.
    cnn_depth: CNN layers before the LSTM (0 = LSTM directly on the embeddings).
    lstm_depth: stacked BiLSTM layers.
    lstm_dropout: thinc's LSTM drops weights, not activations (spaCy's training
        dropout overrides it during `nlp.update`).
    use_residual: add the CNN output to the LSTM output.
    """
    if width % 2:
        raise ValueError(f"width must be even for a BiLSTM, got {width}")
    lstm: Model = with_padded(
        LSTM(nO=width, nI=width, bi=True, depth=lstm_depth, dropout=lstm_dropout)
    )
    if use_residual:
        lstm = residual(lstm)
    if cnn_depth > 0:
        model: Model = chain(
            MaxoutWindowEncoder(width, window_size, maxout_pieces, cnn_depth), lstm
        )
    else:
        model = lstm
    model.set_dim("nO", width)
    return model
