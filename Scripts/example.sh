#!/usr/bin/env bash
# Sets up what is missing, builds jobfit, and runs the whole job on the bundled example: the match
# report on the terminal, then a tailored PDF and DOCX, the change report and the HTML gap report
# in out/ (or the folder given as the first argument).
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/bootstrap.sh
swift build --product jobfit >&2
bin=$(swift build --show-bin-path)/jobfit
out=${1:-out}
mkdir -p "$out"
resume=Resources/examples/master-resume.json
job=Resources/examples/backend-engineer.html

"$bin" match "$resume" "$job"
"$bin" match "$resume" "$job" --format html -o "$out/gap-report.html" --force
"$bin" tailor "$resume" "$job" -o "$out/tailored-resume.pdf" --report "$out/changes.md" --max-pages 2 --force
"$bin" tailor "$resume" "$job" -o "$out/tailored-resume.docx" --max-pages 2 --force
echo "wrote $out/tailored-resume.pdf, $out/tailored-resume.docx, $out/changes.md and $out/gap-report.html" >&2
