import PassPolicy

/// Every sentence the service writes into a response or its log. The rules' own messages
/// come from the core's `Messages`, byte for byte as the CLI shows them.
///
/// An error's `message` is for a person (the helpdesk page, a school system showing it): it
/// comes in the language of the request (`RequestLanguage`), while its `error` code stays
/// English. Log lines stay English: administrators search them, as they search pam_pwquality's.
enum ServiceMessages {
    /// What a token's role may not do, for `roleMayNot`.
    enum Action: Sendable {
        case check, record, readHistories, forget, listDue
    }

    static func unauthorized(_ l: Language) -> String {
        // TRANSLATORS: passpolicyd API error 401 (JSON "message"); `Authorization: Bearer TOKEN` is an HTTP header, written as it is.
        l.tr("A valid token is needed: send it as `Authorization: Bearer TOKEN`.")
    }

    static func methodNotAllowed(_ l: Language) -> String {
        // TRANSLATORS: passpolicyd API error 405: e.g. GET on a path that only takes POST.
        l.tr("This method is not allowed on this path.")
    }

    static func payloadTooLarge(_ limit: Int, _ l: Language) -> String {
        // TRANSLATORS: passpolicyd API error 413; {limit} is a number of bytes; max_request_bytes is a setting name.
        l.tr("The request body is larger than {limit} bytes (max_request_bytes).", ["limit": limit])
    }

    static func payloadTooLargeUnknown(_ l: Language) -> String {
        // TRANSLATORS: passpolicyd API error 413, when the limit is not known.
        l.tr("The request body is too large.")
    }

    static func malformedRequest(_ l: Language) -> String {
        // TRANSLATORS: passpolicyd API error 400, when the HTTP request itself cannot be read.
        l.tr("The request is malformed.")
    }

    static func tooManyHistoryChecks(_ l: Language) -> String {
        // TRANSLATORS: passpolicyd API error 429; history_checks_per_hour is a setting name.
        l.tr("Too many history checks for this user this hour (history_checks_per_hour); try again later.")
    }

    static func storeUnavailable(_ l: Language) -> String {
        // TRANSLATORS: passpolicyd API error 503: the shared password history cannot be reached.
        l.tr("The password history cannot be reached; try again later.")
    }

    static func busy(_ l: Language) -> String {
        // TRANSLATORS: passpolicyd API error 503: the service is busy checking other passwords.
        l.tr("Too many password checks are waiting; try again in a moment.")
    }

    static func internalError(_ l: Language) -> String {
        // TRANSLATORS: passpolicyd API error 500; the log is the service's log, read by its administrator.
        l.tr("The service failed to answer; the reason is in its log.")
    }

    static func roleMayNot(_ role: TokenRole, _ action: Action, _ l: Language) -> String {
        let role = role.rawValue
        switch action {
        case .check:
            // TRANSLATORS: passpolicyd API error 403; {role} is a token role, not translated: system, helpdesk or admin.
            return l.tr("A {role} token may not check passwords.", ["role": role])
        case .record:
            // TRANSLATORS: passpolicyd API error 403; {role} is a token role (system, helpdesk, admin), not translated.
            return l.tr("A {role} token may not record changes.", ["role": role])
        case .readHistories:
            // TRANSLATORS: passpolicyd API error 403; {role} is a token role (system, helpdesk, admin), not translated.
            return l.tr("A {role} token may not read histories.", ["role": role])
        case .forget:
            // TRANSLATORS: passpolicyd API error 403: remove a person's history; {role} is a token role, not translated.
            return l.tr("A {role} token may not forget people.", ["role": role])
        case .listDue:
            // TRANSLATORS: passpolicyd API error 403: list whose passwords are due to change; {role} is a token role, not translated.
            return l.tr("A {role} token may not list who is due.", ["role": role])
        }
    }

    static func otherSystem(_ token: String, _ l: Language) -> String {
        // TRANSLATORS: passpolicyd API error 403; {system} is the calling system's name (e.g. vle).
        l.tr("This token records changes only as the system {system}.", ["system": Messages.printable(token)])
    }

    static func noSuchPerson(_ user: String, _ l: Language) -> String {
        // TRANSLATORS: passpolicyd API error 404; {user} is a user name.
        l.tr("The history holds nothing for {user}.", ["user": Messages.printable(user)])
    }

    static func noSuchRoute(_ path: String, _ l: Language) -> String {
        // TRANSLATORS: passpolicyd API error 404; {path} is the URL path asked for; /v1/openapi.json stays as it is.
        l.tr("There is no {path} here; see /v1/openapi.json.", ["path": Messages.printable(path)])
    }

    static func badPathEscape(_ l: Language) -> String {
        // TRANSLATORS: passpolicyd API error 400: the user name in the URL is badly written (%-escapes).
        l.tr("The user name in the path is not valid percent-encoded UTF-8.")
    }

    static func passwordRequired(_ l: Language) -> String {
        // TRANSLATORS: passpolicyd API error 400; `password` is a JSON field name, not translated.
        l.tr("The body must hold a `password` string.")
    }

    static func userRequired(_ l: Language) -> String {
        // TRANSLATORS: passpolicyd API error 400; `user` is a JSON field name, not translated.
        l.tr("The body must hold a `user` string.")
    }

    static func badLang(_ l: Language) -> String {
        // TRANSLATORS: passpolicyd API error 400; `lang` is a JSON field name; cy and en are its values, not translated.
        l.tr("The field `lang` must be cy or en.")
    }

    static func badWithin(_ l: Language) -> String {
        // TRANSLATORS: passpolicyd API error 400 (GET /v1/due); `within` is a query parameter name, not translated.
        l.tr("The query parameter `within` must be a number of days from 0 to 36500.")
    }

    static func badAll(_ l: Language) -> String {
        // TRANSLATORS: passpolicyd API error 400 (GET /v1/due); `all` is a query parameter name; true and false are its values.
        l.tr("The query parameter `all` must be true or false.")
    }

    // Log lines: English, for the administrator's searches (as pam_pwquality logs in English).
    static func historySkipped(_ detail: String) -> String {
        "\(detail); reuse not checked (store_unavailable = allow)"
    }
    static func historyFailed(_ detail: String) -> String { "history: \(detail)" }
    static func listening(_ address: String, tls: Bool) -> String {
        "passpolicyd listening on \(tls ? "https" : "http")://\(address)"
    }
}
