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

    /// Whether `b` follows `a` in a walk: neighbouring keys, or the next or previous letter
    /// or digit.
    @inline(__always)
    static func follows(_ a: AnalyzedChar, _ b: AnalyzedChar) -> Bool {
        let x = a.folded, y = b.folded
        guard x < 128, y < 128, x != y else { return false }
        let bothLetters = x >= 0x61 && x <= 0x7A && y >= 0x61 && y <= 0x7A
        let bothDigits = x >= 0x30 && x <= 0x39 && y >= 0x30 && y <= 0x39
        if (bothLetters || bothDigits) && (x &+ 1 == y || y &+ 1 == x) { return true }
        let kx = keys[Int(a.base < 128 ? a.base : x)], ky = keys[Int(b.base < 128 ? b.base : y)]
        guard kx != 0, ky != 0 else { return false }
        let rx = Int(kx >> 8), ry = Int(ky >> 8)
        let dx = abs(Int(kx & 0xFF) - Int(ky & 0xFF))
        if rx == ry { return dx == 4 }
        return abs(rx - ry) == 1 && dx <= 3
    }
}
