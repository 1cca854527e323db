public import JobFitCore

/// Parses job-posting fixtures for tests.
public enum PostingFixtures {
    /// Parses a file under the package root with the shipped vocabulary.
    public static func parse(_ relativePath: String) throws -> JobPosting {
        try JobPostingParser().parse(PackageFiles.bytes(relativePath), source: relativePath)
    }

    /// The path of a job fixture, from its set and file name.
    public static func path(_ set: String, _ file: String) -> String {
        "Tests/JobFitCoreTests/Fixtures/jobs/\(set)/\(file)"
    }
}

extension JobPosting {
    /// The text of every block (headings included) in sections of `kind`.
    public func texts(inSectionsOf kind: SectionKind) -> [String] {
        sections(ofKind: kind).flatMap { section in
            (section.heading.map { [$0.text] } ?? []) + section.blocks.map(\.text)
        }
    }

    /// True when some block of a section of `kind` starts with `prefix`.
    public func has(_ prefix: String, in kind: SectionKind) -> Bool {
        texts(inSectionsOf: kind).contains { $0.hasPrefix(prefix) }
    }

    /// The kind of the section holding the first block that starts with `prefix`.
    public func kind(ofBlockStartingWith prefix: String) -> SectionKind? {
        sections.first { section in
            section.heading?.text.hasPrefix(prefix) == true || section.blocks.contains { $0.text.hasPrefix(prefix) }
        }?.kind
    }
}

/// The bundled example (`Resources/examples/`): the README's resume and posting.
public enum ExampleFixtures {
    /// `Resources/examples/master-resume.json`.
    public static let resumePath = "Resources/examples/master-resume.json"
    /// `Resources/examples/backend-engineer.html`.
    public static let postingPath = "Resources/examples/backend-engineer.html"

    /// The example master resume.
    public static func resume() throws -> Resume {
        try ResumeLoader.load(PackageFiles.bytes(resumePath), source: "master-resume.json")
    }

    /// The example posting.
    public static func posting() throws -> JobPosting {
        try JobPostingParser().parse(PackageFiles.bytes(postingPath), source: "backend-engineer.html")
    }
}
