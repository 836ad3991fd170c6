/// The `listen` setting: `host:port`, `[v6]:port` or `:port` (all IPv4 addresses).
struct ListenAddress: Equatable, CustomStringConvertible {
    let host: String
    let port: Int

    init(parsing text: String) throws(ServiceSetupError) {
        let bad = ServiceSetupError.listen("'\(text)' is not host:port or [address]:port with a port from 0 to 65535")
        var hostPart: Substring
        var portPart: Substring
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { throw bad }
            hostPart = text[text.index(after: text.startIndex)..<close]
            let rest = text[text.index(after: close)...]
            guard rest.hasPrefix(":") else { throw bad }
            portPart = rest.dropFirst()
        } else {
            guard let colon = text.lastIndex(of: ":"), !text[..<colon].contains(":") else { throw bad }
            hostPart = text[..<colon]
            portPart = text[text.index(after: colon)...]
        }
        if hostPart.isEmpty { hostPart = "0.0.0.0" }
        guard let port = Int(portPart), (0...65535).contains(port) else { throw bad }
        self.host = String(hostPart)
        self.port = port
    }

    /// Loopback only: 127.0.0.0/8, ::1 or localhost. Plain HTTP is allowed there without
    /// `insecure_http`, since nothing crosses a network.
    var isLoopback: Bool {
        if host == "localhost" || host == "::1" { return true }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }

    var description: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }
}
