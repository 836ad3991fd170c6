/// Every sentence passpolicy shows a person or writes to a log, in one place.
///
/// Rule messages say what to change and never contain the password or any part of it.
/// They may name the part of the person's *own* user name or full name that matched.
///
/// Sentences a person reads come in every language of `Language`: each is an English msgid
/// with `{name}` placeholders, translated whole in `po/*.po` (never built from fragments:
/// Welsh word order and mutations differ), with a `TRANSLATORS:` comment right before the
/// call saying where it appears. `scripts/update-po.sh` extracts them into po/passpolicy.pot.
/// Configuration and history-store errors are English in `description` (what logs show)
/// and in any language through `message(_:)`; sentences built before the reader is known
/// (a reason, a hint) are made with `LateTranslation.english`. Log lines stay in English,
/// for the administrator's searches (as pam_pwquality's do).
public enum Messages {
    // MARK: Rules

    public static func invalidUTF8(_ l: Language) -> String {
        // TRANSLATORS: rule `encoding` (PAM "BAD PASSWORD" line, `passpolicy check`, the service).
        l.tr("The password contains bytes that are not valid text (UTF-8). Type it again on your keyboard.")
    }

    public static func controlCharacter(_ l: Language) -> String {
        // TRANSLATORS: rule `encoding`: a tab, NUL or other control character in the password.
        l.tr("The password contains a control character (such as a tab), which cannot be typed at every login. Use only characters you can see.")
    }

    public static func formatCharacter(_ l: Language) -> String {
        // TRANSLATORS: rule `encoding`: an invisible Unicode format character (zero-width space, right-to-left mark).
        l.tr("The password contains an invisible formatting character (such as a zero-width space or a right-to-left mark). Remove it; emoji are fine.")
    }

    public static func tooLong(max: Int, _ l: Language) -> String {
        // TRANSLATORS: rule `max-length`; {max} is the most characters allowed (maxlen).
        l.trn("The password is longer than {max} character. Shorten it; the other rules are checked after that.",
              "The password is longer than {max} characters. Shorten it; the other rules are checked after that.",
              max, ["max": max])
    }

    public static func tooShort(count: Int, min: Int, _ l: Language) -> String {
        if count == 0 {
            // TRANSLATORS: rule `min-length`, nothing typed; {min} is the fewest characters allowed (minlen).
            return l.trn("The password is empty. Choose one of at least {min} character.",
                         "The password is empty. Choose one of at least {min} characters.", min, ["min": min])
        }
        // TRANSLATORS: rule `min-length`; {count} characters typed, {min} needed, {more} = {min} - {count}.
        return l.trn("The password has {count} character; at least {min} are needed. Add {more} more, for example another word.",
                     "The password has {count} characters; at least {min} are needed. Add {more} more, for example another word.",
                     count, ["count": count, "min": min, "more": min - count])
    }

    /// `missing` is a list of `className`s, separated by ", ".
    public static func tooFewClasses(present: Int, needed: Int, missing: [CharacterClass], _ l: Language) -> String {
        let names = missing.map { className($0, l) }.joined(separator: ", ")
        // TRANSLATORS: rule `char-classes`; {present} and {needed} are numbers of kinds (of 4); {missing} is a
        // comma-separated list of the kinds below ("a digit, a symbol such as ! or #").
        return l.tr("The password uses {present} of the 4 kinds of character; {needed} are needed. Add one or more of: {missing}.",
                    ["present": present, "needed": needed, "missing": names])
    }

    public static func missingRequired(_ required: RequiredClass, _ l: Language) -> String {
        switch required {
        case .upper:
            // TRANSLATORS: rule `char-classes` when required_classes names upper.
            return l.tr("The password must contain an upper-case letter.")
        case .lower:
            // TRANSLATORS: rule `char-classes` when required_classes names lower.
            return l.tr("The password must contain a lower-case letter.")
        case .letter:
            // TRANSLATORS: rule `char-classes` when required_classes names letter (either case).
            return l.tr("The password must contain a letter.")
        case .digit:
            // TRANSLATORS: rule `char-classes` when required_classes names digit.
            return l.tr("The password must contain a digit.")
        case .special:
            // TRANSLATORS: rule `char-classes` when required_classes names special.
            return l.tr("The password must contain a symbol such as ! or #.")
        }
    }

    /// `position`: where the first run too long starts (1 = the first character).
    public static func repeated(max: Int, position: Int, _ l: Language) -> String {
        if max == 1 {
            // TRANSLATORS: rule `repeated-char`; {position} and {next} are the places of the pair in the password (1 = the first character).
            return l.tr("Characters {position} and {next} of the password are the same. Change one so that no character follows itself.",
                        ["position": position, "next": position + 1])
        }
        // TRANSLATORS: rule `repeated-char` with maxrepeat above 1: characters {position} to {last} are all the same.
        return l.tr("Characters {position} to {last} of the password are all the same. Break the run with other characters.",
                    ["position": position, "last": position + max])
    }

    public static func containsUserName(part: String, _ l: Language, _ audience: Audience) -> String {
        switch audience {
        case .own:
            // TRANSLATORS: rule `username`, read by the person setting their own password; {part} is the part of
            // their user name found, e.g. "parry". "look-alikes": 0 for o, 1 for l, $ for s.
            return l.tr("The password contains your user name or part of it (\"{part}\"), perhaps reversed or with look-alikes such as 0 for o. Leave it out.",
                        ["part": part])
        case .other:
            // TRANSLATORS: rule `username`, read by the helpdesk or an admin setting someone else's password.
            return l.tr("The password contains the user name or part of it (\"{part}\"), perhaps reversed or with look-alikes such as 0 for o. Leave it out.",
                        ["part": part])
        }
    }

    public static func containsFullName(part: String, _ l: Language, _ audience: Audience) -> String {
        switch audience {
        case .own:
            // TRANSLATORS: rule `personal-info`, read by the person themselves; {part} is part of their full name.
            return l.tr("The password contains part of your name (\"{part}\"), perhaps reversed or with look-alikes. Leave names out: they are guessed first.",
                        ["part": part])
        case .other:
            // TRANSLATORS: rule `personal-info`, read by the helpdesk or an admin; {part} is part of the person's full name.
            return l.tr("The password contains part of the person's name (\"{part}\"), perhaps reversed or with look-alikes. Leave names out: they are guessed first.",
                        ["part": part])
        }
    }

    public static func containsPersonalWord(_ word: String, _ l: Language) -> String {
        // TRANSLATORS: rule `personal-info`; {word} is on the school's list of personal words (personal_words).
        l.tr("The password contains \"{word}\", which is on this site's list of easily guessed words (school, children, pets). Choose something unrelated.",
             ["word": word])
    }

    /// The `dictionary` rule's message: what the password is, then the advice, two sentences.
    public static func dictionary(_ pattern: WeakPattern, _ l: Language) -> String {
        dictionaryFinding(pattern, l) + " " + dictionaryAdvice(l)
    }

    /// What the dictionary rule found, as one sentence.
    public static func dictionaryFinding(_ pattern: WeakPattern, _ l: Language) -> String {
        switch pattern {
        case .word:
            // TRANSLATORS: rule `dictionary`, first sentence; the advice sentence follows it.
            return l.tr("The password is little more than a dictionary word, easy to guess even with changes.")
        case .name:
            // TRANSLATORS: rule `dictionary`, first sentence; the advice sentence follows it.
            return l.tr("The password is little more than a name or surname, easy to guess even with changes.")
        case .place:
            // TRANSLATORS: rule `dictionary`, first sentence; the advice sentence follows it.
            return l.tr("The password is little more than a place name, easy to guess even with changes.")
        case .commonPassword:
            // TRANSLATORS: rule `dictionary`, first sentence; the advice sentence follows it.
            return l.tr("The password is little more than a common password, easy to guess even with changes.")
        case .compound:
            // TRANSLATORS: rule `dictionary`, first sentence; the advice sentence follows it.
            return l.tr("The password is little more than words joined together, easy to guess even with changes.")
        case .keyboardWalk:
            // TRANSLATORS: rule `dictionary`, first sentence: keys next to each other, such as "qwerty".
            return l.tr("The password is little more than a keyboard pattern, easy to guess even with changes.")
        case .date:
            // TRANSLATORS: rule `dictionary`, first sentence; the advice sentence follows it.
            return l.tr("The password is little more than a year or a date, easy to guess even with changes.")
        }
    }

    /// Advice that passes under the default policy, doubled-letter rule included.
    public static func dictionaryAdvice(_ l: Language) -> String {
        // TRANSLATORS: rule `dictionary`, second sentence, after each of the sentences above.
        l.tr("Use three or more unrelated words, with a digit or symbol between them.")
    }

    // MARK: Class names

    static func className(_ c: CharacterClass, _ l: Language) -> String {
        switch c {
        // TRANSLATORS: an item of the list {missing} in "Add one or more of: {missing}."
        case .upper: return l.tr("an upper-case letter")
        // TRANSLATORS: an item of the list {missing} in "Add one or more of: {missing}."
        case .lower: return l.tr("a lower-case letter")
        // TRANSLATORS: an item of the list {missing} in "Add one or more of: {missing}."
        case .digit: return l.tr("a digit")
        // TRANSLATORS: an item of the list {missing} in "Add one or more of: {missing}."
        case .special: return l.tr("a symbol such as ! or #")
        }
    }

    // MARK: Configuration

    public static func minlenOverMaxlen(_ minlen: Int, _ maxlen: Int) -> String {
        LateTranslation.english { l in
            // TRANSLATORS: config error, after "FILE:LINE: key 'maxlen': contradicts 'minlen': "; minlen and maxlen are setting names.
            l.tr("minlen ({minlen}) is larger than maxlen ({maxlen}): no password could pass", ["minlen": minlen, "maxlen": maxlen])
        }
    }

    public static func classesOverMinlen(_ classes: Int, _ minlen: Int) -> String {
        LateTranslation.english { l in
            // TRANSLATORS: config error, after "FILE:LINE: key 'minclass': contradicts 'minlen': "; {classes} is 2 to 4.
            l.tr("{classes} character classes are required but minlen is {minlen}: no password could pass",
                 ["classes": classes, "minlen": minlen])
        }
    }

    public static func warnageOverMaxage(_ warnage: Int, _ maxage: Int) -> String {
        LateTranslation.english { l in
            // TRANSLATORS: config error, after "FILE:LINE: key 'warnage': contradicts 'maxage': "; both are numbers of days.
            l.tr("warnage ({warnage}) must be smaller than maxage ({maxage})", ["warnage": warnage, "maxage": maxage])
        }
    }

    /// "FILE:LINE: key 'K': problem": the file, line and key as they are, the problem in `l`.
    public static func describe(_ e: ConfigError, _ l: Language = .english) -> String {
        let place = e.line > 0 ? "\(e.source):\(e.line)" : e.source
        let key = e.key.map { "key '\(printable($0))': " } ?? ""
        return "\(place): \(key)\(problem(e.problem, l))"
    }

    static func problem(_ p: ConfigError.Problem, _ l: Language) -> String {
        switch p {
        case .unreadable(let errno):
            // TRANSLATORS: config error, after "FILE: "; {error} is the system's reason, in English ("No such file or directory").
            return l.tr("cannot read the file: {error}", ["error": SystemError(errno: errno).description])
        case .unknownKey:
            // TRANSLATORS: config error, after "FILE:LINE: key 'K': "; `passpolicy config --keys` is a command.
            return l.tr("unknown key (see `passpolicy config --keys` for the list)")
        case .malformedLine:
            // TRANSLATORS: config error, after "FILE:LINE: ": the line is not a setting; `key = value` stays as it is.
            return l.tr("not a `key = value` line")
        case .contradiction(let other, let reason):
            // TRANSLATORS: config error, after "FILE:LINE: key 'K': "; {other} is another setting's name, {reason} one of the sentences above.
            return l.tr("contradicts '{other}': {reason}", ["other": other, "reason": LateTranslation.text(reason, in: l)])
        case .otherToolKey(let hint): return LateTranslation.text(hint, in: l)
        case .badValue(let v):
            switch v {
            case .missing:
                // TRANSLATORS: config error, after "FILE:LINE: key 'K': ": `key =` with nothing after it.
                return l.tr("a value is needed")
            case .notAnInteger:
                // TRANSLATORS: config error, after "FILE:LINE: key 'K': ".
                return l.tr("the value is not a whole number")
            case .outOfRange(let r):
                // TRANSLATORS: config error, after "FILE:LINE: key 'K': "; {low} and {high} are numbers.
                return l.tr("the value must be between {low} and {high}", ["low": r.lowerBound, "high": r.upperBound])
            case .notABoolean:
                // TRANSLATORS: config error, after "FILE:LINE: key 'K': "; yes and no are the values to write, not translated.
                return l.tr("the value must be yes or no")
            case .unknownChoice(let names):
                // TRANSLATORS: config error, after "FILE:LINE: key 'K': "; {choices} are values to write, not translated.
                return l.tr("the value must be one of: {choices}", ["choices": names.joined(separator: ", ")])
            case .notAnAbsolutePath:
                // TRANSLATORS: config error, after "FILE:LINE: key 'K': "; an absolute path starts with /.
                return l.tr("the value must be an absolute path")
            case .notASyncedGroupList:
                // TRANSLATORS: config error for synced_systems; the example in backquotes is written as it is.
                return l.tr("a system is named in two groups; write groups as `ad, google, m365; vle, mis`")
            }
        }
    }

    /// A config text made safe to print: control characters shown as `?`, at most 60 characters.
    public static func printable(_ text: String) -> String {
        var out = ""
        for s in text.unicodeScalars.prefix(60) {
            out.unicodeScalars.append(s.value < 0x20 || s.value == 0x7F ? "?" : s)
        }
        return out
    }

    // MARK: Word list

    public static func wordListMissing(path: String, error: String, _ l: Language = .english) -> String {
        // TRANSLATORS: `passpolicy` commands (check, generate, dict info); {path} is a file, {error} why (perhaps in English).
        l.tr("the word list {path} cannot be used ({error}); the dictionary rule cannot run, so passwords are refused. Run `passpolicy dict build` as root to create it, or set dictcheck = no.",
             ["path": path, "error": LateTranslation.text(error, in: l)])
    }

    public static func wordListCannotWrite(path: String, error: String, _ l: Language = .english) -> String {
        // TRANSLATORS: `passpolicy dict build`; {path} is a file, {error} why (perhaps in English).
        l.tr("cannot write {path}: {error}", ["path": path, "error": LateTranslation.text(error, in: l)])
    }

    // MARK: Word list (compiled file)

    public static func wordSourceUnreadable(name: String, path: String, reason: String) -> String {
        LateTranslation.english { l in
            // TRANSLATORS: `passpolicy dict build`; {name} names a word list ("wamerican"), {path} its file, {reason} the system's reason (English).
            l.tr("the word source {name} ({path}) cannot be read: {reason}", ["name": name, "path": path, "reason": reason])
        }
    }

    public static func wordSourceSkipped(name: String, path: String) -> String {
        LateTranslation.english { l in
            // TRANSLATORS: `passpolicy dict build`, a note; {name} names a word list package, {path} its file.
            l.tr("note: optional word source {name} ({path}) is not installed; skipped", ["name": name, "path": path])
        }
    }

    public static let wordListNotAFile = LateTranslation.english { l in
        // TRANSLATORS: why the word list cannot be used, inside "the word list {path} cannot be used ({error})".
        l.tr("it is not a regular file")
    }
    public static let wordListTruncated = LateTranslation.english { l in
        // TRANSLATORS: why the word list cannot be used, inside "the word list {path} cannot be used ({error})".
        l.tr("the file is truncated")
    }
    public static let wordListForeign = LateTranslation.english { l in
        // TRANSLATORS: why the word list cannot be used, inside "the word list {path} cannot be used ({error})".
        l.tr("it is not a passpolicy word list")
    }
    public static let wordListDamaged = LateTranslation.english { l in
        // TRANSLATORS: why the word list cannot be used, inside "the word list {path} cannot be used ({error})".
        l.tr("the file is damaged")
    }
    public static let wordListTooLarge = LateTranslation.english { l in
        // TRANSLATORS: `passpolicy dict build`: why the word list cannot be written; a trie is the file's structure.
        l.tr("the words given make a trie larger than the format holds (64 MB); use fewer or shorter word lists")
    }

    public static func wordListVersion(_ found: UInt32, expected: UInt32) -> String {
        LateTranslation.english { l in
            // TRANSLATORS: why the word list cannot be used: it was made by another passpolicy version.
            l.tr("it has format version {found}, this passpolicy reads version {expected}; run `passpolicy dict build` again",
                 ["found": found, "expected": expected])
        }
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
    public static func reusedOnThisSystem(_ l: Language, _ audience: Audience) -> String {
        switch audience {
        case .own:
            // TRANSLATORS: rule `reuse`, read by the person themselves: one of their last passwords on this system.
            return l.tr("You have used this password on this system before. Choose one you have never used.")
        case .other:
            // TRANSLATORS: rule `reuse`, read by the helpdesk or an admin setting someone else's password.
            return l.tr("The person has used this password on this system before. Choose one they have never used.")
        }
    }

    public static func reusedOnOtherSystem(_ system: String, _ l: Language, _ audience: Audience) -> String {
        switch audience {
        case .own:
            // TRANSLATORS: rule `reuse`, read by the person; {system} names the other system (e.g. "vle", "m365").
            return l.tr("This is your current password on another system ({system}). Use a different password on every system.",
                        ["system": printable(system)])
        case .other:
            // TRANSLATORS: rule `reuse`, read by the helpdesk or an admin; {system} names the other system.
            return l.tr("This is the person's current password on another system ({system}). Use a different password on every system.",
                        ["system": printable(system)])
        }
    }

    public static func similarToEarlier(_ l: Language, _ audience: Audience) -> String {
        switch audience {
        case .own:
            // TRANSLATORS: rule `similar`, read by the person themselves.
            return l.tr("The password is a small change of one you used before (other digits, symbols or capitals). Choose a new one, not a variation.")
        case .other:
            // TRANSLATORS: rule `similar`, read by the helpdesk or an admin.
            return l.tr("The password is a small change of one the person used before (other digits, symbols or capitals). Choose a new one, not a variation.")
        }
    }

    public static func malformedEntry(system: String, time: Int64) -> String {
        LateTranslation.english { l in
            // TRANSLATORS: why the history store failed; {system} is a system name, {time} a Unix time; Argon2id is a name.
            l.tr("an entry (system {system}, time {time}) is not a valid Argon2id hash string with accepted parameters",
                 ["system": printable(system), "time": time])
        }
    }

    /// Why the history could not be read by this user (the reason in a store error).
    public static func historyPermissionDenied(path: String) -> String {
        LateTranslation.english { l in
            // TRANSLATORS: why the history cannot be reached by this user; {path} is the store's file.
            l.tr("permission denied on {path}", ["path": path])
        }
    }

    public static let saltKeptChanging = LateTranslation.english { l in
        // TRANSLATORS: why the history store failed (`passpolicy record`, passpolicyd).
        l.tr("the person's history was forgotten and recreated while recording, three times in a row")
    }

    /// A history error for a person reading it in `l`; the English is `HistoryError.description`.
    /// `store` and the system's reasons inside stay as they are.
    public static func describe(_ e: HistoryError, _ l: Language = .english) -> String {
        switch e {
        case .unavailable(let store, let reason):
            // TRANSLATORS: history store error (`passpolicy history`, `record`, `forget`, `token`, `due`); {store} is a file or URL, {reason} why.
            return l.tr("the password history {store} cannot be reached: {reason}",
                        ["store": store, "reason": LateTranslation.text(reason, in: l)])
        case .storeFailed(let store, let reason):
            // TRANSLATORS: history store error; {store} is a file or URL, {reason} why (an SQL error stays in English).
            return l.tr("the password history {store} failed: {reason}", ["store": store, "reason": LateTranslation.text(reason, in: l)])
        case .damaged(let store, let reason):
            // TRANSLATORS: history store error; {store} is a file, {reason} the database's reason (in English).
            return l.tr("the password history {store} is damaged ({reason}); restore it from a backup, or move it away to start a new one",
                        ["store": store, "reason": LateTranslation.text(reason, in: l)])
        case .symbolicLink(let store, let link):
            // TRANSLATORS: history store error; {store} is the store's file, {link} the part of its path that is a symbolic link.
            return l.tr("the password history {store}: {link} is a symbolic link; symbolic link refused (name the real path)",
                        ["store": store, "link": link])
        case .badLocation(let text):
            // TRANSLATORS: error in the `store` setting; {store} is its value; postgresql:// and https:// are written as they are.
            return l.tr("store: '{store}' is neither an absolute file path nor a postgresql:// or https:// URL",
                        ["store": LateTranslation.text(printable(text), in: l)])
        case .pepper(let path, let problem):
            // The setting's name and its file, as the config error's file and key.
            return "pepper_file \(path): \(describe(problem, l))"
        case .hashing(let reason):
            // TRANSLATORS: history error; {reason} is the Argon2 library's reason, in English.
            return l.tr("hashing the password failed: {reason}", ["reason": reason])
        case .invalidName(let field):
            switch field {
            case "user":
                // TRANSLATORS: a user name that cannot be stored (the service, `passpolicy record`); {max} is a number of bytes.
                return l.tr("the user name must be 1 to {max} bytes without control characters", ["max": HistoryService.maxNameBytes])
            case "system":
                // TRANSLATORS: a system name that cannot be stored; {max} is a number of bytes.
                return l.tr("the system name must be 1 to {max} bytes without control characters", ["max": HistoryService.maxNameBytes])
            default:
                return "the \(field) name must be 1 to \(HistoryService.maxNameBytes) bytes without control characters"
            }
        }
    }

    static func describe(_ p: PepperProblem, _ l: Language = .english) -> String {
        switch p {
        case .unreadable(let errno):
            // TRANSLATORS: pepper problem, after "pepper_file {path}: "; {error} is the system's reason, in English.
            return l.tr("cannot read the file: {error}", ["error": SystemError(errno: errno).description])
        case .notARegularFile:
            // TRANSLATORS: pepper problem, after "pepper_file {path}: ".
            return l.tr("not a regular file")
        case .accessibleByOthers(let mode):
            // TRANSLATORS: pepper problem; {mode} is an octal file mode such as 644; `chmod 600` is a command.
            return l.tr("group or others have access (mode {mode}); it must be readable by root only: chmod 600",
                        ["mode": String(mode, radix: 8)])
        case .wrongOwner(let uid):
            // TRANSLATORS: pepper problem; {uid} is a number (a user id).
            return l.tr("owned by uid {uid}; it must belong to root", ["uid": uid])
        case .tooShort(let bytes, let minimum):
            // TRANSLATORS: pepper problem; a pepper is a secret added to every password before hashing.
            return l.tr("holds {bytes} bytes; a pepper needs at least {minimum}", ["bytes": bytes, "minimum": minimum])
        case .tooLong(let bytes, let maximum):
            // TRANSLATORS: pepper problem.
            return l.tr("holds {bytes} bytes; at most {maximum} are allowed", ["bytes": bytes, "maximum": maximum])
        }
    }

}

// MARK: Last changes from the history store (`passpolicy due --store`, the login check)

extension Messages {
    /// `--store` names an SQLite file that is not there (`error`: the system's reason).
    public static func historyStoreMissing(_ error: String) -> String {
        LateTranslation.english { l in
            // TRANSLATORS: why the history cannot be reached (`passpolicy history --store FILE`); {error} is the system's reason, in English.
            l.tr("store not found: no history file there ({error})", ["error": error])
        }
    }

    /// A directory on an SQLite store's path does not exist. passpolicy never creates them:
    /// a missing directory is more often an unmounted share than a new installation.
    public static func storeDirectoryMissing(_ directory: String) -> String {
        LateTranslation.english { l in
            // TRANSLATORS: why the history cannot be reached; {directory} is a directory; a share is a network drive.
            l.tr("the directory {directory} does not exist (passpolicy does not create a store's directories: create it, or mount the share it is on)",
                 ["directory": directory])
        }
    }

    /// A directory on an SQLite store's path cannot be entered or read.
    public static func storeDirectoryUnusable(_ directory: String, _ error: String) -> String {
        LateTranslation.english { l in
            // TRANSLATORS: why the history cannot be reached; {directory} is a directory, {error} the system's reason, in English.
            l.tr("cannot use the directory {directory}: {error}", ["directory": directory, "error": error])
        }
    }

    public static let storeNamesNoFile = LateTranslation.english { l in
        // TRANSLATORS: why the history cannot be reached: the `store` path ends in / or names nothing.
        l.tr("the path names no file")
    }


}

// MARK: Rotation

extension Messages {
    /// Login: the password is older than the limit.
    public static func rotationExpired(ageDays: Int, maxDays: Int, _ l: Language) -> String {
        // TRANSLATORS: at login (PAM account check) when the password is too old; {max} is maxage in days,
        // {age} the password's age in days, always 2 or more (older than {max}).
        l.trn("Your password is {age} days old; the policy requires a new one every {max} day. Change it now.",
              "Your password is {age} days old; the policy requires a new one every {max} days. Change it now.",
              maxDays, ["age": ageDays, "max": maxDays])
    }

    /// Login: the password expires soon.
    public static func rotationWarning(daysLeft: Int, _ l: Language) -> String {
        switch daysLeft {
        case ...0:
            // TRANSLATORS: at login, warning; `passwd` is the command, keep it as it is.
            return l.tr("Your password expires today. Change it now with `passwd`.")
        case 1:
            // TRANSLATORS: at login, warning; `passwd` is the command, keep it as it is.
            return l.tr("Your password expires tomorrow. Change it with `passwd` before then.")
        default:
            // TRANSLATORS: at login, warning; {days} is 2 or more.
            return l.trn("Your password expires in {days} day. Change it with `passwd` before then.",
                         "Your password expires in {days} days. Change it with `passwd` before then.",
                         daysLeft, ["days": daysLeft])
        }
    }

    /// Login: shadow's last change is 0.
    public static func rotationMustChange(_ l: Language) -> String {
        // TRANSLATORS: at login, when the administrator has required a new password (chage -d 0).
        l.tr("You must change your password now: your administrator requires a new one.")
    }

    /// A bad line of /etc/passwd or /etc/shadow (`passpolicy due`, `age`): "FILE:LINE: what; line skipped".
    public static func rotationLineProblem(_ p: LineProblem, _ l: Language = .english) -> String {
        let place = "\(p.file):\(p.line)"
        switch p.reason {
        case .fieldCount(let expected, let found):
            // TRANSLATORS: `passpolicy due`/`age`, a line of /etc/passwd or /etc/shadow skipped; {place} is FILE:LINE.
            return l.tr("{place}: {expected} fields separated by ':' expected, {found} found; line skipped",
                        ["place": place, "expected": expected, "found": found])
        case .emptyUserName:
            // TRANSLATORS: `passpolicy due`/`age`; {place} is FILE:LINE.
            return l.tr("{place}: the user name is empty; line skipped", ["place": place])
        case .badNumber(let field, let max):
            // TRANSLATORS: `passpolicy due`/`age`; {place} is FILE:LINE, {field} a field name of /etc/shadow (not translated).
            return l.tr("{place}: the {field} field is not a whole number from 0 to {max}; line skipped",
                        ["place": place, "field": field, "max": max])
        }
    }

    /// `passpolicy due` table: a person known only to the history store (no local account).
    public static let dueStoreOnly = "store only"
    public static let dueLocalAccount = "local"

    public static func rotationUnreadable(path: String, error: String, _ l: Language = .english) -> String {
        // TRANSLATORS: `passpolicy due`/`age`; {path} is a file such as /etc/shadow, {error} the system's reason, in English.
        l.tr("cannot read {path}: {error}", ["path": path, "error": error])
    }
}

// MARK: Profiles and other tools' keys (config)

extension Messages {
    /// `passpolicy config`: a value set by a profile, e.g. "/etc/security/passpolicy.conf:3 (profile ncsc)".
    public static func originFromProfile(place: String, profile: String) -> String {
        "\(place) (profile \(profile))"
    }

    public static let profileCaerauPrimary = LateTranslation.english { l in
        // TRANSLATORS: `passpolicy config --profiles`: what the shipped profile CaerauPrimary sets; setting names stay as they are.
        l.tr("A primary school's policy: at least 8 characters with letters, numbers and special characters.")
    }
    public static let profileUseOfComputers = LateTranslation.english { l in
        // TRANSLATORS: `passpolicy config --profiles`: what the shipped profile UseOfComputers sets; setting names stay as they are.
        l.tr("A use-of-computers policy: at least 8 characters using all four classes, changed every 60 days.")
    }
    public static let profileWinningtonPark = LateTranslation.english { l in
        // TRANSLATORS: `passpolicy config --profiles`: what the shipped profile WinningtonPark sets; setting names stay as they are.
        l.tr("The full default list: 8 characters, 3 of 4 classes, no doubles, no names or dictionary words, every 60 days.")
    }
    public static let profileAvantiTrust = LateTranslation.english { l in
        // TRANSLATORS: `passpolicy config --profiles`: what the shipped profile AvantiTrust sets; setting names stay as they are.
        l.tr("A trust's policy: strong (12 characters, 10^12 guesses), nothing personal, changed every 90 days.")
    }
    public static let profileNCSC = LateTranslation.english { l in
        // TRANSLATORS: `passpolicy config --profiles`: what the shipped profile NCSC sets; setting names stay as they are.
        l.tr("NCSC and Cyber Essentials: at least 12 characters, no forced complexity or expiry, a blocklist; three random words pass.")
    }
    public static let profileNIST = LateTranslation.english { l in
        // TRANSLATORS: `passpolicy config --profiles`: what the shipped profile NIST sets; setting names stay as they are.
        l.tr("NIST SP 800-63B: 8 to 64 characters, no composition rules, no expiry, a blocklist of guessable passwords.")
    }

    public static let hintDifok = LateTranslation.english { l in
        // TRANSLATORS: config error for another tool's key, after "FILE:LINE: key 'K': "; names in backquotes and setting names stay as they are.
        l.tr("passpolicy has no difok: the `similar` rule refuses small changes of earlier passwords from the history (set `remember` and `store`).")
    }
    public static let hintCredit = LateTranslation.english { l in
        // TRANSLATORS: config error for another tool's key, after "FILE:LINE: key 'K': "; names in backquotes and setting names stay as they are.
        l.tr("credits are pam_pwquality's; passpolicy uses `minclass` and `required_classes` (for example required_classes = upper, digit).")
    }
    public static let hintClassRepeat = LateTranslation.english { l in
        // TRANSLATORS: config error for another tool's key, after "FILE:LINE: key 'K': "; names in backquotes and setting names stay as they are.
        l.tr("passpolicy has no class repeat limit; use `maxrepeat` for identical characters in a row.")
    }
    public static let hintMaxSequence = LateTranslation.english { l in
        // TRANSLATORS: config error for another tool's key, after "FILE:LINE: key 'K': "; names in backquotes and setting names stay as they are.
        l.tr("passpolicy has no maxsequence: the `dictionary` rule refuses sequences and keyboard walks such as 1234 or qwerty.")
    }
    public static let hintGecosCheck = LateTranslation.english { l in
        // TRANSLATORS: config error for another tool's key, after "FILE:LINE: key 'K': "; names in backquotes and setting names stay as they are.
        l.tr("passpolicy spells this `personalcheck`: it refuses parts of the full name (GECOS) and the `personal_words`.")
    }
    public static let hintBadWords = LateTranslation.english { l in
        // TRANSLATORS: config error for another tool's key, after "FILE:LINE: key 'K': "; names in backquotes and setting names stay as they are.
        l.tr("passpolicy spells this `personal_words` (comma-separated).")
    }
    public static let hintUserSubstr = LateTranslation.english { l in
        // TRANSLATORS: config error for another tool's key, after "FILE:LINE: key 'K': "; names in backquotes and setting names stay as they are.
        l.tr("passpolicy has no usersubstr: `usercheck` refuses any part of the user name of 3 or more characters.")
    }
    public static let hintDictPath = LateTranslation.english { l in
        // TRANSLATORS: config error for another tool's key, after "FILE:LINE: key 'K': "; names in backquotes and setting names stay as they are.
        l.tr("passpolicy's word list is `dictpath`, a file made by `passpolicy dict build`; cracklib's dictionary goes into it.")
    }
    public static let hintCrackLibDictPath = LateTranslation.english { l in
        // TRANSLATORS: config error for another tool's key, after "FILE:LINE: key 'K': "; names in backquotes and setting names stay as they are.
        l.tr("this is cracklib's dictionary, as pwquality's dictpath names it; passpolicy's dictpath is the file `passpolicy dict build` writes, which includes it.")
    }
    public static let hintEnforce = LateTranslation.english { l in
        // TRANSLATORS: config error for another tool's key, after "FILE:LINE: key 'K': "; names in backquotes and setting names stay as they are.
        l.tr("passpolicy spells this `enforcing = yes` or `enforcing = no` (warn only).")
    }
    public static let hintPasswdqc = LateTranslation.english { l in
        // TRANSLATORS: config error for another tool's key, after "FILE:LINE: key 'K': "; names in backquotes and setting names stay as they are.
        l.tr("this is a passwdqc option; passpolicy uses `minlen`, `maxlen`, `minclass` and `minguesses` (see `passpolicy config --keys`).")
    }
    public static let hintRejectUsername = LateTranslation.english { l in
        // TRANSLATORS: config error for another tool's key, after "FILE:LINE: key 'K': "; names in backquotes and setting names stay as they are.
        l.tr("passpolicy spells this `usercheck`.")
    }
    public static let hintPalindrome = LateTranslation.english { l in
        // TRANSLATORS: config error for another tool's key, after "FILE:LINE: key 'K': "; names in backquotes and setting names stay as they are.
        l.tr("passpolicy has no palindrome check: the `dictionary` rule refuses a word read backwards.")
    }
}

// MARK: A history kept by passpolicyd (`store = https://…`)

extension Messages {
    public static func remoteTokenUnreadable(_ path: String, _ error: String) -> String {
        LateTranslation.english { l in
            // TRANSLATORS: why passpolicyd cannot be reached (store = https://…); {path} is a file, {error} the system's reason (English).
            l.tr("the token file {path} cannot be read ({error}); make one with `passpolicy token add` on the service's host",
                 ["path": path, "error": error])
        }
    }

    public static func remoteTokenExposed(_ path: String) -> String {
        LateTranslation.english { l in
            // TRANSLATORS: error in the token_file setting; {path} is the file; `chmod 600` is a command.
            l.tr("token_file {path} must be a regular file owned by root that no one else can read (chmod 600)", ["path": path])
        }
    }

    public static func remoteTokenMalformed(_ path: String) -> String {
        LateTranslation.english { l in
            // TRANSLATORS: error in the token_file setting; {path} is the file.
            l.tr("token_file {path} does not hold a token (one line, printable characters)", ["path": path])
        }
    }

    public static func remoteTokenRefused(settingsTokenFile key: String) -> String {
        LateTranslation.english { l in
            // TRANSLATORS: passpolicyd answered 401 to this host; {key} is the setting name token_file.
            l.tr("the service refused this host's token ({key}); it may have been revoked", ["key": key])
        }
    }

    public static let remoteAnswerMalformed = LateTranslation.english { l in
        // TRANSLATORS: why the history kept by passpolicyd failed: its answer could not be read.
        l.tr("the service's answer is not what passpolicy expects")
    }
}
