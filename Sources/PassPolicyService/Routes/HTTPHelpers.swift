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
            throw APIError.badRequest { error.message($0) }
        }
    }

    /// The caller, who must hold one of `roles`; 401 or 403 otherwise.
    func caller(_ request: Request, may action: ServiceMessages.Action, roles: Set<TokenRole>) async throws -> ServiceToken {
        let token = try await tokens.caller(of: request)
        guard roles.contains(token.role) else {
            let role = token.role
            throw APIError.forbidden { ServiceMessages.roleMayNot(role, action, $0) }
        }
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
        if case .invalidName = error { return .badRequest { error.message($0) } }
        logger.error("\(ServiceMessages.historyFailed(error.description))")
        return .internalError
    }
}

extension PolicyService {
    /// The `{user}` of a path, percent-decoded strictly (a user named "a b" is
    /// `/v1/users/a%20b`): a bad escape or bytes that are not UTF-8 get 400.
    static func userParameter(_ context: some RequestContext) throws -> String {
        let raw = Array(try context.parameters.require("user").utf8)
        var bytes: [UInt8] = []
        var i = 0
        while i < raw.count {
            if raw[i] == UInt8(ascii: "%") {
                guard i + 2 < raw.count, let high = hexValue(raw[i + 1]), let low = hexValue(raw[i + 2]) else {
                    throw APIError.badRequest(ServiceMessages.badPathEscape)
                }
                bytes.append(high << 4 | low)
                i += 3
            } else {
                bytes.append(raw[i])
                i += 1
            }
        }
        guard let user = String(validating: bytes, as: UTF8.self) else { throw APIError.badRequest(ServiceMessages.badPathEscape) }
        return user
    }

    private static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case 0x30...0x39: return c - 0x30
        case 0x41...0x46: return c - 0x41 + 10
        case 0x61...0x66: return c - 0x61 + 10
        default: return nil
        }
    }
}
