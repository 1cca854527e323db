#!/usr/bin/env python3
"""Count whole-word Aho-Corasick hits in a large file: ahocorasick_scan.py TERMS CORPUS [CHUNK_MB].

Builds a pyahocorasick Automaton of the lowercased phrases in TERMS (one per line), reads the
corpus in chunks of whole lines (default 4 MB), lowercases each chunk, walks it with iter() and
keeps only hits with a word boundary on both sides (the neighbouring character is not
alphanumeric, or is the edge of the chunk). Overlapping hits all count ("machine learning" and
"learning"). Prints "MB/s hits", timed around lowercasing, iter() and the boundary checks only.
"""
import sys
import time

import ahocorasick

from line_chunks import chunk_size, chunks


def main():
    terms_path, corpus_path = sys.argv[1], sys.argv[2]
    chunk = chunk_size(sys.argv, 3)
    automaton = ahocorasick.Automaton()
    with open(terms_path, encoding="utf-8") as f:
        for line in f:
            term = line.strip().lower()
            if term:
                automaton.add_word(term, len(term))
    automaton.make_automaton()
    total, hits, seconds = 0, 0, 0.0
    for data in chunks(corpus_path, chunk):
        text = data.decode("utf-8", errors="replace")
        start = time.perf_counter()
        lowered = text.lower()
        last = len(lowered) - 1
        for end, length in automaton.iter(lowered):
            begin = end - length + 1
            if (begin == 0 or not lowered[begin - 1].isalnum()) and (end == last or not lowered[end + 1].isalnum()):
                hits += 1
        seconds += time.perf_counter() - start
        total += len(data)
    print(f"{total / 1e6 / seconds:.2f} {hits}")


if __name__ == "__main__":
    main()
