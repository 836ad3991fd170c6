import Testing
@testable import PassPolicy
#if canImport(Glibc)
import Glibc
#endif

@Suite struct DictionaryFormatTests {
    func small() throws -> (String, WordListBuilder.Summary) {
        let b = WordListBuilder()
        b.add("Window", .word)
        b.add("seat", .word)
        b.add("Jennifer", .firstName)
        b.add("jennifer", .surname)
        b.add("New York", .place)
        b.add("my", .joiner)
        b.add("Zürich", .place)
        #expect(!b.add("ab", .word))      // too short for a word
        #expect(!b.add("日本語", .word))     // not storable
        let path = DictionaryFixture.temporaryPath("small.pwdict")
        let summary = try b.write(to: path)
        return (path, summary)
    }

    @Test func roundTrip() throws {
        let (path, summary) = try small()
        let list = try WordList.open(path: path)
        #expect(list.categories(of: "window") == .word)
        #expect(list.categories(of: "JENNIFER") == [.firstName, .surname])
        #expect(list.categories(of: "newyork") == .place)
        #expect(list.categories(of: "zurich") == .place)
        #expect(list.categories(of: "my") == .joiner)
        #expect(list.categories(of: "win") == [])
        #expect(list.info.wordCount == 6)
        #expect(summary.wordCount == 6)
        var words: [String] = []
        list.forEachWord { bytes, _ in words.append(String(decoding: bytes, as: UTF8.self)) }
        #expect(words == ["jennifer", "my", "newyork", "seat", "window", "zurich"])
        var st = stat()
        stat(path, &st)
        #expect(st.st_mode & 0o777 == 0o644)
    }

    @Test func truncatedDamagedAndForeignFilesAreErrors() throws {
        let (path, summary) = try small()
        let bytes = summary.bytes
        let cases: [(String, [UInt8])] = [
            ("empty", []),
            ("header only", Array(bytes.prefix(64))),
            ("truncated", Array(bytes.dropLast(5))),
            ("one byte more", bytes + [0]),
            ("foreign", Array("#!/bin/sh\necho hello, this is not a word list at all........................".utf8)),
            ("flipped edge", { var b = bytes; b[70] ^= 0x40; return b }()),
            ("wrong version", { var b = bytes; b[8] = 9; return b }()),
        ]
        for (name, content) in cases {
            let p = TestFiles.write(content, name.replacingOccurrences(of: " ", with: "-"))
            #expect(throws: WordListError.self, "\(name)") { _ = try WordList.open(path: p) }
        }
        #expect(throws: WordListError.self) { _ = try WordList.open(path: path + ".missing") }
        #expect(throws: WordListError.self) { _ = try WordList.open(path: "/tmp") }
        // An error names the file and says how to fix it.
        do {
            _ = try WordList.open(path: path + ".missing")
        } catch {
            #expect(error.description.contains(path + ".missing"))
            #expect(error.description.contains("passpolicy dict build"))
        }
    }

    /// A file altered with care — garbage records under a matching checksum — may give wrong
    /// answers but must never make a lookup read outside the file.
    @Test func alteredRecordsUnderAValidChecksumNeverCrash() throws {
        let (_, summary) = try small()
        var generator = SystemRandomNumberGenerator()
        for round in 0..<50 {
            var bytes = summary.bytes
            let header = WordListFormat.headerSize
            // Keep the empty node, scramble everything else, then make the checksum match.
            for i in (header + 4)..<bytes.count {
                bytes[i] = round % 2 == 0 ? UInt8.random(in: 0...255, using: &generator) : 0xFF
            }
            let sum = bytes[header...].withUnsafeBytes { WordListFormat.checksum($0) }
            for k in 0..<4 { bytes[28 + k] = UInt8(truncatingIfNeeded: sum >> (8 * UInt32(k))) }
            let path = TestFiles.write(bytes, "scrambled-\(round).pwdict")
            let list = try WordList.open(path: path)
            for word in ["window", "jennifer", "zzzzzzzzzzzzzzzzzzzz", "!!!!!!!!", "a1b2c3d4e5"] {
                _ = list.categories(of: word)
            }
            // The rule walks every reading from every position.
            let checker = PolicyChecker(settings: Settings(), wordList: list)
            _ = checker.check(Array("W1nd0w$eat8Jennifer&37".utf8), context: CheckContext(userName: "lee.parry"))
        }
    }
}

extension String {
    func replacingOccurrences(of a: String, with b: String) -> String {
        split(separator: Character(a), omittingEmptySubsequences: false).joined(separator: b)
    }
}
