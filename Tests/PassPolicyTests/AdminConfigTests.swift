import Testing
@testable import PassPolicy

#if canImport(Glibc)
import Glibc
#endif

/// Config files as admins write them: trailing comments, drop-in directories, profiles,
/// other tools' keys and `enforcing`.
@Suite struct AdminConfigTests {
    func parse(_ text: String) throws(ConfigError) -> Configuration {
        var configuration = Configuration()
        try configuration.apply(fileContents: Array(text.utf8), source: "t.conf")
        try configuration.validate()
        return configuration
    }

    func error(_ text: String) -> ConfigError? {
        do { _ = try parse(text); return nil } catch { return error }
    }

    @Test func trailingCommentsAreComments() throws {
        let c = try parse("minlen = 10   # staff\nmaxrepeat = 2\t# two\n   # indented comment\npersonal_words = a#b, c # pets\n")
        #expect(c.settings.minLength == 10)
        #expect(c.settings.maxRepeat == 2)
        #expect(c.settings.personalWords == ["a#b", "c"])  // a "#" inside a value stays
        #expect(c.origins["minlen"]?.line == 1)
        #expect(error("minlen = 10#staff")?.problem == .badValue(.notAnInteger))
    }

    @Test func dropInsOverrideTheMainFileInNameOrder() throws {
        let main = DictionaryFixture.temporaryPath("passpolicy.conf")
        TestFiles.write(Array("minlen = 10\nmaxrepeat = 2\n".utf8), to: main)
        mkdir(main + ".d", 0o755)
        TestFiles.write(Array("minlen = 12\n".utf8), to: main + ".d/50-staff.conf")
        TestFiles.write(Array("minlen = 14\nwarnage = 7\n".utf8), to: main + ".d/90-site.conf")
        TestFiles.write(Array("minlen = 99\n".utf8), to: main + ".d/README")          // not *.conf
        TestFiles.write(Array("minlen = 98\n".utf8), to: main + ".d/.hidden.conf")    // hidden
        let c = try Configuration.load(path: main)
        #expect(c.settings.minLength == 14)
        #expect(c.settings.maxRepeat == 2)
        #expect(c.settings.warnAge == 7)
        #expect(c.origins["minlen"]?.description == main + ".d/90-site.conf:1")
        #expect(c.origins["maxrepeat"]?.description == main + ":2")
        #expect(c.files == [main, main + ".d/50-staff.conf", main + ".d/90-site.conf"])
        // An error in a drop-in names the drop-in.
        TestFiles.write(Array("maxrepeat = lots\n".utf8), to: main + ".d/60-bad.conf")
        do {
            _ = try Configuration.load(path: main)
            Issue.record("bad drop-in accepted")
        } catch {
            #expect(error.source == main + ".d/60-bad.conf" && error.line == 1)
        }
    }

    @Test func everyProfileLoadsAndLaterSettingsOverrideIt() throws {
        #expect(Profile.all.map(\.name) == ["caerau-primary", "use-of-computers", "winnington-park", "avanti-trust", "ncsc", "nist-800-63b"])
        for profile in Profile.all {
            let c = try parse("profile = \(profile.name)\n")
            #expect(c.settings.profile == profile.name)
            for (key, value) in profile.settings {
                let option = try #require(OptionTable.option(named: key))
                var expected = Settings()
                try option.apply(value, to: &expected)
                #expect(option.value(in: c.settings) == option.value(in: expected), "\(profile.name) \(key)")
                #expect(c.origins[key]?.profile == profile.name)
            }
        }
        let nist = try parse("profile = nist-800-63b\n").settings
        #expect(nist.minLength == 8 && nist.maxLength == 64 && nist.minClasses == 0 && nist.maxAge == 0 && nist.dictCheck)
        let ncsc = try parse("profile = ncsc\n").settings
        #expect(ncsc.minLength == 12 && ncsc.minClasses == 0 && ncsc.requiredClasses.isEmpty && ncsc.maxAge == 0)
        let uoc = try parse("profile = use-of-computers\n").settings
        #expect(uoc.minClasses == 4 && uoc.maxAge == 60)
        let caerau = try parse("profile = caerau-primary\n").settings
        #expect(caerau.requiredClasses == [.letter, .digit, .special])
        #expect(try parse("profile = winnington-park\n").settings.minLength == Settings().minLength)
        let overridden = try parse("profile = ncsc\nminlen = 16   # staff\n")
        #expect(overridden.settings.minLength == 16)
        #expect(overridden.origins["minlen"]?.profile == nil)
        #expect(overridden.origins["minclass"]?.description == "t.conf:1 (profile ncsc)")
        #expect(error("profile = nosuch")?.problem == .badValue(.unknownChoice(Profile.all.map(\.name))))
    }

    @Test func otherToolsKeysSayWhatToUse() {
        for key in ["difok", "ucredit", "lcredit", "dcredit", "ocredit", "gecoscheck", "badwords", "maxsequence",
                    "maxclassrepeat", "enforce", "usersubstr"] {
            let e = error("\(key) = 1\n")
            guard case .otherToolKey(let hint)? = e?.problem else {
                Issue.record("\(key): \(String(describing: e))")
                continue
            }
            #expect(hint.count < 160)
            #expect(e?.description.contains("t.conf:1: key '\(key)': ") == true)
        }
        #expect(error("difok = 3")?.description.contains("similar") == true)
        #expect(error("dictpath = /usr/share/cracklib/pw_dict")?.problem == .otherToolKey(hint: Messages.hintCrackLibDictPath))
        #expect(error("frobnicate = 1")?.problem == .unknownKey)
    }

    @Test func enforcingIsAKey() throws {
        #expect(try parse("enforcing = no\n").settings.enforcing == false)
        #expect(Settings().enforcing)
        var c = Configuration()
        try c.apply(arguments: ["enforcing=0"])
        #expect(!c.settings.enforcing)
    }

    @Test func everySentenceIsShort() {
        let sentences = Profile.all.map(\.summary) + [
            Messages.hintDifok, Messages.hintCredit, Messages.hintClassRepeat, Messages.hintMaxSequence,
            Messages.hintGecosCheck, Messages.hintBadWords, Messages.hintUserSubstr, Messages.hintDictPath,
            Messages.hintCrackLibDictPath, Messages.hintEnforce, Messages.hintPasswdqc, Messages.hintRejectUsername,
            Messages.hintPalindrome,
        ]
        for s in sentences { #expect(s.count < 160, "\(s)") }
    }
}

/// The one place that decides about a history the reader may not read: `CandidateJudge`.
@Suite struct NotPermittedHistoryTests {
    func judge(advisory: Bool, allow: Bool) throws(HistoryError) -> (SkippedHistory?, Verdict) {
        var settings = Settings()
        settings.dictCheck = false
        if allow { settings.storeUnavailable = .allow }
        let checker = PolicyChecker(settings: settings, wordList: nil)
        let tokens = PersonalTokens(context: CheckContext(userName: "ann", fullName: nil), settings: settings)
        var verdict = Verdict()
        let skipped = try Array("abc".utf8).withUnsafeBufferPointer { (p) throws(HistoryError) -> SkippedHistory? in
            try CandidateJudge(settings: settings, advisory: advisory)
                .judge(p, checker: checker, tokens: tokens, history: .notPermitted(store: "/s/h.db", path: "/s"), into: &verdict)
        }
        return (skipped, verdict)
    }

    @Test func advisoryChecksWarnAndJudgeTheRules() throws {
        for allow in [false, true] {
            let (skipped, verdict) = try judge(advisory: true, allow: allow)
            #expect(skipped?.deniedPath == "/s")
            #expect(!verdict.accepted)  // "abc" breaks the rules all the same
        }
    }

    @Test func changesFollowStoreUnavailable() throws {
        #expect(throws: HistoryError.self) { _ = try judge(advisory: false, allow: false) }
        let (skipped, _) = try judge(advisory: false, allow: true)
        #expect(skipped != nil && skipped?.deniedPath == nil)
        #expect(skipped?.error.description.contains("permission denied on /s") == true)
    }
}
