/// Covering the core: the dynamic programme over pieces that finds the cheapest cover of
/// the password between its decorations.
extension DictionaryMatcher {
    /// The cheapest cover of s..<e by pieces, for every e; the weak pattern if one core that
    /// ends where decoration may begin, with its decoration, costs less than the threshold
    /// and holds a word, walk or date.
    mutating func cover(from s: Int, ends: UInt64, reversed: Bool, boundOnly: Bool) -> WeakPattern? {
        let unreachable: UInt16 = 0xFFFF
        for j in s...n {
            for k in 0..<4 { best[4 * j + k] = unreachable }
        }
        best[4 * s] = UInt16(prefixCost[s])
        coreEnds = ends
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
                // An initial before a name, at the start of the core ("JSmith", "J.Smith").
                if !reversed && j == s && chars[j].isLetter {
                    relaxInitial(from: j, k: k, units: u, reach: &reach)
                }
                // An initial after a name, ending the core ("CarysJ2010!", "JonesC").
                if !reversed && j > s && last == Self.kindWord && (chars[j].characterClass == .upper || isSeparator(chars[j].base)) {
                    relaxTrailingInitial(from: j, k: k, units: u, reach: &reach)
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
                            let cost = Self.longJoinerCost + caseCost(j, end) + lookAlikeJoinerExtra(j, end)
                            relax(from: j, k: k, units: u + more, mask: 1 << UInt64(end), cost: cost,
                                  toK: next, kind: Self.kindLongJoiner, reach: &reach)
                        }
                    }
                }
                if !reversed {
                    relaxConnectors(from: j, s: s, k: k, units: u, last: last, reach: &reach)
                    relaxEndings(from: j, s: s, k: k, units: u, last: last, reach: &reach)
                }
                if !reversed && j == s { relaxPossessive(from: j, k: k, units: u, reach: &reach) }
                // Symbols and numbers only between words: before the first or after the last
                // they are decoration, with its own limits. A short joiner that leads ("My",
                // "I") is followed by what it leads to.
                // After a number, a symbol may follow ("Beca2015&Cai"), not another number.
                let afterNumber = last == Self.kindOther && chars[j - 1].characterClass == .digit
                guard j > s && (last != Self.kindOther || chars[j - 1].characterClass == .special || afterNumber)
                    && last != Self.kindLeadJoiner
                else { continue }
                // A second usual symbol in a row ("#%") adds little.
                let afterSymbol = chars[j - 1].characterClass == .special && Decoration.isUsualSymbol(chars[j - 1].base)
                let repeated = (symbol[j] | symbol3[j]) != 0 && repeatsSymbol(j, k, s)
                let symbolPrice = afterSymbol ? 4 : (repeated ? Self.repeatedSymbolCost : Self.symbolCost)
                relax(from: j, k: k, units: u, mask: symbol[j], cost: symbolPrice, toK: k, kind: Self.kindOther, reach: &reach)
                let space = chars[j].base == 0x20
                let otherPrice = space ? (repeated ? Self.repeatedSymbolCost : Self.spaceCost) : Self.unusualSymbolCost
                relax(from: j, k: k, units: u, mask: symbol3[j], cost: otherPrice, toK: k, kind: Self.kindOther, reach: &reach)
                var m = afterNumber ? 0 : number[j]
                while m != 0 {
                    let b = m.trailingZeroBitCount
                    m &= m - 1
                    relax(from: j, k: k, units: u, mask: 1 << UInt64(b), cost: numberCost(j, b), toK: k, kind: Self.kindOther, reach: &reach)
                }
            }
        }
        return nil
    }

    /// What the long joiner j..<end costs more when read through look-alikes: nothing before a
    /// word read through them too ("7h3R4710N": leet typed throughout), `lookAlikeJoinerCost`
    /// before anything else ("we1l-o_NE", "8i9IN": what chance spells in random strings).
    mutating func lookAlikeJoinerExtra(_ j: Int, _ end: Int) -> UInt16 {
        guard lookAlikeJoiner[j] & (1 << UInt64(end)) != 0 else { return 0 }
        if end < n {
            ensureForward(end)
            if lookAlikeWord[end] != 0 { return 0 }
        }
        return Self.lookAlikeJoinerCost
    }

    /// The number of words of the cheapest weak cover of the core s..<e, if one is weak.
    @inline(__always)
    func coreEndsWeak(_ s: Int, _ e: Int, ends: UInt64) -> Int? {
        guard ends & (1 << UInt64(e)) != 0 else { return nil }
        for k in 1..<4 {
            let u = best[4 * e + k]
            guard u != 0xFFFF, Self.endsCore(backKind[4 * e + k]) else { continue }
            // Decoration is cheap per unit but limited in all: more is no longer a habit.
            guard Int(prefixCost[s]) + Int(suffixCost[e]) <= Int(Self.maxDecoration) else { return nil }
            var total = Int(u) + Int(suffixCost[e]) + Int(Self.orderCost[k])
            // A short joiner last ("…FC", "…oh") is rarer than one that leads.
            if backKind[4 * e + k] == Self.kindJoiner { total += Int(Self.endingJoinerCost) }
            // Past three pieces ("My" "Dog" "Nala"), each is one more choice of template.
            if total < Int(threshold) { total += Int(Self.morePieceCost) * max(0, pieces(s, e, k) - 3) }
            if k == 3 { total = max(total, Int(DictionaryRule.threeWordFloor)) }
            // A letter after the decoration ("Chelsea2024x") is a rarer template than
            // decoration last, but for a month ("Oct2023^a", "Jan2024!x"). Outside
            // `maxDecoration`, so that "01/09/2025Ab" stays weak.
            if e < n && chars[n - 1].isLetter && month[s] & (1 << UInt64(e)) == 0 { total += Int(Self.finalLetterCost) }
            // One short word between decorations is what chance spells in random strings
            // ("~N4t%075*?"): there the decoration costs most of what it costs as typed, so
            // random digits and symbols around a chance word are no habit, while familiar
            // numbers and symbols keep "Sam@1234" and "C4t2024!" weak.
            if k == 1 && e - s <= Self.shortCoreLength && total < Int(threshold) {
                let typed = Decoration.typedCost(chars, from: 0, to: s) + Decoration.typedCost(chars, from: e, to: n)
                let byShape = Int(prefixCost[s]) + Int(suffixCost[e])
                if typed > byShape { total += (typed - byShape) * 3 / 4 }
            }
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
        // Each slot keeps one cover. Where the core may end, one ending in a word beats one
        // ending in a number or symbol, whatever they cost: only decoration follows, so the
        // latter could never end ("mad123" + "?&9843" is no "mad" + "123" + …).
        var endsBetter = false
        if coreEnds & (1 << UInt64(end)) != 0 && best[slot] != 0xFFFF {
            let endsHere = Self.endsCore(kind), occupantEnds = Self.endsCore(backKind[slot])
            if occupantEnds && !endsHere { return }
            endsBetter = endsHere && !occupantEnds
        }
        var c = cost + caseChange(j, end)
        var carried: UInt16 = 0
        if toK == 1 {
            carried = k == 0 ? owed : debt[j]
        } else {
            if k == 1 { c += debt[j] }
            if k < toK { c += owed }
        }
        if (c < best[slot] || endsBetter) && c < threshold {
            best[slot] = c
            backFrom[slot] = UInt16(truncatingIfNeeded: 4 * j + k)
            backKind[slot] = kind
            if toK == 1 { debt[end] = carried }
            reach |= 1 << UInt64(end)
        }
    }

    /// Whether a piece of this kind may be the last of a core: not a number or symbol (they
    /// stand between pieces) nor a short joiner that leads (its word must follow).
    @inline(__always)
    static func endsCore(_ kind: UInt8) -> Bool { kind != kindOther && kind != kindLeadJoiner }

    /// Whether the symbol at j is one the cheapest cover of s..<j with k words already put
    /// between two pieces ("Lyons?1952?Emily", "Rhys-2023-Castro"): the template's separator.
    @inline(__always)
    func repeatsSymbol(_ j: Int, _ k: Int, _ s: Int) -> Bool {
        var slot = 4 * j + k
        while slot / 4 > s {
            let from = Int(backFrom[slot])
            if backKind[slot] == Self.kindOther && slot / 4 - from / 4 == 1 && chars[from / 4].base == chars[j].base { return true }
            slot = from
        }
        return false
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
        var afterContent = j > s && (last == Self.kindWord || last == Self.kindLongJoiner || last == Self.kindWalk || last == Self.kindDate)
        // A joiner typed after a space, hyphen, "&" or "+" that follows a word of plain letters
        // ("Arsenal FC", "Spurs-FC", "Mum&Me", "Dad+Me") follows that word.
        if !afterContent, let wordStart = wordStart(beforeSymbolAt: j, k: k, s: s),
           isSeparator(chars[j - 1].base) || isJoinSymbol(chars[j - 1].base) {
            afterContent = (wordStart..<(j - 1)).allSatisfy { chars[$0].isLetter }
        }
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
                // One letter between words is a style: a capital ("CoedYBrenin") or between
                // capitalised words ("CroesoiGymru"); in lower case after a word in lower case
                // ("thieshaiShai") it is what chance puts in pronounceable strings.
                if afterContent && end == j + 1 && chars[j].characterClass != .upper
                    && (chars[end].characterClass != .upper || chars[Int(backFrom[4 * j + k]) / 4].characterClass != .upper) {
                    continue
                }
                let smallFirst = end == j + 1 && j == s && chars[j].characterClass == .lower
                    && chars[end].characterClass != .lower ? Self.smallLeadLetterCost : 0
                relax(from: j, k: k, units: u, mask: 1 << UInt64(end), cost: cost + smallFirst, toK: k, kind: Self.kindLeadJoiner,
                      reach: &reach)
            }
            // A joiner that leads, then a space, hyphen, underscore or dot, then the word it
            // leads to ("My Dad", "Fy-Mam", "The_Beatles"): the separator costs what it costs
            // between pieces, and the word must follow. "&" or "+" after a capitalised joiner
            // too ("Me&Mum"): in small letters ("no&Soh") it is as often chance.
            let joins = end < n && (isSeparator(chars[end].base) || (isJoinSymbol(chars[end].base) && chars[j].characterClass == .upper))
            if !reversed && !afterContent && end + 1 < n && joins && chars[end + 1].isLetter
                && leadsOn(end + 1, reversed: false) {
                let separatorCost = chars[end].base == 0x20 ? Self.spaceCost : Self.symbolCost
                relax(from: j, k: k, units: u, mask: 1 << UInt64(end + 1), cost: cost + separatorCost, toK: k,
                      kind: Self.kindLeadJoiner, reach: &reach)
            }
        }
    }

    /// A capital (and a dot, if typed) before a capitalised first name or surname of four
    /// letters or more: an initial ("JSmith", "J.Smith"), one of 26, and the capitals; two
    /// ("CJJones", "C.J.Jones", a name in plain letters) cost `secondInitialCost` more. In
    /// small letters, before a surname typed in small letters only, as in user names and
    /// e-mail addresses ("cjones", "c.jones"), a bit more; a letter before a first name in
    /// small letters ("xmary") is as often chance.
    mutating func relaxInitial(from j: Int, k: Int, units: UInt16, reach: inout UInt64) {
        let small = chars[j].characterClass == .lower
        let dot: UInt32 = 0x2E
        // Where the name may start, and what comes before it costs beyond one initial: "J",
        // "J.", and in capitals a second initial, "JR" or "J.R.".
        for option in 0..<4 {
            let end: Int, before: UInt16
            switch option {
            case 0: (end, before) = (j + 1, 0)
            case 1:
                guard j + 2 < n, chars[j + 1].base == dot else { continue }
                (end, before) = (j + 2, 4)
            case 2:
                guard !small, j + 2 < n, chars[j + 1].characterClass == .upper else { continue }
                (end, before) = (j + 2, Self.secondInitialCost)
            default:
                guard !small, j + 4 < n, chars[j + 1].base == dot, chars[j + 2].characterClass == .upper, chars[j + 3].base == dot
                else { continue }
                (end, before) = (j + 4, Self.secondInitialCost + 8)
            }
            guard end < n else { continue }
            // The name starts in the initial's case; only then are its words looked up.
            guard chars[end].characterClass == chars[j].characterClass else { continue }
            ensureForward(end)
            var m = word[end] & content[end]
            var name = false
            while m != 0 && !name {
                let b = m.trailingZeroBitCount
                m &= m - 1
                guard b - end >= 4 else { continue }
                if small {
                    name = categories(end, b).contains(.surname) && chars[end].characterClass == .lower && uppers[b] == uppers[end]
                        && lowers[b] &- lowers[end] == b - end
                } else {
                    name = !categories(end, b).isDisjoint(with: [.firstName, .surname])
                        && chars[end].characterClass == .upper && uppers[b] &- uppers[end] == 1
                        // After two initials, in plain letters ("LWAd41an" is chance).
                        && (before < Self.secondInitialCost || lowers[b] &- lowers[end] == b - end - 1)
                }
            }
            guard name else { continue }
            let cost = Self.initialCost + before + (small ? Self.smallInitialCost : 0)
            relax(from: j, k: k, units: units, mask: 1 << UInt64(end), cost: cost, toK: k, kind: Self.kindLeadJoiner, reach: &reach)
        }
    }

    /// A capital after a capitalised first name or surname of three letters or more (and a
    /// separator, if typed), with no letter after it: the other name's initial ("CarysJ2010!",
    /// "Jones.C1985"), one of 26. It ends the core as a short joiner does (`endingJoinerCost`).
    mutating func relaxTrailingInitial(from j: Int, k: Int, units: UInt16, reach: inout UInt64) {
        let i = isSeparator(chars[j].base) ? j + 1 : j
        guard i < n, chars[i].characterClass == .upper, i + 1 == n || !chars[i + 1].isLetter else { return }
        let a = Int(backFrom[4 * j + k]) / 4
        guard j - a >= 3, chars[a].characterClass == .upper, uppers[j] &- uppers[a] == 1,
              !categories(a, j).isDisjoint(with: [.firstName, .surname]) else { return }
        relax(from: j, k: k, units: units, mask: 1 << UInt64(i + 1), cost: Self.initialCost + (i > j ? 4 : 0), toK: k,
              kind: Self.kindJoiner, reach: &reach)
    }

    /// Where the word (or long joiner) starts that the cover s..<j with k words ends with,
    /// when one symbol piece at j - 1 follows it ("Carys" in "Carys ", "Mum" in "Mum&").
    @inline(__always)
    func wordStart(beforeSymbolAt j: Int, k: Int, s: Int) -> Int? {
        guard j > s + 1, backKind[4 * j + k] == Self.kindOther else { return nil }
        let from = Int(backFrom[4 * j + k])
        guard from / 4 == j - 1 else { return nil }
        let before = backKind[from]
        guard before == Self.kindWord || before == Self.kindLongJoiner else { return nil }
        return Int(backFrom[from]) / 4
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
}
