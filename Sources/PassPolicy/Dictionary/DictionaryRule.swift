/// The `dictionary` rule: a password is weak when, once plain decoration at its ends is set
/// aside (see `Decoration`), the rest — its core — is made of at most a few pieces people
/// choose without thinking: one dictionary word, name, place or common password, perhaps with
/// look-alikes (0 for o), capitalised or in capitals, perhaps reversed; two such words joined;
/// a word with short joiners ("Big", "My", "I<3"); a keyboard walk; a month with a year.
///
/// Pieces cost "units" (a word 2, a three-letter or mostly look-alike word 3, a rare word 4,
/// a joiner or a number 1, a symbol between pieces 2); a core of `maxCoreUnits` or fewer with at
/// least one word or walk, whose decoration (see `Decoration.cost`) brings the total to
/// `maxUnits` or fewer, is weak. The core must cover the whole middle, so a short word
/// somewhere inside a random string proves nothing, and random characters around a short
/// word cost too much to pass for decoration.
///
/// The check runs on working memory the rule allocates once (no allocation per candidate) and
/// wipes after every check, and walks the memory-mapped trie from each position, reading every
/// character as itself and as the letters it may stand for. One rule per `PolicyChecker`: like
/// the checker, it is not for use by two threads at once.
final class DictionaryRule {
    let wordList: WordList
    /// Where words, numbers and symbols sit in the candidate, the costs of covering it, the
    /// categories of its words: a description of the password, so it is wiped after each check.
    private let masks: UnsafeMutablePointer<UInt64>
    private let bytes: UnsafeMutablePointer<UInt8>
    /// `KeyboardWalk.key(ascii:)` for every ASCII character, looked up once here.
    private let keys: UnsafeMutablePointer<UInt8>

    static let maskCount = 10
    static let byteRows = 10
    private static let maskCapacity = maskCount * (maxLength + 1)
    private static let byteCapacity = byteRows * (maxLength + 1) + (maxLength + 1) * (maxLength + 1)

    init(wordList: WordList) {
        self.wordList = wordList
        masks = .allocate(capacity: Self.maskCapacity)
        masks.initialize(repeating: 0, count: Self.maskCapacity)
        bytes = .allocate(capacity: Self.byteCapacity)
        bytes.initialize(repeating: 0, count: Self.byteCapacity)
        keys = .allocate(capacity: 128)
        for c in 0..<128 { (keys + c).initialize(to: KeyboardWalk.key(ascii: UInt8(c))) }
    }

    deinit {
        masks.deallocate()
        bytes.deallocate()
        keys.deallocate()
    }

    /// The longest password the rule looks at; longer ones are more than a word.
    static let maxLength = 48
    static let maxCoreUnits: UInt8 = 6
    static let maxUnits: UInt8 = 8
    /// A long core (`longCore` characters or more) covered by words is no chance match even in
    /// a random string, so it may cost `longBonus` more: heavily decorated phrases
    /// ("$yn0p$1$" joined to "Unc@$3d") stay weak.
    static let longCore = 9
    static let longBonus: UInt8 = 2
    static let searchUnits: UInt8 = maxCoreUnits + longBonus

    func weakPattern(in text: PasswordText) -> WeakPattern? {
        let n = text.count
        guard n >= 3, n <= Self.maxLength else { return nil }
        // The matcher uses rows of n + 1 entries from the start of each buffer, zero on entry
        // (zeroed at allocation, wiped after use).
        let stride = n + 1
        defer {
            secureWipe(UnsafeMutableRawBufferPointer(start: masks, count: Self.maskCount * stride * MemoryLayout<UInt64>.size))
            secureWipe(UnsafeMutableRawBufferPointer(start: bytes, count: Self.byteRows * stride + stride * stride))
        }
        var matcher = Matcher(list: wordList, chars: text.chars, masks: masks, bytes: bytes, keys: keys)
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
    // Bit j of xxx[i]: the range i..<j is such a piece.
    let content: UnsafeMutablePointer<UInt64>   // a word of 4+ characters (or a common password)
    let reversedContent: UnsafeMutablePointer<UInt64>  // a word of 4+ read backwards
    let content3: UnsafeMutablePointer<UInt64>  // a word of 3, or one mostly of look-alikes
    let rare: UnsafeMutablePointer<UInt64>      // a word only the big lists know
    let joiner: UnsafeMutablePointer<UInt64>
    let month: UnsafeMutablePointer<UInt64>
    let walk: UnsafeMutablePointer<UInt64>
    let other: UnsafeMutablePointer<UInt64>     // a number (1–4 digits, a year)
    let symbol: UnsafeMutablePointer<UInt64>    // one usual symbol between pieces
    let symbol3: UnsafeMutablePointer<UInt64>   // one unusual symbol between pieces
    // Letter counts before each index, for the capitalisation test.
    let uppers: UnsafeMutablePointer<UInt8>
    let lowers: UnsafeMutablePointer<UInt8>
    // The dynamic programme: best units to cover s..<j without (0) / with (1) a word.
    let best: UnsafeMutablePointer<UInt8>
    let backFrom: UnsafeMutablePointer<UInt8>
    let backKind: UnsafeMutablePointer<UInt8>
    // Decoration cost of 0..<s and of e..<n.
    let prefixCost: UnsafeMutablePointer<UInt8>
    let suffixCost: UnsafeMutablePointer<UInt8>
    /// `wordFlags[a * stride + b]`: the categories of the word a..<b, read either way (row a is
    /// valid once words from a were looked up), for the message.
    let wordFlags: UnsafeMutablePointer<UInt8>
    /// Bit j: the forward words starting at j are in the masks.
    var walkedForward: UInt64 = 0

    init(list: WordList, chars: UnsafeBufferPointer<AnalyzedChar>, masks: UnsafeMutablePointer<UInt64>, bytes: UnsafeMutablePointer<UInt8>,
         keys: UnsafeMutablePointer<UInt8>) {
        self.list = list
        self.chars = chars
        self.n = chars.count
        self.keys = keys
        let stride = chars.count + 1
        self.stride = stride
        content = masks
        rare = masks + stride
        joiner = masks + 2 * stride
        month = masks + 3 * stride
        walk = masks + 4 * stride
        other = masks + 5 * stride
        content3 = masks + 6 * stride
        symbol = masks + 7 * stride
        symbol3 = masks + 8 * stride
        reversedContent = masks + 9 * stride
        uppers = bytes
        lowers = bytes + stride
        best = bytes + 2 * stride          // 2 × stride
        backFrom = bytes + 4 * stride      // 2 × stride
        backKind = bytes + 6 * stride      // 2 × stride
        prefixCost = bytes + 8 * stride
        suffixCost = bytes + 9 * stride
        wordFlags = bytes + 10 * stride
    }

    // Piece kinds in `backKind`.
    static let kindContent: UInt8 = 1, kindRare: UInt8 = 2, kindJoiner: UInt8 = 3, kindWalk: UInt8 = 4, kindOther: UInt8 = 5

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
        if symbolCostBound() + 2 > Int(DictionaryRule.maxUnits + DictionaryRule.longBonus) { return nil }

        // Which cores are possible: a decoration before `s` and after `e`.
        var starts: UInt64 = 0, ends: UInt64 = 0
        // Decoration holds no letter but the outermost one of a suffix, so past the first
        // letter (from either end) every longer prefix or suffix is impossible: stop there.
        // Costs are only read where `starts` and `ends` have a bit.
        let budget = DictionaryRule.maxUnits + DictionaryRule.longBonus
        for s in 0...n {
            prefixCost[s] = Decoration.cost(chars, from: 0, to: s, outer: 0)
            if prefixCost[s] < budget { starts |= 1 << UInt64(s) }
            if s == n || chars[s].isLetter { break }
        }
        var e = n
        while true {
            suffixCost[e] = Decoration.cost(chars, from: e, to: n, outer: n - 1)
            if suffixCost[e] < budget { ends |= 1 << UInt64(e) }
            // The last character may be a letter of the decoration ("Jan2024!x").
            if e == 0 || (e < n && chars[e - 1].isLetter) { break }
            e -= 1
        }
        if starts == 0 || ends == 0 { return nil }

        findWalksAndOthers()

        // Forwards, then backwards: a reversed password reverses all of it, so reversed words
        // are never mixed with forward ones in one cover. Words are looked up only where a cover
        // can reach (see `ensureForward`), and backwards only once no forward cover exists.
        for pass in 0..<3 {
            // Pass 1 covers with every segment a reversed word could fill (a superset, with no
            // lookups); only if that could succeed does pass 2 walk the trie backwards.
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

    /// Fills `reversedContent` with every segment a reversed word could be: 4 or more
    /// characters ending in a letter or look-alike, in one case or capitalised at either end —
    /// the conditions `reached` puts on reversed words, without the dictionary.
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
            reversedContent[a] = bits & letterEnds
            a -= 1
        }
    }

    /// Bits `lo` through `hi` (at most 63).
    @inline(__always)
    static func bits(from lo: Int, through hi: Int) -> UInt64 {
        let upTo: UInt64 = hi >= 63 ? ~0 : (1 << UInt64(hi + 1)) - 1
        return upTo & ~((1 << UInt64(lo)) - 1)
    }

    /// A lower bound of what the symbols that cannot stand for letters cost in any cover: at
    /// least 2 each between the first and the last letter of the core (a symbol piece), at
    /// least 1 a run outside (decoration; 2 for an unusual symbol). "<3" is a joiner. A bound
    /// over the budget proves the password is no decorated word without walking the trie.
    func symbolCostBound() -> Int {
        var firstLetter = -1, lastLetter = -1, previousLetter = -1
        for i in 0..<n where chars[i].isLetter {
            if firstLetter < 0 { firstLetter = i }
            previousLetter = lastLetter
            lastLetter = i
        }
        // A final letter after a digit or symbol may be decoration ("Jan2024!x").
        if lastLetter == n - 1, n >= 2, !chars[n - 2].isLetter, previousLetter >= 0 { lastLetter = previousLetter }
        var bound = 0
        var previousOutsideUsual = false
        var i = 0
        while i < n {
            let c = chars[i]
            guard c.characterClass == .special && c.alt1 == 0 else { previousOutsideUsual = false; i += 1; continue }
            if c.base == 0x3C, i + 1 < n, chars[i + 1].base == 0x33 { previousOutsideUsual = false; i += 2; continue }
            let usual = Decoration.isUsualSymbol(c.base)
            if i > firstLetter && i < lastLetter {
                bound += usual ? 2 : 3
                previousOutsideUsual = false
            } else {
                bound += usual ? (previousOutsideUsual ? 0 : 1) : 2
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
            walkForward(list.root, start: j, pos: j, subs: 0)
        }
    }

    /// Walks the trie backwards from every position: reversed words end with a letter or
    /// look-alike.
    mutating func findBackwardWords() {
        reversedContent.update(repeating: 0, count: n + 1)
        wordFlags.update(repeating: 0, count: n * stride)
        for e in 4...max(4, n) where e <= n && chars[e - 1].isLetterLike {
            walkBackward(list.root, end: e, pos: e - 1, subs: 0)
        }
    }

    @inline(__always)
    func labels(_ c: AnalyzedChar) -> (UInt32, UInt32, UInt32) {
        let f = c.folded
        let a1 = c.alt1 != f ? c.alt1 : 0
        let a2 = c.alt2 != f && c.alt2 != a1 ? c.alt2 : 0
        return (f, a1, a2)
    }

    mutating func walkForward(_ node: WordList.Node, start: Int, pos: Int, subs: Int) {
        guard pos < n else { return }
        let (f, a1, a2) = labels(chars[pos])
        if let e = list.step(node, f) { reached(e.categories, start, pos + 1, subs, reversed: false); walkForward(e.next, start: start, pos: pos + 1, subs: subs) }
        if a1 != 0, let e = list.step(node, a1) { reached(e.categories, start, pos + 1, subs + 1, reversed: false); walkForward(e.next, start: start, pos: pos + 1, subs: subs + 1) }
        if a2 != 0, let e = list.step(node, a2) { reached(e.categories, start, pos + 1, subs + 1, reversed: false); walkForward(e.next, start: start, pos: pos + 1, subs: subs + 1) }
    }

    mutating func walkBackward(_ node: WordList.Node, end: Int, pos: Int, subs: Int) {
        guard pos >= 0 else { return }
        let (f, a1, a2) = labels(chars[pos])
        if let e = list.step(node, f) { reached(e.categories, pos, end, subs, reversed: true); walkBackward(e.next, end: end, pos: pos - 1, subs: subs) }
        if a1 != 0, let e = list.step(node, a1) { reached(e.categories, pos, end, subs + 1, reversed: true); walkBackward(e.next, end: end, pos: pos - 1, subs: subs + 1) }
        if a2 != 0, let e = list.step(node, a2) { reached(e.categories, pos, end, subs + 1, reversed: true); walkBackward(e.next, end: end, pos: pos - 1, subs: subs + 1) }
    }

    /// Records the word start..<end if it reads plausibly: at most half look-alikes, and
    /// written in lower case, capitalised, in capitals, or capitals after a lower-case first
    /// letter — not in random case.
    @inline(__always)
    mutating func reached(_ flags: UInt8, _ start: Int, _ end: Int, _ subs: Int, reversed: Bool) {
        guard flags != 0 else { return }
        wordFlags[start * stride + end] |= flags
        let length = end - start
        guard subs < length else { return }
        let bit: UInt64 = 1 << UInt64(end)
        let f = WordCategory(rawValue: flags)
        let heavy = subs * 2 > length
        if reversed {
            // Reversed: words of 4 or more, at most half look-alikes, capitalised at either end
            // ("Elppa", "elppA").
            guard length >= 4, !heavy else { return }
            let capitalisedAtEnd = chars[end - 1].characterClass == .upper && uppers[end - 1] == uppers[start]
            guard caseIsPlain(start + 1, end, from: start) || capitalisedAtEnd else { return }
            if !f.isDisjoint(with: [.word, .firstName, .surname, .place, .commonPassword]) { reversedContent[start] |= bit }
            return
        }
        guard caseIsPlain(start + 1, end, from: start) else { return }
        if length >= 3 && !f.isDisjoint(with: [.word, .firstName, .surname, .place, .commonPassword, .month]) {
            // Look-alikes make chance matches in random strings: a three-letter word with one
            // costs as much as a rare word, a longer word with two or more as a short word; a
            // word of mostly look-alikes counts only when long ("D3pr35$!0n$"), as a rare one.
            if heavy {
                if length >= 5 { content3[start] |= bit } else if length == 4 { rare[start] |= bit }
            } else if length == 3 && subs > 0 {
                rare[start] |= bit
            } else if length == 3 || subs >= 2 {
                content3[start] |= bit
            } else {
                content[start] |= bit
            }
        }
        if f.contains(.rare) && length >= 5 && !heavy { rare[start] |= bit }
        // Joiners of one or two letters only as typed: "!" or "1" for "I" would find one anywhere.
        if f.contains(.joiner) && (length > 2 || subs == 0) { joiner[start] |= bit }
        if f.contains(.month) { month[start] |= bit }
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

    /// Keyboard walks of 4+ keys (not doubling back: "8i8" is no walk), numbers of 1–4 digits (and 6 or 8 as dates), single symbols;
    /// the "<3" of "I<3".
    mutating func findWalksAndOthers() {
        var i = 0
        while i < n {
            var j = i + 1
            while j < n && KeyboardWalk.follows(chars[j - 1], key(j - 1), chars[j], key(j))
                    && (j - i < 2 || chars[j].folded != chars[j - 2].folded) { j += 1 }
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
                if length <= 4 || length == 6 || length == 8 { other[i] |= 1 << UInt64(j) }
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

    // MARK: Covering the core

    /// The cheapest cover of s..<e by pieces, for every e; the weak pattern if one core that
    /// ends where decoration may begin costs `maxUnits` or less and holds a word or walk.
    mutating func cover(from s: Int, ends: UInt64, reversed: Bool, boundOnly: Bool) -> WeakPattern? {
        let unreachable: UInt8 = 0xFF
        for j in s...n {
            best[2 * j] = unreachable
            best[2 * j + 1] = unreachable
        }
        best[2 * s] = 0
        // Only positions some cover reaches are visited, in order: a piece ends after it
        // starts, so the lowest reached position's cost is final when it is taken. Ends are
        // tried as soon as their cost is final, so the first weak core stops the search early.
        var reach: UInt64 = 1 << UInt64(s)
        while reach != 0 {
            let j = reach.trailingZeroBitCount
            reach &= reach - 1
            if j > s && coreEndsWeak(s, j, ends: ends) {
                if boundOnly { return .word }
                return classify(s, j)
            }
            if j == n { break }
            let u0 = best[2 * j], u1 = best[2 * j + 1]
            if u0 < DictionaryRule.searchUnits || u1 < DictionaryRule.searchUnits {
                ensureForward(j)
            }
            for state in 0..<2 {
                let u = state == 0 ? u0 : u1
                guard u < DictionaryRule.searchUnits else { continue }
                // Pieces of equal cost and effect share one relaxation; `relax` tells a word
                // from a walk when it records the step.
                if reversed {
                    relax(from: j, state: state, units: u, mask: reversedContent[j], cost: 2, kind: Self.kindContent, toState: 1, reach: &reach)
                } else {
                    relax(from: j, state: state, units: u, mask: content[j] | walk[j], cost: 2, kind: Self.kindContent, toState: 1,
                          walks: walk[j] & ~content[j], reach: &reach)
                    relax(from: j, state: state, units: u, mask: content3[j], cost: 3, kind: Self.kindContent, toState: 1, reach: &reach)
                    relax(from: j, state: state, units: u, mask: rare[j], cost: 4, kind: Self.kindRare, toState: 1, reach: &reach)
                }
                relax(from: j, state: state, units: u, mask: joiner[j], cost: 1, kind: Self.kindJoiner, toState: state, reach: &reach)
                relax(from: j, state: state, units: u, mask: other[j] | symbol[j], cost: 2, kind: Self.kindOther, toState: state, reach: &reach)
                relax(from: j, state: state, units: u, mask: symbol3[j], cost: 3, kind: Self.kindOther, toState: state, reach: &reach)
            }
        }
        return nil
    }

    /// Whether the core s..<e, with a word in it, is cheap enough with its decoration.
    @inline(__always)
    func coreEndsWeak(_ s: Int, _ e: Int, ends: UInt64) -> Bool {
        guard ends & (1 << UInt64(e)) != 0, best[2 * e + 1] != 0xFF else { return false }
        let bonus = e - s >= DictionaryRule.longCore && caseChanges(s, e) <= 2 ? DictionaryRule.longBonus : 0
        return best[2 * e + 1] <= DictionaryRule.maxCoreUnits + bonus
            && Int(prefixCost[s]) + Int(best[2 * e + 1]) + Int(suffixCost[e]) <= Int(DictionaryRule.maxUnits + bonus)
            && letterLike(s, e) >= 3
    }

    /// How often the letters of a..<b switch between upper and lower case: people's phrases
    /// switch at word starts, random strings everywhere.
    func caseChanges(_ a: Int, _ b: Int) -> Int {
        var changes = 0
        var last: CharacterClass? = nil
        for i in a..<b {
            let c = chars[i].characterClass
            guard c == .upper || c == .lower else { continue }
            if let l = last, l != c { changes += 1 }
            last = c
        }
        return changes
    }

    func letterLike(_ a: Int, _ b: Int) -> Int {
        var count = 0
        for i in a..<b where chars[i].isLetterLike { count += 1 }
        return count
    }

    /// Lowers the cost of every end in `mask` reached from `j` by a piece of `kind`, or of a
    /// keyboard walk for the ends in `walks` (words and walks of equal cost share a mask).
    @inline(__always)
    mutating func relax(from j: Int, state: Int, units: UInt8, mask: UInt64, cost: UInt8, kind: UInt8, toState: Int,
                        walks: UInt64 = 0, reach: inout UInt64) {
        var m = mask
        let u = units + cost
        guard m != 0, u <= DictionaryRule.searchUnits else { return }
        while m != 0 {
            let end = m.trailingZeroBitCount
            m &= m - 1
            let slot = 2 * end + toState
            if u < best[slot] {
                best[slot] = u
                backFrom[slot] = UInt8(truncatingIfNeeded: 2 * j + state)
                backKind[slot] = walks & (1 << UInt64(end)) != 0 ? Self.kindWalk : kind
                reach |= 1 << UInt64(end)
            }
        }
    }

    /// What the cheapest cover of s..<e is made of, for the message.
    func classify(_ s: Int, _ e: Int) -> WeakPattern {
        var slot = 2 * e + 1
        var words = 0, walks = 0, months = 0
        var lastWord = (s, e)
        while slot / 2 > s {
            let from = Int(backFrom[slot])
            let kind = backKind[slot]
            let a = from / 2, b = slot / 2
            if kind == Self.kindContent || kind == Self.kindRare {
                words += 1
                lastWord = (a, b)
                if month[a] & (1 << UInt64(b)) != 0 { months += 1 }
            } else if kind == Self.kindWalk {
                walks += 1
            }
            slot = from
        }
        if walks > 0 { return .keyboardWalk }
        if months > 0 { return .date }
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
