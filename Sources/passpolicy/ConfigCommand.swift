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

    @Flag(help: "List the shipped profiles (`profile = NAME`) and the settings each one makes.")
    var profiles = false

    func validate() throws {
        if [keys, example, profiles].filter({ $0 }).count > 1 {
            throw ValidationError("Use one of --keys, --example and --profiles.")
        }
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
        if profiles {
            for profile in Profile.all {
                Terminal.write("\(profile.name): \(LateTranslation.text(profile.summary, in: CLILanguage.current))\n")
                Terminal.write("  " + profile.settings.map { "\($0.key) = \($0.value)" }.joined(separator: ", ") + "\n")
            }
            return
        }
        let configuration = try policy.loadConfiguration()
        let settings = configuration.settings
        let main = policy.config ?? Settings.defaultConfigPath
        Terminal.write(Messages.configHeader(file: main, dropIns: DropInDirectory.path(for: main)) + "\n")
        if configuration.file == nil {
            Terminal.write(Messages.configDefaultsOnly(file: main) + "\n")
        }
        for file in configuration.files.dropFirst(configuration.file == nil ? 0 : 1) {
            Terminal.write(Messages.configDropInRead(file: file) + "\n")
        }
        let rows = OptionTable.all.map { option -> (String, String, String) in
            var value = option.value(in: settings)
            var origin = configuration.origins[option.name].map { "\($0)" } ?? "default"
            // The name the history actually uses for this system.
            if option.name == "system" && value.isEmpty {
                value = HistoryService.systemName(settings)
                origin = Messages.configSystemFromHostName
            }
            return (option.name, value.isEmpty ? "(none)" : value, origin)
        }
        // Three aligned columns: key, value, where the value came from.
        let keyWidth = rows.map { $0.0.count }.max() ?? 0
        let valueWidth = rows.map { $0.1.count }.max() ?? 0
        var out = ""
        for (key, value, origin) in rows {
            out += key + String(repeating: " ", count: keyWidth - key.count) + " = "
                + value + String(repeating: " ", count: valueWidth - value.count) + "  # " + origin + "\n"
        }
        Terminal.write(out)
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
            # Format: `key = value`, one per line; # starts a comment (at the start of a line,
            # or after a blank: `minlen = 10   # staff`).
            # Order, later wins: built-in defaults, this file (or `--config FILE`, or the PAM
            # option `config=FILE`), the files FILE.d/*.conf in name order
            # (/etc/security/passpolicy.conf.d/), then options on the PAM line (`minlen=10`).
            # `profile = NAME` applies a shipped profile where it stands (`passpolicy config
            # --profiles`); settings after it override it.
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
