/// Calls a reentrant C lookup (`getpwnam_r`, `getspnam_r`, …) with a buffer that grows from
/// 4 KiB to 1 MiB while the lookup answers ERANGE. `body` gets the buffer and returns the C
/// status and the value it copied out of the buffer. The buffer is wiped before it is freed:
/// a shadow entry holds the password hash.
public func withGrowingBuffer<T>(_ body: (UnsafeMutablePointer<CChar>, Int) -> (status: Int32, value: T?)) -> T? {
    var size = 4096
    while size <= 1 << 20 {
        var buffer = [CChar](repeating: 0, count: size)
        let outcome = buffer.withUnsafeMutableBufferPointer { buf -> (status: Int32, value: T?) in
            guard let base = buf.baseAddress else { return (ENOMEM, nil) }
            return body(base, buf.count)
        }
        buffer.withUnsafeMutableBytes { secureWipe($0) }
        if outcome.status == ERANGE { size *= 4; continue }
        return outcome.value
    }
    return nil
}

#if canImport(Glibc)
import Glibc
#endif
