// The only code in JobFit that includes Pango, Cairo and glib headers.
#include "CRenderInterface.h"

#include <stdlib.h>
#include <string.h>
#include <cairo.h>
#include <cairo-pdf.h>
#include <glib.h>
#include <pango/pangocairo.h>

typedef struct {
    unsigned int start, end;
    char *uri;
} jf_link;

typedef struct {
    PangoLayout *layout;
    jf_link *links;
    size_t link_count;
} jf_paragraph;

struct jf_render_document {
    cairo_surface_t *surface;
    cairo_t *cr;
    PangoContext *context;
    jf_paragraph *paragraphs;
    size_t paragraph_count, paragraph_capacity;
    // The PDF as Cairo writes it.
    unsigned char *bytes;
    size_t length, capacity;
    int write_failed;
};

// Appends what Cairo writes to the document's buffer.
static cairo_status_t jf_write(void *closure, const unsigned char *data, unsigned int length) {
    jf_render_document *document = closure;
    if (document->write_failed) return CAIRO_STATUS_WRITE_ERROR;
    if (document->length + length > document->capacity) {
        size_t capacity = document->capacity < 65536 ? 65536 : document->capacity;
        while (capacity < document->length + length) capacity *= 2;
        unsigned char *grown = realloc(document->bytes, capacity);
        if (grown == NULL) {
            document->write_failed = 1;
            return CAIRO_STATUS_WRITE_ERROR;
        }
        document->bytes = grown;
        document->capacity = capacity;
    }
    memcpy(document->bytes + document->length, data, length);
    document->length += length;
    return CAIRO_STATUS_SUCCESS;
}

static void jf_set_color(cairo_t *cr, unsigned int color) {
    cairo_set_source_rgb(cr, ((color >> 16) & 0xFF) / 255.0, ((color >> 8) & 0xFF) / 255.0, (color & 0xFF) / 255.0);
}

static guint16 jf_channel(unsigned int color, int shift) {
    return (guint16)(((color >> shift) & 0xFF) * 257);
}

jf_render_document *jf_render_new(double width, double height) {
    jf_render_document *document = calloc(1, sizeof(jf_render_document));
    if (document == NULL) return NULL;
    document->surface = cairo_pdf_surface_create_for_stream(jf_write, document, width, height);
    document->cr = cairo_create(document->surface);
    if (cairo_status(document->cr) != CAIRO_STATUS_SUCCESS) {
        jf_render_free(document);
        return NULL;
    }
    // The default font map is per thread (Pango ≥ 1.32.6), so documents on different threads never share one;
    // keeping it for the thread's life spares loading fontconfig for every document.
    PangoFontMap *font_map = pango_cairo_font_map_get_default();
    document->context = font_map == NULL ? NULL : pango_font_map_create_context(font_map);
    if (document->context == NULL) {
        jf_render_free(document);
        return NULL;
    }
    // Points in, points out; unhinted metrics so widths are exact and justification even.
    pango_cairo_context_set_resolution(document->context, 72);
    cairo_font_options_t *options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(document->context, options);
    cairo_font_options_destroy(options);
    pango_context_set_round_glyph_positions(document->context, FALSE);
    pango_cairo_update_context(document->cr, document->context);
    return document;
}

void jf_render_set_metadata(jf_render_document *document, int key, const char *value) {
    if (document == NULL || value == NULL) return;
    cairo_pdf_metadata_t metadata;
    switch (key) {
    case JF_METADATA_TITLE: metadata = CAIRO_PDF_METADATA_TITLE; break;
    case JF_METADATA_AUTHOR: metadata = CAIRO_PDF_METADATA_AUTHOR; break;
    case JF_METADATA_SUBJECT: metadata = CAIRO_PDF_METADATA_SUBJECT; break;
    case JF_METADATA_KEYWORDS: metadata = CAIRO_PDF_METADATA_KEYWORDS; break;
    case JF_METADATA_CREATOR: metadata = CAIRO_PDF_METADATA_CREATOR; break;
    default: return;
    }
    cairo_pdf_surface_set_metadata(document->surface, metadata, value);
}

static jf_paragraph *jf_lookup(jf_render_document *document, int paragraph) {
    if (document == NULL || paragraph < 0 || (size_t)paragraph >= document->paragraph_count) return NULL;
    return &document->paragraphs[paragraph];
}

static void jf_insert(PangoAttrList *list, PangoAttribute *attribute, unsigned int start, unsigned int end) {
    attribute->start_index = start;
    attribute->end_index = end;
    pango_attr_list_insert(list, attribute);
}

int jf_render_add_paragraph(jf_render_document *document, const char *text, size_t length, const jf_paragraph_style *style,
                              const jf_span *spans, size_t span_count) {
    if (document == NULL || text == NULL || style == NULL || length > (size_t)G_MAXINT) return -1;
    if (!g_utf8_validate(text, (gssize)length, NULL)) return -1;
    if (document->paragraph_count == document->paragraph_capacity) {
        size_t capacity = document->paragraph_capacity == 0 ? 64 : document->paragraph_capacity * 2;
        jf_paragraph *grown = realloc(document->paragraphs, capacity * sizeof(jf_paragraph));
        if (grown == NULL) return -1;
        document->paragraphs = grown;
        document->paragraph_capacity = capacity;
    }
    PangoLayout *layout = pango_layout_new(document->context);
    if (layout == NULL) return -1;
    pango_layout_set_text(layout, text, (int)length);
    PangoFontDescription *font = pango_font_description_from_string(style->font != NULL ? style->font : "Sans 10");
    pango_layout_set_font_description(layout, font);
    pango_font_description_free(font);
    if (style->width > 0) {
        pango_layout_set_width(layout, (int)(style->width * PANGO_SCALE));
        // Between words; inside a word only when it is wider than the line (a long URL).
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    }
    switch (style->alignment) {
    case JF_ALIGN_CENTER: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER); break;
    case JF_ALIGN_RIGHT: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT); break;
    case JF_ALIGN_JUSTIFY: pango_layout_set_justify(layout, TRUE); break;
    default: break;
    }
    if (style->line_spacing > 0) pango_layout_set_line_spacing(layout, (float)style->line_spacing);
    if (style->hanging_indent > 0) {
        int indent = (int)(style->hanging_indent * PANGO_SCALE);
        pango_layout_set_indent(layout, -indent);
        PangoTabArray *tabs = pango_tab_array_new(1, FALSE);
        pango_tab_array_set_tab(tabs, 0, PANGO_TAB_LEFT, indent);
        pango_layout_set_tabs(layout, tabs);
        pango_tab_array_free(tabs);
    }

    PangoAttrList *attributes = pango_attr_list_new();
    unsigned int all = (unsigned int)length;
    // Ligatures would turn "fi" into one glyph that some text extractors read as one odd character.
    jf_insert(attributes, pango_attr_font_features_new("liga 0, clig 0, dlig 0, hlig 0"), 0, all);
    jf_insert(attributes, pango_attr_insert_hyphens_new(FALSE), 0, all);
    jf_insert(attributes,
              pango_attr_foreground_new(jf_channel(style->color, 16), jf_channel(style->color, 8),
                                        jf_channel(style->color, 0)),
              0, all);
    if (style->letter_spacing != 0) {
        jf_insert(attributes, pango_attr_letter_spacing_new((int)(style->letter_spacing * PANGO_SCALE)), 0, all);
    }
    for (size_t index = 0; index < span_count; index++) {
        const jf_span *span = &spans[index];
        if (span->start >= span->end || span->end > all) continue;
        if (span->bold) jf_insert(attributes, pango_attr_weight_new(PANGO_WEIGHT_BOLD), span->start, span->end);
        if (span->italic) jf_insert(attributes, pango_attr_style_new(PANGO_STYLE_ITALIC), span->start, span->end);
        if (span->has_color) {
            jf_insert(attributes,
                      pango_attr_foreground_new(jf_channel(span->color, 16), jf_channel(span->color, 8),
                                                jf_channel(span->color, 0)),
                      span->start, span->end);
        }
    }
    pango_layout_set_attributes(layout, attributes);
    pango_attr_list_unref(attributes);

    jf_paragraph *paragraph = &document->paragraphs[document->paragraph_count];
    paragraph->layout = layout;
    paragraph->links = NULL;
    paragraph->link_count = 0;
    return (int)document->paragraph_count++;
}

int jf_render_add_link(jf_render_document *document, int paragraph, unsigned int start, unsigned int end, const char *uri) {
    jf_paragraph *entry = jf_lookup(document, paragraph);
    if (entry == NULL || uri == NULL || start >= end) return -1;
    if (end > (unsigned int)strlen(pango_layout_get_text(entry->layout))) return -1;
    jf_link *grown = realloc(entry->links, (entry->link_count + 1) * sizeof(jf_link));
    if (grown == NULL) return -1;
    entry->links = grown;
    // Cairo reads the link's attributes as a string: quote the URI, escaping quotes and backslashes.
    size_t length = strlen(uri);
    char *escaped = malloc(length * 2 + 1);
    if (escaped == NULL) return -1;
    size_t out = 0;
    for (size_t index = 0; index < length; index++) {
        if (uri[index] == '\'' || uri[index] == '\\') escaped[out++] = '\\';
        escaped[out++] = uri[index];
    }
    escaped[out] = 0;
    entry->links[entry->link_count++] = (jf_link){start, end, escaped};
    return 0;
}

void jf_render_measure(jf_render_document *document, int paragraph, double *width, int *line_count) {
    jf_paragraph *entry = jf_lookup(document, paragraph);
    if (width != NULL) *width = 0;
    if (line_count != NULL) *line_count = 0;
    if (entry == NULL) return;
    PangoRectangle logical;
    pango_layout_get_extents(entry->layout, NULL, &logical);
    if (width != NULL) *width = (double)logical.width / PANGO_SCALE;
    if (line_count != NULL) *line_count = pango_layout_get_line_count(entry->layout);
}

int jf_render_lines(jf_render_document *document, int paragraph, double *bounds, int capacity) {
    jf_paragraph *entry = jf_lookup(document, paragraph);
    if (entry == NULL) return 0;
    PangoLayoutIter *iterator = pango_layout_get_iter(entry->layout);
    int index = 0;
    do {
        if (bounds != NULL && index < capacity) {
            PangoRectangle logical;
            pango_layout_iter_get_line_extents(iterator, NULL, &logical);
            bounds[2 * index] = (double)logical.y / PANGO_SCALE;
            bounds[2 * index + 1] = (double)(logical.y + logical.height) / PANGO_SCALE;
        }
        index++;
    } while (pango_layout_iter_next_line(iterator));
    pango_layout_iter_free(iterator);
    return index;
}

void jf_render_draw_paragraph(jf_render_document *document, int paragraph, double x, double y, int first_line,
                                int end_line, const char *structure) {
    jf_paragraph *entry = jf_lookup(document, paragraph);
    if (entry == NULL) return;
    cairo_t *cr = document->cr;
    if (structure != NULL) cairo_tag_begin(cr, structure, NULL);
    PangoLayoutIter *iterator = pango_layout_get_iter(entry->layout);
    int index = 0;
    double offset = 0;
    do {
        if (index >= end_line) break;
        if (index < first_line) continue;
        PangoRectangle logical;
        pango_layout_iter_get_line_extents(iterator, NULL, &logical);
        if (index == first_line) offset = (double)logical.y / PANGO_SCALE;
        double baseline = y - offset + (double)pango_layout_iter_get_baseline(iterator) / PANGO_SCALE;
        PangoLayoutLine *line = pango_layout_iter_get_line_readonly(iterator);
        cairo_move_to(cr, x + (double)logical.x / PANGO_SCALE, baseline);
        pango_cairo_show_layout_line(cr, line);
        // Each link becomes one clickable rectangle per run of the line it covers.
        for (size_t link = 0; link < entry->link_count; link++) {
            jf_link *target = &entry->links[link];
            int line_end = line->start_index + line->length;
            if ((int)target->end <= line->start_index || (int)target->start >= line_end) continue;
            int *ranges = NULL;
            int range_count = 0;
            pango_layout_line_get_x_ranges(line, (int)target->start, (int)target->end, &ranges, &range_count);
            GString *attributes = g_string_new("rect=[");
            for (int range = 0; range < range_count; range++) {
                double left = (double)ranges[2 * range] / PANGO_SCALE;
                double right = (double)ranges[2 * range + 1] / PANGO_SCALE;
                g_string_append_printf(attributes, "%s%.2f %.2f %.2f %.2f", range == 0 ? "" : " ", x + left,
                                       y - offset + (double)logical.y / PANGO_SCALE, right - left,
                                       (double)logical.height / PANGO_SCALE);
            }
            g_string_append_printf(attributes, "] uri='%s'", target->uri);
            if (range_count > 0) {
                cairo_tag_begin(cr, CAIRO_TAG_LINK, attributes->str);
                cairo_tag_end(cr, CAIRO_TAG_LINK);
            }
            g_string_free(attributes, TRUE);
            g_free(ranges);
        }
    } while (index++, pango_layout_iter_next_line(iterator));
    pango_layout_iter_free(iterator);
    if (structure != NULL) cairo_tag_end(cr, structure);
}

void jf_render_draw_rule(jf_render_document *document, double x1, double x2, double y, double thickness,
                           unsigned int color) {
    if (document == NULL) return;
    cairo_t *cr = document->cr;
    cairo_save(cr);
    jf_set_color(cr, color);
    cairo_set_line_width(cr, thickness);
    cairo_move_to(cr, x1, y);
    cairo_line_to(cr, x2, y);
    cairo_stroke(cr);
    cairo_restore(cr);
}

void jf_render_add_bookmark(jf_render_document *document, const char *title, int page, double y) {
    if (document == NULL || title == NULL || page < 1) return;
    char destination[96];
    g_snprintf(destination, sizeof destination, "page=%d pos=[0 %.2f]", page, y);
    cairo_pdf_surface_add_outline(document->surface, CAIRO_PDF_OUTLINE_ROOT, title, destination, 0);
}

void jf_render_new_page(jf_render_document *document) {
    if (document == NULL) return;
    cairo_show_page(document->cr);
}

int jf_render_finish(jf_render_document *document, unsigned char **bytes, size_t *length) {
    *bytes = NULL;
    *length = 0;
    if (document == NULL) return -1;
    cairo_destroy(document->cr);
    document->cr = NULL;
    cairo_surface_finish(document->surface);
    int failed = cairo_surface_status(document->surface) != CAIRO_STATUS_SUCCESS || document->write_failed;
    if (!failed) {
        *bytes = document->bytes;
        *length = document->length;
        document->bytes = NULL;
    }
    jf_render_free(document);
    return failed ? -1 : 0;
}

void jf_render_free(jf_render_document *document) {
    if (document == NULL) return;
    for (size_t index = 0; index < document->paragraph_count; index++) {
        jf_paragraph *paragraph = &document->paragraphs[index];
        g_object_unref(paragraph->layout);
        for (size_t link = 0; link < paragraph->link_count; link++) free(paragraph->links[link].uri);
        free(paragraph->links);
    }
    free(document->paragraphs);
    if (document->context != NULL) g_object_unref(document->context);
    if (document->cr != NULL) cairo_destroy(document->cr);
    if (document->surface != NULL) cairo_surface_destroy(document->surface);
    free(document->bytes);
    free(document);
}

void jf_render_bytes_free(unsigned char *bytes) {
    free(bytes);
}
