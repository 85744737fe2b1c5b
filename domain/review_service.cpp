// Review use cases; every one runs in a single transaction.
#include "review_service.h"

#include "audit_recorder.h"
#include "audit_views.h"
#include "errors.h"
#include "record_lookup.h"

#include <map>

namespace innodesk::domain {
namespace {

constexpr std::size_t kMaxReviewerLength = 200;


Rubric StoredOrDefault(Transaction& tx, ProgrammeId programme) {
    auto criteria = tx.Reviews().Criteria(programme);
    if (criteria.empty()) return DefaultRubric(programme);
    return Rubric{programme, std::move(criteria), false};
}

// The rubric a review is recorded under: stored the first time, so that a later change of the
// default cannot shift the scores already given.
Rubric EnsureRubric(Transaction& tx, ProgrammeId programme) {
    Rubric rubric = StoredOrDefault(tx, programme);
    if (rubric.is_default) {
        ValidateRubric(rubric);
        tx.Reviews().ReplaceCriteria(programme, rubric.criteria);
        rubric.is_default = false;
    }
    return rubric;
}

void RequireVersion(const Review& review, std::optional<std::int64_t> expected) {
    if (!expected || *expected == review.version) return;
    throw DomainError(
        ErrorCode::Conflict,
        {"Bài chấm của " + review.reviewer + " cho hồ sơ số " + std::to_string(review.application_id) +
             " đã thay đổi (phiên bản " + std::to_string(review.version) + ", bạn xem phiên bản " +
             std::to_string(*expected) + "). Tải lại rồi thực hiện lại.",
         "The review by " + review.reviewer + " of application " + std::to_string(review.application_id) +
             " has changed (version " + std::to_string(review.version) + ", you saw version " +
             std::to_string(*expected) + "). Reload and try again."});
}

}  // namespace

Rubric ReviewService::RubricFor(ProgrammeId programme) {
    auto tx = m_store.Begin(TransactionMode::Read);
    RequireProgramme(*tx, programme);
    return StoredOrDefault(*tx, programme);
}

Review ReviewService::Declare(ApplicationId application_id, const Actor& reviewer, bool has_conflict,
                              const std::string& note, std::optional<std::int64_t> expected_version) {
    RequireRole(m_store, reviewer, {Role::Officer}, "thẩm định hồ sơ", "review applications");
    const std::string name = m_text.Clean(reviewer.user_name, "reviewer");
    if (name.empty() || name.size() > kMaxReviewerLength)
        throw DomainError(ErrorCode::InvalidValue,
                          {"Cần tên chuyên gia chấm (tối đa 200 ký tự).",
                           "The reviewer's name is required (at most 200 characters)."},
                          "reviewer");
    const std::string cleaned_note = m_text.Clean(note, "note");
    if (has_conflict && cleaned_note.empty())
        throw DomainError(ErrorCode::InvalidValue,
                          {"Khi khai có xung đột lợi ích, cần ghi rõ xung đột là gì (--note).",
                           "A declared conflict of interest needs a note saying what it is (--note)."},
                          "note");
    auto tx = m_store.Begin(TransactionMode::Write);
    const Application application = RequireApplication(*tx, application_id);
    RequireUnderReview(application);
    EnsureRubric(*tx, application.programme_id);

    auto existing = tx->Reviews().Find(application_id, name);
    if (!existing) {
        Review review;
        review.application_id = application_id;
        review.reviewer = name;
        review.has_conflict = has_conflict;
        review.conflict_note = cleaned_note;
        review.declared_at_unix = m_clock.NowUnixSeconds();
        review.id = tx->Reviews().Insert(review);
        review.version = 1;
        RecordChange(*tx, m_clock, reviewer, "review.declare", "review", review.id, nullptr, AuditView(review));
        tx->Commit();
        return review;
    }

    Review review = *existing;
    RequireVersion(review, expected_version);
    if (review.has_conflict && !has_conflict)
        throw DomainError(ErrorCode::InvalidValue,
                          {name + " đã khai có xung đột lợi ích với hồ sơ số " +
                               std::to_string(application_id) + "; không thể rút lại lời khai đó.",
                           name + " declared a conflict of interest in application " +
                               std::to_string(application_id) + "; that declaration cannot be withdrawn."},
                          "has_conflict");
    if (review.has_conflict == has_conflict) {  // the same declaration again
        tx->Commit();
        return review;
    }
    // A conflict found after scoring: the scores stay on record but no longer count.
    const Review before = review;
    review.has_conflict = true;
    review.conflict_note = cleaned_note;
    review.declared_at_unix = m_clock.NowUnixSeconds();
    tx->Reviews().Update(review);
    RecordChange(*tx, m_clock, reviewer, "review.declare", "review", review.id, AuditView(before), AuditView(review));
    tx->Commit();
    review.version += 1;
    return review;
}

Review ReviewService::Score(ApplicationId application_id, const Actor& reviewer,
                            std::vector<CriterionScore> scores, const std::string& comment,
                            std::optional<std::int64_t> expected_version) {
    RequireRole(m_store, reviewer, {Role::Officer}, "chấm điểm hồ sơ", "score applications");
    const std::string name = m_text.Clean(reviewer.user_name, "reviewer");
    const std::string cleaned_comment = m_text.Clean(comment, "comment");
    auto tx = m_store.Begin(TransactionMode::Write);
    const Application application = RequireApplication(*tx, application_id);
    RequireUnderReview(application);
    auto existing = tx->Reviews().Find(application_id, name);
    if (!existing)
        throw DomainError(
            ErrorCode::InvalidTransition,
            {"'" + name + "' chưa khai xung đột lợi ích với hồ sơ số " + std::to_string(application_id) +
                 ". Khai trước (review declare) rồi mới chấm điểm.",
             "'" + name + "' has not declared conflicts of interest for application " +
                 std::to_string(application_id) + ". Declare first (review declare), then score."},
            "reviewer");
    Review review = *existing;
    const Review before = review;
    RequireNoConflict(review);
    RequireVersion(review, expected_version);
    const Rubric rubric = EnsureRubric(*tx, application.programme_id);
    review.scores = ValidateScores(rubric, std::move(scores));
    review.comment = cleaned_comment;
    review.submitted_at_unix = m_clock.NowUnixSeconds();
    tx->Reviews().Update(review);
    RecordChange(*tx, m_clock, reviewer, "review.score", "review", review.id, AuditView(before), AuditView(review));
    tx->Commit();
    review.version += 1;
    return review;
}

ApplicationReviews ReviewService::Show(ApplicationId application_id) {
    auto tx = m_store.Begin(TransactionMode::Read);
    ApplicationReviews result;
    result.application = RequireApplication(*tx, application_id);
    result.rubric = StoredOrDefault(*tx, result.application.programme_id);
    const auto reviews = tx->Reviews().ForApplication(application_id);
    for (const auto& review : reviews) {
        ReviewResult line{review, std::nullopt};
        if (review.IsScored()) line.weighted = WeightedScore(result.rubric, review);
        if (review.Counts()) ++result.counted;
        if (review.has_conflict) ++result.conflicts;
        result.reviews.push_back(std::move(line));
    }
    result.mean = MeanScore(result.rubric, reviews);
    return result;
}

std::vector<RankingEntry> ReviewService::Ranking(ProgrammeId programme, int year) {
    auto tx = m_store.Begin(TransactionMode::Read);
    RequireProgramme(*tx, programme);
    const Rubric rubric = StoredOrDefault(*tx, programme);
    std::map<ApplicationId, std::vector<Review>> by_application;
    for (auto& review : tx->Reviews().ForProgrammeYear(programme, year))
        by_application[review.application_id].push_back(std::move(review));

    std::vector<RankingEntry> entries;
    for (const ApplicationState state : {ApplicationState::UnderReview, ApplicationState::Recommended}) {
        ApplicationFilter filter;
        filter.programme_id = programme;
        filter.year = year;
        filter.state = state;
        filter.limit = 1'000'000;
        for (auto& application : tx->Applications().List(filter)) {
            RankingEntry entry;
            const auto& reviews = by_application[application.id];
            for (const auto& review : reviews) {
                if (review.Counts()) ++entry.counted;
                if (review.has_conflict) ++entry.conflicts;
            }
            entry.mean = MeanScore(rubric, reviews);
            entry.application = std::move(application);
            entries.push_back(std::move(entry));
        }
    }
    RankEntries(entries);
    return entries;
}

}  // namespace innodesk::domain
