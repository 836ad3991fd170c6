/// The four character classes of a school password policy.
public enum CharacterClass: Int, Sendable, CaseIterable {
    case upper = 0
    case lower = 1
    case digit = 2
    case special = 3

    /// The class of a character, judged by its first (base) scalar. Letters beyond ASCII count
    /// by their case ("Ä" upper, "ü" lower); a letter without case, a space, "£" and every
    /// other character count as special.
    public static func of(_ scalar: Unicode.Scalar) -> CharacterClass {
        let v = scalar.value
        if v < 0x80 {
            switch v {
            case 0x41...0x5A: return .upper
            case 0x61...0x7A: return .lower
            case 0x30...0x39: return .digit
            default: return .special
            }
        }
        let p = scalar.properties
        if p.isUppercase { return .upper }
        if p.isLowercase { return .lower }
        if p.generalCategory == .decimalNumber { return .digit }
        return .special
    }
}

/// A set of character classes, small enough to pass around by value.
public struct ClassSet: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let upper = ClassSet(rawValue: 1 << 0)
    public static let lower = ClassSet(rawValue: 1 << 1)
    public static let digit = ClassSet(rawValue: 1 << 2)
    public static let special = ClassSet(rawValue: 1 << 3)

    public init(_ c: CharacterClass) { self.init(rawValue: 1 &<< UInt8(truncatingIfNeeded: c.rawValue)) }

    public var count: Int { rawValue.nonzeroBitCount }
}

/// A class a policy always requires. `letter` is satisfied by either case, so a policy of
/// "letters + digits + specials" is `required_classes = letter, digit, special`.
public enum RequiredClass: String, Sendable, CaseIterable {
    case upper, lower, letter, digit, special

    public func isSatisfied(by present: ClassSet) -> Bool {
        switch self {
        case .upper: return present.contains(.upper)
        case .lower: return present.contains(.lower)
        case .letter: return !present.isDisjoint(with: [.upper, .lower])
        case .digit: return present.contains(.digit)
        case .special: return present.contains(.special)
        }
    }
}
