/// What the login check (`pam_sm_acct_mgmt`) should do about the password's age.
public enum LoginAgeOutcome: Sendable, Equatable {
    case ok
    /// The password is valid for `daysLeft` more days (0: today is the last day).
    case warn(daysLeft: Int)
    /// The password is `ageDays` old, more than the `maxDays` that apply.
    case expired(ageDays: Int, maxDays: Int)
    /// shadow's last change is 0: the administrator requires a new password now.
    case mustChange

    /// The sentence to show the person, in English; nil for `.ok`.
    public var message: String? { message(.english) }

    /// The sentence to show the person, in `language`; nil for `.ok`.
    public func message(_ language: Language) -> String? {
        switch self {
        case .ok: return nil
        case .warn(let daysLeft): return Messages.rotationWarning(daysLeft: daysLeft, language)
        case .expired(let ageDays, let maxDays): return Messages.rotationExpired(ageDays: ageDays, maxDays: maxDays, language)
        case .mustChange: return Messages.rotationMustChange(language)
        }
    }
}

/// The password-age check at login, with the same rules as `passpolicy due`.
public enum LoginAge {
    /// - `lastChange`: shadow's lastchg (`sp_lstchg`); nil or negative (glibc gives -1 for
    ///   an empty field) means ageing is off for the account; 0 means a change is required.
    /// - `shadowMax`: shadow's max (`sp_max`); nil, negative (empty field) or 99999+ is none.
    /// - `today`: the day number (`ShadowDay.today()`).
    /// The limit is the smaller of `settings.maxAge` (0 = off) and `shadowMax`; the person is
    /// warned when `settings.warnAge` or fewer days are left (as shadow's login warns).
    public static func evaluate(lastChange: Int?, shadowMax: Int?, today: Int, settings: Settings) -> LoginAgeOutcome {
        guard let lastChange, lastChange >= 0 else { return .ok }
        if lastChange == 0 { return .mustChange }
        let sourceMax = shadowMax.flatMap { $0 >= 0 && $0 < ShadowEntry.noMaximum ? $0 : nil }
        guard let maxDays = PasswordAge.effectiveMaxDays(policyMaxAge: settings.maxAge, sourceMaxDays: sourceMax) else {
            return .ok
        }
        let (age, o1) = today.subtractingReportingOverflow(lastChange)
        let (left, o2) = maxDays.subtractingReportingOverflow(age)
        if o1 || o2 { return .ok }
        if left < 0 { return .expired(ageDays: age, maxDays: maxDays) }
        if left <= settings.warnAge { return .warn(daysLeft: left) }
        return .ok
    }
}
