import Foundation
import Hummingbird
import HummingbirdTesting
import PassPolicy
import PassPolicyTestSupport
import Testing
@testable import PassPolicyService

/// Every endpoint through the real router and the real stores, in process.
@Suite(.serialized) struct ServiceRouteTests {
    @Test func policyNeedsNoToken() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/v1/policy", method: .get) { response in
                #expect(response.status == .ok)
                let object = try #require(response.json as? [String: Any])
                let settings = try #require(object["settings"] as? [String: String])
                #expect(settings["minlen"] == "8")
                let rules = try #require(object["rules"] as? [[String: String]]).compactMap { $0["rule"] }
                #expect(rules.contains("min-length") && rules.contains("dictionary") && rules.contains("reuse"))
            }
        }
    }

    @Test func checkNeedsAKnownToken() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/v1/check", method: .post, headers: [.contentType: "application/json"],
                                     body: jsonBody(["password": "Tide7&Parry"])) { response in
                #expect(response.status == .unauthorized)
                #expect(response.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
                #expect((response.json as? [String: String])?["error"] == "unauthorized")
            }
            try await client.execute(uri: "/v1/check", method: .post,
                                     headers: [.authorization: "Bearer ppt_not-a-token"], body: jsonBody(["password": "x"])) { response in
                #expect(response.status == .unauthorized)
            }
        }
    }

    /// The service's violations are the CLI's, byte for byte, for the same input and config.
    @Test func verdictsEqualTheCLIs() async throws {
        let fixture = try ServiceFixture()
        let candidates = ["Parry&Tide7", "abc", "Jennifer&37", "correct-Horse-9-battery!", "aaaaaaaaaaaa", "Ŵŷŵ£ü2x", "P\u{202E}ass 7!x"]
        try await fixture.application().test(.router) { client in
            for candidate in candidates {
                let cli = try fixture.cli(["check", "--format", "json", "--user", "lee.parry", "--full-name", "Lee Parry", "--system", "helpdesk"],
                                          stdin: candidate + "\n")
                try await client.execute(uri: "/v1/check", method: .post, headers: fixture.bearer("helpdesk"),
                                         body: jsonBody(["user": "lee.parry", "full_name": "Lee Parry", "password": candidate])) { response in
                    #expect(response.status == .ok)
                    #expect(response.text == cli.stdout, "\(candidate)")
                }
            }
        }
    }

    /// A password recorded through one system's token is refused as `reuse` through another's,
    /// and a system token records only as itself.
    @Test func recordThenReuse() async throws {
        let fixture = try ServiceFixture()
        let password = "Quartz$Meadow$Lantern4"
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/v1/changes", method: .post, headers: fixture.bearer("mail"),
                                     body: jsonBody(["user": "shughes", "password": password])) { response in
                #expect(response.status == .created)
                #expect((response.json as? [String: Any])?["system"] as? String == "mail")
            }
            try await client.execute(uri: "/v1/changes", method: .post, headers: fixture.bearer("mail"),
                                     body: jsonBody(["user": "shughes", "password": password, "system": "vle"])) { response in
                #expect(response.status == .forbidden)
            }
            try await client.execute(uri: "/v1/changes", method: .post, headers: fixture.bearer("helpdesk"),
                                     body: jsonBody(["user": "shughes", "password": password])) { response in
                #expect(response.status == .forbidden)
            }
            try await client.execute(uri: "/v1/check", method: .post, headers: fixture.bearer("vle"),
                                     body: jsonBody(["user": "shughes", "password": password])) { response in
                #expect(response.status == .ok)
                let object = try #require(response.json as? [String: Any])
                #expect(object["accepted"] as? Bool == false)
                let rules = (object["violations"] as? [[String: String]])?.compactMap { $0["rule"] }
                #expect(rules == ["reuse"])
            }
            // The CLI, on the same store, agrees.
            let cli = try fixture.cli(["check", "--format", "json", "--user", "shughes", "--system", "vle"], stdin: password + "\n")
            #expect(cli.stdout.contains("\"reuse\""))
        }
    }

    @Test func historyForgetAndDueAreForAdmins() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application().test(.router) { client in
            for (system, password) in [("mail", "Walnut#Harbour#Piano8"), ("vle", "Cobalt!Orchard!Fable3"), ("mail", "Saffron=Kettle=Rover5")] {
                try await client.execute(uri: "/v1/changes", method: .post, headers: fixture.bearer("admin"),
                                         body: jsonBody(["user": "ahmed", "password": password, "system": system])) { response in
                    #expect(response.status == .created)
                }
            }
            try await client.execute(uri: "/v1/users/ahmed/history", method: .get, headers: fixture.bearer("helpdesk")) { response in
                #expect(response.status == .forbidden)
            }
            try await client.execute(uri: "/v1/users/ahmed/history", method: .get, headers: fixture.bearer("admin")) { response in
                #expect(response.status == .ok)
                #expect(!response.text.contains("argon2"))
                let items = try #require(response.json as? [[String: Any]])
                #expect(items.map { $0["system"] as? String } == ["mail", "vle", "mail"])
                #expect(items.map { $0["current"] as? Bool } == [false, true, true])
                #expect((items.first?["changed"] as? String)?.hasSuffix("Z") == true)
            }
            try await client.execute(uri: "/v1/due?within=14&all=true", method: .get, headers: fixture.bearer("admin")) { response in
                #expect(response.status == .ok)
                let rows = try #require(response.json as? [[String: Any]])
                #expect(Set(rows.compactMap { $0["source"] as? String }) == ["mail", "vle"])
                #expect(rows.allSatisfy { $0["user"] as? String == "ahmed" && $0["status"] as? String == "ok" })
            }
            try await client.execute(uri: "/v1/due?within=abc", method: .get, headers: fixture.bearer("admin")) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/v1/users/ahmed", method: .delete, headers: fixture.bearer("admin")) { response in
                #expect(response.status == .noContent)
            }
            try await client.execute(uri: "/v1/users/ahmed/history", method: .get, headers: fixture.bearer("admin")) { response in
                #expect(response.status == .notFound)
                #expect((response.json as? [String: String])?["error"] == "not_found")
            }
            try await client.execute(uri: "/v1/users/ahmed", method: .delete, headers: fixture.bearer("admin")) { response in
                #expect(response.status == .notFound)
            }
            // A user name with a space or a slash is percent-encoded in the path.
            try await client.execute(uri: "/v1/changes", method: .post, headers: fixture.bearer("admin"),
                                     body: jsonBody(["user": "a b/c", "password": "Pebble~Sonnet~Drum4"])) { response in
                #expect(response.status == .created)
            }
            try await client.execute(uri: "/v1/users/a%20b%2Fc/history", method: .get, headers: fixture.bearer("admin")) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/v1/users/a%20b%2Fc", method: .delete, headers: fixture.bearer("admin")) { response in
                #expect(response.status == .noContent)
            }
            try await client.execute(uri: "/v1/users/a%2/history", method: .get, headers: fixture.bearer("admin")) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    /// `GET /v1/due` gives what `passpolicy due --format json` builds from the same store.
    @Test func dueEqualsTheCLIs() async throws {
        let fixture = try ServiceFixture()
        _ = try fixture.cli(["record", "--user", "bryn", "--system", "mail"], stdin: "Velvet#Canyon#Oboe2\n")
        let empty = fixture.directory + "/empty"
        try "".write(toFile: empty, atomically: true, encoding: .utf8)
        let cli = try fixture.cli(["due", "--format", "json", "--all", "--shadow", empty, "--passwd", empty])
        #expect(cli.status == 0)
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/v1/due?all=true", method: .get, headers: fixture.bearer("admin")) { response in
                #expect(response.text == cli.stdout)
            }
        }
    }

    @Test func malformedBodiesAndLimits() async throws {
        let fixture = try ServiceFixture(extra: ["history_checks_per_hour = 2", "max_request_bytes = 512"])
        try await fixture.application().test(.router) { client in
            for body in ["", "[]", "{\"password\": 7}", "{\"password\": \"a\", \"colour\": \"red\"}", "{\"password\": \"a\", \"password\": \"b\"}",
                         "{\"password\": \"a\"} x", "{\"password\": \"\\x\"}", "{\"user\": \"u\"}"] {
                try await client.execute(uri: "/v1/check", method: .post, headers: fixture.bearer("helpdesk"),
                                         body: ByteBuffer(string: body)) { response in
                    #expect(response.status == .badRequest, "\(body)")
                    #expect((response.json as? [String: String])?["error"] == "bad_request")
                    #expect(!response.text.contains("\"b\""))
                }
            }
            try await client.execute(uri: "/v1/check", method: .post, headers: fixture.bearer("helpdesk"),
                                     body: jsonBody(["password": String(repeating: "x", count: 600)])) { response in
                #expect(response.status == .contentTooLarge)
                #expect((response.json as? [String: String])?["error"] == "payload_too_large")
            }
            for attempt in 1...3 {
                try await client.execute(uri: "/v1/check", method: .post, headers: fixture.bearer("helpdesk"),
                                         body: jsonBody(["user": "target", "password": "Guess\(attempt)#Pony#Lamp"])) { response in
                    if attempt <= 2 {
                        #expect(response.status == .ok)
                    } else {
                        #expect(response.status == .tooManyRequests)
                        #expect(Int(response.headers[.retryAfter] ?? "") ?? 0 > 0)
                    }
                }
            }
            // Without a user no history is consulted, so no limit applies.
            try await client.execute(uri: "/v1/check", method: .post, headers: fixture.bearer("helpdesk"),
                                     body: jsonBody(["password": "Guess4#Pony#Lamp"])) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/v1/nothing", method: .get) { response in
                #expect(response.status == .notFound)
                #expect((response.json as? [String: String])?["error"] == "not_found")
            }
        }
    }

    @Test func healthMetricsAndOpenAPI() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                #expect((response.json as? [String: String])?["store"] == "ok")
            }
            try await client.execute(uri: "/v1/check", method: .post, headers: fixture.bearer("helpdesk"),
                                     body: jsonBody(["password": "abc"])) { _ in }
            try await client.execute(uri: "/metrics", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("passpolicyd_requests_total{"))
                #expect(response.text.contains("route=\"/v1/check\""))
                #expect(response.text.contains("passpolicyd_verdicts_total{"))
                #expect(response.text.contains("rule=\"min-length\""))
            }
            try await client.execute(uri: "/v1/openapi.json", method: .get) { response in
                let document = try #require(response.json as? [String: Any])
                #expect(document["openapi"] as? String == "3.1.0")
                let paths = try #require(document["paths"] as? [String: Any])
                for path in ["/v1/policy", "/v1/check", "/v1/changes", "/v1/users/{user}/history", "/v1/users/{user}", "/v1/due", "/healthz", "/metrics"] {
                    #expect(paths[path] != nil, "\(path)")
                }
            }
        }
    }

    /// A store that cannot be reached: 503 with `store_unavailable = refuse`, a verdict
    /// without the history (and a log line) with `allow`, and `/healthz` says so.
    @Test func unreachableStore() async throws {
        let port = PostgresTestServer.freePort()
        let url = "postgresql://nobody@127.0.0.1:\(port)/none"
        let good = try ServiceFixture()
        // The tokens live in a store that works; this service's store is down.
        let refuse = try ServiceFixture(store: url, tokens: [:])
        let service = try refuse.service()
        try await buildApplication(service).test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .serviceUnavailable)
                #expect((response.json as? [String: String])?["store"] == "down")
            }
            try await client.execute(uri: "/v1/check", method: .post, headers: good.bearer("helpdesk"),
                                     body: jsonBody(["user": "x", "password": "abc"])) { response in
                // No token can be read from a store that is down: the service cannot tell who calls.
                #expect(response.status == .serviceUnavailable)
                #expect((response.json as? [String: String])?["error"] == "store_unavailable")
            }
        }
    }

    /// `kdf_concurrency` bounds Argon2id runs: with one slot and no wait, simultaneous history
    /// checks beyond the first get 503 `busy` at once instead of queueing without end.
    @Test func argon2RunsAreBounded() async throws {
        let fixture = try ServiceFixture(extra: ["kdf_concurrency = 1", "kdf_wait = 0", "history_checks_per_hour = 0"])
        _ = try fixture.cli(["record", "--user", "dai", "--system", "mail"], stdin: "Harbour!Quince!Violet5\n")
        let statuses = try await fixture.application().test(.router) { client in
            try await withThrowingTaskGroup(of: Int.self) { group in
                for i in 0..<12 {
                    group.addTask {
                        try await client.execute(uri: "/v1/check", method: .post, headers: fixture.bearer("vle"),
                                                 body: jsonBody(["user": "dai", "password": "Candidate#\(i)#Walrus"])) { response in
                            if response.status == .serviceUnavailable {
                                #expect((response.json as? [String: String])?["error"] == "busy")
                                #expect(response.headers[.retryAfter] != nil)
                            }
                            return Int(response.status.code)
                        }
                    }
                }
                var all: [Int] = []
                for try await status in group { all.append(status) }
                return all
            }
        }
        #expect(Set(statuses).isSubset(of: [200, 503]))
        #expect(statuses.contains(200))
        #expect(statuses.contains(503), "twelve simultaneous Argon2id runs with one slot: none was refused")
    }
}
