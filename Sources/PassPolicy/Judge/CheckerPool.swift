import Synchronization

/// Policy checkers for a process that checks on many threads at once (`passpolicyd`).
///
/// The policy (`Settings`) and the word list are immutable and shared; each `PolicyChecker`
/// keeps its own scratch buffers, which it wipes after every check, so a checker is lent to
/// one caller at a time and comes back to the pool afterwards. The pool grows to the highest
/// number of simultaneous checks and keeps at most `keep` idle checkers.
public final class CheckerPool: Sendable {
    public let settings: Settings
    public let wordList: WordList?
    private let keep: Int
    private let idle = Mutex<[Lent]>([])

    /// A checker as the pool holds it. It is reachable either from the pool or from its one
    /// borrower, never both, so handing it across threads is safe though the compiler cannot
    /// prove it of a class with mutable buffers.
    private final class Lent: @unchecked Sendable {
        let checker: PolicyChecker
        init(_ checker: PolicyChecker) { self.checker = checker }
    }

    public init(settings: Settings, wordList: WordList?, keep: Int = 64) {
        self.settings = settings
        self.wordList = wordList
        self.keep = keep
    }

    /// Runs `body` with a checker no other thread is using.
    public func withChecker<T, E: Error>(_ body: (PolicyChecker) throws(E) -> T) throws(E) -> T {
        let lent = idle.withLock { $0.popLast() } ?? Lent(PolicyChecker(settings: settings, wordList: wordList))
        defer { idle.withLock { if $0.count < keep { $0.append(lent) } } }
        return try body(lent.checker)
    }
}
