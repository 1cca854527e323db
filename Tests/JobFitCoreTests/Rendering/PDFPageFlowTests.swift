import Testing

@testable import JobFitCore

/// Page breaking on plain heights: headings keep with their first entry, paragraphs split
/// between lines with at least two lines on each side.
@Suite struct PDFPageFlowTests {
    private let flow = PDFPageFlow(top: 0, bottom: 100)

    private static func lines(_ count: Int, height: Double = 10) -> PDFPageFlow.Block {
        PDFPageFlow.Block(
            height: Double(count) * height, lines: (0..<count).map { Double($0) * height...Double($0 + 1) * height })
    }

    @Test func blocksThatFitStayOnOnePage() {
        let blocks = [PDFPageFlow.Block(height: 30), PDFPageFlow.Block(height: 30, spaceBefore: 5)]
        #expect(
            flow.paginate(blocks) == [
                .init(block: 0, lines: nil, page: 0, y: 0), .init(block: 1, lines: nil, page: 0, y: 35),
            ])
    }

    @Test func aHeadingAtTheFootMovesWithItsEntry() {
        let blocks = [
            PDFPageFlow.Block(height: 80),
            PDFPageFlow.Block(height: 8, spaceBefore: 4, keepWithNext: true),  // heading
            PDFPageFlow.Block(height: 10, keepWithNext: true),  // title line
            Self.lines(5),  // bullet
        ]
        let placements = flow.paginate(blocks)
        #expect(placements.map(\.page) == [0, 1, 1, 1])
        #expect(placements[1].y == 0, "no space above the heading at the top of a page")
    }

    @Test func aHeadingStaysWhenItsEntryStartsOnThePage() {
        let blocks = [
            PDFPageFlow.Block(height: 50),
            PDFPageFlow.Block(height: 8, keepWithNext: true),
            PDFPageFlow.Block(height: 10, keepWithNext: true),
            Self.lines(5),
        ]
        let placements = flow.paginate(blocks)
        // 50 + 8 + 10 + the bullet's first two lines (20) fit; the bullet splits after three lines.
        #expect(placements.map(\.page) == [0, 0, 0, 0, 1])
        #expect(placements[3].lines == 0..<3)
        #expect(placements[4].lines == 3..<5)
        #expect(placements[4].y == 0)
    }

    @Test func splitsLeaveTwoLinesOnEachSide() {
        // 9 lines fit after 10 points; 10 lines leave one widow, so two lines go over.
        let placements = flow.paginate([PDFPageFlow.Block(height: 10), Self.lines(10)])
        #expect(placements.map(\.lines) == [nil, 0..<8, 8..<10])
        // One line would be an orphan at the foot: the paragraph moves whole.
        let moved = flow.paginate([PDFPageFlow.Block(height: 85), Self.lines(4)])
        #expect(moved.map(\.page) == [0, 1])
        #expect(moved[1].lines == nil)
    }

    @Test func aParagraphLongerThanTwoPagesSplitsTwice() {
        let placements = flow.paginate([Self.lines(25)])
        #expect(placements.map(\.lines) == [0..<10, 10..<20, 20..<25])
        #expect(placements.map(\.page) == [0, 1, 2])
    }

    @Test func aBlockTallerThanAPageIsPlacedRatherThanLoopingForever() {
        let placements = flow.paginate([PDFPageFlow.Block(height: 20), PDFPageFlow.Block(height: 150)])
        #expect(placements.map(\.page) == [0, 1])
    }
}

/// The contact line breaks between items into lines as even as the greedy line count allows.
@Suite struct PDFContactLineTests {
    @Test func oneLineWhenItFits() {
        #expect(PDFResumeComposer.evenBreaks([100, 100, 100], separator: 10, width: 400).isEmpty)
    }

    @Test func twoEvenLinesRatherThanALoneItem() {
        // Greedy: five items on the first line, one alone below; even: three and three.
        let breaks = PDFResumeComposer.evenBreaks([80, 80, 80, 80, 80, 80], separator: 10, width: 450)
        #expect(breaks == [3])
    }

    @Test func anItemWiderThanTheLineStillGetsALine() {
        #expect(PDFResumeComposer.evenBreaks([50, 600, 50], separator: 10, width: 400) == [1, 2])
    }
}

/// Skills named one by one without keywords share a line.
@Suite struct PDFBareEntryTests {
    @Test func consecutiveNamesGroupOthersStandAlone() {
        let entries: [ResumeLayout.Entry] = [
            .init(title: "Go"), .init(title: "Rust"), .init(title: "Cloud", items: ["AWS"]), .init(title: "SQL"),
            .init(title: "Bash"), .init(title: "C"),
        ]
        #expect(
            PDFResumeComposer.runsOfBareEntries(entries).map { $0.compactMap(\.title) } == [
                ["Go", "Rust"], ["Cloud"], ["SQL", "Bash", "C"],
            ])
    }
}
