#!/usr/bin/env bash
# Sets up what is missing, checks formatting and generated files, and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/bootstrap.sh

echo "== format lint" >&2
swift format lint --strict --recursive Sources Tests Package.swift

# Fails when a file under Sources other than the allowed ones matches the pattern.
#   only_in "what is checked" "message" PATTERN ALLOWED...   (ALLOWED: grep -E patterns of paths)
only_in() {
  local title=$1 message=$2 pattern=$3
  shift 3
  local allowed=()
  for path in "$@"; do allowed+=(-e "$path"); done
  echo "== $title" >&2
  local offenders
  offenders=$(grep -rlE "$pattern" Sources --include=*.swift --include=*.c --include=*.h |
    grep -vE "${allowed[@]}" || true)
  if [ -n "$offenders" ]; then
    echo "$message:" >&2
    echo "$offenders" >&2
    exit 1
  fi
}

only_in "libxml2 stays behind its C interface" \
  "only CHTMLInterface, Ingestion/HTMLDocument.swift and Resume/Documents/XMLEvents.swift may use libxml2; call them instead" \
  "CHTMLInterface|<libxml/" \
  '^Sources/CHTMLInterface/' '^Sources/JobFitCore/Ingestion/HTMLDocument\.swift$' \
  '^Sources/JobFitCore/Resume/Documents/XMLEvents\.swift$'

only_in "poppler and glib stay behind their C interface" \
  "only CPDFInterface and Resume/Documents/PDFText.swift may use poppler or glib; call them instead" \
  "CPDFInterface|<poppler|<glib" \
  '^Sources/CPDFInterface/' '^Sources/JobFitCore/Resume/Documents/PDFText\.swift$' \
  '^Sources/CRenderInterface/CRenderInterface\.c$'

only_in "Pango, Cairo and glib stay behind their C interface" \
  "only CRenderInterface and Rendering/PDFCanvas.swift may use Pango or Cairo (and CPDFInterface glib); call them instead" \
  "CRenderInterface|<pango|<cairo|<glib" \
  '^Sources/CRenderInterface/' '^Sources/CPDFInterface/CPDFInterface\.c$' \
  '^Sources/JobFitCore/Rendering/PDFCanvas\.swift$'

only_in "the C tokenizer stays behind the extraction's Swift types" \
  "only Extraction/Tokenizer.swift, Token.swift and SkillMatcher.swift may import CTokenizer; use Tokenizer and SkillMatcher instead" \
  "import CTokenizer|CTokenizer\.h" \
  '^Sources/CTokenizer/' '^Sources/JobFitCore/Extraction/(Tokenizer|Token|SkillMatcher)\.swift$'

# Inputs are opened read-only; every output goes to a temporary file renamed over the target.
# The one other file written is batch's spill: private (mkstemp, 0600) and unlinked at once.
only_in "only the atomic output writers and the batch spill open files for writing" \
  "only Support/OutputFile.swift, Support/StreamingOutputFile.swift and Support/SpillFile.swift may open files for writing; write through OutputFile or StreamingOutputFile" \
  "forWriting|forUpdating|\.write\(to|O_WRONLY|O_RDWR|fopen|createFile|mkstemp|mkostemp" \
  '^Sources/JobFitCore/Support/OutputFile\.swift$' '^Sources/JobFitCore/Support/StreamingOutputFile\.swift$' \
  '^Sources/JobFitCore/Support/SpillFile\.swift$' '^Sources/JobFitTestSupport/'

only_in "no shell, no processes, no network in the tool" \
  "JobFit never starts processes or opens connections (docs/security.md)" \
  "Process\(\)|posix_spawn|(^|[^_a-zA-Z])system\(|popen\(|execv|URLSession|FoundationNetworking|socket\(" \
  '^Sources/JobFitTestSupport/'

echo "== swift test" >&2
swift test
