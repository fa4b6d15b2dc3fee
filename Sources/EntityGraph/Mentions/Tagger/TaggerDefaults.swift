internal import CTaggerModel
import Foundation

extension SequenceTagger {
    /// The name errors give the model compiled into the library
    /// (Sources/EntityGraph/Resources/tagger.egmodel, embedded by the CTaggerModel target).
    public static let bundledModelName = "built-in tagger.egmodel"

    /// A tagger for `path`, else for `$ENTGRAPH_MODEL`, else the built-in default model.
    public static func load(path: String?) throws -> SequenceTagger {
        if let path { return SequenceTagger(model: try TaggerModel(contentsOf: path)) }
        return try shared.get()
    }

    /// The default tagger, loaded once on first use: `$ENTGRAPH_MODEL` if set, else the model
    /// compiled into the library, so an installed binary needs no file beside it.
    public static let shared: Result<SequenceTagger, TaggerModelError> = {
        do {
            if let env = ProcessInfo.processInfo.environment["ENTGRAPH_MODEL"], !env.isEmpty {
                return .success(SequenceTagger(model: try TaggerModel(contentsOf: env)))
            }
            return .success(SequenceTagger(model: try TaggerModel(bytes: builtInModelBytes, path: bundledModelName)))
        } catch let error as TaggerModelError {
            return .failure(error)
        } catch {
            return .failure(TaggerModelError(path: bundledModelName, problem: "\(error)"))
        }
    }()

    /// The bytes of the model compiled into the library.
    static var builtInModelBytes: [UInt8] {
        Array(UnsafeBufferPointer(start: entgraph_tagger_model_bytes(), count: entgraph_tagger_model_count()))
    }
}
