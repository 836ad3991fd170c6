@testable import PassPolicy

/// PHC strings (`$argon2id$v=19$m=…,t=…,p=…$salt$hash`) and their Base64, as read from a
/// history store: parsing must never trap, what parses must encode back to the same value,
/// and what Base64 decodes must encode back to text that decodes the same.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let parsed = PHCString(parsing: text) {
        require(parsed.parameters.isAccepted, "parameters outside the accepted ranges")
        require(PHCString(parsing: parsed.encoded) == parsed, "encoded form does not parse back")
    }
    if let bytes = Base64.decode(text) {
        require(Base64.decode(Base64.encode(bytes)) == bytes, "Base64 round trip")
    }
    return 0
}
