import PassPolicy

/// Opens the store a `store` setting names: an absolute path is an SQLite file, a
/// `postgresql://` or `postgres://` URL a PostgreSQL database.
public enum HistoryStores {
    /// `create`: an SQLite file that does not exist yet is created (for recording); without
    /// it, a missing file is `.unavailable`. A PostgreSQL database is never created.
    public static func open(_ location: String, create: Bool = true) throws(HistoryError) -> any HistoryStore {
        if StoreLocation.isPostgres(location) {
            return try PostgresHistoryStore(url: location)
        }
        guard location.hasPrefix("/") else { throw .badLocation(StoreLocation.redacted(location)) }
        return try SQLiteHistoryStore(path: location, create: create)
    }
}

extension HistoryService {
    /// The service for `settings`: its `store` (or `store`, when given, e.g. from `--store`),
    /// its `remember` and its `pepper_file`. Throws `.unavailable` when the store cannot be
    /// reached — the case `store_unavailable = allow` may let through — and other
    /// `HistoryError`s for everything else (bad setting, pepper file, damaged store).
    /// `create` as for `HistoryStores.open`.
    public static func open(settings: Settings, store: String? = nil, create: Bool = true, hasher: any PasswordHasher = Argon2Hasher(),
                            parameters: KDFParameters = .owasp) throws(HistoryError) -> HistoryService {
        var pepper: [UInt8] = []
        if !settings.pepperFile.isEmpty {
            pepper = try Pepper.load(path: settings.pepperFile)
        }
        let opened: any HistoryStore
        do {
            opened = try HistoryStores.open(store ?? settings.store, create: create)
        } catch {
            secureWipe(&pepper)
            throw error
        }
        return HistoryService(store: opened, hasher: hasher, remember: settings.remember, synced: settings.syncedSystems,
                              parameters: parameters, pepper: pepper)
    }
}

/// Store locations as they may be shown: never with a database password.
public enum StoreLocation {
    public static func isPostgres(_ location: String) -> Bool {
        location.hasPrefix("postgresql://") || location.hasPrefix("postgres://")
    }

    /// `location` with the password of a URL's user info and any `password=` parameter
    /// replaced by `***`. Paths come back unchanged.
    public static func redacted(_ location: String) -> String {
        guard let (scheme, afterScheme) = split(location) else { return location }
        var rest = afterScheme
        var query: Substring = ""
        if let q = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) {
            query = rest[q...]
            rest = rest[..<q]
        }
        var out = String(scheme)
        if let at = rest.lastIndex(of: "@") {
            let userInfo = rest[..<at]
            if let colon = userInfo.firstIndex(of: ":") {
                out += userInfo[..<colon] + ":***"
            } else {
                out += userInfo
            }
            out += rest[at...]
        } else {
            out += rest
        }
        out += redactQuery(query)
        return out
    }

    /// The scheme with its `://`, and the rest, of anything written like a URL (so that a
    /// mistyped `mysql://user:pw@…` is redacted too).
    private static func split(_ location: String) -> (Substring, Substring)? {
        let bytes = Array(location.utf8)
        guard bytes.count >= 3 else { return nil }
        for i in 0..<(bytes.count - 2) where bytes[i] == 0x3A && bytes[i + 1] == 0x2F && bytes[i + 2] == 0x2F {
            let scheme = location.utf8.prefix(i + 3)
            guard i > 0, bytes[0..<i].allSatisfy({ (0x61...0x7A).contains($0 | 0x20) || (0x30...0x39).contains($0) || $0 == 0x2B || $0 == 0x2D || $0 == 0x2E }) else {
                return nil
            }
            return (Substring(scheme), Substring(location.utf8.dropFirst(i + 3)))
        }
        return nil
    }

    private static func redactQuery(_ query: Substring) -> String {
        guard !query.isEmpty else { return "" }
        let lead = query.prefix(1)
        let pairs = query.dropFirst().split(separator: "&", omittingEmptySubsequences: false).map { pair -> String in
            pair.lowercased().hasPrefix("password=") ? "password=***" : String(pair)
        }
        return lead + pairs.joined(separator: "&")
    }

    /// The passwords a URL carries (as written and percent-decoded), to scrub from messages.
    static func passwords(in location: String) -> [String] {
        guard let (_, afterScheme) = split(location) else { return [] }
        var found: [String] = []
        var rest = afterScheme
        var query: Substring = ""
        if let q = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) {
            query = rest[q...].dropFirst()
            rest = rest[..<q]
        }
        if let at = rest.lastIndex(of: "@"), let colon = rest[..<at].firstIndex(of: ":") {
            found.append(String(rest[rest.index(after: colon)..<at]))
        }
        for pair in query.split(separator: "&") where pair.lowercased().hasPrefix("password=") {
            found.append(String(pair.dropFirst("password=".count)))
        }
        return found.flatMap { [$0, percentDecoded($0)] }.filter { !$0.isEmpty }
    }

    /// `message` with every occurrence of each secret replaced by `***`.
    static func scrub(_ message: String, _ secrets: [String]) -> String {
        var out = message
        for secret in secrets where !secret.isEmpty {
            out = out.split(separator: secret, omittingEmptySubsequences: false).joined(separator: "***")
        }
        return out
    }

    static func percentDecoded(_ text: String) -> String {
        var bytes: [UInt8] = []
        var it = Array(text.utf8)[...]
        while let b = it.popFirst() {
            if b == UInt8(ascii: "%"), it.count >= 2,
               let v = UInt8(String(decoding: it.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(v)
                it = it.dropFirst(2)
            } else {
                bytes.append(b)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
