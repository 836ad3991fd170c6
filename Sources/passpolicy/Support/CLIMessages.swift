import PassPolicy

/// Sentences only the CLI writes: `dict`, `history`, `record`, `forget`, `due` and `age`.
/// The rules' own messages stay in the core's `Messages`.
extension Messages {
    /// `passpolicy check`/`record`: standard input could not be read at all (closed, or a
    /// directory), as opposed to an empty line.
    static func noPasswordGiven(_ error: String) -> String {
        "no password given: standard input cannot be read (\(error))"
    }


    /// `passpolicy config`: the first line, naming the order in which settings apply.
    static func configHeader(file: String, dropIns: String) -> String {
        "# Effective passpolicy settings (later wins: defaults < \(file) < \(dropIns)/*.conf < PAM line)"
    }

    static func configDefaultsOnly(file: String) -> String {
        "# \(file) does not exist: built-in defaults apply."
    }

    static func configDropInRead(file: String) -> String {
        "# read \(file)"
    }

    /// `passpolicy config`: where the `system` value came from when it is not set.
    static let configSystemFromHostName = "host name"

    static func dictBuilt(path: String, words: Int, bytes: Int) -> String {
        "wrote \(path): \(words) distinct words, \(bytes) bytes"
    }

    static func dictSourceLine(name: String, entries: Int) -> String {
        "  source \(name): \(entries) entries"
    }

    static func dictCategoryLine(name: String, count: Int) -> String {
        "  \(name): \(count)"
    }

    static func dictInfoHeader(path: String, version: UInt32, words: Int, bytes: Int, edges: Int) -> String {
        "\(path): word list format version \(version), \(words) distinct words, \(edges) trie edges, \(bytes) bytes"
    }

    static func dictManifestNotWritten(path: String, error: String) -> String {
        "passpolicy: warning: cannot write \(path) (what `dict info` lists): \(error)"
    }

    static func dictInfoBuilt(_ time: String) -> String {
        "  built \(time)"
    }

    static func dictInfoSource(name: String, path: String, entries: Int) -> String {
        "  source \(name) (\(path)): \(entries) entries"
    }

    static func dictInfoExtraLists(_ lists: String) -> String {
        "  extra lists (wordlists): \(lists)"
    }

    static let dictInfoNoExtraLists = "  extra lists (wordlists): none"

    static func dictInfoNoManifest(path: String) -> String {
        "  (no \(path): sources and build date unknown; `passpolicy dict build` writes it)"
    }

    static func dictDirectory(path: String, error: String) -> String {
        "cannot create the directory \(path): \(error)"
    }

    /// `store_unavailable = allow`: the history could not be consulted (a warning, not a verdict).
    static func historySkipped(_ error: String) -> String {
        "warning: \(error); reuse was not checked (store_unavailable = allow)"
    }

    /// `check` by a user who may not read the history: the other rules' verdict stands.
    static func historyNotCheckedPermission(path: String) -> String {
        "warning: history not checked: permission denied on \(path); the verdict covers every other rule (ask an admin, or use passpolicyd)"
    }

    static func historyRecorded(user: String, system: String) -> String {
        "Recorded a password change for \(printable(user)) on \(printable(system))."
    }

    static func historyEmpty(user: String) -> String {
        "No password history for \(printable(user))."
    }

    static func historyForgotten(user: String, count: Int) -> String {
        "Forgot \(count) remembered password\(count == 1 ? "" : "s") of \(printable(user))."
    }

    static let historyNoPassword =
        "No password on standard input: give the new password as the first line."

    static func rotationBadDate(_ text: String) -> String {
        "--now '\(printable(text))' is not a date: use YYYY-MM-DD, from 1970-01-01 on"
    }

    static func rotationBadDays(_ text: String) -> String {
        "--within '\(printable(text))' is not a number of days from 0 to 99999"
    }

    static func rotationBadFormat(_ text: String) -> String {
        "--format '\(printable(text))' is not one of: table, csv, json"
    }

    /// `passpolicy age`: what would be, or was, set for one user.
    static func rotationAgeChange(user: String, arguments: [String], applied: Bool) -> String {
        "\(applied ? "set" : "would set") \(arguments.joined(separator: " ")) for \(printable(user))"
    }

    static func rotationAgeDryRunHint(count: Int) -> String {
        count == 0
            ? "Every regular user already has the policy's maximum and warning days."
            : "\(count == 1 ? "1 user differs" : "\(count) users differ") from the policy; run again with --apply to set \(count == 1 ? "it" : "them") with chage."
    }

    /// `passpolicy age`: an account left alone (locked, or without a password).
    static func rotationAgeSkipped(user: String, _ skip: AgePlan.Skip) -> String {
        switch skip {
        case .locked: return "skipped \(printable(user)): the account is locked"
        case .noPassword: return "skipped \(printable(user)): the account has no password"
        }
    }

    /// `passpolicy age` table: the CHANGE cell of a skipped account.
    static func rotationAgeSkipCell(_ skip: AgePlan.Skip) -> String {
        switch skip {
        case .locked: return "skipped (locked)"
        case .noPassword: return "skipped (no password)"
        }
    }

    static func rotationUnknownGroup(_ name: String, file: String) -> String {
        "--group '\(printable(name))': no such group in \(file)"
    }

    /// `record` for a user this host does not know (not in the user database).
    static func recordUnknownUser(_ user: String) -> String {
        "warning: \(printable(user)) is not a user on this host; the change is recorded under that name all the same (check the spelling)"
    }

    /// `check --user` for a user this host does not know.
    static func checkUnknownUser(_ user: String) -> String {
        "note: \(printable(user)) is not a user on this host; the name rules used only the name given (no full name: give --full-name)"
    }

    static let rotationAgeOff =
        "maxage is 0 (rotation is off): there is no maximum to set."

    static func rotationChageFailed(user: String, status: Int32, detail: String) -> String {
        "chage failed for \(printable(user)) (exit status \(status))\(detail.isEmpty ? "" : ": \(detail)")"
    }

    static func rotationChageNotRun(_ error: String) -> String {
        "cannot run /usr/bin/chage: \(error)"
    }

    /// A user name made safe for a terminal table (control characters as `?`).
    static func rotationDisplayName(_ name: String) -> String { printable(name) }
}

// MARK: Tokens (`passpolicy token`)

extension Messages {
    static let tokenStoreOff =
        "store = none: passpolicyd's tokens are kept in the history store; set `store` or give --store"

    static let tokenStoreRemote =
        "the store is a passpolicyd: manage its tokens on the service's host, where its database is"

    static func tokenNameTaken(_ name: String) -> String {
        "a token named \(printable(name)) exists already; revoke it first or choose another name"
    }

    static func tokenUnknown(_ name: String) -> String {
        "there is no token named \(printable(name))"
    }

    static func tokenRevoked(_ name: String) -> String {
        "Revoked the token \(printable(name))."
    }
}

// MARK: Samba (`passpolicy check --samba`), written to syslog

extension Messages {
    static func sambaAccepted(user: String) -> String {
        "samba: the new password for \(printable(user)) meets the policy"
    }

    static func sambaRefused(user: String, violations: [Violation]) -> String {
        "samba: the new password for \(printable(user)) is refused: "
            + violations.map { "\($0.rule.rawValue): \($0.message)" }.joined(separator: " ")
    }

    static func sambaError(_ detail: String) -> String {
        "samba: the password could not be checked, so it is refused: \(detail)"
    }
}
