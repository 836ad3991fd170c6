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
    }

    public let name: String
    public let path: String
    public let format: Format
    public let category: WordCategory
    /// A missing optional source is skipped with a note; a missing required one is an error.
    public let optional: Bool

    public init(name: String, path: String, format: Format, category: WordCategory, optional: Bool) {
        self.name = name
        self.path = path
        self.format = format
        self.category = category
        self.optional = optional
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
            WordSource(name: "american-english", path: "/usr/share/dict/american-english", format: .lines, category: .word, optional: false),
            WordSource(name: "british-english", path: "/usr/share/dict/british-english", format: .lines, category: .word, optional: false),
            WordSource(name: "cracklib-small", path: "/usr/share/dict/cracklib-small", format: .lines, category: .word, optional: false),
            // [miscfiles]
            WordSource(name: "propernames", path: "/usr/share/dict/propernames.gz", format: .lines, category: .firstName, optional: false),
            WordSource(name: "connectives", path: "/usr/share/dict/connectives.gz", format: .lines, category: .joiner, optional: false),
            WordSource(name: "cities", path: "/usr/share/misc/cities.dat.gz", format: .cities, category: .place, optional: false),
            WordSource(name: "countries", path: "/usr/share/misc/countries.gz", format: .countries, category: .place, optional: false),
            WordSource(name: "web2", path: "/usr/share/dict/web2", format: .lines, category: .rare, optional: true),
            // [cracklib-runtime], through libcrack2
            WordSource(name: "cracklib packed dictionary", path: CrackLib.defaultDictionary, format: .cracklib, category: .rare, optional: true),
            // [libdata-password-zxcvbn-perl]
            WordSource(name: "zxcvbn female names", path: zxcvbnEnglish, format: .zxcvbn("english_female_names"), category: .firstName, optional: true),
            WordSource(name: "zxcvbn male names", path: zxcvbnEnglish, format: .zxcvbn("english_male_names"), category: .firstName, optional: true),
            WordSource(name: "zxcvbn surnames", path: zxcvbnEnglish, format: .zxcvbn("english_surnames"), category: .surname, optional: true),
            WordSource(name: "zxcvbn wikipedia words", path: zxcvbnEnglish, format: .zxcvbn("english_wikipedia"), category: .word, optional: true),
            WordSource(name: "zxcvbn tv and film words", path: zxcvbnEnglish, format: .zxcvbn("us_tv_and_film"), category: .word, optional: true),
            WordSource(name: "zxcvbn common passwords", path: zxcvbnCommon, format: .zxcvbn("passwords"), category: .commonPassword, optional: true),
            // [john-data]
            WordSource(name: "john password.lst", path: "/usr/share/john/password.lst", format: .lines, category: .commonPassword, optional: true),
        ]
        for path in settings.wordLists {
            s.append(WordSource(name: "wordlists entry", path: path, format: .lines, category: .word, optional: false))
        }
        return s
    }

    /// Loads every source into `builder`, plus the built-in joiners and months. Stops at the
    /// first required source that cannot be read.
    public static func load(_ sources: [WordSource], into builder: WordListBuilder) throws(WordSourceError) -> [WordSourceResult] {
        BuiltinWords.add(to: builder)
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
                    try CrackLib.forEachWord(prefix: source.path) { builder.add($0, source.category) }
                case .zxcvbn(let list):
                    let bytes: [UInt8]
                    if let cached = perlCache[source.path] {
                        bytes = cached
                    } else {
                        bytes = try Zlib.readAll(source.path)
                        perlCache[source.path] = bytes
                    }
                    forEachZxcvbnEntry(bytes, list: list) { builder.add($0, source.category) }
                case .lines, .cities, .countries:
                    let bytes = try Zlib.readAll(source.path)
                    forEachLine(bytes) { line in
                        switch source.format {
                        case .cities:
                            if line.hasPrefix("Name"), let colon = line.firstIndex(of: ":") {
                                addWord(line[line.index(after: colon)...], source.category, builder)
                            }
                        case .countries:
                            let fields = line.split(separator: ":", omittingEmptySubsequences: false)
                            if fields.count >= 5 {
                                addWord(fields[3], source.category, builder)
                                addWord(fields[4], source.category, builder)
                            }
                        default:
                            if line.hasPrefix("#!comment") { return }
                            addLine(line, source.category, builder)
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
    static func addLine(_ line: Substring, _ category: WordCategory, _ builder: WordListBuilder) {
        let word = line.trimmingSpaces
        if word.isEmpty { return }
        if category.contains(.word) && word.contains("'") { return }
        builder.add(String(word), category)
    }

    static func addWord(_ text: Substring, _ category: WordCategory, _ builder: WordListBuilder) {
        let word = text.trimmingSpaces
        if !word.isEmpty { builder.add(String(word), category) }
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
    static func forEachZxcvbnEntry(_ bytes: [UInt8], list: String, _ body: (String) -> Void) {
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
            let raw = line[line.index(after: open)..<close]
            var word = ""
            var escaped = false
            for ch in raw {
                if !escaped && ch == "\\" { escaped = true; continue }
                escaped = false
                word.append(ch)
            }
            body(word)
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
