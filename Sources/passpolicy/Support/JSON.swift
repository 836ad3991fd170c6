import PassPolicy

/// A small JSON writer: the CLI's output needs objects of strings, numbers, booleans, arrays
/// and null, and no Foundation. It writes UTF-8 bytes directly: `--batch` produces hundreds of
/// thousands of lines a second.
enum JSON {
    /// Appends `text` as a JSON string literal, with quotes and control characters escaped.
    static func append(string text: String, to out: inout [UInt8]) {
        out.append(0x22)
        var text = text
        text.withUTF8 { bytes in
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
        }
        out.append(0x22)
    }

    private static func hexDigit(_ v: UInt8) -> UInt8 { v < 10 ? 0x30 + v : 0x57 + v }

    /// `text` as a JSON string literal.
    static func string(_ text: String) -> String {
        var out: [UInt8] = []
        append(string: text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `[{"rule": …, "message": …}, …]`.
    static func append(violations verdict: Verdict, to out: inout [UInt8]) {
        out.append(0x5B)
        for (i, v) in verdict.violations.enumerated() {
            if i > 0 { out.append(contentsOf: ", ".utf8) }
            out.append(contentsOf: "{\"rule\": ".utf8)
            append(string: v.rule.rawValue, to: &out)
            out.append(contentsOf: ", \"message\": ".utf8)
            append(string: v.message, to: &out)
            out.append(0x7D)
        }
        out.append(0x5D)
    }

    /// As `append(violations:to:)`, escaping each distinct message once.
    static func append(violations verdict: Verdict, to out: inout [UInt8], cache: inout [String: [UInt8]]) {
        out.append(0x5B)
        for (i, v) in verdict.violations.enumerated() {
            if i > 0 { out.append(contentsOf: ", ".utf8) }
            out.append(contentsOf: "{\"rule\": ".utf8)
            append(string: v.rule.rawValue, to: &out)
            out.append(contentsOf: ", \"message\": ".utf8)
            if let bytes = cache[v.message] {
                out.append(contentsOf: bytes)
            } else {
                var bytes: [UInt8] = []
                append(string: v.message, to: &bytes)
                if cache.count < 4096 { cache[v.message] = bytes }
                out.append(contentsOf: bytes)
            }
            out.append(0x7D)
        }
        out.append(0x5D)
    }

    static func violations(_ verdict: Verdict) -> String {
        var out: [UInt8] = []
        append(violations: verdict, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
