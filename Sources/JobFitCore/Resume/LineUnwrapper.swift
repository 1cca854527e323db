import Foundation

/// Joins lines that a writer or a PDF layout wrapped in the middle of a sentence, so phrases
/// ("GitHub / Actions", "recommendation / engine") are read whole, while role lines, bullets and
/// headings stay on lines of their own.
enum LineUnwrapper {
    /// Joins a line to the one before when it starts in lower case (the sentence goes on).
    ///
    /// With `isLaidOut` (text taken from a PDF), also joins after a line that reaches the wrap
    /// width without closing its sentence, or that ends in a comma or a dash, and drops bullet
    /// glyphs that the layout put on lines of their own.
    static func unwrap(_ text: String, isLaidOut: Bool) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if isLaidOut { lines.removeAll { bulletGlyphs.contains($0.trimmingCharacters(in: .whitespaces)) } }
        let width = isLaidOut ? wrapWidth(lines) : Int.max
        var result: [String] = []
        for line in lines {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if let previous = result.last, joins(previous, trimmed, width: width, isLaidOut: isLaidOut) {
                result[result.count - 1] = previous + " " + trimmed
            } else {
                result.append(line)
            }
        }
        return result.joined(separator: "\n")
    }

    private static let bulletGlyphs: Set<String> = ["•", "◦", "▪", "●", "○", "■", "–", "-", "*", "·"]

    private static func joins(_ previous: String, _ next: String, width: Int, isLaidOut: Bool) -> Bool {
        let before = previous.trimmingCharacters(in: .whitespaces)
        guard let first = next.first, let last = before.last, !startsBlock(next), !before.hasPrefix("#"),
            !before.hasPrefix("|")
        else { return false }
        if ".!?".contains(last) || isTitleLike(before) || startsWithAddress(next) { return false }
        if first.isLowercase { return true }
        guard isLaidOut else { return false }
        if ",–—-/&".contains(last) { return true }
        // A line ending in a date or number ("… — 2014") is a role or degree line, wrapped or not.
        return before.count >= width && last.isLetter
    }

    /// A name, heading or title: a few words, each capitalised ("Alex Morgan", "Route Planner").
    private static func isTitleLike(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        return words.count <= 5 && words.allSatisfy { !($0.first?.isLowercase ?? false) }
    }

    /// An email address, a web address or a domain ("alex@example.com", "github.com/alex").
    private static func startsWithAddress(_ line: String) -> Bool {
        let word = line.prefix { $0 != " " }
        return word.contains("@") || word.contains("://") || word.hasPrefix("www.")
            || word.split(separator: "/").first?.contains(".") == true && word.last?.isLetter == true
    }

    /// Whether a line opens a block of its own: a bullet, a numbered item, a heading, a table row.
    private static func startsBlock(_ line: String) -> Bool {
        guard let first = line.first else { return true }
        if "#|>".contains(first) || bulletGlyphs.contains(String(first)) && line.dropFirst().first == " " {
            return true
        }
        if first.isNumber, let marker = line.drop(while: \.isNumber).first, ".)".contains(marker),
            line.drop(while: \.isNumber).dropFirst().first == " "
        {
            return true
        }
        return "•◦▪●■".contains(first)
    }

    /// The width at which the layout wrapped: most wrapped lines come close to the longest ones.
    private static func wrapWidth(_ lines: [String]) -> Int {
        let lengths = lines.map(\.count).filter { $0 >= 20 }.sorted()
        guard !lengths.isEmpty else { return Int.max }
        return Int(Double(lengths[lengths.count * 3 / 4]) * 0.85)
    }
}
