import Foundation
import Testing
@testable import EntityGraph

@Suite struct PipelineLimitTests {
    /// `--threads 9223372036854775807` crashed on 64 × threads (the batch size).
    @Test func anyThreadCountIsTakenWithoutOverflow() {
        let recognizer = RuleBasedRecognizer(countries: testCountries)
        let pipeline = Pipeline(threads: Int.max, recognizer: recognizer, countries: testCountries)
        #expect(pipeline.threads == 4096)
        #expect(Pipeline(threads: -3, recognizer: recognizer, countries: testCountries).threads == 1)
        var read = 0
        pipeline.run([.file(sampleCorpusFolder + "/000_9879bcc6d560e499.txt")]) { _, result in
            if case .success = result { read += 1 }
        }
        #expect(read == 1)
    }
}
