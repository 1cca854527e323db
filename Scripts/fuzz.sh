#!/usr/bin/env bash
# Runs libFuzzer targets with AddressSanitizer, seeded from the test fixtures.
#   Scripts/fuzz.sh TARGET [SECONDS]     one target (default 60 s)
#   Scripts/fuzz.sh all [SECONDS]        every target in turn, SECONDS each
#   Scripts/fuzz.sh build                build every target, run none
# Targets: FuzzHTML FuzzText FuzzResumeJSON FuzzDOCX FuzzPDF FuzzTaxonomy FuzzMatcher.
# Seeds are generated into Fuzz/corpus/TARGET/ (not committed); what the fuzzer learns stays
# there for the next run. Crashes, leaks and timeouts are written to Fuzz/crashes/TARGET/: fix
# each one and add it to the regression tests (Tests/JobFitCoreTests/Support/FuzzRegressionTests.swift).
# On a shared machine: nice -n 19 Scripts/fuzz.sh all 600 > fuzz.log 2>&1 &
set -euo pipefail
cd "$(dirname "$0")/.."
targets=(FuzzHTML FuzzText FuzzResumeJSON FuzzDOCX FuzzPDF FuzzTaxonomy FuzzMatcher)
target=${1:?usage: Scripts/fuzz.sh TARGET|all|build [SECONDS]}
seconds=${2:-60}
fixtures=Tests/JobFitCoreTests/Fixtures

# swiftc links with gold by default, and gold 2.40 stops with "internal error in
# format_file_lineno (dwarf_reader.cc)" on these objects; lld, which ships with the toolchain,
# links them. -gnone keeps the objects small (symbol names still appear in stack traces).
build_flags=(-c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -gnone -Xswiftc -use-ld=lld)

build() {
  (cd Fuzz && swift build "${build_flags[@]}" "$@" >&2)
}

# Copies files under the given paths that match the name patterns (and are under 200 KB, so
# mutations stay fast) into a corpus folder.
seed() {
  local corpus=$1 pattern=$2
  shift 2
  find "$@" -type f -regex "$pattern" -size -200k -exec cp -n {} "$corpus/" \; 2>/dev/null || true
}

# Seeds one target's corpus from the fixtures, plus a few inputs made here that the fixtures lack.
make_corpus() {
  local name=$1 corpus=Fuzz/corpus/$1
  mkdir -p "$corpus"
  case "$name" in
    FuzzHTML)
      seed "$corpus" '.*\.html?' "$fixtures/jobs" Resources/examples
      printf '<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Cook","description":"<ul><li>Python</li></ul>","hiringOrganization":{"name":"X"}}</script>' \
        >"$corpus/generated-jsonld.html" ;;
    FuzzText)
      seed "$corpus" '.*\.\(txt\|md\)' "$fixtures/jobs" ;;
    FuzzResumeJSON)
      seed "$corpus" '.*\.json' "$fixtures/resumes" Resources/examples
      printf 'basics:\n  name: Ana\n  email: ana@example.com\nwork:\n  - name: &co Acme\n    position: Cook\n    startDate: 2020-01\n    highlights: [Python, "SQL"]\n  - name: *co\nskills:\n  - name: Go\n    keywords: [Docker]\n' \
        >"$corpus/generated.yaml" ;;
    FuzzDOCX)
      seed "$corpus" '.*\.docx' "$fixtures/resumes"
      # The XML parts alone: FuzzDOCX stores any input that does not start with PK in a fresh
      # archive, so mutations reach the XML readers (see Fuzz/Sources/FuzzDOCX/main.swift).
      python3 - "$fixtures/resumes/documents/alex-morgan.docx" "$corpus" <<'PY'
import os, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as docx:
    document, styles = docx.read("word/document.xml"), docx.read("word/styles.xml")
open(os.path.join(sys.argv[2], "generated-document.xml"), "wb").write(document)
open(os.path.join(sys.argv[2], "generated-with-styles.xml"), "wb").write(document + b"<!--styles-->\n" + styles)
PY
      ;;
    FuzzPDF)
      seed "$corpus" '.*\.pdf' "$fixtures/resumes"
      # Uncompressed streams, so that mutations reach the text operators.
      if command -v qpdf >/dev/null; then
        qpdf --qdf --object-streams=disable "$fixtures/resumes/documents/alex-morgan.pdf" \
          "$corpus/generated-qdf.pdf" || true
      fi ;;
    FuzzTaxonomy)
      # Small slices of the shipped files (a whole file takes too long to compile per input).
      python3 - "$corpus" Resources/taxonomy/{devops,languages,soft-skills,domain-healthcare-lab}.json <<'PY'
import json, os, sys
for path in sys.argv[2:]:
    skills = json.load(open(path))["skills"]
    for start in range(0, min(len(skills), 60), 4):
        name = os.path.join(sys.argv[1], "generated-%s-%d.json" % (os.path.basename(path)[:-5], start))
        json.dump({"skills": skills[start:start + 4]}, open(name, "w"), ensure_ascii=False)
PY
      printf '{"skills":[{"id":"a","name":"Alpha","kind":"hard","category":"tool","aliases":[{"text":"AL","caseSensitive":true},{"text":"alpha","context":"tech"}],"implies":["b"]},{"id":"b","name":"Beta","kind":"soft","category":"tool","implies":["a"],"related":["a"]}]}' \
        >"$corpus/generated-cycle.json" ;;
    FuzzMatcher)
      seed "$corpus" '.*\.\(txt\|md\)' "$fixtures/resumes/plain" "$fixtures/jobs/seeds" "$fixtures/scoring" ;;
    *) echo "fuzz: unknown target $name; one of ${targets[*]}" >&2; exit 64 ;;
  esac
}

run() {
  local name=$1
  make_corpus "$name"
  mkdir -p "Fuzz/crashes/$name"
  local binary dictionary=()
  binary=$(cd Fuzz && swift build "${build_flags[@]}" --show-bin-path)/$name
  [ -f "Fuzz/dictionaries/$name.dict" ] && dictionary=(-dict="Fuzz/dictionaries/$name.dict")
  echo "== $name: $seconds s, $(find "Fuzz/corpus/$name" -type f | wc -l) inputs in the corpus" >&2
  # -rss_limit_mb: each input must stay far below the 300 MB the hostile-input tests allow (plus
  # ASan's own memory); -timeout is wall-clock time, so it is set well above the 2 s of CPU the
  # tests allow: under nice -n 19 on a busy machine an input that needs 0.2 s of CPU took 17 s.
  "$binary" "Fuzz/corpus/$name" "${dictionary[@]}" -max_total_time="$seconds" -rss_limit_mb=1024 \
    -timeout="${FUZZ_TIMEOUT:-60}" -max_len=65536 -artifact_prefix="Fuzz/crashes/$name/" -print_final_stats=1
}

case "$target" in
  build) build ;;
  all)
    build
    # A target stops at its first finding; the others still run, and the status says so.
    failed=()
    for name in "${targets[@]}"; do run "$name" || failed+=("$name"); done
    if [ ${#failed[@]} -gt 0 ]; then
      echo "fuzz: findings in ${failed[*]}; see Fuzz/crashes/" >&2
      exit 1
    fi ;;
  *)
    make_corpus "$target"
    build --product "$target"
    run "$target" ;;
esac
