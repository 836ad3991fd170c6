@testable import PassPolicy

/// passpolicyd's request bodies (`POST /v1/check`, `POST /v1/changes`), parsed by hand so that
/// the password stays in wipeable bytes (Sources/PassPolicyService/RequestBody.swift, compiled
/// into this target): parsing must never trap or read out of bounds, the password can never
/// be longer than the body, and what parses must parse again, unchanged, once written back
/// as JSON.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let allowed: Set<String> = ["user", "full_name", "system", "lang"]
    guard let body = try? RequestBody(parsing: UnsafeRawBufferPointer(start: data, count: size), allowed: allowed) else { return 0 }
    require(body.password.map { $0.count <= size } ?? true, "a password longer than the body")
    var again: [UInt8] = [0x7B]
    for (i, (key, value)) in body.fields.sorted(by: { $0.key < $1.key }).enumerated() {
        if i > 0 { again.append(0x2C) }
        JSONString.append(key, to: &again)
        again.append(0x3A)
        JSONString.append(value, to: &again)
    }
    again.append(0x7D)
    let reparsed = again.withUnsafeBytes { try? RequestBody(parsing: $0, allowed: allowed) }
    require(reparsed?.fields == body.fields, "fields written back do not parse to the same fields")
    return 0
}
