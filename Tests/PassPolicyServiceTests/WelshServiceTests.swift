import Foundation
import Hummingbird
import HummingbirdTesting
import PassPolicy
import PassPolicyTestSupport
import Testing
@testable import PassPolicyService

/// The language of each request: Accept-Language, the body's `lang`, then the `language`
/// setting; one service answers Welsh and English at once. Rule ids never change.
@Suite(.serialized) struct WelshServiceTests {
    static let locale = ServiceFixture.packageRoot.appendingPathComponent(".build/locale").path

    init() throws {
        if !FileManager.default.fileExists(atPath: Self.locale + "/cy/LC_MESSAGES/passpolicy.mo") {
            _ = try Spawn.run(ServiceFixture.packageRoot.appendingPathComponent("scripts/build-locale.sh").path, [Self.locale])
        }
        setenv("PASSPOLICY_LOCALEDIR", Self.locale, 1)
    }

    func violations(_ response: TestResponse) -> [[String: String]] {
        ((response.json as? [String: Any])?["violations"] as? [[String: String]]) ?? []
    }

    @Test("POST /v1/check with Accept-Language: cy gives Welsh messages and the English rule ids")
    func checkInWelsh() async throws {
        let fixture = try ServiceFixture()
        let welsh = try #require(Language.named("cy"))
        try #require(welsh.code == "cy")
        let body = ["user": "lee.parry", "full_name": "Lee Parry", "password": "Parry&Tide7"]
        try await fixture.application().test(.router) { client in
            var english: [[String: String]] = []
            try await client.execute(uri: "/v1/check", method: .post, headers: fixture.bearer("helpdesk"), body: jsonBody(body)) { response in
                english = violations(response)
            }
            #expect(english.count >= 2)
            var headers = fixture.bearer("helpdesk")
            headers[.acceptLanguage] = "cy-GB,cy;q=0.9,en;q=0.5"
            try await client.execute(uri: "/v1/check", method: .post, headers: headers, body: jsonBody(body)) { response in
                #expect(response.status == .ok)
                let cy = violations(response)
                #expect(cy.map { $0["rule"] } == english.map { $0["rule"] })
                for (e, c) in zip(english, cy) { #expect(e["message"] != c["message"], "\(c)") }
                // The helpdesk reads about someone else: "the user name", in Welsh too.
                #expect(cy.contains { $0["message"]?.contains("Mae'r enw defnyddiwr") == true })
            }
            // The body's lang wins over the header, both ways.
            var welshBody = body
            welshBody["lang"] = "cy"
            try await client.execute(uri: "/v1/check", method: .post, headers: fixture.bearer("helpdesk"), body: jsonBody(welshBody)) { response in
                #expect(violations(response).map { $0["message"] } != english.map { $0["message"] })
            }
            var englishBody = body
            englishBody["lang"] = "en"
            try await client.execute(uri: "/v1/check", method: .post, headers: headers, body: jsonBody(englishBody)) { response in
                #expect(violations(response) == english)
            }
        }
    }

    @Test("Welsh and English requests at once each get their own language")
    func concurrentLanguages() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application().test(.router) { client in
            try await withThrowingTaskGroup(of: (Bool, String).self) { group in
                for i in 0..<40 {
                    group.addTask {
                        var headers = fixture.bearer("vle")
                        headers[.acceptLanguage] = i % 2 == 0 ? "cy" : "en"
                        return try await client.execute(uri: "/v1/check", method: .post, headers: headers,
                                                        body: jsonBody(["password": "ab"])) { response in
                            (i % 2 == 0, response.text)
                        }
                    }
                }
                for try await (welsh, text) in group {
                    #expect(text.contains("Dim ond 2 nod") == welsh, "\(text)")
                    #expect(text.contains("\"rule\": \"min-length\""))
                }
            }
        }
    }

    @Test("GET /v1/policy follows Accept-Language; language = cy makes Welsh the default")
    func policyInWelsh() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/v1/policy", method: .get, headers: [.acceptLanguage: "cy"]) { response in
                #expect(response.text.contains("O leiaf 8 nod"))
                #expect(response.text.contains("\"rule\": \"min-length\""))
            }
            try await client.execute(uri: "/v1/policy", method: .get) { response in
                #expect(response.text.contains("At least 8 characters"))
            }
        }
        let welshDefault = try ServiceFixture(extra: ["language = cy"])
        try await welshDefault.application().test(.router) { client in
            try await client.execute(uri: "/v1/policy", method: .get) { response in
                #expect(response.text.contains("O leiaf 8 nod"))
            }
            try await client.execute(uri: "/v1/policy", method: .get, headers: [.acceptLanguage: "en-GB"]) { response in
                #expect(response.text.contains("At least 8 characters"))
            }
        }
    }

    /// The `error` code and `message` of an error body.
    func errorBody(_ text: String) -> (code: String?, message: String?) {
        let object = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
        return (object?["error"] as? String, object?["message"] as? String)
    }

    @Test("API errors: Accept-Language: cy gives a Welsh message, the same English error code")
    func errorsInWelsh() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application().test(.router) { client in
            // 401 without a token.
            for (language, expected) in [("cy", "Mae angen tocyn dilys: anfonwch ef fel `Authorization: Bearer TOKEN`."),
                                         ("en", "A valid token is needed: send it as `Authorization: Bearer TOKEN`.")] {
                try await client.execute(uri: "/v1/check", method: .post, headers: [.acceptLanguage: language],
                                         body: jsonBody(["password": "ab"])) { response in
                    #expect(response.status == .unauthorized)
                    let body = errorBody(response.text)
                    #expect(body.code == "unauthorized")
                    #expect(body.message == expected)
                }
            }
            // 400: a body that is not JSON, and one without its password.
            var headers = fixture.bearer("helpdesk")
            headers[.acceptLanguage] = "cy-GB,en;q=0.5"
            try await client.execute(uri: "/v1/check", method: .post, headers: headers, body: ByteBuffer(string: "{password}")) { response in
                #expect(response.status == .badRequest)
                #expect(errorBody(response.text).code == "bad_request")
                #expect(errorBody(response.text).message == "Nid yw'r corff yn JSON dilys.")
            }
            try await client.execute(uri: "/v1/check", method: .post, headers: headers, body: jsonBody(["user": "lee.parry"])) { response in
                #expect(errorBody(response.text).code == "bad_request")
                #expect(errorBody(response.text).message == "Rhaid i'r corff gynnwys llinyn `password`.")
            }
            // The body's lang wins over the header, as for the violations.
            try await client.execute(uri: "/v1/check", method: .post, headers: fixture.bearer("helpdesk"),
                                     body: jsonBody(["user": "lee.parry", "lang": "cy"])) { response in
                #expect(errorBody(response.text).message == "Rhaid i'r corff gynnwys llinyn `password`.")
            }
            try await client.execute(uri: "/v1/check", method: .post, headers: headers,
                                     body: jsonBody(["user": "lee.parry", "lang": "en"])) { response in
                #expect(errorBody(response.text).message == "The body must hold a `password` string.")
            }
            // 403 and 404, Welsh; without Accept-Language, the English as before.
            var vle = fixture.bearer("vle")
            vle[.acceptLanguage] = "cy"
            try await client.execute(uri: "/v1/due", method: .get, headers: vle) { response in
                #expect(response.status == .forbidden)
                #expect(errorBody(response.text).code == "forbidden")
                #expect(errorBody(response.text).message == "Ni all tocyn system restru pwy sydd angen newid.")
            }
            try await client.execute(uri: "/v1/nowhere", method: .get, headers: [.acceptLanguage: "cy"]) { response in
                #expect(errorBody(response.text).code == "not_found")
                #expect(errorBody(response.text).message == "Does dim /v1/nowhere yma; gweler /v1/openapi.json.")
            }
            try await client.execute(uri: "/v1/nowhere", method: .get) { response in
                #expect(errorBody(response.text).message == "There is no /v1/nowhere here; see /v1/openapi.json.")
            }
        }
        // language = cy: Welsh errors when the request names no language.
        let welshDefault = try ServiceFixture(extra: ["language = cy"])
        try await welshDefault.application().test(.router) { client in
            try await client.execute(uri: "/v1/check", method: .post, body: jsonBody(["password": "ab"])) { response in
                #expect(errorBody(response.text).code == "unauthorized")
                #expect(errorBody(response.text).message?.hasPrefix("Mae angen tocyn dilys") == true)
            }
            try await client.execute(uri: "/v1/check", method: .post, headers: [.acceptLanguage: "en"], body: jsonBody(["password": "ab"])) { response in
                #expect(errorBody(response.text).message?.hasPrefix("A valid token is needed") == true)
            }
        }
    }

    @Test("the real passpolicyd answers a 401 and a 400 in Welsh to Accept-Language: cy")
    func daemonErrorsInWelsh() throws {
        let fixture = try ServiceFixture()
        let daemon = DaemonProcess(fixture, port: PostgresTestServer.freePort())
        try daemon.start()
        defer { daemon.stop() }
        let welsh = ["-H", "Accept-Language: cy"]
        let unauthorized = try daemon.request("POST", "/v1/check", body: json(["password": "ab"]), curl: welsh)
        #expect(unauthorized.status == 401)
        #expect(errorBody(unauthorized.body).code == "unauthorized")
        #expect(errorBody(unauthorized.body).message?.hasPrefix("Mae angen tocyn dilys") == true)
        let badBody = try daemon.request("POST", "/v1/check", token: fixture.tokens["helpdesk"], body: "[1]", curl: welsh)
        #expect(badBody.status == 400)
        #expect(errorBody(badBody.body).code == "bad_request")
        #expect(errorBody(badBody.body).message == "Rhaid i'r corff fod yn wrthrych JSON.")
        let english = try daemon.request("POST", "/v1/check", token: fixture.tokens["helpdesk"], body: "[1]")
        #expect(errorBody(english.body).message == "The body must be a JSON object.")
    }
}
