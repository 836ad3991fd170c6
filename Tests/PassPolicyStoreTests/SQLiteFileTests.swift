import Foundation
import Testing
import PassPolicy
import PassPolicyStore
import PassPolicyTestSupport

/// What lands on disk with the SQLite store.
@Suite struct SQLiteFileTests {
    @Test func fileIsOwnerOnly() throws {
        let root = try TemporaryDirectory.make()
        let path = root + "/history.db"
        let service = try Backend.sqlite.service(location: path)
        try service.record("Juniper-Kettle-19", user: "dave", system: "A")
        #expect(try mode(path) == 0o600)
        #expect(try mode(path + "-wal") == 0o600)  // still open: the WAL file exists
    }

    /// A missing directory is more often an unmounted share than a new installation: the
    /// store is unreachable, and recording (also the PAM module's, at `pam_end`) creates
    /// nothing, where it used to create the directories and an empty, split-off history.
    @Test func missingDirectoriesAreNeverCreated() throws {
        let root = try TemporaryDirectory.make()
        let path = root + "/new/dir/history.db"
        var settings = Settings()
        settings.store = path
        #expect { _ = try HistoryGate.forRecording(settings) } throws: { error in
            (error as? HistoryError) == .unavailable(store: path, reason: Messages.storeDirectoryMissing(root + "/new"))
        }
        #expect { _ = try HistoryStores.open(path) } throws: { ($0 as? HistoryError)?.isUnavailable == true }
        #expect(!FileManager.default.fileExists(atPath: root + "/new"))
    }

    @Test func stringsFindsNoPassword() throws {
        let dir = try TemporaryDirectory.make()
        let path = dir + "/history.db"
        let passwords = ["Autumn2024!", "Zebra-Quilt-8841", "correct horse battery staple"]
        do {
            let service = try Backend.sqlite.service(location: path)
            for (i, p) in passwords.enumerated() {
                try service.record(p, user: "erin", system: "sys\(i)")
            }
            // With the store open (WAL present) and after closing it.
            try expectNoPasswordIn(dir, passwords)
        }
        try expectNoPasswordIn(dir, passwords)
    }

    private func expectNoPasswordIn(_ dir: String, _ passwords: [String]) throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).map { dir + "/" + $0 }
        #expect(!files.isEmpty)
        let output = try Spawn.run("/usr/bin/strings", ["-n", "4"] + files)
        #expect(output.status == 0)
        #expect(output.stdout.contains("argon2id"))  // strings does see the file's text
        let text = output.stdout.lowercased()
        for p in passwords {
            #expect(!text.contains(p.lowercased()))
        }
        for core in ["autumn", "zebra", "quilt", "horse", "staple"] {
            #expect(!text.contains(core))
        }
    }

    @Test func pepperFileMustBeOwnerOnly() throws {
        let dir = try TemporaryDirectory.make()
        let path = dir + "/pepper"
        _ = FileManager.default.createFile(atPath: path, contents: Data("a-long-enough-school-secret-01".utf8))
        chmod(path, 0o644)
        #expect(throws: HistoryError.pepper(path: path, problem: .accessibleByOthers(mode: 0o644))) {
            _ = try Pepper.load(path: path)
        }
        chmod(path, 0o600)
        #expect(try Pepper.load(path: path) == Array("a-long-enough-school-secret-01".utf8))
        var settings = Settings()
        settings.pepperFile = path
        settings.store = dir + "/h.db"
        let service = try HistoryService.open(settings: settings)
        try service.record("Pepper-Mill-77", user: "fay", system: "A")
        #expect(try HistoryService.open(settings: settings).rules("Pepper-Mill-77", user: "fay", system: "B") == [.reuse])
        settings.pepperFile = ""
        #expect(try HistoryService.open(settings: settings).rules("Pepper-Mill-77", user: "fay", system: "B") == [])

        _ = FileManager.default.createFile(atPath: path, contents: Data("short".utf8))
        chmod(path, 0o600)
        #expect(throws: HistoryError.pepper(path: path, problem: .tooShort(bytes: 5, minimum: 16))) {
            _ = try Pepper.load(path: path)
        }
        #expect(throws: HistoryError.pepper(path: dir + "/none", problem: .unreadable(errno: ENOENT))) {
            _ = try Pepper.load(path: dir + "/none")
        }
    }

    private func mode(_ path: String) throws -> Int {
        var st = stat()
        guard stat(path, &st) == 0 else { throw TestServerError("stat \(path): \(errno)") }
        return Int(st.st_mode & 0o7777)
    }
}
