import NIOPosix
import PassPolicy
import PassPolicyStore
import Synchronization

/// The history store for many requests at once. Store calls and Argon2id block, so they run
/// on a thread pool of their own, never on the event loops; each call borrows a
/// `HistoryService` (one database connection) that no other thread is using.
final class HistoryPool: Sendable {
    let settings: Settings
    let location: String
    private let threads: NIOThreadPool
    private let idle = Mutex<[Lent]>([])
    private let keep: Int

    /// A service as the pool holds it: reachable from the pool or from its one borrower.
    private final class Lent: @unchecked Sendable {
        let service: HistoryService
        init(_ service: HistoryService) { self.service = service }
    }

    init(settings: Settings, threads: NIOThreadPool, keep: Int) {
        self.settings = settings
        self.location = StoreLocation.redacted(settings.store)
        self.threads = threads
        self.keep = keep
    }

    /// Runs `body` on the pool's threads with a service of its own. A service whose call
    /// failed because the store could not be reached is dropped rather than kept: its
    /// connection may be dead, and the next call opens a new one.
    func run<T: Sendable>(_ body: @escaping @Sendable (HistoryService) throws(HistoryError) -> T) async throws(HistoryError) -> T {
        let result: Result<T, HistoryError>
        do {
            result = try await threads.runIfActive { [self] () -> Result<T, HistoryError> in
                let lent: Lent
                if let reused = idle.withLock({ $0.popLast() }) {
                    lent = reused
                } else {
                    do throws(HistoryError) {
                        lent = Lent(try HistoryService.open(settings: settings))
                    } catch {
                        return .failure(error)
                    }
                }
                do throws(HistoryError) {
                    let value = try body(lent.service)
                    idle.withLock { if $0.count < keep { $0.append(lent) } }
                    return .success(value)
                } catch {
                    if !error.isUnavailable { idle.withLock { if $0.count < keep { $0.append(lent) } } }
                    return .failure(error)
                }
            }
        } catch {
            throw .unavailable(store: location, reason: "the service is shutting down")
        }
        return try result.get()
    }
}
