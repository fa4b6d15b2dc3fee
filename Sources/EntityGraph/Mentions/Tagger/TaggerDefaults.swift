import Foundation

extension SequenceTagger {
    /// File name of the model bundled with the library (Sources/EntityGraph/Resources/).
    public static let bundledModelName = "tagger.egmodel"

    /// A tagger for `path`, else for `$ENTGRAPH_MODEL`, else the bundled default model.
    public static func load(path: String?) throws -> SequenceTagger {
        if let path { return SequenceTagger(model: try TaggerModel(contentsOf: path)) }
        return try shared.get()
    }

    /// The default tagger, loaded once on first use: `$ENTGRAPH_MODEL` if set, else the model
    /// bundled with the library.
    public static let shared: Result<SequenceTagger, TaggerModelError> = {
        let path: String
        if let env = ProcessInfo.processInfo.environment["ENTGRAPH_MODEL"], !env.isEmpty {
            path = env
        } else if let bundled = Bundle.module.path(forResource: "tagger", ofType: "egmodel") {
            path = bundled
        } else {
            return .failure(TaggerModelError(path: bundledModelName, problem: "the bundled model is missing from the EntityGraph resources"))
        }
        do { return .success(SequenceTagger(model: try TaggerModel(contentsOf: path))) } catch let error as TaggerModelError {
            return .failure(error)
        } catch {
            return .failure(TaggerModelError(path: path, problem: "\(error)"))
        }
    }()
}
