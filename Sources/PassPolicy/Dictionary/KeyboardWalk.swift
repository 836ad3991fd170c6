/// Rows of neighbouring keys ("qwerty", "1qaz", "zxcvbn", "!QAZ") and runs of the alphabet or
/// digits ("abcd", "4321"): the characters people type without choosing them.
enum KeyboardWalk {
    /// The main block of a US QWERTY keyboard, row by row: each key's character, its
    /// character with shift, and the row's stagger in quarter keys.
    private static let rows: [(plain: String, shifted: String, offset: Int)] = [
        ("`1234567890-=", "~!@#$%^&*()_+", 0),
        ("qwertyuiop[]\\", "QWERTYUIOP{}|", 6),
        ("asdfghjkl;'", "ASDFGHJKL:\"", 7),
        ("zxcvbnm,./", "ZXCVBNM<>?", 9),
    ]

    /// Each printable ASCII character's key on a US QWERTY keyboard as (row + 1, x) with x in
    /// quarter keys, so the rows' stagger is kept; shifted characters share their key.
    /// 0 = not on the main block.
    private static let keys: [UInt16] = {
        var table = [UInt16](repeating: 0, count: 128)
        for (row, (plain, shifted, offset)) in rows.enumerated() {
            for (col, pair) in zip(plain.utf8, shifted.utf8).enumerated() {
                let key = UInt16((row + 1) << 8 | (offset + 4 * col))
                table[Int(pair.0)] = key
                table[Int(pair.1)] = key
            }
        }
        return table
    }()

    static let noKey: UInt8 = 0xFF

    /// The key of an ASCII character as one byte, (row - 1) × 64 + x, or `noKey`. Callers keep
    /// these in a table of their own: read per character pair, a lazily built global would
    /// cost more than the comparisons.
    static func key(ascii: UInt8) -> UInt8 {
        let k = keys[Int(ascii & 0x7F)]
        return k == 0 ? noKey : UInt8(truncatingIfNeeded: (Int(k >> 8) - 1) << 6 | Int(k & 0x3F))
    }

    /// How `b` follows `a` in a walk: `sequence` (the next or previous letter or digit), `neighbours`
    /// (neighbouring keys, from `key(ascii:)` of the characters as typed), both (digits in a
    /// row) or neither (0).
    static let sequence: UInt8 = 1, neighbours: UInt8 = 2
    @inline(__always)
    static func step(_ a: AnalyzedChar, _ ka: UInt8, _ b: AnalyzedChar, _ kb: UInt8) -> UInt8 {
        let x = a.folded, y = b.folded
        guard x < 128, y < 128, x != y else { return 0 }
        var kinds: UInt8 = 0
        let bothLetters = x >= 0x61 && x <= 0x7A && y >= 0x61 && y <= 0x7A
        let bothDigits = x >= 0x30 && x <= 0x39 && y >= 0x30 && y <= 0x39
        if (bothLetters || bothDigits) && (x &+ 1 == y || y &+ 1 == x) { kinds |= sequence }
        guard ka != noKey, kb != noKey else { return kinds }
        let rx = Int(ka >> 6), ry = Int(kb >> 6)
        let dx = abs(Int(ka & 0x3F) - Int(kb & 0x3F))
        if rx == ry ? dx == 4 : abs(rx - ry) == 1 && dx <= 3 { kinds |= neighbours }
        return kinds
    }

    /// The ASCII characters typed with shift: the `shifted` layer of `rows`.
    private static let shiftedASCII: [Bool] = {
        var table = [Bool](repeating: false, count: 128)
        for row in rows { for c in row.shifted.utf8 { table[Int(c)] = true } }
        return table
    }()

    /// Whether a character is typed with shift: a capital, or the upper symbol of a key.
    @inline(__always)
    static func isShifted(_ c: AnalyzedChar) -> Bool {
        c.base < 128 && shiftedASCII[Int(c.base)]
    }
}
