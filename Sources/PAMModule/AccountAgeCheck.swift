#if canImport(Glibc)
import Glibc
#endif
import CPAM
import PassPolicy

/// `pam_sm_acct_mgmt`: the 60-day rotation at login. A password older than the policy's
/// `maxage` (or shadow's max, if stricter) gets PAM_NEW_AUTHTOK_REQD with a sentence that
/// names the policy, so login and sshd make the person change it; within `warnage` days of
/// expiry the person is warned (PAM_TEXT_INFO).
///
/// Unlike a password change, a broken configuration here does not fail closed: it would lock
/// every user out of every login. It is logged (LOG_ERR) and the module steps aside
/// (PAM_IGNORE); pam_unix still enforces shadow's own ageing (`passpolicy age --apply`).
struct AccountAgeCheck {
    let pam: PAMHandle
    let options: ModuleOptions

    func run() -> Int32 {
        let settings: Settings
        do {
            var configuration = try Configuration.load(path: options.configPath)
            try configuration.apply(arguments: options.policyArguments)
            settings = configuration.settings
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
        guard let aging = ShadowAging.lookup(user) else {
            if options.debug { pam.log(LOG_DEBUG, Messages.pamNoShadowEntry(user)) }
            return PAM_IGNORE
        }
        let outcome = LoginAge.evaluate(lastChange: aging.lastChange, shadowMax: aging.maxDays,
                                        today: ShadowDay.today(), settings: settings)
        switch outcome {
        case .ok:
            return PAM_SUCCESS
        case .warn:
            if let message = outcome.message { _ = pam.info(message) }
            return PAM_SUCCESS
        case .expired, .mustChange:
            if let message = outcome.message { _ = pam.error(message) }
            return PAM_NEW_AUTHTOK_REQD
        }
    }
}
