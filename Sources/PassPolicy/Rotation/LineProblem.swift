/// A line of shadow or passwd that could not be read. The other lines are still used.
public struct LineProblem: Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        /// The line does not have the number of `:`-separated fields the format has.
        case fieldCount(expected: Int, found: Int)
        case emptyUserName
        /// A numeric field (named as in shadow(5)/passwd(5)) is not a whole number from 0 to
        /// `max` (2147483647 for shadow, the range shadow's own tools accept).
        case badNumber(field: String, max: Int)
    }

    /// The file name, as given to the parser.
    public let file: String
    /// Counted from 1.
    public let line: Int
    public let reason: Reason

    public init(file: String, line: Int, reason: Reason) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    /// In English, and remembered for `LateTranslation.text` (`passpolicy due` shows it in the reader's language).
    public var description: String { LateTranslation.english { [self] in Messages.rotationLineProblem(self, $0) } }
}

/// Splitting a colon-separated account file without copying it: fields are handed out as
/// slices of one buffer (no reference counting per field, which dominated at 100,000 lines).
enum AccountLines {
    typealias Field = Slice<UnsafeBufferPointer<UInt8>>

    /// Calls `body` with each line's number (from 1) and its fields. Empty lines and NIS
    /// compat lines (`+…`, `-…`) are skipped: they name no local account.
    static func forEach(_ bytes: [UInt8], _ body: (_ line: Int, _ fields: [Field]) -> Void) {
        bytes.withUnsafeBufferPointer { buffer in
            var lineNumber = 0
            var start = 0
            let count = buffer.count
            var fields: [Field] = []
            fields.reserveCapacity(9)
            while start < count {
                lineNumber += 1
                var end = start
                while end < count && buffer[end] != UInt8(ascii: "\n") { end += 1 }
                var lineEnd = end
                if lineEnd > start && buffer[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
                if lineEnd > start, buffer[start] != UInt8(ascii: "+"), buffer[start] != UInt8(ascii: "-") {
                    fields.removeAll(keepingCapacity: true)
                    var fieldStart = start
                    var i = start
                    while i < lineEnd {
                        if buffer[i] == UInt8(ascii: ":") {
                            fields.append(buffer[fieldStart..<i])
                            fieldStart = i + 1
                        }
                        i += 1
                    }
                    fields.append(buffer[fieldStart..<lineEnd])
                    body(lineNumber, fields)
                }
                start = end + 1
            }
        }
    }

    /// A numeric field: empty, a value in 0...max, or bad (signs, other characters, or too
    /// large).
    static func number(_ field: Field, max: Int = ShadowDay.maxDay) -> NumberField {
        if field.isEmpty { return .empty }
        if field.count > 10 { return .bad }
        var value = 0
        for b in field {
            guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") else { return .bad }
            value = value * 10 + Int(b - UInt8(ascii: "0"))  // ≤ 10 digits: fits in Int64
        }
        return value <= max ? .value(value) : .bad
    }

    enum NumberField: Equatable {
        case empty
        case value(Int)
        case bad
    }

    static func text(_ field: Field) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: field), as: UTF8.self)
    }
}
