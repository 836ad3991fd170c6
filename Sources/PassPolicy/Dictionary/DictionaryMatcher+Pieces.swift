/// Finding the pieces between words: keyboard walks, numbers, dates and symbols.
extension DictionaryMatcher {
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

    /// What a number inside the core costs: by its digits, less for a number people pick
    /// ("12", "123", "1234", "777": 5 bits; a year: 7; a day and month, a pair repeated: 9).
    @inline(__always)
    func numberCost(_ a: Int, _ b: Int) -> UInt16 {
        switch b - a {
        case 1: return 24
        case 2: return Decoration.isRunOrRepeat(chars, from: a, to: b) ? 20 : 28
        case 3, 4:
            if Decoration.isRunOrRepeat(chars, from: a, to: b) { return 20 }
            let y = (digit(a) ?? 0) * 1000 + (digit(a + 1) ?? 0) * 100 + (digit(a + 2) ?? 0) * 10 + (digit(a + 3) ?? 0)
            if b - a == 4 && Decoration.yearsPeopleType.contains(y) { return 28 }
            if Decoration.isFamiliarNumber(chars, from: a, to: b) { return 36 }
            return b - a == 3 ? 40 : 53
        default: return 60
        }
    }
}
