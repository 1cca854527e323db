/// A block as a reader found it, before sectioning assigns offsets in the posting's text.
struct RawBlock: Equatable, Sendable {
    var kind: Block.Kind
    var text: String
    var level: Int
    var line: Int

    init(_ kind: Block.Kind, _ text: String, level: Int = 0, line: Int = 0) {
        self.kind = kind
        self.text = text
        self.level = level
        self.line = line
    }
}
