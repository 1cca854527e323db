#!/usr/bin/env python3
"""Count flashtext keyword hits in a large file: flashtext_scan.py TERMS CORPUS [CHUNK_MB].

TERMS has one phrase per line. The corpus is read in chunks of whole lines (default 4 MB, as
`jobfit bench scan` does); extract_keywords runs on each chunk with a case-insensitive
KeywordProcessor. Prints "MB/s hits", timed around extract_keywords only (not loading terms,
reading or decoding the file).
"""
import sys
import time

from flashtext import KeywordProcessor
from line_chunks import chunk_size, chunks


def main():
    terms_path, corpus_path = sys.argv[1], sys.argv[2]
    chunk = chunk_size(sys.argv, 3)
    processor = KeywordProcessor(case_sensitive=False)
    with open(terms_path, encoding="utf-8") as f:
        processor.add_keywords_from_list([t for t in (line.strip() for line in f) if t])
    total, hits, seconds = 0, 0, 0.0
    for data in chunks(corpus_path, chunk):
        text = data.decode("utf-8", errors="replace")
        start = time.perf_counter()
        hits += len(processor.extract_keywords(text))
        seconds += time.perf_counter() - start
        total += len(data)
    print(f"{total / 1e6 / seconds:.2f} {hits}")


if __name__ == "__main__":
    main()
