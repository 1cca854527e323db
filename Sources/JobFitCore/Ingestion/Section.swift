/// A run of blocks under one heading, with what that run is about.
public struct Section: Equatable, Sendable, Codable {
    /// What the section is about.
    public var kind: SectionKind
    /// The heading that opens the section, if any.
    public var heading: Block?
    /// The blocks under the heading, in reading order.
    public var blocks: [Block]

    /// Creates a section.
    public init(kind: SectionKind, heading: Block? = nil, blocks: [Block] = []) {
        self.kind = kind
        self.heading = heading
        self.blocks = blocks
    }
}
