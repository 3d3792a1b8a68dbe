// The hub–spoke profile of the five 2020 산업단지 대개조 (industrial-complex overhaul) regions.
//
// A planner's question: in each region the 2020 programme named an anchor complex (거점) and
// linked complexes (연계). How star-shaped is each region's network, how much of its region
// does the anchor reach, and does the structure of the bundled network agree that these
// anchors are hubs?
//
// Run from the package root:  swift run OverhaulHubProfile
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

func percent(_ x: Double?) -> String { x.map { String(format: "%.0f%%", $0 * 100) } ?? "n/a" }
func decimal(_ x: Double?) -> String { x.map { String(format: "%.2f", $0) } ?? "n/a" }

do {
    guard let path = locateGraphs() else { throw InputError(file: "Graphs", "the bundled dataset was not found; run from the package root") }
    let national = try GraphFile.read(path: path, options: ReadOptions(folder: DatasetSchema.folder)).graph
    let names = national.nodeAttributes["name_ko"]

    // The overhaul's own linkages: anchor-links, value chains and cooperation of programme
    // overhaul-2020 (the agency's coordination edges are left out: they are not industrial).
    let programme = national.edgeAttributes["programme"]
    let overhaul = national.filteredEdges { e in
        programme?[e]?.description == Programme.overhaul2020.rawValue && national.kind(of: e) != LinkageKind.coordination.rawValue
    }
    // The programme's anchors are the sources of its anchor-links; the nodes designated by
    // other programmes (anchor_since) are left out of this view.
    let profiles = hubSpokeProfiles(overhaul, options: HubSpokeOptions(anchorAttribute: nil))
    print("산업단지 대개조 2020: \(profiles.count) regions, \(overhaul.edgeCount) linkages\n")
    for p in profiles {
        let name = names?[p.anchor]?.description ?? p.id
        print("\(p.region ?? "?")  anchor \(name) [\(p.id)]")
        print("  spokes (\(p.spokes.count)): " + p.spokes.map { names?[$0]?.description ?? national.ids[$0] }.joined(separator: ", "))
        print("  linkages \(p.linkages), in region \(percent(p.regionalShare)); hub dominance \(decimal(p.hubDominance))"
              + " (region hub: \(p.regionHubID ?? "-")); star-ness \(decimal(p.starness))")
        let district = Set([p.anchor] + p.spokes)
        for e in 0..<overhaul.edgeCount where overhaul.kind(of: e) == LinkageKind.valueChain.rawValue
            && district.contains(overhaul.source(of: e)) && district.contains(overhaul.target(of: e)) {
            let product = overhaul.edgeAttributes.value("product", at: e)?.description ?? ""
            print("  value chain: \(overhaul.ids[overhaul.source(of: e)]) → \(overhaul.ids[overhaul.target(of: e)]) (\(product))")
        }
    }

    // Structure against policy on the industrial layer: complexes and areas, no agency office.
    let industrial = NetworkLayer.industrial.restrict(national)
    let comparison = try compareHubs(industrial, scores: [.degree, .betweenness], options: HubComparisonOptions(k: 10))
    let anchors2020 = Set(profiles.map(\.id))
    for ranking in comparison.rankings {
        print("\nTop complexes by \(ranking.score) in the bundled network's industrial layer (k = 10, ties included):")
        for hub in ranking.top {
            let id = hub.id.padding(toLength: 20, withPad: " ", startingAt: 0)
            print(String(format: "  %2d  ", hub.rank) + id + String(format: " %.4f", hub.score) + (anchors2020.contains(hub.id) ? "  ← 2020 anchor" : ""))
        }
        print("Structural hubs no programme names as anchor: "
              + (ranking.structuralButNotNamed.isEmpty ? "none" : ranking.structuralButNotNamed.map(\.id).joined(separator: ", ")))
    }
} catch {
    FileHandle.standardError.write(Data("OverhaulHubProfile: \(error)\n".utf8))
    exit(1)
}
