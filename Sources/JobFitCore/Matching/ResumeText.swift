import Foundation

/// What kind of place in a resume a piece of evidence comes from.
public enum EvidenceKind: String, Codable, Sendable, CaseIterable, Comparable {
    /// Listed under `skills` (or `languages`).
    case skills
    /// A role in `work`: position, summary, highlights, keywords.
    case work
    /// `basics.summary` or `basics.label`.
    case summary
    /// An entry of `projects`.
    case project
    /// An entry of `certificates`.
    case certificate
    /// An entry of `education`.
    case education
    /// An entry of `volunteer`.
    case volunteer
    /// Anything else: awards, publications, unsorted text of a plain resume.
    case other

    /// Orders by how strong the evidence is: used in a role first, listed last among the named places.
    public static func < (left: EvidenceKind, right: EvidenceKind) -> Bool {
        left.rank < right.rank
    }

    private var rank: Int {
        switch self {
        case .work: 0
        case .project: 1
        case .certificate: 2
        case .education: 3
        case .volunteer: 4
        case .summary: 5
        case .skills: 6
        case .other: 7
        }
    }

    /// Whether the place shows the skill being used (so its dates count towards years).
    var showsUse: Bool { self == .work || self == .project || self == .volunteer }
}

/// A span of months, both ends included, as month indexes (``ResumeDate/monthIndex``).
struct MonthSpan: Equatable, Sendable {
    var first: Int
    var last: Int

    /// The number of months in the span.
    var count: Int { last - first + 1 }

    /// The months covered by a set of spans, overlapping ones merged.
    static func mergedCount(_ spans: [MonthSpan]) -> Int {
        var total = 0
        var current: MonthSpan?
        for span in spans.sorted(by: { $0.first < $1.first }) {
            if let open = current, span.first <= open.last + 1 {
                current?.last = max(open.last, span.last)
            } else {
                if let open = current { total += open.count }
                current = span
            }
        }
        return total + (current?.count ?? 0)
    }
}

/// One text field of a resume, with its JSON path and the dates of the entry it belongs to.
struct ResumeField: Sendable {
    var path: String
    var kind: EvidenceKind
    var text: String
    /// The months of the role, project or course the field belongs to.
    var span: MonthSpan?
    /// When the entry ended (or `asOf` for a current one), or the certificate's date.
    var date: ResumeDate?
    /// UTF-8 offset of `text` in the document built for extraction.
    var start = 0
}

/// A resume laid out as one document for the skill extractor: each field a block (a line), so
/// every mention maps back to its field's JSON path.
struct ResumeText {
    var fields: [ResumeField]
    var posting: JobPosting

    /// Lays out every field of `resume` that can show a skill; `asOf` closes current roles.
    init(resume: Resume, asOf: ResumeDate) {
        var fields: [ResumeField] = []
        let document = resume.document
        func add(
            _ path: String, _ kind: EvidenceKind, _ value: JSONValue?, span: MonthSpan? = nil, date: ResumeDate? = nil
        ) {
            guard let text = value?.text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return }
            fields.append(ResumeField(path: path, kind: kind, text: text, span: span, date: date))
        }
        func addEach(_ path: String, _ kind: EvidenceKind, _ value: JSONValue?, span: MonthSpan?, date: ResumeDate?) {
            guard case .array(let items)? = value else { return add(path, kind, value, span: span, date: date) }
            for (index, item) in items.enumerated() { add("\(path)[\(index)]", kind, item, span: span, date: date) }
        }

        let basics = document["basics"]
        add("basics.label", .summary, basics?["label"])
        add("basics.summary", .summary, basics?["summary"])
        for (key, kind) in [("work", EvidenceKind.work), ("projects", .project), ("volunteer", .volunteer)] {
            for (index, entry) in (document[key]?.elements ?? []).enumerated() {
                let (span, end) = Self.period(of: entry, asOf: asOf)
                let path = "\(key)[\(index)]"
                add(path + ".position", kind, entry["position"], span: span, date: end)
                if kind == .project { add(path + ".name", kind, entry["name"], span: span, date: end) }
                add(path + ".summary", kind, entry["summary"], span: span, date: end)
                add(path + ".description", kind, entry["description"], span: span, date: end)
                addEach(path + ".highlights", kind, entry["highlights"], span: span, date: end)
                addEach(path + ".keywords", kind, entry["keywords"], span: span, date: end)
            }
        }
        for (index, entry) in (document["education"]?.elements ?? []).enumerated() {
            let path = "education[\(index)]"
            let end = entry.date("endDate") ?? entry.date("startDate")
            add(path + ".studyType", .education, entry["studyType"], date: end)
            add(path + ".area", .education, entry["area"], date: end)
            addEach(path + ".courses", .education, entry["courses"], span: nil, date: end)
        }
        for (index, entry) in (document["certificates"]?.elements ?? []).enumerated() {
            add("certificates[\(index)].name", .certificate, entry["name"], date: entry.date("date"))
        }
        for (index, entry) in (document["skills"]?.elements ?? []).enumerated() {
            add("skills[\(index)].name", .skills, entry["name"])
            addEach("skills[\(index)].keywords", .skills, entry["keywords"], span: nil, date: nil)
        }
        for (index, entry) in (document["languages"]?.elements ?? []).enumerated() {
            add("languages[\(index)].language", .skills, entry["language"])
        }
        for (index, entry) in (document["awards"]?.elements ?? []).enumerated() {
            add("awards[\(index)].title", .other, entry["title"], date: entry.date("date"))
            add("awards[\(index)].summary", .other, entry["summary"], date: entry.date("date"))
        }
        for (index, entry) in (document["publications"]?.elements ?? []).enumerated() {
            add("publications[\(index)].name", .other, entry["name"], date: entry.date("releaseDate"))
            add("publications[\(index)].summary", .other, entry["summary"], date: entry.date("releaseDate"))
        }
        addEach("x-unsorted", .other, document["x-unsorted"], span: nil, date: nil)

        // One block a field, one section a top-level key: list items, so a bare "Go" among
        // other skills finds its technical neighbours.
        var text = ""
        var sections: [Section] = []
        for index in fields.indices {
            if !text.isEmpty { text += "\n" }
            fields[index].start = text.utf8.count
            text += fields[index].text
            let block = Block(
                kind: .listItem, text: fields[index].text, start: fields[index].start, end: text.utf8.count,
                line: index + 1)
            let key = fields[index].path.prefix { $0 != "[" && $0 != "." }
            if index > 0, fields[index - 1].path.hasPrefix(key) {
                sections[sections.count - 1].blocks.append(block)
            } else {
                sections.append(Section(kind: .other, blocks: [block]))
            }
        }
        self.fields = fields
        self.posting = JobPosting(
            source: resume.source, format: .text, title: basics?["label"]?.text, text: text, sections: sections)
    }

    /// The field holding a UTF-8 offset of the document text.
    func field(at offset: Int) -> ResumeField? {
        fields.lastIndex(startingAtOrBefore: offset) { $0.start }.map { fields[$0] }
    }

    /// Years of work the resume shows: dated `work` roles, overlaps counted once, one decimal.
    static func experienceYears(of resume: Resume, asOf: ResumeDate) -> Double {
        let months = MonthSpan.mergedCount(
            (resume.document["work"]?.elements ?? []).compactMap { period(of: $0, asOf: asOf).0 })
        return (Double(months) / 1.2).rounded() / 10
    }

    /// The months an entry covers (a missing end means it is current) and when it ended.
    static func period(of entry: JSONValue, asOf: ResumeDate) -> (MonthSpan?, ResumeDate?) {
        let role = Resume.Role(entry)
        let end = role.isCurrent ? asOf : role.endDate
        guard let start = role.startDate, let end, end >= start else { return (nil, end) }
        // A month-less end date counts to the end of its year.
        let last = end.month == nil ? end.year * 12 + 11 : end.monthIndex
        return (MonthSpan(first: start.monthIndex, last: min(last, asOf.monthIndex)), end)
    }
}
