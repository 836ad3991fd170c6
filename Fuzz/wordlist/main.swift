#if canImport(Glibc)
import Glibc
#endif
@testable import PassPolicy

/// The word-list reader on mutated compiled lists. The first byte asks for the header to be
/// repaired after mutation (bit 0: the checksum, bit 1: the node size), so that mutations
/// get past `validate` into the lookups, as a file altered with care would.
let scratch = ScratchFile("passpolicy-fuzz-wordlist")
let probes = ["window", "jennifer", "autumn", "password", "qwerty", "london", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", "!!", "a"]
let candidates = ["W1nd0w$eat8Jennifer&37", "Autumn2024!", "P@ssw0rd", "Lond0n#1234", "Qwerty123!", "zKEy%7trPwqx"].map { Array($0.utf8) }
let context = CheckContext(userName: "lee.parry")
/// What every rule but the dictionary says about each candidate: the same whatever the list.
let withoutList: [[Violation]] = {
    let plain = PolicyChecker(settings: { var s = Settings(); s.dictCheck = false; return s }(), wordList: nil)
    return candidates.map { plain.check($0, context: context).violations }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    let repair = input.byte()
    var bytes = Array(input.rest)
    let header = WordListFormat.headerSize
    if repair & 2 != 0 && bytes.count >= header {
        let nodeBytes = (bytes.count - header) & ~7
        bytes.removeLast(bytes.count - header - nodeBytes)
        for k in 0..<4 { bytes[20 + k] = UInt8(truncatingIfNeeded: UInt32(nodeBytes) >> (8 * UInt32(k))) }
    }
    if repair & 1 != 0 && bytes.count >= header {
        let sum = bytes[header...].withUnsafeBytes { WordListFormat.checksum($0) }
        for k in 0..<4 { bytes[28 + k] = UInt8(truncatingIfNeeded: sum >> (8 * UInt32(k))) }
    }
    scratch.write(bytes)
    let list: WordList
    do throws(WordListError) {
        list = try WordList.open(path: scratch.path)
    } catch {
        return 0
    }
    require(list.info.fileSize == bytes.count, "size \(list.info.fileSize) for \(bytes.count) bytes")
    for word in probes {
        require(list.categories(of: word) == list.categories(of: word), "two answers for \(word)")
    }
    let checker = PolicyChecker(settings: Settings(), wordList: list)
    for (candidate, expected) in zip(candidates, withoutList) {
        let verdict = checker.check(candidate, context: context).violations.filter { $0.rule != .dictionary }
        require(verdict == expected, "a damaged word list changed a rule other than dictionary")
    }
    return 0
}

/// `PASSPOLICY_FUZZ_WRITE_SEED=FILE fuzz-wordlist`: writes a seed (a repair byte of 0 and a
/// list compiled from the first 40 words of the fuzz words) and exits; how
/// Fuzz/corpus/wordlist/small was made.
@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    guard let target = getenv("PASSPOLICY_FUZZ_WRITE_SEED").map({ String(cString: $0) }) else { return 0 }
    let builder = WordListBuilder()
    if case .success(let bytes) = SystemFile.read(getenv("PASSPOLICY_FUZZ_WORDS").map { String(cString: $0) } ?? "Fuzz/words.txt") {
        for (i, line) in bytes.split(separator: 0x0A).prefix(40).enumerated() {
            builder.add(String(decoding: line, as: UTF8.self), i % 2 == 0 ? .word : .firstName)
        }
    }
    let seed = [0] + builder.build().bytes
    let fd = open(target, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    seed.withUnsafeBytes { _ = write(fd, $0.baseAddress, $0.count) }
    close(fd)
    exit(0)
}
