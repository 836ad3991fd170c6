#if canImport(Glibc)
import Glibc
#endif

/// A compiled word list (see `WordListFormat`), memory-mapped read-only.
///
/// `open` checks the header, the size and a checksum of the rest, so a truncated, damaged or
/// foreign file is a `WordListError`; every offset a lookup follows is bounded (see
/// `recordLimit`), so even a file altered with care can give wrong answers but never a crash.
/// Immutable after `open`, so one instance may be shared by many checkers and threads.
public final class WordList: @unchecked Sendable {
    /// What the file holds, for `passpolicy dict info`.
    public struct Info: Sendable, Equatable {
        public let version: UInt32
        public let wordCount: Int
        public let edgeCount: Int
        public let fileSize: Int
        /// Words per category, in the order of `WordCategory.named`.
        public let categoryCounts: [Int]
    }

    public let path: String
    public let info: Info
    private let mapping: UnsafeRawPointer
    private let mappingSize: Int
    /// The node area: the mapping plus the header (see `WordListFormat`).
    let nodes: UnsafeRawPointer
    let rootOffset: UInt32
    /// The highest offset a record is read at (see `WordListFormat.tailPadding`); an edge that
    /// points further (only in a file altered after its checksum was made) leads nowhere.
    let recordLimit: UInt32
    /// The edges of the first two levels in direct tables (by label, and by pair of labels):
    /// almost every walk dies within two or three steps, so the searches they save are much of
    /// the cost of the dictionary rule. Built at `open`, ~130 KB.
    private let level1: UnsafeMutablePointer<TableEdge>
    private let level2: UnsafeMutablePointer<TableEdge>

    struct TableEdge {
        var present: Bool
        var categories: UInt8
        var rank: UInt8
        var target: UInt32
    }

    private init(path: String, mapping: UnsafeRawPointer, size: Int, info: Info, rootOffset: UInt32) {
        self.path = path
        self.mapping = mapping
        self.mappingSize = size
        self.info = info
        self.nodes = mapping + WordListFormat.headerSize
        self.rootOffset = rootOffset
        self.recordLimit = UInt32(truncatingIfNeeded: size - WordListFormat.headerSize - WordListFormat.tailPadding)
        let empty = TableEdge(present: false, categories: 0, rank: 0, target: 0)
        level1 = .allocate(capacity: 128)
        level1.initialize(repeating: empty, count: 128)
        level2 = .allocate(capacity: 128 * 128)
        level2.initialize(repeating: empty, count: 128 * 128)
        fillTables()
    }

    deinit {
        level1.deallocate()
        level2.deallocate()
        munmap(UnsafeMutableRawPointer(mutating: mapping), mappingSize)
    }

    private func fillTables() {
        forEachEdge(of: Int(rootOffset)) { a, categories, rank, target in
            level1[Int(a & 0x7F)] = TableEdge(present: true, categories: categories, rank: rank & WordListFormat.rankMask, target: UInt32(target))
            forEachEdge(of: target) { b, categories, rank, next in
                level2[Int(a & 0x7F) &* 128 &+ Int(b & 0x7F)] = TableEdge(present: true, categories: categories,
                                                                          rank: rank & WordListFormat.rankMask, target: UInt32(next))
            }
        }
    }

    /// Calls `body` with the label, categories, rank cost and target of every edge of the
    /// record at `offset` (nothing for the empty node or an offset past `recordLimit`).
    private func forEachEdge(of offset: Int, _ body: (UInt8, UInt8, UInt8, Int) -> Void) {
        guard offset != 0, offset <= Int(recordLimit) else { return }
        let count = Int(nodes.load(fromByteOffset: offset, as: UInt8.self))
        let edgesAt = WordListFormat.edgesOffset(offset, count: count)
        for k in 0..<count {
            let label = nodes.load(fromByteOffset: offset + 1 + k, as: UInt8.self)
            let e = WordListFormat.readUInt32(nodes, edgesAt + 4 * k)
            let rank = nodes.load(fromByteOffset: edgesAt + 4 * count + k, as: UInt8.self)
            body(label, UInt8(truncatingIfNeeded: e >> 24), rank, Int(bounded((e & 0xFF_FFFF) << 2)))
        }
    }

    public static func open(path: String) throws(WordListError) -> WordList {
        // Never blocks: a FIFO or device is refused before anything is read from it.
        let fd: Int32
        switch SystemFile.openRegular(path) {
        case .success(let opened): fd = opened
        case .failure(let error):
            let reason = error == .notARegularFile || error.errno == EISDIR ? Messages.wordListNotAFile : error.description
            throw WordListError(path: path, reason: reason)
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw WordListError(path: path, reason: SystemError(errno: errno).description) }
        let size = Int(st.st_size)
        guard size >= WordListFormat.headerSize else { throw WordListError(path: path, reason: Messages.wordListTruncated) }
        guard let raw = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), raw != MAP_FAILED else {
            throw WordListError(path: path, reason: SystemError(errno: errno).description)
        }
        let base = UnsafeRawPointer(raw)
        do throws(WordListError) {
            let (info, rootOffset) = try validate(base, size: size, path: path)
            return WordList(path: path, mapping: base, size: size, info: info, rootOffset: rootOffset)
        } catch {
            munmap(raw, size)
            throw error
        }
    }

    /// Checks the header, the size and the checksum. The records themselves need no check to
    /// be read safely: every offset a walk follows is bounded by `recordLimit`, and the
    /// padding at the end keeps a record read from any such offset inside the file.
    private static func validate(_ p: UnsafeRawPointer, size: Int, path: String) throws(WordListError) -> (Info, UInt32) {
        func fail(_ reason: String) -> WordListError { WordListError(path: path, reason: reason) }
        for (i, b) in WordListFormat.magic.enumerated() where p.load(fromByteOffset: i, as: UInt8.self) != b {
            throw fail(Messages.wordListForeign)
        }
        let version = WordListFormat.readUInt32(p, 8)
        guard version == WordListFormat.version else { throw fail(Messages.wordListVersion(version, expected: WordListFormat.version)) }
        let edgeCount = Int(WordListFormat.readUInt32(p, 12))
        let rootOffset = Int(WordListFormat.readUInt32(p, 16))
        let nodeBytes = Int(WordListFormat.readUInt32(p, 20))
        let wordCount = Int(WordListFormat.readUInt32(p, 24))
        let checksum = WordListFormat.readUInt32(p, 28)
        guard nodeBytes <= WordListFormat.maxNodeBytes, nodeBytes % 8 == 0 else { throw fail(Messages.wordListDamaged) }
        let expected = WordListFormat.headerSize + nodeBytes
        guard size >= expected else { throw fail(Messages.wordListTruncated) }
        guard size == expected else { throw fail(Messages.wordListDamaged) }
        let nodes = p + WordListFormat.headerSize
        guard WordListFormat.checksum(UnsafeRawBufferPointer(start: nodes, count: nodeBytes)) == checksum else {
            throw fail(Messages.wordListDamaged)
        }
        guard nodeBytes >= WordListFormat.emptyNodeBytes + WordListFormat.tailPadding,
              rootOffset <= nodeBytes - WordListFormat.tailPadding else { throw fail(Messages.wordListDamaged) }
        var counts: [Int] = []
        for c in 0..<WordListFormat.categoryCount {
            counts.append(Int(WordListFormat.readUInt32(p, 32 + 4 * c)))
        }
        let info = Info(version: version, wordCount: wordCount, edgeCount: edgeCount, fileSize: size, categoryCounts: counts)
        return (info, UInt32(rootOffset))
    }

    // MARK: Walking the trie (no bounds checks: `validate` proved every record in range)

    /// A node: the offset of its record, and where it is for the direct tables.
    struct Node {
        var offset: UInt32
        /// `Node.atRoot`, the label of the root's edge it is reached by, or `Node.deeper`.
        var level: Int16 = Node.deeper

        static let atRoot: Int16 = -1
        static let deeper: Int16 = -2
    }

    var root: Node { Node(offset: rootOffset, level: Node.atRoot) }

    /// The edge leaving `node` with `label`, as (categories ending there, the rank cost of the
    /// word ending there, the node it leads to), or nil.
    @inline(__always)
    func step(_ node: Node, _ label: UInt32) -> (categories: UInt8, rank: UInt8, next: Node)? {
        guard label >= 0x21 && label <= 0x7E, node.offset != 0 else { return nil }
        if node.level != Node.deeper {
            let t = node.level == Node.atRoot ? level1[Int(label)] : level2[Int(node.level) &* 128 &+ Int(label)]
            guard t.present else { return nil }
            let level = node.level == Node.atRoot ? Int16(truncatingIfNeeded: label) : Node.deeper
            return (t.categories, t.rank, Node(offset: t.target, level: level))
        }
        let want = UInt8(truncatingIfNeeded: label)
        let offset = Int(node.offset)
        let count = Int(nodes.load(fromByteOffset: offset, as: UInt8.self))
        let labels = offset &+ 1
        var lo = 0, hi = count
        // Binary search down to a few labels, then scan.
        while hi &- lo > 8 {
            let mid = (lo &+ hi) >> 1
            let l = nodes.load(fromByteOffset: labels &+ mid, as: UInt8.self)
            if l == want { return edge(offset, count, mid) }
            if l < want { lo = mid &+ 1 } else { hi = mid }
        }
        while lo < hi {
            let l = nodes.load(fromByteOffset: labels &+ lo, as: UInt8.self)
            if l == want { return edge(offset, count, lo) }
            if l > want { return nil }
            lo &+= 1
        }
        return nil
    }

    @inline(__always)
    private func edge(_ offset: Int, _ count: Int, _ k: Int) -> (categories: UInt8, rank: UInt8, next: Node) {
        let edges = WordListFormat.edgesOffset(offset, count: count)
        let e = WordListFormat.readUInt32(nodes, edges &+ 4 &* k)
        let rank = nodes.load(fromByteOffset: edges &+ 4 &* count &+ k, as: UInt8.self)
        return (UInt8(truncatingIfNeeded: e >> 24), rank & WordListFormat.rankMask, Node(offset: bounded((e & 0xFF_FFFF) << 2)))
    }

    /// `target`, or the empty node when it is past `recordLimit`.
    @inline(__always)
    private func bounded(_ target: UInt32) -> UInt32 { target <= recordLimit ? target : 0 }

    /// The categories of `word` exactly as stored (folded ASCII), or an empty set.
    public func categories(of word: String) -> WordCategory {
        var node = root
        var flags: UInt8 = 0
        var any = false
        for b in word.utf8 {
            let folded = (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b
            guard let e = step(node, UInt32(folded)) else { return [] }
            node = e.next
            flags = e.categories
            any = true
        }
        return any ? WordCategory(rawValue: flags) : []
    }

    /// Calls `body` with every stored word and its categories, in byte order (for tests and
    /// `dict info`; not for the hot path).
    public func forEachWord(_ body: ([UInt8], WordCategory) -> Void) {
        forEachRankedWord { word, categories, _ in body(word, categories) }
    }

    /// As `forEachWord`, with each word's rank cost (quarter bits of log2 of its rank).
    public func forEachRankedWord(_ body: ([UInt8], WordCategory, UInt8) -> Void) {
        var prefix: [UInt8] = []
        func visit(_ offset: Int) {
            forEachEdge(of: offset) { label, categories, rank, target in
                prefix.append(label)
                if categories != 0 { body(prefix, WordCategory(rawValue: categories), rank & WordListFormat.rankMask) }
                if prefix.count <= WordListFormat.maxWordLength { visit(target) }
                prefix.removeLast()
            }
        }
        visit(Int(rootOffset))
    }

    /// Calls `body` with every everyday English word and its rank cost: in a spelling
    /// dictionary and in an English frequency list, not a name, place, common password or
    /// joiner, and from no curated list (see `WordListFormat.everydayBit`). What
    /// `passpolicy generate` draws from; empty for files built before the bit existed.
    public func forEachEverydayWord(_ body: ([UInt8], UInt8) -> Void) {
        var prefix: [UInt8] = []
        func visit(_ offset: Int) {
            forEachEdge(of: offset) { label, categories, rank, target in
                prefix.append(label)
                if categories != 0 && rank & WordListFormat.everydayBit != 0 { body(prefix, rank & WordListFormat.rankMask) }
                if prefix.count <= WordListFormat.maxWordLength { visit(target) }
                prefix.removeLast()
            }
        }
        visit(Int(rootOffset))
    }
}

public struct WordListError: Error, Sendable, CustomStringConvertible {
    public let path: String
    public let reason: String
    /// The file could not be written (`dict build`), rather than read.
    public let writing: Bool
    public init(path: String, reason: String, writing: Bool = false) {
        self.path = path
        self.reason = reason
        self.writing = writing
    }
    /// In English, as logs show it (and remembered for `LateTranslation.text`).
    public var description: String { LateTranslation.english { [self] in message($0) } }

    /// For a person reading it in `language`.
    public func message(_ language: Language) -> String {
        writing ? Messages.wordListCannotWrite(path: path, error: reason, language)
                : Messages.wordListMissing(path: path, error: reason, language)
    }
}
