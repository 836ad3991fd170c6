import CCrack
import PassPolicy
#if canImport(Glibc)
import Glibc
#endif

/// Why cracklib's packed dictionary could not be read.
public struct CrackLibError: Error, Sendable, CustomStringConvertible {
    public let prefix: String
    public let reason: String
    public var description: String { "\(prefix): \(reason)" }
}

/// Reads cracklib's packed dictionary (`cracklib_dict.pwd/.pwi/.hwm`) through libcrack2.
/// The only file that calls libcrack2.
public enum CrackLib {
    /// Debian's packed dictionary, without the extension.
    public static let defaultDictionary = "/var/cache/cracklib/cracklib_dict"

    /// Every word of the packed dictionary at `prefix`, passed to `body` as it is read.
    public static func forEachWord(prefix: String, _ body: (String) -> Void) throws(CrackLibError) {
        guard SystemFile.exists(prefix + ".pwd") else {
            throw CrackLibError(prefix: prefix, reason: SystemError(errno: ENOENT).description)
        }
        let opened: UnsafeMutablePointer<PWDICT>? = prefix.withCString { p in
            var mode = Array("r".utf8CString)
            return mode.withUnsafeMutableBufferPointer { PWOpen(p, $0.baseAddress) }
        }
        guard let dict = opened else {
            throw CrackLibError(prefix: prefix, reason: SystemError(errno: errno).description)
        }
        defer { PWClose(dict) }
        let count = dict.pointee.header.pih_numwords
        var index: UInt32 = 0
        while index < count {
            guard let word = GetPW(dict, index) else {
                throw CrackLibError(prefix: prefix, reason: "word \(index) of \(count) cannot be read")
            }
            body(String(cString: word))
            index += 1
        }
    }
}
