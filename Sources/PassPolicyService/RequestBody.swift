import PassPolicy

#if canImport(Glibc)
import Glibc
#endif

/// The body of `POST /v1/check` and `POST /v1/changes`: one flat JSON object of strings.
///
/// Parsed by hand rather than with a JSON library because the password must stay in bytes the
/// service wipes: a decoder would put it into a Swift `String`, whose copies no one can wipe.
/// Only what these bodies need is accepted — an object of string members with
/// known names, each at most once — and anything else is a 400, never a guess.
struct RequestBody {
    /// The password's UTF-8 bytes (escapes decoded), wiped when the last reference goes.
    private(set) var password: SecretBytes?
    private(set) var fields: [String: String] = [:]

    /// Parses `bytes`, allowing only `allowed` member names besides `password`.
    init(parsing bytes: UnsafeRawBufferPointer, allowed: Set<String>) throws(RequestBodyError) {
        var reader = Reader(bytes: bytes)
        reader.skipSpace()
        guard reader.take(0x7B) else { throw .notAnObject }
        reader.skipSpace()
        if reader.take(0x7D) {
            reader.skipSpace()
            guard reader.atEnd else { throw .trailingData }
            return
        }
        while true {
            reader.skipSpace()
            var nameBytes = try reader.string()
            let name = String(decoding: nameBytes, as: UTF8.self)
            nameBytes.removeAll()
            guard name == "password" || allowed.contains(name) else { throw .unknownField(name) }
            guard !(name == "password" ? password != nil : fields[name] != nil) else { throw .duplicateField(name) }
            reader.skipSpace()
            guard reader.take(0x3A) else { throw .syntax }
            reader.skipSpace()
            if reader.peek == 0x22 {
                var value = try reader.string()
                if name == "password" {
                    password = SecretBytes(value)
                    value.withUnsafeMutableBytes { secureWipe($0) }
                } else {
                    guard value.count <= 1024, let text = String(validating: value, as: UTF8.self) else {
                        value.withUnsafeMutableBytes { secureWipe($0) }
                        throw .badValue(name)
                    }
                    fields[name] = text
                }
            } else {
                throw .notAString(name)
            }
            reader.skipSpace()
            if reader.take(0x2C) { continue }
            guard reader.take(0x7D) else { throw .syntax }
            reader.skipSpace()
            guard reader.atEnd else { throw .trailingData }
            return
        }
    }
}

/// Why a request body was refused; each case names at most a member's name, never a value.
public enum RequestBodyError: Error, Equatable, CustomStringConvertible {
    case notAnObject, syntax, trailingData, badEscape, unterminated, controlCharacter
    case unknownField(String), duplicateField(String), notAString(String), badValue(String)

    public var description: String { message(.english) }

    /// The API error's message (400) in `l`; field names stay as they are.
    public func message(_ l: Language) -> String {
        switch self {
        case .notAnObject:
            // TRANSLATORS: passpolicyd API error 400: the request body is not a JSON object ({…}).
            return l.tr("The body must be a JSON object.")
        case .syntax:
            // TRANSLATORS: passpolicyd API error 400.
            return l.tr("The body is not valid JSON.")
        case .trailingData:
            // TRANSLATORS: passpolicyd API error 400.
            return l.tr("The body has data after its JSON object.")
        case .badEscape:
            // TRANSLATORS: passpolicyd API error 400: a bad backslash escape (\\x) in a JSON string.
            return l.tr("The body has an invalid escape in a string.")
        case .unterminated:
            // TRANSLATORS: passpolicyd API error 400: a JSON string without its closing quote.
            return l.tr("The body has an unterminated string.")
        case .controlCharacter:
            // TRANSLATORS: passpolicyd API error 400: a raw tab or newline inside a JSON string.
            return l.tr("The body has an unescaped control character in a string.")
        case .unknownField(let name):
            // TRANSLATORS: passpolicyd API error 400; {name} is a JSON field name, as sent.
            return l.tr("Unknown field `{name}`.", ["name": Messages.printable(String(name.prefix(64)))])
        case .duplicateField(let name):
            // TRANSLATORS: passpolicyd API error 400; {name} is a JSON field name.
            return l.tr("The field `{name}` is given twice.", ["name": Messages.printable(name)])
        case .notAString(let name):
            // TRANSLATORS: passpolicyd API error 400; {name} is a JSON field name.
            return l.tr("The field `{name}` must be a string.", ["name": Messages.printable(name)])
        case .badValue(let name):
            // TRANSLATORS: passpolicyd API error 400; {name} is a JSON field name.
            return l.tr("The field `{name}` must be UTF-8 text of at most 1,024 bytes.", ["name": Messages.printable(name)])
        }
    }
}

/// A cursor over the body's bytes. Never reads past the end; counts nothing that could overflow.
private struct Reader {
    let bytes: UnsafeRawBufferPointer
    var index = 0

    var atEnd: Bool { index >= bytes.count }
    var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    mutating func skipSpace() {
        while let b = peek, b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { index += 1 }
    }

    mutating func take(_ byte: UInt8) -> Bool {
        guard peek == byte else { return false }
        index += 1
        return true
    }

    /// A JSON string's content as UTF-8 bytes (`JSONString.read`), in a buffer that never
    /// grows (growing would leave copies of the password in freed memory) and is wiped when
    /// the string is malformed.
    mutating func string() throws(RequestBodyError) -> [UInt8] {
        guard take(0x22) else { throw .syntax }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count - index)
        do {
            try JSONString.read(bytes, at: &index, into: &out)
        } catch {
            out.withUnsafeMutableBytes { secureWipe($0) }
            switch error {
            case .unterminated: throw .unterminated
            case .badEscape: throw .badEscape
            case .controlCharacter: throw .controlCharacter
            }
        }
        return out
    }
}
