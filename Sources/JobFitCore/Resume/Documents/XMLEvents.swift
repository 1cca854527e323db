internal import CHTMLInterface

/// One step of a walk over an XML tree: an element opens, text appears, an element closes.
enum XMLEvent: Equatable, Sendable {
    /// An element opens; `attributes` holds only the attributes that were asked for, by local name.
    case start(String, attributes: [String: String])
    /// The text of a text or CDATA node.
    case text(String)
    /// The element opened by the matching `start` closes.
    case end(String)
}

/// An XML document read by libxml2 and turned into a flat list of Swift events.
///
/// This is the second (and only other) Swift file that touches libxml2, beside
/// `Ingestion/HTMLDocument.swift`. The bytes are parsed with `XML_PARSE_NONET`, without entity
/// substitution and without loading any DTD, so external entities are never fetched and entity
/// references (a "billion laughs" document) are dropped, not expanded. The tree is walked
/// iteratively, copied into Swift values and freed before `parse` returns.
enum XMLEvents {
    /// Why an XML document could not be read.
    enum Failure: Error, Equatable {
        /// libxml2 could not build a tree (the bytes are not well-formed XML).
        case notWellFormed
    }

    /// Parses `bytes` and returns its elements and texts in document order.
    ///
    /// - Parameters:
    ///   - bytes: The XML, in any encoding its declaration names (UTF-8 by default).
    ///   - attributes: The attributes to copy, by element local name; names are local too, so
    ///     `"val"` finds `w:val`.
    ///   - skipping: Elements (by local name) whose whole subtree is left out.
    static func parse(
        _ bytes: [UInt8], attributes: [String: [String]] = [:], skipping: Set<String> = []
    ) throws(Failure) -> [XMLEvent] {
        var report = jf_parse_report()
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                jf_xml_parse(chars.baseAddress, chars.count, &report)
            }
        }
        guard let document = parsed else { throw .notWellFormed }
        defer { jf_document_free(document) }
        guard let root = jf_document_root(document) else { throw .notWellFormed }

        var events: [XMLEvent] = []
        var names: [UnsafeRawPointer: String] = [:]
        // Each entry is an open element (to close) and the next sibling to visit after it.
        var stack: [(name: String, next: UnsafeMutableRawPointer?)] = []
        var node: UnsafeMutableRawPointer? = root
        while true {
            if let current = node {
                switch Int(jf_node_kind(current)) {
                case Int(JF_NODE_TEXT):
                    if let text = jf_node_text(current) { events.append(.text(String(cString: text))) }
                    node = jf_node_next_sibling(current)
                case Int(JF_NODE_ELEMENT):
                    let name = localName(current, cache: &names)
                    if skipping.contains(name) {
                        node = jf_node_next_sibling(current)
                        continue
                    }
                    var copied: [String: String] = [:]
                    for attribute in attributes[name] ?? [] {
                        if let value = jf_node_attribute(current, attribute) {
                            copied[attribute] = String(cString: value)
                            jf_string_free(value)
                        }
                    }
                    events.append(.start(name, attributes: copied))
                    stack.append((name, jf_node_next_sibling(current)))
                    node = jf_node_first_child(current)
                default:
                    // Comments, processing instructions and unexpanded entity references.
                    node = jf_node_next_sibling(current)
                }
            } else if let open = stack.popLast() {
                events.append(.end(open.name))
                node = open.next
            } else {
                break
            }
        }
        return events
    }

    /// The element's local name; libxml2 interns names in the document's dictionary, so the pointer is a key.
    private static func localName(
        _ node: UnsafeMutableRawPointer, cache: inout [UnsafeRawPointer: String]
    ) -> String {
        guard let name = jf_node_name(node) else { return "" }
        let key = UnsafeRawPointer(name)
        if let known = cache[key] { return known }
        let value = String(cString: name)
        cache[key] = value
        return value
    }
}
