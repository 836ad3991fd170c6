@testable import PassPolicy

/// The config parser: a file's text (`apply(fileContents:)` then `validate`) or PAM arguments
/// (NUL-separated, `apply(arguments:)`), by the first byte. Every error must name its source
/// and key; a configuration that loads must render and parse back to the same settings.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    let asArguments = input.byte() & 1 == 1
    var configuration = Configuration()
    do throws(ConfigError) {
        if asArguments {
            var arguments: [String] = []
            while !input.rest.isEmpty { arguments.append(input.text()) }
            try configuration.apply(arguments: arguments)
        } else {
            try configuration.apply(fileContents: Array(input.rest), source: "fuzz.conf")
            try configuration.validate()
        }
    } catch {
        let text = error.description
        require(text.hasPrefix(asArguments ? "PAM arguments" : "fuzz.conf") || error.source == "defaults",
                "an error that names no source: \(text)")
        if case .unknownKey = error.problem { require(error.key != nil, "unknown key without its name") }
        return 0
    }
    // What `passpolicy config` shows must read back as the same settings.
    var again = Configuration()
    for option in OptionTable.all {
        do throws(ConfigError) {
            try again.set(option.name, option.value(in: configuration.settings), source: "render", line: 1)
        } catch {
            require(false, "\(option.name) = '\(option.value(in: configuration.settings))' does not parse back: \(error)")
        }
    }
    require(again.settings == configuration.settings, "rendered settings parse back differently")
    return 0
}
