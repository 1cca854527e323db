#!/usr/bin/env bash
# Regenerates the DOCX and PDF fixtures from alex-morgan.md with independent tools.
# Fixture generation only (not needed to build or test):
#   apt-get install -y --no-install-recommends pandoc libreoffice-writer qpdf
# Versions used for the committed files are in README.md.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The resume: Markdown → DOCX (pandoc) → PDF (LibreOffice, from the DOCX).
pandoc alex-morgan.md -o alex-morgan.docx
libreoffice --headless --convert-to pdf --outdir . alex-morgan.docx >/dev/null

# An encrypted copy that needs a password to open (AES-256; user password "reader").
qpdf --encrypt reader owner 256 -- alex-morgan.pdf alex-morgan-encrypted.pdf

# A "scanned" resume: one page holding only a picture (a PNG drawn with Python's standard library),
# through the same pandoc → LibreOffice path, so the PDF has an image and no text.
python3 - "$work/scan.png" <<'PY'
import struct, sys, zlib
width, height = 850, 1100
rows = []
for y in range(height):
    # Grey bars where lines of text would be, on white paper.
    ink = (y % 40) < 12 and 80 < y < 1000
    row = bytearray([0])
    for x in range(width):
        row.append(90 if ink and 80 < x < 80 + (y * 37 % 600) + 100 else 250)
    rows.append(bytes(row))
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
png += chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b"")
open(sys.argv[1], "wb").write(png)
PY
printf '![](scan.png){width=6in}\n' >"$work/scanned.md"
(cd "$work" && pandoc scanned.md -o scanned-resume.docx && libreoffice --headless --convert-to pdf scanned-resume.docx >/dev/null)
cp "$work/scanned-resume.pdf" scanned-resume.pdf
