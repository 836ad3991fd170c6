/// What to do when the password history store cannot be reached.
public enum StoreUnavailablePolicy: String, Sendable, CaseIterable {
    /// Refuse the change (fail closed): the default.
    case refuse
    /// Allow the change and warn in syslog.
    case allow
}

/// The language of messages when the reader's environment or request names none.
public enum LanguageSetting: String, Sendable, CaseIterable {
    /// English.
    case en
    /// Welsh (Cymraeg), for a Welsh-medium school.
    case cy

    /// The language, with its catalog when installed (English when it is not).
    public var language: Language { Language.named(rawValue) ?? .english }
}

/// Every setting of a passpolicy policy. The defaults are the school policy: 8 characters,
/// 3 of 4 classes, no doubled characters, no user name, no personal information, more than a
/// dictionary word, a new password every 60 days, no reuse on any system.
///
/// Each field is set through one entry of `OptionTable`, which serves the config file, the
/// PAM module's arguments and `passpolicy config` alike.
public struct Settings: Sendable, Equatable {
    // Composition
    /// The shipped profile applied (`profile = NAME`), empty when none.
    public var profile = ""
    public var minLength = 8
    public var maxLength = 256
    public var minClasses = 3
    public var requiredClasses: [RequiredClass] = []
    public var maxRepeat = 1
    // Personal information
    public var userCheck = true
    public var personalCheck = true
    public var personalWords: [String] = []
    // Dictionary
    public var dictCheck = true
    /// The `dictionary` rule refuses a password an attacker who knows people's habits would
    /// guess in fewer tries than this.
    public var minGuesses = 10_000_000_000
    public var dictPath = "/var/lib/passpolicy/words.pwdict"
    public var wordLists: [String] = []
    // PAM behaviour
    /// No: broken rules are shown as warnings and the change goes through (a gradual
    /// rollout, as pam_pwquality's `enforcing = 0`). `passpolicy check` still says rejected.
    public var enforcing = true
    public var retry = 3
    public var enforceForRoot = false
    public var localUsersOnly = false
    // History
    public var remember = 24
    public var store = "/var/lib/passpolicy/history.db"
    public var storeUnavailable = StoreUnavailablePolicy.refuse
    public var system = ""
    public var pepperFile = ""
    /// `store = https://…`: this host's token for the policy service, a root-only file.
    public var tokenFile = "/etc/security/passpolicy.token"
    /// `store = https://…`: the CA certificates to verify the service with (default: the system's).
    public var caFile = ""
    /// Seconds any one call to the policy service may take.
    public var storeTimeoutSeconds = 5
    public var syncedSystems = SyncedSystems()
    // Rotation
    public var maxAge = 60
    public var warnAge = 14
    // Messages
    public var language = LanguageSetting.en
    // The policy service (passpolicyd)
    public var listen = "127.0.0.1:8743"
    public var tlsCertificate = ""
    public var tlsKey = ""
    public var insecureHTTP = false
    public var maxRequestBytes = 8192
    /// 0: one per core.
    public var kdfConcurrency = 0
    public var kdfWaitSeconds = 5
    /// 0: no limit.
    public var historyChecksPerHour = 30
    public var requestTimeoutSeconds = 10

    public init() {}

    public static let defaultConfigPath = "/etc/security/passpolicy.conf"
}
