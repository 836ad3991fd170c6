import Hummingbird
import NIOCore

/// `GET /`: the helpdesk page (issue 11 fills it in). Served with a strict
/// Content-Security-Policy: no inline script, nothing from elsewhere.
enum HelpdeskPage {
    static func response(_ request: Request) -> Response {
        let html = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>passpolicy</title></head>
            <body><h1>passpolicy</h1><p>The policy service is running. See <a href="/v1/policy">/v1/policy</a> and
            <a href="/v1/openapi.json">/v1/openapi.json</a>.</p></body></html>

            """
        return Response(status: .ok,
                        headers: [.contentType: "text/html; charset=utf-8",
                                  .contentSecurityPolicy: "default-src 'self'; script-src 'self'; style-src 'self'; frame-ancestors 'none'; form-action 'none'; base-uri 'none'",
                                  .init("X-Content-Type-Options")!: "nosniff",
                                  .init("Referrer-Policy")!: "no-referrer"],
                        body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}
