import Foundation

/// Reads plain text and Markdown into blocks, line by line.
///
/// Headings come from `#` lines, underlined lines, ALL-CAPS lines, short lines ending in `:`
/// and short title-case lines; list items from `•`, `·`, `-`, `*`, `–`, `+` and numbered
/// markers, with nesting from indentation. Markdown adds tables, fences and inline markup.
struct LineBlockReader {
    var isMarkdown: Bool
    /// Whether consecutive prose lines join into one paragraph; resumes turn this off because
    /// each of their lines (a role, a company, a date line) means something on its own.
    var joinsLines = true

    /// The heading level given to headings found by the plain-text rules (below `#`/`##`).
    private static let inferredHeadingLevel = 3

    func read(_ text: String) -> [RawBlock] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var blocks: [RawBlock] = []
        var paragraph: (text: String, line: Int)?
        var listIndents: [Int] = []
        var inFence = false
        var index = 0

        func flushParagraph() {
            if let current = paragraph { append(&blocks, .paragraph, current.text, line: current.line) }
            paragraph = nil
        }

        while index < lines.count {
            let rawLine = lines[index]
            let lineNumber = index + 1
            index += 1
            let line = rawLine.trimmingTrailingWhitespace()
            let content = line.drop(while: { $0 == " " || $0 == "\t" })
            let indent = Self.indentWidth(line)

            if isMarkdown, content.hasPrefix("```") || content.hasPrefix("~~~") {
                flushParagraph()
                inFence.toggle()
                continue
            }
            if inFence {
                if !content.isEmpty { append(&blocks, .paragraph, String(content), line: lineNumber) }
                continue
            }
            if content.isEmpty {
                flushParagraph()
                continue
            }
            if Self.isRule(content) {
                flushParagraph()
                continue
            }
            if let (level, heading) = Self.hashHeading(content) {
                flushParagraph()
                listIndents.removeAll()
                append(&blocks, .heading, heading, level: level, line: lineNumber)
                continue
            }
            if paragraph == nil, index < lines.count, let level = Self.underlineLevel(lines[index]),
                Self.wordCount(content) <= 12
            {
                index += 1
                listIndents.removeAll()
                append(&blocks, .heading, String(content), level: level, line: lineNumber)
                continue
            }
            if isMarkdown, content.hasPrefix("|") {
                flushParagraph()
                for cell in Self.tableCells(content) {
                    append(&blocks, .tableCell, cell, line: lineNumber)
                }
                continue
            }
            var quoted = content
            if isMarkdown, quoted.hasPrefix(">") {
                quoted = quoted.dropFirst().drop(while: { $0 == " " })
                if quoted.isEmpty { continue }
            }
            if let item = Self.listItem(quoted) {
                flushParagraph()
                let depth = Self.depth(forIndent: indent, stack: &listIndents)
                for part in Self.splitInlineEnumeration(String(item)) {
                    append(&blocks, .listItem, part, level: depth, line: lineNumber)
                }
                continue
            }
            // A line indented under a list item continues it.
            if let last = blocks.last, last.kind == .listItem, paragraph == nil, last.line == lineNumber - 1,
                let itemIndent = listIndents.last, indent > itemIndent
            {
                blocks[blocks.count - 1].text += " " + TextNormalizer.collapseWhitespace(cleanInline(quoted))
                blocks[blocks.count - 1].line = lineNumber
                continue
            }
            listIndents.removeAll()
            let isolated =
                (lineNumber < 2 || lines[lineNumber - 2].allSatisfy(\.isWhitespace))
                && (index >= lines.count || lines[index].allSatisfy(\.isWhitespace))
            if let level = headingLevel(quoted, isolated: isolated && paragraph == nil) {
                flushParagraph()
                append(&blocks, .heading, String(quoted), level: level, line: lineNumber)
                continue
            }
            var parts = Self.splitInlineEnumeration(String(quoted))
            if parts.count == 1, !isMarkdown { parts = Self.splitWideGaps(quoted) }
            if parts.count > 1 {
                flushParagraph()
                append(&blocks, .paragraph, parts[0], line: lineNumber)
                for part in parts.dropFirst() { append(&blocks, .listItem, part, line: lineNumber) }
                continue
            }
            if Self.isLabelLine(quoted) {
                // "Agency: NYC Housing Authority" stands alone; it is a fact, not prose.
                flushParagraph()
                append(&blocks, .paragraph, String(quoted), line: lineNumber)
                continue
            }
            if var current = paragraph, Self.continuesParagraph(current.text, with: quoted) {
                // A word hyphenated across the line break ("develop-" / "ment") is one word again.
                if current.text.hasSuffix("-"), current.text.dropLast().last?.isLetter == true,
                    quoted.first?.isLowercase == true
                {
                    current.text.removeLast()
                    current.text += quoted
                } else {
                    current.text += " " + quoted
                }
                paragraph = current
            } else {
                flushParagraph()
                paragraph = (String(quoted), lineNumber)
            }
            if !joinsLines || Self.endsSentence(quoted) || !isMarkdown && !Self.looksWrapped(quoted) {
                flushParagraph()
            }
        }
        flushParagraph()
        return blocks
    }

    // MARK: - Headings

    /// The level of a heading found by the text rules, or `nil` when `line` is not one.
    private func headingLevel(_ line: Substring, isolated: Bool) -> Int? {
        let words = Self.wordCount(line)
        guard words > 0, words <= 12, line.count <= 100 else { return nil }
        if isMarkdown, let inner = Self.loneEmphasis(line), Self.wordCount(inner) <= 12 {
            return Self.inferredHeadingLevel + 1
        }
        let stripped = isMarkdown ? Substring(cleanInline(line)) : line
        if stripped.hasSuffix(":"), words <= 8, !stripped.dropLast().contains(":") {
            return Self.inferredHeadingLevel + 1
        }
        // "Label: value" lines are facts, not headings.
        if stripped.dropLast().contains(": ") { return nil }
        if Self.isAllCaps(stripped), words <= 10 {
            return Self.inferredHeadingLevel - 1
        }
        if !isMarkdown, Self.isTitleCase(stripped) {
            if stripped.hasSuffix("?") && words >= 3 { return Self.inferredHeadingLevel }
            if Self.endsSentence(stripped) || stripped.hasSuffix(",") || stripped.hasSuffix(";") { return nil }
            return Self.inferredHeadingLevel
        }
        if !isMarkdown, stripped.hasSuffix("?"), words <= 12, stripped.first?.isUppercase == true {
            return Self.inferredHeadingLevel
        }
        // A short line that stands alone between blank lines and ends no sentence.
        if !isMarkdown, isolated, words <= 10, stripped.first?.isUppercase == true,
            !Self.endsSentence(stripped), !stripped.hasSuffix(","), !stripped.hasSuffix(";")
        {
            return Self.inferredHeadingLevel + 1
        }
        return nil
    }

    private static func hashHeading(_ content: Substring) -> (Int, String)? {
        let hashes = content.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(hashes) else { return nil }
        let rest = content.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " else { return nil }
        var text = rest.trimmingCharacters(in: " ")
        while text.hasSuffix("#") { text = String(text.dropLast()) }
        text = text.trimmingCharacters(in: " ")
        return text.isEmpty ? nil : (hashes, text)
    }

    private static func underlineLevel(_ line: Substring) -> Int? {
        let trimmed = line.trimmingCharacters(in: " \t")
        guard trimmed.count >= 3 else { return nil }
        if trimmed.allSatisfy({ $0 == "=" }) { return 1 }
        if trimmed.allSatisfy({ $0 == "-" }) { return 2 }
        return nil
    }

    private static func isRule(_ content: Substring) -> Bool {
        guard let first = content.utf8.first,
            first == UInt8(ascii: "-") || first == UInt8(ascii: "*")
                || first == UInt8(ascii: "_") || first == UInt8(ascii: "=")
        else { return false }
        var marks = 0
        for byte in content.utf8 where byte != 0x20 {
            guard byte == first else { return false }
            marks += 1
        }
        return marks >= 3
    }

    private static func isAllCaps(_ line: Substring) -> Bool {
        var letters = 0
        for character in line where character.isLetter {
            if character.isLowercase { return false }
            letters += 1
        }
        return letters >= 3
    }

    /// Words that stay lowercase in title case.
    private static let minorWords: Set<String> = [
        "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "is", "of", "on", "or", "the",
        "to", "vs", "with", "does", "do", "you", "your", "it", "its", "be", "are", "what", "should", "make",
    ]

    private static func isTitleCase(_ line: Substring) -> Bool {
        let words = line.split(whereSeparator: { $0 == " " })
        guard (1...10).contains(words.count) else { return false }
        var significant = 0
        var capitalised = 0
        for word in words {
            let letters = word.drop(while: { !$0.isLetter && !$0.isNumber })
            guard let first = letters.first else { continue }
            if minorWords.contains(letters.lowercased()) { continue }
            significant += 1
            if first.isUppercase || first.isNumber { capitalised += 1 }
        }
        return significant > 0 && capitalised * 10 >= significant * 8 && words.first?.first?.isLowercase != true
    }

    // MARK: - Lists

    /// The text after a list marker, or `nil` when `content` does not start with one.
    private static func listItem(_ content: Substring) -> Substring? {
        guard let first = content.first else { return nil }
        if "•·-*–—+▪◦●○■□➢►✓✔→".contains(first) {
            let rest = content.dropFirst()
            guard let next = rest.first, next == " " || next == "\t" else { return nil }
            if first == "*" || first == "-" || first == "+", rest.allSatisfy({ $0 == first || $0 == " " }) {
                return nil
            }
            let text = rest.drop(while: { $0 == " " || $0 == "\t" })
            return text.isEmpty ? nil : text
        }
        var digits = content.prefix(while: { $0.isASCII && $0.isNumber })
        if digits.isEmpty, let letter = content.first, letter.isASCII, letter.isLowercase,
            content.dropFirst().first == ")"
        {
            digits = content.prefix(1)
        }
        guard !digits.isEmpty, digits.count <= 3 else { return nil }
        let afterDigits = content.dropFirst(digits.count)
        guard let marker = afterDigits.first, marker == "." || marker == ")" else { return nil }
        let rest = afterDigits.dropFirst()
        guard let space = rest.first, space == " " || space == "\t" else { return nil }
        let text = rest.drop(while: { $0 == " " || $0 == "\t" })
        return text.isEmpty ? nil : text
    }

    /// Nesting depth for a list marker at `indent`, keeping a stack of the indents seen so far.
    private static func depth(forIndent indent: Int, stack: inout [Int]) -> Int {
        while let last = stack.last, last > indent { stack.removeLast() }
        if stack.last != indent { stack.append(indent) }
        return stack.count - 1
    }

    /// Splits `1.  First.  2.  Second.` written on one line into its items; NYC postings do this.
    static func splitInlineEnumeration(_ text: String) -> [String] {
        guard text.contains("  ") else { return [text] }
        let scalars = Array(text.unicodeScalars)
        var cuts: [Int] = []
        var expected: Int?
        var index = 0
        while index < scalars.count - 3 {
            // Two or more spaces, then the next number, `.` or `)`, then a space.
            if scalars[index] == " ", scalars[index + 1] == " " {
                var cursor = index
                while cursor < scalars.count, scalars[cursor] == " " { cursor += 1 }
                var number = 0
                let digitsStart = cursor
                while cursor < scalars.count, let digit = Int(String(scalars[cursor])), cursor - digitsStart < 2 {
                    number = number * 10 + digit
                    cursor += 1
                }
                // The first item may be 1 (after a lead-in) or 2 (the line itself starts with 1.).
                let matchesNext = expected.map { number == $0 } ?? (number == 1 || number == 2)
                if cursor > digitsStart, matchesNext, cursor + 1 < scalars.count,
                    scalars[cursor] == "." || scalars[cursor] == ")", scalars[cursor + 1] == " "
                {
                    cuts.append(digitsStart)
                    expected = number + 1
                    index = cursor
                    continue
                }
                index = cursor
                continue
            }
            index += 1
        }
        guard cuts.count >= 1 else { return [text] }
        var parts: [String] = []
        var previous = 0
        for cut in cuts {
            parts.append(String(String.UnicodeScalarView(scalars[previous..<cut])))
            previous = cut
        }
        parts.append(String(String.UnicodeScalarView(scalars[previous...])))
        // The first part may itself start with "1." and its marker is stripped like the rest.
        return parts.map { part in
            let trimmed = Substring(part.trimmingCharacters(in: " "))
            return String(listItem(trimmed) ?? trimmed)
        }.filter { !$0.isEmpty }
    }

    /// Splits a line at runs of four or more spaces: text exported from forms and spreadsheets
    /// (NYC postings) lays out separate items on one line that way.
    static func splitWideGaps(_ line: Substring) -> [String] {
        guard line.contains("    ") else { return [String(line)] }
        var parts: [String] = []
        var current = ""
        var spaces = 0
        for character in line {
            if character == " " {
                spaces += 1
                continue
            }
            if spaces >= 4, !current.isEmpty {
                parts.append(current)
                current = ""
            } else if spaces > 0, !current.isEmpty {
                current += String(repeating: " ", count: spaces)
            }
            spaces = 0
            current.append(character)
        }
        if !current.isEmpty { parts.append(current) }
        return parts
    }

    // MARK: - Markdown

    private static func tableCells(_ content: Substring) -> [String] {
        var row = content.trimmingCharacters(in: " ")
        if row.hasPrefix("|") { row.removeFirst() }
        if row.hasSuffix("|") { row.removeLast() }
        let cells = row.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: " ") }
        if cells.allSatisfy({ cell in !cell.isEmpty && cell.allSatisfy({ "-:".contains($0) }) }) { return [] }
        return cells.filter { !$0.isEmpty }
    }

    /// The inner text of a line that is only `**text**` or `__text__` (optionally with a colon).
    private static func loneEmphasis(_ line: Substring) -> Substring? {
        for marker in ["**", "__"] where line.hasPrefix(marker) {
            var inner = line.dropFirst(2)
            if inner.hasSuffix(marker + ":") {
                inner = inner.dropLast(3)
            } else if inner.hasSuffix(":" + marker) || inner.hasSuffix(marker) {
                inner = inner.dropLast(2)
            } else {
                return nil
            }
            return inner.contains(marker) || inner.isEmpty ? nil : inner
        }
        return nil
    }

    /// Removes inline Markdown: emphasis, code spans, links and images, simple HTML tags.
    func cleanInline(_ text: Substring) -> String {
        guard isMarkdown else { return String(text) }
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            switch character {
            case "*", "_", "`":
                // Emphasis and code markers; keep underscores inside words (snake_case).
                if character == "_" {
                    let before = index > text.startIndex ? text[text.index(before: index)] : " "
                    let afterIndex = text.index(after: index)
                    let after = afterIndex < text.endIndex ? text[afterIndex] : " "
                    if before.isLetter || before.isNumber, after.isLetter || after.isNumber {
                        output.append(character)
                    }
                }
                index = text.index(after: index)
            case "!" where text[text.index(after: index)...].hasPrefix("["):
                index = text.index(after: index)
            case "[":
                if let close = text[index...].firstIndex(of: "]") {
                    let label = text[text.index(after: index)..<close]
                    let afterClose = text.index(after: close)
                    if afterClose < text.endIndex, text[afterClose] == "(",
                        let end = text[afterClose...].firstIndex(of: ")")
                    {
                        output += cleanInline(label)
                        index = text.index(after: end)
                        continue
                    }
                }
                output.append(character)
                index = text.index(after: index)
            case "<":
                if let close = text[index...].firstIndex(of: ">"),
                    text[text.index(after: index)...].first.map({ $0.isLetter || $0 == "/" }) == true
                {
                    output.append(" ")
                    index = text.index(after: close)
                } else {
                    output.append(character)
                    index = text.index(after: index)
                }
            case "\\":
                let next = text.index(after: index)
                if next < text.endIndex { output.append(text[next]) }
                index = next < text.endIndex ? text.index(after: next) : next
            default:
                output.append(character)
                index = text.index(after: index)
            }
        }
        return output
    }

    // MARK: - Helpers

    private func append(_ blocks: inout [RawBlock], _ kind: Block.Kind, _ text: String, level: Int = 0, line: Int) {
        let cleaned = TextNormalizer.collapseWhitespace(
            Substring(HTMLEntities.decode(isMarkdown ? cleanInline(Substring(text)) : text)))
        guard !cleaned.isEmpty else { return }
        blocks.append(RawBlock(kind, cleaned, level: level, line: line))
    }

    private static func indentWidth(_ line: Substring) -> Int {
        var width = 0
        for character in line {
            if character == " " {
                width += 1
            } else if character == "\t" {
                width += 4
            } else {
                break
            }
        }
        return width
    }

    /// True for `Label: value` lines with a short label (at most four words, no sentence in it).
    static func isLabelLine(_ line: Substring) -> Bool {
        // Labels are short: look for the colon in the first 48 bytes only.
        guard let utf8Colon = line.utf8.prefix(48).firstIndex(of: UInt8(ascii: ":")) else { return false }
        let colon = utf8Colon
        let label = line[..<colon]
        let after = line[line.index(after: colon)...]
        guard after.first == " ", after.contains(where: { !$0.isWhitespace }), !label.isEmpty, label.count <= 40 else {
            return false
        }
        // "Description: ABC Inc. seeks an engineer to build tools." is prose that happens to have a label.
        if endsSentence(after), wordCount(after) >= 6 { return false }
        return wordCount(label) <= 4 && !label.contains(where: { ".!?,;".contains($0) })
            && label.first?.isUppercase == true
    }

    static func wordCount(_ text: Substring) -> Int {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            let isSpace = byte == 0x20 || byte == 0x09
            if !isSpace && !inWord { count += 1 }
            inWord = !isSpace
        }
        return count
    }

    private static func endsSentence(_ text: Substring) -> Bool {
        guard let last = text.last else { return false }
        return ".!?".contains(last)
            || (last == ")" || last == "\"" || last == "”") && text.dropLast().last.map { ".!?".contains($0) } == true
    }

    /// True when a line looks hard-wrapped (long, not ending a sentence), so the next line may continue it.
    private static func looksWrapped(_ text: Substring) -> Bool {
        text.count >= 50 && !endsSentence(text)
    }

    private static func continuesParagraph(_ previous: String, with line: Substring) -> Bool {
        guard let first = line.first else { return false }
        return !endsSentence(Substring(previous)) && (first.isLowercase || first.isNumber || previous.count >= 50)
    }
}

extension Substring {
    fileprivate func trimmingTrailingWhitespace() -> Substring {
        var end = endIndex
        while end > startIndex {
            let before = index(before: end)
            guard self[before] == " " || self[before] == "\t" else { break }
            end = before
        }
        return self[startIndex..<end]
    }

    fileprivate func trimmingCharacters(in set: String) -> String {
        let start = firstIndex(where: { !set.contains($0) }) ?? endIndex
        let end = self[start...].lastIndex(where: { !set.contains($0) }).map { index(after: $0) } ?? start
        return String(self[start..<end])
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        Substring(self).trimmingCharacters(in: set)
    }
}
