#!/usr/bin/env bash
# Sets up what is missing, builds jobfit, and runs it on the bundled example posting.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/bootstrap.sh
swift build --product jobfit >&2
bin=$(swift build --show-bin-path)/jobfit
"$bin" parse Resources/examples/backend-engineer.html
echo
"$bin" extract Resources/examples/backend-engineer.html
