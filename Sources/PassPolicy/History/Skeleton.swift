/// The core of a password that stays when people make a "new" one from an old one:
/// "Autumn2024!", "Autumn2025!", "autumn2024!" and "AUTUMN2024?" all have the skeleton
/// "autumn".
///
/// Built from the decoded characters: drop digits and symbols at both ends, fold letters to
/// lower case, and read look-alikes inside as the letter they stand for ("P@ssw0rd1" →
/// "password"). Letters without case (CJK, …) count as letters. When fewer than
/// `minimumCore` characters would remain ("ab123456", "12345678"), the skeleton is the whole
/// password folded to lower case instead, so that all-digit passwords are not all "similar"
/// to each other. A look-alike at an end ("4utumn") is dropped like any digit: such
/// variants are not caught.
public enum Skeleton {
    public static let minimumCore = 4

    /// Appends the UTF-8 bytes of the skeleton of `text` to `out`, which the caller wipes.
    /// Reserve `text.scalars.count * 4` bytes of capacity first so that no reallocation
    /// leaves an unwiped copy behind.
    public static func write(_ text: PasswordText, into out: inout [UInt8]) {
        let chars = text.chars
        var lo = 0
        var hi = chars.count
        while lo < hi && !isCoreLetter(chars[lo]) { lo += 1 }
        while hi > lo && !isCoreLetter(chars[hi - 1]) { hi -= 1 }
        var readLookAlikes = true
        if hi - lo < minimumCore {
            lo = 0
            hi = chars.count
            readLookAlikes = false
        }
        for i in lo..<hi {
            let c = chars[i]
            let start = Int(c.scalarStart)
            let end = start + Int(c.scalarCount)
            if c.isLetter {
                appendUTF8(c.folded, to: &out)
            } else if readLookAlikes && c.alt1 != 0 {
                appendUTF8(c.alt1, to: &out)
            } else {
                appendUTF8(c.base, to: &out)
            }
            // Combining marks stay: "é" and "e" are different letters.
            if end > start + 1 {
                for k in (start + 1)..<end { appendUTF8(text.scalars[k], to: &out) }
            }
        }
    }

    /// A letter with case, or a letter of a script without case.
    static func isCoreLetter(_ c: AnalyzedChar) -> Bool {
        if c.isLetter { return true }
        guard c.base >= 0x80, let scalar = Unicode.Scalar(c.base) else { return false }
        return scalar.properties.isAlphabetic
    }

    static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        switch v {
        case 0..<0x80:
            out.append(UInt8(truncatingIfNeeded: v))
        case 0x80..<0x800:
            out.append(UInt8(truncatingIfNeeded: 0xC0 | (v >> 6)))
            out.append(UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(truncatingIfNeeded: 0xE0 | (v >> 12)))
            out.append(UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)))
        default:
            out.append(UInt8(truncatingIfNeeded: 0xF0 | (v >> 18)))
            out.append(UInt8(truncatingIfNeeded: 0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)))
        }
    }
}
