import PassPolicy
import PassPolicyPlatform
#if canImport(Glibc)
import Glibc
#endif

/// The real Debian word lists, compiled once per test process into a temporary file.
enum DictionaryFixture {
    struct Built: @unchecked Sendable {
        let path: String
        let list: WordList
        let summary: WordListBuilder.Summary
        let buildSeconds: Double
    }

    static let built: Result<Built, any Error> = Result {
        let start = now()
        let builder = WordListBuilder()
        _ = try WordSources.load(WordSources.standard(settings: Settings()), into: builder)
        let path = temporaryPath("words.pwdict")
        let summary = try builder.write(to: path)
        let seconds = now() - start
        return Built(path: path, list: try WordList.open(path: path), summary: summary, buildSeconds: seconds)
    }

    static func list() throws -> WordList { try built.get().list }

    static func checker() throws -> PolicyChecker {
        PolicyChecker(settings: Settings(), wordList: try list())
    }

    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// A fresh path in a fresh private directory under /tmp.
    static func temporaryPath(_ name: String) -> String {
        var template = Array("/tmp/passpolicy-test-XXXXXX".utf8CString)
        let dir = template.withUnsafeMutableBufferPointer { t -> String in
            guard let p = t.baseAddress, let made = mkdtemp(p) else { return "/tmp" }
            return String(decoding: UnsafeRawBufferPointer(start: made, count: strlen(made)), as: UTF8.self)
        }
        return dir + "/" + name
    }
}

extension PolicyChecker {
    /// Whether the dictionary rule calls `password` weak.
    func isDictionaryWeak(_ password: String) -> Bool {
        check(Array(password.utf8), context: CheckContext()).breaks(.dictionary)
    }
}
