import ArgumentParser
import PassPolicy
#if canImport(Glibc)
import Glibc
#endif

/// `passpolicy generate`: passwords for helpdesk resets that meet the policy in force — by
/// default three random common, easy-to-spell words, a digit and a symbol ("Violin7Harbour!Cable").
/// Random numbers come from getrandom(2); every password printed has passed the checker.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Print random passwords that meet the policy: random common words, a digit and a symbol.")

    @OptionGroup var policy: PolicyOptions

    @Option(name: .long, help: "How many passwords to print.")
    var count: Int = 1

    @Option(name: .long, help: "Words in each password (at least 2).")
    var words: Int = 3

    /// Symbols that are easy to type and to read out over the phone.
    static let symbols: [UInt8] = Array("!#%+=?@*-".utf8)

    func validate() throws {
        guard (1...10_000).contains(count) else { throw ValidationError("--count must be from 1 to 10000") }
        guard (2...12).contains(words) else { throw ValidationError("--words must be from 2 to 12") }
    }

    func run() throws {
        let settings = try policy.loadConfiguration().settings
        // The word list is needed for the words, whether or not the dictionary rule is on.
        let list: WordList
        do {
            list = try WordList.open(path: settings.dictPath)
        } catch {
            throw CLIError.wordList(error)
        }
        let pool = Self.easyWords(list, noDoubles: settings.maxRepeat == 1)
        guard pool.count >= 1000 else {
            throw CLIError.message(Messages.generateTooFewWords(settings.dictPath))
        }
        let checker = PolicyChecker(settings: settings, wordList: settings.dictCheck ? list : nil)
        var out: [UInt8] = []
        for _ in 0..<count {
            var made: [UInt8]? = nil
            // Add a word whenever a few tries fail (a long minlen, a high minguesses).
            var wordCount = words
            var tries = 0
            while made == nil {
                let candidate = Self.candidate(pool, words: wordCount)
                if checker.check(candidate, context: CheckContext()).accepted { made = candidate }
                tries += 1
                if tries % 20 == 0 { wordCount += 1 }
                if tries > 400 { throw CLIError.message(Messages.generateImpossible) }
            }
            out += made ?? []
            out.append(0x0A)
        }
        out.withUnsafeBytes { Terminal.writeAll(STDOUT_FILENO, $0) }
        out.withUnsafeMutableBytes { secureWipe($0) }
    }

    /// Common, easy-to-spell English words: the word list's everyday words (in an English
    /// spelling dictionary and an English frequency list; not a name, place, common password
    /// or joiner; from no curated list, so no Welsh, club or place names), among the most
    /// frequent, 4 to 7 lower-case letters; without a doubled letter when `noDoubles`.
    static func easyWords(_ list: WordList, noDoubles: Bool) -> [[UInt8]] {
        var pool: [[UInt8]] = []
        // Rank cost in quarter bits: 4 × log2(rank) ≤ 52 keeps about the 8,000 most common.
        list.forEachEverydayWord { word, rank in
            guard rank <= 52, (4...7).contains(word.count),
                  word.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return }
            if noDoubles && zip(word, word.dropFirst()).contains(where: { $0 == $1 }) { return }
            pool.append(word)
        }
        return pool
    }

    /// Capitalised words, a digit after one of them and a symbol after another:
    /// "Violin7Harbour!Cable".
    static func candidate(_ pool: [[UInt8]], words: Int) -> [UInt8] {
        let digitAfter = Int(random(below: UInt64(words)))
        var symbolAfter = Int(random(below: UInt64(words - 1)))
        if symbolAfter >= digitAfter { symbolAfter += 1 }
        var s: [UInt8] = []
        for i in 0..<words {
            var w = pool[Int(random(below: UInt64(pool.count)))]
            w[0] -= 0x20
            s += w
            if i == digitAfter { s.append(0x30 + UInt8(random(below: 10))) }
            if i == symbolAfter { s.append(symbols[Int(random(below: UInt64(symbols.count)))]) }
        }
        return s
    }

    /// A uniform random number below `bound`, from getrandom(2) (rejection sampling).
    static func random(below bound: UInt64) -> UInt64 {
        precondition(bound > 0)
        let limit = UInt64.max - UInt64.max % bound
        while true {
            var v: UInt64 = 0
            let n = withUnsafeMutableBytes(of: &v) { systemGetrandom($0.baseAddress, 8, 0) }
            guard n == 8 else { continue }
            if v < limit { return v % bound }
        }
    }
}

/// glibc's getrandom(2) wrapper (declared in <sys/random.h>, which the Glibc module leaves out).
@_silgen_name("getrandom")
private func systemGetrandom(_ buffer: UnsafeMutableRawPointer?, _ length: Int, _ flags: UInt32) -> Int
