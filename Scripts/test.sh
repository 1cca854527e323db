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

echo "== swift test" >&2
swift test
