@testable import PassPolicy

/// The shadow(5) and passwd(5) parsers (`passpolicy due`, the login check), by the first
/// byte. Every line is either an entry or a problem (or skipped: empty, NIS `+`/`-`), and
/// a problem names a line of the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    let shadow = input.byte() & 1 == 1
    let bytes = Array(input.rest)
    let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).count
    let entries: Int
    let problems: [LineProblem]
    if shadow {
        let file = ShadowFile(bytes: bytes, file: "shadow")
        entries = file.entries.count
        problems = file.problems
        for e in file.entries { require(!e.user.isEmpty, "an entry without a user name") }
    } else {
        let file = PasswdFile(bytes: bytes, file: "passwd")
        entries = file.entries.count
        problems = file.problems
        for e in file.entries { require(!e.user.isEmpty && e.uid >= 0, "an entry without a user name or with a negative uid") }
    }
    require(entries + problems.count <= lines, "\(entries) entries and \(problems.count) problems from \(lines) lines")
    for p in problems {
        require(p.line >= 1 && p.line <= lines, "problem on line \(p.line) of \(lines)")
        _ = p.description
    }
    return 0
}
