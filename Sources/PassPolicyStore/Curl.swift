import CCurlShim
import Glibc
import PassPolicy

/// One HTTP exchange with libcurl, loaded with dlopen when the first call is made (a host
/// whose store is a passpolicyd): `passwd` and `sshd` map libcurl and its TLS libraries only
/// there. The only Swift file calling libcurl; its codes become `CurlError`s.
struct Curl {
    struct Response {
        let status: Int
        let body: [UInt8]
    }

    /// A transfer that did not complete: no connection, TLS refused, timed out.
    struct CurlError: Error {
        let message: String
    }

    let timeoutSeconds: Int
    /// PEM CA certificates to verify the server with; empty: the system's.
    let caFile: String

    /// `method` `url` with `headers`; `body` is sent as it is (the caller wipes it). Only
    /// https (and http to loopback, for tests) is allowed; redirects are not followed.
    func perform(_ method: String, _ url: String, headers: [String], body: UnsafeBufferPointer<UInt8>?) throws(CurlError) -> Response {
        var error = [CChar](repeating: 0, count: 256)
        guard pp_curl_load(&error, error.count) == 0 else {
            throw CurlError(message: "libcurl.so.4 cannot be loaded (\(String(cString: error))); install libcurl4")
        }
        guard let handle = pp_curl_easy_init() else { throw CurlError(message: "curl_easy_init failed") }
        defer { pp_curl_easy_cleanup(handle) }
        var list: UnsafeMutableRawPointer? = nil
        defer { pp_curl_slist_free_all(list) }
        for header in headers { list = pp_curl_slist_append(list, header) }
        let sink = Sink()
        let timeout = max(1, timeoutSeconds) * 1000
        var code: Int32 = Int32(PP_CURLE_OK)
        func set(_ result: Int32) { if code == Int32(PP_CURLE_OK) { code = result } }
        set(url.withCString { pp_curl_setopt_pointer(handle, Int32(PP_CURLOPT_URL), $0) })
        set("https,http".withCString { pp_curl_setopt_pointer(handle, Int32(PP_CURLOPT_PROTOCOLS_STR), $0) })
        set(pp_curl_setopt_long(handle, Int32(PP_CURLOPT_NOSIGNAL), 1))
        set(pp_curl_setopt_long(handle, Int32(PP_CURLOPT_FOLLOWLOCATION), 0))
        set(pp_curl_setopt_long(handle, Int32(PP_CURLOPT_TIMEOUT_MS), timeout))
        set(pp_curl_setopt_long(handle, Int32(PP_CURLOPT_CONNECTTIMEOUT_MS), timeout))
        set(pp_curl_setopt_pointer(handle, Int32(PP_CURLOPT_HTTPHEADER), list))
        if !caFile.isEmpty { set(caFile.withCString { pp_curl_setopt_pointer(handle, Int32(PP_CURLOPT_CAINFO), $0) }) }
        set(method.withCString { pp_curl_setopt_pointer(handle, Int32(PP_CURLOPT_CUSTOMREQUEST), $0) })
        if let body {
            set(pp_curl_setopt_long(handle, Int32(PP_CURLOPT_POSTFIELDSIZE), body.count))
            // Not copied by libcurl (CURLOPT_POSTFIELDS): read during perform, from our buffer.
            set(pp_curl_setopt_pointer(handle, Int32(PP_CURLOPT_POSTFIELDS), body.baseAddress))
        } else if method == "GET" {
            set(pp_curl_setopt_long(handle, Int32(PP_CURLOPT_HTTPGET), 1))
        }
        set(pp_curl_setopt_function(handle, Int32(PP_CURLOPT_WRITEFUNCTION), writeToSink))
        let retained = Unmanaged.passRetained(sink)
        defer { retained.release() }
        set(pp_curl_setopt_pointer(handle, Int32(PP_CURLOPT_WRITEDATA), retained.toOpaque()))
        if code == Int32(PP_CURLE_OK) { code = pp_curl_perform(handle) }
        guard code == Int32(PP_CURLE_OK) else {
            throw CurlError(message: pp_curl_strerror(code).map { String(cString: $0) } ?? "error \(code)")
        }
        var status = 0
        _ = pp_curl_response_code(handle, &status)
        return Response(status: status, body: sink.bytes)
    }

    /// Where the answer's bytes go (answers hold no password).
    final class Sink {
        var bytes: [UInt8] = []
        /// Answers larger than this are cut short (the transfer then fails).
        static let limit = 8 << 20
    }
}

/// libcurl's write callback: a C function, no captures; the sink comes as `userdata`.
private let writeToSink: @convention(c) (UnsafeMutablePointer<CChar>?, Int, Int, UnsafeMutableRawPointer?) -> Int = {
    data, size, count, userdata in
    guard let data, let userdata else { return 0 }
    let (total, overflow) = size.multipliedReportingOverflow(by: count)
    guard !overflow else { return 0 }
    let sink = Unmanaged<Curl.Sink>.fromOpaque(userdata).takeUnretainedValue()
    guard sink.bytes.count + total <= Curl.Sink.limit else { return 0 }
    data.withMemoryRebound(to: UInt8.self, capacity: total) { sink.bytes.append(contentsOf: UnsafeBufferPointer(start: $0, count: total)) }
    return total
}
