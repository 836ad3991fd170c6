import Foundation
import Testing

/// The admin commands under Welsh and English locales: the real binary, the catalogs
/// compiled by msgfmt. Headers, status lines and errors change; column data, JSON and the
/// file:line:key of a config error do not.
@Suite struct WelshAdminCLITests {
    let directory: URL

    init() throws {
        _ = try WelshCLITests()  // compiles the catalogs when scripts/test.sh has not
        directory = try temporaryConfig("").deletingLastPathComponent()
    }

    /// `passpolicy ARGS` under `environment` (plus PATH and the test catalogs).
    func run(_ arguments: [String], _ environment: [String: String], stdin: String = "") throws -> CLIRunner.Result {
        var env = environment
        env["PATH"] = "/usr/bin:/bin"
        env["PASSPOLICY_LOCALEDIR"] = WelshCLITests.locale
        return try CLIRunner.run(arguments, stdin: Data(stdin.utf8), environment: env)
    }

    func config(_ text: String) throws -> String {
        let url = directory.appendingPathComponent("c-\(UUID().uuidString).conf")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    static let welshLocales: [[String: String]] = [["LANGUAGE": "cy"], ["LANG": "cy_GB.UTF-8"]]

    @Test("history of a store that is not there: the error in Welsh, exit 2; English unchanged",
          arguments: welshLocales)
    func unknownStore(_ environment: [String: String]) throws {
        let conf = try config("dictcheck = no\nstore = none\n")
        let missing = directory.appendingPathComponent("gone.db").path
        let welsh = try run(["history", "--config", conf, "--user", "lee.parry", "--store", missing], environment)
        #expect(welsh.status == 2)
        #expect(welsh.stderr == "passpolicy: does dim modd cyrraedd hanes y cyfrineiriau \(missing): storfa heb ei chanfod: does dim ffeil hanes yno (No such file or directory)\n",
                "\(welsh.stderr)")
        let english = try run(["history", "--config", conf, "--user", "lee.parry", "--store", missing], ["LANG": "C"])
        #expect(english.status == 2)
        #expect(english.stderr == "passpolicy: the password history \(missing) cannot be reached: store not found: no history file there (No such file or directory)\n")
        #expect(try run(["history", "--config", conf, "--user", "lee.parry", "--store", missing], ["LANG": "en_GB.UTF-8"]).stderr == english.stderr)
    }

    @Test("token add, list and revoke: Welsh headers and status lines, the same names, roles and dates",
          arguments: welshLocales)
    func tokens(_ environment: [String: String]) throws {
        let store = directory.appendingPathComponent("tokens-\(UUID().uuidString).db").path
        let conf = try config("dictcheck = no\nstore = \(store)\n")
        let added = try run(["token", "add", "vle", "--role", "system", "--config", conf], environment)
        #expect(added.status == 0)
        #expect(added.stdout.count > 20 && added.stderr.isEmpty)  // the token alone, as in English
        let welsh = try run(["token", "list", "--config", conf], environment)
        let english = try run(["token", "list", "--config", conf], ["LANG": "C"])
        #expect(english.stdout.hasPrefix("NAME  ROLE    CREATED"))
        let welshLines = welsh.stdout.split(separator: "\n"), englishLines = english.stdout.split(separator: "\n")
        #expect(welshLines.first?.hasPrefix("ENW  RÔL     CRËWYD") == true, "\(welsh.stdout)")
        #expect(welshLines.first?.hasSuffix("DEFNYDD OLAF") == true)
        #expect(welshLines.count == 2 && englishLines.count == 2)
        #expect(welshLines.last?.split(separator: " ").map(String.init) == englishLines.last?.split(separator: " ").map(String.init))
        let taken = try run(["token", "add", "vle", "--role", "system", "--config", conf], environment)
        #expect(taken.status == 2)
        #expect(taken.stderr == "passpolicy: mae tocyn o'r enw vle yn bodoli'n barod; diddymwch ef yn gyntaf neu dewiswch enw arall\n")
        let revoked = try run(["token", "revoke", "vle", "--config", conf], environment)
        #expect(revoked.status == 0)
        #expect(revoked.stderr == "passpolicy: Diddymwyd y tocyn vle.\n")
        let unknown = try run(["token", "revoke", "vle", "--config", conf], ["LANG": "C"])
        #expect(unknown.stderr == "passpolicy: there is no token named vle\n")
    }

    @Test("a config error: FILE:LINE: key 'K': as it is, the explanation in Welsh", arguments: welshLocales)
    func configError(_ environment: [String: String]) throws {
        let conf = try config("dictcheck = no\nminlen = lots\n")
        let welsh = try run(["config", "--config", conf], environment)
        #expect(welsh.status == 2)
        #expect(welsh.stderr == "passpolicy: gwall yn y gosodiadau: \(conf):2: key 'minlen': nid yw'r gwerth yn rhif cyfan\n", "\(welsh.stderr)")
        let english = try run(["config", "--config", conf], ["LANG": "C"])
        #expect(english.stderr == "passpolicy: configuration error: \(conf):2: key 'minlen': the value is not a whole number\n")
        // A contradiction and another tool's key: the reason and the hint in Welsh too.
        let contradiction = try run(["config", "--config", try config("minlen = 30\nmaxlen = 20\n")], environment)
        #expect(contradiction.stderr.contains(":2: key 'maxlen': yn groes i 'minlen': mae minlen (30) yn fwy na maxlen (20): ni allai unrhyw gyfrinair basio"),
                "\(contradiction.stderr)")
        let foreign = try run(["check", "--config", try config("difok = 3\n")], environment, stdin: "x\n")
        #expect(foreign.stderr.contains(":1: key 'difok': does dim difok gan passpolicy"), "\(foreign.stderr)")
    }

    @Test("language = cy in passpolicy.conf: the admin commands speak Welsh when the locale names no language")
    func configuredLanguage() throws {
        let store = directory.appendingPathComponent("history-\(UUID().uuidString).db").path
        let conf = try config("dictcheck = no\nstore = \(store)\nlanguage = cy\n")
        let recorded = try run(["record", "--config", conf, "--user", "root", "--system", "vle"], ["LANG": "C.UTF-8"], stdin: "Harbour7!Cable\n")
        #expect(recorded.status == 0)
        #expect(recorded.stdout == "Cofnodwyd newid cyfrinair ar gyfer root ar vle.\n", "\(recorded.stderr)")
        let empty = try run(["history", "--config", conf, "--user", "nobody"], [:])
        #expect(empty.stdout == "Does dim hanes cyfrineiriau ar gyfer nobody.\n")
        let forgotten = try run(["forget", "--config", conf, "--user", "root"], ["LANG": "en_GB.UTF-8"])
        #expect(forgotten.stdout == "Forgot 1 remembered password of root.\n")
        // JSON stays as it is.
        let json = try run(["history", "--config", conf, "--user", "nobody", "--format", "json"], [:])
        #expect(json.stdout == "{\"user\": \"nobody\", \"changes\": []}\n")
    }
}
