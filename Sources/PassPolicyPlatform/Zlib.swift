import CZlib
import PassPolicy

/// Why a (possibly gzip-compressed) file could not be read.
public struct ZlibError: Error, Sendable, CustomStringConvertible {
    public let path: String
    public let reason: String
    public var description: String { "\(path): \(reason)" }
}

/// Reads files through zlib's gzread, which takes gzip-compressed and plain files alike.
/// The only file that calls zlib.
public enum Zlib {
    /// The whole (decompressed) contents of `path`; refuses more than `limit` bytes.
    public static func readAll(_ path: String, limit: Int = 256 << 20) throws(ZlibError) -> [UInt8] {
        guard let file = gzopen(path, "rb") else {
            throw ZlibError(path: path, reason: SystemError(errno: errno).description)
        }
        defer { gzclose(file) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { gzread(file, $0.baseAddress, UInt32($0.count)) }
            if n < 0 {
                var code: Int32 = 0
                let message = gzerror(file, &code).map { String(cString: $0) } ?? "error \(code)"
                throw ZlibError(path: path, reason: message)
            }
            if n == 0 { break }
            out.append(contentsOf: chunk[0..<Int(n)])
            if out.count > limit { throw ZlibError(path: path, reason: SystemError(errno: EFBIG).description) }
        }
        return out
    }
}

#if canImport(Glibc)
import Glibc
#endif
