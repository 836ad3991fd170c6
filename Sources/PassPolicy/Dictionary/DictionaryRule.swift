/// The `dictionary` rule: a password is weak when an attacker who knows how people build
/// passwords would guess it in fewer than `minGuesses` tries (default 10^10).
///
/// The estimate covers the password with pieces and adds up what each costs, in bits (log2 of
/// guesses; the code counts quarter bits):
/// - a word, name, place or common password costs log2 of its rank in frequency order (the
///   word list stores it): alone, at most `wordCap` bits (the attacker runs every list);
///   beside another word, its whole rank, so two rare words found by chance in a random
///   string cost what they would cost to guess (in full for short words and the huge lists'
///   words, see `wordCost`); plus a bit for capitals (two more for a short word in caps
///   lock, "rHYL"), half a bit per look-alike in long words and 1.5 bits in short ones (up
///   to two; a word mostly of look-alikes a bit), a bit more for each look-alike few people
///   use ("(" for c, "6" for g, "2" for z), a bit for a Welsh mutation ("Gymru"; three in a
///   word of four letters or fewer, "Chai" read as cai), the
///   number's cost and a bit for a number inside a word ("Ab1945raham"; one digit with
///   fewer than three letters on a side only in a word of six or more: "Me1mbers"; never
///   with look-alikes), two read backwards (and its whole rank), three for each doubled
///   letter left out ("Peper" for pepper; two in a word of six or more, "Grufyd"); a word
///   of three letters or only in the huge lists its whole rank even alone; accents cost
///   nothing (Siân = Sian);
/// - joiners and templates ("My", "I love", "4ever") cost 4–5 bits, a bit more with
///   capitals, two more for every joiner after the first, four more for one read through
///   look-alikes but before a word read through them too ("7h3R4710N" is leet throughout,
///   "we1l-o_NE" chance); a joiner of one or two letters follows a word or leads to one,
///   typed next to it or with one separator ("My Dad", "Mum&Me", "Me&Mum"); one ending the
///   core 3 bits more ("…FC"); one letter only leads, and between words only as a capital
///   or between capitalised words ("CoedYBrenin", "CroesoiGymru"), and a small one first
///   before no small letter 4 bits more ("u" + "Ru57"); never three in a row: chance puts
///   "to", "a", "is" everywhere in random strings; "and", "ac", "n", "a", "loves" between
///   two words are a connector, 4 bits and no word ("CarysAndEmily", "Mam-a-Dad",
///   "TomLovesCarys"), "Our", "Ein" first lead as "My" does ("OurCatMax"), "4ever", "4eva",
///   "xoxo" after a word end the core at a joiner's cost, a club's "FC" after its year too
///   ("Swansea2024FC"); an initial before a capitalised name ("JSmith", "J.Smith"; two,
///   "CJJones", 5 bits more; in small letters before a surname in small letters, "cjones", a
///   bit more) or after one, ending the core ("CarysJ", "Jones.C"), 7 bits; past three
///   pieces, a bit a piece; a phrase or place typed whole with one kind of separator between
///   its words ("Cymru Am Byth", "Betws-y-Coed"; each of two letters or more, or a, i, o, y:
///   "Ti.m" is none; a usual symbol between a small letter and a capital, "Nos#Da", 2 bits
///   more, never after a digit), with apostrophes ("Pentre'r") or a capital to each word
///   ("BaeColwyn") is the phrase, and a bit; keyboard walks 6 bits and a little per key (a walk
///   keeps to one kind of step, keys or the alphabet, never returns to the key before, and
///   changes shift at most once: "p[}{", "r5ts", "gYU8&" are chance); dates with `/`, `-` or
///   `.` 14 bits; numbers inside 6–15 bits by length and by how familiar ("12", "123", "1234" 5
///   bits, a year 7, a day and month 9); a symbol between pieces 4 bits, after a number too
///   ("Tom1980#Jones"), the same one again only the piece ("Efa.1986.Ruth"), an unusual one
///   (bracket, quote) 8;
/// - decoration at the ends ("2024!", "#1", "!x") costs 2 bits per unit of
///   `Decoration.cost` (an unusual symbol or a final letter 3 units), and 6 bits more when
///   a letter ends the password after it but for a month ("Chelsea2024x"; "Jan2024!x" is a
///   template): attackers' rule lists try these shapes first; around a core of one word of
///   five characters or fewer it costs at least three quarters of what it costs as typed
///   (`Decoration.typedCost`): random digits and symbols around a chance word
///   ("~N4t%075*?") are no habit, "Sam@1234" is;
/// - a reversed password is reversed whole: its cover is reversed words, numbers and symbols,
///   with no joiner read forwards ("If" + "$t3V" read as "vets");
/// - log2(k!) for the order of k words, and for three words or more, at least the whole
///   two-word space (`2 × wordCap + 10` bits): an attacker tries every two-word guess with its
///   decorations before three-word ones, so three or four random words cost a lot.
///
/// The pieces must cover the whole password but its decoration, so a short word somewhere
/// inside a random string proves nothing. The check runs on working memory the rule allocates
/// once and wipes after every check, and walks the memory-mapped trie from each position,
/// reading every character as itself and as the letters it may stand for. One rule per
/// `PolicyChecker`: like the checker, it is not for use by two threads at once.
final class DictionaryRule {
    let wordList: WordList
    /// Refuse below this many quarter bits (4 × log2 of `minGuesses`).
    let thresholdQ: UInt16
    /// Where words, numbers and symbols sit in the candidate, the costs of covering it, the
    /// categories of its words: a description of the password, so it is wiped after each check.
    private let masks: UnsafeMutablePointer<UInt64>
    private let bytes: UnsafeMutablePointer<UInt8>
    private let halves: UnsafeMutablePointer<UInt16>
    /// `KeyboardWalk.key(ascii:)` for every ASCII character, looked up once here.
    private let keys: UnsafeMutablePointer<UInt8>

    static let maskCount = 12
    static let byteRows = 8
    static let byteMatrices = 5
    static let halfRows = 9
    private static let maskCapacity = maskCount * (maxLength + 1)
    private static let byteCapacity = byteRows * (maxLength + 1) + byteMatrices * (maxLength + 1) * (maxLength + 1)
    private static let halfCapacity = halfRows * (maxLength + 1)

    /// The longest password the rule looks at; longer ones are more than a few words.
    static let maxLength = 48
    /// The default threshold, 10^10 guesses.
    static let defaultMinGuesses = 10_000_000_000

    // Costs, in quarter bits.
    static let wordCap: UInt16 = 11 * 4
    /// What three words cost at least: the two-word space with its decorations (2 × 12 bits
    /// for the words, 10 for the decorations).
    static let threeWordFloor: UInt16 = 34 * 4

    init(wordList: WordList, minGuesses: Int = DictionaryRule.defaultMinGuesses) {
        self.wordList = wordList
        thresholdQ = Self.quarterBits(minGuesses)
        masks = .allocate(capacity: Self.maskCapacity)
        masks.initialize(repeating: 0, count: Self.maskCapacity)
        bytes = .allocate(capacity: Self.byteCapacity)
        bytes.initialize(repeating: 0, count: Self.byteCapacity)
        halves = .allocate(capacity: Self.halfCapacity)
        halves.initialize(repeating: 0, count: Self.halfCapacity)
        keys = .allocate(capacity: 128)
        for c in 0..<128 { (keys + c).initialize(to: KeyboardWalk.key(ascii: UInt8(c))) }
    }

    deinit {
        masks.deallocate()
        bytes.deallocate()
        halves.deallocate()
        keys.deallocate()
    }

    /// 4 × log2(x), rounded up.
    static func quarterBits(_ x: Int) -> UInt16 {
        guard x > 1 else { return 0 }
        var q: UInt16 = 0
        // 2^(1/4) steps: multiply a running power until it reaches x.
        var p = 1.0
        let step = 1.189207115002721
        while p < Double(x) && q < 4000 { p *= step; q += 1 }
        return q
    }

    func weakPattern(in text: PasswordText) -> WeakPattern? {
        let n = text.count
        guard n >= 3, n <= Self.maxLength else { return nil }
        // The matcher uses rows of n + 1 entries from the start of each buffer, zero on entry
        // (zeroed at allocation, wiped after use).
        let stride = n + 1
        defer {
            secureWipe(UnsafeMutableRawBufferPointer(start: masks, count: Self.maskCount * stride * MemoryLayout<UInt64>.size))
            secureWipe(UnsafeMutableRawBufferPointer(start: bytes, count: Self.byteRows * stride + Self.byteMatrices * stride * stride))
            secureWipe(UnsafeMutableRawBufferPointer(start: halves, count: Self.halfRows * stride * MemoryLayout<UInt16>.size))
        }
        var matcher = DictionaryMatcher(list: wordList, chars: text.chars, masks: masks, bytes: bytes, halves: halves, keys: keys,
                              threshold: thresholdQ)
        return matcher.run()
    }
}
