#if canImport(Glibc)
import Glibc
#endif

/// A compiled word list (see `WordListFormat`), memory-mapped read-only.
///
/// `open` checks the whole file once — magic, version, sizes, checksum and that every edge
/// points inside the file — so the lookups afterwards can read without bounds checks and a
/// truncated, damaged or foreign file is a `WordListError`, never a crash. Immutable after
/// `open`, so one instance may be shared by many checkers and threads.
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
    /// The first edge: the mapping plus the header.
    let edges: UnsafeRawPointer
    let rootStart: UInt32
    let rootCount: UInt32
    /// The edges of the first two levels in direct tables (by label, and by pair of labels):
    /// almost every walk dies within two or three steps, so the binary searches they save are
    /// most of the cost of the dictionary rule. Built at `open`, ~200 KB.
    private let level1: UnsafeMutablePointer<TableEdge>
    private let level2: UnsafeMutablePointer<TableEdge>

    struct TableEdge {
        var present: Bool
        var categories: UInt8
        var start: UInt32
        var count: UInt32
    }

    private init(path: String, mapping: UnsafeRawPointer, size: Int, info: Info, rootStart: UInt32, rootCount: UInt32) {
        self.path = path
        self.mapping = mapping
        self.mappingSize = size
        self.info = info
        self.edges = mapping + WordListFormat.headerSize
        self.rootStart = rootStart
        self.rootCount = rootCount
        let empty = TableEdge(present: false, categories: 0, start: 0, count: 0)
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
        for i in Int(rootStart)..<(Int(rootStart) + Int(rootCount)) {
            let a = Int(edges.load(fromByteOffset: i &* 8, as: UInt8.self) & 0x7F)
            let e1 = edge(i)
            level1[a] = TableEdge(present: true, categories: e1.categories, start: e1.next.start, count: e1.next.count)
            for j in Int(e1.next.start)..<(Int(e1.next.start) + Int(e1.next.count)) {
                let b = Int(edges.load(fromByteOffset: j &* 8, as: UInt8.self) & 0x7F)
                let e2 = edge(j)
                level2[a &* 128 &+ b] = TableEdge(present: true, categories: e2.categories, start: e2.next.start, count: e2.next.count)
            }
        }
    }

    public static func open(path: String) throws(WordListError) -> WordList {
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw WordListError(path: path, reason: SystemError(errno: errno).description) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw WordListError(path: path, reason: SystemError(errno: errno).description) }
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw WordListError(path: path, reason: Messages.wordListNotAFile) }
        let size = Int(st.st_size)
        guard size >= WordListFormat.headerSize else { throw WordListError(path: path, reason: Messages.wordListTruncated) }
        guard let raw = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), raw != MAP_FAILED else {
            throw WordListError(path: path, reason: SystemError(errno: errno).description)
        }
        let base = UnsafeRawPointer(raw)
        do throws(WordListError) {
            let (info, rootStart, rootCount) = try validate(base, size: size, path: path)
            return WordList(path: path, mapping: base, size: size, info: info, rootStart: rootStart, rootCount: rootCount)
        } catch {
            munmap(raw, size)
            throw error
        }
    }

    /// Checks every byte that lookups will rely on.
    private static func validate(_ p: UnsafeRawPointer, size: Int, path: String) throws(WordListError) -> (Info, UInt32, UInt32) {
        func fail(_ reason: String) -> WordListError { WordListError(path: path, reason: reason) }
        for (i, b) in WordListFormat.magic.enumerated() where p.load(fromByteOffset: i, as: UInt8.self) != b {
            throw fail(Messages.wordListForeign)
        }
        let version = WordListFormat.readUInt32(p, 8)
        guard version == WordListFormat.version else { throw fail(Messages.wordListVersion(version, expected: WordListFormat.version)) }
        let edgeCount = Int(WordListFormat.readUInt32(p, 12))
        let rootStart = WordListFormat.readUInt32(p, 16)
        let rootCount = WordListFormat.readUInt32(p, 20)
        let wordCount = Int(WordListFormat.readUInt32(p, 24))
        let checksum = WordListFormat.readUInt32(p, 28)
        guard edgeCount <= WordListFormat.maxEdges else { throw fail(Messages.wordListDamaged) }
        let expected = WordListFormat.headerSize + edgeCount * WordListFormat.edgeSize
        guard size >= expected else { throw fail(Messages.wordListTruncated) }
        guard size == expected else { throw fail(Messages.wordListDamaged) }
        guard Int(rootStart) + Int(rootCount) <= edgeCount, rootCount <= 256 else { throw fail(Messages.wordListDamaged) }
        let edges = p + WordListFormat.headerSize
        let edgeBytes = UnsafeRawBufferPointer(start: edges, count: edgeCount * WordListFormat.edgeSize)
        guard WordListFormat.checksum(edgeBytes) == checksum else { throw fail(Messages.wordListDamaged) }
        for e in 0..<edgeCount {
            let o = e * WordListFormat.edgeSize
            let label = edges.load(fromByteOffset: o, as: UInt8.self)
            let count = Int(edges.load(fromByteOffset: o + 2, as: UInt8.self))
            let start = Int(WordListFormat.readUInt32(edges, o + 4))
            guard label >= 0x21 && label <= 0x7E, start + count <= edgeCount else { throw fail(Messages.wordListDamaged) }
        }
        var counts: [Int] = []
        for c in 0..<WordListFormat.categoryCount {
            counts.append(Int(WordListFormat.readUInt32(p, 32 + 4 * c)))
        }
        let info = Info(version: version, wordCount: wordCount, edgeCount: edgeCount, fileSize: size, categoryCounts: counts)
        return (info, rootStart, rootCount)
    }

    // MARK: Walking the trie (no bounds checks: `validate` proved every edge in range)

    /// A node: the block of edges that leave it.
    struct Node {
        var start: UInt32
        var count: UInt32
        /// Where the node is: `Node.atRoot`, the label of the root's edge it is reached by,
        /// or `Node.deeper`.
        var level: Int16 = Node.deeper

        static let atRoot: Int16 = -1
        static let deeper: Int16 = -2
    }

    var root: Node { Node(start: rootStart, count: rootCount, level: Node.atRoot) }

    /// The edge leaving `node` with `label`, as (categories ending there, the node it leads
    /// to), or nil.
    @inline(__always)
    func step(_ node: Node, _ label: UInt32) -> (categories: UInt8, next: Node)? {
        guard label >= 0x21 && label <= 0x7E, node.count > 0 else { return nil }
        if node.level != Node.deeper {
            let t = node.level == Node.atRoot ? level1[Int(label)] : level2[Int(node.level) &* 128 &+ Int(label)]
            guard t.present else { return nil }
            let level = node.level == Node.atRoot ? Int16(truncatingIfNeeded: label) : Node.deeper
            return (t.categories, Node(start: t.start, count: t.count, level: level))
        }
        let want = UInt8(truncatingIfNeeded: label)
        var lo = Int(node.start), hi = Int(node.start) + Int(node.count)
        // Binary search down to a few edges, then scan.
        while hi - lo > 6 {
            let mid = (lo + hi) >> 1
            let l = edges.load(fromByteOffset: mid &* 8, as: UInt8.self)
            if l == want { return edge(mid) }
            if l < want { lo = mid + 1 } else { hi = mid }
        }
        while lo < hi {
            let l = edges.load(fromByteOffset: lo &* 8, as: UInt8.self)
            if l == want { return edge(lo) }
            if l > want { return nil }
            lo += 1
        }
        return nil
    }

    @inline(__always)
    private func edge(_ index: Int) -> (categories: UInt8, next: Node) {
        let o = index &* 8
        let flags = edges.load(fromByteOffset: o + 1, as: UInt8.self)
        let count = UInt32(edges.load(fromByteOffset: o + 2, as: UInt8.self))
        let start = UInt32(littleEndian: edges.loadUnaligned(fromByteOffset: o + 4, as: UInt32.self))
        return (flags, Node(start: start, count: count))
    }

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
        var prefix: [UInt8] = []
        func visit(_ node: Node) {
            for i in Int(node.start)..<(Int(node.start) + Int(node.count)) {
                let o = i * 8
                prefix.append(edges.load(fromByteOffset: o, as: UInt8.self))
                let e = edge(i)
                if e.categories != 0 { body(prefix, WordCategory(rawValue: e.categories)) }
                if prefix.count <= WordListFormat.maxWordLength { visit(e.next) }
                prefix.removeLast()
            }
        }
        visit(root)
    }
}

public struct WordListError: Error, Sendable, CustomStringConvertible {
    public let path: String
    public let reason: String
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
    public var description: String { Messages.wordListMissing(path: path, error: reason) }
}
