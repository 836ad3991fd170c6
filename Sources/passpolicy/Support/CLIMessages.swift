import PassPolicy

/// Sentences only the CLI writes: `dict`, `history`, `record`, `forget`, `due` and `age`.
/// The rules' own messages stay in the core's `Messages`. Each is in the CLI's language
/// (`l`, `CLILanguage.current`); what goes to syslog (`--samba`) stays English.
extension Messages {
    /// `passpolicy check`/`record`: standard input could not be read at all (closed, or a
    /// directory), as opposed to an empty line.
    static func noPasswordGiven(_ error: String) -> String {
        // TRANSLATORS: `passpolicy check`/`record` error; {error} is the system's reason, in English.
        l.tr("no password given: standard input cannot be read ({error})", ["error": error])
    }

    /// `passpolicy config`: the first line, naming the order in which settings apply.
    static func configHeader(file: String, dropIns: String) -> String {
        // TRANSLATORS: `passpolicy config`, first line (a comment, keep the "# "); {file} and {dropIns} are paths; "PAM line" = options in the PAM file.
        l.tr("# Effective passpolicy settings (later wins: defaults < {file} < {dropIns}/*.conf < PAM line)",
             ["file": file, "dropIns": dropIns])
    }

    static func configDefaultsOnly(file: String) -> String {
        // TRANSLATORS: `passpolicy config`, a comment line (keep the "# "); {file} is the config file.
        l.tr("# {file} does not exist: built-in defaults apply.", ["file": file])
    }

    static func configDropInRead(file: String) -> String {
        // TRANSLATORS: `passpolicy config`, a comment line (keep the "# "): this extra config file was read.
        l.tr("# read {file}", ["file": file])
    }

    /// `passpolicy config`: where the `system` value came from when it is not set.
    static let configSystemFromHostName = "host name"

    static func dictBuilt(path: String, words: Int, bytes: Int) -> String {
        // TRANSLATORS: `passpolicy dict build`; {path} is the word list file, {words} and {bytes} numbers.
        l.tr("wrote {path}: {words} distinct words, {bytes} bytes", ["path": path, "words": words, "bytes": bytes])
    }

    static func dictSourceLine(name: String, entries: Int) -> String {
        // TRANSLATORS: `passpolicy dict build`, indented two spaces; {name} names a word list.
        l.trn("  source {name}: {entries} entry", "  source {name}: {entries} entries", entries, ["name": name, "entries": entries])
    }

    static func dictCategoryLine(name: String, count: Int) -> String {
        "  \(name): \(count)"
    }

    static func dictInfoHeader(path: String, version: UInt32, words: Int, bytes: Int, edges: Int) -> String {
        // TRANSLATORS: `passpolicy dict info`, first line; {path} is the word list file; a trie edge is part of its structure.
        l.tr("{path}: word list format version {version}, {words} distinct words, {edges} trie edges, {bytes} bytes",
             ["path": path, "version": version, "words": words, "edges": edges, "bytes": bytes])
    }

    static func dictManifestNotWritten(path: String, error: String) -> String {
        // TRANSLATORS: `passpolicy dict build`, a warning; `dict info` is a command; {error} is the system's reason, in English.
        l.tr("passpolicy: warning: cannot write {path} (what `dict info` lists): {error}", ["path": path, "error": error])
    }

    static func dictInfoBuilt(_ time: String) -> String {
        // TRANSLATORS: `passpolicy dict info`, indented two spaces; {time} is a date and time (ISO 8601).
        l.tr("  built {time}", ["time": time])
    }

    static func dictInfoSource(name: String, path: String, entries: Int) -> String {
        // TRANSLATORS: `passpolicy dict info`, indented two spaces; {name} names a word list, {path} its file.
        l.trn("  source {name} ({path}): {entries} entry", "  source {name} ({path}): {entries} entries", entries,
              ["name": name, "path": path, "entries": entries])
    }

    static func dictInfoExtraLists(_ lists: String) -> String {
        // TRANSLATORS: `passpolicy dict info`, indented two spaces; wordlists is a setting name; {lists} are files.
        l.tr("  extra lists (wordlists): {lists}", ["lists": lists])
    }

    static var dictInfoNoExtraLists: String {
        // TRANSLATORS: `passpolicy dict info`, indented two spaces; wordlists is a setting name.
        l.tr("  extra lists (wordlists): none")
    }

    static func dictInfoNoManifest(path: String) -> String {
        // TRANSLATORS: `passpolicy dict info`, indented two spaces; {path} is a file listing what went into the word list.
        l.tr("  (no {path}: sources and build date unknown; `passpolicy dict build` writes it)", ["path": path])
    }

    static func dictDirectory(path: String, error: String) -> String {
        // TRANSLATORS: `passpolicy dict build` error; {error} is the system's reason, in English.
        l.tr("cannot create the directory {path}: {error}", ["path": path, "error": error])
    }

    /// `store_unavailable = allow`: the history could not be consulted (a warning, not a verdict).
    static func historySkipped(_ error: String) -> String {
        // TRANSLATORS: `passpolicy check`, a warning; {error} is a history error (above); store_unavailable = allow is a setting.
        l.tr("warning: {error}; reuse was not checked (store_unavailable = allow)", ["error": LateTranslation.text(error, in: l)])
    }

    /// `check` by a user who may not read the history: the other rules' verdict stands.
    static func historyNotCheckedPermission(path: String) -> String {
        // TRANSLATORS: `passpolicy check` run by a user who may not read the history file {path}.
        l.tr("warning: history not checked: permission denied on {path}; the verdict covers every other rule (ask an admin, or use passpolicyd)",
             ["path": path])
    }

    static func historyRecorded(user: String, system: String) -> String {
        // TRANSLATORS: `passpolicy record`, on success; {user} is a user name, {system} a system name (e.g. vle).
        l.tr("Recorded a password change for {user} on {system}.", ["user": printable(user), "system": printable(system)])
    }

    static func historyEmpty(user: String) -> String {
        // TRANSLATORS: `passpolicy history`: nothing is remembered for {user}.
        l.tr("No password history for {user}.", ["user": printable(user)])
    }

    static func historyForgotten(user: String, count: Int) -> String {
        // TRANSLATORS: `passpolicy forget`; {count} passwords (hashes) were removed for {user}.
        l.trn("Forgot {count} remembered password of {user}.", "Forgot {count} remembered passwords of {user}.", count,
              ["count": count, "user": printable(user)])
    }

    static var historyNoPassword: String {
        // TRANSLATORS: `passpolicy record` error: nothing was typed or piped in.
        l.tr("No password on standard input: give the new password as the first line.")
    }

    static func rotationBadDate(_ text: String) -> String {
        // TRANSLATORS: `passpolicy due`/`age` error; --now is an option; YYYY-MM-DD is the date format to type.
        l.tr("--now '{text}' is not a date: use YYYY-MM-DD, from 1970-01-01 on", ["text": printable(text)])
    }

    static func rotationBadDays(_ text: String) -> String {
        // TRANSLATORS: `passpolicy due` error; --within is an option.
        l.tr("--within '{text}' is not a number of days from 0 to 99999", ["text": printable(text)])
    }

    static func rotationBadFormat(_ text: String) -> String {
        // TRANSLATORS: `passpolicy due` error; table, csv and json are the values to type, not translated.
        l.tr("--format '{text}' is not one of: table, csv, json", ["text": printable(text)])
    }

    /// `passpolicy age`: what would be, or was, set for one user.
    static func rotationAgeChange(user: String, arguments: [String], applied: Bool) -> String {
        let options = arguments.joined(separator: " "), name = printable(user)
        if applied {
            // TRANSLATORS: `passpolicy age --apply`; {arguments} are chage options such as "-M 60 -W 7"; {user} a user name.
            return l.tr("set {arguments} for {user}", ["arguments": options, "user": name])
        }
        // TRANSLATORS: `passpolicy age` (a dry run); {arguments} are chage options such as "-M 60 -W 7"; {user} a user name.
        return l.tr("would set {arguments} for {user}", ["arguments": options, "user": name])
    }

    static func rotationAgeDryRunHint(count: Int) -> String {
        if count == 0 {
            // TRANSLATORS: `passpolicy age`: nothing to change.
            return l.tr("Every regular user already has the policy's maximum and warning days.")
        }
        // TRANSLATORS: `passpolicy age` (a dry run); --apply is an option, chage a command.
        return l.trn("{count} user differs from the policy; run again with --apply to set it with chage.",
                     "{count} users differ from the policy; run again with --apply to set them with chage.", count, ["count": count])
    }

    /// `passpolicy age`: an account left alone (locked, or without a password).
    static func rotationAgeSkipped(user: String, _ skip: AgePlan.Skip) -> String {
        switch skip {
        case .locked:
            // TRANSLATORS: `passpolicy age`; {user} is a user name.
            return l.tr("skipped {user}: the account is locked", ["user": printable(user)])
        case .noPassword:
            // TRANSLATORS: `passpolicy age`; {user} is a user name.
            return l.tr("skipped {user}: the account has no password", ["user": printable(user)])
        }
    }

    /// `passpolicy age`: the table's header row (the cells below stay as they are).
    static var ageTableHeader: [String] {
        // TRANSLATORS: `passpolicy age`, a column heading (capitals, short).
        [l.tr("USER"),
         // TRANSLATORS: `passpolicy age`, a column heading: the maximum age (days) now in /etc/shadow.
         l.tr("SHADOW MAX"),
         // TRANSLATORS: `passpolicy age`, a column heading: the warning days now in /etc/shadow.
         l.tr("SHADOW WARN"),
         // TRANSLATORS: `passpolicy age`, a column heading: the policy's maxage (days).
         l.tr("POLICY MAX"),
         // TRANSLATORS: `passpolicy age`, a column heading: the policy's warnage (days).
         l.tr("POLICY WARN"),
         // TRANSLATORS: `passpolicy age`, a column heading: the chage options that would be set.
         l.tr("CHANGE")]
    }

    /// `passpolicy record`: the prompt at a terminal (echo off), with a space after the colon.
    static var recordPrompt: String {
        // TRANSLATORS: `passpolicy record` prompt at a terminal; a space follows the colon; the answer is not shown.
        l.tr("New password to record: ")
    }

    static func generateTooFewWords(_ path: String) -> String {
        // TRANSLATORS: `passpolicy generate` error; {path} is the word list file.
        l.tr("the word list {path} has too few common words to make passwords from; run `passpolicy dict build`", ["path": path])
    }

    static var generateImpossible: String {
        // TRANSLATORS: `passpolicy generate` error; minlen, maxlen and minguesses are setting names.
        l.tr("no password meeting the policy could be made; check minlen, maxlen and minguesses")
    }

    static func tokenBadName(_ name: String) -> String {
        // TRANSLATORS: `passpolicy token add` error (before the usage); {name} is what was typed.
        l.tr("'{name}' cannot name a token: use 1 to 64 letters, digits, '.', '_' or '-'.", ["name": printable(name)])
    }

    /// `passpolicy age` table: the CHANGE cell of a skipped account.
    static func rotationAgeSkipCell(_ skip: AgePlan.Skip) -> String {
        switch skip {
        case .locked: return "skipped (locked)"
        case .noPassword: return "skipped (no password)"
        }
    }

    static func rotationUnknownGroup(_ name: String, file: String) -> String {
        // TRANSLATORS: `passpolicy due`/`age` error; --group is an option; {file} is /etc/group.
        l.tr("--group '{name}': no such group in {file}", ["name": printable(name), "file": file])
    }

    /// `record` for a user this host does not know (not in the user database).
    static func recordUnknownUser(_ user: String) -> String {
        // TRANSLATORS: `passpolicy record`, a warning; {user} is a user name.
        l.tr("warning: {user} is not a user on this host; the change is recorded under that name all the same (check the spelling)",
             ["user": printable(user)])
    }

    /// `check --user` for a user this host does not know.
    static func checkUnknownUser(_ user: String) -> String {
        // TRANSLATORS: `passpolicy check`, a note; {user} is a user name; --full-name is an option.
        l.tr("note: {user} is not a user on this host; the name rules used only the name given (no full name: give --full-name)",
             ["user": printable(user)])
    }

    static var rotationAgeOff: String {
        // TRANSLATORS: `passpolicy age`; maxage is a setting name.
        l.tr("maxage is 0 (rotation is off): there is no maximum to set.")
    }

    static func rotationChageFailed(user: String, status: Int32, detail: String) -> String {
        // TRANSLATORS: `passpolicy age --apply` error; chage is a command; {status} a number.
        let text = l.tr("chage failed for {user} (exit status {status})", ["user": printable(user), "status": status])
        return detail.isEmpty ? text : text + ": " + detail
    }

    static func rotationChageNotRun(_ error: String) -> String {
        // TRANSLATORS: `passpolicy age --apply` error; {error} is the system's reason, in English.
        l.tr("cannot run /usr/bin/chage: {error}", ["error": error])
    }

    /// A user name made safe for a terminal table (control characters as `?`).
    static func rotationDisplayName(_ name: String) -> String { printable(name) }
}

// MARK: Tokens (`passpolicy token`)

extension Messages {
    static var tokenStoreOff: String {
        // TRANSLATORS: `passpolicy token` error; store = none is a setting, --store an option.
        l.tr("store = none: passpolicyd's tokens are kept in the history store; set `store` or give --store")
    }

    static var tokenStoreRemote: String {
        // TRANSLATORS: `passpolicy token` error: the store setting names a passpolicyd (https://…).
        l.tr("the store is a passpolicyd: manage its tokens on the service's host, where its database is")
    }

    static func tokenNameTaken(_ name: String) -> String {
        // TRANSLATORS: `passpolicy token add` error; {name} is the token's name.
        l.tr("a token named {name} exists already; revoke it first or choose another name", ["name": printable(name)])
    }

    static func tokenUnknown(_ name: String) -> String {
        // TRANSLATORS: `passpolicy token revoke` error; {name} is the token's name.
        l.tr("there is no token named {name}", ["name": printable(name)])
    }

    static func tokenRevoked(_ name: String) -> String {
        // TRANSLATORS: `passpolicy token revoke`, on success; {name} is the token's name.
        l.tr("Revoked the token {name}.", ["name": printable(name)])
    }

    /// `passpolicy token list`: the header row (the cells below stay as they are).
    static var tokenListHeader: [String] {
        // TRANSLATORS: `passpolicy token list`, a column heading (capitals, short).
        [l.tr("NAME"),
         // TRANSLATORS: `passpolicy token list`, a column heading: system, helpdesk or admin.
         l.tr("ROLE"),
         // TRANSLATORS: `passpolicy token list`, a column heading: when the token was made.
         l.tr("CREATED"),
         // TRANSLATORS: `passpolicy token list`, a column heading: when the token was last used.
         l.tr("LAST USED")]
    }
}

// MARK: Samba (`passpolicy check --samba`), written to syslog

/// syslog lines stay English: administrators search their logs for them, as for pam_pwquality's.
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
