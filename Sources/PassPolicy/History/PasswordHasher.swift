/// The cost of one Argon2id computation.
public struct KDFParameters: Sendable, Hashable {
    /// Memory in KiB (`m`).
    public var memoryKiB: UInt32
    /// Passes over the memory (`t`).
    public var iterations: UInt32
    /// Lanes (`p`).
    public var parallelism: UInt32

    public init(memoryKiB: UInt32, iterations: UInt32, parallelism: UInt32) {
        self.memoryKiB = memoryKiB
        self.iterations = iterations
        self.parallelism = parallelism
    }

    /// OWASP's recommendation for Argon2id: 19 MiB, 2 passes, 1 lane.
    public static let owasp = KDFParameters(memoryKiB: 19456, iterations: 2, parallelism: 1)

    /// The ranges accepted from a stored hash string. A damaged or hostile entry must not
    /// make a check inside `passwd` allocate gigabytes or run for minutes.
    public static let acceptedMemory: ClosedRange<UInt32> = 8...(1 << 20)      // up to 1 GiB
    public static let acceptedIterations: ClosedRange<UInt32> = 1...64
    public static let acceptedParallelism: ClosedRange<UInt32> = 1...16

    public var isAccepted: Bool {
        Self.acceptedMemory.contains(memoryKiB) && Self.acceptedIterations.contains(iterations)
            && Self.acceptedParallelism.contains(parallelism) && memoryKiB >= 8 * parallelism
    }
}

/// The one expensive function of the history: Argon2id (version 0x13). Implemented with
/// libargon2 by `Argon2Hasher` in PassPolicyStore; the core only calls it.
public protocol PasswordHasher {
    /// Argon2id of `password` with `salt`, the secret `pepper` (may be empty) and
    /// `parameters`, `HistoryTags.keyLength` bytes long. Each call is one KDF computation.
    /// The caller wipes the result.
    func deriveKey(from password: UnsafeBufferPointer<UInt8>, salt: [UInt8], pepper: [UInt8],
                   parameters: KDFParameters) throws(HistoryError) -> [UInt8]
}
