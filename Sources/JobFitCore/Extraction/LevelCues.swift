/// Decides a mention's requirement level from its section and the cue words of its sentence.
///
/// Cues are matched as token sequences (so "nice-to-have" and "nice to have" are one cue), once
/// per sentence.
enum LevelCues {
    struct Cues: OptionSet {
        let rawValue: UInt8
        static let preferred = Cues(rawValue: 1)
        static let required = Cues(rawValue: 2)
        static let negated = Cues(rawValue: 4)
        static let must = Cues(rawValue: 8)
    }

    private static let phrases: [(Cues, [UInt64])] = {
        let preferred = [
            "preferred", "preferably", "nice to have", "a plus", "bonus", "ideally", "desirable", "desired",
            "advantageous", "beneficial", "good to have", "an asset", "would be great", "would be nice", "optional",
            "consider obtaining", "might demand", "may demand", "is helpful",
        ]
        let required = [
            "required", "require", "requires", "must", "minimum", "need", "needs", "needed", "at least", "essential",
            "mandatory", "should have", "should possess", "should be", "qualifications", "qualified", "proficiency",
            "proficient", "knowledge of", "understanding of", "familiarity with", "familiar with", "experience with",
            "experience in", "experience as", "expertise", "years of experience", "ability to", "able to", "skills",
            "skilled", "strong", "excellent", "solid", "hands on", "degree in", "background in",
        ]
        let negated = ["not required", "not necessary", "no need", "not needed", "don't need", "do not need"]
        func keys(_ phrase: String) -> [UInt64] { Tokenizer.tokenize(phrase).map(\.key) }
        return preferred.map { (.preferred, keys($0)) } + required.map { (.required, keys($0)) }
            + negated.map { (.negated, keys($0)) } + [(.must, keys("must"))]
    }()

    private static let byFirstKey: [UInt64: [(Cues, [UInt64])]] = Dictionary(grouping: phrases, by: { $0.1[0] })

    private static let noKey = Tokenizer.key("no")
    private static let neededKeys: KeySet = KeySet(
        ["needed", "required", "necessary", "expected"].map(Tokenizer.key))

    /// The cues present in `tokens[range]`.
    static func cues(in tokens: [Token], range: Range<Int>) -> Cues {
        var found: Cues = []
        for index in range {
            // "No PHP experience needed": "no" and a "needed" word close after it.
            if tokens[index].key == noKey,
                (index + 1..<min(index + 6, range.upperBound)).contains(where: { neededKeys.contains(tokens[$0].key) })
            {
                found.insert(.negated)
            }
            guard let candidates = byFirstKey[tokens[index].key] else { continue }
            for (cue, keys) in candidates where index + keys.count <= range.upperBound {
                var matches = true
                for offset in 1..<max(1, keys.count) where tokens[index + offset].key != keys[offset] {
                    matches = false
                    break
                }
                if matches { found.insert(cue) }
            }
        }
        return found
    }

    /// The level a mention gets in a section of `section` kind, in a sentence with `cues`.
    static func level(section: SectionKind, cues: Cues) -> RequirementLevel {
        if cues.contains(.negated) { return .mentioned }
        let base: RequirementLevel =
            switch section {
            case .requirements: .required
            case .preferred: .preferred
            default: .mentioned
            }
        if cues.contains(.preferred) {
            return base == .required && cues.contains(.must) ? .required : .preferred
        }
        if base == .mentioned, [.responsibilities, .overview, .about, .other].contains(section),
            cues.contains(.required)
        {
            return .required
        }
        return base
    }
}
