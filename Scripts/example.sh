#!/usr/bin/env bash
# Sets up what is missing, builds jobfit, and matches the bundled example resume against the
# bundled example posting: the report on the terminal, and as an HTML page in report.html.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/bootstrap.sh
swift build --product jobfit >&2
bin=$(swift build --show-bin-path)/jobfit
"$bin" match Resources/examples/master-resume.json Resources/examples/backend-engineer.html
"$bin" match Resources/examples/master-resume.json Resources/examples/backend-engineer.html --format html -o report.html
echo "wrote report.html" >&2
