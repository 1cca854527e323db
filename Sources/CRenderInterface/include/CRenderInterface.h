// The narrow C interface to Pango and Cairo, for writing PDF documents in memory.
// This header includes no Pango, Cairo or glib header, so Swift code that imports it never sees
// their declarations.
//
// A document owns everything made for it: paragraphs are numbered (0, 1, 2…) rather than handed
// out as pointers, and all of them are freed with the document by `jf_render_finish` or
// `jf_render_free`. Lengths and positions are in PostScript points (1/72 inch), y grows downwards
// from the top of the page; text positions are UTF-8 byte offsets into the paragraph's text.
#ifndef CRENDERINTERFACE_H
#define CRENDERINTERFACE_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct jf_render_document jf_render_document;

/// Document properties written to the PDF's information dictionary.
enum {
    JF_METADATA_TITLE = 0,
    JF_METADATA_AUTHOR = 1,
    JF_METADATA_SUBJECT = 2,
    JF_METADATA_KEYWORDS = 3,
    JF_METADATA_CREATOR = 4,
};

/// Horizontal alignment of a paragraph's lines.
enum {
    JF_ALIGN_LEFT = 0,
    JF_ALIGN_CENTER = 1,
    JF_ALIGN_RIGHT = 2,
    /// Left-aligned, every line but the last stretched to the full width (no hyphenation).
    JF_ALIGN_JUSTIFY = 3,
};

/// How a paragraph is set.
typedef struct {
    /// A Pango font description: families, style, weight and size ("Liberation Serif, DejaVu Serif 10.5").
    const char *font;
    /// The width lines wrap at; 0 or less for no wrapping.
    double width;
    /// One of the JF_ALIGN_ values.
    int alignment;
    /// Line height as a multiple of the font's; 0 for the font's own.
    double line_spacing;
    /// Greater than 0: a hanging indent. The first line starts at the left edge with a tab stop at this
    /// distance ("•\ttext"); the following lines start at it.
    double hanging_indent;
    /// Extra space between letters, in points (0 for none).
    double letter_spacing;
    /// The text colour as 0xRRGGBB.
    unsigned int color;
} jf_paragraph_style;

/// A style applied to a byte range of a paragraph's text.
typedef struct {
    /// The range [start, end) in bytes of the UTF-8 text.
    unsigned int start, end;
    /// 1 for bold.
    int bold;
    /// 1 for italic.
    int italic;
    /// 1 to use `color` for the range.
    int has_color;
    /// The colour as 0xRRGGBB.
    unsigned int color;
} jf_span;

/// Starts a PDF document of pages `width` × `height` points, written to memory.
///
/// Returns NULL when Cairo or Pango cannot be set up (no memory, no fonts).
jf_render_document *jf_render_new(double width, double height);

/// Sets a document property (a JF_METADATA_ key) to a UTF-8 value.
void jf_render_set_metadata(jf_render_document *document, int key, const char *value);

/// Lays out `length` bytes of UTF-8 text (no markup) with a style and styled ranges.
///
/// Returns the paragraph's number, or -1 when the text is not valid UTF-8 or memory ran out.
/// Ligatures are turned off and words are never hyphenated, so the text extracts as it was given.
int jf_render_add_paragraph(jf_render_document *document, const char *text, size_t length, const jf_paragraph_style *style,
                              const jf_span *spans, size_t span_count);

/// Makes the byte range [start, end) of a paragraph a link to `uri`, wherever it is drawn.
///
/// Returns 0, or -1 for an unknown paragraph or range.
int jf_render_add_link(jf_render_document *document, int paragraph, unsigned int start, unsigned int end, const char *uri);

/// The width of the paragraph's widest line and the number of its lines.
void jf_render_measure(jf_render_document *document, int paragraph, double *width, int *line_count);

/// The top and bottom of each line, measured from the top of the paragraph.
///
/// Writes up to `capacity` pairs (top, bottom) to `bounds` and returns the number of lines.
int jf_render_lines(jf_render_document *document, int paragraph, double *bounds, int capacity);

/// Draws the lines [first_line, end_line) of a paragraph on the current page, so that the top of
/// `first_line` is at `y` and the paragraph's left edge at `x`; adds the links that fall on them.
///
/// `structure` ("H1", "H2", "P"), when not NULL, marks what is drawn as that element of the
/// tagged PDF's structure tree.
void jf_render_draw_paragraph(jf_render_document *document, int paragraph, double x, double y, int first_line,
                                int end_line, const char *structure);

/// Draws a horizontal rule from x1 to x2 centred on y.
void jf_render_draw_rule(jf_render_document *document, double x1, double x2, double y, double thickness,
                           unsigned int color);

/// Adds a top-level bookmark to the document outline that opens `page` (1-based) at `y`.
void jf_render_add_bookmark(jf_render_document *document, const char *title, int page, double y);

/// Ends the current page and starts the next.
void jf_render_new_page(jf_render_document *document);

/// Ends the document, frees it, and hands back the PDF as a malloc'd buffer (free with `jf_render_bytes_free`).
///
/// Returns 0 and sets `*bytes` and `*length` on success; returns -1 and sets `*bytes` to NULL when
/// Cairo reports an error.
int jf_render_finish(jf_render_document *document, unsigned char **bytes, size_t *length);

/// Frees a document that will not be finished.
void jf_render_free(jf_render_document *document);

/// Frees the bytes returned by `jf_render_finish`.
void jf_render_bytes_free(unsigned char *bytes);

#ifdef __cplusplus
}
#endif

#endif
