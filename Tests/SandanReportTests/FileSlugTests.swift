import Testing
@testable import SandanReport

@Suite struct FileSlugTests {
    @Test func hangulIsRomanisedLetterByLetter() {
        // Revised Romanization without sound changes: 구 gu, 미 mi, 국 guk, 가 ga, 산 san, 업 eop,
        // 단 dan, 지 ji; 반월 banwol, 시화 sihwa.
        #expect(FileSlug.ascii("구미국가산업단지") == "gumigukgasaneopdanji")
        #expect(FileSlug.ascii("반월·시화 (Banwol-Sihwa)") == "banwol-sihwa-banwol-sihwa")
        #expect(FileSlug.ascii("../../etc/passwd") == "etc-passwd")
    }

    @Test func fileNamesAreSafeShortAndDistinct() {
        let hostile = ["../x", "-rf", ".hidden", "구미/산단", String(repeating: "가", count: 300), "", "…"]
        for name in hostile {
            let file = FileSlug.fileName(for: name, ext: "svg")
            #expect(file.utf8.count <= 200)
            #expect(!file.hasPrefix(".") && !file.hasPrefix("-") && !file.contains("/"))
            #expect(file.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") })
            #expect(file.hasSuffix(".svg"))
        }
        // "구미" and "Gumi" romanise alike; the hash tells them apart.
        #expect(FileSlug.fileName(for: "구미", ext: "svg") != FileSlug.fileName(for: "Gumi", ext: "svg"))
        // NFC and NFD spellings of 가 are one name.
        #expect(FileSlug.fileName(for: "\u{AC00}", ext: "") == FileSlug.fileName(for: "\u{1100}\u{1161}", ext: ""))
    }

    @Test func hashIsFNV1a() {
        // FNV-1a 64 of "" is cbf29ce484222325 (the offset basis); folded: cbf29ce4 ^ 84222325 = 4fd0bfc1.
        #expect(FileSlug.hash("") == "4fd0bfc1")
        // FNV-1a 64 of "a" is af63dc4c8601ec8c (Fowler–Noll–Vo test vectors); folded: af63dc4c ^ 8601ec8c = 296230c0.
        #expect(FileSlug.hash("a") == "296230c0")
    }
}
