import CPAM
import Foundation
import PassPolicy
@testable import PAMModule
import PassPolicyStore
import Testing

/// The module with the real word list and a real (temporary) SQLite history: the dictionary
/// rule, `reuse` and `similar` across systems, and recording only after the change happened.
@Suite("pam_passpolicy with the word list and the history", .serialized)
struct HistoryAndDictionaryTests {
    let folder: URL
    let store: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("passpolicy-pamhist-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        store = folder.appendingPathComponent("history.db").path
    }

    func arguments(system: String) throws -> [String] {
        ["retry=1", "enforce_for_root", "dictpath=\(try TestWordList.get())", "store=\(store)", "system=\(system)"]
    }

    func entries(_ user: String = ChauthtokTests.user) throws -> [HistoryEvent] {
        var settings = Settings()
        settings.store = store
        return try HistoryService.open(settings: settings).history(of: user)
    }

    @Test("a decorated dictionary word is refused by the dictionary rule")
    func dictionaryWord() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try ChauthtokTests.run(try arguments(system: "a"), answers: ["Autumn2025!", "Autumn2025!"])
        #expect(result.status == PAM_AUTHTOK_ERR)
        #expect(result.badPasswordLines.contains { $0.hasPrefix("BAD PASSWORD: The password is little more than") })
        #expect(!result.messages.contains { $0.text.contains("Autumn") })
    }

    @Test("an accepted change is recorded at pam_end; the same password on another system is refused as reuse")
    func reuseAcrossSystems() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let password = "Kq9#Lmv2Tz5!"
        let first = try ChauthtokTests.run(try arguments(system: "hostA"), answers: [password, password])
        #expect(first.status == PAM_SUCCESS)
        #expect(try entries().map(\.system) == ["hostA"])

        let again = try ChauthtokTests.run(try arguments(system: "hostB"), answers: [password, password])
        #expect(again.status == PAM_AUTHTOK_ERR)
        #expect(again.badPasswordLines == [Messages.pamBadPassword(Messages.reusedOnOtherSystem("hostA", .english, .other), .english)])
        #expect(try entries().count == 1)

        let variant = try ChauthtokTests.run(try arguments(system: "hostB"), answers: ["Kq9#Lmv2Tz7?", "Kq9#Lmv2Tz7?"])
        #expect(variant.status == PAM_AUTHTOK_ERR)
        #expect(variant.badPasswordLines == [Messages.pamBadPassword(Messages.similarToEarlier(.english, .other), .english)])

        let fresh = try ChauthtokTests.run(try arguments(system: "hostB"), answers: ["Wp4&zRt8Nq", "Wp4&zRt8Nq"])
        #expect(fresh.status == PAM_SUCCESS)
        #expect(try entries().map(\.system).sorted() == ["hostA", "hostB"])
        // Nothing readable at rest.
        let bytes = try Data(contentsOf: URL(fileURLWithPath: store))
        #expect(bytes.range(of: Data(password.utf8)) == nil)
    }

    @Test("a change that fails after the module (pam_unix refusing) is not recorded")
    func failedChangeIsNotRecorded() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try ChauthtokTests.run(try arguments(system: "hostA"), answers: ["Wp4&zRt8Nq", "Wp4&zRt8Nq"],
                                            after: ["required pam_deny.so"])
        #expect(result.status != PAM_SUCCESS)
        let recorded = FileManager.default.fileExists(atPath: store) ? try entries() : []
        #expect(recorded.isEmpty)
    }

    @Test("a store whose directory went away refuses a reused password, and pam_end creates nothing")
    func storeDirectoryGone() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let share = folder.appendingPathComponent("share")
        try FileManager.default.createDirectory(at: share, withIntermediateDirectories: false)
        let store = share.appendingPathComponent("h.db").path
        let base = ["retry=1", "enforce_for_root", "dictcheck=no", "store=\(store)"]
        let password = "Kq9#Lmv2Tz5!"
        #expect(try ChauthtokTests.run(base + ["system=hostA"], answers: [password, password]).status == PAM_SUCCESS)

        // The share is unmounted: moved away.
        try FileManager.default.moveItem(at: share, to: folder.appendingPathComponent("share.away"))
        let refused = try ChauthtokTests.run(base + ["system=hostB"], answers: [password, password])
        #expect(refused.status == PAM_AUTHTOK_ERR)
        #expect(refused.errors.contains(Messages.pamHistoryUnavailable(.english)))
        // Let through with store_unavailable=allow (a warning in syslog), and still nothing is
        // created at pam_end: the history is not split into a new, empty file.
        let allowed = try ChauthtokTests.run(base + ["system=hostB", "store_unavailable=allow"], answers: [password, password])
        #expect(allowed.status == PAM_SUCCESS)
        #expect(!FileManager.default.fileExists(atPath: share.path))
    }

    @Test("a symbolic link on the store's path refuses the change and creates nothing")
    func storeThroughALink() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let real = folder.appendingPathComponent("real")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: false)
        let link = folder.appendingPathComponent("link").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real.path)
        let base = ["retry=1", "enforce_for_root", "dictcheck=no", "store=\(link)/h.db", "store_unavailable=allow"]
        let result = try ChauthtokTests.run(base, answers: ["Wp4&zRt8Nq", "Wp4&zRt8Nq"])
        #expect(result.status == PAM_AUTHTOK_ERR)
        #expect(try FileManager.default.contentsOfDirectory(atPath: real.path).isEmpty)
    }

    @Test("an unreachable store refuses the change by default, and is let through with store_unavailable=allow")
    func unreachableStore() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let unreachable = "postgresql://nobody@127.0.0.1:1/none?connect_timeout=2"
        let base = ["retry=1", "enforce_for_root", "dictcheck=no", "store=\(unreachable)"]
        let refused = try ChauthtokTests.run(base, answers: ["Wp4&zRt8Nq", "Wp4&zRt8Nq"])
        #expect(refused.status == PAM_AUTHTOK_ERR)
        #expect(refused.errors.contains(Messages.pamHistoryUnavailable(.english)))
        let allowed = try ChauthtokTests.run(base + ["store_unavailable=allow"], answers: ["Wp4&zRt8Nq", "Wp4&zRt8Nq"])
        #expect(allowed.status == PAM_SUCCESS)
    }

    @Test("a quiet pam_end (PAM_DATA_SILENT, as a forked copy ends its handle) still records a change that happened")
    func quietEndRecords() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try ChauthtokTests.run(try arguments(system: "hostA"), answers: ["Wp4&zRt8Nq", "Wp4&zRt8Nq"],
                                            endFlags: Int32(bitPattern: UInt32(PAM_DATA_SILENT)))
        #expect(result.status == PAM_SUCCESS)
        #expect(try entries().map(\.system) == ["hostA"])
    }

    @Test("enforcing = no lets a reused password through with its warning, and records it")
    func notEnforcingReuse() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let password = "Kq9#Lmv2Tz5!"
        #expect(try ChauthtokTests.run(try arguments(system: "hostA"), answers: [password, password]).status == PAM_SUCCESS)
        let again = try ChauthtokTests.run(try arguments(system: "hostB") + ["enforcing=no"], answers: [password, password])
        #expect(again.status == PAM_SUCCESS)
        #expect(again.badPasswordLines == [Messages.pamBadPassword(Messages.reusedOnOtherSystem("hostA", .english, .other), .english)])
        #expect(try entries().count == 2)
    }
}
