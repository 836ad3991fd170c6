import HTTPTypes
import Hummingbird
import NIOCore
import PassPolicy

/// A JSON answer from bytes the service wrote.
func jsonResponse(_ status: HTTPResponse.Status, _ body: [UInt8]) -> Response {
    Response(status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: body)))
}

extension PolicyService {
    /// The request's body as a flat JSON object, at most `max_request_bytes`. The received
    /// bytes are wiped as soon as they are parsed: the password then lives only in the
    /// parsed body's `SecretBytes`.
    func body(of request: Request, allowed: Set<String>) async throws -> RequestBody {
        let limit = settings.maxRequestBytes
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
            throw APIError.payloadTooLarge(limit)
        }
        var buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw APIError.payloadTooLarge(limit)
        }
        defer { buffer.withUnsafeMutableReadableBytes { secureWipe($0) } }
        do {
            return try buffer.withUnsafeReadableBytes { (bytes) throws(RequestBodyError) in
                try RequestBody(parsing: bytes, allowed: allowed)
            }
        } catch {
            throw APIError.badRequest(error.description)
        }
    }

    /// The caller, who must hold one of `roles`; 401 or 403 otherwise.
    func caller(_ request: Request, may what: String, roles: Set<TokenRole>) async throws -> ServiceToken {
        let token = try await tokens.caller(of: request)
        guard roles.contains(token.role) else { throw APIError.forbidden(ServiceMessages.roleMayNot(token.role, what)) }
        return token
    }

    /// The history pool, or 503 naming the store as unavailable when the history is off
    /// (`store = none`): history routes cannot answer then.
    func requireHistory() throws -> HistoryPool {
        guard let history else {
            throw APIError.storeUnavailable(.unavailable(store: "none", reason: "store = none"))
        }
        return history
    }

    /// A history failure as an answer: 503 when the store cannot be reached, 500 (with the
    /// reason in the log only) for anything else.
    func historyFailure(_ error: HistoryError) -> APIError {
        if error.isUnavailable {
            logger.warning("\(ServiceMessages.historyFailed(error.description))")
            return .storeUnavailable(error)
        }
        if case .invalidName = error { return .badRequest(error.description) }
        logger.error("\(ServiceMessages.historyFailed(error.description))")
        return .internalError
    }
}
