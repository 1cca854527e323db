/// Text as the renderers put it into a document: cleaned, escaped for one markup, wrapped.
///
/// Every value from a resume passes through here before it enters markup, so escaping happens
/// in one place per format.
enum RenderText {
    /// The text without characters XML 1.0 forbids (C0 controls other than tab, line feed and
    /// carriage return; U+FFFE and U+FFFF), which also have no business in HTML or Markdown.
    static func legal(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { !isLegal($0) }) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.filter(isLegal))
        return String(scalars)
    }

    private static func isLegal(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0..<0x20, 0x7F, 0xFFFE, 0xFFFF: false
        default: true
        }
    }

    /// One line: illegal characters dropped, runs of white space (line breaks included) made one
    /// space, ends trimmed.
    static func line(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in legal(text) {
            if character.isWhitespace {
                pendingSpace = !output.isEmpty
            } else {
                if pendingSpace { output.append(" ") }
                pendingSpace = false
                output.append(character)
            }
        }
        return output
    }

    /// The paragraphs of a multi-line value (a summary): split at line breaks, each made one line,
    /// empty ones dropped.
    static func paragraphs(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { line(String($0)) }.filter { !$0.isEmpty }
    }

    /// Text escaped for XML character data and attribute values (`&`, `<`, `>`, `"`, `'`).
    static func xml(_ text: String) -> String {
        let clean = legal(text)
        guard clean.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 })
        else { return clean }
        var output = ""
        output.reserveCapacity(clean.utf8.count + 16)
        for character in clean {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.append(character)
            }
        }
        return output
    }

    /// Text escaped for HTML text and quoted attribute values (the same five characters as XML).
    static func html(_ text: String) -> String { xml(text) }

    /// Text escaped for Markdown (CommonMark and pandoc) so that it shows as written.
    ///
    /// Inline markup characters (`\` `` ` `` `*` `_` `[` `]` `<` `>` `|` `~` `&` `{` `}` `$` `^`)
    /// are always escaped; characters that only start a block (`#`, `+`, `-`, `=`, `1.`) are escaped
    /// at the start of the value, where a template may put them at the start of a line.
    static func markdown(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count + 8)
        var atStart = true
        var digitsAtStart = true
        for character in legal(text) {
            if Self.markdownInline.contains(character)
                || atStart && Self.markdownBlockStart.contains(character)
                || digitsAtStart && !atStart && (character == "." || character == ")")
            {
                output.append("\\")
            }
            output.append(character)
            digitsAtStart = digitsAtStart && character.isASCII && character.isNumber
            atStart = character == "\n"
            if atStart { digitsAtStart = true }
        }
        return output
    }

    private static let markdownInline: Set<Character> = [
        "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "{", "}", "$", "^",
    ]
    private static let markdownBlockStart: Set<Character> = ["#", "+", "-", "="]

    /// A link destination for Markdown: characters that would end or break `(…)` percent-encoded.
    static func markdownDestination(_ url: String) -> String {
        var output = ""
        for character in url {
            switch character {
            case " ": output += "%20"
            case "(": output += "%28"
            case ")": output += "%29"
            case "<": output += "%3C"
            case ">": output += "%3E"
            case "\\": output += "%5C"
            case "`": output += "%60"
            default: output.append(character)
            }
        }
        return output
    }

    /// The text wrapped at `width` columns (counted in characters) at spaces, the first line
    /// starting with `first` and the others with `rest`; a word longer than a line stands alone.
    static func wrap(_ text: String, width: Int = 80, first: String = "", rest: String = "") -> [String] {
        var lines: [String] = []
        var current = first
        var currentCount = first.count
        var hasWord = false
        for word in text.split(separator: " ") {
            let wordCount = word.count
            if hasWord, currentCount + 1 + wordCount > width {
                lines.append(current)
                current = rest
                currentCount = rest.count
                hasWord = false
            }
            if hasWord {
                current += " "
                currentCount += 1
            }
            current += word
            currentCount += wordCount
            hasWord = true
        }
        if hasWord || lines.isEmpty { lines.append(current) }
        return lines
    }
}
