/// The password history store as a `LastChangeSource`: one record per person and system,
/// whose `source` is the system name and whose last change is the day of the latest change
/// recorded there. The store knows no password field and no per-account maximum: only the
/// policy's `maxage` applies to these rows.
public struct HistorySource: LastChangeSource {
    public let service: any HistoryBackend

    public init(service: any HistoryBackend) {
        self.service = service
    }

    public var name: String { service.storeLocation }

    public func load() throws(HistoryError) -> SourceRecords {
        SourceRecords(records: try service.latestChanges().map(Self.record))
    }

    /// The `due` record of one latest change (a time before 1970 gives a negative day: an
    /// expired password, as any very old change).
    static func record(_ change: LatestChange) -> AgeRecord {
        AgeRecord(user: change.user, source: change.system, lastChange: .day(ShadowDay.fromUnixSeconds(Int(change.time))))
    }
}
