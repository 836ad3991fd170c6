/// The two tags stored for a password, both from ONE Argon2id computation:
///
///     K       = Argon2id(skeleton(password), salt: the person's salt, secret: pepper, params)
///     similar = HMAC-SHA-256(K, "passpolicy history similar v1")
///     exact   = HMAC-SHA-256(K, "passpolicy history exact v1" ‖ 0x00 ‖ password)
///
/// Each is stored as a PHC string `$argon2id$v=19$m=…,t=…,p=…$<salt>$<tag>`. The `<tag>` is
/// the HMAC above, not the raw Argon2id output, so a generic Argon2 verifier cannot check
/// it; the string carries the parameters and salt so they can be raised later.
///
/// Cost: a check needs one Argon2id run per distinct (parameters, salt) among the entries it
/// compares with. A person has one salt (kept until `forget`), so that is ONE run however
/// long the history and however many systems — until the parameters are raised: then
/// entries made with the old parameters need one more run per old parameter set, until they
/// leave the `remember` window or become a system's superseded password.
///
/// The honest trade-off: the memory-hard work guards the skeleton, not the whole password.
/// Whoever steals the store AND the pepper guesses skeletons at Argon2id cost; once a guess
/// matches a similar tag, the digits, symbols and capitals around it are found at HMAC cost
/// (about a microsecond each) against the exact tag. So an exact tag is about as strong as
/// its skeleton, not as the full password. Two separate Argon2id runs (skeleton and whole
/// password) would make each decoration guess cost a KDF run too, at twice the time of every
/// check and record — but the similar tag would still give the skeleton away at KDF cost,
/// which is the price of recognising "Autumn2025!" at all. We take one run; the pepper, kept
/// in a root-only file outside the store, is what makes a stolen store on its own useless.
/// Equal similar tags within one person's history show that they reused a skeleton: that is
/// what the `similar` rule needs and reveals nothing else.
public enum HistoryTags {
    public static let keyLength = 32
    public static let saltLength = 16
    static let similarLabel = Array("passpolicy history similar v1".utf8)
    static let exactLabel = Array("passpolicy history exact v1\u{0}".utf8)

    public static func similarTag(key: [UInt8]) -> [UInt8] {
        HMACSHA256.mac(key: key, similarLabel)
    }

    public static func exactTag(key: [UInt8], password: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        exactLabel.withUnsafeBufferPointer { HMACSHA256.mac(key: key, $0, password) }
    }
}
