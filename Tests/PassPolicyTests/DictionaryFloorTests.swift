import Testing
import PassPolicy
import PassPolicyPlatform
#if canImport(Glibc)
import Glibc
#endif

/// The issue's floors, on the development sets `bench/gen_dev.py` generates (seeded; a "dev"
/// split tuned on and a "held" split drawn from other lists and templates): random words pass,
/// the shapes people really pick are refused, random strings always pass.
@Suite struct DictionaryFloorTests {
    static let sets: Result<String, any Error> = Result {
        let root = String(#filePath).split(separator: "/").dropLast(3).joined(separator: "/")
        let dir = DictionaryFixture.temporaryPath("dev")
        let status = system("python3 /\(root)/bench/gen_dev.py \(dir) 2000 >/dev/null")
        guard status == 0 else { throw SetupFailure(description: "bench/gen_dev.py failed (status \(status))") }
        return dir
    }

    struct SetupFailure: Error, CustomStringConvertible { let description: String }

    func lines(_ name: String) throws -> [String] {
        let bytes = try Zlib.readAll(try Self.sets.get() + "/" + name)
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    /// The share of `name` the checker refuses, in per cent.
    func refused(_ name: String, _ checker: PolicyChecker) throws -> Double {
        let all = try lines(name)
        #expect(all.count >= 1000, "\(name) has \(all.count) lines")
        var refused: [String] = []
        for p in all where !checker.check(Array(p.utf8), context: CheckContext()).accepted { refused.append(p) }
        let rate = 100 * Double(refused.count) / Double(max(all.count, 1))
        print("floors: \(name): \(rate) % refused of \(all.count); e.g. \(refused.prefix(8))")
        return rate
    }

    @Test(arguments: ["dev", "held"])
    func floors(_ split: String) throws {
        let checker = try DictionaryFixture.checker()
        #expect(try refused("words3.\(split).txt", checker) <= 1.0)
        #expect(try refused("words4.\(split).txt", checker) <= 0.5)
        #expect(try refused("random.\(split).txt", checker) == 0)
        #expect(try refused("school.\(split).txt", checker) >= 97)
        #expect(try refused("welsh.\(split).txt", checker) >= 97)
        #expect(try refused("mangled.\(split).txt", checker) >= 99.5)
        // The wider families (school2, welsh2, mangled2): harder shapes, lower floors, kept
        // from falling back.
        #expect(try refused("school2.\(split).txt", checker) >= 96)
        #expect(try refused("welsh2.\(split).txt", checker) >= 97)
        #expect(try refused("mangled2.\(split).txt", checker) >= 95)
        // Places and phrases of several words; a short joiner, a separator and its word ("My Dad").
        #expect(try refused("multi.\(split).txt", checker) >= 97)
        #expect(try refused("spaced.\(split).txt", checker) >= 97)
        // Two words joined by a digit, a symbol or "and"; a small joiner first; an ending; an initial.
        #expect(try refused("joined.\(split).txt", checker) >= 97)
        // Two names with a number and a symbol between ("Tom1980#Jones", "Efa.1986.Ruth"): some
        // with odd capitals or two symbols cost more than the threshold, rightly.
        #expect(try refused("between.\(split).txt", checker) >= 94)
    }

    @Test func issueShapes() throws {
        let checker = try DictionaryFixture.checker()
        for weak in ["Croeso#123", "Diolch!2025", "Peper2010!", "Caerau2024!", "MyDogNala1234", "Carys&Emily7", "ChelseaFC1"] {
            #expect(checker.isDictionaryWeak(weak), "should be weak: \(weak)")
        }
        for strong in ["HatchbackPamperedQuaking7", "Stump$fiction$quicken4", "tiger violin cable 7!"] {
            #expect(!checker.isDictionaryWeak(strong), "should pass: \(strong)")
        }
    }
}
