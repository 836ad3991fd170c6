/// The layout of a compiled word list (`.pwdict`), little-endian:
///
///     header (64 bytes)
///       0  magic "PPWDICT\0"        8 bytes
///       8  version                  UInt32 (= 3)
///      12  edge count               UInt32
///      16  root offset              UInt32  (the root's record, in the node area)
///      20  node area size           UInt32  (bytes, a multiple of 8)
///      24  word count               UInt32
///      28  checksum of the nodes    UInt32  (see `checksum`)
///      32  words per category       8 × UInt32, in `WordCategory` bit order
///     node area (node area size bytes)
///
/// The words form a minimised trie (a DAWG). Each node is one record at an offset that is a
/// multiple of 4:
///
///     count   UInt8: how many edges leave the node
///     labels  count bytes, strictly increasing, each a folded ASCII byte 0x21…0x7E
///     zeros   up to a multiple of 4
///     edges   count × UInt32: bits 0–23 the target's offset ÷ 4, bits 24–31 the categories
///             of the word that ends after this edge (0 if none)
///     ranks   count bytes: bits 0–6 the cost of the word that ends after this edge, in
///             quarter bits of log2 of its rank in frequency order (see
///             `WordListFormat.rankCost`); bit 7 set for an everyday English word (see
///             `everydayBit`); then zeros up to a multiple of 4
///
/// Offset 0 holds the one node with no edges, so a walk that reaches a leaf stops without a
/// read. The area ends with `tailPadding` zero bytes (then zeros to a multiple of 8), so a
/// record read at any offset up to the area's size less the padding stays inside the file. A step reads one record: the labels and the edge found among them are usually in the
/// same cache line. Records are laid out breadth first from the root, so the first levels,
/// where almost every lookup ends, sit together in a small region that stays in cache.
enum WordListFormat {
    static let magic: [UInt8] = [0x50, 0x50, 0x57, 0x44, 0x49, 0x43, 0x54, 0x00]  // "PPWDICT\0"
    static let version: UInt32 = 3
    static let headerSize = 64
    static let categoryCount = 8
    /// The longest word the format stores (characters, each one byte).
    static let maxWordLength = 31
    /// The largest node area: offsets ÷ 4 fit in an edge's 24 bits.
    static let maxNodeBytes = 1 << 26
    /// The empty node's record, at offset 0.
    static let emptyNodeBytes = 4
    /// The largest record (255 edges), and the zeros after the last record: at least as many.
    static let maxRecordSize = 1 + 255 + 3 + 5 * 255 + 3
    static let tailPadding = (maxRecordSize + 7) & ~7

    /// Where a record's edges start, for a record at `offset` with `count` edges.
    @inline(__always)
    static func edgesOffset(_ offset: Int, count: Int) -> Int { (offset &+ 1 &+ count &+ 3) & ~3 }

    /// The size of a record with `count` edges.
    static func recordSize(count: Int) -> Int { (edgesOffset(0, count: count) + 5 * count + 3) & ~3 }

    /// Where a record's rank bytes start.
    @inline(__always)
    static func ranksOffset(_ offset: Int, count: Int) -> Int { edgesOffset(offset, count: count) &+ 4 &* count }

    /// The rank cost in a rank byte.
    static let rankMask: UInt8 = 0x7F
    /// In a rank byte: the word is everyday English — in a spelling dictionary (wamerican,
    /// wbritish) and in an English frequency list (zxcvbn's), with no other category than
    /// `word`, and in no curated or built-in list. `passpolicy generate` draws only these.
    static let everydayBit: UInt8 = 0x80

    /// A word's rank (1 = the most common) as stored: quarter bits of log2(rank), at most 127.
    static func rankCost(_ rank: Int) -> UInt8 {
        guard rank > 1 else { return 0 }
        var r = Double(rank)
        var bits = 0.0
        while r >= 2 { r /= 2; bits += 1 }
        // log2 of the rest (1 ≤ r < 2), close enough for quarter bits.
        var frac = 0.0, x = r, step = 0.5
        for _ in 0..<8 { x *= x; if x >= 2 { x /= 2; frac += step }; step /= 2 }
        return UInt8(min(Int(rankMask), Int(((bits + frac) * 4).rounded())))
    }

    /// One edge as stored: target offset and categories.
    @inline(__always)
    static func edge(target: Int, categories: UInt8) -> UInt32 {
        UInt32(truncatingIfNeeded: target >> 2) | UInt32(categories) << 24
    }

    /// A 64-bit FNV-1a over 8-byte words, folded to 32 bits: catches a file damaged after it was
    /// written, at a few milliseconds per start-up. `bytes.count` must be a multiple of 8.
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        guard let base = bytes.baseAddress else { return UInt32(truncatingIfNeeded: h ^ (h >> 32)) }
        var o = 0
        while o &+ 8 <= bytes.count {
            h ^= UInt64(littleEndian: base.loadUnaligned(fromByteOffset: o, as: UInt64.self))
            h = h &* 0x0000_0100_0000_01B3
            o &+= 8
        }
        return UInt32(truncatingIfNeeded: h ^ (h >> 32))
    }

    @inline(__always)
    static func readUInt32(_ p: UnsafeRawPointer, _ offset: Int) -> UInt32 {
        UInt32(littleEndian: p.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }

    static func append(_ value: UInt32, to bytes: inout [UInt8]) {
        bytes.append(UInt8(truncatingIfNeeded: value))
        bytes.append(UInt8(truncatingIfNeeded: value >> 8))
        bytes.append(UInt8(truncatingIfNeeded: value >> 16))
        bytes.append(UInt8(truncatingIfNeeded: value >> 24))
    }
}
