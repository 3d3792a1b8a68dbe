// The 2010 cross-region automotive link and who brokers it.
//
// The 2010 wide-area cluster programme (광역권 산업클러스터) linked four automotive complexes in
// four of the 5+2 wide-area regions: 반월시화 (수도권) – 군산 (호남권) – 성서 (대경권) – 울산 (동남권).
// A researcher's question: in the industrial network (designations, value chains, cooperation
// and this link), which complexes mediate between the wide-area regions, in which
// Gould–Fernandez role, and how much of the regions' external linkage is this one chain?
//
// Run from the package root:  swift run AutomotiveLink
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

do {
    guard let path = locateGraphs() else { throw InputError(file: "Graphs", "the bundled dataset was not found; run from the package root") }
    // Directed, so that brokerage follows the written direction: anchor → linked, supplier →
    // buyer, and the automotive chain in its listed order.
    let bundled = try GraphFile.read(path: path, options: ReadOptions(directed: true, folder: DatasetSchema.folder)).graph
    let industrial = NetworkLayer.industrial.restrict(bundled)
    let macro = industrial.nodeAttributes[Region.macroAttribute]
    let names = industrial.nodeAttributes["name_ko"]
    func label(_ v: Int) -> String {
        "\(names?[v]?.description ?? industrial.ids[v]) [\(industrial.ids[v]), \(macro?[v]?.description ?? "?")]"
    }

    print("The automotive link of the 2010 wide-area programme:")
    let chain = (0..<industrial.edgeCount).filter { industrial.kind(of: $0) == LinkageKind.crossRegion.rawValue }
    for e in chain { print("  \(label(industrial.source(of: e))) → \(label(industrial.target(of: e)))") }

    let regions = try regionNetwork(industrial, attribute: Region.macroAttribute)
    let crossing = regions.links.filter { $0.a != $0.b }
    print("\nIndustrial linkages between wide-area regions: \(regions.externalLinkages) of \(regions.externalLinkages + regions.internalLinkages)")
    for link in crossing {
        print("  \(link.a) – \(link.b): \(link.linkages) (" + link.byKind.map { "\($0.kind) \($0.linkages)" }.joined(separator: ", ") + ")")
    }

    let brokerage = try regionalBrokerage(industrial, attribute: Region.macroAttribute)
    let onChain = Set(chain.flatMap { [industrial.source(of: $0), industrial.target(of: $0)] })
    print("\nWho brokers between wide-area regions (Gould–Fernandez, ordered pairs):")
    for broker in brokerage.brokers where broker.acrossRegions > 0 {
        let roles = BrokerageRole.roles.filter { broker.count($0) > 0 }.map { "\($0) \(broker.count($0))" }
        print("  \(label(broker.node)): " + roles.joined(separator: ", ") + (onChain.contains(broker.node) ? "  ← on the automotive link" : ""))
    }
    let liaisons = brokerage.brokers.filter { $0.count(.liaison) > 0 }.map(\.id)
    print("\nLiaisons (linking two other wide-area regions): " + (liaisons.isEmpty ? "none" : liaisons.joined(separator: ", ")))
} catch {
    FileHandle.standardError.write(Data("AutomotiveLink: \(error)\n".utf8))
    exit(1)
}
