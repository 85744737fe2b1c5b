// Review use cases; every one runs in a single transaction.
#include "review_service.h"

#include "audit_recorder.h"
#include "audit_views.h"
#include "errors.h"
#include "record_lookup.h"

#include <algorithm>
#include <map>

namespace innodesk::domain {
namespace {

constexpr std::size_t kMaxReviewerLength = 200;

Rubric StoredOrDefault(Transaction& tx, ProgrammeId programme) {
    auto criteria = tx.Reviews().Criteria(programme);
    if (criteria.empty()) return DefaultRubric(programme);
    return Rubric{programme, std::move(criteria), tx.Reviews().OverallPassMark(programme), false};
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

JsonValue AssignmentsView(const std::vector<ReviewAssignment>& assignments) {
    JsonValue::Array names;
    for (const auto& a : assignments) names.push_back(a.reviewer);
    return JsonValue::Object{{"reviewers", names}};
}

bool IsAssigned(const std::vector<ReviewAssignment>& assignments, const std::string& reviewer) {
    return std::any_of(assignments.begin(), assignments.end(),
                       [&](const ReviewAssignment& a) { return a.reviewer == reviewer; });
}

std::string NamesOf(const std::vector<ReviewAssignment>& assignments) {
    std::string names;
    for (const auto& a : assignments) names += (names.empty() ? "" : ", ") + a.reviewer;
    return names;
}

// Reviewers are named while the application waits for or is in review; after that the council's
// composition is part of the record the decision rests on.
void RequireOpenForReviewers(const Application& application) {
    if (application.state == ApplicationState::Submitted ||
        application.state == ApplicationState::UnderReview)
        return;
    throw DomainError(ErrorCode::InvalidTransition,
                      {"Hồ sơ số " + std::to_string(application.id) +
                           " không còn chờ thẩm định hay đang thẩm định; không thể đổi chuyên gia chấm.",
                       "Application " + std::to_string(application.id) +
                           " is no longer submitted or under review; its reviewers cannot change."},
                      "application_id");
}

}  // namespace

// The reviewers of one application while they are being changed, inside the transaction.
class ReviewService::Council {
public:
    Council(Transaction& tx, const TextRules& text, const Clock& clock, const Actor& actor,
            ApplicationId application)
        : m_tx(tx),
          m_text(text),
          m_clock(clock),
          m_actor(actor),
          m_application(application),
          m_before(tx.Reviews().Assignments(application)),
          m_after(m_before) {
        // Forming the council keeps those who have already declared: their declarations and
        // scores stay part of the review.
        if (m_before.empty())
            for (const auto& review : tx.Reviews().ForApplication(application)) {
                ReviewAssignment kept{application, review.reviewer, actor.user_name, review.declared_at_unix};
                tx.Reviews().InsertAssignment(kept);
                m_after.push_back(std::move(kept));
                ++m_added;
            }
    }

    // Names an enabled officer; one already named changes nothing.
    void Add(const std::string& given) {
        const std::string name = m_text.Clean(given, "reviewer");
        const auto user = m_tx.Users().FindByName(name);
        if (!user || user->disabled)
            throw DomainError(ErrorCode::NotFound,
                              {"Không có tài khoản đang hoạt động tên '" + name + "' để giao chấm hồ sơ.",
                               "There is no enabled account named '" + name + "' to assign as a reviewer."},
                              "reviewer");
        if (user->role != Role::Officer)
            throw DomainError(ErrorCode::InvalidValue,
                              {"'" + name + "' không có vai trò cán bộ nên không chấm hồ sơ được.",
                               "'" + name + "' is not an officer, so they cannot review applications."},
                              "reviewer");
        if (IsAssigned(m_after, name)) return;
        ReviewAssignment assignment{m_application, name, m_actor.user_name, m_clock.NowUnixSeconds()};
        m_tx.Reviews().InsertAssignment(assignment);
        m_after.push_back(std::move(assignment));
        ++m_added;
    }

    // Withdraws a named reviewer who has not declared.
    void Remove(const std::string& given) {
        const std::string name = m_text.Clean(given, "reviewer");
        const std::string id = std::to_string(m_application);
        if (!IsAssigned(m_after, name))
            throw DomainError(ErrorCode::NotFound,
                              {"'" + name + "' không được giao chấm hồ sơ số " + id + ".",
                               "'" + name + "' is not assigned to application " + id + "."},
                              "reviewer");
        if (m_tx.Reviews().Find(m_application, name))
            throw DomainError(
                ErrorCode::InvalidTransition,
                {"'" + name + "' đã khai xung đột lợi ích với hồ sơ số " + id +
                     "; lời khai và bài chấm là một phần của hồ sơ nên không rút được.",
                 "'" + name + "' has already declared for application " + id +
                     "; the declaration and any scores are part of the record, so they cannot be withdrawn."},
                "reviewer");
        m_tx.Reviews().DeleteAssignment(m_application, name);
        std::erase_if(m_after, [&](const ReviewAssignment& a) { return a.reviewer == name; });
        ++m_removed;
    }

    std::vector<std::string> Names() const {
        std::vector<std::string> names;
        for (const auto& a : m_after) names.push_back(a.reviewer);
        return names;
    }
    const std::vector<ReviewAssignment>& Before() const { return m_before; }
    const std::vector<ReviewAssignment>& After() const { return m_after; }
    int Added() const { return m_added; }
    int Removed() const { return m_removed; }

private:
    Transaction& m_tx;
    const TextRules& m_text;
    const Clock& m_clock;
    const Actor& m_actor;
    ApplicationId m_application;
    std::vector<ReviewAssignment> m_before;
    std::vector<ReviewAssignment> m_after;
    int m_added = 0;
    int m_removed = 0;
};

std::vector<ReviewAssignment> ReviewService::Assign(ApplicationId application_id,
                                                    const std::vector<std::string>& reviewers,
                                                    const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer}, "giao hồ sơ cho chuyên gia chấm", "assign reviewers");
    if (reviewers.empty())
        throw DomainError(ErrorCode::InvalidValue,
                          {"Cần ít nhất một chuyên gia chấm (--reviewer TÊN).",
                           "Name at least one reviewer (--reviewer NAME)."},
                          "reviewer");
    return ChangeReviewers(application_id, actor, [&](Council& council) {
        for (const auto& name : reviewers) council.Add(name);
    });
}

std::vector<ReviewAssignment> ReviewService::Unassign(ApplicationId application_id,
                                                      const std::string& reviewer, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer}, "rút chuyên gia chấm khỏi hồ sơ", "withdraw reviewers");
    return ChangeReviewers(application_id, actor, [&](Council& council) { council.Remove(reviewer); });
}

std::vector<ReviewAssignment> ReviewService::SetReviewers(ApplicationId application_id,
                                                          const std::vector<std::string>& reviewers,
                                                          const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer}, "giao hồ sơ cho chuyên gia chấm", "assign reviewers");
    std::vector<std::string> wanted;
    for (const auto& name : reviewers) wanted.push_back(m_text.Clean(name, "reviewer"));
    return ChangeReviewers(application_id, actor, [&](Council& council) {
        for (const auto& name : wanted) council.Add(name);
        for (const auto& name : council.Names())
            if (std::find(wanted.begin(), wanted.end(), name) == wanted.end()) council.Remove(name);
    });
}

std::vector<ReviewAssignment> ReviewService::ChangeReviewers(ApplicationId application_id, const Actor& actor,
                                                             const std::function<void(Council&)>& change) {
    auto tx = m_store.Begin(TransactionMode::Write);
    const Application application = RequireApplication(*tx, application_id);
    RequireOpenForReviewers(application);
    Council council(*tx, m_text, m_clock, actor, application_id);
    change(council);
    if (council.Added() > 0)
        RecordChange(*tx, m_clock, actor, "review.assign", "application", application_id,
                     AssignmentsView(council.Before()), AssignmentsView(council.After()));
    else if (council.Removed() > 0)
        RecordChange(*tx, m_clock, actor, "review.unassign", "application", application_id,
                     AssignmentsView(council.Before()), AssignmentsView(council.After()));
    tx->Commit();
    return council.After();
}

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
    const auto assignments = tx->Reviews().Assignments(application_id);
    if (!assignments.empty() && !IsAssigned(assignments, name))
        throw DomainError(
            ErrorCode::PermissionDenied,
            {"Hồ sơ số " + std::to_string(application_id) + " được giao cho " + NamesOf(assignments) + "; '" +
                 name + "' không được giao nên không mở và chấm được. Đề nghị cán bộ phụ trách giao.",
             "Application " + std::to_string(application_id) + " is assigned to " + NamesOf(assignments) +
                 "; '" + name +
                 "' is not, so they cannot open or score it. Ask the officer in charge to assign you."},
            "reviewer");
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
        RecordChange(*tx, m_clock, reviewer, "review.declare", "review", review.id, nullptr,
                     AuditView(review));
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
    RecordChange(*tx, m_clock, reviewer, "review.declare", "review", review.id, AuditView(before),
                 AuditView(review));
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
    RecordChange(*tx, m_clock, reviewer, "review.score", "review", review.id, AuditView(before),
                 AuditView(review));
    tx->Commit();
    review.version += 1;
    return review;
}

ApplicationReviews ReviewService::Show(ApplicationId application_id) {
    auto tx = m_store.Begin(TransactionMode::Read);
    ApplicationReviews result;
    result.application = RequireApplication(*tx, application_id);
    result.rubric = StoredOrDefault(*tx, result.application.programme_id);
    result.assignments = tx->Reviews().Assignments(application_id);
    const auto reviews = tx->Reviews().ForApplication(application_id);
    for (const auto& review : reviews) {
        ReviewResult line{review, std::nullopt};
        if (review.IsScored()) line.weighted = WeightedScore(result.rubric, review);
        if (review.Counts()) ++result.counted;
        if (review.has_conflict) ++result.conflicts;
        result.reviews.push_back(std::move(line));
    }
    result.mean = MeanScore(result.rubric, reviews);
    result.pass_marks = JudgePassMarks(result.rubric, reviews);
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
            entry.pass_marks = JudgePassMarks(rubric, reviews);
            entry.application = std::move(application);
            entries.push_back(std::move(entry));
        }
    }
    RankEntries(entries);
    return entries;
}

}  // namespace innodesk::domain
