#if canImport(Glibc)
import Glibc
#endif

/// Compiles words with categories into the format `WordList` maps (see `WordListFormat`).
///
/// Words are folded to lower-case ASCII (accented Latin letters lose their accent, see `AccentFold`;
/// spaces, hyphens, dots and apostrophes inside names and places are dropped), kept as
/// fixed 32-byte records, sorted with `qsort`, merged, and built into a minimised trie with
/// Daciuk's incremental algorithm, so a few hundred thousand words compile in well under a
/// second in a release build.
public final class WordListBuilder {
    /// Record: 31 word bytes, zero-padded, the categories, the rank cost.
    private static let recordSize = 33
    private static let wordBytes = 31
    private var records: [UInt8] = []
    public private(set) var added = 0

    public init() {
        records.reserveCapacity(1 << 20)
    }

    /// The rank a word gets when its list has no frequency order: past the ranked lists.
    public static let unrankedRank = 40_000

    /// Adds `word` with `categories` and its `rank` in frequency order (1 = most common; a
    /// word from several lists keeps its best rank). Returns false when the word cannot be
    /// stored: too short (under 3 characters, except joiners and months), too long, or with
    /// characters that are not letters, digits or ASCII symbols.
    @discardableResult
    public func add(_ word: String, _ categories: WordCategory, rank: Int = WordListBuilder.unrankedRank) -> Bool {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(32)
        let squeeze = !categories.isDisjoint(with: [.firstName, .surname, .place])
        for scalar in word.unicodeScalars {
            let v = scalar.value
            if squeeze && (v == 0x20 || v == 0x2D || v == 0x2E || v == 0x27 || v == 0x2019) { continue }
            guard let b = Self.fold(v) else { return false }
            buffer.append(b)
            if buffer.count > WordListFormat.maxWordLength { return false }
        }
        return add(bytes: buffer, categories, rank: rank)
    }

    /// Adds an already folded word (bytes 0x21…0x7E, no upper case).
    @discardableResult
    public func add(bytes word: [UInt8], _ categories: WordCategory, rank: Int = WordListBuilder.unrankedRank) -> Bool {
        guard !categories.isEmpty, word.count <= WordListFormat.maxWordLength else { return false }
        let short = categories.isDisjoint(with: [.joiner, .month]) ? 3 : 1
        guard word.count >= short else { return false }
        guard word.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) else { return false }
        for b in word where b < 0x21 || b > 0x7E || (b >= 0x41 && b <= 0x5A) { return false }
        records.append(contentsOf: word)
        records.append(contentsOf: repeatElement(0, count: Self.wordBytes - word.count))
        records.append(categories.rawValue)
        records.append(WordListFormat.rankCost(rank))
        added += 1
        return true
    }

    /// The lower-case ASCII byte for a scalar, or nil.
    static func fold(_ v: UInt32) -> UInt8? {
        switch v {
        case 0x41...0x5A: return UInt8(v + 0x20)
        case 0x21...0x7E: return UInt8(v)
        default:
            let p = AccentFold.plain(v)
            return p != 0 ? UInt8(p) : nil
        }
    }

    /// What `build` produced.
    public struct Summary: Sendable {
        /// Distinct words.
        public let wordCount: Int
        /// Distinct words per category, in the order of `WordCategory.named`.
        public let categoryCounts: [Int]
        public let edgeCount: Int
        public let bytes: [UInt8]
    }

    /// The compiled file's bytes.
    public func build() -> Summary {
        let n = records.count / Self.recordSize
        records.withUnsafeMutableBytes { raw in
            guard let base = raw.baseAddress, n > 1 else { return }
            qsort(base, n, Self.recordSize) { a, b in
                guard let a, let b else { return 0 }
                return memcmp(a, b, 33)
            }
        }
        var dawg = DawgBuilder()
        var counts = [Int](repeating: 0, count: WordListFormat.categoryCount)
        var words = 0
        records.withUnsafeBufferPointer { r in
            guard let base = r.baseAddress else { return }
            var i = 0
            while i < n {
                let start = i * Self.recordSize
                var length = 0
                while length < Self.wordBytes && r[start + length] != 0 { length += 1 }
                var flags = r[start + Self.wordBytes]
                // Sorted by word, then categories, then rank: keep the best rank of the word.
                var rank = r[start + Self.wordBytes + 1]
                var j = i + 1
                // Merge the categories of the same word from several sources.
                while j < n && memcmp(base + start, base + j * Self.recordSize, Self.wordBytes) == 0 {
                    flags |= r[j * Self.recordSize + Self.wordBytes]
                    rank = min(rank, r[j * Self.recordSize + Self.wordBytes + 1])
                    j += 1
                }
                // A word that is also ordinary is not rare.
                if flags & WordCategory.rare.rawValue != 0 && flags & ~WordCategory.rare.rawValue != 0 {
                    flags &= ~WordCategory.rare.rawValue
                }
                dawg.insert(UnsafeBufferPointer(rebasing: r[start..<(start + length)]), flags: flags, rank: rank)
                words += 1
                for c in 0..<WordListFormat.categoryCount where flags & (1 << c) != 0 { counts[c] += 1 }
                i = j
            }
        }
        let (nodes, rootOffset, edgeCount) = dawg.finish()
        var out: [UInt8] = WordListFormat.magic
        out.reserveCapacity(WordListFormat.headerSize + nodes.count)
        WordListFormat.append(WordListFormat.version, to: &out)
        WordListFormat.append(UInt32(edgeCount), to: &out)
        WordListFormat.append(rootOffset, to: &out)
        WordListFormat.append(UInt32(nodes.count), to: &out)
        WordListFormat.append(UInt32(words), to: &out)
        let sum = nodes.withUnsafeBytes { WordListFormat.checksum($0) }
        WordListFormat.append(sum, to: &out)
        for c in counts { WordListFormat.append(UInt32(c), to: &out) }
        out += nodes
        return Summary(wordCount: words, categoryCounts: counts, edgeCount: edgeCount, bytes: out)
    }

    /// Builds and writes the file atomically: a temporary file in the same directory, synced,
    /// mode 0644, then renamed over `path`.
    @discardableResult
    public func write(to path: String) throws(WordListError) -> Summary {
        // Only a regular file (or nothing yet) can be replaced: say so before the build, not
        // as a failed rename after it.
        var st = stat()
        if lstat(path, &st) == 0 && (st.st_mode & S_IFMT) != S_IFREG && (st.st_mode & S_IFMT) != S_IFLNK {
            let reason = (st.st_mode & S_IFMT) == S_IFDIR ? "is a directory" : SystemError.notARegularFile.description
            throw WordListError(path: path, reason: reason, writing: true)
        }
        let summary = build()
        guard summary.bytes.count - WordListFormat.headerSize <= WordListFormat.maxNodeBytes else {
            throw WordListError(path: path, reason: Messages.wordListTooLarge, writing: true)
        }
        var template = Array((path + ".tmp.XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { t -> Int32 in
            guard let p = t.baseAddress else { return -1 }
            return mkstemp(p)
        }
        guard fd >= 0 else { throw WordListError(path: path, reason: SystemError(errno: errno).description, writing: true) }
        let tmp = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        func fail(_ e: Int32) -> WordListError {
            close(fd)
            unlink(tmp)
            return WordListError(path: path, reason: SystemError(errno: e).description, writing: true)
        }
        if let error = summary.bytes.withUnsafeBytes({ SystemFile.writeAll(fd, $0) }) { throw fail(error.errno) }
        guard fchmod(fd, 0o644) == 0 else { throw fail(errno) }
        guard fsync(fd) == 0 else { throw fail(errno) }
        guard close(fd) == 0 else {
            let e = errno
            unlink(tmp)
            throw WordListError(path: path, reason: SystemError(errno: e).description, writing: true)
        }
        guard rename(tmp, path) == 0 else {
            let e = errno
            unlink(tmp)
            throw WordListError(path: path, reason: SystemError(errno: e).description, writing: true)
        }
        return summary
    }
}
