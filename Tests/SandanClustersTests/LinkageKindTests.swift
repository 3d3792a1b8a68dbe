import Foundation
import Testing
import SandanClusters

/// The linkage kinds the domain knows are the ones DESIGN.md's contract and the dataset use.
@Suite struct LinkageKindTests {
    @Test func namesMatchTheContract() {
        #expect(LinkageKind.anchorLink.rawValue == "anchor-link")
        #expect(LinkageKind.valueChain.rawValue == "value-chain")
        #expect(LinkageKind.crossRegion.rawValue == "cross-region")
    }
}
