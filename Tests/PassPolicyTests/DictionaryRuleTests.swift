import Testing
import PassPolicy

/// Each pattern family, on the real compiled lists.
@Suite struct DictionaryRuleTests {
    func pattern(_ p: String) throws -> Bool { try DictionaryFixture.checker().isDictionaryWeak(p) }

    @Test(arguments: ["Jennifer&37", "W1nd0w$eat8", "BigTomatoes4", "Hello2025?", "!Oswald72", "Sunfl0wer!3"])
    func briefExamplesAreWeak(_ p: String) throws { #expect(try pattern(p)) }

    /// Rare forms from aspell-cy, decorated: a word only the huge lists hold costs its whole
    /// rank alone, which with the usual decoration is still far below 10^10.
    @Test(arguments: ["Gwrthodasent!2024", "Aethai#2024", "Cerddasom7!"])
    func rareWordsAloneAreStillWeak(_ p: String) throws { #expect(try pattern(p)) }

    /// A short word with the decoration people use: familiar numbers (years, 1234, 2580, a day
    /// and month) and a symbol or two stay cheap, so these stay weak, while the same words
    /// between random digits and symbols are chance (`randomStringsAreNeverRefused`).
    @Test(arguments: ["Sam@1234", "C4t2024!", "D0g#2019x", "!Ben2010!", "Amy&4821", "Tom2580!?", "Max#0812", "Zoe!!777"])
    func shortWordsWithFamiliarDecorationAreWeak(_ p: String) throws { #expect(try pattern(p)) }

    @Test(arguments: ["Qwerty123!", "1qaz2WSX!", "!QAZ2wsx9", "Asdfgh#12"])
    func keyboardWalks(_ p: String) throws { #expect(try pattern(p)) }

    @Test(arguments: ["Jan2024!x", "December#1999", "Summer2023!"])
    func dates(_ p: String) throws { #expect(try pattern(p)) }

    /// Reversed, also with look-alikes in a word of six letters or more ("something").
    @Test(arguments: ["Elppa#2020", "7revE#retsnoM", "dlroW!2024", "9n!h73m0571!"])
    func reversed(_ p: String) throws { #expect(try pattern(p)) }

    @Test(arguments: ["MyDog#2019", "I<3Paris!", "MrBean2000?", "TheBeatles#1"])
    func joiners(_ p: String) throws { #expect(try pattern(p)) }

    /// One letter between words, as people type it: a capital, or between capitalised words
    /// (Welsh "Croeso i Gymru").
    @Test(arguments: ["CroesoiGymru1!", "EleriaFranwen7", "DogILoveYou1!", "CoedYBrenin7!"])
    func oneLetterJoinersBetweenWords(_ p: String) throws { #expect(try pattern(p)) }

    /// A digit typed inside a word, also after its first two letters or before its last two,
    /// when the word has six letters or more.
    @Test(arguments: ["Me1mbers!", "Co1mplex*", "Ch8ristine", "Bombe1rs#", "Mcdona7ld!", "Ab1945raham", "pe12ncil!A"])
    func numbersInsideWords(_ p: String) throws { #expect(try pattern(p)) }

    /// Phrases typed with spaces, hyphens or dots between their words are still the phrase.
    @Test(arguments: ["Cymru Am Byth2023&", "Cymru-Am-Byth1", "I love you 2!", "Yma o Hyd 1983!", "let.me.in.2024",
                      "Come On Wales 1!"])
    func phrasesWithSeparators(_ p: String) throws { #expect(try pattern(p)) }

    /// Places, clubs and Welsh phrases of several words, typed whole: with their hyphens,
    /// spaces or apostrophes, or a capital to each word.
    @Test(arguments: ["Betws-y-Coed1!", "BetwsYCoed1!", "Bae Colwyn1!", "BaeColwyn1!", "Pen-y-bont2!", "PenYBont2!",
                      "Pentre'r Eglwys1", "Ty_Du123!", "Arsenal FC1953", "Spurs-FC1#", "Diolch_Yn_Fawr90", "cefn-gwlad3!",
                      "CaruTi2024!", "DwiYnDyGaru1!", "Pêl-droed1!", "COYG123!", "ArLanYMôr5!", "Iechyd-da31#",
                      "Nadolig_Llawen49", "TalYBont2023!"])
    func placesAndPhrasesTypedWhole(_ p: String) throws { #expect(try pattern(p)) }

    /// An initial before a surname or first name, as in user names.
    @Test(arguments: ["JSmith2024!", "J.Smith2024", "JJones1985!", "R.Evans2024", "MDavies#1"])
    func initialsBeforeANameAreWeak(_ p: String) throws { #expect(try pattern(p)) }

    @Test(arguments: ["zKEy%7trPwqx", "q8#Lr2vX!m9T", "Tz4&hW9p$Ka2", "orbit-Cactus-lantern-Gr4vel-42", "v7R!dQ2#xL0p",
                      "tiger violin cable 7!", "Tiger!violin!cable4", "Stump$fiction$quicken4", "Ate_ishaye5u"])
    func strongOnesPass(_ p: String) throws { #expect(try !pattern(p)) }

    @Test func messageSaysWhatKind() throws {
        let checker = try DictionaryFixture.checker()
        let v = checker.check(Array("Qwerty123!".utf8), context: CheckContext()).violations.filter { $0.rule == .dictionary }
        #expect(v.first?.message == Messages.dictionary(.keyboardWalk, .english) || v.first?.message == Messages.dictionary(.commonPassword, .english))
        let n = checker.check(Array("!Oswald72".utf8), context: CheckContext()).violations.filter { $0.rule == .dictionary }
        #expect(n.first?.message == Messages.dictionary(.name, .english))
    }
}
