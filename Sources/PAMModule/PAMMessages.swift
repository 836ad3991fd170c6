import PassPolicy

/// Every sentence the PAM module shows a person or writes to syslog. The rules' own messages
/// stay in the core's `Messages`; these belong to the module alone.
extension Messages {
    /// Shown when the history store cannot be reached and `store_unavailable = refuse`.
    static let pamHistoryUnavailable =
        "passpolicy: the password history cannot be reached, so the password cannot be changed now; try again later or tell your administrator."
    /// syslog: the change happened but the history could not record it.
    static func pamHistoryNotRecorded(_ reason: String) -> String {
        "passpolicy: the password change was not recorded in the history: \(reason)"
    }
    /// debug syslog: a quiet pam_end (PAM_DATA_SILENT, a forked copy) could not record.
    static func pamDebugQuietRecordFailed(_ reason: String) -> String {
        "a quiet pam_end (PAM_DATA_SILENT) did not record the change (the other process records it): \(reason)"
    }
    /// syslog: `store_unavailable = allow` let a change through without the history.
    static func pamHistorySkipped(_ reason: String) -> String {
        "passpolicy: \(reason); reuse not checked (store_unavailable = allow)"
    }
    static func pamNoShadowEntry(_ user: String) -> String {
        "passpolicy: no shadow entry for \(user); password age not checked"
    }
    static let pamNewPasswordPrompt = "New password: "
    static let pamRetypePrompt = "Retype new password: "
    static let pamMismatch = "Sorry, the passwords do not match. Try again."
    static let pamNoPassword = "No password has been given; the password is not changed."
    static let pamTooManyTries = "No acceptable new password was given; the password is not changed."
    /// Each broken rule, as pam_pwquality and pam_cracklib word it, so people and scripts
    /// that know those modules recognise it.
    static func pamBadPassword(_ message: String) -> String { "BAD PASSWORD: \(message)" }
    /// Without a terminal (chpasswd, scripts): one line, the rule ids only.
    static func pamBadPasswordShort(rules: [String]) -> String {
        "BAD PASSWORD: it breaks the policy (\(rules.joined(separator: ", "))); `passpolicy check` explains each rule."
    }
    /// `enforcing = no`: the broken rules were shown as warnings and the change goes on.
    static let pamNotEnforcing =
        "The password is accepted anyway: the policy is not enforced yet (enforcing = no)."
    /// syslog, `enforcing = no`: what would have been refused, for the admin's rollout.
    static func pamNotEnforcingLog(user: String, rules: [String]) -> String {
        "enforcing = no: a password of \(printable(user)) breaking \(rules.joined(separator: ", ")) was let through"
    }
    /// syslog, login: an expiry passpolicy enforced (its maxage, or shadow's stricter one).
    static func pamExpiryEnforced(user: String, ageDays: Int, maxDays: Int) -> String {
        "password of \(printable(user)) expired: \(ageDays) days old, the limit is \(maxDays) days; a new one is required"
    }
    /// syslog, login: shadow's last change is 0.
    static func pamChangeRequired(user: String) -> String {
        "password of \(printable(user)) must be changed: the administrator requires a new one"
    }
    /// Root set a password that breaks rules and `enforce_for_root` is off.
    static let pamRootOverride =
        "The password is accepted anyway because root set it (enforce_for_root is off)."
    /// Shown to the person when the configuration is broken (fail closed): where, so that the
    /// helpdesk knows which file to mend; the full error goes to syslog.
    static func pamConfigurationError(at place: String) -> String {
        "passpolicy: system configuration error (\(place)), the password cannot be changed; tell your administrator."
    }
    /// Shown to the person when the word list is missing or damaged (fail closed).
    static func pamWordListUnavailable(path: String, reason: String) -> String {
        "passpolicy: the word list \(path) cannot be used (\(reason)), so the password cannot be changed; tell your administrator (`passpolicy dict build` makes it)."
    }
    /// The syslog line for a broken configuration: the full error, with file, line and key.
    static func pamConfigurationLog(_ detail: String) -> String {
        "configuration error, password changes refused: \(detail)"
    }
    static func pamNoUser(_ code: Int32) -> String {
        "cannot get the user name from libpam (PAM error \(code)); password change refused"
    }
    static func pamCannotSetAuthtok(_ code: Int32) -> String {
        "cannot hand the new password on in PAM_AUTHTOK (PAM error \(code))"
    }
    static func pamConversationFailed(_ code: Int32) -> String {
        "the conversation with the application failed (PAM error \(code))"
    }
    /// Debug syslog lines: counts and rule ids only, never a password or a part of one.
    static func pamDebugRejected(attempt: Int, rules: [String]) -> String {
        "attempt \(attempt): rejected by \(rules.joined(separator: ", "))"
    }
    static func pamDebugNotLocal(_ user: String) -> String {
        "user '\(printable(user))' is not in /etc/passwd: ignored (local_users_only)"
    }
    static func pamDebugMismatch(attempt: Int) -> String {
        "attempt \(attempt): the two entries differ"
    }
    static func pamDebugAccepted(attempt: Int, rootOverride: Bool) -> String {
        rootOverride ? "attempt \(attempt): accepted because root set it" : "attempt \(attempt): accepted"
    }

    /// The policy in one short line, shown before the first prompt, e.g. "Password policy:
    /// at least 8 characters, 3 of upper/lower/digit/special, no doubled characters, not
    /// your name, not a dictionary word."
    static func pamPolicySummary(_ s: Settings) -> String {
        var parts = ["at least \(s.minLength) character\(s.minLength == 1 ? "" : "s")"]
        if s.minClasses > 0 { parts.append("\(s.minClasses) of upper/lower/digit/special") }
        for required in s.requiredClasses { parts.append("with \(requiredName(required))") }
        switch s.maxRepeat {
        case 0: break
        case 1: parts.append("no doubled characters")
        default: parts.append("no more than \(s.maxRepeat) identical characters in a row")
        }
        if s.userCheck || s.personalCheck { parts.append("not your name") }
        if s.dictCheck { parts.append("not a dictionary word") }
        return "Password policy: " + parts.joined(separator: ", ") + "."
    }

    /// Login check: the store could not be read, so shadow's date was used.
    static func pamLastChangeFromShadow(_ reason: String) -> String {
        "the password history could not be read for the login age check, shadow's last change is used: \(reason)"
    }

    /// Login check, debug: where the last change came from.
    static func pamDebugLastChange(user: String, system: String, day: Int) -> String {
        "last change of \(printable(user)) on \(printable(system)) from the history store: day \(day)"
    }
}
