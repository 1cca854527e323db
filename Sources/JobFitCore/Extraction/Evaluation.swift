import Foundation

/// Hand labels for one posting, in the format of `Tests/JobFitCoreTests/Fixtures/labels/README.md`.
public struct LabelFile: Decodable, Sendable, Equatable {
    /// One labelled skill.
    public struct Label: Decodable, Sendable, Equatable {
        /// The skill's usual name.
        public var name: String
        /// Every spelling under which it occurs in the document.
        public var forms: [String]
        /// `hard`, `soft`, `certification` or `education`.
        public var kind: Skill.Kind
        /// `required`, `preferred` or `mentioned`.
        public var level: RequirementLevel
        /// Broad or borderline: neither rewarded nor penalised.
        public var optional: Bool?

        /// Creates a label.
        public init(name: String, forms: [String], kind: Skill.Kind, level: RequirementLevel, optional: Bool? = nil) {
            self.name = name
            self.forms = forms
            self.kind = kind
            self.level = level
            self.optional = optional
        }
    }

    /// The posting's path relative to the shared folder (`fixtures/jobs/<set>/<file>`).
    public var document: String
    /// The labelled skills.
    public var skills: [Label]

    /// Creates a label file.
    public init(document: String, skills: [Label]) {
        self.document = document
        self.skills = skills
    }
}

/// Precision, recall and F1 of extraction against hand labels, and level accuracy.
public struct EvaluationReport: Sendable, Equatable {
    /// Counts for one kind (or a group of kinds).
    public struct Counts: Sendable, Equatable {
        /// Extracted skills that match a label.
        public var matchedExtracted = 0
        /// All extracted skills (those matching optional labels left out).
        public var extracted = 0
        /// Labels that some extracted skill matches.
        public var matchedLabels = 0
        /// All non-optional labels.
        public var labels = 0

        /// Creates counts.
        public init(matchedExtracted: Int = 0, extracted: Int = 0, matchedLabels: Int = 0, labels: Int = 0) {
            self.matchedExtracted = matchedExtracted
            self.extracted = extracted
            self.matchedLabels = matchedLabels
            self.labels = labels
        }

        /// Matched extracted / extracted.
        public var precision: Double { extracted == 0 ? 0 : Double(matchedExtracted) / Double(extracted) }
        /// Matched labels / labels.
        public var recall: Double { labels == 0 ? 0 : Double(matchedLabels) / Double(labels) }
        /// The harmonic mean of precision and recall.
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

        static func + (left: Counts, right: Counts) -> Counts {
            Counts(
                matchedExtracted: left.matchedExtracted + right.matchedExtracted,
                extracted: left.extracted + right.extracted, matchedLabels: left.matchedLabels + right.matchedLabels,
                labels: left.labels + right.labels)
        }
    }

    /// What went wrong in one document.
    public struct Document: Sendable, Equatable {
        /// The posting.
        public var document: String
        /// Labels nothing matched: "name (kind, level)".
        public var misses: [String]
        /// Extracted skills no label matches: "name (kind, level) at 'text'".
        public var falsePositives: [String]
        /// Matched skills whose level differs: "name: extracted → labelled".
        public var levelErrors: [String]
    }

    /// Counts per kind.
    public var byKind: [Skill.Kind: Counts] = [:]
    /// Matched non-optional labels whose level was right.
    public var levelCorrect = 0
    /// Matched non-optional labels.
    public var levelTotal = 0
    /// Per-document details.
    public var documents: [Document] = []

    /// Hard skills and certifications together: the headline figure.
    public var hardAndCertification: Counts {
        (byKind[.hard] ?? Counts()) + (byKind[.certification] ?? Counts())
    }

    /// The share of matched labels with the right level.
    public var levelAccuracy: Double { levelTotal == 0 ? 0 : Double(levelCorrect) / Double(levelTotal) }

    /// Creates an empty report.
    public init() {}

    /// Scores one document's extraction against its labels.
    public mutating func add(_ extraction: Extraction, labels: LabelFile) {
        func fold(_ text: String) -> String {
            text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        }
        let labelForms = labels.skills.map { label in Set(([label.name] + label.forms).map(fold)) }
        // Every label the skill's name or one of its mention texts names (one skill can carry
        // two labelled names: "contract administration" and "contracts management").
        func labelIndexes(for skill: ExtractedSkill) -> [Int] {
            let names = Set([fold(skill.name)] + skill.mentions.map { fold($0.text) })
            return labelForms.indices.filter { !labelForms[$0].isDisjoint(with: names) }
        }
        var matchedLabels = Set<Int>()
        var document = Document(document: labels.document, misses: [], falsePositives: [], levelErrors: [])
        for skill in extraction.skills {
            let indexes = labelIndexes(for: skill)
            let counted = indexes.filter { labels.skills[$0].optional != true }
            if !counted.isEmpty {
                byKind[skill.kind, default: Counts()].extracted += 1
                byKind[skill.kind, default: Counts()].matchedExtracted += 1
                for index in counted where matchedLabels.insert(index).inserted {
                    let label = labels.skills[index]
                    levelTotal += 1
                    if skill.level == label.level {
                        levelCorrect += 1
                    } else {
                        document.levelErrors.append("\(skill.name): \(skill.level.rawValue) → \(label.level.rawValue)")
                    }
                }
            } else if indexes.isEmpty {
                byKind[skill.kind, default: Counts()].extracted += 1
                let text = skill.mentions.first?.text ?? skill.name
                document.falsePositives.append(
                    "\(skill.name) (\(skill.kind.rawValue), \(skill.level.rawValue)) at '\(text)'")
            }
        }
        for (index, label) in labels.skills.enumerated() where label.optional != true {
            byKind[label.kind, default: Counts()].labels += 1
            if matchedLabels.contains(index) {
                byKind[label.kind, default: Counts()].matchedLabels += 1
            } else {
                document.misses.append(
                    "\(label.name) (\(label.kind.rawValue), \(label.level.rawValue)) as '\(label.forms.first ?? label.name)'"
                )
            }
        }
        documents.append(document)
    }
}
