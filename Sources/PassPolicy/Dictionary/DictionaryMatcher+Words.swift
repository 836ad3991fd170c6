/// Finding words: the trie walked forwards and backwards from each position, through
/// look-alikes, mutations, numbers inside words and separators of phrases, and what each
/// word found costs (`reached`, `wordCost`).
extension DictionaryMatcher {
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
            walkForward(list.root, start: j, pos: j, subs: 0, dedoubled: 0)
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
    /// walks on; and, up to `maxDedoubled` times a word, also steps the same letter a second
    /// time without reading a character: a word with a doubled letter typed once ("Peper" for
    /// pepper, "Grufyd" for Gruffydd).
    @inline(__always)
    mutating func stepForward(_ node: WordList.Node, _ label: UInt32, start: Int, pos: Int, subs: Int, dedoubled: Int) {
        guard let e = list.step(node, label) else { return }
        reached(e.categories, e.rank, start, pos + 1, subs, reversed: false, dedoubled: dedoubled)
        walkForward(e.next, start: start, pos: pos + 1, subs: subs, dedoubled: dedoubled)
        if dedoubled < Self.maxDedoubled, label >= 0x61, label <= 0x7A, let d = list.step(e.next, label) {
            reached(d.categories, d.rank, start, pos + 1, subs, reversed: false, dedoubled: dedoubled + 1)
            walkForward(d.next, start: start, pos: pos + 1, subs: subs, dedoubled: dedoubled + 1)
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
            // At least two letters of the word follow the onset; the g dropped and the h
            // added stand before a vowel.
            guard let p = endOfFolded(typed, at: j), p + 1 < n, chars[p].isLetter else { continue }
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
            walkForward(node, start: j, pos: p, subs: 0, dedoubled: 0)
            mutated = false
        }
    }

    mutating func walkForward(_ node: WordList.Node, start: Int, pos: Int, subs: Int, dedoubled: Int) {
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
        // A phrase typed with spaces, hyphens, underscores or dots between its words, or a
        // symbol (see `joinsPhrase`): the separator is passed over, between two letters, the
        // same one each time.
        let c = chars[pos].base
        if inside == 0 && pos > start && pos + 1 < n && (isSeparator(c) || joinsPhrase(at: pos, start: start))
            && (separator == 0 || separator == c) && chars[pos - 1].isLetter && chars[pos + 1].isLetter
            && isPhraseWord(separators == 0 ? start : separatorAt + 1, pos) {
            let (saved, count, at) = (separator, separators, separatorAt)
            separator = c
            separators += 1
            separatorAt = pos
            walkForward(node, start: start, pos: pos + 1, subs: subs, dedoubled: dedoubled)
            (separator, separators, separatorAt) = (saved, count, at)
        }
        // An apostrophe inside a place or phrase ("Pentre'r Eglwys", "Connah's Quay") is
        // passed over: the lists are stored without them (see `reached`).
        if (c == 0x27 || c == 0x2019) && pos > start && pos + 1 < n && chars[pos - 1].isLetter && chars[pos + 1].isLetter {
            apostrophes += 1
            walkForward(node, start: start, pos: pos + 1, subs: subs, dedoubled: dedoubled)
            apostrophes -= 1
        }
        let (f, a1, a2) = labels(chars[pos])
        stepForward(node, f, start: start, pos: pos, subs: subs, dedoubled: dedoubled)
        if a1 != 0 { stepForward(node, a1, start: start, pos: pos, subs: subs + 1, dedoubled: dedoubled) }
        if a2 != 0 { stepForward(node, a2, start: start, pos: pos, subs: subs + 1, dedoubled: dedoubled) }
    }

    mutating func walkBackward(_ node: WordList.Node, end: Int, pos: Int, subs: Int) {
        guard pos >= 0 else { return }
        let (f, a1, a2) = labels(chars[pos])
        if let e = list.step(node, f) { reached(e.categories, e.rank, pos, end, subs, reversed: true, dedoubled: 0); walkBackward(e.next, end: end, pos: pos - 1, subs: subs) }
        if a1 != 0, let e = list.step(node, a1) { reached(e.categories, e.rank, pos, end, subs + 1, reversed: true, dedoubled: 0); walkBackward(e.next, end: end, pos: pos - 1, subs: subs + 1) }
        if a2 != 0, let e = list.step(node, a2) { reached(e.categories, e.rank, pos, end, subs + 1, reversed: true, dedoubled: 0); walkBackward(e.next, end: end, pos: pos - 1, subs: subs + 1) }
    }

    /// Records the word start..<end with what it costs, if it reads plausibly: at most half
    /// look-alikes, and written in lower case, capitalised, in capitals, or capitals after a
    /// lower-case first letter — not in random case.
    @inline(__always)
    mutating func reached(_ flags: UInt8, _ rank: UInt8, _ start: Int, _ end: Int, _ subs: Int, reversed: Bool, dedoubled: Int) {
        guard flags != 0 else { return }
        let length = end - start
        guard subs < length else { return }
        let bit: UInt64 = 1 << UInt64(end)
        let f = WordCategory(rawValue: flags)
        // Only a phrase (a common password, a curated phrase or a place: "Betws-y-Coed") is
        // read across separators, forwards (a bit more, below), and whole: no letter just
        // before or after it, as chance puts short entries across a symbol in random strings
        // ("Ate_ishaye5u"). Single words are pieces with a symbol between.
        if apostrophes > 0 && f.isDisjoint(with: Self.phraseCategories) { return }
        if separators > 0 && (reversed || f.isDisjoint(with: Self.phraseCategories) || (start > 0 && chars[start - 1].isLetter)
                              || (end < n && chars[end].isLetter) || !isPhraseWord(separatorAt + 1, end)) { return }
        let heavy = subs * 2 > length
        let plain = caseIsPlain(start + 1, end, from: start)
        let capitalisedAtEnd = reversed && chars[end - 1].characterClass == .upper && uppers[end - 1] == uppers[start]
        // A phrase typed with a capital to each word ("ILoveYou", "BetwsYCoed", "Ty_Du"): a
        // common password, phrase or place of 6 letters or more (or typed with separators),
        // capitalised, with at most three capitals (four from 8 letters, "ArLanYMôr", five
        // from 10), none last, and no look-alike ("DaNz1G" is chance). Not in 5 letters:
        // pwgen's capitals make "KeiTh" and "NiXie".
        let ups = Int(uppers[end] &- uppers[start]), lows = Int(lowers[end] &- lowers[start])
        let camel = !reversed && (length >= 6 || separators > 0)
            && !f.isDisjoint(with: Self.phraseCategories) && chars[start].characterClass == .upper
            && ups <= (length >= 10 ? 5 : (length >= 8 ? 4 : 3)) && subs == 0
            && chars[end - 1].characterClass != .upper
        guard plain || capitalisedAtEnd || camel else { return }
        // Capitals after a lower-case first letter (caps lock: "aNGHARAD", "rHYL") cost more
        // in short words, where they are as often chance.
        let capsLock = chars[start].characterClass == .lower && uppers[end] != uppers[start] && !reversed
        wordFlags[start * stride + end] |= flags
        // Case: lower case costs nothing, capitalised or all capitals a bit, the rest two.
        var extra: Int = 0
        if ups > 0 {
            let firstUpper = chars[start].characterClass == .upper
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
        extra += Int(Self.dedoubledCost) * dedoubled
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
        if separators > 0 { extra += Int(Self.capitalCost) + (isSeparator(separator) ? 0 : Int(Self.symbolSeparatorCost)) }
        if mutated {
            // A mutated word: a noun, name or place of three letters or more, read forwards.
            guard !reversed, length >= 3, !f.isDisjoint(with: [.word, .firstName, .surname, .place]) else { return }
            extra += Int(Self.mutationCost)
            if length < 5 { extra += Int(Self.shortMutationCost) }
        }
        if reversed {
            // Reversed: in one case, or with one capital at either end ("Elppa", "elppA").
            guard ups == 0 || lows == 0 || (ups == 1 && (chars[start].characterClass == .upper || capitalisedAtEnd)) else { return }
            // Words of 4 or more (4 with no look-alike: "sn4H" is chance), at most half
            // look-alikes but in words of 6 or more ("!1750m37h!n9"), at their whole rank:
            // attackers reverse the top of their lists, not every word of the largest.
            guard length >= 4, !heavy || length >= 6, dedoubled == 0, length > 4 || subs == 0,
                  !f.isDisjoint(with: [.word, .firstName, .surname, .place, .commonPassword]) else { return }
            let (cost, owed) = Self.wordCost(rank: rank, length: length, rare: false, capped: false)
            record(reversedWord, reversedCost, reversedDebt, start, bit, end, cost + UInt16(extra) + UInt16(Self.reversedExtra), owed)
            return
        }
        guard plain || camel else { return }
        if f.contains(.joiner) && (length > 2 || subs == 0) && dedoubled == 0 && !mutated && inside == 0 {
            joiner[start] |= bit
            if subs > 0 { lookAlikeJoiner[start] |= bit }
        }
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
        if dedoubled > 0 && length < (dedoubled > 1 ? 6 : 4) { return }
        cost += UInt16(extra)
        content[start] |= bit
        if subs > 0 { lookAlikeWord[start] |= bit }
        record(word, wordCost, wordDebt, start, bit, end, cost, owed)
    }

    /// Whether a..<b can be one word of a phrase: two letters or more, or a word of one
    /// letter ("I love you", "Yma o Hyd", "a"); "Ti.m" is no phrase.
    /// Whether the symbol at `pos` may join the words of a phrase starting at `start`
    /// ("Nos#Da", "Cymru#Am#Byth"): a usual symbol that stands for no letter, between a small
    /// letter and a capital (chance puts symbols inside single words: "ang^ie"), in a phrase
    /// that follows no digit (after one it is as often chance: "lie9" + "Kei^Th").
    @inline(__always)
    func joinsPhrase(at pos: Int, start: Int) -> Bool {
        Decoration.isUsualSymbol(chars[pos].base) && chars[pos].alt1 == 0
            && chars[pos - 1].characterClass == .lower && chars[pos + 1].characterClass == .upper
            && (start == 0 || chars[start - 1].characterClass != .digit)
    }

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

}
