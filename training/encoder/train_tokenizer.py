"""Train the German subword vocabulary (WordPiece, cased) on the raw text.

Cased and accent-keeping on purpose: capitals are the strongest cue for German names.
Words are split on whitespace and punctuation (BertPreTokenizer), the same way the
runtime splits spaCy's words, so pretraining and tagging see the same pieces.

    python training/encoder/train_tokenizer.py OUT/tokenizer.json RAW.txt.gz ... --vocab 32000
"""

from __future__ import annotations

import argparse
from pathlib import Path

from common import SPECIALS, raw_lines
from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, trainers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("output", type=Path, help="tokenizer.json to write")
    parser.add_argument("raw", type=Path, nargs="+", help="raw text files (.txt or .txt.gz)")
    parser.add_argument("--vocab", type=int, default=32000)
    parser.add_argument("--min-frequency", type=int, default=3)
    parser.add_argument("--max-words", type=int, default=0, help="read at most N words")
    args = parser.parse_args()

    tok = Tokenizer(models.WordPiece(unk_token="[UNK]", max_input_chars_per_word=50))
    tok.normalizer = normalizers.NFC()
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tok.decoder = decoders.WordPiece()
    trainer = trainers.WordPieceTrainer(
        vocab_size=args.vocab,
        min_frequency=args.min_frequency,
        special_tokens=SPECIALS,
        limit_alphabet=300,
    )
    tok.train_from_iterator(raw_lines(args.raw, args.max_words), trainer=trainer)
    for i, special in enumerate(SPECIALS):
        assert tok.token_to_id(special) == i, special
    args.output.parent.mkdir(parents=True, exist_ok=True)
    tok.save(str(args.output))
    sample = "Die Bundesregierung in Berlin beriet mit Olaf Scholz über die Energiewende."
    print(f"{args.output}: {tok.get_vocab_size()} pieces; {tok.encode(sample).tokens}")


if __name__ == "__main__":
    main()
