import Testing
@testable import SandanReport

@Suite struct KoreanParticleTests {
    @Test func followsTheFinalConsonant() {
        #expect(KoreanParticle.topic.after("구미") == "구미는")
        #expect(KoreanParticle.topic.after("반월시화국가산업단지") == "반월시화국가산업단지는")
        #expect(KoreanParticle.subject.after("울산") == "울산이")
        #expect(KoreanParticle.object.after("창원") == "창원을")
        #expect(KoreanParticle.and.after("군산") == "군산과")
        #expect(KoreanParticle.and.after("성서") == "성서와")
    }

    @Test func rieulTakesRoNotEuro() {
        #expect(KoreanParticle.toward.after("서울") == "서울로")
        #expect(KoreanParticle.toward.after("부산") == "부산으로")
        #expect(KoreanParticle.toward.after("대구") == "대구로")
    }

    @Test func digitsLettersAndBracketsAreRead() {
        #expect(KoreanParticle.toward.after("Sandan 0.1.0") == "Sandan 0.1.0으로")   // 영
        #expect(KoreanParticle.subject.after("3") == "3이")                        // 삼
        #expect(KoreanParticle.subject.after("2") == "2가")                        // 이
        #expect(KoreanParticle.toward.after("7") == "7로")                         // 칠
        #expect(KoreanParticle.topic.after("KICOX") == "KICOX는")
        #expect(KoreanParticle.topic.after("군산(전북)") == "군산(전북)은")
        #expect(KoreanParticle.topic.after("★") == "★은(는)")
    }
}

@Suite struct KoreanParticlePercentTests {
    @Test func percentIsReadPeosenteu() {
        // 퍼센트 ends in a vowel: 로, not 으로.
        #expect(KoreanParticle.toward.after("9.2%") == "9.2%로")
    }
}
