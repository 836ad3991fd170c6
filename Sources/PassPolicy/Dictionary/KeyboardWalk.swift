/// Rows of neighbouring keys ("qwerty", "1qaz", "zxcvbn", "!QAZ") and runs of the alphabet or
/// digits ("abcd", "4321"): the characters people type without choosing them.
enum KeyboardWalk {
    /// Each printable ASCII character's key on a US QWERTY keyboard as (row + 1, x) with x in
    /// quarter keys, so the rows' stagger is kept; shifted characters share their key.
    /// 0 = not on the main block.
    private static let keys: [UInt16] = {
        var table = [UInt16](repeating: 0, count: 128)
        let rows: [(String, String, Int)] = [
            ("`1234567890-=", "~!@#$%^&*()_+", 0),
            ("qwertyuiop[]\\", "QWERTYUIOP{}|", 6),
            ("asdfghjkl;'", "ASDFGHJKL:\"", 7),
            ("zxcvbnm,./", "ZXCVBNM<>?", 9),
        ]
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

    /// Whether `b` follows `a` in a walk: neighbouring keys (`ka`, `kb` from `key(ascii:)` of the
    /// characters as typed), or the next or previous letter or digit.
    @inline(__always)
    static func follows(_ a: AnalyzedChar, _ ka: UInt8, _ b: AnalyzedChar, _ kb: UInt8) -> Bool {
        let x = a.folded, y = b.folded
        guard x < 128, y < 128, x != y else { return false }
        let bothLetters = x >= 0x61 && x <= 0x7A && y >= 0x61 && y <= 0x7A
        let bothDigits = x >= 0x30 && x <= 0x39 && y >= 0x30 && y <= 0x39
        if (bothLetters || bothDigits) && (x &+ 1 == y || y &+ 1 == x) { return true }
        guard ka != noKey, kb != noKey else { return false }
        let rx = Int(ka >> 6), ry = Int(kb >> 6)
        let dx = abs(Int(ka & 0x3F) - Int(kb & 0x3F))
        if rx == ry { return dx == 4 }
        return abs(rx - ry) == 1 && dx <= 3
    }
}
