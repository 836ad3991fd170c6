#if canImport(Glibc)
import Glibc
#endif
@testable import PassPolicy

/// The fuzzer's bytes, cut into the parts a target needs.
struct FuzzInput {
    var rest: ArraySlice<UInt8>

    init(_ data: UnsafePointer<UInt8>, _ size: Int) {
        rest = ArraySlice(UnsafeBufferPointer(start: data, count: size))
    }

    /// The bytes up to the next NUL (or the end), removed from the input.
    mutating func field() -> ArraySlice<UInt8> {
        guard let nul = rest.firstIndex(of: 0) else {
            defer { rest = [] }
            return rest
        }
        defer { rest = rest[(nul + 1)...] }
        return rest[..<nul]
    }

    /// A field as text (invalid UTF-8 repaired, as a user name from argv or GECOS would be).
    mutating func text() -> String { String(decoding: field(), as: UTF8.self) }

    /// One byte, or 0 at the end.
    mutating func byte() -> UInt8 { rest.popFirst() ?? 0 }
}

/// Fails the run (a libFuzzer crash) when `condition` is false: for properties, not just crashes.
func require(_ condition: Bool, _ what: @autoclosure () -> String) {
    if !condition {
        let text = "fuzz property failed: \(what())\n"
        _ = text.withCString { write(2, $0, strlen($0)) }
        abort()
    }
}

/// A scratch file the targets rewrite on every input (`WordList.open` reads a path): in
/// memory, named through /proc so that it opens like any file.
final class ScratchFile {
    let fd: Int32
    let path: String

    init(_ name: String) {
        // memfd_create is not exported without _GNU_SOURCE: a temporary file, unlinked at
        // once, lives on through its descriptor. In /dev/shm (memory) where there is one: on
        // a disk, every input's write and map waited for I/O (570 executions/s).
        let folder = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp"
        var template = Array("\(folder)/\(name)-XXXXXX".utf8CString)
        fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        require(fd >= 0, "mkstemp")
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        path = "/proc/self/fd/\(fd)"
    }

    func write(_ bytes: [UInt8]) {
        require(ftruncate(fd, 0) == 0, "ftruncate")
        bytes.withUnsafeBytes { b in
            var done = 0
            while done < b.count {
                let n = pwrite(fd, b.baseAddress! + done, b.count - done, off_t(done))
                require(n > 0, "pwrite")
                done += n
            }
        }
    }
}

/// The small word list the checker and word-list targets use: the words of
/// Fuzz/words.txt (a few hundred: common passwords, names, places, words), compiled at start.
/// `PASSPOLICY_FUZZ_WORDS` names the file; scripts/fuzz.sh sets it.
enum FuzzWords {
    static let builder: WordListBuilder = {
        let b = WordListBuilder()
        BuiltinWords.add(to: b)
        let path = getenv("PASSPOLICY_FUZZ_WORDS").map { String(cString: $0) } ?? "Fuzz/words.txt"
        guard case .success(let bytes) = SystemFile.read(path) else {
            require(false, "cannot read the word list source \(path) (set PASSPOLICY_FUZZ_WORDS)")
            return b
        }
        let categories: [WordCategory] = [.word, .firstName, .surname, .place, .commonPassword]
        for (i, line) in bytes.split(separator: 0x0A).enumerated() {
            b.add(String(decoding: line, as: UTF8.self), categories[i % categories.count])
        }
        return b
    }()

    /// The compiled list, as bytes.
    static let bytes: [UInt8] = builder.build().bytes

    /// The compiled list, opened.
    static let list: WordList = {
        let file = ScratchFile("passpolicy-fuzz-words")
        file.write(bytes)
        do {
            return try WordList.open(path: file.path)
        } catch {
            require(false, "the fuzz word list does not open: \(error)")
            fatalError()
        }
    }()
}
