#if canImport(Glibc)
import Glibc
#endif
import PassPolicy

/// `passpolicy check --samba`: Samba's `check password script`. Samba runs it for every
/// password set or changed on an AD domain controller, with the password on standard input
/// (no newline) and the account in the environment; exit 0 accepts, anything else refuses.
/// Samba shows the person no text, so the reasons go to syslog (auth facility).
enum SambaCheck {
    /// The account Samba names: `SAMBA_CPS_ACCOUNT_NAME`, `SAMBA_CPS_FULL_NAME` and the local
    /// part of `SAMBA_CPS_USER_PRINCIPAL_NAME` (treated as a personal word when it differs).
    static func context() -> (user: String?, context: CheckContext) {
        let user = environment("SAMBA_CPS_ACCOUNT_NAME")
        let fullName = environment("SAMBA_CPS_FULL_NAME")
        var words: [String] = []
        if let upn = environment("SAMBA_CPS_USER_PRINCIPAL_NAME"),
           let local = upn.split(separator: "@").first.map(String.init), !local.isEmpty, local != user {
            words.append(local)
        }
        return (user, CheckContext(userName: user, fullName: fullName, personalWords: words))
    }

    /// Logs a refusal (rule ids and messages, never the password) or an acceptance.
    static func log(_ verdict: Verdict, user: String?) {
        let who = user ?? "?"
        if verdict.accepted {
            syslog(LOG_INFO, Messages.sambaAccepted(user: who))
        } else {
            syslog(LOG_NOTICE, Messages.sambaRefused(user: who, violations: verdict.violations))
        }
    }

    static func logError(_ text: String) {
        syslog(LOG_ERR, Messages.sambaError(text))
    }

    /// English, as every log line: administrators search syslog for them (as for pam_pwquality's).
    private static func syslog(_ priority: Int32, _ text: String) {
        openlog("passpolicy", LOG_PID, LOG_AUTHPRIV)
        text.withCString { message in
            withVaList([message]) { vsyslog(priority, "%s", $0) }
        }
        closelog()
    }

    private static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        let text = String(cString: value)
        return text.isEmpty ? nil : text
    }
}
