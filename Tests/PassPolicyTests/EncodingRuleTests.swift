import Testing
import PassPolicy

/// The `encoding` rule and invisible format characters (Unicode category Cf).
@Suite struct EncodingRuleTests {
    let checker = PolicyChecker(settings: { var s = Settings(); s.dictCheck = false; return s }(), wordList: nil)

    func encoding(_ password: String) -> [String] {
        checker.check(Array(password.utf8), context: CheckContext()).violations.filter { $0.rule == .encoding }.map(\.message)
    }

    /// Strong apart from what is inserted: every other rule passes.
    static let strong = "Vq7#mLp2zR"

    @Test(arguments: [
        "\u{202E}",  // right-to-left override
        "\u{FEFF}",  // byte order mark / zero-width no-break space
        "\u{200B}",  // zero-width space
        "\u{200C}",  // zero-width non-joiner
        "\u{200E}",  // left-to-right mark
        "\u{2060}",  // word joiner
        "\u{00AD}",  // soft hyphen
        "\u{E0041}", // a tag character, not after a black flag
    ])
    func formatCharactersAreRefused(_ format: String) {
        #expect(encoding(Self.strong + format) == [Messages.formatCharacter])
        #expect(encoding(format + Self.strong) == [Messages.formatCharacter])
        #expect(encoding("Vq7#m" + format + "Lp2zR") == [Messages.formatCharacter])
    }

    @Test(arguments: [
        "👩‍💻",          // woman technologist: 1F469 200D 1F4BB
        "👨‍👩‍👧",       // family: two joiners
        "👩🏽‍💻",         // with a skin tone modifier before the joiner
        "❤️‍🔥",          // heart on fire: 2764 FE0F 200D 1F525
        "🏴󠁧󠁢󠁳󠁣󠁴󠁿",        // flag of Scotland: 1F3F4 and tag characters
    ])
    func emojiSequencesAreFine(_ emoji: String) {
        #expect(encoding(Self.strong + emoji).isEmpty)
        #expect(encoding(emoji + Self.strong).isEmpty)
    }

    @Test func aJoinerOutsideAnEmojiSequenceIsRefused() {
        #expect(encoding(Self.strong + "a\u{200D}b") == [Messages.formatCharacter])   // between letters
        #expect(encoding(Self.strong + "👩\u{200D}") == [Messages.formatCharacter])   // after an emoji, at the end
        #expect(encoding(Self.strong + "👩\u{200D}x") == [Messages.formatCharacter])  // an ASCII letter after it
        #expect(encoding(Self.strong + "👩\u{200D}\u{200D}💻") == [Messages.formatCharacter])
        #expect(encoding("\u{200D}" + Self.strong) == [Messages.formatCharacter])
    }

    @Test func controlCharactersKeepTheirOwnMessage() {
        #expect(encoding(Self.strong + "\u{7}\u{202E}") == [Messages.controlCharacter])
        #expect(encoding(Self.strong + "é") == [])
    }
}
