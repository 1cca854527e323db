// The narrow C interface to poppler-glib. This header includes no glib or poppler header,
// so Swift code that imports it never sees their declarations.
#ifndef CPDFINTERFACE_H
#define CPDFINTERFACE_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Outcomes reported by `jf_pdf_text`.
enum {
    /// The text was extracted (it may be empty when the pages hold only images).
    JF_PDF_OK = 0,
    /// The PDF needs a password.
    JF_PDF_ENCRYPTED = 1,
    /// poppler could not read the bytes as a PDF.
    JF_PDF_DAMAGED = 2,
    /// The PDF has more pages than allowed; nothing was extracted.
    JF_PDF_TOO_MANY_PAGES = 3,
    /// The input is too large or memory ran out.
    JF_PDF_FAILED = 4,
};

/// The text of every page of a PDF held in memory, in reading order, pages separated by a form feed ('\f').
///
/// Opens the bytes without a password and without touching any file. Returns a malloc'd UTF-8 string
/// (free it with `jf_pdf_free`) when `*status` is `JF_PDF_OK`, and NULL otherwise.
/// `*page_count` receives the number of pages when the document could be opened.
char *jf_pdf_text(const unsigned char *bytes, size_t length, int max_pages, int *status, int *page_count);

/// Frees a string returned by `jf_pdf_text`.
void jf_pdf_free(char *text);

#ifdef __cplusplus
}
#endif

#endif
