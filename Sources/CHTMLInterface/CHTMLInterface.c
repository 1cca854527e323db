// The only code in JobFit that includes libxml2 headers.
#include "CHTMLInterface.h"

#include <ctype.h>
#include <limits.h>
#include <pthread.h>
#include <string.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

static pthread_once_t jf_once = PTHREAD_ONCE_INIT;

static void jf_initialize_once(void) {
    xmlInitParser();
}

void jf_xml_initialize(void) {
    pthread_once(&jf_once, jf_initialize_once);
}

// Counts recovered errors instead of printing them; libxml2 passes the parser
// context as user data, and `_private` points at the caller's report.
static void jf_count_error(void *userData, xmlErrorPtr error) {
    xmlParserCtxtPtr context = (xmlParserCtxtPtr)userData;
    if (context == NULL || context->_private == NULL || error == NULL) return;
    jf_parse_report *report = (jf_parse_report *)context->_private;
    if (error->level >= XML_ERR_ERROR) report->errorCount += 1;
    if (error->code == XML_ERR_INTERNAL_ERROR && error->message != NULL
        && xmlStrstr((const xmlChar *)error->message, (const xmlChar *)"depth") != NULL) {
        report->depthExceeded = 1;
    }
}

static void jf_finish_report(xmlParserCtxtPtr context, jf_parse_report *report) {
    if (context->instate == XML_PARSER_EOF && context->disableSAX) report->stoppedEarly = 1;
    if (context->errNo == XML_ERR_INTERNAL_ERROR) report->stoppedEarly = 1;
}

void *jf_html_parse(const char *utf8, size_t length, jf_parse_report *report) {
    jf_xml_initialize();
    if (length > INT_MAX) return NULL;
    htmlParserCtxtPtr context = htmlNewParserCtxt();
    if (context == NULL) return NULL;
    jf_parse_report localReport = {0, 0, 0};
    context->_private = &localReport;
    if (context->sax != NULL) context->sax->serror = jf_count_error;
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
    htmlDocPtr document = htmlCtxtReadMemory(context, utf8, (int)length, NULL, "UTF-8", options);
    jf_finish_report(context, &localReport);
    context->_private = NULL;
    htmlFreeParserCtxt(context);
    if (report != NULL) *report = localReport;
    return document;
}

void *jf_xml_parse(const char *utf8, size_t length, jf_parse_report *report) {
    jf_xml_initialize();
    if (length > INT_MAX) return NULL;
    xmlParserCtxtPtr context = xmlNewParserCtxt();
    if (context == NULL) return NULL;
    jf_parse_report localReport = {0, 0, 0};
    context->_private = &localReport;
    if (context->sax != NULL) context->sax->serror = jf_count_error;
    // Never XML_PARSE_NOENT (entity expansion) or XML_PARSE_DTDLOAD (external DTDs).
    int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA;
    xmlDocPtr document = xmlCtxtReadMemory(context, utf8, (int)length, NULL, NULL, options);
    jf_finish_report(context, &localReport);
    context->_private = NULL;
    xmlFreeParserCtxt(context);
    if (report != NULL) *report = localReport;
    return document;
}

void jf_document_free(void *document) {
    if (document != NULL) xmlFreeDoc((xmlDocPtr)document);
}

void *jf_document_root(void *document) {
    return document == NULL ? NULL : xmlDocGetRootElement((xmlDocPtr)document);
}

void *jf_node_first_child(void *node) {
    return node == NULL ? NULL : ((xmlNodePtr)node)->children;
}

void *jf_node_next_sibling(void *node) {
    return node == NULL ? NULL : ((xmlNodePtr)node)->next;
}

int jf_node_kind(void *node) {
    if (node == NULL) return JF_NODE_OTHER;
    switch (((xmlNodePtr)node)->type) {
    case XML_ELEMENT_NODE: return JF_NODE_ELEMENT;
    case XML_TEXT_NODE:
    case XML_CDATA_SECTION_NODE: return JF_NODE_TEXT;
    default: return JF_NODE_OTHER;
    }
}

const char *jf_node_name(void *node) {
    return node == NULL ? NULL : (const char *)((xmlNodePtr)node)->name;
}

const char *jf_node_text(void *node) {
    return node == NULL ? NULL : (const char *)((xmlNodePtr)node)->content;
}

long jf_node_line(void *node) {
    return node == NULL ? 0 : xmlGetLineNo((xmlNodePtr)node);
}

char *jf_node_attribute(void *node, const char *name) {
    if (node == NULL || name == NULL) return NULL;
    return (char *)xmlGetProp((xmlNodePtr)node, (const xmlChar *)name);
}

int jf_node_has_attribute(void *node, const char *name) {
    if (node == NULL || name == NULL) return 0;
    return xmlHasProp((xmlNodePtr)node, (const xmlChar *)name) != NULL;
}

void jf_string_free(char *string) {
    if (string != NULL) xmlFree(string);
}

// True when an inline style hides the element; spaces and case are ignored.
static int jf_style_hides(const xmlChar *style) {
    char compact[256];
    size_t length = 0;
    for (const xmlChar *cursor = style; *cursor != 0 && length + 1 < sizeof compact; cursor++) {
        if (!isspace(*cursor)) compact[length++] = (char)tolower(*cursor);
    }
    compact[length] = 0;
    return strstr(compact, "display:none") != NULL || strstr(compact, "visibility:hidden") != NULL;
}

int jf_element_flags(void *node) {
    if (node == NULL || ((xmlNodePtr)node)->type != XML_ELEMENT_NODE) return 0;
    int flags = 0;
    for (xmlAttrPtr attribute = ((xmlNodePtr)node)->properties; attribute != NULL; attribute = attribute->next) {
        const char *name = (const char *)attribute->name;
        const xmlChar *value = (attribute->children != NULL) ? attribute->children->content : NULL;
        if (strcmp(name, "hidden") == 0) {
            flags |= JF_ELEMENT_HIDDEN;
        } else if (strcmp(name, "aria-hidden") == 0) {
            if (value != NULL && xmlStrcasecmp(value, (const xmlChar *)"true") == 0) flags |= JF_ELEMENT_HIDDEN;
        } else if (strcmp(name, "style") == 0) {
            if (value != NULL && jf_style_hides(value)) flags |= JF_ELEMENT_HIDDEN;
        } else if (strcmp(name, "itemscope") == 0) {
            flags |= JF_ELEMENT_ITEMSCOPE;
        } else if (strcmp(name, "typeof") == 0) {
            flags |= JF_ELEMENT_TYPEOF;
        } else if (strcmp(name, "itemprop") == 0 || strcmp(name, "property") == 0) {
            flags |= JF_ELEMENT_PROPERTY;
        }
    }
    return flags;
}
