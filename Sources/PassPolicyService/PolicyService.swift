import Logging
import NIOPosix
import PassPolicy
import PassPolicyStore

#if canImport(Glibc)
import Glibc
#endif

/// Everything the routes share: the policy, the checkers, the history, the bounds on
/// Argon2id and on history checks, the tokens and the metrics. Immutable once built, and
/// `Sendable`: every request runs on whichever thread the server gives it.
public final class PolicyService: Sendable {
    public let settings: Settings
    public let configFile: String?
    public let metrics: ServiceMetrics
    let logger: Logger
    let checkers: CheckerPool
    let history: HistoryPool?
    let gate: KDFGate
    let limiter: HistoryCheckLimiter
    let tokens: TokenAuthenticator
    /// `GET /v1/policy`'s body, made once.
    /// `GET /v1/policy`'s body in each language passpolicy speaks, by language code, made once.
    let policyDocuments: [String: [UInt8]]

    /// Loads the configuration (`configPath`, or /etc/security/passpolicy.conf) and the word
    /// list; throws `ServiceSetupError` naming the file, line and key of what is wrong. The
    /// store is opened on first use: a store that is down at start-up shows in `/healthz`.
    /// `listen`, when given (`passpolicyd --listen`), overrides the setting.
    public convenience init(configPath: String?, listen: String? = nil, logger: Logger,
                            metrics: ServiceMetrics = ServiceMetrics()) throws(ServiceSetupError) {
        let configuration: Configuration
        do {
            configuration = try Configuration.load(path: configPath)
        } catch {
            throw .configuration(error.description)
        }
        var settings = configuration.settings
        if let listen { settings.listen = listen }
        // Under systemd, `LoadCredential=pepper:/etc/…` hands the root-only pepper to the
        // service's own user: it replaces `pepper_file` when present.
        if let directory = getenv("CREDENTIALS_DIRECTORY").map({ String(cString: $0) }),
           access(directory + "/pepper", F_OK) == 0 {
            settings.pepperFile = directory + "/pepper"
        }
        var wordList: WordList? = nil
        if settings.dictCheck {
            do {
                wordList = try WordList.open(path: settings.dictPath)
            } catch {
                throw .wordList(error.description)
            }
        }
        try self.init(settings: settings, configFile: configuration.file, wordList: wordList, logger: logger, metrics: metrics)
    }

    public init(settings: Settings, configFile: String?, wordList: WordList?, logger: Logger,
                metrics: ServiceMetrics = ServiceMetrics()) throws(ServiceSetupError) {
        if settings.dictCheck && wordList == nil { throw .wordList("dictcheck = yes needs a word list") }
        self.settings = settings
        self.configFile = configFile
        self.logger = logger
        self.metrics = metrics
        self.checkers = CheckerPool(settings: settings, wordList: wordList)
        let cores = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        let slots = settings.kdfConcurrency > 0 ? settings.kdfConcurrency : max(1, cores)
        self.gate = KDFGate(slots: slots)
        self.limiter = HistoryCheckLimiter(limit: settings.historyChecksPerHour)
        if HistoryGate.isOff(settings.store) {
            self.history = nil
        } else {
            // Argon2id runs hold at most `slots` threads; the others keep token look-ups,
            // history reads and records moving meanwhile.
            let threads = NIOThreadPool(numberOfThreads: slots + 4)
            threads.start()
            self.history = HistoryPool(settings: settings, threads: threads, keep: slots + 4)
        }
        self.tokens = TokenAuthenticator(history: history)
        var documents: [String: [UInt8]] = [:]
        for code in Language.supported {
            let language = Language.named(code) ?? .english
            documents[code] = PolicyDocument.render(settings, history: !HistoryGate.isOff(settings.store), language)
        }
        self.policyDocuments = documents
    }

    /// Whether the store answers: nil when the history is off, else the error if it does not.
    func storeHealth() async -> HistoryError?? {
        guard let history else { return .none }
        do {
            _ = try await history.run { (service) throws(HistoryError) in try service.tokenStore.tokens() }
            return .some(nil)
        } catch {
            return .some(error)
        }
    }
}

/// Why the service cannot start.
public enum ServiceSetupError: Error, CustomStringConvertible {
    case configuration(String)
    case wordList(String)
    case listen(String)
    case tls(String)

    public var description: String {
        switch self {
        case .configuration(let m): return "configuration error: \(m)"
        case .wordList(let m): return m
        case .listen(let m): return "listen: \(m)"
        case .tls(let m): return "TLS: \(m)"
        }
    }
}
