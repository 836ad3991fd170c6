/// Every key of passpolicy.conf, in the order `passpolicy config` and the example file list
/// them. The PAM module accepts each of them as `key=value` on its line too.
public enum OptionTable {
    public static let all: [ConfigOption] = [
        ConfigOption(
            name: Profile.key,
            summary: "A shipped profile, applied where this line stands: settings after it override it (`passpolicy config --profiles` lists them).",
            valueHelp: Profile.all.map(\.name).joined(separator: "|"),
            apply: { (settings: inout Settings, text: String) throws(ValueProblem) in
                // Empty or `none`: no profile (the example file's commented default).
                if text.isEmpty || lowercased(text) == "none" { settings.profile = ""; return }
                guard let profile = Profile.named(text) else { throw .unknownChoice(Profile.all.map(\.name)) }
                try profile.apply(to: &settings)
            },
            render: { $0.profile }),
        .integer("minlen", 1...4096, "Fewest characters a password may have (characters as people see them, not bytes).", \.minLength),
        .integer("maxlen", 1...4096, "Most characters a password may have.", \.maxLength),
        .integer("minclass", 0...4, "Fewest of the four classes (upper case, lower case, digits, specials) a password must use.", \.minClasses),
        ConfigOption(
            name: "required_classes",
            summary: "Classes every password must contain whatever minclass says: upper, lower, letter (either case), digit, special.",
            valueHelp: "comma-separated list",
            apply: { (settings: inout Settings, text: String) throws(ValueProblem) in
                var classes: [RequiredClass] = []
                for item in splitList(text) {
                    guard let c = RequiredClass(rawValue: lowercased(item)) else {
                        throw .unknownChoice(RequiredClass.allCases.map(\.rawValue))
                    }
                    if !classes.contains(c) { classes.append(c) }
                }
                settings.requiredClasses = classes
            },
            render: { $0.requiredClasses.isEmpty ? "none" : $0.requiredClasses.map(\.rawValue).joined(separator: ", ") }),
        .integer("maxrepeat", 0...4096, "Most identical characters allowed in a row; 0 turns the rule off.", \.maxRepeat),
        .boolean("usercheck", "Refuse passwords containing the user name or a part of it.", \.userCheck),
        .boolean("personalcheck", "Refuse passwords containing parts of the full name or a personal word.", \.personalCheck),
        .list("personal_words", "Words no password may contain: the school's name, children's and pets' names, …", paths: false, \.personalWords),
        .boolean("dictcheck", "Refuse passwords that are no more than a dictionary word, name, place or common password.", \.dictCheck),
        .integer("minguesses", 1_000...1_000_000_000_000_000_000,
                 "Dictionary rule: refuse a password guessed in fewer tries than this by an attacker who knows how people build passwords from words, names, places, years and look-alikes (default 10^10).",
                 \.minGuesses),
        .text("dictpath", "The compiled word list (`passpolicy dict build` writes it).", path: true, required: true, \.dictPath),
        .list("wordlists", "Extra word lists (one word a line) compiled into the word list by `passpolicy dict build`.", paths: true, \.wordLists),
        .boolean("enforcing", "PAM: refuse a password that breaks a rule; no reports each broken rule as a warning and lets the change through (a gradual rollout).", \.enforcing),
        .integer("retry", 1...100, "PAM: how many times to ask for a new password before giving up.", \.retry),
        .boolean("enforce_for_root", "PAM: refuse weak passwords set by root too (otherwise root is warned only).", \.enforceForRoot),
        .boolean("local_users_only", "PAM: check only users listed in /etc/passwd.", \.localUsersOnly),
        .integer("remember", 0...400, "How many earlier passwords of a person on the same system may not be used again.", \.remember),
        .text("store", "The password history: an SQLite file path, a postgresql:// URL, or the https:// URL of a passpolicyd.", path: false, \.store),
        .text("token_file", "With store = https://…: the file holding this host's passpolicyd token (readable by root only).", path: true, \.tokenFile),
        .text("ca_file", "With store = https://…: CA certificates (PEM) to verify the service with, instead of the system's.", path: true, \.caFile),
        .integer("store_timeout", 1...120, "Seconds any one call to the history store's service may take.", \.storeTimeoutSeconds),
        .choice("store_unavailable", "What to do when the history store cannot be reached: refuse the change or allow it with a warning.", \.storeUnavailable),
        .text("system", "The name of this system in the shared history (default: the host name).", path: false, \.system),
        ConfigOption(
            name: "synced_systems",
            summary: "Systems that share one password by design, counted as one system by reuse and similar: groups separated by ';', members by ','.",
            valueHelp: "groups of comma-separated names, separated by ';'",
            apply: { (settings: inout Settings, text: String) throws(ValueProblem) in
                guard let synced = SyncedSystems(parsing: lowercased(text) == "none" ? "" : text) else {
                    throw .notASyncedGroupList
                }
                settings.syncedSystems = synced
            },
            render: { $0.syncedSystems.text }),
        .text("pepper_file", "A root-only file holding a secret mixed into every stored hash.", path: true, \.pepperFile),
        .integer("maxage", 0...99999, "Days a password may be used before it must be changed; 0 turns rotation off.", \.maxAge),
        .integer("warnage", 0...99999, "Days before expiry that the person is warned.", \.warnAge),
        .choice("language", "The language of messages when the reader's locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) or request names none: en or cy (Cymraeg).", \.language),
        .text("listen", "passpolicyd: the address and port to listen on (host:port, [v6]:port).", path: false, \.listen),
        .text("tls_certificate", "passpolicyd: the TLS certificate chain (PEM); with tls_key, the service speaks HTTPS.", path: true, \.tlsCertificate),
        .text("tls_key", "passpolicyd: the TLS private key (PEM).", path: true, \.tlsKey),
        .boolean("insecure_http", "passpolicyd: allow plain HTTP on an address other than loopback (tokens and passwords then cross the network in clear).", \.insecureHTTP),
        .integer("max_request_bytes", 256...1_048_576, "passpolicyd: the largest request body accepted; larger ones get 413.", \.maxRequestBytes),
        .integer("kdf_concurrency", 0...1024, "passpolicyd: most Argon2id runs at once (each takes ~19 MiB); 0 means one per core.", \.kdfConcurrency),
        .integer("kdf_wait", 0...300, "passpolicyd: seconds a request waits for an Argon2id slot before it gets 503.", \.kdfWaitSeconds),
        .integer("history_checks_per_hour", 0...1_000_000, "passpolicyd: most history checks per user per hour (the rest get 429); 0 means no limit.", \.historyChecksPerHour),
        .integer("request_timeout", 1...3600, "passpolicyd: seconds a client has to send a whole request; slower connections are closed.", \.requestTimeoutSeconds),
    ]

    /// Each key's place in `all`: looked up for every key on every password change.
    private static let index: [String: Int] = Dictionary(uniqueKeysWithValues: all.enumerated().map { ($1.name, $0) })

    public static func option(named name: String) -> ConfigOption? {
        index[name].map { all[$0] }
    }
}
