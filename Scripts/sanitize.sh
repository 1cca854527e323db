#!/usr/bin/env bash
# Runs the whole test suite under a sanitizer, in its own build folder (.build-address or
# .build-thread), so the normal build is left alone.
#   Scripts/sanitize.sh address     AddressSanitizer (with LeakSanitizer)
#   Scripts/sanitize.sh thread      ThreadSanitizer
# Extra arguments go to swift test (for example --filter BatchTests). Slow: a sanitizer build
# takes minutes and the tests run several times slower, so this is not part of Scripts/test.sh;
# on a shared machine run it as: nice -n 19 Scripts/sanitize.sh address > asan.log 2>&1 &
set -euo pipefail
cd "$(dirname "$0")/.."
sanitizer=${1:?usage: Scripts/sanitize.sh address|thread [swift test arguments]}
shift
case "$sanitizer" in
  address)
    # The CLI tests run the jobfit binary, built with the same sanitizer: any report fails them.
    export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:exitcode=86}
    export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/Scripts/lsan-suppressions.txt:print_suppressions=0} ;;
  thread)
    # exitcode: not 66, which jobfit itself uses (input missing), so a report cannot pass for it.
    export TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=1:second_deadlock_stack=1:exitcode=86} ;;
  *) echo "sanitize: unknown sanitizer $sanitizer; use address or thread" >&2; exit 64 ;;
esac
# Swift's crash backtracer reads its own stack in ways AddressSanitizer reports; the sanitizer's
# own report is the one wanted.
export SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=no}
# Sanitized code is slower and larger: the hostile-input bounds (2 s, 300 MB) are widened.
export JOBFIT_BOUNDS_SCALE=${JOBFIT_BOUNDS_SCALE:-4}
bash Scripts/bootstrap.sh
swift test --sanitize="$sanitizer" --scratch-path ".build-$sanitizer" "$@"
