import Foundation
@testable import PassPolicy
import Testing

/// The catalogs as msgfmt compiles them: `scripts/build-locale.sh` into .build/locale (run
/// here when scripts/test.sh has not), found through PASSPOLICY_LOCALEDIR.
enum Catalogs {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let directory = packageRoot.appendingPathComponent(".build/locale").path

    /// Compiles the catalogs once and points the core at them.
    static let ready: Void = {
        if !FileManager.default.fileExists(atPath: directory + "/cy/LC_MESSAGES/passpolicy.mo") {
            _ = try? shell(packageRoot.appendingPathComponent("scripts/build-locale.sh").path, [directory])
        }
        setenv("PASSPOLICY_LOCALEDIR", directory, 1)
    }()

    static var welsh: Language {
        _ = ready
        return Language.named("cy") ?? .english
    }

    @discardableResult
    static func shell(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

/// One entry of a PO file: msgid, msgid_plural and the msgstr forms, with its flags.
struct POEntry {
    var id = ""
    var plural: String?
    var strings: [String] = []
    var fuzzy = false

    /// A small reader for the PO files this project writes (one-line strings, msgmerge
    /// --no-wrap); enough to compare the template with the translations.
    static func parse(_ text: String) -> [POEntry] {
        var entries: [POEntry] = []
        var current = POEntry()
        var inEntry = false
        func unquote(_ s: Substring) -> String {
            guard let first = s.firstIndex(of: "\""), let last = s.lastIndex(of: "\""), first < last else { return "" }
            return String(s[s.index(after: first)..<last])
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty {
                if inEntry { entries.append(current) }
                current = POEntry()
                inEntry = false
            } else if line.hasPrefix("#,") {
                current.fuzzy = line.contains("fuzzy")
            } else if line.hasPrefix("msgid_plural ") {
                current.plural = unquote(line)
            } else if line.hasPrefix("msgid ") {
                current.id = unquote(line)
                inEntry = true
            } else if line.hasPrefix("msgstr") {
                current.strings.append(unquote(line))
            } else if line.hasPrefix("\""), !current.strings.isEmpty {
                current.strings[current.strings.count - 1] += unquote(line)
            }
        }
        if inEntry { entries.append(current) }
        return entries.filter { !$0.id.isEmpty }
    }

    /// The `{name}` placeholders of a string, as a sorted list (repeats kept).
    static func placeholders(_ s: String) -> [String] {
        var out: [String] = []
        var rest = s[...]
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            out.append(String(after[..<close]))
            rest = after[after.index(after: close)...]
        }
        return out.sorted()
    }
}

@Suite struct CatalogTests {
    static let root = Catalogs.packageRoot

    @Test("po/passpolicy.pot is what scripts/update-po.sh extracts from the sources now")
    func templateIsCurrent() throws {
        let fresh = FileManager.default.temporaryDirectory.appendingPathComponent("passpolicy-\(UUID().uuidString).pot").path
        defer { try? FileManager.default.removeItem(atPath: fresh) }
        let run = try Catalogs.shell(Self.root.appendingPathComponent("scripts/update-po.sh").path, ["--pot", fresh])
        try #require(run.status == 0, "\(run.output)")
        let committed = try String(contentsOfFile: Self.root.appendingPathComponent("po/passpolicy.pot").path, encoding: .utf8)
        #expect(try String(contentsOfFile: fresh, encoding: .utf8) == committed,
                "a message changed: run scripts/update-po.sh and translate the new entries of po/cy.po")
    }

    @Test("every message has a Welsh translation, with the placeholders of its English")
    func welshIsComplete() throws {
        let template = POEntry.parse(try String(contentsOfFile: Self.root.appendingPathComponent("po/passpolicy.pot").path, encoding: .utf8))
        let welsh = POEntry.parse(try String(contentsOfFile: Self.root.appendingPathComponent("po/cy.po").path, encoding: .utf8))
        #expect(template.count > 60)
        let byID = Dictionary(welsh.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for entry in template {
            guard let translated = byID[entry.id] else {
                Issue.record("no Welsh for: \(entry.id)")
                continue
            }
            #expect(!translated.fuzzy, "fuzzy: \(entry.id)")
            #expect(translated.plural == entry.plural, "\(entry.id)")
            #expect(translated.strings.count == (entry.plural == nil ? 1 : 4), "\(entry.id)")
            let expected = POEntry.placeholders(entry.id)
            if let plural = entry.plural { #expect(POEntry.placeholders(plural) == expected, "\(entry.id)") }
            for form in translated.strings {
                #expect(!form.isEmpty, "untranslated: \(entry.id)")
                #expect(POEntry.placeholders(form) == expected, "placeholders differ: \(entry.id) → \(form)")
                #expect(form != entry.id, "left in English: \(entry.id)")
            }
        }
    }

    @Test("msgfmt --check accepts every catalog")
    func msgfmtCheck() throws {
        let po = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("po").path).filter { $0.hasSuffix(".po") }
        #expect(po.contains("cy.po"))
        for file in po {
            let run = try Catalogs.shell("/usr/bin/msgfmt", ["--check", "--output-file=/dev/null", "po/" + file])
            #expect(run.status == 0, "\(file): \(run.output)")
        }
    }
}

@Suite struct MessageCatalogTests {
    static func compiled() throws -> [UInt8] {
        _ = Catalogs.ready
        return Array(try Data(contentsOf: URL(fileURLWithPath: Language.catalogPath("cy", in: Catalogs.directory))))
    }

    @Test("the compiled Welsh catalog is read, and its plural rule is Welsh's")
    func readsCompiledCatalog() throws {
        let catalog = try #require(MessageCatalog(bytes: try Self.compiled()))
        #expect(catalog.count > 60)
        #expect(catalog.lookup("New password: ") == "Cyfrinair newydd: ")
        #expect(catalog.plural.count == 4)
        #expect([1, 2, 3, 8, 11, 20].map(catalog.plural.index(for:)) == [0, 1, 2, 3, 3, 2])
    }

    @Test("plural rules of other languages evaluate as gettext's")
    func pluralRules() throws {
        let cldr = try #require(PluralRule(" nplurals=6; plural=(n==0) ? 0 : (n==1) ? 1 : (n==2) ? 2 : (n==3) ? 3 : (n==6) ? 4 : 5;"))
        #expect([0, 1, 2, 3, 6, 7].map(cldr.index(for:)) == [0, 1, 2, 3, 4, 5])
        let polish = try #require(PluralRule("nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"))
        #expect([1, 2, 5, 22, 112].map(polish.index(for:)) == [0, 1, 2, 1, 2])
        #expect(PluralRule("nplurals=2; plural=n != ;") == nil)
        #expect(PluralRule("nplurals=2; plural=" + String(repeating: "(", count: 200) + "n" + String(repeating: ")", count: 200) + ";") == nil)
        #expect(PluralRule("nplurals=2; plural=n/0;")?.index(for: 5) == 0)
    }

    @Test("truncated and damaged catalogs give nil or a catalog, never a crash")
    func damagedCatalogs() throws {
        let bytes = try Self.compiled()
        for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 400)) {
            _ = MessageCatalog(bytes: Array(bytes.prefix(length)))
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            var damaged = bytes
            for _ in 0..<4 {
                let i = Int.random(in: 0..<min(damaged.count, 512), using: &generator)
                damaged[i] = UInt8.random(in: 0...255, using: &generator)
            }
            _ = MessageCatalog(bytes: damaged)
        }
        #expect(MessageCatalog(bytes: []) == nil)
        #expect(MessageCatalog(bytes: Array(repeating: 0xFF, count: 64)) == nil)
    }
}

@Suite struct LanguageChoiceTests {
    func choose(_ env: [String: String], fallback: Language = .english) -> String {
        _ = Catalogs.ready
        return Language.fromEnvironment(fallback: fallback) { env[$0] }.code
    }

    @Test("the locale environment, as gettext reads it; the language setting when it names none")
    func environment() {
        #expect(choose(["LANG": "cy_GB.UTF-8"]) == "cy")
        #expect(choose(["LANGUAGE": "cy"]) == "cy")
        #expect(choose(["LANGUAGE": "cy", "LANG": "en_GB.UTF-8"]) == "cy")
        #expect(choose(["LANGUAGE": "fr:cy:en"]) == "cy")
        #expect(choose(["LANGUAGE": "cy", "LANG": "C"]) == "en")  // gettext ignores LANGUAGE under C
        #expect(choose(["LC_ALL": "en_GB.UTF-8", "LANG": "cy_GB.UTF-8"]) == "en")
        #expect(choose(["LC_MESSAGES": "cy_GB", "LANG": "en_GB.UTF-8"]) == "cy")
        #expect(choose(["LANG": "en_GB.UTF-8"]) == "en")
        #expect(choose(["LANG": "fr_FR.UTF-8"], fallback: Catalogs.welsh) == "en")
        #expect(choose(["LANG": "C"]) == "en")
        #expect(choose([:]) == "en")
        #expect(choose(["LANG": "C"], fallback: Catalogs.welsh) == "cy")
        #expect(choose(["LANG": "C.UTF-8"], fallback: Catalogs.welsh) == "cy")
        #expect(choose(["LANG": "en_GB.UTF-8"], fallback: Catalogs.welsh) == "en")
    }

    @Test("Accept-Language: the best-rated language passpolicy speaks")
    func acceptLanguage() {
        _ = Catalogs.ready
        #expect(Language.fromAcceptLanguage("cy")?.code == "cy")
        #expect(Language.fromAcceptLanguage("cy-GB,cy;q=0.9,en;q=0.8")?.code == "cy")
        #expect(Language.fromAcceptLanguage("en-GB,en;q=0.9,cy;q=0.8")?.code == "en")
        #expect(Language.fromAcceptLanguage("fr, cy;q=0.5")?.code == "cy")
        #expect(Language.fromAcceptLanguage("cy;q=0, en")?.code == "en")
        #expect(Language.fromAcceptLanguage("fr-FR") == nil)
        #expect(Language.fromAcceptLanguage("*") == nil)
        #expect(Language.fromAcceptLanguage("") == nil)
    }

    @Test("a language whose catalog is missing speaks English")
    func missingCatalog() {
        let name = "PASSPOLICY_LOCALEDIR"
        _ = Catalogs.ready
        // The cache is by path: another directory is another look-up.
        setenv(name, "/nonexistent-passpolicy-locale", 1)
        let language = Language.named("cy")
        setenv(name, Catalogs.directory, 1)
        #expect(language == .english)
    }

    @Test("placeholders are filled once: a value is never read as a placeholder")
    func filling() {
        #expect(Language.english.tr("a {x} b {y}", ["x": "{y}", "y": 2]) == "a {y} b 2")
        #expect(Language.english.tr("{unknown} {x", ["x": 1]) == "{unknown} {x")
    }
}

@Suite struct MessageLengthTests {
    /// Every message `check` can give, rendered with long but realistic values.
    static func checkMessages(_ l: Language, long: Bool) -> [String] {
        let part = long ? "christopher-alexander.montgomery-smith" : "parry"
        let word = long ? "ysgolgynraddllanfairpwllgwyngyll" : "ysgol"
        let system = long ? String(repeating: "m365-tenant-", count: 6) : "vle"
        let n = long ? 4096 : 8
        var out = [
            Messages.invalidUTF8(l), Messages.controlCharacter(l), Messages.formatCharacter(l),
            Messages.tooLong(max: n, l), Messages.tooShort(count: 0, min: n, l), Messages.tooShort(count: n - 3, min: n, l),
            Messages.tooFewClasses(present: 1, needed: 4, missing: CharacterClass.allCases, l),
            Messages.repeated(max: 1, position: n, l), Messages.repeated(max: 3, position: n, l),
            Messages.containsPersonalWord(word, l),
        ]
        out += RequiredClass.allCases.map { Messages.missingRequired($0, l) }
        out += WeakPattern.allCases.map { Messages.dictionary($0, l) }
        for audience in [Audience.own, .other] {
            out += [Messages.containsUserName(part: part, l, audience), Messages.containsFullName(part: part, l, audience),
                    Messages.reusedOnThisSystem(l, audience), Messages.reusedOnOtherSystem(system, l, audience),
                    Messages.similarToEarlier(l, audience)]
        }
        return out
    }

    @Test("no English check message is over 200 characters with long values, nor over 160 with usual ones")
    func englishLengths() {
        for message in Self.checkMessages(.english, long: true) { #expect(message.count <= 200, "\(message.count): \(message)") }
        for message in Self.checkMessages(.english, long: false) { #expect(message.count <= 160, "\(message.count): \(message)") }
    }

    @Test("every check message comes out in Welsh")
    func welshMessages() {
        let english = Self.checkMessages(.english, long: false)
        let welsh = Self.checkMessages(Catalogs.welsh, long: false)
        #expect(Catalogs.welsh.code == "cy")
        for (en, cy) in zip(english, welsh) { #expect(en != cy, "not translated: \(en)") }
    }

    @Test("the reader decides between 'your user name' and 'the user name'")
    func audience() {
        #expect(Messages.containsUserName(part: "parry", .english, .own).contains("your user name"))
        #expect(Messages.containsUserName(part: "parry", .english, .other).contains("the user name"))
        #expect(!Messages.containsFullName(part: "sian", .english, .other).contains("your"))
        #expect(Messages.containsUserName(part: "parry", Catalogs.welsh, .own).contains("eich enw defnyddiwr"))
        #expect(Messages.containsUserName(part: "parry", Catalogs.welsh, .other).contains("Mae'r enw defnyddiwr"))
    }

    @Test("the checker speaks the context's language, and the rule ids stay the same")
    func checkerLanguage() {
        let checker = PolicyChecker(settings: Settings(), wordList: nil)
        var settings = Settings()
        settings.dictCheck = false
        let english = PolicyChecker(settings: settings, wordList: nil).check(Array("aab".utf8), context: CheckContext(userName: "aab"))
        let welsh = PolicyChecker(settings: settings, wordList: nil)
            .check(Array("aab".utf8), context: CheckContext(userName: "aab", language: Catalogs.welsh))
        _ = checker
        #expect(english.violations.map(\.rule) == welsh.violations.map(\.rule))
        #expect(english.violations.count >= 3)
        for (en, cy) in zip(english.violations, welsh.violations) { #expect(en.message != cy.message) }
    }
}
