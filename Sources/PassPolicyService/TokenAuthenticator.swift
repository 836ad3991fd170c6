import HTTPTypes
import Hummingbird
import PassPolicy
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Who is calling: the token in `Authorization: Bearer …`, looked up among the store's
/// tokens by SHA-256, compared in constant time (`ServiceToken.match`).
///
/// The token list is read from the store at most once a second, so a revoked token stops
/// working on every instance within a second, and a burst of requests costs no store read
/// each. `last_used` is written at most once a minute per token.
final class TokenAuthenticator: Sendable {
    private struct Cache {
        var tokens: [ServiceToken] = []
        var fetched: ContinuousClock.Instant?
        /// When the tokens were last read successfully.
        var read: ContinuousClock.Instant?
        var lastMarked: [String: Int64] = [:]
    }

    private let history: HistoryPool?
    private let cache = Mutex(Cache())
    private let freshFor: Duration = .seconds(1)
    private let outageGrace: Duration = .seconds(600)

    init(history: HistoryPool?) {
        self.history = history
    }

    /// The caller's token; throws 401 when there is none or it is unknown, 503 when the
    /// tokens cannot be read (with `store = none` no token exists, so every call is 401).
    func caller(of request: Request) async throws -> ServiceToken {
        guard let header = request.headers[.authorization] else { throw APIError.unauthorized }
        var bytes = Array(header.utf8)
        defer { secureWipe(&bytes) }
        let prefix = Array("Bearer ".utf8)
        guard bytes.count > prefix.count, bytes.prefix(prefix.count).map({ $0 | 0x20 }) == prefix.map({ $0 | 0x20 }) else {
            throw APIError.unauthorized
        }
        var token = Array(bytes[prefix.count...])
        while token.last == 0x20 { token.removeLast() }
        let digest = token.withUnsafeBufferPointer { ServiceToken.digest(of: $0) }
        secureWipe(&token)
        guard let found = ServiceToken.match(digest, in: try await tokens()) else { throw APIError.unauthorized }
        await markUsed(found.name)
        return found
    }

    private func tokens() async throws -> [ServiceToken] {
        guard let history else { return [] }
        let now = ContinuousClock.now
        if let cached = cache.withLock({ c -> [ServiceToken]? in
            guard let fetched = c.fetched, now - fetched < freshFor else { return nil }
            return c.tokens
        }) {
            return cached
        }
        do {
            let fresh = try await history.run { (service) throws(HistoryError) in try service.tokenStore.tokens() }
            cache.withLock { $0.tokens = fresh; $0.fetched = now; $0.read = now }
            return fresh
        } catch {
            // The store is down: the tokens read in the last `outageGrace` still identify
            // callers, so that `store_unavailable = allow` can let checks through an outage.
            // A token revoked during the outage works until the store is back.
            if let stale = cache.withLock({ c -> [ServiceToken]? in
                guard let read = c.read, now - read < outageGrace else { return nil }
                return c.tokens
            }) {
                return stale
            }
            throw APIError.storeUnavailable(error)
        }
    }

    private func markUsed(_ name: String) async {
        guard let history else { return }
        let now = Int64(time(nil))
        let due = cache.withLock { c -> Bool in
            if let last = c.lastMarked[name], now - last < 60 { return false }
            c.lastMarked[name] = now
            return true
        }
        guard due else { return }
        // Best effort: a failure to note the time of use never fails the request.
        _ = try? await history.run { (service) throws(HistoryError) in try service.tokenStore.markTokenUsed(named: name, at: now) }
    }
}
