import Foundation

/// Decides whether decoded text is HTML, Markdown or plain text, from its content first and
/// its file extension second.
enum FormatDetector {
    static func detect(_ text: String, pathExtension: String?) -> DocumentFormat {
        let head = String(decoding: text.utf8.prefix(65_536), as: UTF8.self)
        let start = String(head.drop(while: { $0.isWhitespace }).prefix(64)).lowercased()
        if start.hasPrefix("<!--") || start.hasPrefix("<!doctype html") || start.hasPrefix("<html")
            || start.hasPrefix("<?xml") && head.lowercased().contains("<html")
        {
            return .html
        }
        let htmlScore = htmlTagCount(head)
        if htmlScore >= 3 || start.hasPrefix("<") && htmlScore >= 1 { return .html }
        let ext = pathExtension?.lowercased()
        if ext == "html" || ext == "htm" || ext == "xhtml", htmlScore >= 1 { return .html }
        let markdownScore = markdownSignals(head)
        if markdownScore >= 2 || (ext == "md" || ext == "markdown") && markdownScore >= 1 { return .markdown }
        if ext == "md" || ext == "markdown" { return .markdown }
        return .text
    }

    private static let tagNames: Set<[UInt8]> = Set(tagNameList.map { Array($0.utf8) })

    private static let tagNameList = [
        "p", "div", "ul", "ol", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "span", "strong", "b", "em", "table",
        "tr", "td", "a", "script", "section", "article", "body", "head", "meta", "html", "title", "style", "nav",
        "main", "header", "footer", "img", "i", "u", "dl", "dt", "dd", "th",
    ]

    /// Counts known HTML tags (`<p`, `</li`, …) in one pass over the bytes, stopping at three.
    private static func htmlTagCount(_ text: String) -> Int {
        let bytes = Array(text.utf8.prefix(65_536))
        var count = 0
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            var cursor = index + 1
            if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "/") { cursor += 1 }
            var name: [UInt8] = []
            while cursor < bytes.count, name.count <= 8,
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[cursor] | 0x20)
                    || (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[cursor])
            {
                name.append(bytes[cursor] | (bytes[cursor] >= UInt8(ascii: "A") ? 0x20 : 0))
                cursor += 1
            }
            let ends = cursor == bytes.count || [0x20, 0x3E, 0x2F, 0x0A, 0x09].contains(bytes[cursor])
            if ends, tagNames.contains(name) {
                count += 1
                if count >= 3 { return count }
            }
            index = cursor
        }
        return count
    }

    private static func markdownSignals(_ text: String) -> Int {
        var score = 0
        var sawHeading = false
        var sawEmphasis = false
        var sawTable = false
        var sawLink = false
        for line in text.split(separator: "\n").prefix(400) {
            let content = line.drop(while: { $0 == " " })
            if !sawHeading, content.hasPrefix("#"), content.drop(while: { $0 == "#" }).first == " " {
                sawHeading = true
                score += 1
            }
            if !sawEmphasis, content.contains("**") || content.contains("__") {
                sawEmphasis = true
                score += 1
            }
            if !sawTable, content.hasPrefix("|"), content.contains("---") {
                sawTable = true
                score += 1
            }
            if !sawLink, content.contains("]("), content.contains("[") {
                sawLink = true
                score += 1
            }
        }
        return score
    }
}
