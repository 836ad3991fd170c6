import Testing
@testable import PassPolicy

#if canImport(Glibc)
import Glibc
#endif

private func parse(_ text: String, source: String = "test.conf") throws(ConfigError) -> Settings {
    var configuration = Configuration()
    try configuration.apply(fileContents: Array(text.utf8), source: source)
    try configuration.validate()
    return configuration.settings
}

private func error(_ text: String) -> ConfigError? {
    do {
        _ = try parse(text)
        return nil
    } catch {
        return error
    }
}

@Suite struct ConfigTests {
    @Test func defaultsAreTheSchoolPolicy() {
        let s = Settings()
        #expect(s.minLength == 8 && s.minClasses == 3 && s.maxRepeat == 1)
        #expect(s.userCheck && s.personalCheck && s.dictCheck)
        #expect(s.maxAge == 60 && s.remember == 24)
    }

    @Test func keyValueLinesAndComments() throws {
        let s = try parse("""
            # a comment
            minlen = 12

              minclass=4
            required_classes = letter, digit ,special
            personal_words = Oakwood, Rex
            enforce_for_root
            usercheck = no
            """)
        #expect(s.minLength == 12)
        #expect(s.minClasses == 4)
        #expect(s.requiredClasses == [.letter, .digit, .special])
        #expect(s.personalWords == ["Oakwood", "Rex"])
        #expect(s.enforceForRoot)
        #expect(!s.userCheck)
    }

    /// A file written on Windows: "\r\n" ends lines like "\n", and line numbers still count.
    @Test func crlfLineEndsAndNonASCIIValues() throws {
        let s = try parse("# school policy\r\nminlen = 11\r\n\r\npersonal_words = Zoë, Ñandú\r\n")
        #expect(s.minLength == 11)
        #expect(s.personalWords == ["Zoë", "Ñandú"])
        #expect(error("minlen = 9\r\nmaxrepeat = x\r\n")?.line == 2)
        #expect(error("minlen = 9\r\nnosuchkey\r\n") == ConfigError(source: "test.conf", line: 2, key: "nosuchkey", problem: .unknownKey))
    }

    @Test func unknownKeyNamesFileLineAndKey() {
        let e = error("minlen = 9\n\nminlenn = 10\n")
        #expect(e == ConfigError(source: "test.conf", line: 3, key: "minlenn", problem: .unknownKey))
        #expect(e?.description.hasPrefix("test.conf:3: key 'minlenn': unknown key") == true)
    }

    @Test func badValues() {
        #expect(error("minlen = ten")?.problem == .badValue(.notAnInteger))
        #expect(error("minlen = 0")?.problem == .badValue(.outOfRange(1...4096)))
        #expect(error("minlen = 99999999999999999999999")?.problem == .badValue(.notAnInteger))
        #expect(error("minlen =")?.problem == .badValue(.missing))
        #expect(error("usercheck = maybe")?.problem == .badValue(.notABoolean))
        #expect(error("required_classes = upper, vowels")?.line == 1)
        #expect(error("store_unavailable = sometimes")?.key == "store_unavailable")
        #expect(error("dictpath = words.pwdict")?.problem == .badValue(.notAnAbsolutePath))
        #expect(error("= 3")?.problem == .malformedLine)
        #expect(error("min len = 3")?.problem == .malformedLine)
    }

    @Test func contradictoryPairsNameTheLaterKey() {
        let e = error("maxlen = 10\nminlen = 12\n")
        #expect(e?.key == "minlen" && e?.line == 2)
        if case .contradiction(let other, _)? = e?.problem { #expect(other == "maxlen") } else { Issue.record("no contradiction") }
        #expect(error("minlen = 12\nmaxlen = 10\n")?.key == "maxlen")
        #expect(error("minlen = 3\nminclass = 4\n")?.key == "minclass")
        #expect(error("warnage = 60\n")?.key == "warnage")
        #expect(error("maxage = 0\nwarnage = 60\n") == nil)
    }

    @Test func pamArgumentsOverrideTheFile() throws {
        var configuration = Configuration()
        try configuration.apply(fileContents: Array("minlen = 10\n".utf8), source: "f.conf")
        try configuration.apply(arguments: ["minlen=12", "enforce_for_root"])
        #expect(configuration.settings.minLength == 12)
        #expect(configuration.settings.enforceForRoot)
        #expect(configuration.origins["minlen"]?.source == "PAM arguments")
        do {
            try configuration.apply(arguments: ["retry=3", "bogus=1"])
            Issue.record("bogus accepted")
        } catch {
            #expect(error == ConfigError(source: "PAM arguments", line: 2, key: "bogus", problem: .unknownKey))
        }
    }

    /// The module takes `config=`, `debug` and `use_authtok` off the line before the rest gets
    /// here: errors still count the arguments as written, from 1.
    @Test func pamArgumentNumbersAreTheirPlaceOnTheLine() {
        var configuration = Configuration()
        #expect(throws: ConfigError(source: "PAM arguments", line: 4, key: "minlen", problem: .badValue(.notAnInteger))) {
            try configuration.apply(arguments: ["retry=2", "minlen=abc"], numbers: [2, 4])
        }
        let path = TestFiles.write(Array("dictcheck = no\n".utf8), "numbers.conf")
        #expect(throws: ConfigError(source: "PAM arguments", line: 2, key: "minlen", problem: .badValue(.notAnInteger))) {
            try ConfigurationCache.load(path: path, arguments: ["minlen=abc"], numbers: [2])
        }
    }

    @Test func loadingFiles() throws {
        let path = "/tmp/passpolicy-config-test-\(getpid()).conf"
        defer { unlink(path) }
        let text = "minlen = 11\n"
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        _ = text.withCString { write(fd, $0, strlen($0)) }
        close(fd)
        #expect(try Configuration.load(path: path).settings.minLength == 11)
        #expect(try Configuration.load(path: path).origins["minlen"]?.description == "\(path):1")
        do {
            _ = try Configuration.load(path: "/nonexistent/passpolicy.conf")
            Issue.record("missing file accepted")
        } catch {
            #expect(error.problem == .unreadable(errno: ENOENT))
            #expect(error.description.contains("/nonexistent/passpolicy.conf"))
        }
    }

    /// Found by the `config` fuzz target: an item starting with a combining mark (U+06EC)
    /// after a tab. Split and trimmed by Characters, the rendering "a, \u{6EC}b" read back as
    /// " \u{6EC}b" (the blank and the mark are one Character).
    @Test func listItemsStartingWithACombiningMarkRoundTrip() throws {
        var configuration = Configuration()
        try configuration.set("personal_words", "school,\t\u{6EC}b, ,,\u{301}x", source: "t", line: 1)
        #expect(configuration.settings.personalWords == ["school", "\u{6EC}b", "\u{301}x"])
        let option = try #require(OptionTable.option(named: "personal_words"))
        var again = Configuration()
        try again.set("personal_words", option.value(in: configuration.settings), source: "render", line: 1)
        #expect(again.settings == configuration.settings)
    }

    /// Found by the config fuzzer: the one item "none" among blanks and commas was kept as a
    /// word, rendered as `none`, and read back as the empty list.
    @Test func aListOfJustNoneIsEmptyHoweverWritten() throws {
        let option = try #require(OptionTable.option(named: "personal_words"))
        for text in [",\tnone\t\r\t\t,", " NONE ", "none,", ",,none"] {
            var configuration = Configuration()
            try configuration.set("personal_words", text, source: "t", line: 1)
            #expect(configuration.settings.personalWords == [], "\(text)")
            var again = Configuration()
            try again.set("personal_words", option.value(in: configuration.settings), source: "render", line: 1)
            #expect(again.settings == configuration.settings)
        }
        var mixed = Configuration()
        try mixed.set("personal_words", "none, rover", source: "t", line: 1)
        #expect(mixed.settings.personalWords == ["none", "rover"])
        var again = Configuration()
        try again.set("personal_words", option.value(in: mixed.settings), source: "render", line: 1)
        #expect(again.settings == mixed.settings)
    }

    @Test func everyKeyRoundTripsThroughItsOwnRendering() throws {
        let defaults = Settings()
        var configuration = Configuration()
        for option in OptionTable.all {
            try configuration.set(option.name, option.value(in: defaults), source: "t", line: 1)
        }
        #expect(configuration.settings == defaults)
    }
}
