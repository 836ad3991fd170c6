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
///   use ("(" for c, "6" for g, "2" for z), a bit for a Welsh mutation ("Gymru"), the
///   number's cost and a bit for a number inside a word ("Ab1945raham"; one digit with
///   fewer than three letters on a side only in a word of six or more: "Me1mbers"; never
///   with look-alikes), two read backwards (and its whole rank), three with one doubled
///   letter left out ("Peper" for pepper); a word of three letters or only in the huge lists
///   its whole rank even alone; accents cost nothing (Siân = Sian);
/// - joiners and templates ("My", "I love", "4ever") cost 4–5 bits, a bit more with
///   capitals, two more for every joiner after the first; a joiner of one or two letters
///   follows a word or leads to one (one letter only leads), and never three in a row:
///   chance puts "to", "a", "is" everywhere in random strings; past three pieces, a bit a
///   piece; a phrase typed whole with one kind of separator between its words ("Cymru Am
///   Byth", "let.me.in"; each of two letters or more, or a, i, o, y: "Ti.m" is none) is the
///   phrase, and a bit; keyboard walks 6 bits and a little per key (a walk keeps to one
///   kind of step, keys or the alphabet, never returns to the key before, and changes shift
///   at most once: "p[}{", "r5ts", "gYU8&" are chance); dates with `/`, `-` or `.` 14 bits;
///   numbers inside 6–15 bits by length (a year 7); a symbol between pieces 4 bits, an
///   unusual one (bracket, quote) 8;
/// - decoration at the ends ("2024!", "#1", "!x") costs 2 bits per unit of
///   `Decoration.cost` (an unusual symbol or a final letter 3 units): attackers' rule lists
///   try these shapes first;
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

    static let maskCount = 10
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
        var matcher = Matcher(list: wordList, chars: text.chars, masks: masks, bytes: bytes, halves: halves, keys: keys,
                              threshold: thresholdQ)
        return matcher.run()
    }
}

/// The working state of one check; all storage is borrowed from `DictionaryRule`, in rows of
/// `stride` = n + 1 entries.
private struct Matcher {
    let list: WordList
    let chars: UnsafeBufferPointer<AnalyzedChar>
    let n: Int
    let stride: Int
    let keys: UnsafeMutablePointer<UInt8>
    let threshold: UInt16
    // Bit j of xxx[i]: the range i..<j is such a piece.
    let word: UnsafeMutablePointer<UInt64>      // a word read forwards (cost in `wordCost`)
    let content: UnsafeMutablePointer<UInt64>   // of those, the ones that count as words (not only joiners)
    let reversedWord: UnsafeMutablePointer<UInt64>  // a word of 4+ read backwards (cost in `reversedCost`)
    let joiner: UnsafeMutablePointer<UInt64>
    let month: UnsafeMutablePointer<UInt64>
    let walk: UnsafeMutablePointer<UInt64>
    let number: UnsafeMutablePointer<UInt64>    // a number (1–4 digits, 6 or 8 as a date)
    let symbol: UnsafeMutablePointer<UInt64>    // one usual symbol between pieces
    let symbol3: UnsafeMutablePointer<UInt64>   // one unusual symbol between pieces
    let date: UnsafeMutablePointer<UInt64>      // a date with separators
    // Letter counts before each index, for the capitalisation test.
    let uppers: UnsafeMutablePointer<UInt8>
    let lowers: UnsafeMutablePointer<UInt8>
    let backKind: UnsafeMutablePointer<UInt8>   // 4 rows
    // Decoration cost of 0..<s and of e..<n, in quarter bits (0xFF: impossible).
    let prefixCost: UnsafeMutablePointer<UInt8>
    let suffixCost: UnsafeMutablePointer<UInt8>
    /// `wordFlags[a * stride + b]`: the categories of the word a..<b, read either way.
    let wordFlags: UnsafeMutablePointer<UInt8>
    /// The cheapest reading of the word a..<b, forwards and backwards, in quarter bits.
    let wordCost: UnsafeMutablePointer<UInt8>
    let reversedCost: UnsafeMutablePointer<UInt8>
    /// What the word a..<b costs beyond `wordCost` when it is not the only word: its rank
    /// uncapped (see `wordCost(rank:length:rare:capped:)`).
    let wordDebt: UnsafeMutablePointer<UInt8>
    let reversedDebt: UnsafeMutablePointer<UInt8>
    /// For a cover with one word: that word's debt, owed when a second word is added.
    let debt: UnsafeMutablePointer<UInt16>
    // The dynamic programme: the cheapest cover of s..<j with k words (k = 0, 1, 2, 3 or more).
    let best: UnsafeMutablePointer<UInt16>
    let backFrom: UnsafeMutablePointer<UInt16>
    /// Bit j: the forward words starting at j are in the masks.
    var walkedForward: UInt64 = 0
    /// Set while the trie is walked from a mutated onset's radical (see `walkMutations`).
    var mutated = false
    /// While the trie is walked past a number inside a word: what the number costs, and its digits.
    var inside: UInt16 = 0
    var insideDigits = 0
    /// Where that number starts: a single digit with fewer than three letters on a side needs
    /// a long word around it (see `reached`).
    var insideAt = 0
    /// While the trie is walked across the spaces of a phrase ("Cymru Am Byth", "i-love-you"):
    /// the separator (one kind in a phrase), and how many were passed.
    var separator: UInt32 = 0
    var separators = 0
    /// Where the last separator passed is.
    var separatorAt = 0

    init(list: WordList, chars: UnsafeBufferPointer<AnalyzedChar>, masks: UnsafeMutablePointer<UInt64>, bytes: UnsafeMutablePointer<UInt8>,
         halves: UnsafeMutablePointer<UInt16>, keys: UnsafeMutablePointer<UInt8>, threshold: UInt16) {
        self.list = list
        self.chars = chars
        self.n = chars.count
        self.keys = keys
        self.threshold = threshold
        let stride = chars.count + 1
        self.stride = stride
        word = masks
        content = masks + stride
        joiner = masks + 2 * stride
        month = masks + 3 * stride
        walk = masks + 4 * stride
        number = masks + 5 * stride
        reversedWord = masks + 6 * stride
        symbol = masks + 7 * stride
        symbol3 = masks + 8 * stride
        date = masks + 9 * stride
        uppers = bytes
        lowers = bytes + stride
        backKind = bytes + 2 * stride      // 4 × stride
        prefixCost = bytes + 6 * stride
        suffixCost = bytes + 7 * stride
        wordFlags = bytes + 8 * stride
        wordCost = bytes + 8 * stride + stride * stride
        reversedCost = bytes + 8 * stride + 2 * stride * stride
        wordDebt = bytes + 8 * stride + 3 * stride * stride
        reversedDebt = bytes + 8 * stride + 4 * stride * stride
        best = halves
        backFrom = halves + 4 * stride
        debt = halves + 8 * stride
    }

    // Piece kinds in `backKind`.
    static let kindWord: UInt8 = 1, kindJoiner: UInt8 = 3, kindWalk: UInt8 = 4, kindOther: UInt8 = 5, kindDate: UInt8 = 6
    /// A joiner of three letters or more ("Big", "Love"), counted as a word.
    static let kindLongJoiner: UInt8 = 7
    /// A short joiner that is not after a word: what follows must be a word or joiner.
    static let kindLeadJoiner: UInt8 = 8

    // Costs in quarter bits.
    static let capitalCost: UInt8 = 4
    static let oddCaseCost: UInt8 = 8
    static let lookAlikeCost: UInt8 = 6
    static let rareLookAlikeCost: UInt8 = 4
    static let longLookAlikeCost: UInt8 = 2
    static let shortCapsLockCost: UInt8 = 8
    static let mutationCost: UInt8 = 4
    /// Rank costs past this (a rank past 100,000) belong to words only the huge lists hold.
    static let hugeListRank: UInt16 = 66
    static let heavyCost: UInt8 = 4
    static let reversedExtra: UInt8 = 8
    static let dedoubledCost: UInt8 = 12
    static let rareExtra: UInt16 = 16
    static let joinerCost: UInt16 = 16
    static let longJoinerCost: UInt16 = 20
    static let moreJoinerCost: UInt16 = 8
    static let endingJoinerCost: UInt16 = 4
    static let morePieceCost: UInt16 = 4
    static let walkCost: UInt16 = 24
    static let dateCost: UInt16 = 56
    static let symbolCost: UInt16 = 16
    /// Brackets, quotes and the like between words are no habit; a space is.
    static let unusualSymbolCost: UInt16 = 32
    static let spaceCost: UInt16 = 12
    /// A one-letter joiner ("I", "a") is found by chance anywhere.
    static let oneLetterJoinerCost: UInt16 = 20
    static let decorationUnit: UInt16 = 8
    /// The most decoration a weak password has, both ends together (6 units).
    static let maxDecoration: UInt16 = 6 * decorationUnit
    /// log2(k!) for k = 0…3 words.
    static let orderCost: [UInt16] = [0, 0, 4, 10]

    mutating func run() -> WeakPattern? {
        var up: UInt8 = 0, low: UInt8 = 0, letters = 0
        for i in 0..<n {
            uppers[i] = up
            lowers[i] = low
            switch chars[i].characterClass {
            case .upper: up &+= 1
            case .lower: low &+= 1
            default: break
            }
            if chars[i].isLetterLike { letters += 1 }
        }
        uppers[n] = up
        lowers[n] = low
        guard letters >= 3 else { return nil }
        // Most random strings are settled here, before any trie walk.
        if symbolCostBound() + 16 >= Int(threshold) { return nil }

        // Which cores are possible: a decoration before `s` and after `e`.
        var starts: UInt64 = 0, ends: UInt64 = 0
        // Decoration holds no letter but the outermost ones of a suffix, so past the first
        // letter (from either end) every longer prefix or suffix is impossible: stop there.
        for s in 0...n {
            prefixCost[s] = Self.quarter(Decoration.cost(chars, from: 0, to: s, outer: 0))
            if UInt16(prefixCost[s]) < threshold { starts |= 1 << UInt64(s) }
            if s == n || chars[s].isLetter { break }
        }
        var e = n
        while true {
            suffixCost[e] = Self.quarter(Decoration.cost(chars, from: e, to: n, outer: n - 1))
            if UInt16(suffixCost[e]) < threshold { ends |= 1 << UInt64(e) }
            // The last one or two characters may be letters of the decoration ("Jan2024!x").
            if e == 0 || (e < n - 1 && chars[e - 1].isLetter) { break }
            e -= 1
        }
        if starts == 0 || ends == 0 { return nil }

        findWalksAndOthers()

        // Forwards, then backwards: a reversed password reverses all of it, so reversed words
        // are never mixed with forward ones in one cover. Words are looked up only where a cover
        // can reach (see `ensureForward`), and backwards only once no forward cover exists.
        for pass in 0..<3 {
            // Pass 1 covers with every segment a reversed word could fill, at the least a
            // reversed word costs (a bound, with no lookups); only if that could succeed does
            // pass 2 walk the trie backwards.
            let reversed = pass > 0
            if pass == 1 { markPossibleReversedWords() }
            if pass == 2 { findBackwardWords() }
            var found = false
            var remaining = starts
            while remaining != 0 && !found {
                let s = remaining.trailingZeroBitCount
                remaining &= remaining - 1
                if pass == 1 {
                    found = cover(from: s, ends: ends, reversed: true, boundOnly: true) != nil
                } else if let pattern = cover(from: s, ends: ends, reversed: reversed, boundOnly: false) {
                    return pattern
                }
            }
            if pass == 1 && !found { return nil }
        }
        return nil
    }

    @inline(__always)
    static func quarter(_ units: UInt8) -> UInt8 {
        units == Decoration.impossible ? 0xFF : UInt8(min(254, Int(units) * Int(decorationUnit)))
    }

    /// Fills `reversedWord` with every segment a reversed word could be: 4 or more
    /// characters ending in a letter or look-alike, in one case or capitalised at either end —
    /// the conditions `reached` puts on reversed words, without the dictionary — each at the
    /// least a reversed word costs.
    mutating func markPossibleReversedWords() {
        // Bit e: the segment may end at e (its last character is a letter or look-alike).
        var letterEnds: UInt64 = 0
        for i in 0..<n where chars[i].isLetterLike { letterEnds |= 1 << UInt64(i + 1) }
        // Scanning from the right: the first upper- and lower-case letter at or after `a`.
        var nextUpper = n, nextLower = n
        var a = n - 1
        while a >= 0 {
            let upperAfter = nextUpper, lowerAfter = nextLower  // from a + 1 on
            switch chars[a].characterClass {
            case .upper: nextUpper = a
            case .lower: nextLower = a
            default: break
            }
            // The letters after `a` are of one case up to the later of the first of each case.
            let plainUntil = max(upperAfter, lowerAfter)
            var bits: UInt64 = 0
            if plainUntil >= a + 4 { bits = Self.bits(from: a + 4, through: plainUntil) }
            // Capitalised at the end: the segment ends at the first capital from `a` on.
            if nextUpper < n && nextUpper + 1 >= a + 4 { bits |= 1 << UInt64(nextUpper + 1) }
            reversedWord[a] = bits & letterEnds
            var m = reversedWord[a]
            while m != 0 {
                let b = m.trailingZeroBitCount
                m &= m - 1
                reversedCost[a * stride + b] = Self.minimumWordCost + Self.reversedExtra
            }
            a -= 1
        }
    }

    /// The least any word of 4 or more characters costs.
    static let minimumWordCost: UInt8 = 24

    /// Bits `lo` through `hi` (at most 63).
    @inline(__always)
    static func bits(from lo: Int, through hi: Int) -> UInt64 {
        let upTo: UInt64 = hi >= 63 ? ~0 : (1 << UInt64(hi + 1)) - 1
        return upTo & ~((1 << UInt64(lo)) - 1)
    }

    /// A lower bound, in quarter bits, of what the symbols that cannot stand for letters cost
    /// in any cover: a symbol piece each between the first and the last letter of the core, a
    /// decoration unit a run outside (two for an unusual symbol). "<3" is a joiner. A bound
    /// over the threshold proves the password is no decorated word without walking the trie.
    func symbolCostBound() -> Int {
        var firstLetter = -1, lastLetter = -1, previousLetter = -1, beforeThat = -1
        for i in 0..<n where chars[i].isLetter {
            if firstLetter < 0 { firstLetter = i }
            beforeThat = previousLetter
            previousLetter = lastLetter
            lastLetter = i
        }
        // Final letters after a digit or symbol may be decoration ("Jan2024!x", "…2025Ab").
        if lastLetter == n - 1, n >= 2, !chars[n - 2].isLetter, previousLetter >= 0 { lastLetter = previousLetter }
        else if lastLetter == n - 1, n >= 3, chars[n - 2].isLetter, !chars[n - 3].isLetter, beforeThat >= 0 { lastLetter = beforeThat }
        var bound = 0
        var previousOutsideUsual = false
        var i = 0
        while i < n {
            let c = chars[i]
            guard c.characterClass == .special && c.alt1 == 0 else { previousOutsideUsual = false; i += 1; continue }
            if c.base == 0x3C, i + 1 < n, chars[i + 1].base == 0x33 { previousOutsideUsual = false; i += 2; continue }
            let usual = Decoration.isUsualSymbol(c.base)
            if i > firstLetter && i < lastLetter {
                // Separators between words: a date's "/", "-", "." are part of its piece.
                if !(c.base == 0x2F || c.base == 0x2D || c.base == 0x2E) {
                    bound += Int(usual || c.base == 0x20 ? Self.symbolCost : Self.unusualSymbolCost)
                }
                previousOutsideUsual = false
            } else {
                bound += usual ? (previousOutsideUsual ? 0 : 8) : 32
                previousOutsideUsual = usual
            }
            i += 1
        }
        return bound
    }

    // MARK: Finding pieces

    /// Walks the trie forwards from `j` the first time a cover reaches `j`: positions no cover
    /// reaches (most of a random string) are never looked up. Words start with a letter, a
    /// look-alike or (common passwords) a digit.
    @inline(__always)
    mutating func ensureForward(_ j: Int) {
        let bit: UInt64 = 1 << UInt64(j)
        guard walkedForward & bit == 0 else { return }
        walkedForward |= bit
        (wordFlags + j * stride).update(repeating: 0, count: stride)
        if chars[j].isLetterLike || chars[j].characterClass == .digit {
            walkForward(list.root, start: j, pos: j, subs: 0, dedoubled: false)
            if chars[j].isLetter { walkMutations(j) }
        }
    }

    /// Walks the trie backwards from every position: reversed words end with a letter or
    /// look-alike.
    mutating func findBackwardWords() {
        reversedWord.update(repeating: 0, count: n + 1)
        wordFlags.update(repeating: 0, count: n * stride)
        for e in 4...max(4, n) where e <= n && chars[e - 1].isLetterLike {
            walkBackward(list.root, end: e, pos: e - 1, subs: 0)
        }
    }

    /// The labels a character may be read as: itself (accents folded), and its look-alikes.
    @inline(__always)
    func labels(_ c: AnalyzedChar) -> (UInt32, UInt32, UInt32) {
        var f = c.folded
        if f >= 0x80 {
            let plain = AccentFold.plain(f)
            if plain != 0 { f = plain }
        }
        let a1 = c.alt1 != f ? c.alt1 : 0
        let a2 = c.alt2 != f && c.alt2 != a1 ? c.alt2 : 0
        return (f, a1, a2)
    }

    /// Steps `label` from `node` for the character at `pos`, records the word that ends there,
    /// walks on; and, once per word, also steps the same letter a second time without reading
    /// a character: a word with a doubled letter typed once ("Peper" for pepper).
    @inline(__always)
    mutating func stepForward(_ node: WordList.Node, _ label: UInt32, start: Int, pos: Int, subs: Int, dedoubled: Bool) {
        guard let e = list.step(node, label) else { return }
        reached(e.categories, e.rank, start, pos + 1, subs, reversed: false, dedoubled: dedoubled)
        walkForward(e.next, start: start, pos: pos + 1, subs: subs, dedoubled: dedoubled)
        if !dedoubled, pos > start || true, label >= 0x61, label <= 0x7A, let d = list.step(e.next, label) {
            reached(d.categories, d.rank, start, pos + 1, subs, reversed: false, dedoubled: true)
            walkForward(d.next, start: start, pos: pos + 1, subs: subs, dedoubled: true)
        }
    }

    /// Welsh initial mutations, as (the onset as typed, the radical it stands for): soft
    /// ("Gymru" for Cymru, "Fam" for mam, "Eraint" for Geraint), nasal ("Nghymru", "Nhad")
    /// and aspirate ("Chaerdydd"), and the h before a vowel ("hysgol").
    static let mutations: [([UInt32], [UInt32])] = [
        ("g", "c"), ("b", "p"), ("d", "t"), ("", "g"), ("f", "b"), ("f", "m"), ("dd", "d"), ("l", "ll"), ("r", "rh"),
        ("ngh", "c"), ("mh", "p"), ("nh", "t"), ("ng", "g"), ("m", "b"), ("n", "d"),
        ("ch", "c"), ("ph", "p"), ("th", "t"), ("h", ""),
    ].map { (Array($0.0.unicodeScalars.map(\.value)), Array($0.1.unicodeScalars.map(\.value))) }

    /// Walks the trie from `j` reading a mutated onset as its radical: the rest of the word
    /// as typed. A mutated word costs a bit more (`mutationCost`).
    mutating func walkMutations(_ j: Int) {
        for (typed, radical) in Self.mutations {
            var p = j
            var matches = true
            for b in typed {
                guard p < n, chars[p].folded == b else { matches = false; break }
                p += 1
            }
            // At least two letters of the word follow the onset; the g dropped and the h
            // added stand before a vowel.
            guard matches, p + 1 < n, chars[p].isLetter else { continue }
            if typed.isEmpty || radical.isEmpty {
                switch chars[p].folded {
                case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x77, 0x79: break
                default: continue
                }
            }
            var node = list.root
            var stepped = true
            for b in radical {
                guard let e = list.step(node, b) else { stepped = false; break }
                node = e.next
            }
            guard stepped else { continue }
            mutated = true
            walkForward(node, start: j, pos: p, subs: 0, dedoubled: false)
            mutated = false
        }
    }

    mutating func walkForward(_ node: WordList.Node, start: Int, pos: Int, subs: Int, dedoubled: Bool) {
        guard pos < n else { return }
        // A number typed inside a word ("Ab1945raham", "pe12ncil"): once, after two letters
        // or more, 1–4 digits, then letters again. It costs what the number costs, and a bit.
        if inside == 0 && pos >= start + 2 && chars[pos].characterClass == .digit && chars[pos - 1].isLetter {
            var q = pos + 1
            while q < n && chars[q].characterClass == .digit { q += 1 }
            // Two letters or more follow ("Lot57s" is chance); `reached` asks more of the word
            // when one digit has fewer than three letters on a side ("Sunsh1ne" is a look-alike).
            if q - pos <= 4 && q + 1 < n && chars[q].isLetter && chars[q + 1].isLetter {
                inside = numberCost(pos, q) + 4
                insideDigits = q - pos
                insideAt = pos
                walkForward(node, start: start, pos: q, subs: subs, dedoubled: dedoubled)
                inside = 0
                insideDigits = 0
            }
        }
        // A phrase typed with spaces, hyphens, underscores or dots between its words: the
        // separator is passed over, between two letters, the same one each time.
        let c = chars[pos].base
        if inside == 0 && pos > start && pos + 1 < n && (c == 0x20 || c == 0x2D || c == 0x5F || c == 0x2E)
            && (separator == 0 || separator == c) && chars[pos - 1].isLetter && chars[pos + 1].isLetter
            && isPhraseWord(separators == 0 ? start : separatorAt + 1, pos) {
            let (saved, count, at) = (separator, separators, separatorAt)
            separator = c
            separators += 1
            separatorAt = pos
            walkForward(node, start: start, pos: pos + 1, subs: subs, dedoubled: dedoubled)
            (separator, separators, separatorAt) = (saved, count, at)
        }
        let (f, a1, a2) = labels(chars[pos])
        stepForward(node, f, start: start, pos: pos, subs: subs, dedoubled: dedoubled)
        if a1 != 0 { stepForward(node, a1, start: start, pos: pos, subs: subs + 1, dedoubled: dedoubled) }
        if a2 != 0 { stepForward(node, a2, start: start, pos: pos, subs: subs + 1, dedoubled: dedoubled) }
    }

    mutating func walkBackward(_ node: WordList.Node, end: Int, pos: Int, subs: Int) {
        guard pos >= 0 else { return }
        let (f, a1, a2) = labels(chars[pos])
        if let e = list.step(node, f) { reached(e.categories, e.rank, pos, end, subs, reversed: true, dedoubled: false); walkBackward(e.next, end: end, pos: pos - 1, subs: subs) }
        if a1 != 0, let e = list.step(node, a1) { reached(e.categories, e.rank, pos, end, subs + 1, reversed: true, dedoubled: false); walkBackward(e.next, end: end, pos: pos - 1, subs: subs + 1) }
        if a2 != 0, let e = list.step(node, a2) { reached(e.categories, e.rank, pos, end, subs + 1, reversed: true, dedoubled: false); walkBackward(e.next, end: end, pos: pos - 1, subs: subs + 1) }
    }

    /// Records the word start..<end with what it costs, if it reads plausibly: at most half
    /// look-alikes, and written in lower case, capitalised, in capitals, or capitals after a
    /// lower-case first letter — not in random case.
    @inline(__always)
    mutating func reached(_ flags: UInt8, _ rank: UInt8, _ start: Int, _ end: Int, _ subs: Int, reversed: Bool, dedoubled: Bool) {
        guard flags != 0 else { return }
        let length = end - start
        guard subs < length else { return }
        let bit: UInt64 = 1 << UInt64(end)
        let f = WordCategory(rawValue: flags)
        // Only a phrase (a common password or a curated phrase) is read across separators,
        // forwards (a bit more, below), and whole: no letter just before or after it, as
        // chance puts short entries across a symbol in random strings ("Ate_ishaye5u").
        // Single words are pieces with a symbol between.
        if separators > 0 && (reversed || !f.contains(.commonPassword) || (start > 0 && chars[start - 1].isLetter)
                              || (end < n && chars[end].isLetter) || !isPhraseWord(separatorAt + 1, end)) { return }
        let heavy = subs * 2 > length
        let plain = caseIsPlain(start + 1, end, from: start)
        let capitalisedAtEnd = reversed && chars[end - 1].characterClass == .upper && uppers[end - 1] == uppers[start]
        // A common phrase typed with a capital to each word ("ILoveYou", "LetMeIn"): a common
        // password of 6 letters or more, capitalised, with at most three capitals, none last,
        // and no look-alike ("DaNz1G" is chance).
        let camel = !reversed && length >= 6 && f.contains(.commonPassword) && chars[start].characterClass == .upper
            && uppers[end] &- uppers[start] <= 3 && subs == 0
            && chars[end - 1].characterClass != .upper
        guard plain || capitalisedAtEnd || camel else { return }
        // Capitals after a lower-case first letter (caps lock: "aNGHARAD", "rHYL") cost more
        // in short words, where they are as often chance.
        let capsLock = chars[start].characterClass == .lower && uppers[end] != uppers[start] && !reversed
        wordFlags[start * stride + end] |= flags
        // Case: lower case costs nothing, capitalised or all capitals a bit, the rest two.
        let ups = Int(uppers[end] &- uppers[start])
        var extra: Int = 0
        if ups > 0 {
            let firstUpper = chars[start].characterClass == .upper
            let lows = Int(lowers[end] &- lowers[start])
            extra += (lows == 0 || (firstUpper && ups == 1)) ? Int(Self.capitalCost) : Int(Self.oddCaseCost)
        }
        if capsLock && length < 5 { extra += Int(Self.shortCapsLockCost) }
        // Half a bit a look-alike in a long word, up to a bit (leet there is deliberate:
        // "Propr13tary"); 1.5 bits in a word of 5 letters or fewer, where one is as often a
        // chance match ("Chai1"); a word made mostly of them ("C0p1n914nk", "Unc@$3d") is
        // the rule "all of them", a bit in all.
        extra += heavy ? Int(Self.capitalCost) : min(subs, 2) * Int(length >= 6 ? Self.longLookAlikeCost : Self.lookAlikeCost)
        // A lone digit read as a letter at the word's edge, beside more letters, is as often a
        // number between pieces ("Chai1ocie"): a bit more.
        if subs == 1 && ((chars[start].characterClass == .digit && start > 0 && chars[start - 1].isLetter)
                        || (chars[end - 1].characterClass == .digit && end < n && chars[end].isLetter)) {
            extra += Int(Self.lookAlikeCost)
        }
        if subs > 0 { extra += Int(Self.rareLookAlikeCost) * rareLookAlikes(start, end) }
        if dedoubled { extra += Int(Self.dedoubledCost) }
        if inside > 0 {
            // Four letters or more around the number, in a word read forwards.
            guard !reversed, subs == 0, length - insideDigits >= 4, !f.isDisjoint(with: [.word, .firstName, .surname, .place, .commonPassword])
            else { return }
            // One digit typed after two letters or before the last two ("Me1mbers",
            // "Bombe1rs"): only in a word of six letters or more, where chance rarely
            // spells one around a random digit.
            if insideDigits == 1 && (insideAt - start < 3 || end - insideAt - 1 < 3) && length - 1 < 6 { return }
            extra += Int(inside)
        }
        if separators > 0 { extra += Int(Self.capitalCost) }
        if mutated {
            // A mutated word: a noun, name or place of three letters or more, read forwards.
            guard !reversed, length >= 3, !f.isDisjoint(with: [.word, .firstName, .surname, .place]) else { return }
            extra += Int(Self.mutationCost)
        }
        if reversed {
            // Reversed: in one case, or with one capital at either end ("Elppa", "elppA").
            let lows = Int(lowers[end] &- lowers[start])
            guard ups == 0 || lows == 0 || (ups == 1 && (chars[start].characterClass == .upper || capitalisedAtEnd)) else { return }
            // Words of 4 or more (4 with no look-alike: "sn4H" is chance), at most half
            // look-alikes but in words of 6 or more ("!1750m37h!n9"), at their whole rank:
            // attackers reverse the top of their lists, not every word of the largest.
            guard length >= 4, !heavy || length >= 6, !dedoubled, length > 4 || subs == 0,
                  !f.isDisjoint(with: [.word, .firstName, .surname, .place, .commonPassword]) else { return }
            let (cost, owed) = Self.wordCost(rank: rank, length: length, rare: false, capped: false)
            record(reversedWord, reversedCost, reversedDebt, start, bit, end, cost + UInt16(extra) + UInt16(Self.reversedExtra), owed)
            return
        }
        guard plain || camel else { return }
        if f.contains(.joiner) && (length > 2 || subs == 0) && !dedoubled && !mutated && inside == 0 { joiner[start] |= bit }
        if f.contains(.month) && !mutated && inside == 0 { month[start] |= bit }
        let ordinary = !f.isDisjoint(with: [.word, .firstName, .surname, .place, .commonPassword, .month])
        var cost: UInt16, owed: UInt16
        if ordinary && length >= 3 {
            // Look-alikes make chance matches in random strings: a three-letter word may have
            // none, and a word of mostly look-alikes counts only when long ("D3pr35$!0n$").
            if heavy && length < 4 { return }
            (cost, owed) = Self.wordCost(rank: rank, length: length, rare: false)
            if heavy { cost += UInt16(Self.heavyCost) }
            // A three-letter word with a look-alike is a chance match as often as not.
            if length == 3 && subs > 0 { cost += 16 }
        } else if f.contains(.rare) && length >= 5 && !heavy {
            (cost, owed) = Self.wordCost(rank: rank, length: length, rare: true)
        } else {
            return
        }
        if dedoubled && length < 4 { return }
        cost += UInt16(extra)
        content[start] |= bit
        record(word, wordCost, wordDebt, start, bit, end, cost, owed)
    }

    /// Whether a..<b can be one word of a phrase: two letters or more, or a word of one
    /// letter ("I love you", "Yma o Hyd", "a"); "Ti.m" is no phrase.
    func isPhraseWord(_ a: Int, _ b: Int) -> Bool {
        guard b - a == 1 else { return b - a > 1 }
        switch chars[a].folded {
        case 0x61, 0x69, 0x6F, 0x79: return true
        default: return false
        }
    }

    /// How many of the characters of start..<end read as letters are look-alikes few people
    /// use ("(" for c, "6" for g, "2" for z): each is one more rule an attacker
    /// must run, and a chance reading of random strings as often as a habit. A number typed
    /// inside the word is not read as letters.
    func rareLookAlikes(_ start: Int, _ end: Int) -> Int {
        var count = 0
        for i in start..<end where !chars[i].isLetter {
            if inside > 0 && i >= insideAt && i < insideAt + insideDigits { continue }
            if LookAlike.isRare(chars[i].base) { count += 1 }
        }
        return count
    }

    /// Keeps the cheapest reading of start..<end (as one word; then by its debt).
    @inline(__always)
    func record(_ mask: UnsafeMutablePointer<UInt64>, _ costs: UnsafeMutablePointer<UInt8>, _ debts: UnsafeMutablePointer<UInt8>,
                _ start: Int, _ bit: UInt64, _ end: Int, _ cost: UInt16, _ owed: UInt16) {
        let c = UInt8(min(254, cost))
        let d = UInt8(min(254, owed))
        let slot = start * stride + end
        if mask[start] & bit == 0 || c < costs[slot] || (c == costs[slot] && d < debts[slot]) {
            costs[slot] = c
            debts[slot] = d
            mask[start] |= bit
        }
    }

    /// What a word costs by its rank, and what more it costs beside another word.
    ///
    /// Alone, a word costs log2 of its rank, at most `wordCap`: an attacker runs the whole of
    /// every list with the usual decorations, so any single word is weak. Three exceptions
    /// cost their whole rank even alone: a word of three letters, a word only the huge lists
    /// hold, and a word read backwards (`capped` false). Chance spells those in random strings
    /// ("nat", "soc", "sulp", "memo" backwards), and attackers reach them only after the
    /// everyday words, or try such readings for the common words alone. Beside another word
    /// it costs its whole rank (the debt is the difference): pairs are tried from the most
    /// common words down, and a pair of rare words is as many guesses as their two ranks make —
    /// counting them at the cap is what let chance matches in random strings ("Oman" + "4MPS")
    /// look weak. Short words cost at least what chance would give them; words only the big
    /// lists know more.
    ///
    /// Only short words owe it in full: a word of 4 letters or fewer is as often chance as
    /// choice, one of 5 owes half, and a longer one nothing — two dictionary words of 6
    /// letters or more ("MewingAngling0@") are the two-word guess attackers make, and stay
    /// at the cap. Words only the huge lists hold (aspell-cy's generated Welsh forms, rare
    /// words; ranked past `hugeListRank`) owe it at any length: no one guesses pairs of those.
    @inline(__always)
    static func wordCost(rank: UInt8, length: Int, rare: Bool, capped: Bool = true) -> (UInt16, UInt16) {
        let least: UInt16 = length <= 3 ? 36 : (length == 4 ? 24 : 16)
        let whole = max(rare ? max(UInt16(rank), DictionaryRule.wordCap + rareExtra) : UInt16(rank), least)
        let atCap = capped && length > 3 && UInt16(rank) <= hugeListRank
        let alone = atCap ? max(rare ? DictionaryRule.wordCap + rareExtra : min(UInt16(rank), DictionaryRule.wordCap), least) : whole
        let debt = whole - alone
        if UInt16(rank) > hugeListRank || rare { return (alone, debt) }
        return (alone, length <= 4 ? debt / 2 : (length == 5 ? debt / 4 : 0))
    }

    /// Whether the letters of a..<b are all of one case.
    @inline(__always)
    func caseIsPlain(_ a: Int, _ b: Int, from start: Int) -> Bool {
        guard b > a else { return true }
        let u = uppers[b] &- uppers[a], l = lowers[b] &- lowers[a]
        return u == 0 || l == 0
    }

    /// The keyboard key of the character at `i` (see `KeyboardWalk.key(ascii:)`).
    @inline(__always)
    func key(_ i: Int) -> UInt8 {
        let c = chars[i]
        let v = c.base < 128 ? c.base : c.folded
        return v < 128 ? keys[Int(v)] : KeyboardWalk.noKey
    }

    @inline(__always)
    func digit(_ i: Int) -> Int? {
        guard i < n, chars[i].characterClass == .digit, chars[i].base < 0x3A else { return nil }
        return Int(chars[i].base) - 0x30
    }

    /// Keyboard walks of 4+ keys (not doubling back: "8i8" is no walk), numbers of 1–4 digits (and 6 or 8 as dates), single symbols;
    /// the "<3" of "I<3"; dates with separators ("01/09/2025", "1-9-25", "2025.09.01").
    mutating func findWalksAndOthers() {
        var i = 0
        while i < n {
            var j = i + 1
            // A walk keeps to one kind of step (neighbouring keys, or the alphabet or digits in
            // order: "r5ts" mixes them), never goes back to the key before ("p[}{" is [ and ]
            // twice), and changes shift at most once ("Qwerty", "1qaz!QAZ"; "gYU8&" is chance).
            var kinds = KeyboardWalk.sequence | KeyboardWalk.neighbours
            var shifts = 0
            while j < n {
                kinds &= KeyboardWalk.step(chars[j - 1], key(j - 1), chars[j], key(j))
                guard kinds != 0, j - i < 2 || key(j) != key(j - 2) else { break }
                if KeyboardWalk.isShifted(chars[j]) != KeyboardWalk.isShifted(chars[j - 1]) {
                    shifts += 1
                    if shifts > 1 { break }
                }
                j += 1
            }
            if j - i >= 4 {
                // A walk is typed in one case (or capitalised): "Y67yg" is chance, not a walk.
                for a in i..<(j - 3) {
                    for b in (a + 4)...j where caseIsPlain(a + 1, b, from: a) { walk[a] |= 1 << UInt64(b) }
                }
            }
            i = j
        }
        i = 0
        while i < n {
            let c = chars[i].characterClass
            if c == .digit {
                var j = i + 1
                while j < n && chars[j].characterClass == .digit { j += 1 }
                let length = j - i
                if length <= 4 || length == 6 || length == 8 { number[i] |= 1 << UInt64(j) }
                findDate(at: i)
                i = j
                continue
            }
            if c == .special {
                if Decoration.isUsualSymbol(chars[i].base) { symbol[i] |= 1 << UInt64(i + 1) } else { symbol3[i] |= 1 << UInt64(i + 1) }
                if chars[i].base == 0x3C, i + 1 < n, chars[i + 1].base == 0x33 { joiner[i] |= 1 << UInt64(i + 2) }
            }
            i += 1
        }
    }

    /// A date starting at `i` with one kind of separator (`/`, `-`, `.`): day-month-year
    /// first (UK order), also month-day-year and year-month-day.
    mutating func findDate(at i: Int) {
        // Up to three groups of digits with the same separator between them.
        var groups: [(Int, Int)] = []   // (value, digits)
        var sep: UInt32 = 0
        var j = i
        while j < n && groups.count < 3 {
            var value = 0, digits = 0
            while let d = digit(j), digits < 4 { value = value * 10 + d; digits += 1; j += 1 }
            guard digits > 0 else { break }
            if digit(j) != nil { return }
            groups.append((value, digits))
            guard groups.count < 3, j < n else { break }
            let b = chars[j].base
            guard b == 0x2F || b == 0x2D || b == 0x2E, sep == 0 || sep == b else { break }
            sep = b
            j += 1
        }
        guard groups.count >= 2, sep != 0 else { return }
        func day(_ g: (Int, Int)) -> Bool { g.1 <= 2 && g.0 >= 1 && g.0 <= 31 }
        func mon(_ g: (Int, Int)) -> Bool { g.1 <= 2 && g.0 >= 1 && g.0 <= 12 }
        func year(_ g: (Int, Int)) -> Bool { g.1 == 2 || (g.1 == 4 && g.0 >= 1900 && g.0 <= 2099) }
        var end = i
        var ok = false
        if groups.count == 3 {
            let (a, b, c) = (groups[0], groups[1], groups[2])
            ok = (day(a) && mon(b) && year(c)) || (mon(a) && day(b) && year(c)) || (a.1 == 4 && year(a) && mon(b) && day(c))
        } else {
            let (a, b) = (groups[0], groups[1])
            ok = (day(a) && mon(b)) || (mon(a) && year(b)) || (mon(a) && day(b))
        }
        guard ok else { return }
        // The date ends after its last group.
        var count = 0
        end = i
        while end < n && count < groups.count {
            while digit(end) != nil { end += 1 }
            count += 1
            if count < groups.count { end += 1 }
        }
        date[i] |= 1 << UInt64(end)
    }

    /// What a number inside the core costs: by its digits, a year less.
    @inline(__always)
    func numberCost(_ a: Int, _ b: Int) -> UInt16 {
        switch b - a {
        case 1: return 24
        case 2: return 28
        case 3: return 40
        case 4:
            let y = (digit(a) ?? 0) * 1000 + (digit(a + 1) ?? 0) * 100 + (digit(a + 2) ?? 0) * 10 + (digit(a + 3) ?? 0)
            return y >= 1940 && y <= 2039 ? 28 : 53
        default: return 60
        }
    }

    // MARK: Covering the core

    /// The cheapest cover of s..<e by pieces, for every e; the weak pattern if one core that
    /// ends where decoration may begin, with its decoration, costs less than the threshold
    /// and holds a word, walk or date.
    mutating func cover(from s: Int, ends: UInt64, reversed: Bool, boundOnly: Bool) -> WeakPattern? {
        let unreachable: UInt16 = 0xFFFF
        for j in s...n {
            for k in 0..<4 { best[4 * j + k] = unreachable }
        }
        best[4 * s] = UInt16(prefixCost[s])
        let limit = threshold
        // Three words or more cost at least the two-word space: with the default threshold no
        // such cover is weak, so the search keeps no state for them.
        let maxWords = DictionaryRule.threeWordFloor >= limit ? 2 : 3
        // Only positions some cover reaches are visited, in order: a piece ends after it
        // starts, so the lowest reached position's cost is final when it is taken. Ends are
        // tried as soon as their cost is final, so the first weak core stops the search early.
        var reach: UInt64 = 1 << UInt64(s)
        while reach != 0 {
            let j = reach.trailingZeroBitCount
            reach &= reach - 1
            if j > s, let k = coreEndsWeak(s, j, ends: ends) {
                if boundOnly { return .word }
                return classify(s, j, k)
            }
            if j == n { break }
            var any = false
            for k in 0...maxWords where best[4 * j + k] < limit { any = true }
            guard any else { continue }
            if !reversed { ensureForward(j) }
            for k in 0...maxWords {
                let u = best[4 * j + k]
                guard u < limit else { continue }
                // A third word with the default threshold: no weak cover (see `maxWords`).
                let next = min(k + 1, 3)
                let last = backKind[4 * j + k]
                if next <= maxWords {
                if reversed {
                    relaxCosts(from: j, k: k, units: u, mask: reversedWord[j], costs: reversedCost, debts: reversedDebt, toK: next,
                               reach: &reach)
                } else {
                    relaxCosts(from: j, k: k, units: u, mask: word[j] & content[j], costs: wordCost, debts: wordDebt, toK: next,
                               reach: &reach)
                    relaxWalks(from: j, k: k, units: u, toK: next, reach: &reach)
                }
                relax(from: j, k: k, units: u, mask: date[j], cost: Self.dateCost, toK: next, kind: Self.kindDate, reach: &reach)
                }
                // Joiners of one or two letters ("I", "My") are not counted as words; longer ones
                // ("Big", "Love") are, so they cannot hide a third word. A reversed password
                // reverses its joiners too, and a joiner read backwards is none ("If$t3V" is no
                // "If" + "vets").
                let joiners = reversed ? 0 : joiner[j]
                if joiners != 0 {
                    // A second joiner in one password is rarer than the first ("ILove…").
                    let more = joinersBefore(j, k, s) > 0 ? Self.moreJoinerCost : 0
                    relaxShortJoiners(from: j, s: s, k: k, units: u + more, last: last, reversed: reversed, reach: &reach)
                    if next <= maxWords {
                        var m = joiners & ~Self.bits(from: 0, through: min(63, j + 2))
                        while m != 0 {
                            let end = m.trailingZeroBitCount
                            m &= m - 1
                            relax(from: j, k: k, units: u + more, mask: 1 << UInt64(end), cost: Self.longJoinerCost + caseCost(j, end),
                                  toK: next, kind: Self.kindLongJoiner, reach: &reach)
                        }
                    }
                }
                // Symbols and numbers only between words: before the first or after the last
                // they are decoration, with its own limits. A short joiner that leads ("My",
                // "I") is followed by what it leads to.
                guard j > s && (last != Self.kindOther || chars[j - 1].characterClass == .special) && last != Self.kindLeadJoiner
                else { continue }
                // A second usual symbol in a row ("#%") adds little.
                let afterSymbol = chars[j - 1].characterClass == .special && Decoration.isUsualSymbol(chars[j - 1].base)
                relax(from: j, k: k, units: u, mask: symbol[j], cost: afterSymbol ? 4 : Self.symbolCost, toK: k, kind: Self.kindOther, reach: &reach)
                relax(from: j, k: k, units: u, mask: symbol3[j], cost: chars[j].base == 0x20 ? Self.spaceCost : Self.unusualSymbolCost,
                      toK: k, kind: Self.kindOther, reach: &reach)
                var m = number[j]
                while m != 0 {
                    let b = m.trailingZeroBitCount
                    m &= m - 1
                    relax(from: j, k: k, units: u, mask: 1 << UInt64(b), cost: numberCost(j, b), toK: k, kind: Self.kindOther, reach: &reach)
                }
            }
        }
        return nil
    }

    /// The number of words of the cheapest weak cover of the core s..<e, if one is weak.
    @inline(__always)
    func coreEndsWeak(_ s: Int, _ e: Int, ends: UInt64) -> Int? {
        guard ends & (1 << UInt64(e)) != 0 else { return nil }
        for k in 1..<4 {
            let u = best[4 * e + k]
            guard u != 0xFFFF, backKind[4 * e + k] != Self.kindOther, backKind[4 * e + k] != Self.kindLeadJoiner else { continue }
            // Decoration is cheap per unit but limited in all: more is no longer a habit.
            guard Int(prefixCost[s]) + Int(suffixCost[e]) <= Int(Self.maxDecoration) else { return nil }
            var total = Int(u) + Int(suffixCost[e]) + Int(Self.orderCost[k])
            // A short joiner last ("…FC", "…oh") is rarer than one that leads.
            if backKind[4 * e + k] == Self.kindJoiner { total += Int(Self.endingJoinerCost) }
            // Past three pieces ("My" "Dog" "Nala"), each is one more choice of template.
            if total < Int(threshold) { total += Int(Self.morePieceCost) * max(0, pieces(s, e, k) - 3) }
            if k == 3 { total = max(total, Int(DictionaryRule.threeWordFloor)) }
            if total < Int(threshold) && letterLike(s, e) >= 3 { return k }
        }
        return nil
    }

    func letterLike(_ a: Int, _ b: Int) -> Int {
        var count = 0
        for i in a..<b where chars[i].isLetterLike { count += 1 }
        return count
    }

    /// Steps from the cover s..<j with k words to `end` with `toK`, at `cost` (`owed`: the
    /// debt of a word that becomes the only word, see `wordCost(rank:length:rare:capped:)`). A cover's
    /// one word keeps its debt, and pays it when a second word joins.
    @inline(__always)
    mutating func relaxOne(from j: Int, k: Int, to end: Int, toK: Int, cost: UInt16, kind: UInt8, owed: UInt16 = 0,
                           reach: inout UInt64) {
        let slot = 4 * end + toK
        var c = cost + caseChange(j, end)
        var carried: UInt16 = 0
        if toK == 1 {
            carried = k == 0 ? owed : debt[j]
        } else {
            if k == 1 { c += debt[j] }
            if k < toK { c += owed }
        }
        if c < best[slot] && c < threshold {
            best[slot] = c
            backFrom[slot] = UInt16(truncatingIfNeeded: 4 * j + k)
            backKind[slot] = kind
            if toK == 1 { debt[end] = carried }
            reach |= 1 << UInt64(end)
        }
    }

    /// How many pieces the cheapest cover of s..<j with k words has.
    @inline(__always)
    func pieces(_ s: Int, _ j: Int, _ k: Int) -> Int {
        var slot = 4 * j + k
        var count = 0
        while slot / 4 > s {
            count += 1
            slot = Int(backFrom[slot])
        }
        return count
    }

    /// How many joiners the cheapest cover of s..<j with k words holds.
    @inline(__always)
    func joinersBefore(_ j: Int, _ k: Int, _ s: Int) -> Int {
        var slot = 4 * j + k
        var count = 0
        while slot / 4 > s {
            let kind = backKind[slot]
            if kind == Self.kindJoiner || kind == Self.kindLeadJoiner || kind == Self.kindLongJoiner { count += 1 }
            slot = Int(backFrom[slot])
        }
        return count
    }

    /// A piece typed in another case than the one before it ("ORto", "toRYG"): a bit. A
    /// capital starting the next piece ("MyDog", "ChelseaFc") is the usual way.
    @inline(__always)
    func caseChange(_ j: Int, _ end: Int) -> UInt16 {
        guard j > 0, end > j + 1 else { return 0 }
        let before = chars[j - 1].characterClass, first = chars[j].characterClass, second = chars[j + 1].characterClass
        // Capitals, then a small letter starting the next piece.
        if before == .upper && first == .lower && (j < 2 || chars[j - 2].characterClass == .upper) { return UInt16(Self.capitalCost) }
        // Small, then a piece in capitals.
        if before == .lower && first == .upper && second == .upper { return UInt16(Self.capitalCost) }
        return 0
    }

    /// What a joiner's case costs: a bit for capitals ("My", "ME"), two when the first letter
    /// is small and a later one a capital ("iN").
    @inline(__always)
    func caseCost(_ a: Int, _ b: Int) -> UInt16 {
        guard uppers[b] != uppers[a] else { return 0 }
        return chars[a].characterClass == .lower ? UInt16(Self.oddCaseCost) : UInt16(Self.capitalCost)
    }

    /// Joiners of one or two letters, which chance puts anywhere ("to", "Go", "u", "ME"): one
    /// follows a word, or leads to one — a word, a longer joiner or one more short joiner
    /// starts where it ends ("MyDog", "I<3Paris", "ILoveYou") — and never three in a row.
    mutating func relaxShortJoiners(from j: Int, s: Int, k: Int, units u: UInt16, last: UInt8, reversed: Bool, reach: inout UInt64) {
        let afterContent = j > s && (last == Self.kindWord || last == Self.kindLongJoiner || last == Self.kindWalk || last == Self.kindDate)
        let afterJoiner = j > s && (last == Self.kindJoiner || last == Self.kindLeadJoiner)
        if !afterContent && afterJoiner {
            // Two short joiners already?
            let from = Int(backFrom[4 * j + k])
            let before = backKind[from]
            if from / 4 > s && (before == Self.kindJoiner || before == Self.kindLeadJoiner) { return }
        }
        // A one-letter joiner after another joiner ("A-i-…") is chance.
        var m = joiner[j] & (Self.bits(from: afterJoiner ? j + 2 : j + 1, through: min(63, j + 2)))
        while m != 0 {
            let end = m.trailingZeroBitCount
            m &= m - 1
            // Small then capital ("iN", "oR") is no way of typing a word: chance.
            if end == j + 2 && chars[j].characterClass == .lower && chars[j + 1].characterClass == .upper { continue }
            // "I" is the one-letter joiner people use ("ILove…"), in either case.
            let isI = end == j + 1 && chars[j].folded == 0x69
            let cost = isI ? Self.joinerCost : (end == j + 1 ? Self.oneLetterJoinerCost : Self.joinerCost) + caseCost(j, end)
            // One letter ("I", "a") only leads: after a word it is a chance match ("Thai-i").
            if afterContent && end > j + 1 {
                relax(from: j, k: k, units: u, mask: 1 << UInt64(end), cost: cost, toK: k, kind: Self.kindJoiner, reach: &reach)
            } else if end < n && leadsOn(end, reversed: reversed) {
                relax(from: j, k: k, units: u, mask: 1 << UInt64(end), cost: cost, toK: k, kind: Self.kindLeadJoiner, reach: &reach)
            }
        }
    }

    /// Whether a word, walk, date or joiner starts at `i`.
    @inline(__always)
    mutating func leadsOn(_ i: Int, reversed: Bool) -> Bool {
        if reversed { return reversedWord[i] != 0 }
        ensureForward(i)
        return (word[i] & content[i]) != 0 || joiner[i] != 0 || walk[i] != 0 || date[i] != 0
    }

    @inline(__always)
    mutating func relax(from j: Int, k: Int, units: UInt16, mask: UInt64, cost: UInt16, toK: Int, kind: UInt8, reach: inout UInt64) {
        var m = mask
        let u = units + cost
        guard m != 0, u < threshold else { return }
        while m != 0 {
            let end = m.trailingZeroBitCount
            m &= m - 1
            relaxOne(from: j, k: k, to: end, toK: toK, cost: u, kind: kind, reach: &reach)
        }
    }

    @inline(__always)
    mutating func relaxCosts(from j: Int, k: Int, units: UInt16, mask: UInt64, costs: UnsafeMutablePointer<UInt8>,
                             debts: UnsafeMutablePointer<UInt8>, toK: Int, reach: inout UInt64) {
        var m = mask
        while m != 0 {
            let end = m.trailingZeroBitCount
            m &= m - 1
            let u = units + UInt16(costs[j * stride + end])
            if u < threshold {
                relaxOne(from: j, k: k, to: end, toK: toK, cost: u, kind: Self.kindWord, owed: UInt16(debts[j * stride + end]), reach: &reach)
            }
        }
    }

    @inline(__always)
    mutating func relaxWalks(from j: Int, k: Int, units: UInt16, toK: Int, reach: inout UInt64) {
        var m = walk[j]
        while m != 0 {
            let end = m.trailingZeroBitCount
            m &= m - 1
            // Four or five keys are often chance ("desz"); six or more are a habit ("qwerty").
            let keys = end - j
            let u = units + Self.walkCost + (keys == 4 ? 16 : (keys == 5 ? 8 : UInt16(keys - 6)))
            if u < threshold { relaxOne(from: j, k: k, to: end, toK: toK, cost: u, kind: Self.kindWalk, reach: &reach) }
        }
    }

    /// What the cheapest cover of s..<e is made of, for the message.
    func classify(_ s: Int, _ e: Int, _ k: Int) -> WeakPattern {
        var slot = 4 * e + k
        var words = 0, walks = 0, months = 0, dates = 0
        var lastWord = (s, e)
        while slot / 4 > s {
            let from = Int(backFrom[slot])
            let kind = backKind[slot]
            let a = from / 4, b = slot / 4
            if kind == Self.kindWord {
                words += 1
                lastWord = (a, b)
                if month[a] & (1 << UInt64(b)) != 0 { months += 1 }
            } else if kind == Self.kindWalk {
                walks += 1
            } else if kind == Self.kindDate {
                dates += 1
            }
            slot = from
        }
        if walks > 0 { return .keyboardWalk }
        if months > 0 || dates > 0 { return .date }
        if words >= 2 { return .compound }
        let flags = categories(lastWord.0, lastWord.1)
        if !flags.isDisjoint(with: [.firstName, .surname]) { return .name }
        if flags.contains(.place) { return .place }
        if flags.contains(.commonPassword) { return .commonPassword }
        return .word
    }

    /// The categories of the word a..<b, read forwards or backwards.
    func categories(_ a: Int, _ b: Int) -> WordCategory {
        WordCategory(rawValue: wordFlags[a * stride + b])
    }
}
