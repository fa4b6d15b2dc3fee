// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "EntityGraph",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "EntityGraph", targets: ["EntityGraph"]),
        .executable(name: "entgraph", targets: ["entgraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // zlib, for inputs stored gzip-compressed (`.html.gz`); Debian's zlib1g-dev.
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // The tagger model's bytes (C23 #embed), so the binary needs no resource bundle.
        .target(name: "CTaggerModel"),
        .target(
            name: "EntityGraph",
            dependencies: ["CLibXML2", "CZlib", "CTaggerModel", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Resources/tagger.egmodel", "Resources/wordclasses.egmodel"]
        ),
        .executableTarget(
            name: "entgraph",
            dependencies: [
                "EntityGraph",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "EntityGraphTests",
            dependencies: ["EntityGraph"],
            resources: [.copy("Golden")]
        ),
    ]
)
