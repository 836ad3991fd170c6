import CoreMetrics
import Hummingbird
import Prometheus

/// The service's metrics, through swift-metrics into a Prometheus registry of its own (one
/// per application, so that tests running several in one process do not mix counts):
/// requests by route and status, verdicts by rule, Argon2id time, requests waiting for it.
public final class ServiceMetrics: Sendable {
    public let registry: PrometheusCollectorRegistry
    private let factory: PrometheusMetricsFactory

    public init() {
        registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.durationHistogramBuckets["passpolicyd_kdf_seconds"] = [
            .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
            .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(5),
        ]
        self.factory = factory
    }

    func request(route: String, method: String, status: Int) {
        Counter(label: "passpolicyd_requests_total",
                dimensions: [("route", route), ("method", method), ("status", String(status))], factory: factory).increment()
    }

    func requestDuration(route: String, _ duration: Duration) {
        Timer(label: "passpolicyd_request_seconds", dimensions: [("route", route)], factory: factory).recordNanoseconds(duration.nanoseconds)
    }

    /// One count per verdict: `accepted`, or each rule it broke.
    func verdict(_ rules: [String]) {
        if rules.isEmpty {
            Counter(label: "passpolicyd_verdicts_total", dimensions: [("outcome", "accepted")], factory: factory).increment()
        }
        for rule in rules {
            Counter(label: "passpolicyd_verdicts_total", dimensions: [("outcome", "rejected"), ("rule", rule)], factory: factory).increment()
        }
    }

    func kdf(_ duration: Duration) {
        Timer(label: "passpolicyd_kdf_seconds", dimensions: [], factory: factory).recordNanoseconds(duration.nanoseconds)
    }

    func waiting(_ count: Int) {
        Gauge(label: "passpolicyd_kdf_waiting", dimensions: [], factory: factory).record(count)
    }

    /// The Prometheus text exposition of every metric.
    public func exposition() -> [UInt8] {
        registry.emitToBuffer()
    }
}

extension Duration {
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds &* 1_000_000_000 &+ attoseconds / 1_000_000_000
    }
}

/// Counts every request by its route (the path pattern, never the path: user names stay out
/// of metrics) and its status, including the errors routes throw.
struct RequestMetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: ServiceMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        do {
            let response = try await next(request, context)
            record(request, context, status: response.status.code, start)
            return response
        } catch let error as any HTTPResponseError {
            record(request, context, status: error.status.code, start)
            throw error
        } catch {
            record(request, context, status: 500, start)
            throw error
        }
    }

    private func record(_ request: Request, _ context: Context, status: Int, _ start: ContinuousClock.Instant) {
        let route = context.endpointPath ?? "unmatched"
        metrics.request(route: route, method: request.method.rawValue, status: status)
        metrics.requestDuration(route: route, ContinuousClock.now - start)
    }
}
