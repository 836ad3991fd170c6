/// A shipped policy, loaded with `profile = NAME`: a list of `key = value` settings applied
/// through the option table where the `profile` line stands, so settings after it override
/// it and `passpolicy config` names the profile as the origin of each key it set.
///
/// Every profile names the composition keys (minlen, maxlen, minclass, required_classes,
/// maxrepeat), the personal and dictionary checks and the rotation keys (maxage, warnage),
/// so the result does not depend on what came before it for those. The history (`remember`,
/// `store`) and the service's keys are never touched by a profile.
public struct Profile: Sendable {
    public static let key = "profile"

    public let name: String
    /// One line for people: where the profile comes from.
    public let summary: String
    public let settings: [(key: String, value: String)]

    /// Applies each setting through the option table.
    func apply(to settings: inout Settings) throws(ValueProblem) {
        for (key, value) in self.settings {
            // The table holds every key named here; a test loads every profile.
            guard let option = OptionTable.option(named: key) else { continue }
            try option.apply(value, to: &settings)
        }
        settings.profile = name
    }

    public static func named(_ name: String) -> Profile? {
        let wanted = lowercased(name)
        return all.first { $0.name == wanted }
    }

    private static let checks: [(key: String, value: String)] = [
        ("usercheck", "yes"), ("personalcheck", "yes"), ("dictcheck", "yes"),
    ]

    public static let all: [Profile] = [
        Profile(name: "caerau-primary", summary: Messages.profileCaerauPrimary, settings: [
            ("minlen", "8"), ("maxlen", "256"), ("minclass", "0"), ("required_classes", "letter, digit, special"),
            ("maxrepeat", "1"), ("minguesses", "10000000000"),
        ] + checks + [("maxage", "60"), ("warnage", "14")]),
        Profile(name: "use-of-computers", summary: Messages.profileUseOfComputers, settings: [
            ("minlen", "8"), ("maxlen", "256"), ("minclass", "4"), ("required_classes", "upper, lower, digit, special"),
            ("maxrepeat", "1"), ("minguesses", "10000000000"),
        ] + checks + [("maxage", "60"), ("warnage", "14")]),
        Profile(name: "winnington-park", summary: Messages.profileWinningtonPark, settings: [
            ("minlen", "8"), ("maxlen", "256"), ("minclass", "3"), ("required_classes", "none"),
            ("maxrepeat", "1"), ("minguesses", "10000000000"),
        ] + checks + [("maxage", "60"), ("warnage", "14")]),
        Profile(name: "avanti-trust", summary: Messages.profileAvantiTrust, settings: [
            ("minlen", "12"), ("maxlen", "256"), ("minclass", "3"), ("required_classes", "none"),
            ("maxrepeat", "1"), ("minguesses", "1000000000000"),
        ] + checks + [("maxage", "90"), ("warnage", "14")]),
        Profile(name: "ncsc", summary: Messages.profileNCSC, settings: [
            ("minlen", "12"), ("maxlen", "256"), ("minclass", "0"), ("required_classes", "none"),
            ("maxrepeat", "0"), ("minguesses", "10000000000"),
        ] + checks + [("maxage", "0"), ("warnage", "14")]),
        Profile(name: "nist-800-63b", summary: Messages.profileNIST, settings: [
            ("minlen", "8"), ("maxlen", "64"), ("minclass", "0"), ("required_classes", "none"),
            ("maxrepeat", "0"), ("minguesses", "10000000000"),
        ] + checks + [("maxage", "0"), ("warnage", "14")]),
    ]
}

/// Keys of pam_pwquality, pam_cracklib and passwdqc that an admin may bring along but that
/// passpolicy does not read, each with what to use instead. An unknown key stays an error;
/// these say why and what to write.
enum ForeignKeys {
    static func hint(for key: String) -> String? {
        switch lowercased(key) {
        case "difok": return Messages.hintDifok
        case "ucredit", "lcredit", "dcredit", "ocredit": return Messages.hintCredit
        case "minclassrepeat", "maxclassrepeat": return Messages.hintClassRepeat
        case "maxsequence": return Messages.hintMaxSequence
        case "gecoscheck": return Messages.hintGecosCheck
        case "badwords": return Messages.hintBadWords
        case "usersubstr": return Messages.hintUserSubstr
        case "dictcheck_path", "cracklib_dict", "dict": return Messages.hintDictPath
        case "enforce": return Messages.hintEnforce
        case "min", "max", "passphrase", "match", "similar", "random": return Messages.hintPasswdqc
        case "reject_username": return Messages.hintRejectUsername
        case "palindrome": return Messages.hintPalindrome
        default: return nil
        }
    }
}
