#!/usr/bin/env python3
"""Writes the most frequent English words from the `wordfreq` package as `word<TAB>frequency` lines.

    pip install wordfreq==3.1.1
    python3 data/gen/wordfreq_words.py > /tmp/words.tsv
    cargo run --release --bin article-analyzer -- rarity /tmp/words.tsv   # -> data/word_rarity.bin

wordfreq (Robyn Speer, https://github.com/rspeer/wordfreq) is MIT-licensed code; its word lists are
CC BY-SA 4.0 (built from Wikipedia, subtitles, news, books, web text, Twitter and Reddit). See
data/word_rarity.md.
"""
import sys

from wordfreq import top_n_list, word_frequency

N = int(sys.argv[1]) if len(sys.argv) > 1 else 40000
for w in top_n_list("en", N):
    if any(c.isalpha() for c in w):
        print(f"{w}\t{word_frequency(w, 'en'):.6g}")
