/// The rows `passpolicy due` lists: which records, in what order.
public struct RotationReport: Sendable {
    public var rows: [AccountAge]

    /// Evaluates `records` on day `today`.
    /// - `within`: accounts expiring within this many days are `due`.
    /// - `all`: list every account, not only those expired, due or required to change.
    /// - `systemUsers`: the system accounts (`PasswdFile.systemUsers`: uid < 1000 or a
    ///   nologin/false shell), left out unless `includeSystem`. A user missing from passwd is
    ///   listed: nothing says it is a service account.
    public init(records: [AgeRecord], settings: Settings, today: Int, within: Int, all: Bool,
                systemUsers: Set<String>, includeSystem: Bool) {
        var rows: [AccountAge] = []
        rows.reserveCapacity(all ? records.count : 64)
        let skipSystem = !includeSystem && !systemUsers.isEmpty
        for record in records {
            if skipSystem && systemUsers.contains(record.user) { continue }
            let age = PasswordAge.evaluate(record, settings: settings, today: today, within: within)
            if all || RotationReport.needsAction(age.status) { rows.append(age) }
        }
        self.rows = RotationReport.sortedSoonerFirst(rows)
    }

    /// `rows` soonest first: required changes, then by days left (most overdue first), then
    /// the rows without an expiry; ties by user, then source. Sorts a permutation on
    /// precomputed integer keys, so the rows (and their strings) are moved once rather than at
    /// every merge step.
    static func sortedSoonerFirst(_ rows: [AccountAge]) -> [AccountAge] {
        var groups = [Int](repeating: 0, count: rows.count)
        var days = [Int](repeating: 0, count: rows.count)
        for (i, row) in rows.enumerated() {
            groups[i] = group(row)
            days[i] = row.daysLeft ?? 0
        }
        var order = Array(rows.indices)
        rows.withUnsafeBufferPointer { r in
            order.sort { a, b in
                if groups[a] != groups[b] { return groups[a] < groups[b] }
                if days[a] != days[b] { return days[a] < days[b] }
                if r[a].user != r[b].user { return r[a].user < r[b].user }
                return r[a].source < r[b].source
            }
        }
        return order.map { rows[$0] }
    }

    /// The statuses listed without `--all`.
    public static func needsAction(_ status: AgeStatus) -> Bool {
        status == .mustChange || status == .expired || status == .due
    }

    private static func group(_ age: AccountAge) -> Int {
        if age.status == .mustChange { return 0 }
        return age.daysLeft == nil ? 2 : 1
    }
}
