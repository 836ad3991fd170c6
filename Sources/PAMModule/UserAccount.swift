#if canImport(Glibc)
import Glibc
#endif

/// What the passwd database says about the user whose password changes.
enum UserAccount {
    /// The full name: the first comma-separated field of GECOS ("Ada Lovelace,Room 3,,"),
    /// nil when the user is unknown or the field is empty.
    static func fullName(of user: String) -> String? {
        var size = 4096
        while size <= 1 << 20 {
            var retry = false
            var buffer = [CChar](repeating: 0, count: size)
            let gecos: String? = buffer.withUnsafeMutableBufferPointer { storage in
                guard let base = storage.baseAddress else { return nil }
                var entry = passwd()
                var result: UnsafeMutablePointer<passwd>?
                let status = getpwnam_r(user, &entry, base, storage.count, &result)
                if status == ERANGE { retry = true }
                guard status == 0, result != nil, let field = entry.pw_gecos else { return nil }
                return String(cString: field)
            }
            if retry {
                size *= 2
                continue
            }
            guard let gecos,
                  let name = gecos.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false).first,
                  !name.isEmpty
            else { return nil }
            return String(name)
        }
        return nil
    }
}
