/// One person's remembered passwords that a candidate on one system is compared with (see
/// `HistoryRules.comparedEntries`), read from the store once by `HistoryService.person(_:on:)`.
///
/// Checking a candidate costs no KDF run when there is nothing to compare with, and otherwise
/// one Argon2id run per distinct (parameters, salt) — normally exactly one. Holds no secret:
/// only the stored tags, which the store holds too. Used from one thread at a time, like the
/// service it came from.
public struct PersonHistory {
    struct Compared {
        let entry: HistoryEntry
        let exact: PHCString
        let similar: PHCString
    }

    private let service: HistoryService
    private let system: String
    /// `system` and the members of its synced group.
    private let sameSystem: Set<String>
    private let compared: [Compared]

    init(service: HistoryService, system: String, sameSystem: Set<String>, compared: [Compared]) {
        self.service = service
        self.system = system
        self.sameSystem = sameSystem
        self.compared = compared
    }

    /// True when no remembered password takes part: every candidate passes `reuse` and `similar`.
    public var isEmpty: Bool { compared.isEmpty }

    /// The rules `password` breaks: at most one of `reuse` and `similar`.
    public func violations(for password: UnsafeBufferPointer<UInt8>) throws(HistoryError) -> [Violation] {
        if compared.isEmpty { return [] }
        struct Group: Hashable { let parameters: KDFParameters; let salt: [UInt8] }
        struct Tags { var exact: [UInt8]; var similar: [UInt8] }
        var tagsByGroup: [Group: Tags] = [:]
        defer {
            for key in tagsByGroup.keys {
                tagsByGroup[key]?.exact.withUnsafeMutableBytes { secureWipe($0) }
                tagsByGroup[key]?.similar.withUnsafeMutableBytes { secureWipe($0) }
            }
        }
        var exactMatch: HistoryEntry?
        var similarMatch: HistoryEntry?
        for item in compared {
            let group = Group(parameters: item.exact.parameters, salt: item.exact.salt)
            if tagsByGroup[group] == nil {
                var key = try service.key(for: password, salt: group.salt, parameters: group.parameters)
                tagsByGroup[group] = Tags(exact: HistoryTags.exactTag(key: key, password: password),
                                          similar: HistoryTags.similarTag(key: key))
                secureWipe(&key)
            }
            guard let tags = tagsByGroup[group] else { continue }
            if exactMatch == nil && constantTimeEqual(tags.exact, item.exact.hash) { exactMatch = item.entry }
            if similarMatch == nil && constantTimeEqual(tags.similar, item.similar.hash) { similarMatch = item.entry }
        }
        return HistoryRules.violations(exactMatch: exactMatch, similarMatch: similarMatch, system: system, sameSystem: sameSystem)
    }
}
