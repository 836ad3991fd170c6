/// JSON string literals written as UTF-8 bytes, for the outputs that build JSON without
/// Foundation (`passpolicy due`, `check --format json`, `check --batch`).
public enum JSONString {
    /// Appends `text` as a JSON string literal: quotes, backslashes and control characters
    /// (and DEL) escaped, everything else copied as it is.
    public static func append(_ text: String, to out: inout [UInt8]) {
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
