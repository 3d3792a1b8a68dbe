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

/// The vocabulary's one home: names, captions and styles.
@Suite struct VocabularyTests {
    /// Cross-region linkages come from the 2010 wide-area programme, whose seed (003) speaks of
    /// 광역권간 연계·협력: the kind has that one Korean label, in sentences and in legends.
    @Test func crossRegionHasTheSeedsLabelEverywhere() {
        #expect(LinkageKind.crossRegion.name == Bilingual(ko: "광역권 간 협력", en: "cross-region cooperation"))
        #expect(LinkageKind.crossRegion.caption == LinkageKind.crossRegion.name)
        #expect(LinkageKind.name(of: "cross-region", korean: true) == "광역권 간 협력")
    }

    /// Each kind can be told apart in greyscale print: no two kinds share colour and line.
    @Test func everyKindHasItsOwnLookAndWords() {
        let looks = LinkageKind.allCases.map { "\($0.style.color) \($0.style.line)" }
        #expect(Set(looks).count == LinkageKind.allCases.count)
        for kind in LinkageKind.allCases {
            #expect(!kind.name.ko.isEmpty && !kind.name.en.isEmpty && !kind.caption.ko.isEmpty && !kind.caption.en.isEmpty)
            #expect(kind.style.color.count == 7 && kind.style.color.hasPrefix("#"))
        }
        #expect(Set(LinkageKind.allCases.map(\.name.ko)).count == LinkageKind.allCases.count)
    }

    @Test func wordsOutsideTheVocabularyStayAsTheyAre() {
        #expect(LinkageKind.name(of: "ferry", korean: true) == "ferry")
        #expect(NodeKind.name(of: "complex", korean: false) == "complexes")
        #expect(NodeKind.name(of: "port", korean: true) == "port")
        #expect(Programme.name(of: "overhaul-2020", korean: true) == "산업단지 대개조(2020)")
        #expect(Programme.name(of: "other", korean: false) == "other")
        #expect(LinkageKind.valueChain.labelAttribute == "product" && LinkageKind.anchorLink.labelAttribute == nil)
    }
}
