/// The rows `passpolicy due` lists: which records, in what order.
public struct RotationReport: Sendable {
    public var rows: [AccountAge]

    /// Evaluates `records` on day `today`.
    /// - `within`: accounts expiring within this many days are `due`.
    /// - `all`: list every account, not only those expired, due or required to change.
    /// - `passwd`: the passwd entries by user; system accounts (uid < 1000 or a nologin/false
    ///   shell) are left out unless `includeSystem`. A user missing from passwd is listed:
    ///   nothing says it is a service account.
    public init(records: [AgeRecord], settings: Settings, today: Int, within: Int, all: Bool,
                passwd: [String: PasswdEntry], includeSystem: Bool) {
        var rows: [AccountAge] = []
        rows.reserveCapacity(all ? records.count : 64)
        for record in records {
            if !includeSystem, let entry = passwd[record.user], entry.isSystem { continue }
            let age = PasswordAge.evaluate(record, settings: settings, today: today, within: within)
            if all || RotationReport.needsAction(age.status) { rows.append(age) }
        }
        rows.sort(by: RotationReport.soonerFirst)
        self.rows = rows
    }

    /// The statuses listed without `--all`.
    public static func needsAction(_ status: AgeStatus) -> Bool {
        status == .mustChange || status == .expired || status == .due
    }

    /// Soonest first: required changes, then by days left (most overdue first), then the
    /// rows without an expiry; ties by user, then source.
    static func soonerFirst(_ a: AccountAge, _ b: AccountAge) -> Bool {
        let ga = group(a), gb = group(b)
        if ga != gb { return ga < gb }
        if let da = a.daysLeft, let db = b.daysLeft, da != db { return da < db }
        if a.user != b.user { return a.user < b.user }
        return a.source < b.source
    }

    private static func group(_ age: AccountAge) -> Int {
        if age.status == .mustChange { return 0 }
        return age.daysLeft == nil ? 2 : 1
    }
}
