import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import Logging
import NIOCore
import NIOSSL
import PassPolicy

/// The routes of `passpolicyd`. Kept apart from the server so that tests can drive them in
/// process (HummingbirdTesting) exactly as the network does.
public func buildRouter(_ service: PolicyService) -> Router<BasicRequestContext> {
    let router = Router()
    router.add(middleware: ErrorBodyMiddleware(fallback: service.settings.language.language))
    router.add(middleware: RequestMetricsMiddleware(metrics: service.metrics))
    router.get("/") { request, _ in HelpdeskPage.page(request) }
    router.get("/helpdesk.js") { request, _ in HelpdeskPage.script(request) }
    router.get("/helpdesk.css") { request, _ in HelpdeskPage.styles(request) }
    router.get("/v1/policy") { request, _ in service.policy(request) }
    router.get("/v1/openapi.json") { request, _ in service.openAPI(request) }
    router.get("/healthz") { request, _ in await service.health(request) }
    router.get("/metrics") { request, _ in service.metricsText(request) }
    router.post("/v1/check") { request, _ in try await service.check(request) }
    router.post("/v1/changes") { request, _ in try await service.recordChange(request) }
    router.get("/v1/due") { request, _ in try await service.due(request) }
    router.get("/v1/users/:user/history") { request, context in
        try await service.history(request, user: try PolicyService.userParameter(context))
    }
    router.delete("/v1/users/:user") { request, context in
        try await service.forget(request, user: try PolicyService.userParameter(context))
    }
    return router
}

/// The server for `service`: HTTPS when `tls_certificate` and `tls_key` are set; plain HTTP
/// only on a loopback address, unless `insecure_http = yes`.
public func buildApplication(_ service: PolicyService) throws(ServiceSetupError) -> some ApplicationProtocol {
    let settings = service.settings
    let address = try ListenAddress(parsing: settings.listen)
    let tls = try tlsConfiguration(settings)
    if tls == nil && !address.isLoopback && !settings.insecureHTTP {
        throw .listen(ServiceSetupMessages.plainHTTPRefused(address.description))
    }
    let timeout = TimeAmount.seconds(Int64(settings.requestTimeoutSeconds))
    let http1 = HTTPServerBuilder.http1(configuration: .init(
        additionalChannelHandlers: [RequestDeadlineHandler(timeout: timeout)],
        idleTimeout: .seconds(Int64(settings.requestTimeoutSeconds) * 6)))
    let server: HTTPServerBuilder
    if let tls {
        do {
            server = try .tls(http1, tlsConfiguration: tls)
        } catch {
            throw .tls("\(error)")
        }
    } else {
        server = http1
    }
    // Log lines stay English (administrators search them; pam_pwquality logs in English too).
    service.logger.info("\(ServiceMessages.listening(address.description, tls: tls != nil))")
    return Application(
        router: buildRouter(service),
        server: server,
        configuration: .init(address: .hostname(address.host, port: address.port), serverName: nil),
        logger: service.logger)
}

/// The TLS configuration from `tls_certificate` and `tls_key`, nil when neither is set.
func tlsConfiguration(_ settings: Settings) throws(ServiceSetupError) -> TLSConfiguration? {
    switch (settings.tlsCertificate.isEmpty, settings.tlsKey.isEmpty) {
    case (true, true): return nil
    case (false, false): break
    default: throw .tls(ServiceSetupMessages.tlsNeedsBoth)
    }
    do {
        let chain = try NIOSSLCertificate.fromPEMFile(settings.tlsCertificate).map { NIOSSLCertificateSource.certificate($0) }
        let key = try NIOSSLPrivateKey(file: settings.tlsKey, format: .pem)
        var configuration = TLSConfiguration.makeServerConfiguration(certificateChain: chain, privateKey: .privateKey(key))
        configuration.minimumTLSVersion = .tlsv12
        return configuration
    } catch {
        throw .tls(ServiceSetupMessages.tlsUnreadable(settings.tlsCertificate, settings.tlsKey, "\(error)"))
    }
}

enum ServiceSetupMessages {
    static func plainHTTPRefused(_ address: String) -> String {
        "plain HTTP on \(address) would send tokens and passwords across the network in clear; set tls_certificate and tls_key, listen on a loopback address, or set insecure_http = yes"
    }
    static let tlsNeedsBoth = "tls_certificate and tls_key must be set together"
    static func tlsUnreadable(_ certificate: String, _ key: String, _ error: String) -> String {
        "cannot load \(certificate) and \(key): \(error)"
    }
}

/// Turns Hummingbird's own errors (no such route, a body too large) into the service's JSON
/// error bodies, so that every error a client sees has the same shape.
/// It also gives each error the `language` setting, for a request that names no language.
struct ErrorBodyMiddleware<Context: RequestContext>: RouterMiddleware {
    let fallback: Language

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            do {
                return try await next(request, context)
            } catch let error as APIError {
                throw error
            } catch let error as HTTPError {
                throw Self.apiError(error, request)
            } catch {
                // The log line stays English (for the administrator's searches).
                context.logger.error("\(String(describing: type(of: error)))")
                throw APIError.internalError
            }
        } catch var error as APIError {
            error.fallback = fallback
            throw error
        }
    }

    /// Hummingbird's error as the service's: its own body text (English) kept as it is.
    static func apiError(_ error: HTTPError, _ request: Request) -> APIError {
        switch error.status {
        case .notFound:
            if let allow = KnownRoutes.allowed(for: request.uri.path) {
                var error = APIError.methodNotAllowed
                error.headers[.allow] = allow
                return error
            }
            let path = request.uri.path
            return APIError.notFound { ServiceMessages.noSuchRoute(path, $0) }
        case .contentTooLarge:
            if let body = error.body { return APIError(.contentTooLarge, "payload_too_large", body) }
            return APIError(.contentTooLarge, "payload_too_large", ServiceMessages.payloadTooLargeUnknown)
        case .badRequest:
            if let body = error.body { return APIError.badRequest { _ in body } }
            return APIError.badRequest(ServiceMessages.malformedRequest)
        default: return APIError(error.status, "http_\(error.status.code)", error.body ?? error.status.reasonPhrase)
        }
    }
}
