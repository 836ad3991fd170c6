/// Every sentence passpolicy shows a person or writes to a log, in one place.
///
/// Rule messages say what to change and never contain the password or any part of it.
/// They may name the part of the person's *own* user name or full name that matched.
public enum Messages {
    // MARK: Rules

    public static let invalidUTF8 =
        "The password contains bytes that are not valid text (UTF-8). Type it again on your keyboard."
    public static let controlCharacter =
        "The password contains a control character (such as a tab or a NUL), which cannot be typed at every login prompt. Use printable characters only."

    public static let formatCharacter =
        "The password contains an invisible formatting character (such as a zero-width space, a right-to-left mark or a byte order mark), which you cannot see and may not be able to type again. Remove it; emoji are fine."

    public static func tooLong(max: Int) -> String {
        "The password is longer than \(max) characters. Use at most \(max); the other rules are checked once it is short enough."
    }

    public static func tooShort(count: Int, min: Int) -> String {
        if count == 0 { return "The password is empty. Choose one of at least \(min) characters." }
        let more = min - count
        return "The password has \(count) character\(count == 1 ? "" : "s"); the policy needs at least \(min). Add \(more) more, for example another word."
    }

    public static func tooFewClasses(present: Int, needed: Int, missing: [CharacterClass]) -> String {
        let names = missing.map(className).joined(separator: ", ")
        return "The password uses \(present) of the 4 kinds of character; the policy needs \(needed). Add one or more of: \(names)."
    }

    public static func missingRequired(_ required: RequiredClass) -> String {
        "The password must contain \(requiredName(required))."
    }

    public static func repeated(max: Int) -> String {
        if max == 1 {
            return "The password has the same character twice in a row. Change one of them so that no character follows itself."
        }
        return "The password has more than \(max) identical characters in a row. Break the run with other characters."
    }

    public static func containsUserName(part: String) -> String {
        "The password contains your user name or part of it (\"\(part)\"), perhaps reversed or with look-alikes such as 0 for o. Leave your user name out."
    }

    public static func containsFullName(part: String) -> String {
        "The password contains part of your name (\"\(part)\"), perhaps reversed or with look-alikes. Leave names out: they are the first thing guessed."
    }

    public static func containsPersonalWord(_ word: String) -> String {
        "The password contains \"\(word)\", which is on this site's list of personal or easily guessed words (school, children, pets). Choose something unrelated."
    }

    public static func dictionary(_ pattern: WeakPattern) -> String {
        let what: String
        switch pattern {
        case .word: what = "a dictionary word"
        case .name: what = "a first name or surname"
        case .place: what = "a place name"
        case .commonPassword: what = "a commonly used password"
        case .compound: what = "dictionary words joined together"
        case .keyboardWalk: what = "a row of neighbouring keys"
        case .date: what = "a year or a date"
        }
        return "The password is little more than \(what), with capitals, look-alike characters (@ for a, 0 for o), digits or symbols around it; guessers try those first. Join four or more unrelated words with symbols or digits between them, or use a random string."
    }

    public static let reused =
        "You have used this password before, on this or another system. Choose one you have never used."
    public static let similarToEarlier =
        "The password is a small change of one you used before (other digits or symbols at the ends, or other capitals). Choose a new one, not a variation."

    // MARK: Class names

    static func className(_ c: CharacterClass) -> String {
        switch c {
        case .upper: return "an upper-case letter"
        case .lower: return "a lower-case letter"
        case .digit: return "a digit"
        case .special: return "a special character such as ! or #"
        }
    }

    static func requiredName(_ r: RequiredClass) -> String {
        switch r {
        case .upper: return "an upper-case letter"
        case .lower: return "a lower-case letter"
        case .letter: return "a letter"
        case .digit: return "a digit"
        case .special: return "a special character such as ! or #"
        }
    }

    // MARK: Configuration

    public static func minlenOverMaxlen(_ minlen: Int, _ maxlen: Int) -> String {
        "minlen (\(minlen)) is larger than maxlen (\(maxlen)): no password could pass"
    }

    public static func classesOverMinlen(_ classes: Int, _ minlen: Int) -> String {
        "\(classes) character classes are required but minlen is \(minlen): no password could pass"
    }

    public static func warnageOverMaxage(_ warnage: Int, _ maxage: Int) -> String {
        "warnage (\(warnage)) must be smaller than maxage (\(maxage))"
    }

    public static func describe(_ e: ConfigError) -> String {
        let place = e.line > 0 ? "\(e.source):\(e.line)" : e.source
        let key = e.key.map { "key '\(printable($0))': " } ?? ""
        let problem: String
        switch e.problem {
        case .unreadable(let errno): problem = "cannot read the file: \(SystemError(errno: errno))"
        case .unknownKey: problem = "unknown key (see `passpolicy config --keys` for the list)"
        case .malformedLine: problem = "not a `key = value` line"
        case .contradiction(let other, let reason): problem = "contradicts '\(other)': \(reason)"
        case .badValue(let v):
            switch v {
            case .missing: problem = "a value is needed"
            case .notAnInteger: problem = "the value is not a whole number"
            case .outOfRange(let r): problem = "the value must be between \(r.lowerBound) and \(r.upperBound)"
            case .notABoolean: problem = "the value must be yes or no"
            case .unknownChoice(let names): problem = "the value must be one of: \(names.joined(separator: ", "))"
            case .notAnAbsolutePath: problem = "the value must be an absolute path"
            }
        }
        return "\(place): \(key)\(problem)"
    }

    /// A config text made safe to print: control characters shown as `?`, at most 60 characters.
    static func printable(_ text: String) -> String {
        var out = ""
        for s in text.unicodeScalars.prefix(60) {
            out.unicodeScalars.append(s.value < 0x20 || s.value == 0x7F ? "?" : s)
        }
        return out
    }

    // MARK: Word list

    public static func wordListMissing(path: String, error: String) -> String {
        "the word list \(path) cannot be used (\(error)); the dictionary rule cannot run, so passwords are refused. Run `passpolicy dict build` as root to create it, or set dictcheck = no."
    }

    // MARK: Word list (`passpolicy dict`)

    public static func wordListCannotWrite(path: String, error: String) -> String {
        "cannot write \(path): \(error)"
    }

    public static func dictBuilt(path: String, words: Int, bytes: Int) -> String {
        "wrote \(path): \(words) distinct words, \(bytes) bytes"
    }

    public static func dictSourceLine(name: String, entries: Int) -> String {
        "  source \(name): \(entries) entries"
    }

    public static func dictCategoryLine(name: String, count: Int) -> String {
        "  \(name): \(count)"
    }

    public static func dictInfoHeader(path: String, version: UInt32, words: Int, bytes: Int, edges: Int) -> String {
        "\(path): word list format version \(version), \(words) distinct words, \(edges) trie edges, \(bytes) bytes"
    }

    public static func dictDirectory(path: String, error: String) -> String {
        "cannot create the directory \(path): \(error)"
    }

    // MARK: Word list (compiled file)

    public static func wordSourceUnreadable(name: String, path: String, reason: String) -> String {
        "the word source \(name) (\(path)) cannot be read: \(reason)"
    }

    public static func wordSourceSkipped(name: String, path: String) -> String {
        "note: optional word source \(name) (\(path)) is not installed; skipped"
    }

    public static let wordListNotAFile = "it is not a regular file"
    public static let wordListTruncated = "the file is truncated"
    public static let wordListForeign = "it is not a passpolicy word list"
    public static let wordListDamaged = "the file is damaged"
    public static let wordListTooLarge = "the words given make a trie larger than the format holds (64 MB); use fewer or shorter word lists"

    public static func wordListVersion(_ found: UInt32, expected: UInt32) -> String {
        "it has format version \(found), this passpolicy reads version \(expected); run `passpolicy dict build` again"
    }
}

// MARK: PAM module

extension Messages {
    /// Shown when the history store cannot be reached and `store_unavailable = refuse`.
    public static let pamHistoryUnavailable =
        "passpolicy: the password history cannot be reached, so the password cannot be changed now; try again later or tell your administrator."
    /// syslog: the change happened but the history could not record it.
    public static func pamHistoryNotRecorded(_ reason: String) -> String {
        "passpolicy: the password change was not recorded in the history: \(reason)"
    }
    /// syslog: `store_unavailable = allow` let a change through without the history.
    public static func pamHistorySkipped(_ reason: String) -> String {
        "passpolicy: \(reason); reuse not checked (store_unavailable = allow)"
    }
    public static func pamNoShadowEntry(_ user: String) -> String {
        "passpolicy: no shadow entry for \(user); password age not checked"
    }
    public static let pamNewPasswordPrompt = "New password: "
    public static let pamRetypePrompt = "Retype new password: "
    public static let pamMismatch = "Sorry, the passwords do not match. Try again."
    public static let pamNoPassword = "No password has been given; the password is not changed."
    public static let pamTooManyTries = "No acceptable new password was given; the password is not changed."
    /// Each broken rule, as pam_pwquality and pam_cracklib word it, so people and scripts
    /// that know those modules recognise it.
    public static func pamBadPassword(_ message: String) -> String { "BAD PASSWORD: \(message)" }
    /// Root set a password that breaks rules and `enforce_for_root` is off.
    public static let pamRootOverride =
        "The password is accepted anyway because root set it (enforce_for_root is off)."
    /// Shown to the person when the configuration is broken (fail closed): where, so that the
    /// helpdesk knows which file to mend; the full error goes to syslog.
    public static func pamConfigurationError(at place: String) -> String {
        "passpolicy: system configuration error (\(place)), the password cannot be changed; tell your administrator."
    }
    /// Shown to the person when the word list is missing or damaged (fail closed).
    public static func pamWordListUnavailable(path: String, reason: String) -> String {
        "passpolicy: the word list \(path) cannot be used (\(reason)), so the password cannot be changed; tell your administrator (`passpolicy dict build` makes it)."
    }
    /// The syslog line for a broken configuration: the full error, with file, line and key.
    public static func pamConfigurationLog(_ detail: String) -> String {
        "configuration error, password changes refused: \(detail)"
    }
    public static func pamNoUser(_ code: Int32) -> String {
        "cannot get the user name from libpam (PAM error \(code)); password change refused"
    }
    public static func pamCannotSetAuthtok(_ code: Int32) -> String {
        "cannot hand the new password on in PAM_AUTHTOK (PAM error \(code))"
    }
    public static func pamConversationFailed(_ code: Int32) -> String {
        "the conversation with the application failed (PAM error \(code))"
    }
    /// Debug syslog lines: counts and rule ids only, never a password or a part of one.
    public static func pamDebugRejected(attempt: Int, rules: [String]) -> String {
        "attempt \(attempt): rejected by \(rules.joined(separator: ", "))"
    }
    public static func pamDebugNotLocal(_ user: String) -> String {
        "user '\(printable(user))' is not in /etc/passwd: ignored (local_users_only)"
    }
    public static func pamDebugMismatch(attempt: Int) -> String {
        "attempt \(attempt): the two entries differ"
    }
    public static func pamDebugAccepted(attempt: Int, rootOverride: Bool) -> String {
        rootOverride ? "attempt \(attempt): accepted because root set it" : "attempt \(attempt): accepted"
    }

    /// The policy in one short line, shown before the first prompt, e.g. "Password policy:
    /// at least 8 characters, 3 of upper/lower/digit/special, no doubled characters, not
    /// your name, not a dictionary word."
    public static func pamPolicySummary(_ s: Settings) -> String {
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
}

/// What a weak password turned out to be, for the `dictionary` rule's message.
/// Raw values follow the order of the cases, so a table of one entry per pattern is indexed
/// by `rawValue`.
public enum WeakPattern: Int, Sendable, Hashable, CaseIterable {
    case word, name, place, commonPassword, compound, keyboardWalk, date
}

// MARK: Password history

extension Messages {
    public static let reusedOnThisSystem =
        "You have used this password on this system before. Choose one you have never used."

    public static func reusedOnOtherSystem(_ system: String) -> String {
        "This is your current password on another system (\(printable(system))). Use a different password on every system."
    }

    public static func malformedEntry(system: String, time: Int64) -> String {
        "an entry (system \(printable(system)), time \(time)) is not a valid Argon2id hash string with accepted parameters"
    }

    public static let saltKeptChanging =
        "the person's history was forgotten and recreated while recording, three times in a row"

    public static func describe(_ e: HistoryError) -> String {
        switch e {
        case .unavailable(let store, let reason):
            return "the password history \(store) cannot be reached: \(reason)"
        case .storeFailed(let store, let reason):
            return "the password history \(store) failed: \(reason)"
        case .damaged(let store, let reason):
            return "the password history \(store) is damaged (\(reason)); restore it from a backup, or move it away to start a new one"
        case .symbolicLink(let store, let link):
            return "the password history \(store): \(link) is a symbolic link; symbolic link refused (name the real path)"
        case .badLocation(let text):
            return "store: '\(printable(text))' is neither an absolute file path nor a postgresql:// URL"
        case .pepper(let path, let problem):
            return "pepper_file \(path): \(describe(problem))"
        case .hashing(let reason):
            return "hashing the password failed: \(reason)"
        case .invalidName(let field):
            return "the \(field) name must be 1 to \(HistoryService.maxNameBytes) bytes without control characters"
        }
    }

    static func describe(_ p: PepperProblem) -> String {
        switch p {
        case .unreadable(let errno): return "cannot read the file: \(SystemError(errno: errno))"
        case .notARegularFile: return "not a regular file"
        case .accessibleByOthers(let mode):
            return "group or others have access (mode \(String(mode, radix: 8))); it must be readable by root only: chmod 600"
        case .wrongOwner(let uid): return "owned by uid \(uid); it must belong to root"
        case .tooShort(let bytes, let minimum): return "holds \(bytes) bytes; a pepper needs at least \(minimum)"
        case .tooLong(let bytes, let maximum): return "holds \(bytes) bytes; at most \(maximum) are allowed"
        }
    }

    /// `store_unavailable = allow`: the history could not be consulted (a warning, not a verdict).
    public static func historySkipped(_ error: String) -> String {
        "warning: \(error); reuse was not checked (store_unavailable = allow)"
    }

    public static func historyRecorded(user: String, system: String) -> String {
        "Recorded a password change for \(printable(user)) on \(printable(system))."
    }

    public static func historyEmpty(user: String) -> String {
        "No password history for \(printable(user))."
    }

    public static func historyForgotten(user: String, count: Int) -> String {
        "Forgot \(count) remembered password\(count == 1 ? "" : "s") of \(printable(user))."
    }

    public static let historyNoPassword =
        "No password on standard input: give the new password as the first line."

    /// `passpolicy check`/`record`: standard input could not be read at all (closed, or a
    /// directory), as opposed to an empty line.
    public static func noPasswordGiven(_ error: String) -> String {
        "no password given: standard input cannot be read (\(error))"
    }
}

// MARK: Last changes from the history store (`passpolicy due --store`, the login check)

extension Messages {
    /// `--store` names an SQLite file that is not there (`error`: the system's reason).
    public static func historyStoreMissing(_ error: String) -> String {
        "store not found: no history file there (\(error))"
    }

    /// A directory on an SQLite store's path does not exist. passpolicy never creates them:
    /// a missing directory is more often an unmounted share than a new installation.
    public static func storeDirectoryMissing(_ directory: String) -> String {
        "the directory \(directory) does not exist (passpolicy does not create a store's directories: create it, or mount the share it is on)"
    }

    /// A directory on an SQLite store's path cannot be entered or read.
    public static func storeDirectoryUnusable(_ directory: String, _ error: String) -> String {
        "cannot use the directory \(directory): \(error)"
    }

    public static let storeNamesNoFile = "the path names no file"


    /// Login check: the store could not be read, so shadow's date was used.
    public static func pamLastChangeFromShadow(_ reason: String) -> String {
        "the password history could not be read for the login age check, shadow's last change is used: \(reason)"
    }

    /// Login check, debug: where the last change came from.
    public static func pamDebugLastChange(user: String, system: String, day: Int) -> String {
        "last change of \(printable(user)) on \(printable(system)) from the history store: day \(day)"
    }
}

// MARK: Rotation

extension Messages {
    /// Login: the password is older than the limit.
    public static func rotationExpired(ageDays: Int, maxDays: Int) -> String {
        "Your password is \(days(ageDays)) old; the policy requires a new one every \(maxDays == 1 ? "day" : "\(maxDays) days")."
    }

    /// Login: the password expires soon.
    public static func rotationWarning(daysLeft: Int) -> String {
        switch daysLeft {
        case ...0: return "Your password expires today. Change it now with `passwd`."
        case 1: return "Your password expires tomorrow. Change it with `passwd` before then."
        default: return "Your password expires in \(daysLeft) days. Change it with `passwd` before then."
        }
    }

    /// Login: shadow's last change is 0.
    public static let rotationMustChange =
        "You must change your password now: your administrator requires a new one."

    public static func rotationLineProblem(_ p: LineProblem) -> String {
        let what: String
        switch p.reason {
        case .fieldCount(let expected, let found):
            what = "\(expected) fields separated by ':' expected, \(found) found"
        case .emptyUserName:
            what = "the user name is empty"
        case .badNumber(let field, let max):
            what = "the \(field) field is not a whole number from 0 to \(max)"
        }
        return "\(p.file):\(p.line): \(what); line skipped"
    }

    public static func rotationUnreadable(path: String, error: String) -> String {
        "cannot read \(path): \(error)"
    }

    public static func rotationBadDate(_ text: String) -> String {
        "--now '\(printable(text))' is not a date: use YYYY-MM-DD, from 1970-01-01 on"
    }

    public static func rotationBadDays(_ text: String) -> String {
        "--within '\(printable(text))' is not a number of days from 0 to 99999"
    }

    public static func rotationBadFormat(_ text: String) -> String {
        "--format '\(printable(text))' is not one of: table, csv, json"
    }

    /// `passpolicy age`: what would be, or was, set for one user.
    public static func rotationAgeChange(user: String, arguments: [String], applied: Bool) -> String {
        "\(applied ? "set" : "would set") \(arguments.joined(separator: " ")) for \(printable(user))"
    }

    public static func rotationAgeDryRunHint(count: Int) -> String {
        count == 0
            ? "Every regular user already has the policy's maximum and warning days."
            : "\(count == 1 ? "1 user differs" : "\(count) users differ") from the policy; run again with --apply to set \(count == 1 ? "it" : "them") with chage."
    }

    public static let rotationAgeOff =
        "maxage is 0 (rotation is off): there is no maximum to set."

    public static func rotationChageFailed(user: String, status: Int32, detail: String) -> String {
        "chage failed for \(printable(user)) (exit status \(status))\(detail.isEmpty ? "" : ": \(detail)")"
    }

    public static func rotationChageNotRun(_ error: String) -> String {
        "cannot run /usr/bin/chage: \(error)"
    }

    /// A user name made safe for a terminal table (control characters as `?`).
    public static func rotationDisplayName(_ name: String) -> String { printable(name) }

    private static func days(_ n: Int) -> String { n == 1 ? "1 day" : "\(n) days" }
}
