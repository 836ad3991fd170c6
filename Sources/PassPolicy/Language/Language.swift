#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Who reads a message: it decides between "your user name" and "the user name".
public enum Audience: Sendable, Hashable {
    /// The person whose password it is, setting their own (`passwd` run by them).
    case own
    /// Someone else: root or the helpdesk setting a person's password (`passwd alice` as root,
    /// `passpolicy check --user alice` run by another user), or a system calling passpolicyd.
    case other
}

/// The language passpolicy speaks to one reader: English, built in (the msgids of the
/// catalogs), or a language with a compiled catalog in
/// `<localedir>/<code>/LC_MESSAGES/passpolicy.mo`.
///
/// ## Why not glibc's gettext
/// glibc's `dgettext` translates into the language of the *process's* locale: it needs a
/// successful `setlocale(LC_MESSAGES, "")`, which fails on a fresh Debian 12 where no
/// cy_GB.UTF-8 locale has been generated (and then glibc ignores `LANGUAGE` too: the locale
/// stays "C"). It is also one global setting per process, where `passpolicyd` answers each
/// request in the language that request asks for, from many threads at once, and where the
/// PAM module must not change the locale of the `passwd`, `login` or `sshd` that loaded it.
/// So passpolicy chooses the language itself, the way gettext does (`Language.fromEnvironment`),
/// and reads the `.mo` file itself (`MessageCatalog`): the same files msgfmt writes, read
/// once per process and shared, immutable, between threads. A missing or unusable catalog
/// gives the English messages.
public struct Language: Sendable, Hashable, CustomStringConvertible {
    /// "en", "cy": the language part of a locale name, lower case.
    public let code: String
    let catalog: MessageCatalog?

    public static let english = Language(code: "en", catalog: nil)

    /// The languages passpolicy has sentences for; "en" needs no catalog.
    public static let supported = ["en", "cy"]

    public var description: String { code }

    public static func == (a: Language, b: Language) -> Bool { a.code == b.code }
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }

    private init(code: String, catalog: MessageCatalog?) {
        self.code = code
        self.catalog = catalog
    }

    /// A language made from a catalog held in memory (tests, and a front end that ships its own).
    public init(code: String, catalogBytes: [UInt8]) {
        self.init(code: code, catalog: MessageCatalog(bytes: catalogBytes))
    }

    // MARK: Finding a language

    /// Where the compiled catalogs are: `$PASSPOLICY_LOCALEDIR` for tests and staged
    /// installs (ignored in setuid and setgid programs, as `secure_getenv` would, so that a
    /// person cannot make `passwd` read a file of their choosing), else /usr/share/locale.
    public static var localeDirectory: String {
        // A setuid or setgid program runs with ids other than its caller's: no override there.
        if getuid() == geteuid(), getgid() == getegid(), let dir = getenv("PASSPOLICY_LOCALEDIR"), dir.pointee != 0 {
            return String(cString: dir)
        }
        return "/usr/share/locale"
    }

    /// The catalog file of `code` under `directory`.
    public static func catalogPath(_ code: String, in directory: String = localeDirectory) -> String {
        "\(directory)/\(code)/LC_MESSAGES/passpolicy.mo"
    }

    /// The base language code of a locale or language tag: "cy_GB.UTF-8@euro", "cy-GB",
    /// "CY" → "cy". Nil when it is not one (C, POSIX, empty, not letters).
    public static func code(of name: some StringProtocol) -> String? {
        var code = ""
        for u in name.utf8 {
            if u == UInt8(ascii: "_") || u == UInt8(ascii: "-") || u == UInt8(ascii: ".") || u == UInt8(ascii: "@") { break }
            guard (u >= 0x41 && u <= 0x5A) || (u >= 0x61 && u <= 0x7A), code.utf8.count < 8 else { return nil }
            code.unicodeScalars.append(Unicode.Scalar(u | 0x20))
        }
        guard code.utf8.count >= 2, code != "c" else { return nil }
        return code
    }

    /// The language named by `name` (a code, locale or tag), with its catalog; nil when
    /// passpolicy does not speak it. A language passpolicy speaks whose catalog is not
    /// installed (or is unusable) gives English.
    public static func named(_ name: some StringProtocol) -> Language? {
        guard let code = code(of: name), supported.contains(code) else { return nil }
        if code == "en" { return .english }
        let catalog = Self.catalog(code)
        return catalog.map { Language(code: code, catalog: $0) } ?? .english
    }

    /// Catalogs read so far in this process, by directory and code (nil: none usable there).
    private static let loaded = Mutex<[String: MessageCatalog?]>([:])

    private static func catalog(_ code: String) -> MessageCatalog? {
        let path = catalogPath(code)
        if let known = loaded.withLock({ $0[path] }) { return known }
        let catalog: MessageCatalog?
        switch SystemFile.read(path, limit: MessageCatalog.maxBytes) {
        case .success(let bytes): catalog = MessageCatalog(bytes: bytes)
        case .failure: catalog = nil
        }
        loaded.withLock { $0[path] = .some(catalog) }
        return catalog
    }

    /// The language the locale environment asks for, as gettext chooses it:
    /// - the locale is the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and not empty;
    /// - `LANGUAGE`, a colon-separated list of preferences, comes first unless that locale is
    ///   "C" or "POSIX" (gettext's rule; unlike glibc, an unset locale does not count as "C",
    ///   so `LANGUAGE=cy` alone is enough);
    /// - a locale that names a language passpolicy does not speak gives English, as gettext
    ///   shows the msgid;
    /// - when nothing names a language (unset, "C", "POSIX", "C.UTF-8"), `fallback`: the
    ///   `language` setting of passpolicy.conf.
    ///
    /// `get` reads one variable (`getenv`, or a PAM environment).
    public static func fromEnvironment(fallback: Language = .english, _ get: (String) -> String?) -> Language {
        var locale: String?
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = get(name), !value.isEmpty {
                locale = value
                break
            }
        }
        let isC = locale == "C" || locale == "POSIX"
        if !isC, let preferences = get("LANGUAGE"), !preferences.isEmpty {
            for item in preferences.split(separator: ":") {
                if let language = named(item) { return language }
            }
        }
        if let locale, let code = code(of: locale) {
            return named(code) ?? .english
        }
        return fallback
    }

    /// `fromEnvironment` on this process's environment.
    public static func fromProcessEnvironment(fallback: Language = .english) -> Language {
        fromEnvironment(fallback: fallback) { name in getenv(name).map { String(cString: $0) } }
    }

    /// The best language of an HTTP `Accept-Language` header ("cy-GB,cy;q=0.9,en;q=0.5"):
    /// the one passpolicy speaks with the highest q (the first of equals); nil when it names
    /// none (then the caller's default applies). `*` counts as the default, so nil.
    public static func fromAcceptLanguage(_ header: some StringProtocol) -> Language? {
        var best: (q: Int, language: Language)?
        for item in header.split(separator: ",").prefix(32) {
            let parts = item.split(separator: ";")
            guard let tag = parts.first.map({ String($0.filter { $0 != " " && $0 != "\t" }) }), !tag.isEmpty else { continue }
            var q = 1000
            for parameter in parts.dropFirst() {
                let p = String(parameter.filter { $0 != " " && $0 != "\t" })
                if p.hasPrefix("q=") || p.hasPrefix("Q=") { q = quality(Substring(p.dropFirst(2))) }
            }
            guard q > 0, let language = named(tag) else { continue }
            if best == nil || q > best!.q { best = (q, language) }
        }
        return best?.language
    }

    /// An HTTP q-value ("0.8", "1", "0.125") in thousandths; 0 when it is not one.
    private static func quality(_ text: Substring) -> Int {
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, whole == "0" || whole == "1" else { return 0 }
        var value = whole == "1" ? 1000 : 0
        if parts.count == 2 {
            var scale = 100
            for u in parts[1].utf8.prefix(3) {
                guard u >= 0x30, u <= 0x39 else { return 0 }
                value += Int(u - 0x30) * scale
                scale /= 10
            }
        }
        return min(value, 1000)
    }

    // MARK: Translating

    /// `msgid` in this language, its `{name}` placeholders replaced by `arguments`.
    /// xgettext extracts the calls (`scripts/update-po.sh`): the msgid must be one string literal.
    public func tr(_ msgid: String, _ arguments: KeyValuePairs<String, any CustomStringConvertible> = [:]) -> String {
        Self.fill(catalog?.lookup(msgid) ?? msgid, arguments)
    }

    /// The form of `singular`/`plural` for the number `n` (English: singular when n is 1; a
    /// catalog: by its Plural-Forms rule), placeholders replaced.
    public func trn(_ singular: String, _ plural: String, _ n: Int,
                    _ arguments: KeyValuePairs<String, any CustomStringConvertible> = [:]) -> String {
        let template = catalog?.lookup(singular, n: n) ?? (n == 1 ? singular : plural)
        return Self.fill(template, arguments)
    }

    /// Replaces each `{name}` in `template` with its argument, in one pass: text from an
    /// argument (a user name, a word) is never read as a placeholder.
    static func fill(_ template: String, _ arguments: KeyValuePairs<String, any CustomStringConvertible>) -> String {
        guard !arguments.isEmpty, template.utf8.contains(UInt8(ascii: "{")) else { return template }
        var out = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"),
               let value = arguments.first(where: { $0.key == after[..<close] })?.value {
                out += value.description
                rest = after[after.index(after: close)...]
            } else {
                out += "{"
                rest = after
            }
        }
        out += rest
        return out
    }
}
