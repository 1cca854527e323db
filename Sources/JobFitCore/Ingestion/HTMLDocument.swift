internal import CHTMLInterface
import Foundation

/// What JobFit takes from an HTML page: its visible blocks and its structured data.
struct HTMLContent: Sendable {
    var blocks: [RawBlock] = []
    /// The text of every `<script type="application/ld+json">`.
    var jsonLDScripts: [String] = []
    /// Top-level schema.org items found in microdata (`itemscope`) or RDFa (`typeof`).
    var items: [(origin: JobPostingMetadata.Origin, value: JSONValue)] = []
    /// The document's `<title>`.
    var documentTitle: String?
    var diagnostics: [Diagnostic] = []
}

/// An HTML document parsed by libxml2.
///
/// This is the only Swift code that touches libxml2.
/// The document is parsed with `HTML_PARSE_NONET` (no network, no external entities),
/// walked once into Swift values, and freed when this value goes away.
struct HTMLDocument: ~Copyable {
    private let document: UnsafeMutableRawPointer
    private let report: jf_parse_report

    /// Parses UTF-8 HTML bytes.
    init?(utf8 text: String) {
        var report = jf_parse_report()
        var text = text
        let parsed = text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                jf_html_parse(chars.baseAddress, chars.count, &report)
            }
        }
        guard let parsed else { return nil }
        self.document = parsed
        self.report = report
    }

    deinit {
        jf_document_free(document)
    }

    /// Walks the document once and copies out everything JobFit uses.
    func content() -> HTMLContent {
        var walker = HTMLWalker()
        if let root = jf_document_root(document) {
            walker.walk(root, depth: 0)
        }
        walker.flush()
        var content = walker.content
        if report.depthExceeded != 0 || walker.deepest >= HTMLWalker.libxmlDepthLimit {
            content.diagnostics.append(
                Diagnostic(
                    .warning,
                    "the HTML nests elements more than \(HTMLWalker.libxmlDepthLimit) deep; content below that depth was dropped"
                ))
        } else if report.stoppedEarly != 0 {
            content.diagnostics.append(
                Diagnostic(
                    .warning, "the HTML parser stopped before the end of the page; content after that point was dropped"
                ))
        }
        return content
    }
}

/// The state of one walk over a libxml2 tree.
private struct HTMLWalker {
    /// libxml2 2.9 drops elements nested deeper than this without `XML_PARSE_HUGE`.
    static let libxmlDepthLimit = 255

    var content = HTMLContent()
    var deepest = 0

    private var buffer = ""
    private var bufferLine = 0
    /// Visible text runs inside and outside `<strong>`/`<b>` in the current block.
    private var emphasisedLetters = 0
    private var plainLetters = 0
    private var emphasisDepth = 0
    private var preDepth = 0
    private var listDepth = 0
    private var containers: [Container] = []
    private var mainDepth = 0
    private var tags: [UnsafeRawPointer: Tag] = [:]
    /// Visible text, for the values of microdata properties.
    private var visibleText = ""
    /// How many open elements carry `itemprop`/`property` (their text is kept in `visibleText`).
    private var capturingDepth = 0
    private var itemStack: [ItemFrame] = []

    private enum Container {
        case heading(Int)
        case listItem(Int)
        case tableCell
        case paragraph
    }

    private struct ItemFrame {
        var origin: JobPostingMetadata.Origin
        var properties: [String: JSONValue] = [:]
        var type: String?
    }

    mutating func walk(_ node: UnsafeMutableRawPointer, depth: Int) {
        deepest = max(deepest, depth)
        switch Int(jf_node_kind(node)) {
        case Int(JF_NODE_TEXT):
            guard let text = jf_node_text(node) else { return }
            appendText(String(cString: text), line: Int(jf_node_line(node)))
        case Int(JF_NODE_ELEMENT):
            element(node, depth: depth)
        default:
            return
        }
    }

    private mutating func element(_ node: UnsafeMutableRawPointer, depth: Int) {
        let tag = tag(of: node)
        switch tag {
        case .skipped:
            return
        case .script:
            if let type = attribute(node, "type"), type.lowercased().contains("ld+json") {
                content.jsonLDScripts.append(textContent(node))
            }
            return
        case .title:
            if content.documentTitle == nil {
                content.documentTitle = TextNormalizer.collapseWhitespace(textContent(node))
            }
            return
        case .pageChrome where mainDepth == 0:
            return
        case .head:
            walkHead(node)
            return
        case .meta:
            if let name = itemPropertyName(node), let value = attribute(node, "content") {
                setProperty(name, .string(value))
            }
            return
        default:
            break
        }
        let flags = jf_element_flags(node)
        if flags & Int32(JF_ELEMENT_HIDDEN) != 0 { return }

        let opensItem = flags & Int32(JF_ELEMENT_ITEMSCOPE | JF_ELEMENT_TYPEOF) != 0
        let property = flags & Int32(JF_ELEMENT_PROPERTY) != 0 ? itemPropertyName(node) : nil
        let textStart = visibleText.utf8.count
        if property != nil { capturingDepth += 1 }
        defer { if property != nil { capturingDepth -= 1 } }
        if opensItem {
            let origin: JobPostingMetadata.Origin = flags & Int32(JF_ELEMENT_ITEMSCOPE) != 0 ? .microdata : .rdfa
            let type = attribute(node, "itemtype") ?? attribute(node, "typeof")
            itemStack.append(ItemFrame(origin: origin, type: type.map(Self.shortTypeName)))
        }

        enter(tag, node: node)
        var child = jf_node_first_child(node)
        while let current = child {
            walk(current, depth: depth + 1)
            child = jf_node_next_sibling(current)
        }
        leave(tag)

        if opensItem, let frame = itemStack.popLast() {
            var object = frame.properties
            if let type = frame.type { object["@type"] = .string(type) }
            if let property {
                setProperty(property, .object(object))
            } else {
                content.items.append((frame.origin, .object(object)))
            }
        } else if let property {
            let value: String
            if let link = attribute(node, "href") ?? attribute(node, "src") ?? attribute(node, "datetime"),
                tag == .link || tag == .time
            {
                value = link
            } else {
                let utf8 = visibleText.utf8
                let start = utf8.index(utf8.startIndex, offsetBy: min(textStart, utf8.count))
                value = TextNormalizer.collapseWhitespace(Substring(visibleText[start...]))
            }
            if capturingDepth == 0 { visibleText = "" }
            setProperty(property, .string(value))
        }
    }

    /// Reads `<title>`, `<meta>` and JSON-LD from `<head>`; nothing there is visible text.
    private mutating func walkHead(_ node: UnsafeMutableRawPointer) {
        var child = jf_node_first_child(node)
        while let current = child {
            if jf_node_kind(current) == Int32(JF_NODE_ELEMENT) {
                switch tag(of: current) {
                case .script, .title, .meta: element(current, depth: 1)
                default: break
                }
            }
            child = jf_node_next_sibling(current)
        }
    }

    private mutating func enter(_ tag: Tag, node: UnsafeMutableRawPointer) {
        switch tag {
        case .heading(let level):
            flush()
            containers.append(.heading(level))
        case .list:
            flush()
            listDepth += 1
        case .listItem:
            flush()
            containers.append(.listItem(max(0, listDepth - 1)))
        case .tableCell:
            flush()
            containers.append(.tableCell)
        case .block:
            flush()
        case .preformatted:
            flush()
            preDepth += 1
        case .lineBreak:
            flush()
        case .emphasis:
            emphasisDepth += 1
        case .main:
            flush()
            mainDepth += 1
        default:
            break
        }
        if bufferLine == 0 { bufferLine = Int(jf_node_line(node)) }
    }

    private mutating func leave(_ tag: Tag) {
        switch tag {
        case .heading, .listItem, .tableCell:
            flush()
            containers.removeLast()
        case .list:
            flush()
            listDepth -= 1
        case .block:
            flush()
        case .preformatted:
            flush()
            preDepth -= 1
        case .emphasis:
            emphasisDepth -= 1
        case .main:
            flush()
            mainDepth -= 1
        default:
            break
        }
    }

    private mutating func appendText(_ text: String, line: Int) {
        if preDepth > 0, text.contains("\n") {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, part) in lines.enumerated() {
                if index > 0 { flush() }
                appendText(String(part), line: line + index)
            }
            return
        }
        if bufferLine == 0 || buffer.isEmpty { bufferLine = line }
        buffer += text
        if capturingDepth > 0 {
            // Only text inside microdata properties is needed again, as property values.
            visibleText += text
            visibleText += " "
        }
        let visible = text.utf8.contains { $0 > 0x20 }
        if visible {
            if emphasisDepth > 0 { emphasisedLetters += 1 } else { plainLetters += 1 }
        }
    }

    /// Ends the current block and records it with the kind of its innermost container.
    mutating func flush() {
        defer {
            buffer = ""
            bufferLine = 0
            emphasisedLetters = 0
            plainLetters = 0
        }
        // Entities such as &nbsp; are decoded by libxml2, after the input was normalised.
        let text = TextNormalizer.collapseWhitespace(TextNormalizer.normalize(buffer))
        guard !text.isEmpty else { return }
        let block: RawBlock
        switch containers.last {
        case .heading(let level):
            block = RawBlock(.heading, text, level: level, line: bufferLine)
        case .listItem(let depth):
            block = RawBlock(.listItem, text, level: depth, line: bufferLine)
        case .tableCell:
            block = RawBlock(.tableCell, text, line: bufferLine)
        case .paragraph, nil:
            let words = LineBlockReader.wordCount(Substring(text))
            if emphasisedLetters > 0, plainLetters == 0, words <= 12 {
                // A lone <strong>/<b> paragraph acts as a heading.
                block = RawBlock(.heading, text, level: 5, line: bufferLine)
            } else if text.hasSuffix(":"), words <= 8 {
                block = RawBlock(.heading, text, level: 6, line: bufferLine)
            } else {
                block = RawBlock(.paragraph, text, line: bufferLine)
            }
        }
        content.blocks.append(block)
    }

    // MARK: - Microdata and RDFa

    private func itemPropertyName(_ node: UnsafeMutableRawPointer) -> String? {
        guard let name = attribute(node, "itemprop") ?? attribute(node, "property") else { return nil }
        let first = name.split(separator: " ").first.map(String.init) ?? name
        return Self.shortTypeName(first)
    }

    private mutating func setProperty(_ name: String, _ value: JSONValue) {
        guard !itemStack.isEmpty else { return }
        let index = itemStack.count - 1
        if let existing = itemStack[index].properties[name] {
            itemStack[index].properties[name] = .array(existing.elements + [value])
        } else {
            itemStack[index].properties[name] = value
        }
    }

    /// `https://schema.org/JobPosting` and `schema:title` become `JobPosting` and `title`.
    static func shortTypeName(_ name: String) -> String {
        let afterSlash = name.split(separator: "/").last.map(String.init) ?? name
        return afterSlash.split(separator: ":").last.map(String.init) ?? afterSlash
    }

    // MARK: - Nodes

    private func attribute(_ node: UnsafeMutableRawPointer, _ name: String) -> String? {
        guard let value = jf_node_attribute(node, name) else { return nil }
        defer { jf_string_free(value) }
        return String(cString: value)
    }

    /// The concatenated text of a node's descendants (for scripts and titles).
    private func textContent(_ node: UnsafeMutableRawPointer) -> String {
        var result = ""
        var child = jf_node_first_child(node)
        while let current = child {
            if jf_node_kind(current) == Int32(JF_NODE_TEXT), let text = jf_node_text(current) {
                result += String(cString: text)
            }
            child = jf_node_next_sibling(current)
        }
        return result
    }

    private mutating func tag(of node: UnsafeMutableRawPointer) -> Tag {
        guard let name = jf_node_name(node) else { return .inline }
        // libxml2 interns element names in the document's dictionary, so the pointer is a key.
        let key = UnsafeRawPointer(name)
        if let known = tags[key] { return known }
        let tag = Tag(name: String(cString: name).lowercased())
        tags[key] = tag
        return tag
    }
}

/// How the walker treats an element.
private enum Tag: Equatable {
    case heading(Int)
    case list
    case listItem
    case tableCell
    case block
    case preformatted
    case lineBreak
    case emphasis
    case main
    case pageChrome
    case script
    case title
    case meta
    case link
    case time
    case head
    case skipped
    case inline

    init(name: String) {
        switch name {
        case "h1": self = .heading(1)
        case "h2": self = .heading(2)
        case "h3": self = .heading(3)
        case "h4": self = .heading(4)
        case "h5": self = .heading(5)
        case "h6": self = .heading(6)
        case "ul", "ol", "dl", "menu": self = .list
        case "li": self = .listItem
        case "td", "th": self = .tableCell
        case "p", "div", "section", "blockquote", "address", "figure", "figcaption", "dt", "dd",
            "table", "tr", "thead", "tbody", "tfoot", "caption", "hr", "details", "summary", "center", "fieldset",
            "legend", "body", "html":
            self = .block
        case "pre": self = .preformatted
        case "br": self = .lineBreak
        case "strong", "b": self = .emphasis
        case "main", "article": self = .main
        case "header", "footer": self = .pageChrome
        case "script": self = .script
        case "title": self = .title
        case "head": self = .head
        case "meta": self = .meta
        case "a", "link": self = .link
        case "time": self = .time
        case "style", "noscript", "template", "nav", "aside", "form", "iframe", "svg", "math", "button",
            "select", "textarea", "input", "object", "embed", "canvas", "audio", "video", "map", "dialog":
            self = .skipped
        default: self = .inline
        }
    }
}
