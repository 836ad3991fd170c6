#if canImport(Glibc)
import Glibc
#endif
import CPAM
import PassPolicy

/// The ageing fields of one account in the shadow database (getspnam_r: /etc/shadow, or NSS).
/// Needs root, as login and sshd are when they run `pam_acct_mgmt`.
struct ShadowAging: Sendable, Equatable {
    /// `sp_lstchg`: days since 1970-01-01 of the last change; -1 when the field is empty.
    let lastChange: Int
    /// `sp_max`: days a password is valid; -1 when the field is empty.
    let maxDays: Int

    /// The account's ageing fields; nil when it has no shadow entry or shadow is unreadable.
    static func lookup(_ user: String) -> ShadowAging? {
        var size = 4096
        while size <= 1 << 20 {
            var buffer = [CChar](repeating: 0, count: size)
            let outcome = buffer.withUnsafeMutableBufferPointer { buf -> (Int32, ShadowAging?) in
                guard let base = buf.baseAddress else { return (ENOMEM, nil) }
                var entry = spwd()
                var result: UnsafeMutablePointer<spwd>? = nil
                let rc = getspnam_r(user, &entry, base, buf.count, &result)
                guard rc == 0, result != nil else { return (rc, nil) }
                return (0, ShadowAging(lastChange: Int(entry.sp_lstchg), maxDays: Int(entry.sp_max)))
            }
            // The buffer held the hash: wipe it before it is freed.
            buffer.withUnsafeMutableBytes { secureWipe($0) }
            if outcome.0 == ERANGE { size *= 4; continue }
            return outcome.1
        }
        return nil
    }
}
