// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Scour",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "ScourKit", targets: ["ScourKit"]),
        .executable(name: "scour", targets: ["scour"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "ScourKit", dependencies: ["CLibXML2", "CZlib"]),
        .executableTarget(name: "scour", dependencies: [
            "ScourKit",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "ScourKitTests", dependencies: ["ScourKit"], exclude: ["Fixtures"]),
    ]
)
