import Foundation

/// A resume in the JSON Resume schema (1.x), read from JSON or YAML.
///
/// The whole document is kept as it was read (unknown fields included), so a resume read and
/// written again loses nothing; typed views (``basics``, ``work``, ``skills``…) read the fields
/// JobFit uses, including the older names (`company`, `website`, `picture`).
public struct Resume: Sendable, Equatable {
    /// Every field of the resume, as read.
    public var document: JSONValue
    /// Where it came from (a path, or `-`).
    public var source: String

    /// Creates a resume from a JSON Resume document.
    public init(document: JSONValue, source: String) {
        self.document = document
        self.source = source
    }

    /// `basics`.
    public var basics: Basics { Basics(document["basics"] ?? .object([:])) }
    /// `work`, in the order written.
    public var work: [Role] { (document["work"]?.elements ?? []).map { Role($0) } }
    /// `volunteer`, read like `work` (`organization` for the name).
    public var volunteer: [Role] { (document["volunteer"]?.elements ?? []).map { Role($0) } }
    /// `education`.
    public var education: [Education] { (document["education"]?.elements ?? []).map { Education($0) } }
    /// `skills`.
    public var skills: [SkillGroup] { (document["skills"]?.elements ?? []).map { SkillGroup($0) } }
    /// `projects`, read like `work`.
    public var projects: [Role] { (document["projects"]?.elements ?? []).map { Role($0) } }
    /// `certificates` (name, issuer, date).
    public var certificates: [Certificate] { (document["certificates"]?.elements ?? []).map { Certificate($0) } }
    /// `languages` (language, fluency).
    public var languages: [(language: String, fluency: String?)] {
        (document["languages"]?.elements ?? []).compactMap { entry in
            entry["language"]?.text.map { ($0, entry["fluency"]?.text) }
        }
    }
}

extension Resume {
    /// `basics`: who the person is.
    public struct Basics: Sendable, Equatable {
        public var name: String?
        public var label: String?
        public var email: String?
        public var phone: String?
        public var url: String?
        public var summary: String?
        public var city: String?
        public var profiles: [Profile]

        /// An entry of `basics.profiles`: a network and the person's page on it.
        public struct Profile: Sendable, Equatable {
            /// `network` ("GitHub", "LinkedIn").
            public var network: String?
            /// `url`.
            public var url: String?
        }

        init(_ value: JSONValue) {
            name = value["name"]?.text
            label = value["label"]?.text
            email = value["email"]?.text
            phone = value["phone"]?.text
            url = value["url"]?.text ?? value["website"]?.text
            summary = value["summary"]?.text
            city = value["location"]?["city"]?.text
            profiles = (value["profiles"]?.elements ?? []).map {
                Profile(network: $0["network"]?.text, url: $0["url"]?.text)
            }
        }
    }

    /// A role in `work`, `volunteer` or `projects`.
    public struct Role: Sendable, Equatable {
        /// `name` (or the older `company`, or `organization` for volunteering).
        public var name: String?
        /// `position` (or `roles` joined, for projects).
        public var position: String?
        public var summary: String?
        public var description: String?
        public var highlights: [String]
        public var keywords: [String]
        public var startDate: ResumeDate?
        public var endDate: ResumeDate?
        /// Whether `endDate` is absent, which means the role is current.
        public var isCurrent: Bool

        init(_ value: JSONValue) {
            name = value["name"]?.text ?? value["company"]?.text ?? value["organization"]?.text
            position = value["position"]?.text ?? value["roles"]?.elements.compactMap(\.text).joined(separator: ", ")
            summary = value["summary"]?.text
            description = value["description"]?.text
            highlights = value.strings("highlights")
            keywords = value.strings("keywords")
            startDate = value.date("startDate")
            endDate = value.date("endDate")
            isCurrent =
                value["endDate"] == nil || value["endDate"] == .null
                || value["endDate"]?.text.map { Self.currentEndDates.contains($0.lowercased()) } == true
        }

        /// What an `endDate` may say, lower-cased, for a role that goes on ("Present").
        static let currentEndDates: Set<String> = ["present", "current", "now", ""]
    }

    /// An entry of `education`.
    public struct Education: Sendable, Equatable {
        public var institution: String?
        public var area: String?
        public var studyType: String?
        public var startDate: ResumeDate?
        public var endDate: ResumeDate?
        public var courses: [String]

        init(_ value: JSONValue) {
            institution = value["institution"]?.text
            area = value["area"]?.text
            studyType = value["studyType"]?.text
            startDate = value.date("startDate")
            endDate = value.date("endDate")
            courses = value.strings("courses")
        }
    }

    /// An entry of `skills`: a named group with its keywords.
    public struct SkillGroup: Sendable, Equatable {
        public var name: String?
        public var level: String?
        public var keywords: [String]

        init(_ value: JSONValue) {
            name = value["name"]?.text
            level = value["level"]?.text
            keywords = value.strings("keywords")
        }
    }

    /// An entry of `certificates`.
    public struct Certificate: Sendable, Equatable {
        public var name: String?
        public var issuer: String?
        public var date: ResumeDate?

        init(_ value: JSONValue) {
            name = value["name"]?.text
            issuer = value["issuer"]?.text
            date = value.date("date")
        }
    }
}

/// A JSON Resume date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
public struct ResumeDate: Sendable, Equatable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    /// Creates a date from its parts.
    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `nil` for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        self.year = year
        if parts.count > 1 {
            guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return nil }
            self.month = month
        }
        if parts.count > 2 {
            guard parts[2].count == 2, let day = Int(parts[2]), (1...31).contains(day) else { return nil }
            self.day = day
        }
    }

    /// Months since year 0, counting a missing month as January.
    public var monthIndex: Int { year * 12 + (month ?? 1) - 1 }

    /// The month as reports print an "as of" date: `2026-01` (January when no month is given).
    public var yearMonth: String { ResumeDate(year: year, month: month ?? 1).description }

    /// Orders by year, month and day (missing parts first).
    public static func < (left: ResumeDate, right: ResumeDate) -> Bool {
        (left.year, left.month ?? 0, left.day ?? 0) < (right.year, right.month ?? 0, right.day ?? 0)
    }

    /// As written: `2019`, `2019-03`, `2019-03-01`.
    public var description: String {
        var text = String(format: "%04d", year)
        if let month { text += String(format: "-%02d", month) }
        if let day { text += String(format: "-%02d", day) }
        return text
    }
}

extension JSONValue {
    /// The JSON Resume date under `key`, when it is one.
    func date(_ key: String) -> ResumeDate? {
        self[key]?.text.flatMap(ResumeDate.init)
    }

    /// The strings of the array under `key` (other values skipped).
    func strings(_ key: String) -> [String] {
        (self[key]?.elements ?? []).compactMap(\.text)
    }
}

extension ResumeDate: Codable {
    /// Reads a date written as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = ResumeDate(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "\"\(text)\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
        }
        self = date
    }

    /// Writes the date as it is written in a resume (``description``).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension ResumeDate {
    /// The current month (UTC), the default end of current roles.
    public static var thisMonth: ResumeDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month], from: Date())
        return ResumeDate(year: parts.year ?? 2000, month: parts.month)
    }
}
