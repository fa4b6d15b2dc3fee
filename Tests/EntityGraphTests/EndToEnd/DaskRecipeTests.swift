import Foundation
import Testing

/// scripts/scale/dask_entgraph.py (partials in `map_partitions`, merges in a tree `reduction`)
/// against `entgraph build`, byte for byte, on the sample corpus and the dated sample.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: entgraphBinary), "run `swift build` first"))
struct DaskRecipeTests {
    static let dask = Interop.python != nil && Interop.pythonImports("dask.bag")

    @Test(.enabled(if: dask || Interop.required, "needs python3 with dask[bag] (scripts/deps.sh)"),
          arguments: [(partitions: 1, splitEvery: 2), (partitions: 4, splitEvery: 2), (partitions: 14, splitEvery: 3)])
    func daskRecipeEqualsTheBuild(partitions: Int, splitEvery: Int) throws {
        try Interop.require(Self.dask, "python3 with dask[bag]")
        let python = try #require(Interop.python)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entgraph-dask-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = ["corpus", "examples/dated-news"]
        let outputs = ["g.graphml", "g.dot", "g.json"]
        let built = try runEntgraph(["build"] + inputs + ["--min-weight", "2", "-q"] + outputs.flatMap { ["-o", folder.appendingPathComponent("built-" + $0).path] })
        #expect(built.status == 0, "\(built.stderr)")
        FileManager.default.changeCurrentDirectoryPath(repositoryRoot.path)
        let recipe = try Interop.run(python, ["scripts/scale/dask_entgraph.py"] + inputs + [
            "--entgraph", entgraphBinary, "--partitions", "\(partitions)", "--split-every", "\(splitEvery)",
            "--merge-args", "--min-weight 2 -q"] + outputs.flatMap { ["-o", folder.appendingPathComponent("dask-" + $0).path] })
        #expect(recipe.status == 0, "\(recipe.stderr)")
        for output in outputs {
            let expected = try Data(contentsOf: folder.appendingPathComponent("built-" + output))
            #expect(expected.count > 1000)
            #expect(try Data(contentsOf: folder.appendingPathComponent("dask-" + output)) == expected, "\(output), \(partitions) partitions")
        }
        // The partials' temporary folder is gone.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".entgraph-dask-") }.isEmpty)
    }
}
