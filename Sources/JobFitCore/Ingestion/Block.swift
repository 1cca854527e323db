/// One unit of a posting's structure: a heading, a paragraph, a list item or a table cell.
public struct Block: Equatable, Sendable, Codable {
    /// The structural role of a block.
    public enum Kind: String, Codable, Sendable, Equatable {
        case heading
        case paragraph
        case listItem
        case tableCell
    }

    /// The structural role of this block.
    public var kind: Kind
    /// The block's text with white space collapsed and markup removed.
    public var text: String
    /// Heading level (1 is the highest) or list nesting depth (0 is the outermost); 0 otherwise.
    public var level: Int
    /// UTF-8 offset of the first byte of `text` in ``JobPosting/text``.
    public var start: Int
    /// UTF-8 offset just past the last byte of `text` in ``JobPosting/text``.
    public var end: Int
    /// The 1-based line in the decoded source where the block starts, or 0 when unknown.
    public var line: Int

    /// Creates a block.
    public init(kind: Kind, text: String, level: Int = 0, start: Int = 0, end: Int = 0, line: Int = 0) {
        self.kind = kind
        self.text = text
        self.level = level
        self.start = start
        self.end = end
        self.line = line
    }
}
