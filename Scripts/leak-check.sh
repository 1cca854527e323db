#!/usr/bin/env bash
# Parses every job fixture under LeakSanitizer (an -sanitize=address build) and the bundled
# example under valgrind, and fails on any leak or memory error. Slow: not part of Scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/bootstrap.sh
swift build --product jobfit -Xswiftc -sanitize=address --scratch-path .build-asan >&2
failures=0
while IFS= read -r -d '' file; do
  if ! ASAN_OPTIONS=detect_leaks=1 .build-asan/debug/jobfit parse "$file" >/dev/null 2>/tmp/jobfit-asan.txt; then
    if grep -q "ERROR: \(LeakSanitizer\|AddressSanitizer\)" /tmp/jobfit-asan.txt; then
      echo "leak or memory error: $file" >&2
      failures=$((failures + 1))
    fi
  fi
done < <(find Resources/examples Tests/JobFitCoreTests/Fixtures/jobs -type f \( -name '*.html' -o -name '*.txt' -o -name '*.md' \) -print0)

if command -v valgrind >/dev/null 2>&1; then
  swift build -c release --product jobfit >&2
  # valgrind cannot read Swift's DWARF 5; a copy without debug info keeps the symbols it needs.
  stripped=$(mktemp)
  objcopy --strip-debug "$(swift build -c release --show-bin-path)/jobfit" "$stripped"
  valgrind --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=9 \
    "$stripped" parse Resources/examples/backend-engineer.html >/dev/null || failures=$((failures + 1))
  rm -f "$stripped"
fi
[ "$failures" -eq 0 ] && echo "no leaks, no memory errors"
exit "$failures"
