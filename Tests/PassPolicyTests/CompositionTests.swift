import Testing
@testable import PassPolicy

/// Checks one candidate with the dictionary rule off (it has its own tests) and returns the
/// ids of the rules it breaks.
func rules(_ password: String, user: String? = nil, fullName: String? = nil,
           _ configure: (inout Settings) -> Void = { _ in }) -> [RuleID] {
    rules(bytes: Array(password.utf8), user: user, fullName: fullName, configure)
}

func rules(bytes: [UInt8], user: String? = nil, fullName: String? = nil,
           _ configure: (inout Settings) -> Void = { _ in }) -> [RuleID] {
    var settings = Settings()
    settings.dictCheck = false
    configure(&settings)
    let checker = PolicyChecker(settings: settings, wordList: nil)
    return checker.check(bytes, context: CheckContext(userName: user, fullName: fullName)).violations.map(\.rule)
}

@Suite struct LengthTests {
    @Test func countsCharactersPeopleSeeNotBytes() {
        #expect(rules("Ñañé£ü2") == [.minLength])          // 7 characters, 12 bytes
        #expect(rules("Zürich1!") == [])                     // 8 characters, 9 bytes
        // Decomposed: "e" + U+0301 is one character.
        #expect(rules("Cafe\u{301}12!") == [.minLength])     // 7 characters
        #expect(rules("Cafe\u{301}12!x") == [])
        // A flag (two regional indicators) and a ZWJ family are one character each.
        #expect(rules("Ab1🇬🇧xyz") == [.minLength])
        #expect(rules("Ab1👨‍👩‍👧xyzw") == [])
    }

    @Test func agreesWithSwiftCharacterCount() {
        // (Indic conjuncts joined by a virama are the known difference: counted per consonant.)
        let samples = ["Zürich1!", "Cafe\u{301}", "🇬🇧🇫🇷", "👍🏽ok", "Ünïcödé", "e\u{301}\u{302}x", "Ab1👨‍👩‍👧", "ἀλήθεια"]
        for sample in samples {
            let text = PasswordText()
            Array(sample.utf8).withUnsafeBufferPointer { text.load($0, cap: 256) }
            #expect(text.count == sample.count, "\(sample)")
        }
    }

    @Test func emptyInputGetsAVerdict() {
        #expect(rules("") == [.minLength, .charClasses])
    }

    @Test func maxLengthCapsLongInputFast() {
        #expect(rules(String(repeating: "Ab1!", count: 65)) == [.maxLength])   // 260 > 256
        let tenMegabytes = [UInt8](repeating: 0x61, count: 10 << 20)
        #expect(rules(bytes: tenMegabytes) == [.maxLength])
        #expect(rules(String(repeating: "Ab1!", count: 3)) == [])
        #expect(rules("Abcdef1!xyz", { $0.maxLength = 10 }) == [.maxLength])
    }
}

@Suite struct ClassTests {
    @Test func threeOfFourByDefault() {
        #expect(rules("abcdefgh") == [.charClasses])
        #expect(rules("abcdefg1") == [.charClasses])
        #expect(rules("abcdefG1") == [])
        #expect(rules("abcdef 1") == [])       // a space is special
        #expect(rules("abcdef£1") == [])       // so is £
    }

    @Test func lettersBeyondASCIICountByTheirCase() {
        #expect(rules("Äbcdefg1") == [])       // Ä upper
        #expect(rules("ÄBCDEFü1") == [])       // ü lower
        #expect(rules("ÄBCDEFGÜ") == [.charClasses])
    }

    @Test func requiredClasses() {
        let allFour: (inout Settings) -> Void = { $0.requiredClasses = [.upper, .lower, .digit, .special] }
        #expect(rules("abcdefG1", allFour) == [.charClasses])
        #expect(rules("abcdeG1!", allFour) == [])
        let lettersDigitsSpecials: (inout Settings) -> Void = { $0.requiredClasses = [.letter, .digit, .special] }
        #expect(rules("abcdefG1", lettersDigitsSpecials) == [.charClasses])
        #expect(rules("abcdef1!", lettersDigitsSpecials) == [])
        #expect(rules("ABCDEF1!", lettersDigitsSpecials) == [])
    }

    @Test func messageNamesWhatIsMissing() {
        var settings = Settings()
        settings.dictCheck = false
        let verdict = PolicyChecker(settings: settings, wordList: nil).check(Array("abcdefgh".utf8), context: CheckContext())
        let message = verdict.violations.first?.message ?? ""
        #expect(message.contains("an upper-case letter"))
        #expect(message.contains("a digit"))
        #expect(!message.contains("abcdefgh"))
    }
}

@Suite struct RepeatTests {
    @Test func noTwoIdenticalCharactersInARow() {
        #expect(rules("Abcdd1!x") == [.repeatedChar])
        #expect(rules("AbcdD1!x") == [])            // case differs: not identical
        #expect(rules("Abcdd1!x", { $0.maxRepeat = 2 }) == [])
        #expect(rules("Abcddd1!", { $0.maxRepeat = 2 }) == [.repeatedChar])
        #expect(rules("Abcddd1!", { $0.maxRepeat = 0 }) == [])
        #expect(rules("Abüü1!xy") == [.repeatedChar])
    }

    /// The message says where the pair is, counting characters people see ("ü" is one).
    @Test func messageNamesThePairByPosition() {
        var settings = Settings()
        settings.dictCheck = false
        let checker = PolicyChecker(settings: settings, wordList: nil)
        func message(_ p: String) -> String {
            checker.check(Array(p.utf8), context: CheckContext()).violations.first { $0.rule == .repeatedChar }?.message ?? ""
        }
        #expect(message("Parry&Tide7").contains("Characters 3 and 4 "))
        #expect(message("Üñbcdd1!x").contains("Characters 5 and 6 "))
        settings.maxRepeat = 2
        let two = PolicyChecker(settings: settings, wordList: nil)
        #expect(two.check(Array("Abcddd1!".utf8), context: CheckContext()).violations.first?.message.contains("Characters 4 to 6 ") == true)
    }

    @Test func marksDecideWhetherCharactersAreIdentical() {
        #expect(rules("Abcdd\u{301}1!x") == [])                       // d, then d with an accent
        #expect(rules("Abcd\u{301}d\u{301}1!xy") == [.repeatedChar])   // the same accented d twice
        #expect(rules("Üabcdd1!") == [.repeatedChar])                   // ASCII run after other text
        let text = PasswordText()
        Array("xaaay".utf8).withUnsafeBufferPointer { text.load($0, cap: 256) }
        #expect(text.longestRun == 3)
        Array("xaa\u{301}ay".utf8).withUnsafeBufferPointer { text.load($0, cap: 256) }
        #expect(text.longestRun == 1)
        text.wipe()
        #expect(text.longestRun == 0)
    }
}

@Suite struct EncodingTests {
    @Test func invalidUTF8GetsAVerdict() {
        #expect(rules(bytes: [0x41, 0x62, 0xFF, 0x63, 0x31, 0x21, 0x78, 0x79, 0x7A]).first == .encoding)
        #expect(rules(bytes: [0xC3]).contains(.encoding))                    // truncated sequence
        #expect(rules(bytes: [0xE0, 0x80, 0x80, 0x41, 0x62, 0x31, 0x21, 0x7A, 0x79]).first == .encoding) // overlong
        #expect(rules(bytes: [0xED, 0xA0, 0x80] + Array("Ab1!wxyz".utf8)).first == .encoding)     // surrogate
    }

    @Test func nulAndControlCharactersAreRefused() {
        #expect(rules(bytes: Array("Abc1!xy".utf8) + [0] + Array("z".utf8)).first == .encoding)
        #expect(rules("Abc1!xy\tz").first == .encoding)
    }
}
