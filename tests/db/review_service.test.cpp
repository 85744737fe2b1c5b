// Reviews in storage: the rubric seeded per programme, conflict declared before scoring, one
// review per reviewer replaced on rescoring, version checks, the mean and the ranking.
#include "scenario.h"
#include "test_helpers.h"

#include "domain/review_service.h"
#include "domain/target_service.h"
#include "interchange/plan_file.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace innodesk;
using namespace innodesk::domain;

using innodesk::testing::CountRows;
using innodesk::testing::Refusal;

namespace {

ReviewService Reviews(testing::Scenario& s) {
    return {s.db.Store(), s.db.Text(), s.clock};
}

Application UnderReview(testing::Scenario& s, const Enterprise& enterprise) {
    auto service = s.Applications();
    const auto draft = s.Draft(enterprise, 100'000'000, 50'000'000);
    service.Move(draft.id, ApplicationState::Submitted, s.officer, "");
    return service.Move(draft.id, ApplicationState::UnderReview, s.officer, "");
}

// Every default criterion scored `score`, the first one `first`.
std::vector<CriterionScore> AllScored(int score, int first) {
    std::vector<CriterionScore> scores;
    for (const auto& c : DefaultRubric(0).criteria)
        scores.push_back({c.code, scores.empty() ? first : score});
    return scores;
}

// The council: officers with accounts of their own, since a reviewer is the signed-in user.
struct Council {
    explicit Council(testing::Scenario& s)
        : an(Member(s, "chuyengia.an")), binh(Member(s, "chuyengia.binh")), chi(Member(s, "chuyengia.chi")) {}
    Actor an;
    Actor binh;
    Actor chi;

private:
    static Actor Member(testing::Scenario& s, const char* name) {
        const auto user = s.Users().Add({name, name, Role::Officer, testing::kTestPassword}, s.admin);
        return {user.name, user.role, user.id};
    }
};

}  // namespace

TEST_CASE("A programme's rubric is the default until its first review stores it", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto reviews = Reviews(s);
    const Council c(s);
    const auto before = reviews.RubricFor(s.programme.id);
    CHECK(before.is_default);
    CHECK(before.criteria.size() == 10);
    CHECK(CountRows(db, "review_criterion") == 0);

    const auto application = UnderReview(s, s.parent);
    reviews.Declare(application.id, c.an, false, "");
    const auto after = reviews.RubricFor(s.programme.id);
    CHECK_FALSE(after.is_default);
    REQUIRE(after.criteria.size() == 10);
    for (std::size_t i = 0; i < after.criteria.size(); ++i) {
        CHECK(after.criteria[i].code == before.criteria[i].code);
        CHECK(after.criteria[i].label_vi == before.criteria[i].label_vi);
        CHECK(after.criteria[i].weight == 1);
    }
    CHECK_THROWS_WITH(reviews.RubricFor(9999), Catch::Contains("no programme with id 9999"));
}

TEST_CASE("Stored weights are what the scores are weighed with", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto reviews = Reviews(s);
    const Council c(s);
    const auto application = UnderReview(s, s.parent);
    reviews.Declare(application.id, c.an, false, "");
    {
        // Weights edited later (the editing screen comes with a later issue): problem weighs 3.
        auto rubric = reviews.RubricFor(s.programme.id);
        rubric.criteria[0].weight = 3;
        auto tx = db.Store().Begin(TransactionMode::Write);
        tx->Reviews().ReplaceCriteria(s.programme.id, rubric.criteria);
        tx->Commit();
    }
    reviews.Score(application.id, c.an, AllScored(5, 10), "");
    // (3·10 + 9·5) / (3·10 + 9·10) = 75/120 = 62.5%
    const auto shown = reviews.Show(application.id);
    REQUIRE(shown.reviews.size() == 1);
    CHECK(shown.reviews[0].weighted->Tenths() == 625);
    CHECK(shown.mean->Tenths() == 625);
}

TEST_CASE("A reviewer declares conflicts before scoring, and a conflict bars scoring", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto reviews = Reviews(s);
    const Council c(s);
    const auto application = UnderReview(s, s.parent);

    SECTION("scoring without a declaration is refused") {
        const auto error = Refusal([&] { reviews.Score(application.id, c.an, AllScored(7, 7), ""); });
        CHECK(error.Code() == ErrorCode::InvalidTransition);
        CHECK_THAT(error.Message(Language::English),
                   Catch::Contains("has not declared conflicts of interest"));
        CHECK_THAT(error.Message(Language::Vietnamese), Catch::Contains("chưa khai xung đột lợi ích"));
        CHECK(CountRows(db, "review") == 0);
    }
    SECTION("a declared conflict bars scoring, in both languages") {
        const auto declared = reviews.Declare(application.id, c.binh, true, "Vợ là cổ đông của doanh nghiệp");
        CHECK(declared.has_conflict);
        CHECK(declared.declared_at_unix == s.clock.NowUnixSeconds());
        const auto error = Refusal([&] { reviews.Score(application.id, c.binh, AllScored(7, 7), ""); });
        CHECK(error.Code() == ErrorCode::PermissionDenied);
        CHECK_THAT(error.Message(Language::Vietnamese), Catch::Contains("không được chấm hồ sơ này"));
        CHECK_THAT(error.Message(Language::English), Catch::Contains("may not score it"));
        CHECK(CountRows(db, "review_score") == 0);
    }
    SECTION("a conflict needs a note and cannot be withdrawn") {
        CHECK_THROWS_WITH(reviews.Declare(application.id, c.binh, true, " "),
                          Catch::Contains("needs a note saying what it is"));
        reviews.Declare(application.id, c.binh, true, "Người nhà");
        CHECK_THROWS_WITH(reviews.Declare(application.id, c.binh, false, ""),
                          Catch::Contains("cannot be withdrawn"));
        CHECK(reviews.Show(application.id).reviews[0].review.has_conflict);
    }
    SECTION("the same declaration twice changes nothing") {
        const auto first = reviews.Declare(application.id, c.an, false, "");
        const auto again = reviews.Declare(application.id, c.an, false, "");
        CHECK(again.id == first.id);
        CHECK(again.version == 1);
        CHECK(CountRows(db, "review") == 1);
    }
    SECTION("a conflict found after scoring keeps the scores out of the mean") {
        reviews.Declare(application.id, c.an, false, "");
        reviews.Score(application.id, c.an, AllScored(8, 8), "");
        reviews.Declare(application.id, c.chi, false, "");
        reviews.Score(application.id, c.chi, AllScored(6, 6), "");
        CHECK(reviews.Show(application.id).mean->Tenths() == 700);
        const auto late = reviews.Declare(application.id, c.an, true, "Phát hiện quan hệ họ hàng");
        CHECK(late.has_conflict);
        CHECK(late.IsScored());
        const auto shown = reviews.Show(application.id);
        CHECK(shown.mean->Tenths() == 600);
        CHECK(shown.counted == 1);
        CHECK(shown.conflicts == 1);
    }
}

TEST_CASE("Reviews are recorded only while the application is under review", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto reviews = Reviews(s);
    const Council c(s);
    const auto draft = s.Draft(s.parent, 100'000'000, 0);
    CHECK_THROWS_WITH(reviews.Declare(draft.id, c.an, false, ""),
                      Catch::Contains("only while it is 'Under review'"));
    CHECK_THROWS_WITH(reviews.Declare(9999, c.an, false, ""), Catch::Contains("no application 9999"));

    const auto application = UnderReview(s, s.parent);
    reviews.Declare(application.id, c.an, false, "");
    reviews.Score(application.id, c.an, AllScored(7, 7), "");
    s.Applications().Move(application.id, ApplicationState::Recommended, s.officer, "");
    CHECK_THROWS_WITH(reviews.Score(application.id, c.an, AllScored(9, 9), ""),
                      Catch::Contains("is 'Recommended'"));
    CHECK(reviews.Show(application.id).mean->Tenths() == 700);
}

TEST_CASE("Rescoring replaces the scores under a version check", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto reviews = Reviews(s);
    const Council c(s);
    const auto application = UnderReview(s, s.parent);
    reviews.Declare(application.id, c.an, false, "");
    const auto first = reviews.Score(application.id, c.an, AllScored(5, 5), "Lần đầu");
    CHECK(first.version == 2);
    CHECK(first.scores.size() == 10);
    const auto second = reviews.Score(application.id, c.an, AllScored(9, 9), "Chấm lại", first.version);
    CHECK(second.version == 3);
    CHECK(CountRows(db, "review") == 1);
    CHECK(CountRows(db, "review_score") == 10);
    const auto shown = reviews.Show(application.id);
    CHECK(shown.reviews[0].review.comment == "Chấm lại");
    CHECK(shown.reviews[0].review.scores == AllScored(9, 9));  // read back in rubric order
    CHECK(shown.mean->Tenths() == 900);

    SECTION("an expected version that is stale is refused") {
        const auto error =
            Refusal([&] { reviews.Score(application.id, c.an, AllScored(1, 1), "", first.version); });
        CHECK(error.Code() == ErrorCode::Conflict);
        CHECK(reviews.Show(application.id).mean->Tenths() == 900);
    }
    SECTION("a stale update in storage changes nothing, scores included") {
        Review stale = first;  // version 2, while storage holds 3
        stale.scores = AllScored(0, 0);
        auto tx = db.Store().Begin(TransactionMode::Write);
        const auto error = Refusal([&] { tx->Reviews().Update(stale); });
        CHECK(error.Code() == ErrorCode::Conflict);
        tx.reset();
        CHECK(reviews.Show(application.id).reviews[0].review.scores == AllScored(9, 9));
    }
    SECTION("the database keeps one review per application and reviewer") {
        Review duplicate;
        duplicate.application_id = application.id;
        duplicate.reviewer = "chuyengia.an";
        duplicate.declared_at_unix = 1;
        auto tx = db.Store().Begin(TransactionMode::Write);
        CHECK(Refusal([&] { tx->Reviews().Insert(duplicate); }).Code() == ErrorCode::Duplicate);
    }
}

TEST_CASE("Scores are checked against the stored rubric", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto reviews = Reviews(s);
    const Council c(s);
    const auto application = UnderReview(s, s.parent);
    reviews.Declare(application.id, c.an, false, "");
    auto scores = AllScored(5, 5);
    scores.pop_back();
    CHECK_THROWS_WITH(reviews.Score(application.id, c.an, scores, ""), Catch::Contains("missing: priority"));
    CHECK_THROWS_WITH(reviews.Score(application.id, c.an, AllScored(5, 11), ""),
                      Catch::Contains("from 0 to 10, it is 11"));
    CHECK_FALSE(reviews.Show(application.id).reviews[0].review.IsScored());
}

TEST_CASE("The ranking of a programme year orders applications by mean score", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto reviews = Reviews(s);
    const Council c(s);
    const auto low = UnderReview(s, s.parent);
    const auto high = UnderReview(s, s.other);
    const auto unscored = UnderReview(s, s.branch);
    const auto draft = s.Draft(s.other, 10'000'000, 0);  // not under review: left out
    for (const Actor* reviewer : {&c.an, &c.binh}) {
        reviews.Declare(low.id, *reviewer, false, "");
        reviews.Declare(high.id, *reviewer, false, "");
    }
    reviews.Score(low.id, c.an, AllScored(5, 5), "");
    reviews.Score(low.id, c.binh, AllScored(6, 6), "");
    reviews.Score(high.id, c.an, AllScored(9, 9), "");
    reviews.Declare(high.id, c.chi, true, "Từng tư vấn cho doanh nghiệp");
    s.Applications().Move(high.id, ApplicationState::Recommended, s.officer, "");  // recommended stays ranked

    const auto ranking = reviews.Ranking(s.programme.id, 2026);
    REQUIRE(ranking.size() == 3);
    CHECK(ranking[0].application.id == high.id);
    CHECK(ranking[0].rank == 1);
    CHECK(ranking[0].mean->Tenths() == 900);
    CHECK(ranking[0].counted == 1);  // binh declared but did not score
    CHECK(ranking[0].conflicts == 1);
    CHECK(ranking[1].application.id == low.id);
    CHECK(ranking[1].mean->Tenths() == 550);
    CHECK(ranking[1].counted == 2);
    CHECK(ranking[2].application.id == unscored.id);
    CHECK(ranking[2].rank == 0);
    CHECK_FALSE(ranking[2].mean.has_value());
    for (const auto& entry : ranking) CHECK(entry.application.id != draft.id);
    CHECK(reviews.Ranking(s.programme.id, 2027).empty());
}

TEST_CASE(
    "Named reviewers: only they may declare once an application has any, withdrawn only before declaring",
    "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto reviews = Reviews(s);
    const Council c(s);
    const auto application = UnderReview(s, s.parent);

    // Without assignments any officer may declare (a small office reviews its own files).
    reviews.Declare(application.id, c.chi, false, "");

    // Naming a council: the names are checked, a repeated name changes nothing, and chi, who
    // has already declared, stays in it.
    const auto named =
        reviews.Assign(application.id, {c.an.user_name, c.binh.user_name, c.an.user_name}, s.officer);
    REQUIRE(named.size() == 3);
    std::vector<std::string> names;
    for (const auto& a : named) {
        names.push_back(a.reviewer);
        CHECK(a.assigned_by == s.officer.user_name);
    }
    std::sort(names.begin(), names.end());
    CHECK(names == std::vector<std::string>{c.an.user_name, c.binh.user_name, c.chi.user_name});
    CHECK(Refusal([&] { reviews.Assign(application.id, {"no.such.user"}, s.officer); }).Code() ==
          ErrorCode::NotFound);
    CHECK(Refusal([&] { reviews.Assign(application.id, {s.approver.user_name}, s.officer); }).Code() ==
          ErrorCode::InvalidValue);  // an approver does not review
    CHECK(Refusal([&] { reviews.Assign(application.id, {}, s.officer); }).Code() == ErrorCode::InvalidValue);
    CHECK(Refusal([&] { reviews.Assign(application.id, {c.an.user_name}, s.viewer); }).Code() ==
          ErrorCode::PermissionDenied);

    // From now on only the named reviewers may declare.
    const auto refused = Refusal([&] { reviews.Declare(application.id, s.reviewer, false, ""); });
    CHECK(refused.Code() == ErrorCode::PermissionDenied);
    CHECK_THAT(refused.Text().en, Catch::Contains("chuyengia.chi") && Catch::Contains("chuyengia.an") &&
                                      Catch::Contains("'" + s.reviewer.user_name + "' is not"));
    reviews.Declare(application.id, c.an, false, "");
    reviews.Score(application.id, c.an, AllScored(8, 8), "Tốt");

    // Withdrawing: refused once the reviewer declared, allowed before.
    CHECK(Refusal([&] { reviews.Unassign(application.id, c.an.user_name, s.officer); }).Code() ==
          ErrorCode::InvalidTransition);
    CHECK(Refusal([&] { reviews.Unassign(application.id, c.chi.user_name, s.officer); }).Code() ==
          ErrorCode::InvalidTransition);
    CHECK(Refusal([&] { reviews.Unassign(application.id, s.reviewer.user_name, s.officer); }).Code() ==
          ErrorCode::NotFound);
    const auto left = reviews.Unassign(application.id, c.binh.user_name, s.officer);
    REQUIRE(left.size() == 2);
    CHECK(Refusal([&] { reviews.Declare(application.id, c.binh, false, ""); }).Code() ==
          ErrorCode::PermissionDenied);

    // Show lists the council; the audit trail has the assignment and the withdrawal.
    const auto shown = reviews.Show(application.id);
    REQUIRE(shown.assignments.size() == 2);
    CHECK(shown.counted == 1);
    auto tx = db.Store().Begin(TransactionMode::Read);
    const auto entries = tx->Audit().ForEntity("application", application.id);
    std::vector<std::string> actions;
    for (const auto& e : entries)
        if (e.action.rfind("review.", 0) == 0) actions.push_back(e.action);
    CHECK(actions == std::vector<std::string>{"review.assign", "review.unassign"});
}

TEST_CASE("Setting an application's reviewers names and withdraws in one transaction", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto reviews = Reviews(s);
    const Council c(s);
    const auto application = UnderReview(s, s.parent);
    CHECK(reviews.SetReviewers(application.id, {c.an.user_name, c.binh.user_name}, s.officer).size() == 2);
    reviews.Declare(application.id, c.binh, false, "");
    // binh has declared: leaving them out is refused and nothing changes, chi is not added either.
    const auto refused = Refusal([&] {
        reviews.SetReviewers(application.id, {c.an.user_name, c.chi.user_name}, s.officer);
    });
    CHECK(refused.Code() == ErrorCode::InvalidTransition);
    CHECK(reviews.Show(application.id).assignments.size() == 2);
    const auto council = reviews.SetReviewers(application.id, {c.binh.user_name, c.chi.user_name}, s.officer);
    REQUIRE(council.size() == 2);
    CHECK(Refusal([&] { reviews.Declare(application.id, c.an, false, ""); }).Code() ==
          ErrorCode::PermissionDenied);
    reviews.Declare(application.id, c.chi, false, "");
}

TEST_CASE("Reviewers cannot be named once the application has left review", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto reviews = Reviews(s);
    const Council c(s);
    const auto draft = s.Draft(s.parent, 100'000'000, 50'000'000);
    CHECK(Refusal([&] { reviews.Assign(draft.id, {c.an.user_name}, s.officer); }).Code() ==
          ErrorCode::InvalidTransition);
    s.Applications().Move(draft.id, ApplicationState::Submitted, s.officer, "");
    CHECK(reviews.Assign(draft.id, {c.an.user_name}, s.officer).size() ==
          1);  // submitted: the council is formed
}

TEST_CASE("A plan's pass marks become the programme's and judge its applications", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto reviews = Reviews(s);
    const Council c(s);
    // Plan 002's rubric with an overall mark of 60% and a mark of 6 for its first criterion.
    std::ifstream file(std::filesystem::path(INNODESK_SOURCE_DIR) / "data" / "plans" /
                       "002-hue-khcn-dmst-2026-2030.yaml");
    std::stringstream text;
    text << file.rdbuf();
    std::string source = text.str();
    const auto rubric_at = source.find("rubric:\n  criteria:\n    - code: problem\n");
    REQUIRE(rubric_at != std::string::npos);
    source.replace(rubric_at, std::string("rubric:\n  criteria:\n").size(),
                   "rubric:\n  threshold: 60\n  criteria:\n");
    const auto weight_at = source.find("      weight: 1\n", rubric_at);
    source.insert(weight_at, "      threshold: 6\n");
    TargetService targets(db.Store(), s.clock);
    targets.Import(interchange::ParsePlanFile(source, db.Text()), s.officer);
    targets.AdoptRubric("KH343-HUE-2026-2030", s.programme.code, s.officer);
    const auto rubric = reviews.RubricFor(s.programme.id);
    CHECK(rubric.threshold == 60);
    CHECK(rubric.criteria[0].threshold == 6);
    CHECK_FALSE(rubric.criteria[1].threshold.has_value());

    const auto application = UnderReview(s, s.parent);
    CHECK(reviews.Show(application.id).pass_marks.verdict == PassVerdict::Pending);
    std::vector<CriterionScore> scores;
    for (const auto& criterion : rubric.criteria)
        scores.push_back({criterion.code, criterion.code == "problem" ? 5 : 9});
    reviews.Declare(application.id, c.an, false, "");
    reviews.Score(application.id, c.an, scores, "");
    const auto shown = reviews.Show(application.id);
    CHECK(shown.pass_marks.verdict == PassVerdict::Fails);
    REQUIRE(shown.pass_marks.below.size() == 1);
    CHECK(shown.pass_marks.below[0].en == "problem 5.0 < 6");
    const auto ranking = reviews.Ranking(s.programme.id, application.year);
    REQUIRE_FALSE(ranking.empty());
    CHECK(ranking[0].pass_marks.verdict == PassVerdict::Fails);
}
