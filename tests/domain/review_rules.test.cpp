// Review rules: the default rubric, score validation, conflict and state checks, the weighted
// score and the mean (exact arithmetic, rounded once), and the ranking order.
#include "domain/review.h"
#include "text/icu_text_rules.h"

#include <catch2/catch.hpp>

#include <set>
#include <stdexcept>

using namespace innodesk::domain;

namespace {

template <typename Work>
DomainError Refusal(Work&& work) {
    try {
        work();
    } catch (const DomainError& error) {
        return error;
    }
    FAIL("no DomainError was thrown");
    throw std::logic_error("unreachable");
}

// A review with every default criterion scored `score`, except the overrides.
Review Scored(const Rubric& rubric, int score, std::vector<CriterionScore> overrides = {}) {
    Review review;
    review.application_id = 7;
    review.reviewer = "chuyengia.an";
    for (const auto& c : rubric.criteria) review.scores.push_back({c.code, score});
    for (const auto& o : overrides)
        for (auto& s : review.scores)
            if (s.code == o.code) s.score = o.score;
    review.submitted_at_unix = 1'780'000'000;
    return review;
}

Rubric TwoCriteria(int weight_a, int max_a, int weight_b, int max_b) {
    Rubric rubric;
    rubric.criteria = {{"a", "Tiêu chí A", "Criterion A", weight_a, max_a, std::nullopt},
                       {"b", "Tiêu chí B", "Criterion B", weight_b, max_b, std::nullopt}};
    return rubric;
}

}  // namespace

TEST_CASE("The default rubric is the ten selection criteria of 002 appendix I", "[domain]") {
    const innodesk::text::IcuTextRules text;
    const Rubric rubric = DefaultRubric(3);
    CHECK(rubric.programme_id == 3);
    CHECK(rubric.is_default);
    REQUIRE(rubric.criteria.size() == 10);
    const std::vector<std::string> codes{
        "problem",           "spillover",    "outputs",     "participation",  "technology",
        "commercialisation", "cross_sector", "feasibility", "no_duplication", "priority"};
    for (std::size_t i = 0; i < codes.size(); ++i) {
        const auto& c = rubric.criteria[i];
        INFO(c.code);
        CHECK(c.code == codes[i]);
        CHECK(c.weight == 1);
        CHECK(c.max_score == 10);
        CHECK_FALSE(c.label_en.empty());
        // Stored as written: already clean NFC text.
        CHECK(text.Clean(c.label_vi, "label_vi") == c.label_vi);
    }
    CHECK_THAT(rubric.criteria[9].label_vi, Catch::Contains("TFP"));
    CHECK_NOTHROW(ValidateRubric(rubric));
}

TEST_CASE("A rubric with bad codes, weights or maxima is refused", "[domain]") {
    Rubric rubric = TwoCriteria(1, 10, 1, 10);
    CHECK_NOTHROW(ValidateRubric(rubric));
    SECTION("empty") {
        rubric.criteria.clear();
        CHECK_THROWS_WITH(ValidateRubric(rubric), Catch::Contains("at least one criterion"));
    }
    SECTION("repeated code") {
        rubric.criteria[1].code = "a";
        CHECK_THROWS_WITH(ValidateRubric(rubric), Catch::Contains("'a' appears twice"));
    }
    SECTION("malformed code") {
        rubric.criteria[1].code = "Tiêu chí";
        CHECK_THROWS_WITH(ValidateRubric(rubric), Catch::Contains("a–z, 0–9 or '_'"));
    }
    SECTION("weight and maximum within 1–100") {
        rubric.criteria[0].weight = 0;
        CHECK_THROWS_WITH(ValidateRubric(rubric),
                          Catch::Contains("weight of criterion 'a' must be 1–100, it is 0"));
        rubric.criteria[0].weight = 1;
        rubric.criteria[1].max_score = 101;
        CHECK_THROWS_WITH(ValidateRubric(rubric),
                          Catch::Contains("maximum score of criterion 'b' must be 1–100"));
    }
    SECTION("a label in each language") {
        rubric.criteria[0].label_en.clear();
        CHECK_THROWS_WITH(ValidateRubric(rubric), Catch::Contains("both Vietnamese and English"));
    }
}

TEST_CASE("Every criterion must be scored once, within 0..max", "[domain]") {
    const Rubric rubric = TwoCriteria(1, 10, 2, 5);
    SECTION("scores come back in rubric order") {
        const auto scores = ValidateScores(rubric, {{"b", 5}, {"a", 0}});
        CHECK(scores == std::vector<CriterionScore>{{"a", 0}, {"b", 5}});
    }
    SECTION("a missing criterion is named") {
        const auto error = Refusal([&] { ValidateScores(rubric, {{"a", 3}}); });
        CHECK(error.Code() == ErrorCode::InvalidValue);
        CHECK(error.Message(Language::English) == "Every criterion must be scored; missing: b.");
        CHECK(error.Message(Language::Vietnamese) == "Phải chấm đủ mọi tiêu chí; còn thiếu: b.");
    }
    SECTION("an unknown criterion lists the valid codes") {
        CHECK_THROWS_WITH(ValidateScores(rubric, {{"a", 1}, {"b", 1}, {"c", 1}}),
                          Catch::Contains("no criterion 'c' in the rubric; valid codes: a, b"));
    }
    SECTION("the same criterion twice") {
        CHECK_THROWS_WITH(ValidateScores(rubric, {{"a", 1}, {"a", 2}, {"b", 1}}),
                          Catch::Contains("'a' is scored twice"));
    }
    SECTION("out of range") {
        CHECK_THROWS_WITH(ValidateScores(rubric, {{"a", 1}, {"b", 6}}),
                          Catch::Contains("score for 'b' must be a whole number from 0 to 5, it is 6"));
        CHECK_THROWS_WITH(ValidateScores(rubric, {{"a", -1}, {"b", 1}}),
                          Catch::Contains("from 0 to 10, it is -1"));
    }
}

TEST_CASE("A reviewer with a declared conflict may not score", "[domain]") {
    Review review;
    review.application_id = 12;
    review.reviewer = "chuyengia.binh";
    CHECK_NOTHROW(RequireNoConflict(review));
    review.has_conflict = true;
    const auto error = Refusal([&] { RequireNoConflict(review); });
    CHECK(error.Code() == ErrorCode::PermissionDenied);
    CHECK(error.Field() == "reviewer");
    CHECK(error.Message(Language::Vietnamese) ==
          "Chuyên gia chuyengia.binh đã khai có xung đột lợi ích với hồ sơ số 12 nên không được chấm hồ sơ "
          "này.");
    CHECK(error.Message(Language::English) ==
          "Reviewer chuyengia.binh declared a conflict of interest in application 12 and may not score it.");
}

TEST_CASE("Scores and declarations are recorded only while the application is under review", "[domain]") {
    Application application;
    application.id = 5;
    application.state = ApplicationState::UnderReview;
    CHECK_NOTHROW(RequireUnderReview(application));
    for (const auto state :
         {ApplicationState::Draft, ApplicationState::Submitted, ApplicationState::Recommended,
          ApplicationState::Approved, ApplicationState::Withdrawn}) {
        application.state = state;
        const auto error = Refusal([&] { RequireUnderReview(application); });
        CHECK(error.Code() == ErrorCode::InvalidTransition);
        CHECK_THAT(error.Message(Language::English), Catch::Contains("only while it is 'Under review'"));
        CHECK_THAT(error.Message(Language::Vietnamese), Catch::Contains("'Đang thẩm định'"));
    }
}

TEST_CASE("The weighted score is Σ w·s / Σ w·max × 100 with one decimal, rounded half up", "[domain]") {
    SECTION("equal weights on the default rubric") {
        const Rubric rubric = DefaultRubric(1);
        CHECK(WeightedScore(rubric, Scored(rubric, 10)).Tenths() == 1000);
        CHECK(WeightedScore(rubric, Scored(rubric, 0)).Tenths() == 0);
        // 8,7,9,6,5,8,4,7,10,9 = 73 of 100
        const auto review = Scored(rubric, 0,
                                   {{"problem", 8},
                                    {"spillover", 7},
                                    {"outputs", 9},
                                    {"participation", 6},
                                    {"technology", 5},
                                    {"commercialisation", 8},
                                    {"cross_sector", 4},
                                    {"feasibility", 7},
                                    {"no_duplication", 10},
                                    {"priority", 9}});
        CHECK(WeightedScore(rubric, review).Format(Language::English) == "73.0");
        CHECK(WeightedScore(rubric, review).Format(Language::Vietnamese) == "73,0");
    }
    SECTION("unequal weights and maxima") {
        // weights 3 and 1, maxima 10 and 5: (3·7 + 1·2) / (3·10 + 1·5) = 23/35 = 65.714… → 65.7
        const Rubric rubric = TwoCriteria(3, 10, 1, 5);
        Review review = Scored(rubric, 0, {{"a", 7}, {"b", 2}});
        CHECK(WeightedScore(rubric, review).Tenths() == 657);
        CHECK(WeightedScore(rubric, review).Value() == Approx(65.7));
    }
    SECTION("rounding half up at the second decimal") {
        // 1/16 = 6.25% → 6.3; 2/3 = 66.666…% → 66.7; 1/3 = 33.333…% → 33.3
        CHECK(ScorePercent::FromRatio(1, 16).Tenths() == 63);
        CHECK(ScorePercent::FromRatio(2, 3).Tenths() == 667);
        CHECK(ScorePercent::FromRatio(1, 3).Tenths() == 333);
        CHECK(ScorePercent::FromRatio(1, 16).Format(Language::Vietnamese) == "6,3");
    }
    SECTION("a review not yet scored has no weighted score") {
        const Rubric rubric = TwoCriteria(1, 10, 1, 10);
        Review review;
        review.reviewer = "x";
        CHECK_THROWS_WITH(WeightedScore(rubric, review), Catch::Contains("has not scored yet"));
    }
    SECTION("a review lacking a rubric criterion is not silently scored as zero") {
        const Rubric rubric = TwoCriteria(1, 10, 1, 10);
        Review review = Scored(rubric, 5);
        review.scores.pop_back();
        CHECK_THROWS_WITH(WeightedScore(rubric, review), Catch::Contains("no score for criterion 'b'"));
    }
}

TEST_CASE("The mean counts scored reviews without conflict, from exact sums", "[domain]") {
    const Rubric rubric = TwoCriteria(1, 8, 1, 8);             // denominator 16
    const Review a = Scored(rubric, 0, {{"a", 1}, {"b", 0}});  // 1/16 = 6.25% → 6.3
    const Review z = Scored(rubric, 0);                        // 0%
    const Review b = Scored(rubric, 0, {{"a", 4}, {"b", 4}});  // 8/16 = 50%
    CHECK(WeightedScore(rubric, a).Tenths() == 63);
    // (1 + 0) / 32 = 3.125% → 3.1; averaging the rounded scores would give (6.3 + 0) / 2 → 3.2.
    CHECK(MeanScore(rubric, {a, z})->Tenths() == 31);
    CHECK(MeanScore(rubric, {a, b})->Tenths() == 281);  // 9/32 = 28.125% → 28.1

    Review conflicted = Scored(rubric, 8);
    conflicted.has_conflict = true;
    Review unscored;
    unscored.reviewer = "chua.cham";
    CHECK(MeanScore(rubric, {a, z, conflicted, unscored})->Tenths() == 31);
    CHECK_FALSE(MeanScore(rubric, {conflicted, unscored}).has_value());
    CHECK_FALSE(MeanScore(rubric, {}).has_value());
}

TEST_CASE(
    "Pass marks: each criterion's mean against its mark, the mean weighted score against the overall one",
    "[domain]") {
    Rubric rubric = TwoCriteria(1, 10, 1, 10);
    const Review six = Scored(rubric, 6);
    const Review low = Scored(rubric, 6, {{"a", 5}});  // a: 5
    SECTION("no marks set") {
        CHECK(JudgePassMarks(rubric, {six}).verdict == PassVerdict::NoPassMarks);
    }
    SECTION("a criterion's mark, exactly met and just missed") {
        rubric.criteria[0].threshold = 6;
        CHECK(JudgePassMarks(rubric, {six}).verdict == PassVerdict::Passes);
        // Means 6 and 5 → 5,5 < 6: fails, and says which criterion by how much.
        const auto marks = JudgePassMarks(rubric, {six, low});
        CHECK(marks.verdict == PassVerdict::Fails);
        REQUIRE(marks.below.size() == 1);
        CHECK(marks.below[0].vi == "a 5,5 < 6");
        CHECK(marks.below[0].en == "a 5.5 < 6");
        // 6, 6, 5 → 5,67: still below 6, never rounded up to it.
        CHECK(JudgePassMarks(rubric, {six, six, low}).verdict == PassVerdict::Fails);
    }
    SECTION("the overall mark, from exact sums") {
        rubric.threshold = 60;
        CHECK(JudgePassMarks(rubric, {six}).verdict == PassVerdict::Passes);  // 12/20 = 60% exactly
        const auto marks = JudgePassMarks(rubric, {six, low});                // 23/40 = 57,5%
        CHECK(marks.verdict == PassVerdict::Fails);
        REQUIRE(marks.below.size() == 1);
        CHECK(marks.below[0].en == "overall 57.5% < 60%");
        CHECK(marks.below[0].vi == "tổng 57,5% < 60%");
    }
    SECTION("only reviews that count are judged") {
        rubric.criteria[1].threshold = 9;
        Review conflicted = Scored(rubric, 10);
        conflicted.has_conflict = true;
        CHECK(JudgePassMarks(rubric, {conflicted}).verdict == PassVerdict::Pending);
        CHECK(JudgePassMarks(rubric, {}).verdict == PassVerdict::Pending);
        CHECK(JudgePassMarks(rubric, {conflicted, six}).verdict == PassVerdict::Fails);
    }
    SECTION("a mark outside its scale is refused with the rubric") {
        rubric.criteria[0].threshold = 11;
        CHECK_THROWS_WITH(ValidateRubric(rubric), Catch::Contains("must be 0 to its maximum 10"));
        rubric.criteria[0].threshold = 6;
        rubric.threshold = 101;
        CHECK_THROWS_WITH(ValidateRubric(rubric), Catch::Contains("overall pass mark is a percentage"));
    }
}

TEST_CASE("The ranking orders by mean, shares ranks on ties and puts unscored last", "[domain]") {
    auto entry = [](ApplicationId id, std::optional<int> tenths) {
        RankingEntry e;
        e.application.id = id;
        if (tenths) e.mean = ScorePercent::FromTenths(*tenths);
        return e;
    };
    std::vector<RankingEntry> entries{entry(1, 700), entry(2, std::nullopt), entry(3, 850), entry(4, 700),
                                      entry(5, 600)};
    RankEntries(entries);
    std::vector<ApplicationId> order;
    std::vector<int> ranks;
    for (const auto& e : entries) {
        order.push_back(e.application.id);
        ranks.push_back(e.rank);
    }
    CHECK(order == std::vector<ApplicationId>{3, 1, 4, 5, 2});
    CHECK(ranks == std::vector<int>{1, 2, 2, 4, 0});
}
