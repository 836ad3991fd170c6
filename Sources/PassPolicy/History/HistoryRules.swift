/// Which remembered passwords a new password on `system` is compared with:
/// - `reuse`: equal to the person's CURRENT password on any OTHER system (the latest entry
///   of each other system), or to any of the last `remember` on the SAME system;
/// - `similar`: the same skeleton as any of those.
public enum HistoryRules {
    /// The entries to compare with, from `entries` ordered oldest first.
    public static func comparedEntries(_ entries: [HistoryEntry], system: String, remember: Int) -> [HistoryEntry] {
        var sameSystem: [HistoryEntry] = []
        var latestElsewhere: [String: HistoryEntry] = [:]
        for entry in entries {
            if entry.system == system {
                sameSystem.append(entry)
            } else {
                latestElsewhere[entry.system] = entry  // later entries replace earlier ones
            }
        }
        let window = max(0, remember)
        let recent = sameSystem.suffix(window)
        return Array(recent) + latestElsewhere.keys.sorted().compactMap { latestElsewhere[$0] }
    }

    /// The violation for the strongest match: `reuse` before `similar`; none when neither.
    public static func violations(exactMatch: HistoryEntry?, similarMatch: HistoryEntry?, system: String) -> [Violation] {
        if let entry = exactMatch {
            let message = entry.system == system ? Messages.reusedOnThisSystem : Messages.reusedOnOtherSystem(entry.system)
            return [Violation(rule: .reuse, message: message)]
        }
        if similarMatch != nil {
            return [Violation(rule: .similar, message: Messages.similarToEarlier)]
        }
        return []
    }
}

/// One remembered change as `passpolicy history` shows it: where and when, nothing else.
public struct HistoryEvent: Sendable, Equatable {
    public let system: String
    /// Seconds since 1970-01-01 UTC.
    public let time: Int64

    public init(system: String, time: Int64) {
        self.system = system
        self.time = time
    }
}
