import PassPolicy

/// The policy service's answers, parsed: a small JSON reader for what passpolicyd writes
/// (objects, arrays, strings, numbers, booleans, null), without Foundation, which the PAM
/// module does not load. Bounded: nesting deeper than 16 levels is refused.
indirect enum ServiceJSON: Equatable {
    case object([String: ServiceJSON])
    case array([ServiceJSON])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    subscript(key: String) -> ServiceJSON? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    var string: String? { if case .string(let s) = self { return s } else { return nil } }
    var array: [ServiceJSON]? { if case .array(let a) = self { return a } else { return nil } }
    var number: Double? { if case .number(let n) = self { return n } else { return nil } }

    static func parse(_ bytes: [UInt8]) -> ServiceJSON? {
        var parser = Parser(bytes: bytes)
        guard let value = parser.value(depth: 0) else { return nil }
        parser.space()
        return parser.index == bytes.count ? value : nil
    }

    private struct Parser {
        let bytes: [UInt8]
        var index = 0

        mutating func space() {
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        }

        mutating func literal(_ text: String) -> Bool {
            let t = Array(text.utf8)
            guard bytes.count - index >= t.count, Array(bytes[index..<index + t.count]) == t else { return false }
            index += t.count
            return true
        }

        mutating func value(depth: Int) -> ServiceJSON? {
            guard depth < 16 else { return nil }
            space()
            guard index < bytes.count else { return nil }
            switch bytes[index] {
            case 0x7B: return object(depth: depth)
            case 0x5B: return array(depth: depth)
            case 0x22: return string().map(ServiceJSON.string)
            case 0x74: return literal("true") ? .bool(true) : nil
            case 0x66: return literal("false") ? .bool(false) : nil
            case 0x6E: return literal("null") ? .null : nil
            default: return number()
            }
        }

        mutating func object(depth: Int) -> ServiceJSON? {
            index += 1
            var members: [String: ServiceJSON] = [:]
            space()
            if index < bytes.count, bytes[index] == 0x7D { index += 1; return .object(members) }
            while true {
                space()
                guard let key = string() else { return nil }
                space()
                guard index < bytes.count, bytes[index] == 0x3A else { return nil }
                index += 1
                guard let v = value(depth: depth + 1) else { return nil }
                members[key] = v
                space()
                guard index < bytes.count else { return nil }
                if bytes[index] == 0x2C { index += 1; continue }
                guard bytes[index] == 0x7D else { return nil }
                index += 1
                return .object(members)
            }
        }

        mutating func array(depth: Int) -> ServiceJSON? {
            index += 1
            var items: [ServiceJSON] = []
            space()
            if index < bytes.count, bytes[index] == 0x5D { index += 1; return .array(items) }
            while true {
                guard let v = value(depth: depth + 1) else { return nil }
                items.append(v)
                space()
                guard index < bytes.count else { return nil }
                if bytes[index] == 0x2C { index += 1; continue }
                guard bytes[index] == 0x5D else { return nil }
                index += 1
                return .array(items)
            }
        }

        mutating func string() -> String? {
            guard index < bytes.count, bytes[index] == 0x22 else { return nil }
            index += 1
            var out: [UInt8] = []
            let read = bytes.withUnsafeBytes { raw -> Bool in
                do {
                    try JSONString.read(raw, at: &index, into: &out)
                    return true
                } catch {
                    return false
                }
            }
            return read ? String(validating: out, as: UTF8.self) : nil
        }

        mutating func number() -> ServiceJSON? {
            let start = index
            while index < bytes.count, (0x30...0x39).contains(bytes[index]) || [0x2D, 0x2B, 0x2E, 0x65, 0x45].contains(bytes[index]) {
                index += 1
            }
            return Double(String(decoding: bytes[start..<index], as: UTF8.self)).map(ServiceJSON.number)
        }
    }
}
