import Hummingbird
import NIOCore
import PassPolicy

extension PolicyService {
    /// `GET /v1/policy`: no token needed; the descriptions in the language of `Accept-Language`.
    func policy(_ request: Request) -> Response {
        let language = RequestLanguage.choose(request, fallback: settings.language.language)
        return jsonResponse(.ok, policyDocuments[language.code] ?? policyDocuments["en"] ?? [])
    }

    /// `GET /v1/openapi.json`: the API's description, kept in the repository beside the code.
    func openAPI(_ request: Request) -> Response {
        Response(status: .ok, headers: [.contentType: "application/json"],
                 body: .init(byteBuffer: ByteBuffer(bytes: PackageResources.openapi_json)))
    }

    /// `GET /healthz`: 200 when every part in use answers, else 503 naming what is down.
    func health(_ request: Request) async -> Response {
        let store: String
        switch await storeHealth() {
        case .none: store = "off"
        case .some(.none): store = "ok"
        case .some(.some(let error)):
            logger.warning("\(ServiceMessages.historyFailed(error.description))")
            store = "down"
        }
        let wordList = settings.dictCheck ? "ok" : "off"
        let down = store == "down"
        let body = "{\"status\": \"\(down ? "down" : "ok")\", \"store\": \"\(store)\", \"word_list\": \"\(wordList)\"}\n"
        return jsonResponse(down ? .serviceUnavailable : .ok, Array(body.utf8))
    }

    /// `GET /metrics`: Prometheus text.
    func metricsText(_ request: Request) -> Response {
        metrics.waiting(gate.waiting)
        return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(bytes: metrics.exposition())))
    }
}
