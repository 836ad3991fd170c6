import PassPolicy
#if canImport(Glibc)
import Glibc
#endif

/// Reads the words of an installed aspell dictionary by running aspell itself: the compiled
/// dictionary's format is aspell's own, and `aspell dump master` is its documented way out.
enum Aspell {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Every word of the master dictionary of `language` ("cy"), one a line, as aspell prints
    /// them (UTF-8).
    static func dump(language: String) throws -> [UInt8] {
        guard language.allSatisfy({ $0.isLetter || $0 == "_" }) else { throw Failure(description: "bad language \(language)") }
        guard let pipe = popen("aspell --encoding=utf-8 -d \(language) dump master 2>/dev/null", "r") else {
            throw Failure(description: "cannot run aspell: \(SystemError(errno: errno))")
        }
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, pipe) }
            if n <= 0 { break }
            out += buffer[0..<n]
        }
        let status = pclose(pipe)
        guard status == 0, !out.isEmpty else {
            throw Failure(description: "`aspell -d \(language) dump master` failed (status \(status)); is aspell-\(language) installed?")
        }
        return out
    }
}
