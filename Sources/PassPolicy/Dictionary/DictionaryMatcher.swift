/// The working state of one check of `DictionaryRule`; all storage is borrowed from the rule,
/// in rows of `stride` = n + 1 entries. The search is split by what it does: this file holds
/// the state, the costs and the order of the search; `+Words` finds words in the trie,
/// `+Pieces` the walks, numbers, dates and symbols between them, `+Cover` the cheapest cover.
struct DictionaryMatcher {
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
    let lookAlikeJoiner: UnsafeMutablePointer<UInt64>  // a joiner read through look-alikes
    let lookAlikeWord: UnsafeMutablePointer<UInt64>    // a word read through look-alikes
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
    /// Bit e: the core may end at e (what follows is decoration), in the current `cover`.
    var coreEnds: UInt64 = 0
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
    /// How many apostrophes inside the word were passed ("Pentre'r"): only places and phrases
    /// have them.
    var apostrophes = 0

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
        lookAlikeJoiner = masks + 10 * stride
        lookAlikeWord = masks + 11 * stride
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
    /// A mutated word of four letters or fewer is as often chance in pronounceable strings
    /// (pwgen's "ch", "ph", "th": "Chai", "phei" read as cai, pei): two bits more.
    static let shortMutationCost: UInt8 = 8
    /// Rank costs past this (a rank past 100,000) belong to words only the huge lists hold.
    static let hugeListRank: UInt16 = 66
    static let heavyCost: UInt8 = 4
    static let reversedExtra: UInt8 = 8
    static let dedoubledCost: UInt8 = 12
    /// How many doubled letters one word may have typed once: two, for Welsh words and names
    /// with two of ll, dd, ff ("Grufyd", "Laneli", "Ffynon"), in a word of six letters or more.
    static let maxDedoubled = 2
    static let rareExtra: UInt16 = 16
    static let joinerCost: UInt16 = 16
    static let longJoinerCost: UInt16 = 20
    /// A joiner of three letters or more read through look-alikes, but before a word read
    /// through them too (see `lookAlikeJoinerExtra`).
    static let lookAlikeJoinerCost: UInt16 = 16
    static let moreJoinerCost: UInt16 = 8
    /// A short joiner ending the core ("…FC", "…oh") is a rarer template than one that leads;
    /// in pronounceable strings chance ends many a core so ("Maisho0t" + "he").
    static let endingJoinerCost: UInt16 = 12
    static let morePieceCost: UInt16 = 4
    static let walkCost: UInt16 = 24
    static let dateCost: UInt16 = 56
    static let symbolCost: UInt16 = 16
    /// The same symbol again between pieces (see `repeatsSymbol`): nothing more than the
    /// piece itself costs (`morePieceCost`, one bit: a repeat makes five pieces at the least).
    static let repeatedSymbolCost: UInt16 = 0
    /// Brackets, quotes and the like between words are no habit; a space is.
    static let unusualSymbolCost: UInt16 = 32
    static let spaceCost: UInt16 = 12
    /// A phrase's words joined by a symbol that is no separator ("Nos#Da"): which one, two bits.
    static let symbolSeparatorCost: UInt8 = 8
    /// An initial before a name ("JSmith"): one of 26 letters, and its capital.
    static let initialCost: UInt16 = 28
    /// The initial in small letters before a surname in small letters ("cjones"): a bit more.
    static let smallInitialCost: UInt16 = 4
    /// A second initial ("CJJones"): one of 26 letters.
    static let secondInitialCost: UInt16 = 20
    /// A one-letter joiner ("I", "a") is found by chance anywhere.
    static let oneLetterJoinerCost: UInt16 = 20
    /// "and" between two words (see `relaxConnectors`): what a symbol between pieces costs.
    static let connectorCost: UInt16 = 16
    /// A lone small letter starting the core, and no small letter after it ("u" + "Ru57", "i"
    /// + "MR5", "y" + "7|cid"): people type "I" as a capital, or in lower case with the rest
    /// ("ihatemondays", "iloveyou"); a random string starts so by chance.
    static let smallLeadLetterCost: UInt16 = 16
    static let decorationUnit: UInt16 = 8
    /// A letter typed after the decoration ends the password ("Chelsea2024x").
    static let finalLetterCost: UInt16 = 24
    /// The most decoration a weak password has, both ends together (6 units).
    static let maxDecoration: UInt16 = 6 * decorationUnit
    /// A core this short with one word pays three quarters of its decoration as typed (see
    /// `coreEndsWeak`).
    static let shortCoreLength = 5
    /// What is read whole across the separators of a phrase ("Cymru Am Byth", "Betws-y-Coed")
    /// or with a capital to each word ("ILoveYou", "BetwsYCoed"): common passwords, curated
    /// phrases and places.
    static let phraseCategories: WordCategory = [.commonPassword, .place]
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



    /// The least any word of 4 or more characters costs.
    static let minimumWordCost: UInt8 = 24

    /// Bits `lo` through `hi` (at most 63).
    @inline(__always)
    static func bits(from lo: Int, through hi: Int) -> UInt64 {
        let upTo: UInt64 = hi >= 63 ? ~0 : (1 << UInt64(hi + 1)) - 1
        return upTo & ~((1 << UInt64(lo)) - 1)
    }

    /// Whether `c` is what people put between the words of a phrase: space, -, _ or a dot.
    @inline(__always)
    func isSeparator(_ c: UInt32) -> Bool { c == 0x20 || c == 0x2D || c == 0x5F || c == 0x2E }

    /// Whether `c` is "&" or "+", which people put between two names ("Mum&Me", "Dad+Me").
    @inline(__always)
    func isJoinSymbol(_ c: UInt32) -> Bool { c == 0x26 || c == 0x2B }

    /// Where `letters` (folded) end when typed from `i` on, if they are.
    @inline(__always)
    func endOfFolded(_ letters: [UInt32], at i: Int) -> Int? {
        var p = i
        for c in letters {
            guard p < n, chars[p].folded == c else { return nil }
            p += 1
        }
        return p
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
        // Symbols seen between letters: a repeated one costs `repeatedSymbolCost` (bits 0x21–0x7E).
        var seenInside: (UInt64, UInt64) = (0, 0)
        var i = 0
        while i < n {
            let c = chars[i]
            guard c.characterClass == .special && c.alt1 == 0 else { previousOutsideUsual = false; i += 1; continue }
            if c.base == 0x3C, i + 1 < n, chars[i + 1].base == 0x33 { previousOutsideUsual = false; i += 2; continue }
            let usual = Decoration.isUsualSymbol(c.base)
            if i > firstLetter && i < lastLetter {
                // Separators between words: a date's "/", "-", "." are part of its piece.
                if !(c.base == 0x2F || c.base == 0x2D || c.base == 0x2E) {
                    let seen = c.base < 0x40 ? seenInside.0 & (1 << UInt64(c.base)) != 0
                        : c.base < 0x80 && seenInside.1 & (1 << UInt64(c.base - 0x40)) != 0
                    let common = usual || c.base == 0x20
                    bound += Int(!common ? Self.unusualSymbolCost : (seen ? Self.repeatedSymbolCost : Self.symbolCost))
                }
                if c.base < 0x40 { seenInside.0 |= 1 << UInt64(c.base) } else if c.base < 0x80 { seenInside.1 |= 1 << UInt64(c.base - 0x40) }
                previousOutsideUsual = false
            } else {
                bound += usual ? (previousOutsideUsual ? 0 : 8) : 32
                previousOutsideUsual = usual
            }
            i += 1
        }
        return bound
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
