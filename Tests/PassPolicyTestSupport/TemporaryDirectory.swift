import Foundation
import Glibc

/// Temporary directories, removed when the test process exits.
public enum TemporaryDirectory {
    public static func make() throws -> String {
        var template = Array("/tmp/passpolicy-test-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw TestServerError("mkdtemp failed") }
        let path = String(cString: made)
        createdLock.lock()
        if created.isEmpty {
            atexit {
                for dir in created { try? FileManager.default.removeItem(atPath: dir) }
            }
        }
        created.append(path)
        createdLock.unlock()
        return path
    }
}

nonisolated(unsafe) private var created: [String] = []
private let createdLock = NSLock()

