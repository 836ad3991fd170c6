import ArgumentParser
import PassPolicy

/// `passpolicy config`: which settings are in force, and where each one came from.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show the effective settings and where each came from.",
        discussion: "Exit status 2 when the config file has an error (file, line and key are named).")

    @OptionGroup var policy: PolicyOptions

    @Flag(help: "List every key with its kind of value and what it does.")
    var keys = false

    @Flag(help: "Print a complete, commented example config file with the defaults.")
    var example = false

    func validate() throws {
        if keys && example { throw ValidationError("Use --keys or --example, not both.") }
    }

    func run() throws {
        if keys {
            for option in OptionTable.all {
                Terminal.write("\(option.name) (\(option.valueHelp)): \(option.summary)\n")
            }
            return
        }
        if example {
            Terminal.write(ExampleConfig.text)
            return
        }
        let configuration = try policy.loadConfiguration()
        let settings = configuration.settings
        Terminal.write("# Effective passpolicy settings (later wins: defaults < \(configuration.file ?? Settings.defaultConfigPath) < PAM line)\n")
        if configuration.file == nil {
            Terminal.write("# \(Settings.defaultConfigPath) does not exist: built-in defaults apply.\n")
        }
        let width = OptionTable.all.map { $0.name.count }.max() ?? 0
        for option in OptionTable.all {
            let value = option.value(in: settings)
            let origin = configuration.origins[option.name].map { "\($0)" } ?? "default"
            let pad = String(repeating: " ", count: width - option.name.count)
            Terminal.write("\(option.name)\(pad) = \(value.isEmpty ? "(none)" : value)    # \(origin)\n")
        }
    }
}

/// The documented example config, made from the option table so it cannot drift from the code.
/// `pam/passpolicy.conf` is this text; a test keeps them equal.
enum ExampleConfig {
    static var text: String {
        let defaults = Settings()
        var out = """
            # /etc/security/passpolicy.conf — passpolicy settings.
            #
            # Format: `key = value`, one per line; lines starting with # are comments.
            # Order, later wins: built-in defaults, this file (or `--config FILE`, or the PAM
            # option `config=FILE`), then options on the PAM line (`minlen=10`).
            # `passpolicy config` shows the effective settings and where each came from.
            # Every key below is shown with its default value, commented out.

            """
        for option in OptionTable.all {
            let value = option.value(in: defaults)
            out += "\n# \(option.summary)\n# (\(option.valueHelp))\n# \(option.name) = \(value.isEmpty ? "" : value)\n"
        }
        return out
    }
}
