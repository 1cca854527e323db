#!/usr/bin/env python3
"""Build a large taxonomy file (default 100,000 distinct phrases) from real skill vocabularies.

Usage: make_big_list.py SHARED_TAXONOMY_DIR OUT.json [--phrases N]

SHARED_TAXONOMY_DIR is ../shared/data/taxonomy (esco/, onet-29.2/, stackoverflow/). The phrases
are taken, in this order, until N distinct ones (compared lowercased, spaces collapsed) are found:

  1. ESCO skills.csv preferred labels (the description column starts with the preferred label,
     followed by the alternative labels and the description; see esco_labels below),
  2. O*NET Technology Skills.txt names (column "Example"),
  3. Stack Overflow Tags.csv tag names (hyphens read as spaces: "ruby-on-rails" -> "ruby on rails"),
  4. O*NET Tools Used.txt names,
  5. Stack Overflow TagSynonyms.csv source names (as aliases of their target tag),
  6. ESCO alternative labels (as aliases of their skill), until the count is reached.

The output is JobFit's taxonomy JSON (docs/taxonomy.md): one skill per ESCO skill / O*NET name /
tag, kind "hard", category "tool", ids "big-..." (unique, lowercase, [a-z0-9][a-z0-9.+#-]*, never
one of the built-in ids, so the file only adds skills). Only the standard library is used.
"""
import csv
import json
import re
import sys
from collections import Counter

csv.field_size_limit(1 << 24)

ID_BAD = re.compile(r"[^a-z0-9.+#-]+")
CAPITALISED = re.compile(r"^[A-Z][a-z]+[,.;:]?$")


def norm(phrase):
    return " ".join(phrase.lower().split())


def slug(text):
    s = ID_BAD.sub("-", text.lower()).strip("-.+#")
    s = re.sub(r"-{2,}", "-", s)[:60].strip("-.+#")
    return s or "x"


def english_words():
    """Lowercase entries of the system word list (wamerican), to tell description from labels."""
    words = set()
    for path in ("/usr/share/dict/american-english", "/usr/share/dict/words"):
        try:
            with open(path, encoding="utf-8", errors="replace") as f:
                words.update(w.strip() for w in f if w[:1].islower())
            break
        except OSError:
            continue
    return words


def esco_labels(path):
    """[(preferred, [alternatives])] from ESCO skills.csv.

    The description column is "<preferred> <alt 1> <alt 2> ... <Description sentence.>" with no
    delimiters. The label block ends at the first capitalised ordinary English word followed by a
    lowercase word (the description's first word: "Assign and manage ..."); proper nouns such as
    "Microsoft Office" do not end it. The label block is cut into labels before every word that
    starts at least 8 preferred labels ("manage", "operate", "tend", ...) or is the block's
    first word. This is a heuristic:
    some labels come out merged or split, which is fine for a benchmark phrase list.
    """
    english = english_words()
    blocks = []
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            words = row["description"].split()
            end = len(words)
            for i in range(1, len(words) - 1):
                w = words[i]
                if (CAPITALISED.match(w) and w.rstrip(",.;:").lower() in english
                        and words[i + 1][:1].islower()):
                    end = i
                    break
            if end > 0:
                blocks.append(words[:end])
    starts = Counter(b[0].lower() for b in blocks)
    starters = {w for w, n in starts.items() if n >= 8}
    result = []
    for block in blocks:
        labels, current = [], [block[0]]
        for w in block[1:]:
            if (w.lower() in starters or w.lower() == block[0].lower()) and len(current) >= 2:
                labels.append(" ".join(current))
                current = [w]
            else:
                current.append(w)
        labels.append(" ".join(current))
        # a label of more than 8 words is the heuristic failing; keep its first 8 words
        labels = [" ".join(l.split()[:8]) for l in labels]
        result.append((labels[0], labels[1:]))
    return result


def column(path, name, delimiter):
    with open(path, newline="", encoding="utf-8", errors="replace") as f:
        for row in csv.DictReader(f, delimiter=delimiter):
            value = (row.get(name) or "").strip()
            if value:
                yield value


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    target = 100_000
    if "--phrases" in argv:
        target = int(argv[argv.index("--phrases") + 1])
        args = [a for a in args if a != str(target)]
    if len(args) != 2:
        sys.exit(__doc__)
    src, out = args

    seen = set()       # normalised phrases
    ids = set()
    skills = []        # dicts in output order
    by_key = {}        # (source, key) -> skill dict, to attach aliases later

    def new_id(source, name):
        base = f"big-{source}-{slug(name)}"
        candidate, n = base, 2
        while candidate in ids:
            candidate, n = f"{base}-{n}", n + 1
        ids.add(candidate)
        return candidate

    def add_skill(source, key, name):
        if len(seen) >= target:
            return False
        n = norm(name)
        if not n or n in seen or not re.search(r"[A-Za-z0-9]", n):
            return False
        seen.add(n)
        skill = {"id": new_id(source, name), "name": name, "kind": "hard", "category": "tool", "aliases": []}
        skills.append(skill)
        by_key[(source, key)] = skill
        return True

    def add_alias(skill, text):
        if len(seen) >= target or skill is None:
            return False
        n = norm(text)
        if not n or n in seen or not re.search(r"[A-Za-z0-9]", n):
            return False
        seen.add(n)
        skill["aliases"].append(text)
        return True

    counts = Counter()
    esco = esco_labels(f"{src}/esco/skills.csv")
    for i, (preferred, _) in enumerate(esco):
        counts["ESCO preferred labels"] += add_skill("esco", i, preferred)
    for name in column(f"{src}/onet-29.2/Technology Skills.txt", "Example", "\t"):
        counts["O*NET technology skills"] += add_skill("onet", name.lower(), name)
    tags = list(column(f"{src}/stackoverflow/Tags.csv", "TagName", ","))
    for tag in tags:
        counts["Stack Overflow tags"] += add_skill("so", tag, tag.replace("-", " "))
    for name in column(f"{src}/onet-29.2/Tools Used.txt", "Example", "\t"):
        counts["O*NET tools"] += add_skill("onet-tool", name.lower(), name)
    with open(f"{src}/stackoverflow/TagSynonyms.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            skill = by_key.get(("so", row["TargetTagName"]))
            counts["Stack Overflow tag synonyms"] += add_alias(skill, row["SourceTagName"].replace("-", " "))
    for i, (_, alternatives) in enumerate(esco):
        for alt in alternatives:
            counts["ESCO alternative labels"] += add_alias(by_key.get(("esco", i)), alt)

    for skill in skills:
        if not skill["aliases"]:
            del skill["aliases"]
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"version": "big", "skills": skills}, f, ensure_ascii=False, indent=0)
        f.write("\n")
    detail = ", ".join(f"{k} {v}" for k, v in counts.items() if v)
    print(f"make_big_list: {len(seen)} distinct phrases in {len(skills)} skills ({detail}) -> {out}",
          file=sys.stderr)
    if len(seen) < target:
        print(f"make_big_list: only {len(seen)} of {target} phrases found", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
