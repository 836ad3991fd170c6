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
        var size = 4096
        while size <= 1 << 20 {
            var buffer = [CChar](repeating: 0, count: size)
            // The entry's strings point into `buffer`: copy them out inside the closure.
            let outcome = buffer.withUnsafeMutableBufferPointer { buf -> (Int32, UserAccount?) in
                guard let base = buf.baseAddress else { return (ENOMEM, nil) }
                var entry = passwd()
                var result: UnsafeMutablePointer<passwd>? = nil
                let rc = getpwnam_r(name, &entry, base, buf.count, &result)
                guard rc == 0, result != nil else { return (rc, nil) }
                let gecos = entry.pw_gecos.map { String(cString: $0) } ?? ""
                let shell = entry.pw_shell.map { String(cString: $0) } ?? ""
                return (0, UserAccount(name: name, uid: entry.pw_uid, fullName: fullNameFromGECOS(gecos), shell: shell))
            }
            if outcome.0 == ERANGE { size *= 4; continue }
            return outcome.1
        }
        return nil
    }

    /// The full name in a GECOS field: its first comma-separated part, trimmed.
    public static func fullNameFromGECOS(_ gecos: String) -> String? {
        let first = gecos.split(separator: ",", omittingEmptySubsequences: false).first.map { trimmed($0) } ?? ""
        return first.isEmpty ? nil : first
    }
}
