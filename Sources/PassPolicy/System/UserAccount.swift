#if canImport(Glibc)
import Glibc
#endif

/// An account from the system's user database (NSS: /etc/passwd, LDAP, …).
public struct UserAccount: Sendable, Equatable {
    public let name: String
    public let uid: UInt32
    /// The person's full name: the first comma-separated field of GECOS, or nil when empty.
    public let fullName: String?
    public let shell: String

    /// Looks `name` up with getpwnam_r; nil when there is no such user.
    public static func lookup(_ name: String) -> UserAccount? {
        // The entry's strings point into the buffer: they are copied out inside the closure.
        withGrowingBuffer { base, count in
            var entry = passwd()
            var result: UnsafeMutablePointer<passwd>? = nil
            let rc = getpwnam_r(name, &entry, base, count, &result)
            guard rc == 0, result != nil else { return (rc, nil) }
            let gecos = entry.pw_gecos.map { String(cString: $0) } ?? ""
            let shell = entry.pw_shell.map { String(cString: $0) } ?? ""
            return (0, UserAccount(name: name, uid: entry.pw_uid, fullName: fullNameFromGECOS(gecos), shell: shell))
        }
    }

    /// The full name in a GECOS field: its first comma-separated part, trimmed.
    public static func fullNameFromGECOS(_ gecos: String) -> String? {
        let first = gecos.split(separator: ",", omittingEmptySubsequences: false).first.map { trimmed($0) } ?? ""
        return first.isEmpty ? nil : first
    }
}
