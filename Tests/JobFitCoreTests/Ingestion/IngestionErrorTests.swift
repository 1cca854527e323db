import Foundation
import JobFitCore
import Testing

/// What the ingestion errors tell the user: the input, what is wrong, and what to do.
@Suite struct IngestionErrorTests {
    @Test func tooManyDocumentsSaysShardingDoesNotHelp() {
        // The limit counts every input before --shard picks its share, so --shard is no way out.
        let error = IngestionError.tooManyDocuments("jobs/, resumes/", count: 4, limit: 3)
        #expect(
            error.localizedDescription
                == "jobs/, resumes/: hold 4 documents or more, over the limit of 3 for one batch (counted before --shard); run smaller batches, or raise the limit with --max-documents."
        )
        #expect(error.inputName == "jobs/, resumes/")
    }
}
