import Foundation
import Testing

/// `dict build` names each extra list; `dict info` lists the sources, the extra lists and the
/// build date (from the FILE.info that `dict build` writes beside the word list). One real
/// build of the Debian lists (about 20 s).
@Suite struct DictCommandTests {
    @Test func buildNamesExtraListsAndInfoListsSources() throws {
        let folder = try DueFixtures.temporaryDirectory("passpolicy-dict")
        defer { try? FileManager.default.removeItem(at: folder) }
        let extra = folder.appendingPathComponent("school-words.txt")
        try "Oakwood\nRexford\n".write(to: extra, atomically: true, encoding: .utf8)
        let conf = try DueFixtures.config("wordlists = \(extra.path)\n")
        let output = folder.appendingPathComponent("words.pwdict").path
        let build = try CLIRunner.run(["dict", "build", "--config", conf.path, "--output", output])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stdout.contains("source wordlists \(extra.path): 2 entries"))

        let info = try CLIRunner.run(["dict", "info", "--config", conf.path, "--path", output])
        #expect(info.status == 0, "\(info.stderr)")
        #expect(info.stdout.contains("  built 20"))
        #expect(info.stdout.contains("  source american-english (/usr/share/dict/american-english): "))
        #expect(info.stdout.contains("  extra lists (wordlists): \(extra.path)"))

        // A word list without its .info (an older build) says so instead.
        try FileManager.default.removeItem(atPath: output + ".info")
        let bare = try CLIRunner.run(["dict", "info", "--config", conf.path, "--path", output])
        #expect(bare.stdout.contains("sources and build date unknown"))
    }
}
