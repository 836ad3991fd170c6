import PassPolicy

/// A password the service holds: bytes in memory it allocated itself, at exactly their size,
/// wiped with `explicit_bzero` and freed when the last reference goes. A class, so that the
/// bytes can be lent to the store's threads without copying them into an array whose copies
/// no one could wipe.
final class SecretBytes: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<UInt8>

    init(_ bytes: [UInt8]) {
        storage = .allocate(capacity: max(1, bytes.count))
        _ = storage.initialize(from: bytes)
        count = bytes.count
    }

    let count: Int
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: storage[0..<count]) }

    deinit {
        secureWipe(UnsafeMutableRawBufferPointer(storage))
        storage.deallocate()
    }
}
