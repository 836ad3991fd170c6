/// What people put around a word: "2024!", "#1", "!!", "?37", "!x". The part of a password
/// before or after its core counts as decoration when it is short and plain: no letters but
/// one at the very outside, at most 3 symbols, at most 4 digits (or one run of 6 or 8 digits,
/// a date such as 010190), in at most 3 runs of digits, symbols and letters. Random
/// characters are rarely that plain, which keeps random passwords from being mistaken for
/// decorated words.
enum Decoration {
    static let maxLength = 9
    static let impossible: UInt8 = 0xFF

    /// What `chars[start..<end]` costs as decoration — a run of digits 1, a run of one or two
    /// usual symbols 1, an unusual symbol (brackets, quotes, space…) 2, a last letter 2 — or
    /// `impossible`;
    /// `outer` is the index of its outermost character (0 for a prefix, the last index for a
    /// suffix).
    @inline(__always)
    static func cost(_ chars: UnsafeBufferPointer<AnalyzedChar>, from start: Int, to end: Int, outer: Int) -> UInt8 {
        let length = end - start
        if length == 0 { return 0 }
        if length > maxLength { return impossible }
        var digits = 0, symbols = 0, runs = 0, longestDigitRun = 0, digitRuns = 0
        var run = 0
        var cost: UInt8 = 0
        var previous: CharacterClass? = nil
        var previousUsual = false
        for i in start..<end {
            let c = chars[i].characterClass
            if c == .upper || c == .lower {
                // One or two letters at the very end, after a digit or symbol ("Jan2024!x",
                // "01/09/2025Ab").
                // After a digit or symbol, inside the decoration or just before it ("2025Ab").
                guard outer > 0, i >= outer - 1, length >= 2 + (outer - i) || (start > 0 && !chars[start - 1].isLetter)
                else { return impossible }
                if i == outer - 1 && chars[outer].characterClass != .upper && chars[outer].characterClass != .lower { return impossible }
                // A letter is one of 52: 3 units each. The letters are one more run: "4&93f"
                // has four, more than decoration has.
                cost += 3
                if previous != .upper && previous != .lower { runs += 1 }
                previous = c
                continue
            }
            if c == .digit {
                digits += 1
            } else {
                symbols += 1
                // An unusual symbol (bracket, quote, space…) is one of many: 4 units. A second
                // usual symbol in a row ("!?", "#$") adds nothing.
                let usual = isUsualSymbol(chars[i].base)
                if !usual { cost += 4 } else if previous != .special || !previousUsual { cost += 1 }
                previousUsual = usual
            }
            if c != previous {
                runs += 1
                if c == .digit { digitRuns += 1; run = 0; cost += 1 }
            }
            if c == .digit {
                run += 1
                if run > longestDigitRun { longestDigitRun = run }
            }
            previous = c
        }
        if runs > 3 || symbols > 3 { return impossible }
        if digits <= 4 { return cost }
        // A number and a year ("1@2029"): two runs, six digits at most, a unit a digit more.
        if digits <= 6 && digitRuns == 2 { return cost + UInt8(digits - 4) }
        // A date written as digits: one run of 6 or 8.
        return digitRuns == 1 && (digits == 6 || digits == 8) && (longestDigitRun == 6 || longestDigitRun == 8) ? cost : impossible
    }

    /// What `chars[start..<end]` costs as typed, in quarter bits, rather than by its shape: a
    /// number by how familiar it is (one digit 2 bits, two 3.5, a familiar one of three or
    /// four 4, a date of six or eight 15, any other 3.25 bits a digit), "!" 1.5 bits, another
    /// usual symbol 2.5 (2 after a symbol, half a bit repeated), an unusual one 5.5, a letter 5.
    static func typedCost(_ chars: UnsafeBufferPointer<AnalyzedChar>, from start: Int, to end: Int) -> Int {
        var total = 0
        var i = start
        while i < end {
            let c = chars[i].characterClass
            if c == .digit {
                var j = i
                while j < end && chars[j].characterClass == .digit { j += 1 }
                let length = j - i
                switch length {
                case 1: total += 8
                case 2: total += 14
                case 3, 4: total += isFamiliarNumber(chars, from: i, to: j) ? 16 : 13 * length
                case 6, 8: total += 60
                default: total += 13 * length
                }
                i = j
                continue
            }
            if c == .upper || c == .lower {
                total += 20
            } else if i > start && chars[i - 1].base == chars[i].base {
                total += 2
            } else if chars[i].base == 0x21 {
                total += 6
            } else if isUsualSymbol(chars[i].base) {
                total += i > start && chars[i - 1].characterClass == .special ? 8 : 10
            } else {
                total += 22
            }
            i += 1
        }
        return total
    }

    /// The years people put in passwords: birth years, anniversaries, the current one.
    static let yearsPeopleType = 1940...2039

    /// Whether the digits of `chars[start..<end]` (three or four) are a number people pick for
    /// a reason: one digit repeated, a run up or down ("123", "4321"), a year from 1940 to
    /// 2039, a day and month either way round ("0812"), a pair repeated ("1212"), a keypad
    /// pattern ("2580") or a well-known number ("007", "101", "786").
    static func isFamiliarNumber(_ chars: UnsafeBufferPointer<AnalyzedChar>, from start: Int, to end: Int) -> Bool {
        var value = 0
        for i in start..<end {
            let d = Int(chars[i].base) - 0x30
            guard d >= 0 && d <= 9 else { return false }
            value = value * 10 + d
        }
        if isRunOrRepeat(chars, from: start, to: end) { return true }
        if end - start == 3 { return [7, 100, 101, 200, 247, 365, 420, 500, 666, 786].contains(value) }
        let high = value / 100, low = value % 100
        if yearsPeopleType.contains(value) || high == low || [2580, 1357, 2468].contains(value) { return true }
        return (1...31).contains(high) && (1...12).contains(low) || (1...12).contains(high) && (1...31).contains(low)
    }

    /// Whether the digits of `chars[start..<end]` are one digit repeated or a run up or down
    /// ("777", "123", "4321"): the numbers people pick first.
    static func isRunOrRepeat(_ chars: UnsafeBufferPointer<AnalyzedChar>, from start: Int, to end: Int) -> Bool {
        var same = true, up = true, down = true
        for i in start..<end {
            guard chars[i].characterClass == .digit else { return false }
            guard i > start else { continue }
            let d = chars[i].base, previous = chars[i - 1].base
            if d != previous { same = false }
            if d != previous &+ 1 { up = false }
            if d &+ 1 != previous { down = false }
        }
        return same || up || down
    }

    /// The symbols people add to satisfy a policy: ! @ # $ % ^ & * ? . - _ + = ~
    @inline(__always)
    static func isUsualSymbol(_ c: UInt32) -> Bool {
        switch c {
        case 0x21, 0x40, 0x23, 0x24, 0x25, 0x5E, 0x26, 0x2A, 0x3F, 0x2E, 0x2D, 0x5F, 0x2B, 0x3D, 0x7E: return true
        default: return false
        }
    }
}
