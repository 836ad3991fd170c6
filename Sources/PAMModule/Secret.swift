#if canImport(Glibc)
import Glibc
#endif
import PassPolicy

/// A password the module holds: bytes in memory it owns, NUL-terminated for libpam, zeroed
/// with `secureWipe` and freed when the last reference goes. Never turned into a `String`.
final class Secret {
    private let base: UnsafeMutablePointer<UInt8>
    /// The number of password bytes (without the terminating NUL).
    let count: Int

    /// Copies the NUL-terminated `text` (a conversation reply or PAM_AUTHTOK); nil when out
    /// of memory.
    init?(copying text: UnsafePointer<CChar>) {
        let length = strlen(text)
        guard length < Int.max - 1, let raw = malloc(length + 1) else { return nil }
        memcpy(raw, text, length + 1)
        base = raw.bindMemory(to: UInt8.self, capacity: length + 1)
        count = length
    }

    deinit {
        secureWipe(UnsafeMutableRawBufferPointer(start: base, count: count + 1))
        free(base)
    }

    /// The password bytes, without the NUL; valid while `self` lives.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    var isEmpty: Bool { count == 0 }

    /// The password as a C string, valid while `self` lives.
    var cString: UnsafePointer<CChar> {
        UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
    }

    func sameBytes(as other: Secret) -> Bool {
        count == other.count && memcmp(base, other.base, count) == 0
    }
}
