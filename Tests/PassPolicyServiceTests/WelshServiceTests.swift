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
}
