import HTTPTypes
import Hummingbird
import NIOCore

/// An error answer of the service: `{"error": "code", "message": "…"}` with its status. A
/// message never contains a password, a token or any part of a request body.
public struct APIError: Error, HTTPResponseError, Sendable {
    public let status: HTTPResponse.Status
    public let code: String
    public let message: String
    /// Extra headers: `WWW-Authenticate` for 401, `Retry-After` for 429.
    public var headers: HTTPFields = [:]

    public init(_ status: HTTPResponse.Status, _ code: String, _ message: String, headers: HTTPFields = [:]) {
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var body: [UInt8] = []
        body.append(contentsOf: "{\"error\": ".utf8)
        JSONString.append(code, to: &body)
        body.append(contentsOf: ", \"message\": ".utf8)
        JSONString.append(message, to: &body)
        body.append(contentsOf: "}\n".utf8)
        var fields = headers
        fields[.contentType] = "application/json"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
}

import PassPolicy

extension APIError {
    static func badRequest(_ message: String) -> APIError { APIError(.badRequest, "bad_request", message) }
    static let unauthorized = APIError(.unauthorized, "unauthorized", ServiceMessages.unauthorized,
                                       headers: [.wwwAuthenticate: "Bearer realm=\"passpolicyd\""])
    static func forbidden(_ message: String) -> APIError { APIError(.forbidden, "forbidden", message) }
    static func notFound(_ message: String) -> APIError { APIError(.notFound, "not_found", message) }
    static let methodNotAllowed = APIError(.methodNotAllowed, "method_not_allowed", ServiceMessages.methodNotAllowed)
    static func payloadTooLarge(_ limit: Int) -> APIError {
        APIError(.contentTooLarge, "payload_too_large", ServiceMessages.payloadTooLarge(limit))
    }
    static func tooManyRequests(retryAfter: Int) -> APIError {
        APIError(.tooManyRequests, "too_many_requests", ServiceMessages.tooManyHistoryChecks,
                 headers: [.retryAfter: String(retryAfter)])
    }
    static func storeUnavailable(_ error: HistoryError) -> APIError {
        APIError(.serviceUnavailable, "store_unavailable", ServiceMessages.storeUnavailable)
    }
    static let busy = APIError(.serviceUnavailable, "busy", ServiceMessages.busy, headers: [.retryAfter: "1"])
    static let internalError = APIError(.internalServerError, "internal", ServiceMessages.internalError)
}
