/// The version `jobfit --version` prints.
enum JobFitVersion {
    static let current = "0.1.0"
}
