/// What is wrong with one value in the config file or on the PAM line.
public enum ValueProblem: Error, Sendable, Equatable {
    case missing
    case notAnInteger
    case outOfRange(ClosedRange<Int>)
    case notABoolean
    case unknownChoice([String])
    case notAnAbsolutePath
    /// `synced_systems` names a system in two groups.
    case notASyncedGroupList
}

/// One configuration key. The same table serves the config file, the PAM line
/// (`minlen=10`), `passpolicy config` and the documented example file.
public struct ConfigOption: Sendable {
    public let name: String
    /// One line for people: what the key does.
    public let summary: String
    /// The kind of value, for documentation: "integer 1–4096", "yes/no", "list", …
    public let valueHelp: String
    let apply: @Sendable (inout Settings, String) throws(ValueProblem) -> Void
    let render: @Sendable (Settings) -> String

    /// The value this option has in `settings`, as it would be written in the config file.
    public func value(in settings: Settings) -> String { render(settings) }

    /// Sets this option in `settings` from its textual value.
    public func apply(_ value: String, to settings: inout Settings) throws(ValueProblem) {
        try apply(&settings, value)
    }
}

extension ConfigOption {
    static func integer(
        _ name: String, _ range: ClosedRange<Int>, _ summary: String,
        _ keyPath: WritableKeyPath<Settings, Int> & Sendable
    ) -> ConfigOption {
        ConfigOption(
            name: name, summary: summary, valueHelp: "integer \(range.lowerBound)–\(range.upperBound)",
            apply: { (settings: inout Settings, text: String) throws(ValueProblem) in
                settings[keyPath: keyPath] = try parseInteger(text, in: range)
            },
            render: { String($0[keyPath: keyPath]) })
    }

    static func boolean(
        _ name: String, _ summary: String, _ keyPath: WritableKeyPath<Settings, Bool> & Sendable
    ) -> ConfigOption {
        ConfigOption(
            name: name, summary: summary, valueHelp: "yes/no",
            apply: { (settings: inout Settings, text: String) throws(ValueProblem) in
                settings[keyPath: keyPath] = try parseBoolean(text)
            },
            render: { $0[keyPath: keyPath] ? "yes" : "no" })
    }

    /// `required`: an empty value is an error (`dictpath`: there is no "no word list", that
    /// is `dictcheck = no`); otherwise empty means none (`pepper_file`, `store`).
    static func text(
        _ name: String, _ summary: String, path: Bool, required: Bool = false,
        _ keyPath: WritableKeyPath<Settings, String> & Sendable
    ) -> ConfigOption {
        ConfigOption(
            name: name, summary: summary, valueHelp: path ? "absolute path" : "text",
            apply: { (settings: inout Settings, text: String) throws(ValueProblem) in
                if required && text.isEmpty { throw .missing }
                if path && !text.isEmpty && !text.hasPrefix("/") { throw .notAnAbsolutePath }
                settings[keyPath: keyPath] = text
            },
            render: { $0[keyPath: keyPath] })
    }

    static func list(
        _ name: String, _ summary: String, paths: Bool,
        _ keyPath: WritableKeyPath<Settings, [String]> & Sendable
    ) -> ConfigOption {
        ConfigOption(
            name: name, summary: summary, valueHelp: paths ? "comma-separated paths" : "comma-separated list",
            apply: { (settings: inout Settings, text: String) throws(ValueProblem) in
                let items = splitList(text)
                if paths, items.contains(where: { !$0.hasPrefix("/") }) { throw .notAnAbsolutePath }
                settings[keyPath: keyPath] = items
            },
            render: { $0[keyPath: keyPath].joined(separator: ", ") })
    }

    static func choice<T: RawRepresentable & CaseIterable & Sendable>(
        _ name: String, _ summary: String, _ keyPath: WritableKeyPath<Settings, T> & Sendable
    ) -> ConfigOption where T.RawValue == String {
        let names = T.allCases.map(\.rawValue)
        return ConfigOption(
            name: name, summary: summary, valueHelp: names.joined(separator: "|"),
            apply: { (settings: inout Settings, text: String) throws(ValueProblem) in
                guard let value = T(rawValue: lowercased(text)) else { throw .unknownChoice(names) }
                settings[keyPath: keyPath] = value
            },
            render: { $0[keyPath: keyPath].rawValue })
    }
}

func parseInteger(_ text: String, in range: ClosedRange<Int>) throws(ValueProblem) -> Int {
    if text.isEmpty { throw .missing }
    // Int(_:) rejects signs in the middle, spaces and overflow; no trap on any input.
    guard let value = Int(text) else { throw .notAnInteger }
    guard range.contains(value) else { throw .outOfRange(range) }
    return value
}

func parseBoolean(_ text: String) throws(ValueProblem) -> Bool {
    switch lowercased(text) {
    case "", "1", "yes", "true", "on": return true  // a bare key (`enforce_for_root`) means yes
    case "0", "no", "false", "off": return false
    default: throw .notABoolean
    }
}

/// Splits "a, b ,c" into ["a", "b", "c"]; "" and "none" give an empty list.
///
/// By UTF-8 bytes, not Characters: a combining mark after the blank that follows a comma
/// makes one Character of the two, which then was neither trimmed nor split, so that a list
/// read back from its own rendering (`passpolicy config`) differed (found by fuzzing).
///
/// A list whose only item is `none` is empty however it is written (", none ,"): an empty
/// list is rendered as `none`, so a list holding just the word "none" could not be told from
/// it (found by fuzzing). With other items, "none" is an item like any other.
func splitList(_ text: String) -> [String] {
    let items = text.utf8.split(separator: 0x2C).map { item in
        var bytes = item[...]
        while let f = bytes.first, f == 0x20 || f == 0x09 || f == 0x0D { bytes.removeFirst() }
        while let l = bytes.last, l == 0x20 || l == 0x09 || l == 0x0D { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }.filter { !$0.isEmpty }
    if items.count == 1 && lowercased(items[0]) == "none" { return [] }
    return items
}

func lowercased(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.map { s in
        (s.value >= 0x41 && s.value <= 0x5A) ? Unicode.Scalar(UInt8(truncatingIfNeeded: s.value) | 0x20) : s
    }))
}

func trimmed(_ text: Substring) -> String {
    var s = text
    while let f = s.first, f == " " || f == "\t" || f == "\r" { s.removeFirst() }
    while let l = s.last, l == " " || l == "\t" || l == "\r" { s.removeLast() }
    return String(s)
}
