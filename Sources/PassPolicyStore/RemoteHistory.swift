import Glibc
import PassPolicy

/// The history kept by a passpolicyd (`store = https://policy.example.org:8743`): a host
/// needs only its token (`token_file`), not the database's credentials. The rules are
/// still checked here, offline; only `reuse` and `similar` come from the service, and a
/// change is recorded there once it has happened. A service that cannot be reached is
/// `HistoryError.unavailable`, which follows `store_unavailable` exactly as an unreachable
/// database does.
public final class RemoteHistory: HistoryBackend {
    public let storeLocation: String
    private let base: String
    private let curl: Curl
    private var token: [UInt8]

    /// Whether `location` names a policy service rather than a database.
    public static func isService(_ location: String) -> Bool {
        location.hasPrefix("https://") || location.hasPrefix("http://")
    }

    /// Reads the token from `settings.tokenFile`, which must be a regular file that only root
    /// may read (mode 0600 or 0400, owned by root). Plain http is accepted only to a loopback
    /// address, as the service itself only serves it there.
    public init(settings: Settings, location: String) throws(HistoryError) {
        storeLocation = StoreLocation.redacted(location)
        base = location.hasSuffix("/") ? String(location.dropLast()) : location
        if location.hasPrefix("http://") && !Self.isLoopback(location) {
            throw .badLocation(storeLocation + " (plain http only to a loopback address; use https)")
        }
        curl = Curl(timeoutSeconds: settings.storeTimeoutSeconds, caFile: settings.caFile)
        token = try Self.readToken(settings.tokenFile, store: storeLocation)
    }

    deinit { secureWipe(&token) }

    // MARK: HistoryBackend

    public func personHistory(_ user: String, on system: String) throws(HistoryError) -> any PersonHistoryCheck {
        try HistoryService.validate(user, field: "user")
        try HistoryService.validate(system, field: "system")
        return RemotePersonHistory(remote: self, user: user, system: system)
    }

    public func record(password: UnsafeBufferPointer<UInt8>, user: String, system: String) throws(HistoryError) {
        _ = try send("POST", "/v1/changes", fields: [("user", user), ("system", system)], password: password, expect: [201])
    }

    public func history(of user: String) throws(HistoryError) -> [HistoryEvent] {
        let answer = try send("GET", "/v1/users/\(Self.pathEscaped(user))/history", expect: [200, 404])
        guard answer.status == 200 else { return [] }
        return try Self.events(answer.body, store: storeLocation)
    }

    /// `GET /v1/users/{user}/history`'s array.
    static func events(_ body: [UInt8], store: String) throws(HistoryError) -> [HistoryEvent] {
        guard let items = ServiceJSON.parse(body)?.array else {
            throw .storeFailed(store: store, reason: Messages.remoteAnswerMalformed)
        }
        var events: [HistoryEvent] = []
        for item in items {
            guard let system = item["system"]?.string, let changed = item["changed"]?.string, let time = parseTime(changed) else {
                throw .storeFailed(store: store, reason: Messages.remoteAnswerMalformed)
            }
            events.append(HistoryEvent(system: system, time: time))
        }
        return events
    }

    public func forget(user: String) throws(HistoryError) -> Int {
        // The service answers 204 without a count: report the entries it held just before.
        let count = try history(of: user).count
        let answer = try send("DELETE", "/v1/users/\(Self.pathEscaped(user))", expect: [204, 404])
        return answer.status == 204 ? max(1, count) : 0
    }

    /// A host's own token (role `system`) may not read histories: then nil, and the login
    /// check takes shadow's date, as with no store.
    public func lastChange(of user: String, system: String?) throws(HistoryError) -> Int64? {
        let answer = try send("GET", "/v1/users/\(Self.pathEscaped(user))/history", expect: [200, 403, 404])
        guard answer.status == 200 else { return nil }
        var latest: Int64?
        for event in try Self.events(answer.body, store: storeLocation) where system == nil || event.system == system {
            latest = max(latest ?? event.time, event.time)
        }
        return latest
    }

    public func latestChanges() throws(HistoryError) -> [LatestChange] {
        let answer = try send("GET", "/v1/due?all=true&within=0", expect: [200])
        guard let rows = ServiceJSON.parse(answer.body)?.array else { throw malformed() }
        var changes: [LatestChange] = []
        for row in rows {
            guard let user = row["user"]?.string, let system = row["source"]?.string else { throw malformed() }
            guard let day = row["last_change"]?.string.flatMap(ShadowDay.parse) else { continue }
            changes.append(LatestChange(user: user, system: system, time: Int64(day) * 86_400))
        }
        return changes
    }

    // MARK: Calls

    struct Answer {
        let status: Int
        let body: [UInt8]
    }

    /// One call; the body (with the password, when given) is built in a buffer of its final
    /// size and wiped after the call. Statuses outside `expect` become `HistoryError`s.
    func send(_ method: String, _ path: String, fields: [(String, String)] = [],
              password: UnsafeBufferPointer<UInt8>? = nil, expect: Set<Int>) throws(HistoryError) -> Answer {
        var body: [UInt8] = []
        let hasBody = !fields.isEmpty || password != nil
        if hasBody {
            body.reserveCapacity(16 + fields.reduce(0) { $0 + $1.0.utf8.count + 6 * $1.1.utf8.count + 8 } + 6 * (password?.count ?? 0) + 16)
            body.append(0x7B)
            for (i, field) in fields.enumerated() {
                if i > 0 { body.append(0x2C) }
                JSONString.append(field.0, to: &body)
                body.append(0x3A)
                JSONString.append(field.1, to: &body)
            }
            if let password {
                if !fields.isEmpty { body.append(0x2C) }
                body.append(contentsOf: "\"password\":".utf8)
                JSONString.append(bytes: password, to: &body)
            }
            body.append(0x7D)
        }
        defer { secureWipe(&body) }
        // libcurl copies each header into a list of its own; the token (not a password) is
        // in a Swift string for that moment.
        let headers = ["Authorization: Bearer " + String(decoding: token, as: UTF8.self), "Content-Type: application/json",
                       "Accept: application/json"]
        let response: Curl.Response
        do {
            response = try body.withUnsafeBufferPointer { (b) throws(Curl.CurlError) in
                try curl.perform(method, base + path, headers: headers, body: hasBody ? b : nil)
            }
        } catch {
            throw .unavailable(store: storeLocation, reason: error.message)
        }
        if expect.contains(response.status) { return Answer(status: response.status, body: response.body) }
        let message = ServiceJSON.parse(response.body)?["message"]?.string ?? "HTTP \(response.status)"
        switch response.status {
        case 502, 503, 504:
            throw .unavailable(store: storeLocation, reason: message)
        case 401:
            throw .storeFailed(store: storeLocation, reason: Messages.remoteTokenRefused(settingsTokenFile: "token_file"))
        default:
            throw .storeFailed(store: storeLocation, reason: "\(response.status): \(message)")
        }
    }

    private func malformed() -> HistoryError {
        .storeFailed(store: storeLocation, reason: Messages.remoteAnswerMalformed)
    }

    static func pathEscaped(_ text: String) -> String {
        var out = ""
        for b in text.utf8 {
            switch b {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x2E, 0x5F, 0x7E: out.unicodeScalars.append(Unicode.Scalar(b))
            default: out += "%" + String(b, radix: 16, uppercase: true).leftPadded(2)
            }
        }
        return out
    }

    /// `2026-11-23T10:00:00Z` → seconds since 1970.
    static func parseTime(_ text: String) -> Int64? {
        let parts = text.split(whereSeparator: { "-T:Z".contains($0) }).compactMap { Int64($0) }
        guard parts.count == 6, let day = ShadowDay.parse(text.prefix(10).description) else { return nil }
        return Int64(day) * 86_400 + parts[3] * 3600 + parts[4] * 60 + parts[5]
    }

    static func isLoopback(_ url: String) -> Bool {
        let rest = url.dropFirst("http://".count)
        let host = rest.prefix { $0 != ":" && $0 != "/" }
        return host == "localhost" || host.hasPrefix("127.") || rest.hasPrefix("[::1]")
    }

    /// The token: a regular file, owned by root, that no one else may read or write.
    static func readToken(_ path: String, store: String) throws(HistoryError) -> [UInt8] {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            throw .unavailable(store: store, reason: Messages.remoteTokenUnreadable(path, SystemError(errno: errno).description))
        }
        guard (info.st_mode & S_IFMT) == S_IFREG, info.st_uid == 0, info.st_mode & 0o077 == 0 else {
            throw .badLocation(Messages.remoteTokenExposed(path))
        }
        var bytes: [UInt8]
        switch SystemFile.read(path, limit: 4096) {
        case .success(let read): bytes = read
        case .failure(let error):
            throw .unavailable(store: store, reason: Messages.remoteTokenUnreadable(path, error.description))
        }
        while let last = bytes.last, last == 0x0A || last == 0x0D || last == 0x20 { bytes[bytes.count - 1] = 0; bytes.removeLast() }
        guard !bytes.isEmpty, bytes.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else {
            secureWipe(&bytes)
            throw .badLocation(Messages.remoteTokenMalformed(path))
        }
        return bytes
    }
}

/// One person's history behind the service: a candidate goes to `POST /v1/check`, and only
/// its `reuse` and `similar` violations are taken (the rules were checked here already).
struct RemotePersonHistory: PersonHistoryCheck {
    let remote: RemoteHistory
    let user: String
    let system: String

    func violations(for password: UnsafeBufferPointer<UInt8>) throws(HistoryError) -> [Violation] {
        let answer = try remote.send("POST", "/v1/check", fields: [("user", user), ("system", system)], password: password, expect: [200])
        guard let items = ServiceJSON.parse(answer.body)?["violations"]?.array else {
            throw .storeFailed(store: remote.storeLocation, reason: Messages.remoteAnswerMalformed)
        }
        return items.compactMap { item in
            guard let id = item["rule"]?.string.flatMap(RuleID.init(rawValue:)), id == .reuse || id == .similar,
                  let message = item["message"]?.string else { return nil }
            return Violation(rule: id, message: message)
        }
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
