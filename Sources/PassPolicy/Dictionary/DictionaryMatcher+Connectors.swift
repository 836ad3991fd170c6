/// Connectors: "and" between two words ("CarysAndEmily", "Tom n Jerry", "Nain a Taid"),
/// "our" before one ("OurCatMax"), "4ever" after one ("Carys&Tom4eva"), a club's "FC" after a
/// year ("Swansea2024FC").
extension DictionaryMatcher {
    /// "and", "ac" (Welsh, before a vowel), "n" ("Tom n Jerry"), "a" (Welsh "and") and
    /// "loves" ("CarysLovesTom"), folded.
    static let connectors = scalars(["and", "ac", "n", "a", "loves", "luvs", "hearts"])

    /// A connector between two words is a template, priced like a symbol between pieces
    /// (`connectorCost`), not a word: counted as one, "and" made "CarysAndEmily1!" three words
    /// and strong. It follows a word directly or across a separator, and then the same
    /// separator leads on ("Carys and Emily", "Mam-a-Dad"); a content word follows. One letter
    /// ("n", "a") with no separators must be a capital or stand between capitalised words: in
    /// lower case between words in lower case it is what chance puts in pronounceable strings.
    mutating func relaxConnectors(from j: Int, s: Int, k: Int, units u: UInt16, last: UInt8, reach: inout UInt64) {
        guard j > s, j + 1 < n, chars[j].isLetter else { return }
        var separator: UInt32 = 0
        var wordStart = Int(backFrom[4 * j + k]) / 4
        if last == Self.kindOther {
            // A separator after a word.
            guard let start = self.wordStart(beforeSymbolAt: j, k: k, s: s), isSeparator(chars[j - 1].base) else { return }
            separator = chars[j - 1].base
            wordStart = start
        } else if last != Self.kindWord && last != Self.kindLongJoiner {
            return
        }
        for connector in Self.connectors {
            guard var end = endOfFolded(connector, at: j), end < n, caseIsPlain(j + 1, end, from: j) else { continue }
            let typedEnd = end
            if separator != 0 {
                guard chars[end].base == separator, end + 1 < n else { continue }
                end += 1
            } else if connector.count == 1 {
                let capitalised = chars[wordStart].characterClass == .upper && chars[end].characterClass == .upper
                guard chars[j].characterClass == .upper || capitalised else { continue }
            }
            ensureForward(end)
            guard word[end] & content[end] != 0 else { continue }
            relax(from: j, k: k, units: u, mask: 1 << UInt64(end), cost: Self.connectorCost + caseCost(j, typedEnd),
                  toK: k, kind: Self.kindLeadJoiner, reach: &reach)
        }
    }

    /// "our", "your" and Welsh "ein", "eich", folded.
    static let possessives = scalars(["our", "your", "ein", "eich"])

    /// A possessive first in the core, before a capitalised word or a separator and a word
    /// ("OurCatMax", "EinTy", "our-dog"): it leads as "My" does, a template rather than a
    /// word. Counted as a word, "Our" made "OurCatMax!1984" three words, and three words are
    /// strong by design.
    mutating func relaxPossessive(from j: Int, k: Int, units u: UInt16, reach: inout UInt64) {
        for possessive in Self.possessives {
            guard var end = endOfFolded(possessive, at: j), end < n, caseIsPlain(j + 1, end, from: j) else { continue }
            let typedEnd = end
            var cost = Self.joinerCost + caseCost(j, typedEnd)
            if isSeparator(chars[end].base) && end + 1 < n {
                cost += chars[end].base == 0x20 ? Self.spaceCost : Self.symbolCost
                end += 1
            } else if chars[end].characterClass != .upper {
                // Run on in small letters it is what chance spells in pronounceable strings
                // ("Eingot0lai", "Eichuteim6").
                continue
            }
            ensureForward(end)
            guard word[end] & content[end] != 0 else { continue }
            relax(from: j, k: k, units: u, mask: 1 << UInt64(end), cost: cost, toK: k, kind: Self.kindLeadJoiner, reach: &reach)
        }
    }

    /// "4ever", "4eva", "forever", "4life", "xoxo", folded.
    static let endings = scalars(["4ever", "4eva", "forever", "4life", "xoxo"])
    /// "fc", "afc", "rfc", "utd", folded.
    static let clubEndings = scalars(["fc", "afc", "rfc", "utd"])

    /// An ending after a word ("Carys&Tom4eva", "Carysxoxo"): a template the core ends with,
    /// as a short joiner ending it is, not a word: counted as one, "4eva" made "Carys&Tom4eva!"
    /// three words and strong. It costs what a joiner does in all: the core's end adds
    /// `endingJoinerCost` to every joiner last, and these few are no chance spelling. After a
    /// word and a year or number, a club's ending ("Swansea2024FC", "Cardiff1927Afc") is the
    /// short joiner it is after the word alone ("SwanseaFC").
    mutating func relaxEndings(from j: Int, s: Int, k: Int, units u: UInt16, last: UInt8, reach: inout UInt64) {
        guard j > s else { return }
        let endings: [[UInt32]], cost: UInt16
        if last == Self.kindOther {
            guard chars[j - 1].characterClass == .digit, backKind[Int(backFrom[4 * j + k])] == Self.kindWord else { return }
            (endings, cost) = (Self.clubEndings, Self.joinerCost)
        } else {
            guard last == Self.kindWord || last == Self.kindLongJoiner else { return }
            (endings, cost) = (Self.endings, Self.joinerCost - Self.endingJoinerCost)
        }
        for ending in endings {
            guard let end = endOfFolded(ending, at: j), caseIsPlain(j + 1, end, from: j) else { continue }
            relax(from: j, k: k, units: u, mask: 1 << UInt64(end), cost: cost + caseCost(j, end), toK: k, kind: Self.kindJoiner,
                  reach: &reach)
        }
    }

    /// The Unicode scalars of each word, as `endOfFolded` reads them.
    static func scalars(_ words: [String]) -> [[UInt32]] { words.map { $0.unicodeScalars.map(\.value) } }
}
