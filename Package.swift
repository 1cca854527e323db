// swift-tools-version:6.0
import PackageDescription

/// Applied to every Swift target (the swift-log / Hummingbird pattern).
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "jobfit",
    products: [
        .executable(name: "jobfit", targets: ["jobfit"]),
        .library(name: "JobFitCore", targets: ["JobFitCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // libxml2 flags (pkg-config) and link; exports no headers to Swift.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // The only code that includes libxml2 (and, through it, ICU) headers.
        .target(name: "CHTMLInterface", dependencies: ["CLibXML2"]),
        // poppler-glib flags (pkg-config) and link; exports no headers to Swift.
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]
        ),
        // The only code that includes poppler and glib headers.
        .target(name: "CPDFInterface", dependencies: ["CPoppler"]),
        // Pango and Cairo flags (pkg-config pangocairo) and link; exports no headers to Swift.
        .systemLibrary(
            name: "CPangoCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev", "libcairo2-dev"])]
        ),
        // The only code that includes Pango, Cairo and glib headers: PDF output.
        .target(name: "CRenderInterface", dependencies: ["CPangoCairo"]),
        // The tokenizer's inner loop, in plain C with no dependencies (the rules live with
        // JobFitCore's Tokenizer).
        .target(name: "CTokenizer"),
        // Everything the tool knows; no argument parsing, no printing.
        .target(
            name: "JobFitCore",
            dependencies: [
                "CTokenizer",
                "CHTMLInterface",
                "CPDFInterface",
                "CRenderInterface",
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            swiftSettings: swiftSettings
        ),
        // Thin CLI: parse arguments, read/write files, call the core.
        .executableTarget(
            name: "jobfit",
            dependencies: [
                "JobFitCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        // Shared by test targets: fixtures, golden-file assertions, CLI runner.
        .target(
            name: "JobFitTestSupport",
            dependencies: ["JobFitCore"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "JobFitCoreTests",
            dependencies: [
                "JobFitCore",
                "JobFitTestSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            // Golden files are read through PackageFiles by path, never as bundle resources.
            exclude: ["Golden"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "JobFitCLITests",
            dependencies: ["jobfit", "JobFitCore", "JobFitTestSupport"],
            // Read through PackageFiles by path, never as bundle resources.
            exclude: ["Golden", "png_colours.py"],
            swiftSettings: swiftSettings
        ),
    ]
)
