// The resilience of the bundled network of complexes (its industrial layer) when its top hubs are lost.
//
// A researcher's question: the policy-linkage network of industrial complexes hangs together through
// a few anchor complexes. If the most connected complexes were lost one after another (an
// adaptive attack: the ranking, by degree or by betweenness, is recomputed after each loss), how fast does the largest
// connected group shrink, and how does that compare with losing the same number of complexes
// in the intact network's order, or the five 2020 overhaul anchors? Which single complex's
// loss disconnects the most others?
//
// Run from the package root:  swift run HubLossResilience
import Foundation
import SandanClusters
import SandanGraph
import SandanIO

/// `Graphs/` in the working folder or above it, else beside this source file.
func locateGraphs() -> String? {
    var folder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    for _ in 0..<5 {
        if DatasetSchema.folder.holdsTables(at: folder.appendingPathComponent("Graphs").path) { return folder.appendingPathComponent("Graphs").path }
        folder.deleteLastPathComponent()
    }
    let beside = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Graphs").path
    return DatasetSchema.folder.holdsTables(at: beside) ? beside : nil
}

func show(_ run: ResilienceRun) {
    print("\n\(run.order)")
    print("  step  removed              largest  share  components  mean path")
    for s in run.steps {
        let removed = (s.removedID ?? "(intact)").padding(toLength: 20, withPad: " ", startingAt: 0)
        let mean = s.meanShortestPath.map { String(format: "%9.3f", $0) } ?? "        -"
        print(String(format: "  %4d  ", s.step) + removed + String(format: " %7d  %4.0f%%  %10d  ", s.largestComponent,
                                                                   s.largestComponentFraction * 100, s.components) + mean)
    }
}

do {
    guard let path = locateGraphs() else { throw InputError(file: "Graphs", "the bundled dataset was not found; run from the package root") }
    // The industrial layer: complexes and linked areas; the agency's offices are the governance layer.
    let network = NetworkLayer.industrial.restrict(try GraphFile.read(path: path, options: ReadOptions(folder: DatasetSchema.folder)).graph)
    print("Industrial layer of the bundled network (complexes and areas): \(network.nodeCount) nodes, \(network.edgeCount) linkages")

    let steps = 5
    let complexes: Set<String> = [NodeKind.complex.rawValue]
    let options = ResilienceOptions(steps: steps, candidateKinds: complexes)
    show(try removalResilience(network, order: .score(.degree, recomputed: true), options: options))
    show(try removalResilience(network, order: .score(.betweenness, recomputed: true), options: options))
    show(try removalResilience(network, order: .score(.degree, recomputed: false), options: options))
    show(try removalResilience(network, order: .named(["seongseo", "gumi", "gwangju-cheomdan", "namdong", "yeosu"])))

    let critical = criticalNodes(network, candidateKinds: complexes)
    if let worst = critical.mostCritical {
        print("\nThe single loss that disconnects the most: \(worst.id) — its component of \(worst.componentSize) falls into"
              + " \(worst.pieces) pieces, cutting \(worst.cutOff) complexes off the largest and separating \(worst.pairsDisconnected) pairs.")
    }
    print("Cut vertices among complexes: " + critical.ranking.filter { $0.pairsDisconnected > 0 }.map { "\($0.id) (\($0.cutOff))" }.joined(separator: ", "))
} catch {
    FileHandle.standardError.write(Data("HubLossResilience: \(error)\n".utf8))
    exit(1)
}
