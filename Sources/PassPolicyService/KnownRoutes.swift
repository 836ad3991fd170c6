/// The service's paths and the methods each answers, for `405 Method Not Allowed` with its
/// `Allow` header: the router alone would call a known path with another method "not found".
enum KnownRoutes {
    private static let table: [(segments: [String], methods: String)] = [
        ([], "GET"),
        (["helpdesk.js"], "GET"),
        (["helpdesk.css"], "GET"),
        (["v1", "policy"], "GET"),
        (["v1", "openapi.json"], "GET"),
        (["v1", "check"], "POST"),
        (["v1", "changes"], "POST"),
        (["v1", "due"], "GET"),
        (["v1", "users", "*", "history"], "GET"),
        (["v1", "users", "*"], "DELETE"),
        (["healthz"], "GET"),
        (["metrics"], "GET"),
    ]

    /// The `Allow` value for `path`, nil when no route has that path.
    static func allowed(for path: String) -> String? {
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        for route in table where route.segments.count == segments.count {
            if zip(route.segments, segments).allSatisfy({ $0 == "*" || $0 == $1 }) { return route.methods }
        }
        return nil
    }
}
