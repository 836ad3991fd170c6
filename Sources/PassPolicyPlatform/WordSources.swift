import PassPolicy
#if canImport(Glibc)
import Glibc
#endif

/// One list the compiled word list is made from.
public struct WordSource: Sendable {
    public enum Format: Sendable {
        /// One entry a line (plain or gzip); lines starting with `#!comment` are skipped.
        case lines
        /// miscfiles' cities.dat: the `Name :` fields.
        case cities
        /// miscfiles' countries: `code:code:code:name:capital`.
        case countries
        /// One named list of zxcvbn's ranked dictionaries (a Perl module).
        case zxcvbn(String)
        /// cracklib's packed dictionary; `path` is the prefix without `.pwd`.
        case cracklib
        /// An aspell dictionary, dumped by `aspell -d LANG dump master` (`path`: the
        /// dictionary's file, checked for presence).
        case aspell(String)
    }

    public let name: String
    public let path: String
    public let format: Format
    public let category: WordCategory
    /// A missing optional source is skipped with a note; a missing required one is an error.
    public let optional: Bool
    /// The rank its words get (see `WordListBuilder.add`): for a list in frequency order
    /// (zxcvbn's, john's), the rank of its first entry, later entries counting up from it; for
    /// a list in no such order, the rank of every entry.
    public let rank: Int
    public let inFrequencyOrder: Bool
    /// What the source tells about its words beyond the category (see `WordListBuilder.Origin`).
    public let origin: WordListBuilder.Origin

    public init(name: String, path: String, format: Format, category: WordCategory, optional: Bool,
                rank: Int = WordListBuilder.unrankedRank, inFrequencyOrder: Bool = false, origin: WordListBuilder.Origin = []) {
        self.name = name
        self.path = path
        self.format = format
        self.category = category
        self.optional = optional
        self.rank = rank
        self.inFrequencyOrder = inFrequencyOrder
        self.origin = origin
    }
}

/// What loading one source did.
public struct WordSourceResult: Sendable {
    public let source: WordSource
    /// Entries added; nil when the source was missing and skipped.
    public let added: Int?
    public let note: String?
}

/// A required source that could not be read.
public struct WordSourceError: Error, Sendable, CustomStringConvertible {
    public let source: String
    public let path: String
    public let reason: String
    public var description: String { Messages.wordSourceUnreadable(name: source, path: path, reason: reason) }
}

/// The Debian lists passpolicy compiles, and the code that reads them.
public enum WordSources {
    static let zxcvbnEnglish = "/usr/share/perl5/Data/Password/zxcvbn/RankedDictionaries/English.pm"
    static let zxcvbnCommon = "/usr/share/perl5/Data/Password/zxcvbn/RankedDictionaries/Common.pm"

    /// The standard sources (Debian packages in brackets), then the admin's `wordlists`.
    public static func standard(settings: Settings) -> [WordSource] {
        var s: [WordSource] = [
            // [wamerican] [wbritish] [cracklib-runtime]
            WordSource(name: "american-english", path: "/usr/share/dict/american-english", format: .lines, category: .word, optional: false,
                       origin: .spelling),
            WordSource(name: "british-english", path: "/usr/share/dict/british-english", format: .lines, category: .word, optional: false,
                       origin: .spelling),
            WordSource(name: "cracklib-small", path: "/usr/share/dict/cracklib-small", format: .lines, category: .word, optional: false),
            // [miscfiles]
            WordSource(name: "propernames", path: "/usr/share/dict/propernames.gz", format: .lines, category: .firstName, optional: false, rank: 3_000),
            WordSource(name: "connectives", path: "/usr/share/dict/connectives.gz", format: .lines, category: .joiner, optional: false, rank: 100),
            WordSource(name: "cities", path: "/usr/share/misc/cities.dat.gz", format: .cities, category: .place, optional: false, rank: 5_000),
            WordSource(name: "countries", path: "/usr/share/misc/countries.gz", format: .countries, category: .place, optional: false, rank: 2_000),
            WordSource(name: "web2", path: "/usr/share/dict/web2", format: .lines, category: .rare, optional: true, rank: 300_000),
            // [cracklib-runtime], through libcrack2
            WordSource(name: "cracklib packed dictionary", path: CrackLib.defaultDictionary, format: .cracklib, category: .rare, optional: true, rank: 300_000),
            // [aspell-cy]: every Welsh word form aspell knows (mutations included), some 350,000
            // in no frequency order: each ranks as one of that many (the everyday ones are in
            // the curated list, ranked). Alone a word still costs at most the cap; beside
            // another it costs what it is, one of 350,000 — pronounceable random strings
            // ("Welaipaiz7") are full of short Welsh verb forms.
            WordSource(name: "aspell-cy Welsh words", path: "/usr/lib/aspell/cy.multi", format: .aspell("cy"), category: .word, optional: false,
                       rank: 200_000),
            // [libdata-password-zxcvbn-perl]
            // The ranked lists: each entry's rank is its place in the list's frequency order.
            WordSource(name: "zxcvbn female names", path: zxcvbnEnglish, format: .zxcvbn("english_female_names"), category: .firstName, optional: true, rank: 1, inFrequencyOrder: true),
            WordSource(name: "zxcvbn male names", path: zxcvbnEnglish, format: .zxcvbn("english_male_names"), category: .firstName, optional: true, rank: 1, inFrequencyOrder: true),
            WordSource(name: "zxcvbn surnames", path: zxcvbnEnglish, format: .zxcvbn("english_surnames"), category: .surname, optional: true, rank: 1, inFrequencyOrder: true),
            WordSource(name: "zxcvbn wikipedia words", path: zxcvbnEnglish, format: .zxcvbn("english_wikipedia"), category: .word, optional: true, rank: 1, inFrequencyOrder: true,
                       origin: .frequency),
            WordSource(name: "zxcvbn tv and film words", path: zxcvbnEnglish, format: .zxcvbn("us_tv_and_film"), category: .word, optional: true, rank: 1, inFrequencyOrder: true,
                       origin: .frequency),
            WordSource(name: "zxcvbn common passwords", path: zxcvbnCommon, format: .zxcvbn("passwords"), category: .commonPassword, optional: true, rank: 1, inFrequencyOrder: true),
            // [john-data]: most common first
            WordSource(name: "john password.lst", path: "/usr/share/john/password.lst", format: .lines, category: .commonPassword, optional: true, rank: 1, inFrequencyOrder: true),
        ]
        for path in settings.wordLists {
            s.append(WordSource(name: "wordlists \(path)", path: path, format: .lines, category: .word, optional: false))
        }
        return s
    }

    /// Loads every source into `builder`, plus the built-in joiners and months and the curated
    /// lists (`CuratedWords`). Stops at the first required source that cannot be read.
    public static func load(_ sources: [WordSource], into builder: WordListBuilder) throws(WordSourceError) -> [WordSourceResult] {
        BuiltinWords.add(to: builder)
        CuratedWords.add(to: builder)
        var results: [WordSourceResult] = []
        var perlCache: [String: [UInt8]] = [:]
        for source in sources {
            let before = builder.added
            let exists = source.format.isCracklib ? SystemFile.exists(source.path + ".pwd") : SystemFile.exists(source.path)
            if !exists {
                if source.optional {
                    results.append(WordSourceResult(source: source, added: nil, note: Messages.wordSourceSkipped(name: source.name, path: source.path)))
                    continue
                }
                throw WordSourceError(source: source.name, path: source.path, reason: SystemError(errno: ENOENT).description)
            }
            do {
                switch source.format {
                case .cracklib:
                    try CrackLib.forEachWord(prefix: source.path) { builder.add($0, source.category, rank: source.rank, origin: source.origin) }
                case .aspell(let language):
                    let bytes = try Aspell.dump(language: language)
                    forEachLine(bytes) { line in
                        for word in line.split(separator: " ") { addLine(word, source.category, builder, rank: source.rank, origin: source.origin) }
                    }
                case .zxcvbn(let list):
                    let bytes: [UInt8]
                    if let cached = perlCache[source.path] {
                        bytes = cached
                    } else {
                        bytes = try Zlib.readAll(source.path)
                        perlCache[source.path] = bytes
                    }
                    forEachZxcvbnEntry(bytes, list: list) { word, rank in
                        builder.add(word, source.category, rank: source.rank - 1 + rank, origin: source.origin)
                    }
                case .lines, .cities, .countries:
                    let bytes = try Zlib.readAll(source.path)
                    var index = 0
                    forEachLine(bytes) { line in
                        let rank = source.inFrequencyOrder ? source.rank + index : source.rank
                        switch source.format {
                        case .cities:
                            if line.hasPrefix("Name"), let colon = line.firstIndex(of: ":") {
                                addWord(line[line.index(after: colon)...], source.category, builder, rank: rank, origin: source.origin)
                            }
                        case .countries:
                            let fields = line.split(separator: ":", omittingEmptySubsequences: false)
                            if fields.count >= 5 {
                                addWord(fields[3], source.category, builder, rank: rank, origin: source.origin)
                                addWord(fields[4], source.category, builder, rank: rank, origin: source.origin)
                            }
                        default:
                            if line.hasPrefix("#!comment") { return }
                            index += 1
                            addLine(line, source.category, builder, rank: rank, origin: source.origin)
                        }
                    }
                }
            } catch {
                throw WordSourceError(source: source.name, path: source.path, reason: "\(error)")
            }
            results.append(WordSourceResult(source: source, added: builder.added - before, note: nil))
        }
        return results
    }

    /// A line of a word list: dictionary words with an apostrophe (possessives such as
    /// "dog's") are left out; words and names are trimmed.
    static func addLine(_ line: Substring, _ category: WordCategory, _ builder: WordListBuilder, rank: Int,
                        origin: WordListBuilder.Origin = []) {
        let word = line.trimmingSpaces
        if word.isEmpty { return }
        if category.contains(.word) && word.contains("'") { return }
        // A spelling dictionary's capitalised entries are proper nouns ("Ohio"), not everyday words.
        var origin = origin
        if origin.contains(.spelling) && word.contains(where: { $0 >= "A" && $0 <= "Z" }) { origin.remove(.spelling) }
        builder.add(String(word), category, rank: rank, origin: origin)
    }

    static func addWord(_ text: Substring, _ category: WordCategory, _ builder: WordListBuilder, rank: Int,
                        origin: WordListBuilder.Origin = []) {
        let word = text.trimmingSpaces
        if !word.isEmpty { builder.add(String(word), category, rank: rank, origin: origin) }
    }

    static func forEachLine(_ bytes: [UInt8], _ body: (Substring) -> Void) {
        let text = String(decoding: bytes, as: UTF8.self)
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) { body(line) }
    }

    /// The keys of one hash in zxcvbn's RankedDictionaries modules:
    ///
    ///     our %ranked_dictionaries = (
    ///       'passwords' => {
    ///         'password' => 2,
    static func forEachZxcvbnEntry(_ bytes: [UInt8], list: String, _ body: (String, Int) -> Void) {
        let header = "  '\(list)' => {"
        var inside = false
        forEachLine(bytes) { line in
            if !inside {
                if line.hasPrefix(header) { inside = true }
                return
            }
            if line.hasPrefix("  }") || line.hasPrefix("  '") {
                inside = false
                return
            }
            guard let open = line.firstIndex(of: "'"), let close = line.lastIndex(of: "'"), open < close else { return }
            // `'word' => rank,`
            let tail = line[line.index(after: close)...].filter { $0 >= "0" && $0 <= "9" }
            let rank = Int(tail) ?? WordListBuilder.unrankedRank
            let raw = line[line.index(after: open)..<close]
            var word = ""
            var escaped = false
            for ch in raw {
                if !escaped && ch == "\\" { escaped = true; continue }
                escaped = false
                word.append(ch)
            }
            body(word, rank)
        }
    }
}

extension WordSource.Format {
    var isCracklib: Bool {
        if case .cracklib = self { return true }
        return false
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s.removeLast() }
        return s
    }
}
