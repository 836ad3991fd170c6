import PassPolicy
#if canImport(Glibc)
import Glibc
#endif

/// What `dict build` put into a word list, kept beside it as `FILE.info` (tab-separated
/// text): the build time, each source with its path and entries, and the config's extra
/// lists. The word list format itself holds only words; `dict info` reads this.
struct WordListManifest {
    let built: String
    let sources: [(name: String, path: String, entries: Int)]
    let extraLists: [String]

    static func path(for wordList: String) -> String { wordList + ".info" }

    var text: String {
        var out = "built\t\(built)\n"
        for s in sources { out += "source\t\(s.name)\t\(s.path)\t\(s.entries)\n" }
        for l in extraLists { out += "extra\t\(l)\n" }
        return out
    }

    /// Writes the manifest (mode 0644) through a temporary file and a rename.
    func write(to path: String) -> SystemError? {
        let temporary = path + ".tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else { return SystemError(errno: errno) }
        let bytes = Array(text.utf8)
        let failed = bytes.withUnsafeBytes { SystemFile.writeAll(fd, $0) }
        close(fd)
        if let failed { unlink(temporary); return failed }
        if rename(temporary, path) != 0 { let e = SystemError(errno: errno); unlink(temporary); return e }
        return nil
    }

    static func read(from path: String) -> WordListManifest? {
        guard case .success(let bytes) = SystemFile.read(path, limit: 1 << 20) else { return nil }
        var built = ""
        var sources: [(String, String, Int)] = []
        var extra: [String] = []
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            switch f.first {
            case "built" where f.count == 2: built = f[1]
            case "source" where f.count == 4: sources.append((f[1], f[2], Int(f[3]) ?? 0))
            case "extra" where f.count == 2: extra.append(f[1])
            default: continue
            }
        }
        return WordListManifest(built: built, sources: sources, extraLists: extra)
    }
}
