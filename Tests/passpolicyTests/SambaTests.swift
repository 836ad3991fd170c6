import Foundation
import Testing

/// `passpolicy check --samba` as Samba's `check password script` on a real Samba AD domain
/// controller, provisioned in a temporary directory (`samba-tool domain provision`, Debian's
/// samba and samba-ad-provision). Passwords are set through the directory's own password
/// module (Python's SamDB, as a change on the DC does), which runs the script.
@Suite(.serialized) struct SambaTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let helper = packageRoot.appendingPathComponent("Tests/passpolicyTests/Scripts/samba_setpassword.py").path

    struct Domain {
        let directory: URL
        var smbConf: String { directory.appendingPathComponent("etc/smb.conf").path }

        /// Sets (or with names, creates) `user`'s password; true when the directory took it.
        func setPassword(_ user: String, _ password: String, create: (String, String)? = nil) throws -> Bool {
            var arguments = [Self.helperPath, smbConf, user]
            if let create { arguments += [create.0, create.1] }
            let r = try run("/usr/bin/python3", arguments, stdin: password)
            #expect(r.status == 0 || r.status == 1, "\(r.stdout)\(r.stderr)")
            return r.status == 0
        }

        static var helperPath: String { SambaTests.helper }
    }

    static func run(_ tool: String, _ arguments: [String], stdin: String = "") throws -> CLIRunner.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let input = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        try input.fileHandleForWriting.write(contentsOf: Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIRunner.Result(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                                stderr: String(decoding: err, as: UTF8.self))
    }

    /// A fresh domain whose smb.conf runs `passpolicy check --samba --config CONFIG`.
    static func provision(config: URL) throws -> Domain {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("passpolicy-samba-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let provisioned = try run("/usr/bin/samba-tool", [
            "domain", "provision", "--realm=SCHOOL.TEST", "--domain=SCHOOL", "--server-role=dc", "--dns-backend=NONE",
            "--use-rfc2307", "--targetdir=\(dir.path)", "--adminpass=Adm1n!Passw0rd#Zq7",
        ])
        #expect(provisioned.status == 0, "\(provisioned.stderr.suffix(600))")
        let conf = dir.appendingPathComponent("etc/smb.conf")
        var text = try String(contentsOf: conf, encoding: .utf8)
        let script = "\tcheck password script = \(CLIRunner.binary.path) check --samba --config \(config.path)\n"
        text = text.replacingOccurrences(of: "[global]\n", with: "[global]\n" + script)
        try text.write(to: conf, atomically: true, encoding: .utf8)
        return Domain(directory: dir)
    }

    @Test func weakRefusedStrongAcceptedReuseRefused() throws {
        let storeDir = FileManager.default.temporaryDirectory.appendingPathComponent("passpolicy-samba-store-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: storeDir, withIntermediateDirectories: true)
        let config = try temporaryConfig("dictpath = \(GenerateCommandTests.wordList)\nstore = \(storeDir.path)/history.db\nsystem = ad\n")
        let domain = try Self.provision(config: config)
        defer { try? FileManager.default.removeItem(at: domain.directory) }

        // A weak password cannot create the account; a strong one can.
        #expect(try domain.setPassword("lee.parry", "Parry&Tide7", create: ("Lee", "Parry")) == false)
        #expect(try domain.setPassword("lee.parry", "Quartz$Meadow$Lantern4", create: ("Lee", "Parry")) == true)
        // The account reaches the script: a strong password holding the user name is refused
        // for tomos.wyn, and the same password is taken for another account.
        #expect(try domain.setPassword("tomos.wyn", "Kx9#tomos!Vbq2Zt", create: ("Tomos", "Wyn")) == false)
        #expect(try domain.setPassword("sian.hughes", "Kx9#tomos!Vbq2Zt", create: ("Sian", "Hughes")) == true)
        // With a store, the history applies: the person's current password on another system.
        let recorded = try CLIRunner.run(["record", "--user", "lee.parry", "--system", "mail", "--config", config.path],
                                         stdin: "Walnut#Harbour#Piano8\n")
        #expect(recorded.status == 0, "\(recorded.stderr)")
        #expect(try domain.setPassword("lee.parry", "Walnut#Harbour#Piano8") == false)
        #expect(try domain.setPassword("lee.parry", "Cobalt!Orchard!Fable3") == true)
    }
}
