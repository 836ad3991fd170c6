import Foundation
import Testing

/// `passpolicy generate`: every password it prints passes `check` under the same policy.
@Suite struct GenerateCommandTests {
    /// The word list scripts/test.sh compiles from the real Debian lists.
    static let wordList: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/test-words.pwdict").path
    }()

    func generatedPassCheck(_ config: String, count: Int = 200, extra: [String] = []) throws -> [String] {
        let conf = try temporaryConfig("dictpath = \(Self.wordList)\nstore = none\n" + config)
        let g = try CLIRunner.run(["generate", "--config", conf.path, "--count", "\(count)"] + extra)
        #expect(g.status == 0, "\(g.stderr)")
        let lines = g.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == count)
        #expect(Set(lines).count == lines.count)
        let c = try CLIRunner.run(["check", "--batch", "--config", conf.path], stdin: lines.joined(separator: "\n") + "\n")
        #expect(c.status == 0, "refused: \(c.stdout.split(separator: "\n").filter { $0.contains("\"accepted\": false") }.prefix(5))")
        return lines
    }

    @Test func defaultPolicy() throws {
        let lines = try generatedPassCheck("")
        for l in lines {
            let hasDigit = l.contains(where: { $0.isNumber })
            #expect(hasDigit)
            let hasSymbol = l.contains(where: { "!#%+=?@*-".contains($0) })
            #expect(hasSymbol)
            #expect(l.filter(\.isUppercase).count == 3)
        }
    }

    @Test func stricterPolicies() throws {
        _ = try generatedPassCheck("minlen = 24\nminclass = 4\n", count: 50)
        _ = try generatedPassCheck("maxrepeat = 1\nminguesses = 1000000000000000\n", count: 50)
        let four = try generatedPassCheck("", count: 20, extra: ["--words", "4"])
        for l in four { #expect(l.filter(\.isUppercase).count == 4) }
    }

    /// The strictest policy a helpdesk meets: no doubled character, all four classes, each
    /// class required by name, 16 characters.
    @Test func strictPolicyEveryPasswordPasses() throws {
        let lines = try generatedPassCheck("maxrepeat = 1\nminclass = 4\nrequired_classes = upper, lower, digit, special\nminlen = 16\n",
                                           count: 300)
        for l in lines {
            #expect(l.count >= 16)
            #expect(!zip(l, l.dropFirst()).contains(where: { $0 == $1 }), "doubled character: \(l)")
        }
    }

    /// The words are everyday English: none from the curated Welsh, place, club, pet or school
    /// lists, none a name, all in an English spelling dictionary.
    @Test func wordsAreEverydayEnglish() throws {
        let lines = try generatedPassCheck("", count: 300)
        var words: Set<String> = []
        for l in lines {
            var current = ""
            for ch in l {
                if ch.isUppercase, !current.isEmpty { words.insert(current.lowercased()); current = "" }
                if ch.isLetter { current.append(ch) } else if !current.isEmpty { words.insert(current.lowercased()); current = "" }
            }
            if !current.isEmpty { words.insert(current.lowercased()) }
        }
        #expect(words.count > 500)
        // The dictionaries' entries as the word list holds them: accents folded ("cafés").
        func entries(_ path: String) -> [String] {
            ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").split(separator: "\n")
                .map { $0.folding(options: .diacriticInsensitive, locale: nil) }
        }
        let spelling = Set(entries("/usr/share/dict/american-english") + entries("/usr/share/dict/british-english"))
        let curated = ["croeso", "diolch", "cymru", "hiraeth", "cariad", "calon", "hwyl", "draig", "ysgol", "teulu", "mynydd", "afon",
                       "haul", "seren", "cwtch", "aderyn", "afal", "athro", "cwmwl", "swansea", "cardiff", "chelsea", "arsenal",
                       "bella", "luna", "megan", "rhys", "dylan", "tenby", "wrexham"]
        for w in words {
            let spelled = spelling.contains(w), isCurated = curated.contains(w)
            #expect(spelled, "not in an English spelling dictionary: \(w)")
            #expect(!isCurated, "a curated word: \(w)")
        }
    }

    @Test func badCountIsAUsageError() throws {
        let r = try CLIRunner.run(["generate", "--count", "0"])
        #expect(r.status == 2)
    }
}
