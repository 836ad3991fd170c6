/// Where an account stands with password rotation (the `status` column of `passpolicy due`).
public enum AgeStatus: String, Sendable, CaseIterable {
    /// The password is older than the limit.
    case expired
    /// It expires within the number of days asked about (`--within`, default `warnage`).
    case due
    /// shadow's last change is 0: a new password is required at the next login.
    case mustChange = "must-change"
    /// No ageing applies: no limit (maxage 0 and no shadow max) or an empty last-change field.
    case never
    /// `!` before a real hash: the account is locked, the dates still shown.
    case locked
    /// No usable password (`*`, `!`, `!!`, `!*`, or an empty field): nothing to rotate.
    case noPassword = "no-password"
    case ok
}

/// The evaluated age of one record.
public struct AccountAge: Sendable, Equatable {
    public let user: String
    public let source: String
    /// Day of the last change; nil when unset or when a change is required (shadow's 0).
    public let lastChange: Int?
    /// The last day the password is still valid; nil when it never expires.
    public let expires: Int?
    /// `expires - today`: 0 is the last valid day, negative means expired.
    public let daysLeft: Int?
    public let status: AgeStatus
    /// Whether the person has an account on this host; nil when not known (the service).
    public let localAccount: Bool?

    public init(user: String, source: String, lastChange: Int?, expires: Int?, daysLeft: Int?, status: AgeStatus,
                localAccount: Bool? = nil) {
        self.user = user
        self.source = source
        self.lastChange = lastChange
        self.expires = expires
        self.daysLeft = daysLeft
        self.status = status
        self.localAccount = localAccount
    }
}

/// The rotation rules, shared by `passpolicy due` and the login check (`LoginAge`).
///
/// A password changed on day C with limit M is valid through day C + M (its expiry date, as
/// `chage -l` prints it) and expired from C + M + 1 on, as pam_unix and login judge it
/// ("today - C > M").
public enum PasswordAge {
    /// The limit that applies: the smaller of the policy's `maxage` (0 = rotation off) and
    /// the source's own maximum (nil = none). Nil when neither sets one.
    public static func effectiveMaxDays(policyMaxAge: Int, sourceMaxDays: Int?) -> Int? {
        let policy = policyMaxAge > 0 ? policyMaxAge : nil
        switch (policy, sourceMaxDays) {
        case let (p?, s?): return min(p, s)
        case let (p?, nil): return p
        case let (nil, s?): return s
        case (nil, nil): return nil
        }
    }

    /// Evaluates one record on day `today`; `within` is the `due` window in days.
    public static func evaluate(_ record: AgeRecord, settings: Settings, today: Int, within: Int) -> AccountAge {
        var lastChange: Int?
        var expires: Int?
        var daysLeft: Int?
        var status: AgeStatus
        switch record.lastChange {
        case .unset:
            status = .never
        case .mustChange:
            status = .mustChange
        case .day(let day):
            lastChange = day
            status = .never
            if let max = effectiveMaxDays(policyMaxAge: settings.maxAge, sourceMaxDays: record.sourceMaxDays) {
                let (end, o1) = day.addingReportingOverflow(max)
                let (left, o2) = end.subtractingReportingOverflow(today)
                // Beyond Int the password cannot expire in any date we could print.
                if !o1 && !o2 {
                    expires = end
                    daysLeft = left
                    status = left < 0 ? .expired : left <= within ? .due : .ok
                }
            }
        }
        switch record.password {
        case .locked?:
            status = .locked
        case .disabled?, .empty?:
            status = .noPassword
            expires = nil
            daysLeft = nil
        case .usable?, nil:
            break
        }
        return AccountAge(user: record.user, source: record.source, lastChange: lastChange,
                          expires: expires, daysLeft: daysLeft, status: status, localAccount: record.localAccount)
    }
}
