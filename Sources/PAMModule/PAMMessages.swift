import PassPolicy

/// Every sentence the PAM module shows a person or writes to syslog. The rules' own messages
/// stay in the core's `Messages`; these belong to the module alone. What a person reads is
/// translated (`Language`); syslog lines stay in English.
extension Messages {
    /// Shown when the history store cannot be reached and `store_unavailable = refuse`.
    static func pamHistoryUnavailable(_ l: Language) -> String {
        // TRANSLATORS: PAM (passwd): the shared password history cannot be reached, so no change is possible.
        l.tr("passpolicy: the password history cannot be reached, so the password cannot be changed now. Try again later or tell your administrator.")
    }
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
    static func pamNewPasswordPrompt(_ l: Language) -> String {
        // TRANSLATORS: PAM prompt (passwd, login), with a space after the colon; the answer is not shown.
        l.tr("New password: ")
    }
    static func pamRetypePrompt(_ l: Language) -> String {
        // TRANSLATORS: PAM prompt, right after "New password: ", with a space after the colon.
        l.tr("Retype new password: ")
    }
    static func pamMismatch(_ l: Language) -> String {
        // TRANSLATORS: PAM: the two entries of the new password differ.
        l.tr("Sorry, the passwords do not match. Try again.")
    }
    static func pamNoPassword(_ l: Language) -> String {
        // TRANSLATORS: PAM: an empty answer to "New password: " ends the change.
        l.tr("No password has been given; the password is not changed.")
    }
    static func pamTooManyTries(_ l: Language) -> String {
        // TRANSLATORS: PAM: every attempt (retry) was refused.
        l.tr("No acceptable new password was given; the password is not changed.")
    }
    /// Each broken rule, as pam_pwquality and pam_cracklib word it, so people and scripts
    /// that know those modules recognise it. Linux-PAM does not add this prefix: pam_pwquality
    /// prints it itself, and so does this module, translated.
    static func pamBadPassword(_ message: String, _ l: Language) -> String {
        // TRANSLATORS: PAM: one line per broken rule, as pam_pwquality prints it; {message} is the rule's message.
        l.tr("BAD PASSWORD: {message}", ["message": message])
    }
    /// Without a terminal (chpasswd, scripts): one line, the rule ids only.
    static func pamBadPasswordShort(rules: [String], _ l: Language) -> String {
        // TRANSLATORS: PAM without a terminal (chpasswd, scripts): one line; {rules} are rule ids such as "min-length, dictionary" (not translated).
        l.tr("BAD PASSWORD: it breaks the policy ({rules}); `passpolicy check` explains each rule.", ["rules": rules.joined(separator: ", ")])
    }
    /// `enforcing = no`: the broken rules were shown as warnings and the change goes on.
    static func pamNotEnforcing(_ l: Language) -> String {
        // TRANSLATORS: PAM: after the BAD PASSWORD lines, when the school rolls the policy out gradually; enforcing = no is a setting.
        l.tr("The password is accepted anyway: the policy is not enforced yet (enforcing = no).")
    }
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
    static func pamRootOverride(_ l: Language) -> String {
        // TRANSLATORS: PAM: root at a terminal set a password that breaks rules; enforce_for_root is a setting name.
        l.tr("The password is accepted anyway because root set it (enforce_for_root is off).")
    }
    /// Shown to the person when the configuration is broken (fail closed): where, so that the
    /// helpdesk knows which file to mend; the full error goes to syslog.
    static func pamConfigurationError(at place: String, _ l: Language) -> String {
        // TRANSLATORS: PAM: passpolicy.conf is broken; {place} is a file and line, e.g. /etc/security/passpolicy.conf:7.
        l.tr("passpolicy: system configuration error ({place}), so the password cannot be changed. Tell your administrator.",
             ["place": place])
    }
    /// Shown to the person when the word list is missing or damaged (fail closed).
    static func pamWordListUnavailable(path: String, reason: String, _ l: Language) -> String {
        // TRANSLATORS: PAM: the compiled word list is missing; {path} is a file, {reason} why (a system error stays in English).
        l.tr("passpolicy: the word list {path} cannot be used ({reason}), so the password cannot be changed. Tell your administrator (`passpolicy dict build` makes it).",
             ["path": path, "reason": LateTranslation.text(reason, in: l)])
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

    /// The policy, shown before the first prompt: one line of what a password must be, e.g.
    /// "Password policy: at least 8 characters, 3 of upper/lower/digit/symbol, no doubled
    /// characters, not your name, no dictionary words." and, when they are on, a second line
    /// for the history and the rotation: "Your last 24 passwords cannot be used again. A new
    /// password is needed every 60 days." Each line is its own PAM_TEXT_INFO message: one
    /// line of 200 characters would wrap, and a newline inside a message is shown as it is
    /// by some conversations and not by others.
    static func pamPolicySummary(_ s: Settings, history: Bool, _ l: Language, _ audience: Audience) -> [String] {
        var parts = [
            // TRANSLATORS: PAM policy line, an item of the list {rules} in "Password policy: {rules}."
            l.trn("at least {min} character", "at least {min} characters", s.minLength, ["min": s.minLength]),
        ]
        if s.minClasses > 0 {
            // TRANSLATORS: PAM policy line, an item of {rules}: {count} of the 4 kinds of character.
            parts.append(l.tr("{count} of upper/lower/digit/symbol", ["count": s.minClasses]))
        }
        for required in s.requiredClasses {
            switch required {
            // TRANSLATORS: PAM policy line, an item of {rules} (required_classes = upper).
            case .upper: parts.append(l.tr("with an upper-case letter"))
            // TRANSLATORS: PAM policy line, an item of {rules} (required_classes = lower).
            case .lower: parts.append(l.tr("with a lower-case letter"))
            // TRANSLATORS: PAM policy line, an item of {rules} (required_classes = letter).
            case .letter: parts.append(l.tr("with a letter"))
            // TRANSLATORS: PAM policy line, an item of {rules} (required_classes = digit).
            case .digit: parts.append(l.tr("with a digit"))
            // TRANSLATORS: PAM policy line, an item of {rules} (required_classes = special).
            case .special: parts.append(l.tr("with a symbol"))
            }
        }
        switch s.maxRepeat {
        case 0: break
        // TRANSLATORS: PAM policy line, an item of {rules}: no character twice in a row.
        case 1: parts.append(l.tr("no doubled characters"))
        // TRANSLATORS: PAM policy line, an item of {rules}; {max} is 2 or more.
        default: parts.append(l.tr("no more than {max} identical characters in a row", ["max": s.maxRepeat]))
        }
        if s.userCheck || s.personalCheck {
            switch audience {
            // TRANSLATORS: PAM policy line, an item of {rules}, read by the person themselves.
            case .own: parts.append(l.tr("not your name"))
            // TRANSLATORS: PAM policy line, an item of {rules}, read by root setting someone else's password.
            case .other: parts.append(l.tr("not the person's name"))
            }
        }
        // TRANSLATORS: PAM policy line, an item of {rules}.
        if s.dictCheck { parts.append(l.tr("no dictionary words")) }
        // TRANSLATORS: PAM, shown before the first "New password: " prompt; {rules} is the list of the items above,
        // separated by ", ".
        let text = l.tr("Password policy: {rules}.", ["rules": parts.joined(separator: ", ")])
        var more: [String] = []
        if history && s.remember > 0 {
            switch audience {
            case .own:
                // TRANSLATORS: PAM, second line of the policy: the history (remember) is on.
                more.append(l.trn("Your last {count} password cannot be used again.",
                                  "Your last {count} passwords cannot be used again.", s.remember, ["count": s.remember]))
            case .other:
                // TRANSLATORS: PAM, second line of the policy, read by root setting someone else's password.
                more.append(l.trn("The person's last {count} password cannot be used again.",
                                  "The person's last {count} passwords cannot be used again.", s.remember, ["count": s.remember]))
            }
        }
        if s.maxAge > 0 {
            // TRANSLATORS: PAM, second line of the policy: rotation (maxage) is on.
            more.append(l.trn("A new password is needed every {days} day.", "A new password is needed every {days} days.",
                              s.maxAge, ["days": s.maxAge]))
        }
        return more.isEmpty ? [text] : [text, more.joined(separator: " ")]
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
