#if canImport(Glibc)
import Glibc
#endif

/// One character as a person sees it (a base scalar and the marks joined to it), prepared
/// for the rules.
public struct AnalyzedChar: Sendable {
    /// The base scalar as typed.
    public var base: UInt32
    /// The base scalar in lower case (itself when it has no single-scalar lower case).
    public var folded: UInt32
    /// Up to two letters this character may stand for (see `LookAlike`); 0 where none.
    public var alt1: UInt32
    public var alt2: UInt32
    public var characterClass: CharacterClass
    /// Where this character's scalars start in `PasswordText.scalars`, and how many.
    public var scalarStart: Int32
    public var scalarCount: Int32

    /// True when the character is a letter (folded) or stands for one.
    @inline(__always) public var isLetterLike: Bool { isLetter || alt1 != 0 }
    @inline(__always) public var isLetter: Bool {
        characterClass == .upper || characterClass == .lower
    }

    /// Whether this character can be read as the (lower-case) scalar `c`.
    @inline(__always) public func reads(as c: UInt32) -> Bool {
        folded == c || alt1 == c || alt2 == c
    }
}

/// A candidate password decoded from UTF-8 into characters a person sees.
///
/// The storage is allocated once and reused from one candidate to the next (the batch mode
/// checks hundreds of thousands a second); `wipe()` zeroes it with `explicit_bzero`, and the
/// checker calls it after every check, so no decoded copy of a password outlives the check.
/// Manual buffers rather than arrays: an array that grows frees its old copy unwiped, and
/// exclusivity checks on class-held arrays cost more than the rules themselves.
public final class PasswordText {
    private var scalarStorage: UnsafeMutablePointer<UInt32>
    private var charStorage: UnsafeMutablePointer<AnalyzedChar>
    private var scalarCapacity: Int
    private var charCapacity: Int
    private var scalarCount = 0
    private var charCount = 0

    /// The input was not valid UTF-8.
    public private(set) var invalidUTF8 = false
    /// The input holds a NUL or another control character.
    public private(set) var hasControl = false
    /// The input has more characters than the cap it was loaded with; only the first
    /// `cap + 1` characters were decoded.
    public private(set) var overCap = false

    /// Scalars decoded per allowed character at most (a base and its marks); past that the
    /// text counts as over the cap.
    static let scalarsPerCharacter = 4

    public init() {
        charCapacity = 0
        scalarCapacity = 0
        charStorage = UnsafeMutablePointer<AnalyzedChar>.allocate(capacity: 1)
        scalarStorage = UnsafeMutablePointer<UInt32>.allocate(capacity: 1)
    }

    deinit {
        wipe()
        charStorage.deallocate()
        scalarStorage.deallocate()
    }

    /// The decoded characters (valid until the next `load` or `wipe`).
    public var chars: UnsafeBufferPointer<AnalyzedChar> {
        UnsafeBufferPointer(start: charStorage, count: charCount)
    }

    /// The decoded scalars; each character's scalars start at its `scalarStart`.
    public var scalars: UnsafeBufferPointer<UInt32> {
        UnsafeBufferPointer(start: scalarStorage, count: scalarCount)
    }

    public var count: Int { charCount }

    private func reserve(cap: Int) {
        guard cap + 1 > charCapacity else { return }
        wipe()
        charStorage.deallocate()
        scalarStorage.deallocate()
        charCapacity = cap + 1
        scalarCapacity = Self.scalarsPerCharacter * (cap + 1)
        charStorage = UnsafeMutablePointer<AnalyzedChar>.allocate(capacity: charCapacity)
        scalarStorage = UnsafeMutablePointer<UInt32>.allocate(capacity: scalarCapacity)
    }

    /// Decodes `bytes`, stopping once more than `cap` characters were seen, so a 10 MB input
    /// costs no more than a long password.
    public func load(_ bytes: UnsafeBufferPointer<UInt8>, cap: Int) {
        wipe()
        reserve(cap: max(cap, 0))
        invalidUTF8 = false
        hasControl = false
        overCap = false
        var i = 0
        let n = bytes.count
        while i < n {
            let b0 = bytes[i]
            var value: UInt32
            var length = 1
            if b0 < 0x80 {
                value = UInt32(b0)
            } else if b0 >= 0xC2 && b0 <= 0xDF {
                length = 2
                value = UInt32(b0 & 0x1F)
            } else if b0 >= 0xE0 && b0 <= 0xEF {
                length = 3
                value = UInt32(b0 & 0x0F)
            } else if b0 >= 0xF0 && b0 <= 0xF4 {
                length = 4
                value = UInt32(b0 & 0x07)
            } else {
                invalidUTF8 = true
                i += 1
                continue
            }
            if length > 1 {
                guard n - i >= length else { invalidUTF8 = true; break }
                var ok = true
                for k in 1..<length {
                    let b = bytes[i + k]
                    if b & 0xC0 != 0x80 { ok = false; break }
                    value = (value << 6) | UInt32(b & 0x3F)
                }
                // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
                if !ok || (length == 3 && value < 0x800) || (length == 4 && value < 0x10000)
                    || (value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF
                {
                    invalidUTF8 = true
                    i += 1
                    continue
                }
            }
            i += length
            if value < 0x20 || value == 0x7F || (value >= 0x80 && value <= 0x9F) {
                hasControl = true
            }
            if !append(value, cap: cap) {
                overCap = true
                return
            }
        }
    }

    /// Adds one scalar; returns false once the character count passes `cap`.
    @inline(__always)
    private func append(_ value: UInt32, cap: Int) -> Bool {
        if scalarCount >= scalarCapacity { return false }
        if charCount > 0,
           Self.extendsPrevious(value, previous: scalarStorage[scalarCount - 1], lastChar: charStorage[charCount - 1])
        {
            scalarStorage[scalarCount] = value
            scalarCount += 1
            charStorage[charCount - 1].scalarCount += 1
            return true
        }
        if charCount >= cap || charCount >= charCapacity { return false }
        (charStorage + charCount).initialize(to: Self.analyze(value, at: Int32(truncatingIfNeeded: scalarCount)))
        charCount += 1
        scalarStorage[scalarCount] = value
        scalarCount += 1
        return true
    }

    @inline(__always)
    private static func analyze(_ value: UInt32, at index: Int32) -> AnalyzedChar {
        var folded = value
        var cls: CharacterClass
        if value < 0x80 {
            switch value {
            case 0x41...0x5A: cls = .upper; folded = value + 0x20
            case 0x61...0x7A: cls = .lower
            case 0x30...0x39: cls = .digit
            default: cls = .special
            }
        } else if let scalar = Unicode.Scalar(value) {
            cls = CharacterClass.of(scalar)
            if cls == .upper {
                var it = scalar.properties.lowercaseMapping.unicodeScalars.makeIterator()
                if let first = it.next(), it.next() == nil { folded = first.value }
            }
        } else {
            cls = .special
        }
        let alts = LookAlike.letters(for: value)
        return AnalyzedChar(base: value, folded: folded, alt1: alts.0, alt2: alts.1,
                            characterClass: cls, scalarStart: index, scalarCount: 1)
    }

    /// Whether `value` joins the character before it instead of starting a new one: combining
    /// marks, variation selectors, emoji modifiers, zero-width joiner sequences and the second
    /// regional indicator of a flag. (A close reading of extended grapheme clusters that needs
    /// no `String`, which could not be wiped.)
    @inline(__always)
    private static func extendsPrevious(_ value: UInt32, previous: UInt32, lastChar: AnalyzedChar) -> Bool {
        if value < 0x300 { return false }
        if previous == 0x200D { return true }       // the scalar after a ZWJ
        if value == 0x200D { return true }
        if value >= 0x1F1E6 && value <= 0x1F1FF && previous >= 0x1F1E6 && previous <= 0x1F1FF
            && lastChar.scalarCount == 1 { return true }
        guard let scalar = Unicode.Scalar(value) else { return false }
        let p = scalar.properties
        if p.isGraphemeExtend { return true }
        switch p.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return value >= 0x1F3FB && value <= 0x1F3FF
        }
    }

    /// Whether characters `a` and `b` are the same character (the same scalars).
    @inline(__always)
    public func same(_ a: Int, _ b: Int) -> Bool {
        let x = charStorage[a], y = charStorage[b]
        guard x.scalarCount == y.scalarCount else { return false }
        if x.scalarCount == 1 { return x.base == y.base }
        for k in 0..<Int(x.scalarCount) where scalarStorage[Int(x.scalarStart) + k] != scalarStorage[Int(y.scalarStart) + k] {
            return false
        }
        return true
    }

    /// The classes present in the text.
    public var classes: ClassSet {
        var set = ClassSet()
        for c in chars { set.insert(ClassSet(c.characterClass)) }
        return set
    }

    /// Zeroes every decoded copy and empties the text (keeping the storage).
    public func wipe() {
        secureWipe(UnsafeMutableRawBufferPointer(start: charStorage, count: charCount * MemoryLayout<AnalyzedChar>.stride))
        secureWipe(UnsafeMutableRawBufferPointer(start: scalarStorage, count: scalarCount * MemoryLayout<UInt32>.stride))
        charCount = 0
        scalarCount = 0
    }
}
