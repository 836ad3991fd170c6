import Testing
import PassPolicy
#if canImport(Glibc)
import Glibc
#endif

/// The PAM module keeps its parsed configuration between password changes; an edited file or
/// another PAM line must be seen at once, and a broken file reported every time.
@Suite(.serialized) struct ConfigurationCacheTests {
    func write(_ text: String, to path: String) {
        TestFiles.write(Array(text.utf8), to: path)
    }

    @Test func editsAndArgumentsAreSeenAtOnce() throws {
        let path = DictionaryFixture.temporaryPath("cache.conf")
        write("minlen = 10\n", to: path)
        #expect(try ConfigurationCache.load(path: path, arguments: []).settings.minLength == 10)
        #expect(try ConfigurationCache.load(path: path, arguments: []).settings.minLength == 10)
        // Same size, new content: the change time moves.
        write("minlen = 12\n", to: path)
        #expect(try ConfigurationCache.load(path: path, arguments: []).settings.minLength == 12)
        #expect(try ConfigurationCache.load(path: path, arguments: ["minlen=14"]).settings.minLength == 14)
        #expect(try ConfigurationCache.load(path: path, arguments: ["retry=2"]).settings.minLength == 12)
        // A file replaced by rename (a new inode), as editors and package managers do.
        let replacement = path + ".new"
        write("minlen = 9\nmaxrepeat = 0\n", to: replacement)
        rename(replacement, path)
        let s = try ConfigurationCache.load(path: path, arguments: [])
        #expect(s.settings.minLength == 9 && s.settings.maxRepeat == 0)
    }

    @Test func brokenFilesAreReportedEveryTime() throws {
        let path = DictionaryFixture.temporaryPath("broken.conf")
        write("minlen = 11\n", to: path)
        #expect(try ConfigurationCache.load(path: path, arguments: []).settings.minLength == 11)
        write("minlen = eleven\n", to: path)
        for _ in 0..<2 {
            #expect(throws: ConfigError.self) { _ = try ConfigurationCache.load(path: path, arguments: []) }
        }
        #expect(throws: ConfigError.self) { _ = try ConfigurationCache.load(path: path + ".missing", arguments: []) }
        write("minlen = 11\n", to: path)
        #expect(throws: ConfigError.self) { _ = try ConfigurationCache.load(path: path, arguments: ["nosuchkey=1"]) }
        #expect(try ConfigurationCache.load(path: path, arguments: []).settings.minLength == 11)
    }
}

/// The cache key includes the drop-in directory: a drop-in added, edited or removed is seen
/// at the next password change.
@Suite(.serialized) struct ConfigurationCacheDropInTests {
    @Test func dropInsAreSeenAtOnce() throws {
        let path = DictionaryFixture.temporaryPath("cache.conf")
        TestFiles.write(Array("minlen = 10\n".utf8), to: path)
        #expect(try ConfigurationCache.load(path: path, arguments: []).settings.minLength == 10)
        mkdir(path + ".d", 0o755)
        TestFiles.write(Array("minlen = 13\n".utf8), to: path + ".d/50-a.conf")
        #expect(try ConfigurationCache.load(path: path, arguments: []).settings.minLength == 13)
        TestFiles.write(Array("minlen = 15\n".utf8), to: path + ".d/50-a.conf")
        #expect(try ConfigurationCache.load(path: path, arguments: []).settings.minLength == 15)
        unlink(path + ".d/50-a.conf")
        #expect(try ConfigurationCache.load(path: path, arguments: []).settings.minLength == 10)
    }
}
