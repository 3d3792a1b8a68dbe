@testable import SandanGraph
import Testing

@Suite struct NameSuggestionTests {
    /// Hand-worked: one deletion; one transposition; "ca" → "abc" is 3 in the restricted
    /// (optimal string alignment) distance, though 2 in the unrestricted Damerau distance.
    @Test func distances() {
        func d(_ a: String, _ b: String) -> Int {
            NameSuggestion.optimalAlignmentDistance(Array(a.unicodeScalars), Array(b.unicodeScalars))
        }
        #expect(d("betweeness", "betweenness") == 1)
        #expect(d("pagernak", "pagerank") == 1)
        #expect(d("ca", "abc") == 3)
        #expect(d("", "abc") == 3)
        #expect(d("kitten", "sitting") == 3)
        #expect(d("시도", "시군") == 1)
    }

    @Test func suggestions() {
        let metrics = ["degree", "strength", "betweenness", "closeness", "pagerank", "core", "coreness"]
        #expect(NameSuggestion.nearest(to: "betweeness", among: metrics) == ["betweenness"])
        #expect(NameSuggestion.nearest(to: "PageRank", among: metrics) == ["pagerank"], "an exact match ignoring case is the only one")
        #expect(NameSuggestion.nearest(to: "cor", among: metrics) == ["core", "coreness"], "nearest first, then prefixes")
        #expect(NameSuggestion.nearest(to: "modularity", among: metrics) == [])
        #expect(NameSuggestion.didYouMean("regoin", among: ["name_ko", "region", "lat"]) == "; did you mean 'region'?")
        #expect(NameSuggestion.didYouMean("zzz", among: ["region"]) == "")
    }
}
