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
///
/// Its stored properties are `@exclusivity(unchecked)`: each is a plain value only ever read or
/// assigned whole (never passed `inout`), so accesses cannot overlap, and the run-time check
/// on every access cost more per candidate than decoding it.
public final class PasswordText {
    @exclusivity(unchecked) private var scalarStorage: UnsafeMutablePointer<UInt32>
    @exclusivity(unchecked) private var charStorage: UnsafeMutablePointer<AnalyzedChar>
    @exclusivity(unchecked) private var scalarCapacity: Int
    @exclusivity(unchecked) private var charCapacity: Int
    @exclusivity(unchecked) private var scalarCount = 0
    @exclusivity(unchecked) private var charCount = 0

    /// The input was not valid UTF-8.
    @exclusivity(unchecked) public private(set) var invalidUTF8 = false
    /// The input holds a NUL or another control character.
    @exclusivity(unchecked) public private(set) var hasControl = false
    /// The input holds an invisible format character (Unicode category Cf: U+200B zero-width
    /// space, U+202E right-to-left override, U+FEFF, soft hyphen, …) outside an emoji
    /// sequence (see `Decoding.noteFormat`).
    @exclusivity(unchecked) public private(set) var hasFormat = false
    /// The input has more characters than the cap it was loaded with; only the first
    /// `cap + 1` characters were decoded.
    @exclusivity(unchecked) public private(set) var overCap = false
    /// The classes present in the text (noted while decoding).
    @exclusivity(unchecked) public private(set) var classes = ClassSet()
    /// The most identical characters (see `same`) in a row; 0 for an empty text.
    @exclusivity(unchecked) public private(set) var longestRun = 0

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
        // The loops work on a local copy of the state, which can stay in registers, and store
        // it once at the end.
        var decoding = Decoding(chars: charStorage, scalars: scalarStorage,
                                charLimit: min(cap, charCapacity), scalarCapacity: scalarCapacity)
        asciiChars.withUnsafeBufferPointer { decoding.decode(bytes, ascii: $0) }
        charCount = decoding.charCount
        scalarCount = decoding.scalarCount
        classes = decoding.classes
        longestRun = decoding.longestRun
        invalidUTF8 = decoding.invalidUTF8
        hasControl = decoding.hasControl
        hasFormat = decoding.hasFormat
        overCap = decoding.overCap
    }

    /// What `load` builds, kept in locals while it runs.
    private struct Decoding {
        let chars: UnsafeMutablePointer<AnalyzedChar>
        let scalars: UnsafeMutablePointer<UInt32>
        /// The cap, or the storage's size if smaller.
        let charLimit: Int
        let scalarCapacity: Int
        var charCount = 0
        var scalarCount = 0
        var classes = ClassSet()
        var longestRun = 0
        var invalidUTF8 = false
        var hasControl = false
        var hasFormat = false
        /// A zero-width joiner after an emoji: fine if an emoji follows it.
        var joinerPending = false
        var overCap = false

        init(chars: UnsafeMutablePointer<AnalyzedChar>, scalars: UnsafeMutablePointer<UInt32>,
             charLimit: Int, scalarCapacity: Int) {
            self.chars = chars
            self.scalars = scalars
            self.charLimit = charLimit
            self.scalarCapacity = scalarCapacity
        }

        /// Decodes `bytes`, until the cap is passed; `ascii` is `PasswordText.asciiTable`.
        mutating func decode(_ bytes: UnsafeBufferPointer<UInt8>, ascii: UnsafeBufferPointer<AnalyzedChar>) {
            let n = bytes.count
            // The ASCII bytes at the start (usually all of them): byte i is character i and
            // scalar i, so one index and one bound serve for all three.
            let asciiEnd = min(n, charLimit, scalarCapacity)
            // Local copies: the compiler cannot tell that the stores through them leave `self`
            // alone, and would read the pointers again for every character.
            let chars = self.chars, scalars = self.scalars
            var i = 0
            var control = false
            var found = ClassSet()
            var previous: UInt8 = 0xFF
            var run = 0
            var longest = 0
            while i < asciiEnd {
                let b = bytes[i]
                if b >= 0x80 { break }
                control = control || b < 0x20 || b == 0x7F
                run = b == previous ? run + 1 : 1
                longest = max(longest, run)
                previous = b
                var char = ascii[Int(b)]
                char.scalarStart = Int32(truncatingIfNeeded: i)
                (chars + i).initialize(to: char)
                scalars[i] = UInt32(b)
                found.insert(ClassSet(char.characterClass))
                i += 1
            }
            charCount = i
            scalarCount = i
            hasControl = control
            classes = found
            longestRun = longest
            // Whatever follows: other characters, and ASCII after them.
            guard i < n else { return }
            defer { longestRun = Self.longestRun(chars, charCount, scalars, scalarCount) }
            while i < n {
                let b0 = bytes[i]
                if b0 < 0x80 {
                    i += 1
                    if b0 < 0x20 || b0 == 0x7F { hasControl = true }
                    if joinerPending { hasFormat = true; joinerPending = false }
                    guard appendASCII(ascii[Int(b0)]) else { overCap = true; return }
                    continue
                }
                let (scalar, length) = PasswordText.decodeSequence(bytes, at: i)
                i += length
                guard let value = scalar else { invalidUTF8 = true; continue }
                if value <= 0x9F { hasControl = true }   // C1 controls (two-byte forms start at U+0080)
                noteFormat(value)
                guard append(value) else { overCap = true; return }
            }
            if joinerPending { hasFormat = true }
        }

        /// Notes a format character (category Cf), before `value` is appended.
        ///
        /// Refused: they are invisible, so a person cannot see that they typed one, and
        /// keyboards and input methods differ in whether they insert them. Two uses are how
        /// people type emoji and pass: U+200D (zero-width joiner) between two emoji ("👩‍💻",
        /// "❤️‍🔥"), and the tag characters U+E0020–E007F after U+1F3F4 (the flags of
        /// England, Scotland, Wales). A joiner anywhere else (also in Indic scripts and, as
        /// U+200C, in Persian) counts as a format character: the encoding rule asks for
        /// passwords that type the same everywhere.
        @inline(__always)
        private mutating func noteFormat(_ value: UInt32) {
            if joinerPending {
                joinerPending = false
                if !PasswordText.isEmoji(value) { hasFormat = true }
            }
            guard value >= 0xAD, PasswordText.isFormat(value) else { return }
            let base = charCount > 0 ? chars[charCount - 1].base : 0
            if value == 0x200D && PasswordText.isEmoji(base) {
                joinerPending = true
            } else if !(value >= 0xE0020 && value <= 0xE007F && base == 0x1F3F4) {
                hasFormat = true
            }
        }

        /// Adds an ASCII character, given as its entry in `asciiTable` (an ASCII character
        /// never joins the one before); returns false once the character count passes the cap.
        @inline(__always)
        mutating func appendASCII(_ analyzed: AnalyzedChar) -> Bool {
            if scalarCount >= scalarCapacity || charCount >= charLimit { return false }
            var char = analyzed
            char.scalarStart = Int32(truncatingIfNeeded: scalarCount)
            add(char, char.base)
            return true
        }

        /// Adds one scalar; returns false once the character count passes the cap.
        @inline(__always)
        mutating func append(_ value: UInt32) -> Bool {
            if scalarCount >= scalarCapacity { return false }
            if charCount > 0,
               PasswordText.extendsPrevious(value, previous: scalars[scalarCount - 1], lastChar: chars[charCount - 1])
            {
                scalars[scalarCount] = value
                scalarCount += 1
                chars[charCount - 1].scalarCount += 1
                return true
            }
            if charCount >= charLimit { return false }
            add(PasswordText.analyze(value, at: Int32(truncatingIfNeeded: scalarCount)), value)
            return true
        }

        /// The most identical characters in a row among `chars[..<count]`, for text that is not
        /// all ASCII (where a mark may join a character after it was compared).
        @inline(never)
        private static func longestRun(
            _ chars: UnsafeMutablePointer<AnalyzedChar>, _ count: Int,
            _ scalars: UnsafeMutablePointer<UInt32>, _ scalarCount: Int
        ) -> Int {
            guard count > 0 else { return 0 }
            let chars = UnsafeBufferPointer(start: chars, count: count)
            let scalars = UnsafeBufferPointer(start: scalars, count: scalarCount)
            var longest = 1, run = 1
            for i in 1..<count {
                run = PasswordText.same(chars[i], chars[i - 1], scalars: scalars) ? run + 1 : 1
                longest = max(longest, run)
            }
            return longest
        }

        @inline(__always)
        private mutating func add(_ char: AnalyzedChar, _ value: UInt32) {
            (chars + charCount).initialize(to: char)
            charCount += 1
            scalars[scalarCount] = value
            scalarCount += 1
            classes.insert(ClassSet(char.characterClass))
        }
    }

    /// The scalar encoded by the multi-byte sequence at `bytes[i]` and the sequence's length;
    /// nil and 1 for a byte that starts no valid sequence, nil and the rest of the input for
    /// a sequence cut off by its end (which ends the decoding). Kept out of line: the ASCII
    /// loop runs faster without it.
    @inline(never)
    private static func decodeSequence(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32?, Int) {
        let b0 = bytes[i]
        var value: UInt32
        let length: Int
        if b0 >= 0xC2 && b0 <= 0xDF {
            length = 2
            value = UInt32(b0 & 0x1F)
        } else if b0 >= 0xE0 && b0 <= 0xEF {
            length = 3
            value = UInt32(b0 & 0x0F)
        } else if b0 >= 0xF0 && b0 <= 0xF4 {
            length = 4
            value = UInt32(b0 & 0x07)
        } else {
            return (nil, 1)
        }
        let left = bytes.count - i
        guard left >= length else { return (nil, left) }
        for k in 1..<length {
            let b = bytes[i + k]
            if b & 0xC0 != 0x80 { return (nil, 1) }
            value = (value << 6) | UInt32(b & 0x3F)
        }
        // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
        if (length == 3 && value < 0x800) || (length == 4 && value < 0x10000)
            || (value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF
        {
            return (nil, 1)
        }
        return (value, length)
    }

    /// Every ASCII character analysed once, in byte order (with `scalarStart` 0): decoding
    /// copies an entry instead of classifying each byte again.
    private static let asciiTable: [AnalyzedChar] = (0..<0x80).map { analyzeASCII($0, at: 0) }
    /// This text's reference to the table: reading a `let` of the instance skips the static's
    /// once-only initialisation check on every load.
    private let asciiChars = PasswordText.asciiTable

    private static func analyzeASCII(_ value: UInt32, at index: Int32) -> AnalyzedChar {
        var folded = value
        let cls: CharacterClass
        switch value {
        case 0x41...0x5A: cls = .upper; folded = value + 0x20
        case 0x61...0x7A: cls = .lower
        case 0x30...0x39: cls = .digit
        default: cls = .special
        }
        let alts = LookAlike.letters(for: value)
        return AnalyzedChar(base: value, folded: folded, alt1: alts.0, alt2: alts.1,
                            characterClass: cls, scalarStart: index, scalarCount: 1)
    }

    /// `analyzeASCII` for any scalar. Out of line, as are `decodeSequence` and `extendsPrevious`:
    /// only characters beyond ASCII need them.
    @inline(never)
    private static func analyze(_ value: UInt32, at index: Int32) -> AnalyzedChar {
        if value < 0x80 { return analyzeASCII(value, at: index) }
        var folded = value
        var cls = CharacterClass.special
        if let scalar = Unicode.Scalar(value) {
            cls = CharacterClass.of(scalar)
            if cls == .upper {
                var it = scalar.properties.lowercaseMapping.unicodeScalars.makeIterator()
                if let first = it.next(), it.next() == nil { folded = first.value }
            }
        }
        let alts = LookAlike.letters(for: value)
        return AnalyzedChar(base: value, folded: folded, alt1: alts.0, alt2: alts.1,
                            characterClass: cls, scalarStart: index, scalarCount: 1)
    }

    /// Whether `value` joins the character before it instead of starting a new one: combining
    /// marks, variation selectors, emoji modifiers, zero-width joiner sequences and the second
    /// regional indicator of a flag. (A close reading of extended grapheme clusters that needs
    /// no `String`, which could not be wiped.)
    @inline(never)
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

    /// Whether `value` is in Unicode category Cf (format).
    @inline(never)
    static func isFormat(_ value: UInt32) -> Bool {
        Unicode.Scalar(value)?.properties.generalCategory == .format
    }

    /// Whether `value` is an emoji beyond ASCII (the Emoji property also holds for the
    /// digits, "#" and "*", which a joiner never follows in an emoji sequence).
    @inline(never)
    static func isEmoji(_ value: UInt32) -> Bool {
        value > 0x7F && Unicode.Scalar(value)?.properties.isEmoji == true
    }

    /// Whether `x` and `y`, characters of the text whose `scalars` are given, are the same
    /// character (the same scalars).
    @inline(__always)
    public static func same(_ x: AnalyzedChar, _ y: AnalyzedChar, scalars: UnsafeBufferPointer<UInt32>) -> Bool {
        // The base is the first scalar: comparing it first settles nearly every pair.
        guard x.base == y.base, x.scalarCount == y.scalarCount else { return false }
        for k in 0..<Int(x.scalarCount) where scalars[Int(x.scalarStart) + k] != scalars[Int(y.scalarStart) + k] {
            return false
        }
        return true
    }

    /// Zeroes every decoded copy and empties the text (keeping the storage).
    public func wipe() {
        secureWipe(UnsafeMutableRawBufferPointer(start: charStorage, count: charCount * MemoryLayout<AnalyzedChar>.stride))
        secureWipe(UnsafeMutableRawBufferPointer(start: scalarStorage, count: scalarCount * MemoryLayout<UInt32>.stride))
        charCount = 0
        scalarCount = 0
        classes = ClassSet()
        longestRun = 0
    }
}
