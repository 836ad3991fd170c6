import Dispatch
import Testing
import PassPolicy
#if canImport(Glibc)
import Glibc
#endif

/// Anything that is not a regular file, where a config file or a word list is expected, is
/// refused at once: opening a FIFO with no writer used to block for ever.
@Suite struct SpecialFileTests {
    /// A FIFO with no writer, in a fresh directory.
    ///
    /// Should the code under test block opening it (the bug this suite is about), a writer
    /// comes by after 2 s and lets it go on, so the test fails on time instead of hanging.
    static func fifo() -> String {
        let path = DictionaryFixture.temporaryPath("fifo")
        #expect(mkfifo(path, 0o600) == 0)
        DispatchQueue.global().asyncAfter(deadline: .now() + 2) {
            let fd = open(path, O_WRONLY | O_NONBLOCK)  // ENXIO unless someone waits to read
            if fd >= 0 { close(fd) }
        }
        return path
    }

    /// Runs `body` and fails the test (instead of hanging) if it takes a second or more.
    static func withinASecond<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        let start = DictionaryFixture.now()
        let result = try body()
        #expect(DictionaryFixture.now() - start < 1)
        return result
    }

    @Test func systemFileRefusesAFifoAndADevice() {
        let path = Self.fifo()
        #expect(Self.withinASecond { SystemFile.read(path) } == .failure(.notARegularFile))
        #expect(SystemFile.read("/dev/null") == .failure(.notARegularFile))
        #expect(SystemError.notARegularFile.description == "not a regular file")
    }

    @Test func aFifoAsConfigFileIsAnErrorNamingIt() {
        let path = Self.fifo()
        #expect(throws: ConfigError(source: path, line: 0, key: nil, problem: .unreadable(errno: SystemError.notARegularFile.errno))) {
            _ = try Self.withinASecond { try Configuration.load(path: path) }
        }
        #expect(throws: ConfigError.self) {
            _ = try Self.withinASecond { try ConfigurationCache.load(path: path, arguments: []) }
        }
    }

    @Test func aFifoAsWordListIsNotAFile() {
        let path = Self.fifo()
        do throws(WordListError) {
            _ = try Self.withinASecond { () throws(WordListError) in try WordList.open(path: path) }
            Issue.record("a FIFO opened as a word list")
        } catch {
            #expect(error.path == path)
            #expect(error.reason == Messages.wordListNotAFile)
        }
        #expect(throws: WordListError.self) { _ = try Self.withinASecond { try WordListCache.open(path: path) } }
    }

    @Test func anEmptyDictpathNamesFileLineAndKey() {
        let path = TestFiles.write(Array("minlen = 9\ndictpath =\n".utf8), "empty-dictpath.conf")
        #expect(throws: ConfigError(source: path, line: 2, key: "dictpath", problem: .badValue(.missing))) {
            _ = try Configuration.load(path: path)
        }
        var configuration = Configuration()
        #expect(throws: ConfigError(source: "PAM arguments", line: 1, key: "dictpath", problem: .badValue(.missing))) {
            try configuration.apply(arguments: ["dictpath="])
        }
    }
}
