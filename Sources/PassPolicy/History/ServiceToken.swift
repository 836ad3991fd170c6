/// What a caller of `passpolicyd` may do.
public enum TokenRole: String, Sendable, CaseIterable {
    /// A system of the trust (the VLE, a sync, a reset page): may check candidates, and may
    /// record changes only as the system the token is named after.
    case system
    /// Helpdesk staff: may check candidates.
    case helpdesk
    /// Administrators: everything, including history, forget and due.
    case admin
}

/// One token of `passpolicyd`, as the history store keeps it: the SHA-256 of the token,
/// never the token itself, so that a copy of the store does not let anyone call the service.
/// Kept in the history store so that every instance on one PostgreSQL knows the same tokens.
public struct ServiceToken: Sendable, Equatable {
    public var name: String
    public var role: TokenRole
    /// SHA-256 of the token's bytes.
    public var digest: [UInt8]
    /// Seconds since 1970-01-01 UTC.
    public var created: Int64
    public var lastUsed: Int64?

    public init(name: String, role: TokenRole, digest: [UInt8], created: Int64, lastUsed: Int64? = nil) {
        self.name = name
        self.role = role
        self.digest = digest
        self.created = created
        self.lastUsed = lastUsed
    }

    /// A new random token: "ppt_" and 32 bytes (256 bits) from the system's CSPRNG in
    /// URL-safe base64, so it can be pasted into a header or a file as it is.
    public static func generate() throws(HistoryError) -> [UInt8] {
        var random = try SecureRandom.bytes(32)
        defer { secureWipe(&random) }
        return Array("ppt_".utf8) + Base64.encodeURLSafe(random)
    }

    /// The stored form of `token`.
    public static func digest(of token: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var hash = SHA256()
        hash.update(token)
        return hash.finish()
    }

    /// The token among `tokens` whose digest is `digest`, comparing every digest in constant
    /// time so that the time taken says nothing about how close a guess came.
    public static func match(_ digest: [UInt8], in tokens: [ServiceToken]) -> ServiceToken? {
        var found: ServiceToken?
        for token in tokens where constantTimeEqual(token.digest, digest) && found == nil {
            found = token
        }
        return found
    }

    /// Whether `name` can name a token: 1 to 64 bytes of letters, digits, '.', '_' and '-'.
    /// A system token's name is the system it records as.
    public static func isValidName(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        return (1...64).contains(bytes.count) && bytes.allSatisfy { b in
            (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b)
                || b == 0x2E || b == 0x5F || b == 0x2D
        }
    }
}

/// Where `passpolicyd`'s tokens are kept: beside the histories, in the same store.
public protocol TokenStore: AnyObject {
    /// Adds `token`; false, adding nothing, when its name is taken.
    func addToken(_ token: ServiceToken) throws(HistoryError) -> Bool
    /// Every token, by name.
    func tokens() throws(HistoryError) -> [ServiceToken]
    /// Removes the token named `name`; false when there was none.
    func revokeToken(named name: String) throws(HistoryError) -> Bool
    /// Notes that the token named `name` was used at `time`.
    func markTokenUsed(named name: String, at time: Int64) throws(HistoryError)
}
