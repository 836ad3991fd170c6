/// The version of passpolicy: the CLI's and passpolicyd's `--version`, the man pages and the
/// Debian package (`scripts/build-deb.sh` asks the built CLI) all take it from here.
public enum PassPolicyVersion {
    public static let string = "0.2.0"
}
