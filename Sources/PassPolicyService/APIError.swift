import HTTPTypes
import Hummingbird
import NIOCore
import PassPolicy

/// An error answer of the service: `{"error": "code", "message": "…"}` with its status. A
/// message never contains a password, a token or any part of a request body.
///
/// `code` is English, for programs; `message` is for people, in the language of the request:
/// the body's `lang` when the route read one (`language`), else `Accept-Language`, else the
/// `language` setting (`fallback`, which `ErrorBodyMiddleware` fills in).
public struct APIError: Error, HTTPResponseError, Sendable {
    public let status: HTTPResponse.Status
    public let code: String
    /// The message in a given language.
    let text: @Sendable (Language) -> String
    /// Extra headers: `WWW-Authenticate` for 401, `Retry-After` for 429.
    public var headers: HTTPFields = [:]
    /// The language the request chose explicitly (the body's `lang`), if any.
    var language: Language?
    /// The `language` setting, used when the request names no language passpolicy speaks.
    var fallback: Language = .english

    /// The message in English.
    public var message: String { text(.english) }

    /// An error whose message is the same in every language (Hummingbird's own texts).
    public init(_ status: HTTPResponse.Status, _ code: String, _ message: String, headers: HTTPFields = [:]) {
        self.init(status, code, headers: headers) { _ in message }
    }

    init(_ status: HTTPResponse.Status, _ code: String, headers: HTTPFields = [:],
         _ text: @escaping @Sendable (Language) -> String) {
        self.status = status
        self.code = code
        self.text = text
        self.headers = headers
    }

    /// The message as the reader of `request` gets it.
    public func message(for request: Request) -> String {
        text(language ?? RequestLanguage.choose(request, fallback: fallback))
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var body: [UInt8] = []
        body.append(contentsOf: "{\"error\": ".utf8)
        JSONString.append(code, to: &body)
        body.append(contentsOf: ", \"message\": ".utf8)
        JSONString.append(message(for: request), to: &body)
        body.append(contentsOf: "}\n".utf8)
        var fields = headers
        fields[.contentType] = "application/json"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
}

extension APIError {
    static func badRequest(_ text: @escaping @Sendable (Language) -> String) -> APIError { APIError(.badRequest, "bad_request", text) }
    static let unauthorized = APIError(.unauthorized, "unauthorized", headers: [.wwwAuthenticate: "Bearer realm=\"passpolicyd\""],
                                       ServiceMessages.unauthorized)
    static func forbidden(_ text: @escaping @Sendable (Language) -> String) -> APIError { APIError(.forbidden, "forbidden", text) }
    static func notFound(_ text: @escaping @Sendable (Language) -> String) -> APIError { APIError(.notFound, "not_found", text) }
    static let methodNotAllowed = APIError(.methodNotAllowed, "method_not_allowed", ServiceMessages.methodNotAllowed)
    static func payloadTooLarge(_ limit: Int) -> APIError {
        APIError(.contentTooLarge, "payload_too_large") { ServiceMessages.payloadTooLarge(limit, $0) }
    }
    static func tooManyRequests(retryAfter: Int) -> APIError {
        APIError(.tooManyRequests, "too_many_requests", headers: [.retryAfter: String(retryAfter)], ServiceMessages.tooManyHistoryChecks)
    }
    static func storeUnavailable(_ error: HistoryError) -> APIError {
        APIError(.serviceUnavailable, "store_unavailable", ServiceMessages.storeUnavailable)
    }
    static let busy = APIError(.serviceUnavailable, "busy", headers: [.retryAfter: "1"], ServiceMessages.busy)
    static let internalError = APIError(.internalServerError, "internal", ServiceMessages.internalError)

    /// Runs `body`; an `APIError` it throws speaks `lang` (the body's `lang` field) when that
    /// names a language passpolicy speaks.
    static func speaking<T>(_ lang: String?, _ body: () async throws -> T) async throws -> T {
        guard let lang, let language = Language.named(lang) else { return try await body() }
        do {
            return try await body()
        } catch var error as APIError {
            if error.language == nil { error.language = language }
            throw error
        }
    }
}
