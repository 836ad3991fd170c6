import PassPolicy

/// Every sentence the service writes into a response or its log. The rules' own messages
/// come from the core's `Messages`, byte for byte as the CLI shows them.
enum ServiceMessages {
    static let unauthorized = "A valid token is needed: send it as `Authorization: Bearer TOKEN`."
    static let methodNotAllowed = "This method is not allowed on this path."
    static func payloadTooLarge(_ limit: Int) -> String { "The request body is larger than \(limit) bytes (max_request_bytes)." }
    static let tooManyHistoryChecks =
        "Too many history checks for this user this hour (history_checks_per_hour); try again later."
    static let storeUnavailable = "The password history cannot be reached; try again later."
    static let busy = "Too many password checks are waiting; try again in a moment."
    static let internalError = "The service failed to answer; the reason is in its log."
    static func roleMayNot(_ role: TokenRole, _ what: String) -> String { "A \(role.rawValue) token may not \(what)." }
    static func otherSystem(_ token: String) -> String {
        "This token records changes only as the system \(Messages.printable(token))."
    }
    static func noSuchPerson(_ user: String) -> String { "The history holds nothing for \(Messages.printable(user))." }
    static func noSuchRoute(_ path: String) -> String { "There is no \(Messages.printable(path)) here; see /v1/openapi.json." }
    static let badPathEscape = "The user name in the path is not valid percent-encoded UTF-8."
    static let passwordRequired = "The body must hold a `password` string."
    static let userRequired = "The body must hold a `user` string."
    static func badField(_ name: String, _ expected: String) -> String { "The field `\(name)` must be \(expected)." }
    static func badQuery(_ name: String, _ expected: String) -> String { "The query parameter `\(name)` must be \(expected)." }

    // Log lines
    static func historySkipped(_ detail: String) -> String {
        "\(detail); reuse not checked (store_unavailable = allow)"
    }
    static func historyFailed(_ detail: String) -> String { "history: \(detail)" }
    static func listening(_ address: String, tls: Bool) -> String {
        "passpolicyd listening on \(tls ? "https" : "http")://\(address)"
    }
}
