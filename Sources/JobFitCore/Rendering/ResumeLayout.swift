import Foundation

/// A resume laid out for rendering: what every output format (PDF, DOCX, HTML, Markdown, text)
/// shows, in the order it shows it.
///
/// Built from a JSON Resume by ``init(resume:)``; the renderers never read the JSON Resume
/// themselves, so every format shows the same words, headings and dates, and the render-and-reparse
/// check can look for exactly those.
public struct ResumeLayout: Sendable, Equatable {
    /// The person's name (the document title).
    public var name: String
    /// `basics.label`: the headline under the name.
    public var headline: String?
    /// Email, phone, city, website and profiles, in that order.
    public var contact: [ContactItem]
    /// `basics.summary`.
    public var summary: String?
    /// The sections after the summary, in reading order.
    public var sections: [Section]
    /// Document properties (PDF metadata, DOCX core properties, HTML `<meta>`).
    public var metadata: Metadata

    /// Creates a layout from its parts.
    public init(
        name: String, headline: String? = nil, contact: [ContactItem] = [], summary: String? = nil,
        sections: [Section] = [], metadata: Metadata
    ) {
        self.name = name
        self.headline = headline
        self.contact = contact
        self.summary = summary
        self.sections = sections
        self.metadata = metadata
    }

    /// One item of the contact line.
    public struct ContactItem: Sendable, Equatable {
        /// What is shown (`sam@example.com`, `github.com/sam`).
        public var text: String
        /// Where it links (`mailto:…`, `tel:…`, `https://…`), when it is a link.
        public var link: String?

        public init(text: String, link: String? = nil) {
            self.text = text
            self.link = link
        }
    }

    /// A titled part of the resume ("Experience", "Skills"…).
    public struct Section: Sendable, Equatable {
        /// What the section holds; themes may style kinds differently.
        public var kind: Kind
        /// The heading as shown.
        public var heading: String
        /// The entries, in order.
        public var entries: [Entry]

        public init(kind: Kind, heading: String, entries: [Entry]) {
            self.kind = kind
            self.heading = heading
            self.entries = entries
        }

        /// The JSON Resume part a section comes from.
        public enum Kind: String, Sendable, Equatable, CaseIterable {
            case experience, projects, volunteer, education, skills, certificates, awards, publications,
                languages, interests, references
        }
    }

    /// One entry of a section: a role, a degree, a skill group, a certificate.
    ///
    /// Every field is optional; a skill group is `title` plus `items`, a role is `title`,
    /// `organization`, `dates`, `location`, `text` and `bullets`.
    public struct Entry: Sendable, Equatable {
        /// The main line: a position, a degree, a skill group's name, a certificate's name.
        public var title: String?
        /// The employer, institution, issuer or publisher.
        public var organization: String?
        /// The dates as shown (`Feb 2023 – Present`, `2019`).
        public var dates: String?
        /// Where.
        public var location: String?
        /// A link for the entry (project or employer URL).
        public var link: String?
        /// A paragraph under the main line (a role's summary).
        public var text: String?
        /// The bullet points (highlights).
        public var bullets: [String]
        /// Short items shown inline, comma-separated (a skill group's keywords, courses).
        public var items: [String]

        public init(
            title: String? = nil, organization: String? = nil, dates: String? = nil, location: String? = nil,
            link: String? = nil, text: String? = nil, bullets: [String] = [], items: [String] = []
        ) {
            self.title = title
            self.organization = organization
            self.dates = dates
            self.location = location
            self.link = link
            self.text = text
            self.bullets = bullets
            self.items = items
        }
    }

    /// Document properties.
    public struct Metadata: Sendable, Equatable {
        /// "Sam Okafor – Backend Engineer".
        public var title: String
        /// The person's name.
        public var author: String
        /// The resume's skills (from `skills[].keywords`), for the PDF and DOCX keyword fields.
        public var keywords: [String]
        /// The language of the text (`basics` has none; JobFit writes `en`).
        public var language: String

        public init(title: String, author: String, keywords: [String], language: String = "en") {
            self.title = title
            self.author = author
            self.keywords = keywords
            self.language = language
        }
    }
}

extension ResumeLayout {
    /// Every heading, in reading order (the verification looks for each).
    public var headings: [String] { sections.map(\.heading) }
}
