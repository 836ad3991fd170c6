import Hummingbird
import PassPolicy

extension PolicyService {
    /// `GET /v1/users/{user}/history`: where and when, oldest first; never a hash.
    func history(_ request: Request, user: String) async throws -> Response {
        _ = try await caller(request, may: .readHistories, roles: [.admin])
        try Self.validateName(user, "user")
        let history = try requireHistory()
        let events: [HistoryEvent]
        do {
            events = try await history.run { (service) throws(HistoryError) in try service.history(of: user) }
        } catch {
            throw historyFailure(error)
        }
        guard !events.isEmpty else { throw APIError.notFound { ServiceMessages.noSuchPerson(user, $0) } }
        var latest: [String: Int] = [:]
        for (i, event) in events.enumerated() { latest[event.system] = i }
        var out: [UInt8] = [0x5B]
        for (i, event) in events.enumerated() {
            if i > 0 { out.append(contentsOf: ", ".utf8) }
            out.append(contentsOf: "{\"system\": ".utf8)
            JSONString.append(event.system, to: &out)
            out.append(contentsOf: ", \"changed\": ".utf8)
            JSONString.append(UTCTime.iso8601(event.time), to: &out)
            out.append(contentsOf: (latest[event.system] == i ? ", \"current\": true}" : ", \"current\": false}").utf8)
        }
        out.append(contentsOf: "]\n".utf8)
        return jsonResponse(.ok, out)
    }

    /// `DELETE /v1/users/{user}`: forget a leaver everywhere.
    func forget(_ request: Request, user: String) async throws -> Response {
        _ = try await caller(request, may: .forget, roles: [.admin])
        try Self.validateName(user, "user")
        let history = try requireHistory()
        let count: Int
        do {
            count = try await history.run { (service) throws(HistoryError) in try service.forget(user: user) }
        } catch {
            throw historyFailure(error)
        }
        guard count > 0 else { throw APIError.notFound { ServiceMessages.noSuchPerson(user, $0) } }
        return Response(status: .noContent)
    }

    /// `GET /v1/due?within=14&all=false`: the rows `passpolicy due --format json` builds from
    /// the store (each person's latest change on each system).
    func due(_ request: Request) async throws -> Response {
        _ = try await caller(request, may: .listDue, roles: [.admin])
        let query = request.uri.queryParameters
        var within = settings.warnAge
        if let text = query["within"] {
            guard let days = Int(String(text)), (0...36_500).contains(days) else {
                throw APIError.badRequest(ServiceMessages.badWithin)
            }
            within = days
        }
        var all = false
        if let text = query["all"] {
            switch String(text) {
            case "true", "1", "yes": all = true
            case "false", "0", "no": all = false
            default: throw APIError.badRequest(ServiceMessages.badAll)
            }
        }
        let history = try requireHistory()
        let records: [AgeRecord]
        do {
            records = try await history.run { (service) throws(HistoryError) in try HistorySource(service: service).load().records }
        } catch {
            throw historyFailure(error)
        }
        let report = RotationReport(records: records, settings: settings, today: ShadowDay.today(), within: within, all: all,
                                    systemUsers: [], includeSystem: true)
        return jsonResponse(.ok, DueOutput.json(report.rows))
    }
}
