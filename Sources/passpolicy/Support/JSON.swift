/// A small JSON writer: the CLI's output needs objects of strings, numbers, booleans, arrays
/// and null, and no Foundation.
enum JSON {
    /// `text` as a JSON string literal, with quotes and control characters escaped.
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    static func violations(_ verdict: Verdict) -> String {
        "[" + verdict.violations.map {
            "{\"rule\": \(string($0.rule.rawValue)), \"message\": \(string($0.message))}"
        }.joined(separator: ", ") + "]"
    }
}

import PassPolicy
