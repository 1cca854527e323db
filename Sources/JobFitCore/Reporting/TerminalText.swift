/// Lines for the terminal reports of `jobfit gaps`: 80 columns, broken at spaces only, with a
/// hanging indent so a wrapped list item still reads as one item.
///
/// A word longer than a line (a long path) stands alone on its line rather than being cut.
enum TerminalText {
    /// The width of a terminal line, in characters.
    static let width = 80

    /// A heading or summary line; its continuation lines four columns in.
    static func heading(_ text: String) -> [String] {
        RenderText.wrap(text, width: width, first: "", rest: "    ")
    }

    /// A list item two columns in; its continuation lines six in, under the item's text.
    static func item(_ text: String) -> [String] {
        RenderText.wrap(text, width: width, first: "  ", rest: "      ")
    }

    /// A scored list item: the score right-aligned in three columns, then the text, whose
    /// continuation lines start under it.
    ///
    /// When the text's first word does not fit beside the score (a bare path), the score stands
    /// alone and the text starts on the next line, so an overlong line holds that word only.
    static func scored(_ score: Int, _ text: String) -> [String] {
        let first = "  " + String(score).leftPadded(3) + " "
        let rest = String(repeating: " ", count: first.count)
        let lines = RenderText.wrap(text, width: width, first: first, rest: rest)
        guard let opening = lines.first, opening.count > width else { return lines }
        return ["  " + String(score).leftPadded(3)] + RenderText.wrap(text, width: width, first: rest, rest: rest)
    }
}
