/// What `passpolicy age` would change so that shadow's ageing fields carry the policy, as
/// `chage -M maxage -W warnage USER` sets them.
public struct AgePlan: Sendable {
    public struct Item: Sendable, Equatable {
        public let user: String
        /// shadow's max and warn fields as they are (nil: empty).
        public let shadowMax: Int?
        public let shadowWarn: Int?
        /// The new values; nil when that field stays as it is.
        public let newMax: Int?
        public let newWarn: Int?
        /// Why the account is left alone whatever its fields say: locked, or no password.
        public let skipped: Skip?

        public init(user: String, shadowMax: Int?, shadowWarn: Int?, newMax: Int?, newWarn: Int?, skipped: Skip? = nil) {
            self.user = user
            self.shadowMax = shadowMax
            self.shadowWarn = shadowWarn
            self.newMax = newMax
            self.newWarn = newWarn
            self.skipped = skipped
        }

        /// chage's options for the change: `["-M", "60", "-W", "14"]`; empty when none.
        public var chageArguments: [String] {
            var args: [String] = []
            if let newMax { args += ["-M", String(newMax)] }
            if let newWarn { args += ["-W", String(newWarn)] }
            return args
        }

        public var needsChange: Bool { skipped == nil && (newMax != nil || newWarn != nil) }
    }

    /// Accounts `age --apply` never touches: there is no password to rotate.
    public enum Skip: String, Sendable, Equatable {
        /// `!hash` (passwd -l): ageing would come back with the unlock, set it then.
        case locked
        /// `*`, `!`, or empty: no password can be used or there is none.
        case noPassword = "no-password"
    }

    public let items: [Item]
    /// True when `maxage` is 0: rotation is off and nothing is set.
    public let rotationOff: Bool

    /// Plans the change for every regular user of `shadow` (in passwd, uid ≥ 1000, a login
    /// shell) that `selection` includes. A maximum stricter than `maxage` is kept (the
    /// stricter one applies anyway); an empty, 99999 or looser one becomes `maxage`. The
    /// warning period becomes `warnage`. Locked and passwordless accounts are listed but
    /// never changed.
    public init(shadow: [ShadowEntry], passwd: [String: PasswdEntry], settings: Settings,
                selection: AccountSelection = .all) {
        rotationOff = settings.maxAge == 0
        var items: [Item] = []
        for entry in shadow {
            guard let account = passwd[entry.user], !account.isSystem else { continue }
            guard selection.includes(entry.user, passwd: account) else { continue }
            let skip: Skip?
            switch entry.password {
            case .usable: skip = nil
            case .locked: skip = .locked
            case .disabled, .empty: skip = .noPassword
            }
            var newMax: Int?
            var newWarn: Int?
            if !rotationOff {
                if let current = entry.limitingMaxDays, current <= settings.maxAge {
                    newMax = nil
                } else {
                    newMax = settings.maxAge
                }
                newWarn = entry.warnDays == settings.warnAge ? nil : settings.warnAge
            }
            items.append(Item(user: entry.user, shadowMax: entry.maxDays, shadowWarn: entry.warnDays,
                              newMax: newMax, newWarn: newWarn, skipped: skip))
        }
        self.items = items
    }
}
