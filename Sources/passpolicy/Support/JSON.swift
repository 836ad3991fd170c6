import PassPolicy

/// A small JSON writer: the CLI's output needs objects of strings, numbers, booleans, arrays
/// and null, and no Foundation. It writes UTF-8 bytes directly: `--batch` produces hundreds of
/// thousands of lines a second.
enum JSON {
    /// Appends `text` as a JSON string literal (see `JSONString`).
    static func append(string text: String, to out: inout [UInt8]) {
        JSONString.append(text, to: &out)
    }

    /// `text` as a JSON string literal.
    static func string(_ text: String) -> String {
        var out: [UInt8] = []
        append(string: text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `[{"rule": …, "message": …}, …]` (see `VerdictJSON`).
    static func append(violations verdict: Verdict, to out: inout [UInt8]) {
        VerdictJSON.append(violations: verdict, to: &out)
    }

    /// Appends one `{"rule": …, "message": …}` object (see `VerdictJSON`).
    static func append(violation: Violation, to out: inout [UInt8]) {
        VerdictJSON.append(violation: violation, to: &out)
    }

    /// Appends the bytes of `text`, a literal of the program (no escaping).
    @inline(__always)
    static func append(raw text: StaticString, to out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends the violations of `verdict` as `append(violations:to:)` does, taking each
    /// `{"rule": …, "message": …}` object from `cache`.
    static func append(violations verdict: Verdict, to out: inout [UInt8], cache: inout ViolationCache) {
        out.append(0x5B)
        for (i, v) in verdict.violations.enumerated() {
            if i > 0 { append(raw: ", ", to: &out) }
            cache.append(v, to: &out)
        }
        out.append(0x5D)
    }

    /// Each distinct violation written once as JSON, for output that repeats the same few
    /// messages hundreds of thousands of times.
    ///
    /// Looked up by rule, then by message, in a short list rather than a hash table: the
    /// checker makes most messages once, so an equal message is nearly always the very same
    /// string, which `==` recognises without reading its ~250 bytes (hashing reads them all).
    struct ViolationCache {
        private struct Entry {
            let rule: RuleID
            let message: String
            let json: [UInt8]
        }

        private var entries: [Entry] = []
        /// Past this many distinct violations (names in messages vary), new ones are written
        /// directly instead of being remembered.
        private let capacity = 64

        mutating func append(_ violation: Violation, to out: inout [UInt8]) {
            for i in entries.indices where entries[i].rule == violation.rule && entries[i].message == violation.message {
                out.append(contentsOf: entries[i].json)
                return
            }
            var json: [UInt8] = []
            JSON.append(violation: violation, to: &json)
            out.append(contentsOf: json)
            if entries.count < capacity {
                entries.append(Entry(rule: violation.rule, message: violation.message, json: json))
            }
        }
    }
}
