import HTTPTypes
import Hummingbird
import NIOCore

/// `GET /`: the helpdesk page, with its script and style sheet, kept in `Page/` and compiled
/// into the binary. Served with a strict Content-Security-Policy: only this origin's script,
/// style and API, no inline code, no frames, no forms posted anywhere.
enum HelpdeskPage {
    static let contentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
        + "frame-ancestors 'none'; form-action 'none'; base-uri 'none'"

    static func page(_ request: Request) -> Response { file(PackageResources.helpdesk_html, "text/html; charset=utf-8") }
    static func script(_ request: Request) -> Response { file(PackageResources.helpdesk_js, "text/javascript; charset=utf-8") }
    static func styles(_ request: Request) -> Response { file(PackageResources.helpdesk_css, "text/css; charset=utf-8") }

    private static func file(_ bytes: [UInt8], _ type: String) -> Response {
        var headers: HTTPFields = [.contentType: type, .contentSecurityPolicy: contentSecurityPolicy, .cacheControl: "no-store"]
        if let nosniff = HTTPField.Name("X-Content-Type-Options") { headers[nosniff] = "nosniff" }
        if let referrer = HTTPField.Name("Referrer-Policy") { headers[referrer] = "no-referrer" }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
