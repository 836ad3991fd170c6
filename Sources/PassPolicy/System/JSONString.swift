/// JSON string literals written as UTF-8 bytes, for the outputs that build JSON without
/// Foundation (`passpolicy due`, `check --format json`, `check --batch`).
public enum JSONString {
    /// Appends `text` as a JSON string literal: quotes, backslashes and control characters
    /// (and DEL) escaped, everything else copied as it is.
    public static func append(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { append(bytes: $0, to: &out) }
    }

    /// Appends `bytes` as a JSON string literal, escaped as `append(_:to:)` does: for a
    /// password sent to passpolicyd, which is never made into a `String`.
    public static func append(bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(0x22)
        // Copy runs that need no escaping in one go; escape the rest byte by byte.
        var runStart = 0
        for (i, byte) in bytes.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
            runStart = i + 1
            switch byte {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: out.append(contentsOf: [0x5C, 0x72])
            case 0x09: out.append(contentsOf: [0x5C, 0x74])
            default: out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hexDigit(byte >> 4), hexDigit(byte & 0xF)])
            }
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        out.append(0x22)
    }

    /// Why a JSON string literal could not be read.
    public enum ReadFailure: Error, Sendable {
        case unterminated, badEscape, controlCharacter
    }

    /// Reads a string literal's content from `bytes`, starting at `index` just after its
    /// opening quote, and appends it to `out` as UTF-8 with its escapes decoded (surrogate
    /// pairs joined; a lone surrogate becomes U+FFFD). Other bytes are copied as they are,
    /// even invalid UTF-8. On return `index` is just past the closing quote. Never reads
    /// outside `bytes`.
    public static func read(_ bytes: UnsafeRawBufferPointer, at index: inout Int, into out: inout [UInt8]) throws(ReadFailure) {
        while index < bytes.count {
            let b = bytes[index]
            index += 1
            switch b {
            case 0x22: return
            case 0x5C: try readEscape(bytes, at: &index, into: &out)
            case 0..<0x20: throw .controlCharacter
            default: out.append(b)
            }
        }
        throw .unterminated
    }

    private static func readEscape(_ bytes: UnsafeRawBufferPointer, at index: inout Int, into out: inout [UInt8]) throws(ReadFailure) {
        guard index < bytes.count else { throw .unterminated }
        let e = bytes[index]
        index += 1
        switch e {
        case 0x22, 0x5C, 0x2F: out.append(e)
        case 0x62: out.append(0x08)
        case 0x66: out.append(0x0C)
        case 0x6E: out.append(0x0A)
        case 0x72: out.append(0x0D)
        case 0x74: out.append(0x09)
        case 0x75:
            var scalar = try hex4(bytes, at: &index)
            if (0xD800...0xDBFF).contains(scalar), bytes.count - index >= 6, bytes[index] == 0x5C, bytes[index + 1] == 0x75 {
                let save = index
                index += 2
                let low = try hex4(bytes, at: &index)
                if (0xDC00...0xDFFF).contains(low) {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    index = save
                }
            }
            appendUTF8(scalar, to: &out)
        default:
            throw .badEscape
        }
    }

    private static func hex4(_ bytes: UnsafeRawBufferPointer, at index: inout Int) throws(ReadFailure) -> UInt32 {
        guard bytes.count - index >= 4 else { throw .badEscape }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = bytes[index]
            index += 1
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            default: throw .badEscape
            }
            v = v << 4 | d
        }
        return v
    }

    private static func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
        let s = (0xD800...0xDFFF).contains(scalar) ? 0xFFFD : scalar
        switch s {
        case 0..<0x80:
            out.append(UInt8(s))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (s >> 6)))
            out.append(UInt8(0x80 | (s & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (s >> 12)))
            out.append(UInt8(0x80 | ((s >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (s & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (s >> 18)))
            out.append(UInt8(0x80 | ((s >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((s >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (s & 0x3F)))
        }
    }

    private static func hexDigit(_ v: UInt8) -> UInt8 { v < 10 ? 0x30 + v : 0x57 + v }
}

/// A verdict's violations as JSON, written one way for every front end: `passpolicy check
/// --format json`, `check --batch` and `passpolicyd` give the same bytes for the same verdict.
public enum VerdictJSON {
    /// Appends `[{"rule": …, "message": …}, …]`.
    public static func append(violations verdict: Verdict, to out: inout [UInt8]) {
        out.append(0x5B)
        for (i, v) in verdict.violations.enumerated() {
            if i > 0 { out.append(contentsOf: [0x2C, 0x20]) }
            append(violation: v, to: &out)
        }
        out.append(0x5D)
    }

    /// Appends one `{"rule": …, "message": …}` object.
    public static func append(violation: Violation, to out: inout [UInt8]) {
        out.append(contentsOf: "{\"rule\": ".utf8)
        JSONString.append(violation.rule.rawValue, to: &out)
        out.append(contentsOf: ", \"message\": ".utf8)
        JSONString.append(violation.message, to: &out)
        out.append(0x7D)
    }

    /// `{"accepted": …, "violations": […]}` and a newline: `check --format json`'s output.
    public static func verdict(_ verdict: Verdict) -> [UInt8] {
        var out: [UInt8] = []
        out.append(contentsOf: (verdict.accepted ? "{\"accepted\": true, \"violations\": " : "{\"accepted\": false, \"violations\": ").utf8)
        append(violations: verdict, to: &out)
        out.append(contentsOf: "}\n".utf8)
        return out
    }
}
