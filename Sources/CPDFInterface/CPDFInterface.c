// The only code in JobFit that includes poppler and glib headers.
#include "CPDFInterface.h"

#include <stdlib.h>
#include <string.h>
#include <glib.h>
#include <poppler.h>

char *jf_pdf_text(const unsigned char *bytes, size_t length, int max_pages, int *status, int *page_count) {
    if (page_count != NULL) *page_count = 0;
    int local_status = JF_PDF_FAILED;
    char *result = NULL;
    if (bytes == NULL || length == 0) {
        if (status != NULL) *status = JF_PDF_DAMAGED;
        return NULL;
    }
    // poppler reads from the GBytes without copying; the caller's buffer outlives this call.
    GBytes *data = g_bytes_new_static(bytes, length);
    GError *error = NULL;
    PopplerDocument *document = poppler_document_new_from_bytes(data, NULL, &error);
    if (document == NULL) {
        if (error != NULL && error->domain == POPPLER_ERROR && error->code == POPPLER_ERROR_ENCRYPTED) {
            local_status = JF_PDF_ENCRYPTED;
        } else {
            local_status = JF_PDF_DAMAGED;
        }
        if (error != NULL) g_error_free(error);
        g_bytes_unref(data);
        if (status != NULL) *status = local_status;
        return NULL;
    }
    int pages = poppler_document_get_n_pages(document);
    if (page_count != NULL) *page_count = pages;
    if (max_pages >= 0 && pages > max_pages) {
        local_status = JF_PDF_TOO_MANY_PAGES;
    } else {
        GString *text = g_string_new(NULL);
        for (int index = 0; index < pages; index++) {
            PopplerPage *page = poppler_document_get_page(document, index);
            if (index > 0) g_string_append_c(text, '\f');
            if (page == NULL) continue;
            char *page_text = poppler_page_get_text(page);
            if (page_text != NULL) {
                g_string_append(text, page_text);
                g_free(page_text);
            }
            g_object_unref(page);
        }
        // Hand back memory from malloc, so the caller never needs glib's allocator.
        result = malloc(text->len + 1);
        if (result != NULL) {
            memcpy(result, text->str, text->len);
            result[text->len] = 0;
            local_status = JF_PDF_OK;
        }
        g_string_free(text, TRUE);
    }
    g_object_unref(document);
    g_bytes_unref(data);
    if (status != NULL) *status = local_status;
    return result;
}

void jf_pdf_free(char *text) {
    free(text);
}
