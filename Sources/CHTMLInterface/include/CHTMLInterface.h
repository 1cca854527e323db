// The narrow C interface to libxml2. This header includes no libxml2 header,
// so Swift code that imports it never sees libxml2's (or ICU's) declarations.
#ifndef CHTMLINTERFACE_H
#define CHTMLINTERFACE_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Node kinds reported by `jf_node_kind`.
enum {
    JF_NODE_OTHER = 0,
    JF_NODE_ELEMENT = 1,
    JF_NODE_TEXT = 2,
};

/// What a parse reports besides the document.
typedef struct {
    /// Number of errors the parser recovered from.
    int errorCount;
    /// Non-zero when the parser stopped before the end of the input (content was dropped).
    int stoppedEarly;
    /// Non-zero when the parser met nesting deeper than its limit (content was dropped).
    int depthExceeded;
} jf_parse_report;

/// Initialises libxml2 once per process (thread-safe).
void jf_xml_initialize(void);

/// Parses UTF-8 HTML with RECOVER | NOERROR | NOWARNING | NONET. Returns an opaque document or NULL.
void *jf_html_parse(const char *utf8, size_t length, jf_parse_report *report);

/// Parses XML with NONET and without entity substitution or DTD loading. Returns an opaque document or NULL.
void *jf_xml_parse(const char *utf8, size_t length, jf_parse_report *report);

/// Frees a document returned by one of the parse functions.
void jf_document_free(void *document);

/// The root element of a document, or NULL.
void *jf_document_root(void *document);

void *jf_node_first_child(void *node);
void *jf_node_next_sibling(void *node);
int jf_node_kind(void *node);
/// The element's local name, borrowed from the document (valid until it is freed).
const char *jf_node_name(void *node);
/// The text of a text or CDATA node, borrowed from the document (valid until it is freed).
const char *jf_node_text(void *node);
/// Source line of a node (1-based), or 0 when unknown.
long jf_node_line(void *node);
/// A copy of an attribute's value (free it with `jf_string_free`), or NULL.
char *jf_node_attribute(void *node, const char *name);
/// Non-zero when the element carries the attribute.
int jf_node_has_attribute(void *node, const char *name);
/// Bits returned by `jf_element_flags`.
enum {
    /// `hidden`, `aria-hidden="true"`, or an inline style with `display:none` / `visibility:hidden`.
    JF_ELEMENT_HIDDEN = 1 << 0,
    /// `itemscope` (microdata item).
    JF_ELEMENT_ITEMSCOPE = 1 << 1,
    /// `typeof` (RDFa item).
    JF_ELEMENT_TYPEOF = 1 << 2,
    /// `itemprop` or `property`.
    JF_ELEMENT_PROPERTY = 1 << 3,
};

/// What JobFit needs to know about an element's attributes, in one pass over them.
int jf_element_flags(void *node);

/// Frees a string returned by this interface (wraps `xmlFree`).
void jf_string_free(char *string);

#ifdef __cplusplus
}
#endif

#endif
