/// A compiled gettext catalog (GNU `.mo`), read into memory once: English msgid → the
/// translated forms (one, or one per plural form), and the catalog's plural rule.
///
/// The reader is bounded and checks every offset before using it, so that a damaged or
/// hostile file gives nil (and the English messages), never a crash or a hang: at most
/// `maxBytes` of file, `maxEntries` strings, every string inside the file and valid UTF-8.
/// Untranslated entries (an empty msgstr) are left out, so their English is shown.
public final class MessageCatalog: Sendable {
    /// A catalog of passpolicy's few hundred sentences is some tens of kilobytes.
    public static let maxBytes = 1 << 20
    public static let maxEntries = 20_000

    /// msgid (the singular, for a plural entry) → the translated forms.
    let entries: [String: [String]]
    let plural: PluralRule

    /// How many translated entries the catalog holds.
    public var count: Int { entries.count }

    /// Parses the bytes of a `.mo` file; nil when they are not a usable one.
    public init?(bytes: [UInt8]) {
        guard bytes.count >= 28, bytes.count <= Self.maxBytes else { return nil }
        // The magic number tells the byte order the file was written in.
        let little: Bool
        switch (bytes[0], bytes[1], bytes[2], bytes[3]) {
        case (0xDE, 0x12, 0x04, 0x95): little = true
        case (0x95, 0x04, 0x12, 0xDE): little = false
        default: return nil
        }
        func word(_ at: Int) -> Int? {
            guard at >= 0, at <= bytes.count - 4 else { return nil }
            let b0 = Int(bytes[at]), b1 = Int(bytes[at + 1]), b2 = Int(bytes[at + 2]), b3 = Int(bytes[at + 3])
            return little ? b0 | b1 << 8 | b2 << 16 | b3 << 24 : b3 | b2 << 8 | b1 << 16 | b0 << 24
        }
        guard let revision = word(4), revision >> 16 <= 1,
              let n = word(8), n <= Self.maxEntries,
              let originals = word(12), let translations = word(16) else { return nil }
        /// The string described by the table entry at `at`: in the file, NUL-terminated.
        func string(_ at: Int) -> [UInt8]? {
            guard let length = word(at), let offset = word(at + 4),
                  offset <= bytes.count, length < bytes.count - offset, bytes[offset + length] == 0 else { return nil }
            return Array(bytes[offset..<(offset + length)])
        }
        var entries: [String: [String]] = [:]
        var header = ""
        for i in 0..<n {
            guard let id = string(originals + 8 * i), let text = string(translations + 8 * i) else { return nil }
            guard let forms = Self.split(text) else { return nil }
            if id.isEmpty {
                header = forms.first ?? ""
                continue
            }
            guard let key = Self.split(id)?.first else { return nil }
            if forms.allSatisfy({ $0.isEmpty }) { continue }
            entries[key] = forms
        }
        self.entries = entries
        self.plural = PluralRule(header: header) ?? .english
    }

    /// NUL-separated UTF-8 strings; nil when any is not valid UTF-8.
    private static func split(_ bytes: [UInt8]) -> [String]? {
        var out: [String] = []
        for part in bytes.split(separator: 0, omittingEmptySubsequences: false) {
            guard let s = String(validating: part, as: UTF8.self) else { return nil }
            out.append(s)
        }
        return out
    }

    /// The translation of `msgid`, nil when there is none.
    func lookup(_ msgid: String) -> String? {
        guard let form = entries[msgid]?.first, !form.isEmpty else { return nil }
        return form
    }

    /// The translated form of `singular` for the number `n`; nil when there is none.
    func lookup(_ singular: String, n: Int) -> String? {
        guard let forms = entries[singular] else { return nil }
        let index = plural.index(for: n)
        let form = index < forms.count ? forms[index] : forms[0]
        return form.isEmpty ? nil : form
    }
}

/// A catalog's `Plural-Forms` rule: `nplurals=N; plural=EXPR;`, with EXPR the C subset
/// gettext allows (n, numbers, ! * / % + - < > <= >= == != && || ?: and parentheses),
/// parsed once into a tree and evaluated for each number. Bounded: at most 256 characters
/// and 40 levels of nesting; division by zero gives 0; an index out of range gives form 0.
struct PluralRule: Sendable {
    indirect enum Node: Sendable {
        case n
        case number(UInt64)
        case not(Node)
        case binary(UInt8, Node, Node)
        case conditional(Node, Node, Node)
    }

    let count: Int
    let expression: Node

    /// English and languages like it: n != 1.
    static let english = PluralRule(count: 2, expression: .binary(Op.ne, .n, .number(1)))

    init(count: Int, expression: Node) {
        self.count = count
        self.expression = expression
    }

    /// The rule in a catalog header; nil when it has none or it cannot be parsed.
    init?(header: String) {
        guard let line = header.split(separator: "\n").first(where: { $0.hasPrefix("Plural-Forms:") }) else { return nil }
        self.init(line.dropFirst("Plural-Forms:".count))
    }

    /// Parses `nplurals=N; plural=EXPR;`.
    init?<S: StringProtocol>(_ text: S) {
        var nplurals: Int?
        var expression: Node?
        for part in text.split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { continue }
            let key = String(pair[0].filter { $0 != " " && $0 != "\t" })
            if key == "nplurals" { nplurals = Int(String(pair[1].filter { $0 != " " && $0 != "\t" })) }
            if key == "plural" {
                var parser = Parser(Array(pair[1].utf8))
                expression = parser.parse()
            }
        }
        guard let nplurals, (1...10).contains(nplurals), let expression else { return nil }
        self.init(count: nplurals, expression: expression)
    }

    /// Which form to use for `n`.
    func index(for n: Int) -> Int {
        let value = Self.evaluate(expression, UInt64(truncatingIfNeeded: Swift.max(0, n)))
        return value < UInt64(count) ? Int(value) : 0
    }

    enum Op {
        static let or: UInt8 = 1, and: UInt8 = 2, eq: UInt8 = 3, ne: UInt8 = 4, lt: UInt8 = 5, gt: UInt8 = 6
        static let le: UInt8 = 7, ge: UInt8 = 8, add: UInt8 = 9, sub: UInt8 = 10, mul: UInt8 = 11, div: UInt8 = 12
        static let mod: UInt8 = 13
    }

    static func evaluate(_ node: Node, _ n: UInt64) -> UInt64 {
        switch node {
        case .n: return n
        case .number(let v): return v
        case .not(let a): return evaluate(a, n) == 0 ? 1 : 0
        case .conditional(let c, let a, let b): return evaluate(c, n) != 0 ? evaluate(a, n) : evaluate(b, n)
        case .binary(let op, let a, let b):
            let x = evaluate(a, n)
            if op == Op.or { return x != 0 ? 1 : (evaluate(b, n) != 0 ? 1 : 0) }
            if op == Op.and { return x == 0 ? 0 : (evaluate(b, n) != 0 ? 1 : 0) }
            let y = evaluate(b, n)
            switch op {
            case Op.eq: return x == y ? 1 : 0
            case Op.ne: return x != y ? 1 : 0
            case Op.lt: return x < y ? 1 : 0
            case Op.gt: return x > y ? 1 : 0
            case Op.le: return x <= y ? 1 : 0
            case Op.ge: return x >= y ? 1 : 0
            case Op.add: return x &+ y
            case Op.sub: return x &- y
            case Op.mul: return x &* y
            case Op.div: return y == 0 ? 0 : x / y
            default: return y == 0 ? 0 : x % y
            }
        }
    }

    /// Recursive descent over the bytes of the expression, by C's precedence.
    struct Parser {
        let text: [UInt8]
        var at = 0
        var depth = 0
        var failed = false

        init(_ text: [UInt8]) { self.text = text }

        mutating func parse() -> Node? {
            guard text.count <= 256 else { return nil }
            let node = conditional()
            skipSpaces()
            return failed || at != text.count ? nil : node
        }

        mutating func skipSpaces() {
            while at < text.count, text[at] == 0x20 || text[at] == 0x09 || text[at] == 0x0A { at += 1 }
        }

        /// Consumes `token` (after spaces) if it is next.
        mutating func take(_ token: String) -> Bool {
            skipSpaces()
            let bytes = Array(token.utf8)
            guard at + bytes.count <= text.count, Array(text[at..<(at + bytes.count)]) == bytes else { return false }
            // "<" must not take the first half of "<=", "!" not of "!=", "=" never alone.
            if bytes.count == 1, at + 1 < text.count, text[at + 1] == 0x3D, "<>!=".utf8.contains(bytes[0]) { return false }
            at += bytes.count
            return true
        }

        mutating func conditional() -> Node {
            depth += 1
            defer { depth -= 1 }
            if depth > 40 { failed = true; return .number(0) }
            let c = binary(0)
            if take("?") {
                let a = conditional()
                if !take(":") { failed = true }
                let b = conditional()
                return .conditional(c, a, b)
            }
            return c
        }

        static let levels: [[(String, UInt8)]] = [
            [("||", Op.or)], [("&&", Op.and)], [("==", Op.eq), ("!=", Op.ne)],
            [("<=", Op.le), (">=", Op.ge), ("<", Op.lt), (">", Op.gt)],
            [("+", Op.add), ("-", Op.sub)], [("*", Op.mul), ("/", Op.div), ("%", Op.mod)],
        ]

        mutating func binary(_ level: Int) -> Node {
            if level == Self.levels.count { return unary() }
            var left = binary(level + 1)
            while !failed, let op = Self.levels[level].first(where: { take($0.0) }) {
                left = .binary(op.1, left, binary(level + 1))
            }
            return left
        }

        mutating func unary() -> Node {
            depth += 1
            defer { depth -= 1 }
            if depth > 40 { failed = true; return .number(0) }
            if take("!") { return .not(unary()) }
            if take("(") {
                let inner = conditional()
                if !take(")") { failed = true }
                return inner
            }
            skipSpaces()
            if at < text.count, text[at] == 0x6E { at += 1; return .n }
            var value: UInt64 = 0
            var digits = 0
            while at < text.count, text[at] >= 0x30, text[at] <= 0x39, digits < 18 {
                value = value * 10 + UInt64(text[at] - 0x30)
                at += 1
                digits += 1
            }
            if digits == 0 { failed = true }
            return .number(value)
        }
    }
}
