import Synchronization

/// Bounds how many Argon2id runs happen at once (`kdf_concurrency`): each takes ~19 MiB, so
/// 200 simultaneous requests must not mean 200 runs. A request waits for a slot at most
/// `kdf_wait` seconds, first come first served, then gets 503 instead of hanging.
final class KDFGate: Sendable {
    private struct State {
        var free: Int
        var nextID: UInt64 = 0
        var waiters: [(id: UInt64, continuation: CheckedContinuation<Bool, Never>)] = []
    }

    private let state: Mutex<State>
    let slots: Int

    init(slots: Int) {
        self.slots = max(1, slots)
        state = Mutex(State(free: max(1, slots)))
    }

    /// Requests waiting for a slot now.
    var waiting: Int { state.withLock { $0.waiters.count } }

    /// Runs `body` holding a slot; throws `APIError.busy` when none came free within `wait`.
    func withSlot<T: Sendable>(wait: Duration, _ body: () async throws -> T) async throws -> T {
        guard await acquire(wait: wait) else { throw APIError.busy }
        defer { release() }
        return try await body()
    }

    private func acquire(wait: Duration) async -> Bool {
        let id: UInt64? = state.withLock { s in
            if s.free > 0 { s.free -= 1; return nil }
            s.nextID &+= 1
            return s.nextID
        }
        guard let id else { return true }
        return await withCheckedContinuation { (continuation: CheckedContinuation<Bool, Never>) in
            let granted = state.withLock { s -> Bool in
                if s.free > 0 { s.free -= 1; return true }  // freed meanwhile
                s.waiters.append((id, continuation))
                return false
            }
            if granted {
                continuation.resume(returning: true)
                return
            }
            Task { [self] in
                try? await Task.sleep(for: wait)
                let expired = state.withLock { s -> CheckedContinuation<Bool, Never>? in
                    guard let i = s.waiters.firstIndex(where: { $0.id == id }) else { return nil }
                    return s.waiters.remove(at: i).continuation
                }
                expired?.resume(returning: false)
            }
        }
    }

    private func release() {
        let next = state.withLock { s -> CheckedContinuation<Bool, Never>? in
            if s.waiters.isEmpty {
                s.free += 1
                return nil
            }
            return s.waiters.removeFirst().continuation
        }
        next?.resume(returning: true)
    }
}
