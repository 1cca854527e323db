import Foundation

/// Reads a rendered resume back and checks that what an applicant tracking system needs came out.
///
/// The text read back from the file (JobFit's own PDF and DOCX readers) must hold the name, the
/// contact details, every section heading in order, every entry's dates and every keyword given
/// (the matched skills when tailoring; all the resume's skills when rendering). Comparison ignores
/// case, spacing and the kind of dash, since extractors differ on those, and nothing else.
public enum RenderVerifier {
    /// Something that did not come out of the rendered file as written.
    public struct Failure: Sendable, Equatable, CustomStringConvertible {
        /// What was looked for: `heading`, `keyword`, `date`, `contact`, `name`.
        public var kind: String
        /// The text looked for.
        public var expected: String
        /// `missing`, or `out of order` for a heading found before the previous one.
        public var problem: String

        /// "heading "Skills" is missing".
        public var description: String { "\(kind) \"\(expected)\" is \(problem)" }
    }

    /// The failures found in `readBack`, the text of the file rendered from `layout`; empty when
    /// it reads correctly.
    public static func verify(_ layout: ResumeLayout, keywords: [String], readBack: String) -> [Failure] {
        let text = normalized(readBack)
        let joined = text.replacingOccurrences(of: " ", with: "")
        var failures: [Failure] = []
        func present(_ value: String) -> Bool {
            let wanted = normalized(value)
            return wanted.isEmpty || text.contains(wanted)
                || joined.contains(wanted.replacingOccurrences(of: " ", with: ""))
        }
        if !present(layout.name) { failures.append(Failure(kind: "name", expected: layout.name, problem: "missing")) }
        for item in layout.contact where item.link?.hasPrefix("mailto:") == true || item.link?.hasPrefix("tel:") == true
        {
            if !present(item.text) {
                failures.append(Failure(kind: "contact", expected: item.text, problem: "missing"))
            }
        }
        for (heading, problem) in headingProblems(layout.headings, lines: readBack) {
            failures.append(Failure(kind: "heading", expected: heading, problem: problem))
        }
        for dates in Set(layout.sections.flatMap { $0.entries.compactMap(\.dates) }).sorted() where !present(dates) {
            failures.append(Failure(kind: "date", expected: dates, problem: "missing"))
        }
        var seen = Set<String>()
        for keyword in keywords where seen.insert(keyword.lowercased()).inserted && !present(keyword) {
            failures.append(Failure(kind: "keyword", expected: keyword, problem: "missing"))
        }
        return failures
    }

    /// The headings missing from `lines` or out of order.
    ///
    /// A heading is found on a line of its own (a Markdown `#` or list marker aside), else
    /// inside a line; the headings outside the longest run found in order are the ones out of
    /// order, so one moved heading is reported alone.
    static func headingProblems(_ headings: [String], lines text: String) -> [(String, String)] {
        let lines = text.split(whereSeparator: \.isNewline).map { line in
            normalized(String(line.drop { $0 == "#" || $0 == "-" || $0 == "*" || $0 == " " }))
        }
        let positions: [Int?] = headings.map { heading in
            let wanted = normalized(heading)
            return lines.firstIndex(of: wanted) ?? lines.firstIndex { $0.contains(wanted) }
        }
        // Longest strictly increasing run of positions (quadratic: resumes have few headings).
        var length = [Int](repeating: 0, count: headings.count)
        var previous = [Int?](repeating: nil, count: headings.count)
        for index in headings.indices {
            guard let position = positions[index] else { continue }
            length[index] = 1
            for earlier in 0..<index {
                if let before = positions[earlier], before < position, length[earlier] + 1 > length[index] {
                    length[index] = length[earlier] + 1
                    previous[index] = earlier
                }
            }
        }
        var inOrder = Set<Int>()
        var cursor = length.indices.max { length[$0] < length[$1] || (length[$0] == length[$1] && $0 > $1) }
        while let index = cursor, length[index] > 0 {
            inOrder.insert(index)
            cursor = previous[index]
        }
        return headings.indices.compactMap { index in
            if positions[index] == nil { return (headings[index], "missing") }
            return inOrder.contains(index) ? nil : (headings[index], "out of order")
        }
    }

    /// Lower case, one space between words, every dash a hyphen, compatibility forms folded
    /// (ligatures), soft hyphens dropped.
    static func normalized(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars {
            if scalar == "\u{00AD}" { continue }
            if CharacterSet.whitespacesAndNewlines.contains(scalar) {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            switch scalar {
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}": result.append("-")
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
