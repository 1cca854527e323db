import Foundation

/// Groups blocks into sections and decides each section's kind.
///
/// A heading's kind comes from the vocabulary; a heading that names no kind inherits the kind
/// of the heading above it (when it is a subheading) or, failing that, takes the kind its
/// body's cue phrases point to. A lead-in line ending in `:` inside a general section
/// ("Responsibilities will include the following:") opens a section of the kind it names.
struct Sectionizer {
    var vocabulary: SectionVocabulary

    /// The sections and the posting text that block offsets point into.
    func sections(from rawBlocks: [RawBlock]) -> (sections: [Section], text: String) {
        var drafts: [Draft] = [Draft(kind: nil, heading: nil)]
        var headingStack: [(level: Int, kind: SectionKind?)] = []

        for (index, block) in rawBlocks.enumerated() {
            if block.kind == .heading {
                while let last = headingStack.last, last.level >= block.level { headingStack.removeLast() }
                // A subheading that names no kind belongs to the section above it.
                let kind = vocabulary.kind(ofHeading: block.text) ?? headingStack.last?.kind
                headingStack.append((block.level, kind))
                drafts.append(Draft(kind: kind, heading: block))
                continue
            }
            if isLeadIn(block, next: index + 1 < rawBlocks.count ? rawBlocks[index + 1] : nil),
                case let current = drafts.last?.kind ?? .other, [.other, .overview, .about].contains(current),
                let named = vocabulary.kind(ofHeading: block.text) ?? vocabulary.kind(ofBody: block.text),
                named != current, named != .other
            {
                drafts.append(Draft(kind: named, heading: nil, blocks: [block]))
                continue
            }
            if block.kind == .paragraph, drafts.last?.kind != .legal, drafts.last?.blocks.isEmpty == false,
                vocabulary.kind(ofBody: block.text) == .legal
            {
                // An equal-opportunity paragraph at the foot of another section is boilerplate of its own.
                drafts.append(Draft(kind: .legal, heading: nil, blocks: [block]))
                continue
            }
            drafts[drafts.count - 1].blocks.append(block)
        }

        var text = ""
        var sections: [Section] = []
        for draft in drafts where draft.heading != nil || !draft.blocks.isEmpty {
            // "Label: value" facts say nothing about what a section is for.
            let prose = draft.blocks.filter { !LineBlockReader.isLabelLine(Substring($0.text)) }
            var kind = draft.kind ?? vocabulary.kind(ofBody: prose.map(\.text).joined(separator: " ")) ?? .other
            if kind == .other, draft.heading == nil, sections.isEmpty, prose.count * 2 > draft.blocks.count {
                // Opening prose before any heading introduces the role.
                kind = .overview
            }
            var section = Section(kind: kind)
            if let heading = draft.heading { section.heading = place(heading, in: &text) }
            section.blocks = draft.blocks.map { place($0, in: &text) }
            sections.append(section)
        }
        return (sections, text)
    }

    private struct Draft {
        var kind: SectionKind?
        var heading: RawBlock?
        var blocks: [RawBlock] = []
    }

    private func isLeadIn(_ block: RawBlock, next: RawBlock?) -> Bool {
        block.kind == .paragraph && block.text.hasSuffix(":") && next?.kind == .listItem
            && LineBlockReader.wordCount(Substring(block.text)) <= 30
    }

    /// Appends a block's text as one line of the posting text and records its offsets.
    private func place(_ raw: RawBlock, in text: inout String) -> Block {
        let start = text.utf8.count
        text += raw.text
        let end = text.utf8.count
        text += "\n"
        return Block(kind: raw.kind, text: raw.text, level: raw.level, start: start, end: end, line: raw.line)
    }
}
