#if canImport(Glibc)
import Glibc
#endif
import CPAM
import PassPolicy

/// A libpam call that did not return PAM_SUCCESS, with its code.
struct PAMError: Error, CustomStringConvertible {
    let code: Int32
    var description: String { "PAM error \(code)" }
}

/// The one file that calls libpam: the user, items, the conversation and syslog, with
/// libpam's status codes turned into `PAMError`.
///
/// `pam_prompt`, `pam_error` and `pam_syslog` are variadic, so the `v` forms are called with
/// a single `%s` argument; a message is never used as a format string.
struct PAMHandle {
    let raw: OpaquePointer

    // MARK: User and items

    /// The user whose password is changed (PAM_USER; libpam may prompt for it).
    func userName() throws(PAMError) -> String {
        var user: UnsafePointer<CChar>?
        let status = pam_get_user(raw, &user, nil)
        guard status == PAM_SUCCESS else { throw PAMError(code: status) }
        guard let user, user.pointee != 0 else { throw PAMError(code: PAM_USER_UNKNOWN) }
        return String(cString: user)
    }

    /// Whether `user` has a line in /etc/passwd itself (not only in NSS: LDAP, SSSD, …).
    func isInPasswdFile(_ user: String) -> Bool {
        user.withCString { pam_modutil_check_user_in_passwd(raw, $0, nil) == PAM_SUCCESS }
    }

    /// The new password an earlier module stored in PAM_AUTHTOK, copied; nil when unset.
    func newAuthToken() -> Secret? {
        var item: UnsafeRawPointer?
        guard pam_get_item(raw, PAM_AUTHTOK, &item) == PAM_SUCCESS, let item else { return nil }
        return Secret(copying: item.assumingMemoryBound(to: CChar.self))
    }

    /// Hands the accepted password to the next module (pam_unix `use_authtok`). libpam keeps
    /// its own copy and wipes it in pam_end.
    func setNewAuthToken(_ secret: Secret) throws(PAMError) {
        let status = pam_set_item(raw, PAM_AUTHTOK, UnsafeRawPointer(secret.cString))
        guard status == PAM_SUCCESS else { throw PAMError(code: status) }
    }

    // MARK: Language and reader

    /// The language of the person's messages, as pam_pwquality chooses it (through gettext):
    /// the locale environment of the program that loaded the module (`passwd` run in a Welsh
    /// session), else the PAM environment (pam_env may set LANG from /etc/default/locale),
    /// else `fallback` (the `language` setting). The process's locale itself is never changed.
    func language(fallback: Language) -> Language {
        let names = ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"]
        let own = names.contains { getenv($0).map { $0.pointee != 0 } ?? false }
        if own { return Language.fromProcessEnvironment(fallback: fallback) }
        return Language.fromEnvironment(fallback: fallback) { name in
            pam_getenv(raw, name).map { String(cString: $0) }
        }
    }

    /// Who reads the messages: the person themselves when the real uid is theirs (`passwd`
    /// run by them), someone else otherwise (root running `passwd alice`, a script).
    static func audience(for user: String) -> Audience {
        guard let account = UserAccount.lookup(user) else { return .other }
        return account.uid == getuid() ? .own : .other
    }

    // MARK: Conversation

    /// Asks for a password without echo. The reply is copied into a `Secret`; libpam's copy
    /// is wiped and freed here.
    func promptHidden(_ prompt: String) throws(PAMError) -> Secret {
        var reply: UnsafeMutablePointer<CChar>?
        let status = send(PAM_PROMPT_ECHO_OFF, prompt, reply: &reply)
        defer {
            if let reply {
                explicit_bzero(reply, strlen(reply))
                free(reply)
            }
        }
        guard status == PAM_SUCCESS else { throw PAMError(code: status) }
        guard let reply else { throw PAMError(code: PAM_CONV_ERR) }
        guard let secret = Secret(copying: reply) else { throw PAMError(code: PAM_BUF_ERR) }
        return secret
    }

    /// Shows an error line (PAM_ERROR_MSG).
    @discardableResult
    func error(_ text: String) -> Int32 {
        var none: UnsafeMutablePointer<CChar>?
        return send(PAM_ERROR_MSG, text, reply: &none)
    }

    /// Shows an information line (PAM_TEXT_INFO).
    @discardableResult
    func info(_ text: String) -> Int32 {
        var none: UnsafeMutablePointer<CChar>?
        return send(PAM_TEXT_INFO, text, reply: &none)
    }

    private func send(_ style: Int32, _ text: String, reply: inout UnsafeMutablePointer<CChar>?) -> Int32 {
        let wantsReply = style == PAM_PROMPT_ECHO_OFF || style == PAM_PROMPT_ECHO_ON
        return text.withCString { message in
            withVaList([message]) { args in
                if wantsReply {
                    return pam_vprompt(raw, style, &reply, "%s", args)
                }
                return pam_vprompt(raw, style, nil, "%s", args)
            }
        }
    }

    // MARK: Module data

    /// Leaves `data` with libpam under `name`; libpam calls `cleanup` at pam_end (or when the
    /// name is replaced) with the final status.
    func setData(_ name: String, _ data: UnsafeMutableRawPointer,
                 cleanup: @escaping @convention(c) (OpaquePointer?, UnsafeMutableRawPointer?, Int32) -> Void) -> Int32 {
        pam_set_data(raw, name, data, cleanup)
    }

    // MARK: Syslog

    /// Writes `text` to syslog (auth facility, tagged with the service and module by libpam).
    /// Always English, whatever the person's language: administrators search logs for these
    /// lines, and pam_pwquality's are English too.
    func log(_ priority: Int32, _ text: String) {
        text.withCString { message in
            withVaList([message]) { args in pam_vsyslog(raw, priority, "%s", args) }
        }
    }

    /// Logs `text` at LOG_DEBUG when the module's `debug` option is on (the text is built
    /// only then).
    func debug(_ options: ModuleOptions, _ text: @autoclosure () -> String) {
        if options.debug { log(LOG_DEBUG, text()) }
    }
}
