/// Look-alike substitutions people use to decorate words ("P@ssw0rd", "J0hnSm1th!").
/// Each character maps to the letters it may stand for; undoing them lets the user-name,
/// personal-information and dictionary rules see the word underneath.
public enum LookAlike {
    /// The letters an ASCII character may stand for, as up to two lower-case ASCII letters
    /// (0 where there is none). Letters stand for themselves and are not listed here.
    @inline(__always)
    public static func letters(for scalar: UInt32) -> (UInt32, UInt32) {
        switch scalar {
        case 0x34, 0x40: return (0x61, 0)          // 4 @ → a
        case 0x38: return (0x62, 0)                // 8 → b
        case 0x28: return (0x63, 0)                // ( → c
        case 0x33, 0x20AC: return (0x65, 0)        // 3 € → e
        case 0x36, 0x39: return (0x67, 0)          // 6 9 → g
        case 0x31, 0x21, 0x7C: return (0x69, 0x6C) // 1 ! | → i or l
        case 0x30: return (0x6F, 0)                // 0 → o
        case 0x35, 0x24: return (0x73, 0)          // 5 $ → s
        case 0x37, 0x2B: return (0x74, 0)          // 7 + → t
        case 0x32: return (0x7A, 0)                // 2 → z
        default: return (0, 0)
        }
    }

    /// The look-alikes few people use: ( € 6 2. The usual ones (4 @ 3 1 ! | 0 5 $ 7 + 9 8)
    /// are the habit.
    @inline(__always)
    public static func isRare(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x28, 0x20AC, 0x36, 0x32: return true
        default: return false
        }
    }
}
