/// Breaks a column of blocks into pages.
///
/// Pure arithmetic on heights, so the rules are tested without fonts:
/// - a block marked `keepWithNext` (a section heading, an entry's title line) goes to the next
///   page unless the following block can start beside it, so a heading is never left at the foot
///   of a page: it always has its first entry's title line and first lines under it;
/// - a block with `lines` (a paragraph, a bullet) may be split between lines, leaving at least two
///   lines at the foot of a page and at least two at the top of the next (orphans and widows);
/// - the space before a block is dropped at the top of a page.
struct PDFPageFlow {
    /// What the flow needs to know about a block.
    struct Block: Sendable, Equatable {
        /// Its height.
        var height: Double
        /// The space above it, unless it starts a page.
        var spaceBefore: Double = 0
        /// Keep it on the same page as the start of the next block.
        var keepWithNext = false
        /// Each line's top and bottom when the block may be split between lines; `nil` when it may not.
        var lines: [ClosedRange<Double>]?
    }

    /// Where (part of) a block goes.
    struct Placement: Sendable, Equatable {
        /// The block's index.
        var block: Int
        /// The lines placed, or `nil` for the whole block.
        var lines: Range<Int>?
        /// The page, from 0.
        var page: Int
        /// The top of the block (or of its first placed line) on the page.
        var y: Double
    }

    /// The top of the text area on every page.
    var top: Double
    /// The bottom of the text area.
    var bottom: Double
    /// The fewest lines of a split paragraph left at the foot of a page.
    var orphans = 2
    /// The fewest lines of a split paragraph carried to the top of the next page.
    var widows = 2

    private static let tolerance = 0.01

    /// The placements of every block, in order; the last one's page + 1 is the page count.
    func paginate(_ blocks: [Block]) -> [Placement] {
        var placements: [Placement] = []
        var page = 0
        var y = top
        let capacity = bottom - top
        for index in blocks.indices {
            let block = blocks[index]
            var space = y == top ? 0 : block.spaceBefore
            let needed = min(startHeight(blocks, index), capacity)
            if y > top, y + space + needed > bottom + Self.tolerance {
                page += 1
                y = top
                space = 0
            }
            y += space
            guard let lines = block.lines, !lines.isEmpty, y + block.height > bottom + Self.tolerance else {
                placements.append(Placement(block: index, lines: nil, page: page, y: y))
                y += block.height
                continue
            }
            var first = 0
            while first < lines.count {
                let base = lines[first].lowerBound
                var end = first
                while end < lines.count, y + lines[end].upperBound - base <= bottom + Self.tolerance { end += 1 }
                if end == lines.count {
                    placements.append(Placement(block: index, lines: first..<end, page: page, y: y))
                    y += lines[end - 1].upperBound - base
                    break
                }
                // Carry enough lines to the next page, then leave enough here, or move them all.
                if lines.count - end < widows { end = lines.count - widows }
                if end - first < orphans, y > top {
                    page += 1
                    y = top
                    continue
                }
                end = max(end, first + 1)
                placements.append(Placement(block: index, lines: first..<end, page: page, y: y))
                page += 1
                y = top
                first = end
            }
        }
        return placements
    }

    /// The height that must fit on the page for a block to start there: its first lines, or the
    /// whole block and the start of the next when it keeps with it.
    private func startHeight(_ blocks: [Block], _ index: Int) -> Double {
        let block = blocks[index]
        if block.keepWithNext, index + 1 < blocks.count {
            return block.height + blocks[index + 1].spaceBefore + startHeight(blocks, index + 1)
        }
        guard let lines = block.lines, !lines.isEmpty else { return block.height }
        return lines[min(orphans, lines.count) - 1].upperBound
    }
}
