import Hummingbird
import PassPolicy

#if canImport(Glibc)
import Glibc
#endif

extension PolicyService {
    /// `POST /v1/check`: the verdict on a candidate, the same violations byte for byte as
    /// `passpolicy check --format json` gives; with `user`, the history's too.
    func check(_ request: Request) async throws -> Response {
        let caller = try await caller(request, may: .check, roles: [.system, .helpdesk, .admin])
        let body = try await body(of: request, allowed: ["user", "full_name", "system", "lang"])
        // From here on, an error's message speaks the body's `lang` too.
        return try await APIError.speaking(body.fields["lang"]) { try await check(request, caller: caller, body: body) }
    }

    private func check(_ request: Request, caller: ServiceToken, body: RequestBody) async throws -> Response {
        guard let password = body.password else { throw APIError.badRequest(ServiceMessages.passwordRequired) }
        if let lang = body.fields["lang"], !["cy", "en"].contains(lang) {
            throw APIError.badRequest(ServiceMessages.badLang)
        }
        let user = body.fields["user"]
        if let user { try Self.validateName(user, "user") }
        if let system = body.fields["system"] { try Self.validateName(system, "system") }
        let system = body.fields["system"] ?? caller.name
        // As the CLI: the full name from the passwd GECOS field when none is given.
        let fullName = body.fields["full_name"] ?? user.flatMap { UserAccount.lookup($0)?.fullName }
        // The caller is a system or the helpdesk, never the person: "the user name".
        let language = RequestLanguage.choose(request, explicit: body.fields["lang"], fallback: settings.language.language)
        let tokens = PersonalTokens(context: CheckContext(userName: user, fullName: fullName, language: language, audience: .other),
                                    settings: settings)

        var verdict = Verdict()
        if let user, let history {
            if let retryAfter = limiter.admit(user, now: Int64(time(nil))) {
                throw APIError.tooManyRequests(retryAfter: retryAfter)
            }
            verdict = try await judgeWithHistory(password, tokens: tokens, user: user, system: system, history: history)
        } else {
            try checkers.withChecker { (checker) throws(HistoryError) in
                try CandidateJudge(settings: settings).judge(password.bytes, checker: checker, tokens: tokens, history: .off, into: &verdict)
            }
        }
        metrics.verdict(verdict.violations.map(\.rule.rawValue))
        return jsonResponse(.ok, VerdictJSON.verdict(verdict))
    }

    /// The rules and the person's history, judged on the store's threads under the Argon2id
    /// bound. A history that may be skipped (`store_unavailable = allow`) is logged.
    private func judgeWithHistory(_ password: SecretBytes, tokens: PersonalTokens, user: String, system: String,
                                  history: HistoryPool) async throws -> Verdict {
        let settings = self.settings
        let checkers = self.checkers
        metrics.waiting(gate.waiting)
        let outcome: (Verdict, SkippedHistory?, Duration)
        do {
            outcome = try await gate.withSlot(wait: .seconds(settings.kdfWaitSeconds)) {
                try await Self.judged(on: history, password, tokens: tokens, user: user, system: system,
                                      settings: settings, checkers: checkers)
            }
        } catch let error as HistoryError {
            if error.maySkipHistory(settings) {
                logger.warning("\(ServiceMessages.historySkipped(error.description))")
                var verdict = Verdict()
                try checkers.withChecker { (checker) throws(HistoryError) in
                    try CandidateJudge(settings: settings).judge(password.bytes, checker: checker, tokens: tokens, history: .off, into: &verdict)
                }
                return verdict
            }
            throw historyFailure(error)
        }
        if let skipped = outcome.1 { logger.warning("\(ServiceMessages.historySkipped(skipped.error.description))") }
        metrics.kdf(outcome.2)
        return outcome.0
    }

    private static func judged(on history: HistoryPool, _ password: SecretBytes, tokens: PersonalTokens, user: String,
                               system: String, settings: Settings, checkers: CheckerPool) async throws(HistoryError)
        -> (Verdict, SkippedHistory?, Duration) {
        try await history.run { (service) throws(HistoryError) in
            let start = ContinuousClock.now
            let access: HistoryAccess
            do throws(HistoryError) {
                access = .available(try service.person(user, on: system))
            } catch {
                access = .failed(error)
            }
            var verdict = Verdict()
            let skipped = try checkers.withChecker { (checker) throws(HistoryError) in
                try CandidateJudge(settings: settings).judge(password.bytes, checker: checker, tokens: tokens,
                                                              history: access, into: &verdict)
            }
            return (verdict, skipped, ContinuousClock.now - start)
        }
    }

    /// A user or system name as the history stores them (`HistoryService.validate`), else 400.
    static func validateName(_ name: String, _ field: String) throws {
        do {
            try HistoryService.validate(name, field: field)
        } catch {
            throw APIError.badRequest { error.message($0) }
        }
    }

    /// `POST /v1/changes`: the calling system has just set this password for `user`.
    func recordChange(_ request: Request) async throws -> Response {
        let caller = try await caller(request, may: .record, roles: [.system, .admin])
        let body = try await body(of: request, allowed: ["user", "system"])
        guard let user = body.fields["user"] else { throw APIError.badRequest(ServiceMessages.userRequired) }
        guard let password = body.password else { throw APIError.badRequest(ServiceMessages.passwordRequired) }
        try Self.validateName(user, "user")
        if let system = body.fields["system"] { try Self.validateName(system, "system") }
        let system = body.fields["system"] ?? caller.name
        if caller.role == .system && system != caller.name {
            let name = caller.name
            throw APIError.forbidden { ServiceMessages.otherSystem(name, $0) }
        }
        let history = try requireHistory()
        do {
            try await gate.withSlot(wait: .seconds(settings.kdfWaitSeconds)) {
                try await history.run { (service) throws(HistoryError) in
                    try service.record(password: password.bytes, user: user, system: system)
                }
            }
        } catch let error as HistoryError {
            throw historyFailure(error)
        }
        var out: [UInt8] = Array("{\"user\": ".utf8)
        JSONString.append(user, to: &out)
        out.append(contentsOf: ", \"system\": ".utf8)
        JSONString.append(system, to: &out)
        out.append(contentsOf: ", \"recorded\": true}\n".utf8)
        return jsonResponse(.created, out)
    }
}
