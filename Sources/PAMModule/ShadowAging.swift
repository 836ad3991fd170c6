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
        withGrowingBuffer { base, count in
            var entry = spwd()
            var result: UnsafeMutablePointer<spwd>? = nil
            let rc = getspnam_r(user, &entry, base, count, &result)
            guard rc == 0, result != nil else { return (rc, nil) }
            return (0, ShadowAging(lastChange: Int(entry.sp_lstchg), maxDays: Int(entry.sp_max)))
        }
    }
}
