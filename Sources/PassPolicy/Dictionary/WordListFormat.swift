/// The layout of a compiled word list (`.pwdict`), little-endian:
///
///     header (64 bytes)
///       0  magic "PPWDICT\0"        8 bytes
///       8  version                  UInt32 (= 1)
///      12  edge count               UInt32
///      16  root block start         UInt32  (index of the root's first edge)
///      20  root block count         UInt32  (how many edges leave the root)
///      24  word count               UInt32
///      28  checksum of the edges    UInt32  (FNV-1a)
///      32  words per category       8 × UInt32, in `WordCategory` bit order
///     edges (edge count × 8 bytes)
///
/// The words form a minimised trie (a DAWG): every node is a block of consecutive edges sorted
/// by label. One edge is 8 bytes:
///
///     0  label: a folded ASCII byte 0x21…0x7E
///     1  the categories of the word that ends after this edge (0 if none)
///     2  how many edges leave the node this edge leads to
///     3  0
///     4  UInt32 index of the first of those edges
enum WordListFormat {
    static let magic: [UInt8] = [0x50, 0x50, 0x57, 0x44, 0x49, 0x43, 0x54, 0x00]  // "PPWDICT\0"
    static let version: UInt32 = 1
    static let headerSize = 64
    static let edgeSize = 8
    static let categoryCount = 8
    /// The longest word the format stores (characters, each one byte).
    static let maxWordLength = 31
    /// The most edges a file may have: keeps every offset well inside UInt32 and Int.
    static let maxEdges = 1 << 26

    /// FNV-1a over `bytes`: catches a file damaged after it was written.
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        var h: UInt32 = 0x811C_9DC5
        for b in bytes {
            h ^= UInt32(b)
            h = h &* 0x0100_0193
        }
        return h
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
