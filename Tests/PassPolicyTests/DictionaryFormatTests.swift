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

    /// The word-list fuzzer's seed is a compiled list behind one repair byte: after a format
    /// change it must be written again (`PASSPOLICY_FUZZ_WRITE_SEED`, see FUZZING.md), or the
    /// fuzzer only ever sees lists it refuses at the header.
    @Test func theFuzzSeedOpensInTodaysFormat() throws {
        let repository = String(#filePath).split(separator: "/", omittingEmptySubsequences: false).dropLast(3).joined(separator: "/")
        guard case .success(let seed) = SystemFile.read(repository + "/Fuzz/corpus/wordlist/small") else {
            Issue.record("Fuzz/corpus/wordlist/small cannot be read")
            return
        }
        let path = DictionaryFixture.temporaryPath("fuzz-seed.pwdict")
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        #expect(fd >= 0)
        Array(seed.dropFirst()).withUnsafeBytes { _ = write(fd, $0.baseAddress, $0.count) }
        close(fd)
        let list = try WordList.open(path: path)
        #expect(list.info.wordCount == 34)  // 40 lines of Fuzz/words.txt, some the same word
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
    /// answers but must never make a lookup read outside the file (the fuzz target
    /// `wordlist` checks that under the address sanitizer). What can be asserted here: such a
    /// file opens (the checksum matches), lookups answer the same way every time, walking it
    /// ends, and only the dictionary rule's answer can change — every other rule gives the
    /// same verdict as without a word list. Where every edge points past the end (all 0xFF),
    /// no word is found at all.
    @Test func alteredRecordsUnderAValidChecksumOnlyChangeTheDictionaryRule() throws {
        let (_, summary) = try small()
        var generator = SystemRandomNumberGenerator()
        let words = ["window", "jennifer", "zzzzzzzzzzzzzzzzzzzz", "!!!!!!!!", "a1b2c3d4e5"]
        let candidate = Array("W1nd0w$eat8Jennifer&37".utf8)
        let context = CheckContext(userName: "lee.parry")
        let without = PolicyChecker(settings: Settings(), wordList: nil).check(candidate, context: context)
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
            for word in words {
                #expect(list.categories(of: word) == list.categories(of: word))
                if round % 2 == 1 { #expect(list.categories(of: word) == [], "round \(round): \(word)") }
            }
            // All 0xFF: the root's edges all lead to the empty node, with a label no lookup uses.
            list.forEachWord { word, _ in
                #expect(word.count <= WordListFormat.maxWordLength + 1)
                if round % 2 == 1 { #expect(word == [0xFF]) }
            }
            // The rule walks every reading from every position.
            let checker = PolicyChecker(settings: Settings(), wordList: list)
            let verdict = checker.check(candidate, context: context)
            #expect(verdict.violations.filter { $0.rule != .dictionary } == without.violations, "round \(round)")
            #expect(checker.check(candidate, context: context) == verdict)
        }
    }
}

extension String {
    func replacingOccurrences(of a: String, with b: String) -> String {
        split(separator: Character(a), omittingEmptySubsequences: false).joined(separator: b)
    }
}
