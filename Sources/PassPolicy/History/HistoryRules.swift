/// Which remembered passwords a new password on `system` is compared with:
/// - `reuse`: equal to the person's CURRENT password on any OTHER system (the latest entry
///   of each other system), or to any of the last `remember` on the SAME system;
/// - `similar`: the same skeleton as any of those.
///
/// Systems in one `synced_systems` group count as one system: their entries form one
/// history, in which the copies of one password recorded by each member as the sync reached
/// it count once, and the group's current password is not held against a member it has not
/// reached yet (that is the sync itself, not a reuse).
public enum HistoryRules {
    /// The entries to compare with, from `entries` ordered oldest first.
    public static func comparedEntries(_ entries: [HistoryEntry], system: String, remember: Int,
                                       synced: SyncedSystems = SyncedSystems()) -> [HistoryEntry] {
        let members = Set(synced.members(of: system))
        var sameSystem: [HistoryEntry] = []
        var latestElsewhere: [String: HistoryEntry] = [:]
        for entry in entries {
            if members.contains(entry.system) {
                sameSystem.append(entry)
            } else {
                latestElsewhere[synced.label(of: entry.system)] = entry  // later entries replace earlier ones
            }
        }
        if members.count > 1 { sameSystem = syncedHistory(sameSystem, for: system) }
        let window = max(0, remember)
        let recent = sameSystem.suffix(window)
        return Array(recent) + latestElsewhere.keys.sorted().compactMap { latestElsewhere[$0] }
    }

    /// A synced group's entries as one system's history for `system`: runs of one password
    /// (equal tags: one person has one salt) count once, and the group's current password is
    /// left out when `system` has not recorded it yet.
    static func syncedHistory(_ entries: [HistoryEntry], for system: String) -> [HistoryEntry] {
        var runs: [(entry: HistoryEntry, systems: Set<String>)] = []
        for entry in entries {
            if let last = runs.last, last.entry.exactHash == entry.exactHash, !entry.exactHash.isEmpty {
                runs[runs.count - 1].systems.insert(entry.system)
                runs[runs.count - 1].entry = entry
            } else {
                runs.append((entry, [entry.system]))
            }
        }
        if let current = runs.last, !current.systems.contains(system) { runs.removeLast() }
        return runs.map(\.entry)
    }

    /// The violation for the strongest match: `reuse` before `similar`; none when neither.
    /// `sameSystem` holds `system` and the members of its synced group.
    public static func violations(exactMatch: HistoryEntry?, similarMatch: HistoryEntry?, system: String,
                                  sameSystem: Set<String> = []) -> [Violation] {
        if let entry = exactMatch {
            let here = entry.system == system || sameSystem.contains(entry.system)
            let message = here ? Messages.reusedOnThisSystem : Messages.reusedOnOtherSystem(entry.system)
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
