#!/usr/bin/env bash
# Runs one libFuzzer target for SECONDS with AddressSanitizer, seeded from the test fixtures.
#   Scripts/fuzz.sh FuzzPosting 600      (targets: FuzzPosting, FuzzResume, FuzzTaxonomy)
# Crashes are written to Fuzz/crashes/TARGET/; add each to the regression tests once fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: Scripts/fuzz.sh TARGET SECONDS}
seconds=${2:-60}
fixtures=Tests/JobFitCoreTests/Fixtures
corpus=Fuzz/corpus/$target
mkdir -p "$corpus" "Fuzz/crashes/$target"
case "$target" in
  FuzzPosting) seeds=("$fixtures/jobs" Resources/examples/backend-engineer.html) ;;
  FuzzResume) seeds=("$fixtures/resumes") ;;
  FuzzTaxonomy) seeds=(Resources/taxonomy/devops.json Resources/taxonomy/soft-skills.json) ;;
  *) echo "fuzz: unknown target $target" >&2; exit 64 ;;
esac
# libFuzzer reads seeds one file each; keep them small so mutations stay fast.
find "${seeds[@]}" -type f -size -200k -exec cp -n {} "$corpus/" \; 2>/dev/null || true
(cd Fuzz && swift build -c release --product "$target" \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -gnone -Xswiftc -use-ld=lld >&2)
binary=$(cd Fuzz && swift build -c release --show-bin-path)/$target
"$binary" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=262144 \
  -artifact_prefix="Fuzz/crashes/$target/" -print_final_stats=1 "$corpus"
