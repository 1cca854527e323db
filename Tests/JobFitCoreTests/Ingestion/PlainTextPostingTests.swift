import JobFitCore
import JobFitTestSupport
import Testing

/// Plain text postings read line by line: hard-wrapped lines joined into paragraphs.
@Suite struct PlainTextPostingTests {
    private func parse(_ text: String) throws -> JobPosting {
        try JobPostingParser().parse(Array(text.utf8), source: "job.txt", format: .text)
    }

    @Test func wordHyphenatedAcrossALineBreakIsOneWordAgain() throws {
        let posting = try parse(
            """
            Requirements:
            Five years of experience in professional software develop-
            ment for regulated medical devices.
            """)
        #expect(
            posting.texts(inSectionsOf: .requirements).contains(
                "Five years of experience in professional software development for regulated medical devices."))
    }

    @Test func hyphenBeforeACapitalisedLineStays() throws {
        // "front-" then "End": not a word broken in two by wrapping, so the hyphen is kept.
        let posting = try parse(
            """
            Requirements:
            Experience with the full stack of our product, from the database to the front-
            End of the web application.
            """)
        #expect(
            posting.texts(inSectionsOf: .requirements).contains(
                "Experience with the full stack of our product, from the database to the front- End of the web application."
            ))
    }
}
