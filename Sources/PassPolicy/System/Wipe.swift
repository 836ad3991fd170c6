#if canImport(Glibc)
import Glibc
#endif

/// Zeroes memory that held a secret, in a way the optimiser may not remove.
public func secureWipe(_ buffer: UnsafeMutableRawBufferPointer) {
    guard let base = buffer.baseAddress, buffer.count > 0 else { return }
    explicit_bzero(base, buffer.count)
}

/// Zeroes the bytes of `array` (its contents, not its capacity) and empties it.
public func secureWipe(_ array: inout [UInt8]) {
    array.withUnsafeMutableBytes { secureWipe($0) }
    array.removeAll(keepingCapacity: true)
}
