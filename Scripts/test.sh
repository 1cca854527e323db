#!/usr/bin/env bash
# Sets up what is missing, checks formatting and generated files, and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/bootstrap.sh

echo "== format lint" >&2
swift format lint --strict --recursive Sources Tests Package.swift

echo "== libxml2 stays behind its C interface" >&2
offenders=$(grep -rl "CHTMLInterface\|<libxml/" Sources --include=*.swift --include=*.c --include=*.h |
  grep -v -e '^Sources/CHTMLInterface/' -e '^Sources/JobFitCore/Ingestion/HTMLDocument.swift$' \
    -e '^Sources/JobFitCore/Resume/Documents/XMLEvents.swift$' || true)
if [ -n "$offenders" ]; then
  echo "only CHTMLInterface, Ingestion/HTMLDocument.swift and Resume/Documents/XMLEvents.swift may use libxml2:" >&2
  echo "$offenders" >&2
  exit 1
fi

echo "== poppler and glib stay behind their C interface" >&2
offenders=$(grep -rl "CPDFInterface\|<poppler\|<glib" Sources --include=*.swift --include=*.c --include=*.h |
  grep -v -e '^Sources/CPDFInterface/' -e '^Sources/JobFitCore/Resume/Documents/PDFText.swift$' \
    -e '^Sources/CRenderInterface/CRenderInterface.c$' || true)
if [ -n "$offenders" ]; then
  echo "only CPDFInterface and Resume/Documents/PDFText.swift may use poppler or glib:" >&2
  echo "$offenders" >&2
  exit 1
fi

echo "== Pango, Cairo and glib stay behind their C interface" >&2
offenders=$(grep -rl "CRenderInterface\|<pango\|<cairo\|<glib" Sources --include=*.swift --include=*.c --include=*.h |
  grep -v -e '^Sources/CRenderInterface/' -e '^Sources/CPDFInterface/CPDFInterface.c$' \
    -e '^Sources/JobFitCore/Rendering/PDFCanvas.swift$' || true)
if [ -n "$offenders" ]; then
  echo "only CRenderInterface and Rendering/PDFCanvas.swift may use Pango or Cairo (and CPDFInterface glib):" >&2
  echo "$offenders" >&2
  exit 1
fi

echo "== only the atomic output writers open files for writing" >&2
# Inputs are opened read-only; every output goes to a temporary file renamed over the target.
offenders=$(grep -rlE "forWriting|forUpdating|\.write\(to|O_WRONLY|O_RDWR|fopen|createFile" Sources \
  --include=*.swift --include=*.c --include=*.h |
  grep -v -e '^Sources/JobFitCore/Support/OutputFile.swift$' -e '^Sources/JobFitCore/Support/StreamingOutputFile.swift$' \
    -e '^Sources/JobFitTestSupport/' || true)
if [ -n "$offenders" ]; then
  echo "only Support/OutputFile.swift and Support/StreamingOutputFile.swift may open files for writing:" >&2
  echo "$offenders" >&2
  exit 1
fi

echo "== no shell, no processes, no network in the tool" >&2
offenders=$(grep -rlE "Process\(\)|posix_spawn|[^_a-zA-Z]system\(|popen\(|execv|URLSession|FoundationNetworking|socket\(" Sources \
  --include=*.swift --include=*.c --include=*.h | grep -v -e '^Sources/JobFitTestSupport/' || true)
if [ -n "$offenders" ]; then
  echo "JobFit never starts processes or opens connections (docs/security.md):" >&2
  echo "$offenders" >&2
  exit 1
fi

echo "== swift test" >&2
swift test
