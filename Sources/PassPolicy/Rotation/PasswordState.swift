/// What the password field of a shadow line says, without keeping the hash.
public enum PasswordState: Sendable, Equatable {
    /// A hash that can be used to log in.
    case usable
    /// `!` followed by a real hash (`passwd -l`, `usermod -L`): unlocking brings it back.
    case locked
    /// No password can be used: `*`, `!`, `!!`, `!*`, `*LK*` and other values starting with
    /// `*`, or `!`s followed by nothing or `*`.
    case disabled
    /// An empty field. shadow(5): the account may log in with no password at all (when the
    /// PAM stack allows `nullok`). There is no password to rotate, so the rotation status is
    /// `no-password`; `passwd -l` or setting a password is the fix, not rotation.
    case empty

    /// Classifies a password field.
    public init<Field: Collection<UInt8>>(field: Field) {
        guard let first = field.first else { self = .empty; return }
        if first == UInt8(ascii: "*") { self = .disabled; return }
        if first != UInt8(ascii: "!") { self = .usable; return }
        let rest = field.drop { $0 == UInt8(ascii: "!") }
        if let next = rest.first, next != UInt8(ascii: "*") {
            self = .locked
        } else {
            self = .disabled
        }
    }

    public init(field: String) {
        self.init(field: field.utf8)
    }
}
