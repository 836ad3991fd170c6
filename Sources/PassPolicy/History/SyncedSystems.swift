/// `synced_systems`: systems that share one password by design (a directory synced to Google
/// and Microsoft 365), so that, for `reuse` and `similar`, each group counts as one system.
/// Written `ad, google, m365; vle, mis`: groups separated by ';', members by ','.
public struct SyncedSystems: Sendable, Equatable {
    public private(set) var groups: [[String]] = []
    private var groupIndex: [String: Int] = [:]

    public init() {}

    /// Parses the setting; nil when a system is named in two groups (or twice in one).
    public init?(parsing text: String) {
        // Split and trimmed as bytes, like every list setting (`splitList`): split as
        // Characters, a ';' or a blank followed by a combining mark would be one Character.
        for part in text.utf8.split(separator: 0x3B) {
            let members = splitList(String(decoding: part, as: UTF8.self))
            // A group of one changes nothing: it is not kept, so the setting renders and
            // parses back to the same value.
            guard members.count > 1 else { continue }
            for member in members {
                guard groupIndex[member] == nil else { return nil }
                groupIndex[member] = groups.count
            }
            groups.append(members)
        }
    }

    /// The members of `system`'s group, or just `system` when it is in none.
    public func members(of system: String) -> [String] {
        groupIndex[system].map { groups[$0] } ?? [system]
    }

    /// One name for `system`'s group, the same for every member: its members joined by "+".
    public func label(of system: String) -> String {
        members(of: system).joined(separator: "+")
    }

    public var isEmpty: Bool { groups.isEmpty }

    /// As the setting is written.
    public var text: String {
        groups.isEmpty ? "none" : groups.map { $0.joined(separator: ", ") }.joined(separator: "; ")
    }
}
