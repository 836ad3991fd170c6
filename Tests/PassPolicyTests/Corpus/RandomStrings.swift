/// Random strings of 10–16 characters from several generators, for the floor "random strings:
/// none refused": printable ASCII, letters and digits, base64's alphabet, and pronounceable
/// strings built the way pwgen builds them (consonant and vowel units, a capital, a digit).
/// Every one meets the composition rules (`PolicyShape`).
enum RandomStrings {
    enum Kind: CaseIterable { case printable, alphanumeric, base64, pronounceable }

    static let printable: [UInt8] = Array(0x21...0x7E)
    static let alphanumeric: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".utf8)
    static let base64: [UInt8] = alphanumeric + Array("+/".utf8)
    // pwgen's units (pw_phonemes.c): vowels, and consonants (the ones it never starts with
    // are left in: this only has to look like its output).
    static let vowels = ["a", "ae", "ah", "ai", "e", "ee", "ei", "i", "ie", "o", "oh", "oo", "u"]
    static let consonants = ["b", "c", "ch", "d", "f", "g", "gh", "h", "j", "k", "l", "m", "n", "ng", "p", "ph", "qu", "r",
                             "s", "sh", "t", "th", "v", "w", "x", "y", "z"]

    static func make(_ kind: Kind, count: Int, seed: UInt64) -> [String] {
        var rng = SeededRandom(seed: seed)
        var out: [String] = []
        out.reserveCapacity(count)
        while out.count < count {
            let length = Int.random(in: 10...16, using: &rng)
            let s: String
            switch kind {
            case .printable: s = String(decoding: (0..<length).map { _ in printable.randomElement(using: &rng)! }, as: UTF8.self)
            case .alphanumeric: s = String(decoding: (0..<length).map { _ in alphanumeric.randomElement(using: &rng)! }, as: UTF8.self)
            case .base64: s = String(decoding: (0..<length).map { _ in base64.randomElement(using: &rng)! }, as: UTF8.self)
            case .pronounceable: s = pronounceable(length: length, using: &rng)
            }
            if PolicyShape.passes(s) { out.append(s) }
        }
        return out
    }

    /// Consonant and vowel units in turn, a capital at the start of some units, a digit
    /// between some: "Aengoh4eiLoo", "ohPh1uilai".
    static func pronounceable(length: Int, using rng: inout SeededRandom) -> String {
        var s = ""
        var vowel = Bool.random(using: &rng)
        var digits = 0
        while s.count < length {
            var unit = (vowel ? vowels : consonants).randomElement(using: &rng)!
            if s.count + unit.count > length { unit = String(unit.prefix(length - s.count)) }
            if Int.random(in: 0..<5, using: &rng) == 0 { unit = unit.prefix(1).uppercased() + unit.dropFirst() }
            s += unit
            vowel.toggle()
            if s.count < length && (Int.random(in: 0..<4, using: &rng) == 0 || (digits == 0 && s.count >= length - 2)) {
                s += String(Int.random(in: 0...9, using: &rng))
                digits += 1
            }
        }
        return s
    }
}
