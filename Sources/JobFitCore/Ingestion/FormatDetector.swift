import Foundation

/// Decides whether decoded text is HTML, Markdown or plain text, from its content first and
/// its file extension second.
enum FormatDetector {
    static func detect(_ text: String, pathExtension: String?) -> DocumentFormat {
        let head = String(decoding: text.utf8.prefix(65_536), as: UTF8.self)
        let lowered = head.lowercased()
        let trimmed = lowered.drop(while: { $0.isWhitespace })
        if trimmed.hasPrefix("<!--") || trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html")
            || trimmed.hasPrefix("<?xml") && lowered.contains("<html")
        {
            return .html
        }
        let htmlScore = htmlTagCount(lowered)
        if htmlScore >= 3 || trimmed.hasPrefix("<") && htmlScore >= 1 { return .html }
        let ext = pathExtension?.lowercased()
        if ext == "html" || ext == "htm" || ext == "xhtml", htmlScore >= 1 { return .html }
        let markdownScore = markdownSignals(head)
        if markdownScore >= 2 || (ext == "md" || ext == "markdown") && markdownScore >= 1 { return .markdown }
        if ext == "md" || ext == "markdown" { return .markdown }
        return .text
    }

    private static let tagNames = [
        "p", "div", "ul", "ol", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "span", "strong", "b", "em", "table",
        "tr", "td", "a", "script", "section", "article", "body", "head", "meta", "html", "title", "style", "nav",
        "main", "header", "footer", "img", "i", "u", "dl", "dt", "dd", "th",
    ]

    private static func htmlTagCount(_ lowered: String) -> Int {
        var count = 0
        for name in tagNames {
            var searchRange = lowered.startIndex..<lowered.endIndex
            while let range = lowered.range(of: "<" + name, range: searchRange) {
                let after = range.upperBound
                if after == lowered.endIndex || " >/\n\t".contains(lowered[after]) {
                    count += 1
                    if count >= 3 { return count }
                }
                searchRange = after..<lowered.endIndex
            }
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
