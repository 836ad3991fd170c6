import Foundation
import Testing
import PassPolicy
import PassPolicyStore
import PassPolicyTestSupport

/// `HistoryGate.forChecking` and `forReading` on real files, directories and links: only a
/// missing file in a directory that exists means "no history yet" (nil); everything else is
/// an error, never a silently skipped history.
@Suite struct HistoryGateTests {
    enum Gate: String, CaseIterable, CustomTestStringConvertible, Sendable {
        case checking, reading
        var testDescription: String { rawValue }

        func open(_ settings: Settings) throws(HistoryError) -> (any HistoryBackend)? {
            switch self {
            case .checking: return try HistoryGate.forChecking(settings)
            case .reading: return try HistoryGate.forReading(settings)
            }
        }
    }

    /// A settings value with `store` and the given `store_unavailable`.
    static func settings(_ store: String, allow: Bool = false) -> Settings {
        var s = Settings()
        s.store = store
        s.storeUnavailable = allow ? .allow : .refuse
        return s
    }

    /// What a gate does with `store`: nil, a service, or the error.
    static func outcome(_ gate: Gate, _ store: String) -> Result<Bool, HistoryError> {
        do throws(HistoryError) {
            return .success(try gate.open(settings(store)) != nil)
        } catch {
            return .failure(error)
        }
    }

    @Test(arguments: Gate.allCases)
    func onlyAMissingFileInAnExistingDirectoryIsNoHistory(_ gate: Gate) throws {
        let root = try TemporaryDirectory.make()
        // No history yet: nil, and nothing is created.
        #expect(Self.outcome(gate, root + "/h.db") == .success(false))
        #expect(!FileManager.default.fileExists(atPath: root + "/h.db"))

        // A store that exists opens.
        try (HistoryGate.forRecording(Self.settings(root + "/h.db")) as? HistoryService)?.record(password: Array("Kq9#Lmv2Tz5!".utf8), user: "a", system: "s")
        #expect(Self.outcome(gate, root + "/h.db") == .success(true))

        // Its directory gone (an unmounted share): unreachable, so `store_unavailable` decides.
        let gone = root + "/gone/h.db"
        #expect(Self.outcome(gate, gone) == .failure(.unavailable(store: gone, reason: Messages.storeDirectoryMissing(root + "/gone"))))
        #expect(Self.outcome(gate, gone).isUnavailable)

        // A file where a directory should be.
        FileManager.default.createFile(atPath: root + "/plain", contents: Data())
        #expect(Self.outcome(gate, root + "/plain/h.db").isUnavailable)

        // The store is a directory, or a FIFO: not a store.
        try FileManager.default.createDirectory(atPath: root + "/dir.db", withIntermediateDirectories: false)
        #expect(Self.outcome(gate, root + "/dir.db").isUnavailable)
        #expect(mkfifo(root + "/fifo.db", 0o600) == 0)
        #expect(Self.outcome(gate, root + "/fifo.db").isUnavailable)

        // A symbolic link, as a directory on the path or as the file: refused, not followed.
        try FileManager.default.createSymbolicLink(atPath: root + "/link", withDestinationPath: root)
        #expect(Self.outcome(gate, root + "/link/h.db") == .failure(.symbolicLink(store: root + "/link/h.db", link: root + "/link")))
        try FileManager.default.createSymbolicLink(atPath: root + "/link.db", withDestinationPath: root + "/h.db")
        #expect(Self.outcome(gate, root + "/link.db") == .failure(.symbolicLink(store: root + "/link.db", link: root + "/link.db")))

        // A relative path is a bad setting, for checking as for recording.
        #expect(Self.outcome(gate, "var/h.db") == .failure(.badLocation("var/h.db")))
    }

    /// The unreachable and damaged cases may be skipped under `store_unavailable = allow`;
    /// links and bad locations never.
    @Test func whatAllowMaySkip() throws {
        let root = try TemporaryDirectory.make()
        let allow = Self.settings(root + "/gone/h.db", allow: true)
        let errors: [HistoryError] = [
            .unavailable(store: "s", reason: "r"), .damaged(store: "s", reason: "file is not a database"),
            .symbolicLink(store: "s", link: "l"), .badLocation("x"), .storeFailed(store: "s", reason: "r"),
        ]
        #expect(errors.map { $0.maySkipHistory(allow) } == [true, true, false, false, false])
        #expect(errors.map { $0.maySkipHistory(Self.settings("/x")) } == [false, false, false, false, false])
    }
}

extension Result where Failure == HistoryError {
    var isUnavailable: Bool {
        if case .failure(let e) = self { return e.isUnavailable }
        return false
    }
}
