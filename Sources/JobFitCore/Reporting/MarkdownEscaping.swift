/// Text from an input made safe to place in a Markdown table cell or line: it cannot end the cell,
/// start a new line, become raw HTML (`<script>`, `<img onerror=…>`) or a link (`[x](javascript:…)`).
///
/// `<` and `>` become `&lt;` and `&gt;` (a Markdown viewer shows them as written), `[`, `]` and
/// `|` are backslash-escaped, and line breaks become spaces.
func escapeMarkdown(_ text: String) -> String {
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count)
    for character in text {
        switch character {
        case "|": escaped += "\\|"
        case "[": escaped += "\\["
        case "]": escaped += "\\]"
        case "<": escaped += "&lt;"
        case ">": escaped += "&gt;"
        case "\n", "\r", "\r\n": escaped += " "
        default: escaped.append(character)
        }
    }
    return escaped
}
