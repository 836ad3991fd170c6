#if canImport(Glibc)
import Glibc
#endif
import CPAM
import PassPolicy
import PassPolicyStore

/// One `pam_sm_chauthtok` call in the PAM_UPDATE_AUTHTOK phase: ask for the new password (or
/// take PAM_AUTHTOK with `use_authtok`), check it, report every broken rule, ask again up to
/// `retry` times, and hand an accepted password on in PAM_AUTHTOK.
struct PasswordChange {
    let pam: PAMHandle
    let options: ModuleOptions
    let flags: Int32

    func run() -> Int32 {
        let policy: ModulePolicy
        do {
            policy = try ModulePolicy.load(options)
        } catch {
            // Fail closed: the person gets a short line, syslog the file, line and key. With
            // no usable configuration, only the environment can choose the language.
            let l = pam.language(fallback: .english)
            pam.log(LOG_ERR, Messages.pamConfigurationLog(error.description))
            switch error {
            case .configuration(let e):
                pam.error(Messages.pamConfigurationError(at: e.line > 0 ? "\(e.source):\(e.line)" : e.source, l))
            case .wordList(let e):
                pam.error(Messages.pamWordListUnavailable(path: e.path, reason: e.reason, l))
            }
            return PAM_AUTHTOK_ERR
        }
        let settings = policy.settings
        let l = pam.language(fallback: settings.language.language)

        let user: String
        do {
            user = try pam.userName()
        } catch {
            pam.log(LOG_ERR, Messages.pamNoUser(error.code))
            return error.code
        }
        if settings.localUsersOnly && !pam.isInPasswdFile(user) {
            pam.debug(options, Messages.pamDebugNotLocal(user))
            return PAM_IGNORE
        }

        let system = HistoryService.systemName(settings)
        let history = HistoryAccess.read(user: user, system: system) { () throws(HistoryError) in
            try HistoryGate.forChecking(settings)
        }
        // A store that cannot be used stops the change before anyone types a password.
        do {
            try CandidateJudge(settings: settings).precheck(history)
        } catch {
            return refuseWithoutHistory(error, pam: pam, l)
        }
        let audience = PAMHandle.audience(for: user)
        let judge = Judge(pam: pam, options: options, settings: settings,
                          checker: PolicyChecker(settings: settings, wordList: policy.wordList), history: history,
                          user: user, system: system, language: l, audience: audience)
        // Without a terminal (chpasswd, newusers, a script, pamtester fed from a pipe) or
        // with PAM_SILENT, nobody reads a policy line or answers a second try: chpasswd's
        // conversation answers every prompt with the same password. One attempt, one short
        // refusal.
        let interactive = (flags & pamFlag(PAM_SILENT)) == 0 && isatty(STDIN_FILENO) == 1
        // As pam_pwquality: root at a terminal (the real uid, as in `passwd alice` run by an
        // admin) is warned and may go on, unless enforce_for_root, or the change is forced by
        // an expired password. Root without a terminal (a script, pamtester fed from a pipe)
        // cannot read a warning, so the rules hold: a warning nobody sees followed by a changed
        // password is the complaint about pam_pwquality this module answers.
        let rootMayOverride = getuid() == 0 && !settings.enforceForRoot
            && (flags & pamFlag(PAM_CHANGE_EXPIRED_AUTHTOK)) == 0
            && interactive
        let judgement = Judgement(rootMayOverride: rootMayOverride, interactive: interactive)

        if options.useAuthtok {
            guard let candidate = pam.newAuthToken() else {
                pam.error(Messages.pamNoPassword(l))
                return PAM_AUTHTOK_ERR
            }
            switch judge(candidate, attempt: 1, judgement) {
            case .settled(let status): return status
            case .refused: return PAM_AUTHTOK_ERR
            case .passed: return judge.accept(candidate, store: false)
            }
        }

        if interactive {
            for line in Messages.pamPolicySummary(settings, history: !HistoryGate.isOff(settings.store), l, audience) {
                pam.info(line)
            }
        }
        let attempts = interactive ? max(1, settings.retry) : 1
        for attempt in 1...attempts {
            let candidate: Secret
            do {
                candidate = try pam.promptHidden(Messages.pamNewPasswordPrompt(l))
                if candidate.isEmpty {
                    pam.error(Messages.pamNoPassword(l))
                    return PAM_AUTHTOK_ERR
                }
            } catch {
                pam.log(LOG_ERR, Messages.pamConversationFailed(error.code))
                return PAM_AUTHTOK_ERR
            }
            // Checked after the first entry, as pam_pwquality does: nobody types a refused
            // password twice.
            switch judge(candidate, attempt: attempt, judgement) {
            case .settled(let status): return status
            case .refused: continue
            case .passed: break
            }
            do {
                let again = try pam.promptHidden(Messages.pamRetypePrompt(l))
                if !again.sameBytes(as: candidate) {
                    pam.error(Messages.pamMismatch(l))
                    pam.debug(options, Messages.pamDebugMismatch(attempt: attempt))
                    continue
                }
            } catch {
                pam.log(LOG_ERR, Messages.pamConversationFailed(error.code))
                return PAM_AUTHTOK_ERR
            }
            return judge.accept(candidate, store: true)
        }
        if interactive { pam.error(Messages.pamTooManyTries(l)) }
        return PAM_AUTHTOK_ERR
    }

}

/// A history that must not be skipped: fail closed, with a short line for the person and the
/// reason in syslog.
private func refuseWithoutHistory(_ error: HistoryError, pam: PAMHandle, _ l: Language) -> Int32 {
    pam.log(LOG_ERR, Messages.pamConfigurationLog(error.description))
    pam.error(Messages.pamHistoryUnavailable(l))
    return PAM_AUTHTOK_ERR
}

/// Judges candidates for one password change: the rules, then the shared history.
private struct Judge {
    let pam: PAMHandle
    let options: ModuleOptions
    let settings: Settings
    let checker: PolicyChecker
    let history: HistoryAccess
    let judge: CandidateJudge
    let user: String
    let system: String
    let tokens: PersonalTokens
    let language: Language

    init(pam: PAMHandle, options: ModuleOptions, settings: Settings, checker: PolicyChecker,
         history: HistoryAccess, user: String, system: String, language: Language, audience: Audience) {
        self.pam = pam
        self.options = options
        self.settings = settings
        self.checker = checker
        self.history = history
        self.judge = CandidateJudge(settings: settings)
        self.user = user
        self.system = system
        self.language = language
        self.tokens = PersonalTokens(context: CheckContext(userName: user, fullName: UserAccount.lookup(user)?.fullName,
                                                           language: language, audience: audience),
                                     settings: settings)
    }

    /// Checks one candidate and tells the person every broken rule (without a terminal, one
    /// short line). `.passed` when the change may go on: accepted, or let through by root at a
    /// terminal or by `enforcing = no`, each said plainly.
    func callAsFunction(_ candidate: Secret, attempt: Int, _ judgement: Judgement) -> Outcome {
        var verdict = Verdict()
        do {
            let skipped = try judge.judge(candidate.bytes, checker: checker, tokens: tokens, history: history, into: &verdict)
            if let skipped { pam.log(LOG_WARNING, Messages.pamHistorySkipped(skipped.error.description)) }
        } catch {
            return .settled(refuseWithoutHistory(error, pam: pam, language))
        }
        if verdict.accepted {
            pam.debug(options, Messages.pamDebugAccepted(attempt: attempt, rootOverride: false))
            return .passed
        }
        let rules = verdict.violations.map(\.rule.rawValue)
        if judgement.interactive {
            for violation in verdict.violations {
                pam.error(Messages.pamBadPassword(violation.message, language))
            }
        } else {
            pam.error(Messages.pamBadPasswordShort(rules: rules, language))
        }
        if !settings.enforcing {
            if judgement.interactive { pam.info(Messages.pamNotEnforcing(language)) }
            pam.log(LOG_NOTICE, Messages.pamNotEnforcingLog(user: user, rules: rules))
            return .passed
        }
        if judgement.rootMayOverride {
            pam.info(Messages.pamRootOverride(language))
            pam.debug(options, Messages.pamDebugAccepted(attempt: attempt, rootOverride: true))
            return .passed
        }
        pam.debug(options, Messages.pamDebugRejected(attempt: attempt, rules: rules))
        return .refused
    }

    /// Hands a candidate that passed on to pam_unix (PAM_AUTHTOK, unless it is there already)
    /// and leaves its record for `pam_end`.
    func accept(_ candidate: Secret, store: Bool) -> Int32 {
        if store {
            do {
                try pam.setNewAuthToken(candidate)
            } catch {
                pam.log(LOG_ERR, Messages.pamCannotSetAuthtok(error.code))
                return PAM_AUTHTOK_ERR
            }
        }
        if !HistoryGate.isOff(settings.store) {
            RecordRequest.leave(RecordRequest(secret: candidate, settings: settings, user: user, system: system, debug: options.debug), with: pam)
        }
        return PAM_SUCCESS
    }
}

/// How the candidates of one change are judged: whether root at a terminal may go on past
/// broken rules, and whether anyone reads the messages at a terminal.
struct Judgement {
    let rootMayOverride: Bool
    let interactive: Bool
}

/// What one candidate settled.
enum Outcome {
    /// The change may go on (ask for the retype, then hand it on).
    case passed
    /// Broken rules: ask again while tries are left.
    case refused
    /// The module's answer, now (a history that cannot be skipped).
    case settled(Int32)
}
