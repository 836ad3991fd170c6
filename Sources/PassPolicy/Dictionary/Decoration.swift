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

    /// The symbols people add to satisfy a policy: ! @ # $ % ^ & * ? . - _ + = ~
    @inline(__always)
    static func isUsualSymbol(_ c: UInt32) -> Bool {
        switch c {
        case 0x21, 0x40, 0x23, 0x24, 0x25, 0x5E, 0x26, 0x2A, 0x3F, 0x2E, 0x2D, 0x5F, 0x2B, 0x3D, 0x7E: return true
        default: return false
        }
    }
}
