/// One line of shadow(5): `name:password:lastchg:min:max:warn:inactive:expire:reserved`.
/// The hash itself is not kept, only what kind of value the password field holds.
public struct ShadowEntry: Sendable, Equatable {
    public let user: String
    public let password: PasswordState
    /// Day of the last change; nil when the field is empty (ageing disabled); 0 means the
    /// password must be changed at the next login.
    public let lastChange: Int?
    public let minDays: Int?
    /// The most days a password may be used; nil when empty. 99999 (and more) is how
    /// useradd writes "no limit": see `effectiveMaxDays`.
    public let maxDays: Int?
    public let warnDays: Int?
    public let inactiveDays: Int?
    /// Day the account (not the password) expires.
    public let expireDay: Int?

    public init(user: String, password: PasswordState, lastChange: Int?, minDays: Int? = nil,
                maxDays: Int?, warnDays: Int? = nil, inactiveDays: Int? = nil, expireDay: Int? = nil) {
        self.user = user
        self.password = password
        self.lastChange = lastChange
        self.minDays = minDays
        self.maxDays = maxDays
        self.warnDays = warnDays
        self.inactiveDays = inactiveDays
        self.expireDay = expireDay
    }

    /// The shadow max that limits a password: nil when empty or 99999 or more ("none").
    public var limitingMaxDays: Int? {
        guard let maxDays, maxDays < ShadowEntry.noMaximum else { return nil }
        return maxDays
    }

    /// What useradd writes for "no maximum age".
    public static let noMaximum = 99_999
}

/// The lines of a shadow file that could be read, and the ones that could not.
public struct ShadowFile: Sendable {
    public var entries: [ShadowEntry] = []
    public var problems: [LineProblem] = []

    /// Parses shadow(5) text. `file` names the file in problems. A line is refused as a
    /// whole, as shadow's own parser does, when it does not have 9 fields, has no user name,
    /// or has a numeric field that is not a whole number from 0 to 2147483647 (so `-1`, `1e3`
    /// and 99999999999 are reported rather than guessed at).
    public init(bytes: [UInt8], file: String) {
        entries.reserveCapacity(bytes.count / 48)
        var numbers = [Int?](repeating: nil, count: ShadowFile.numericFields.count)  // reused
        AccountLines.forEach(bytes) { line, f in
            guard f.count == 9 else {
                problems.append(LineProblem(file: file, line: line, reason: .fieldCount(expected: 9, found: f.count)))
                return
            }
            guard !f[0].isEmpty else {
                problems.append(LineProblem(file: file, line: line, reason: .emptyUserName))
                return
            }
            for (n, (index, name)) in ShadowFile.numericFields.enumerated() {
                switch AccountLines.number(f[index]) {
                case .empty: numbers[n] = nil
                case .value(let v): numbers[n] = v
                case .bad:
                    problems.append(LineProblem(file: file, line: line, reason: .badNumber(field: name, max: ShadowDay.maxDay)))
                    return
                }
            }
            entries.append(ShadowEntry(
                user: AccountLines.text(f[0]), password: PasswordState(field: f[1]),
                lastChange: numbers[0], minDays: numbers[1], maxDays: numbers[2],
                warnDays: numbers[3], inactiveDays: numbers[4], expireDay: numbers[5]))
        }
    }

    /// Field positions and their shadow(5) names, for messages.
    static let numericFields: [(Int, String)] = [
        (2, "last change"), (3, "minimum age"), (4, "maximum age"),
        (5, "warning period"), (6, "inactivity period"), (7, "expiration date"),
    ]
}
