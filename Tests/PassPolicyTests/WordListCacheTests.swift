import Foundation
import Testing
@testable import PassPolicy

@Suite struct WordListCacheTests {
    @Test func keepsTheOpenListUntilTheFileIsReplaced() throws {
        let source = try DictionaryFixture.built.get().path
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("passpolicy-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("words.pwdict").path
        try FileManager.default.copyItem(atPath: source, toPath: path)

        let first = try WordListCache.open(path: path)
        #expect(try WordListCache.open(path: path) === first)

        // As `passpolicy dict build` does: a new file renamed into place.
        let next = dir.appendingPathComponent("words.new").path
        try FileManager.default.copyItem(atPath: source, toPath: next)
        #expect(rename(next, path) == 0)
        let second = try WordListCache.open(path: path)
        #expect(second !== first)
        #expect(second.info == first.info)

        try FileManager.default.removeItem(atPath: path)
        #expect(throws: WordListError.self) { try WordListCache.open(path: path) }
    }
}
