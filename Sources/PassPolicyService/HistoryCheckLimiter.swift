import Synchronization

/// `history_checks_per_hour`: how often one person's history may be compared with a
/// candidate. Without a limit, `POST /v1/check` with a `user` would be an oracle for that
/// person's passwords on other systems. Counted per clock hour in this process; with several
/// instances behind a load balancer each counts its own share.
final class HistoryCheckLimiter: Sendable {
    private struct Window {
        var hour: Int64
        var count: Int
    }

    private let limit: Int
    private let windows = Mutex<[String: Window]>([:])
    /// Past this many people in one hour, windows of earlier hours are dropped first.
    private let pruneAt = 100_000

    /// `limit` 0 means no limit.
    init(limit: Int) {
        self.limit = limit
    }

    /// Counts one check for `user` at `now` (seconds since 1970). Returns nil when allowed,
    /// else the seconds until the next hour, for `Retry-After`.
    func admit(_ user: String, now: Int64) -> Int? {
        guard limit > 0 else { return nil }
        let hour = now / 3600
        return windows.withLock { windows -> Int? in
            if windows.count >= pruneAt { windows = windows.filter { $0.value.hour == hour } }
            var window = windows[user] ?? Window(hour: hour, count: 0)
            if window.hour != hour { window = Window(hour: hour, count: 0) }
            guard window.count < limit else { return Int((hour + 1) * 3600 - now) }
            window.count += 1
            windows[user] = window
            return nil
        }
    }
}
