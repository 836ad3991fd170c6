#if canImport(Glibc)
import Glibc
#endif
import CPAM
import PassPolicy
import PassPolicyStore

/// `pam_sm_acct_mgmt`: the 60-day rotation at login. A password older than the policy's
/// `maxage` (or shadow's max, if stricter) gets PAM_NEW_AUTHTOK_REQD with a sentence that
/// names the policy, so login and sshd make the person change it; within `warnage` days of
/// expiry the person is warned (PAM_TEXT_INFO).
///
/// Unlike a password change, a broken configuration here does not fail closed: it would lock
/// every user out of every login. It is logged (LOG_ERR) and the module steps aside
/// (PAM_IGNORE); pam_unix still enforces shadow's own ageing (`passpolicy age --apply`).
///
/// The last change comes from the history store when one is configured (see
/// `HistoryGate.forReading`) and holds a change of this person on this system
/// (`HistoryService.systemName`); otherwise from shadow. shadow's max still applies when it
/// is stricter, and shadow's 0 (the administrator requires a change) still wins. A store
/// that cannot be read is logged (LOG_ERR) and shadow is used: no lock-out.
struct AccountAgeCheck {
    let pam: PAMHandle
    let options: ModuleOptions

    func run() -> Int32 {
        let settings: Settings
        do {
            settings = try ConfigurationCache.load(path: options.configPath, arguments: options.policyArguments,
                                                             numbers: options.policyArgumentNumbers).settings
        } catch {
            pam.log(LOG_ERR, Messages.pamConfigurationLog(error.description))
            return PAM_IGNORE
        }
        guard settings.maxAge > 0 else { return PAM_IGNORE }
        let user: String
        do {
            user = try pam.userName()
        } catch {
            return error.code
        }
        let aging = ShadowAging.lookup(user)
        let stored = storedLastChange(user, settings: settings)
        if aging == nil && stored == nil {
            pam.debug(options, Messages.pamNoShadowEntry(user))
            return PAM_IGNORE
        }
        let l = pam.language(fallback: settings.language.language)
        let outcome = LoginAge.evaluate(lastChange: Self.lastChange(shadow: aging?.lastChange, stored: stored),
                                        shadowMax: aging?.maxDays, today: ShadowDay.today(), settings: settings)
        switch outcome {
        case .ok:
            return PAM_SUCCESS
        case .warn:
            if let message = outcome.message(l) { _ = pam.info(message) }
            return PAM_SUCCESS
        case .expired(let ageDays, let maxDays):
            pam.log(LOG_INFO, Messages.pamExpiryEnforced(user: user, ageDays: ageDays, maxDays: maxDays))
            if let message = outcome.message(l) { _ = pam.error(message) }
            return PAM_NEW_AUTHTOK_REQD
        case .mustChange:
            pam.log(LOG_INFO, Messages.pamChangeRequired(user: user))
            if let message = outcome.message(l) { _ = pam.error(message) }
            return PAM_NEW_AUTHTOK_REQD
        }
    }

    /// The day of this person's latest change on this system in the history store; nil when
    /// no store is configured, it holds none, or it cannot be read (logged).
    private func storedLastChange(_ user: String, settings: Settings) -> Int? {
        do {
            guard let service = try HistoryGate.forReading(settings) else { return nil }
            let system = HistoryService.systemName(settings)
            guard let time = try service.lastChange(of: user, system: system) else { return nil }
            let day = ShadowDay.fromUnixSeconds(Int(time))
            pam.debug(options, Messages.pamDebugLastChange(user: user, system: system, day: day))
            return day
        } catch {
            pam.log(LOG_ERR, Messages.pamLastChangeFromShadow(error.description))
            return nil
        }
    }

    /// The last change to judge by: shadow's 0 (a change required) wins; otherwise the
    /// store's day when there is one (at least day 1: day 0 would mean "change required"),
    /// else shadow's field.
    static func lastChange(shadow: Int?, stored: Int?) -> Int? {
        if shadow == 0 { return 0 }
        if let stored { return max(1, stored) }
        return shadow
    }
}
