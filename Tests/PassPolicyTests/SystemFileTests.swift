import Testing
import PassPolicy
#if canImport(Glibc)
import Glibc
#endif

@Suite struct SystemFileTests {
    @Test func readsWholeFilesOfEverySize() throws {
        for size in [0, 1, 4095, 4096, 70_000, 1 << 20] {
            let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            let path = TestFiles.write(bytes, "f\(size)")
            #expect(try SystemFile.read(path, limit: 1 << 20).get() == bytes, "size \(size)")
        }
    }

    @Test func filesThatReportNoSizeAreReadToTheEnd() throws {
        // /proc files report size 0 but have content.
        let status = try SystemFile.read("/proc/self/status").get()
        #expect(status.count > 100)
        #expect(String(decoding: status.prefix(5), as: UTF8.self) == "Name:")
    }

    @Test func overTheLimitMissingAndDirectoriesAreErrors() {
        let path = TestFiles.write([UInt8](repeating: 0x41, count: 1001), "big")
        #expect(SystemFile.read(path, limit: 1000) == .failure(SystemError(errno: EFBIG)))
        #expect((try? SystemFile.read(path, limit: 1001).get())?.count == 1001)
        #expect(SystemFile.read(path + ".missing") == .failure(SystemError(errno: ENOENT)))
        #expect(SystemFile.read("/tmp") == .failure(SystemError(errno: EISDIR)))
        // A /proc file larger than the limit is refused even though it reports no size.
        #expect(SystemFile.read("/proc/self/maps", limit: 10) == .failure(SystemError(errno: EFBIG)))
    }
}
