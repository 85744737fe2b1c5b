// Review rubrics, reviews and their scores in SQL.
#include "bound_query.h"
#include "soci_repositories.h"
#include "sql_filter.h"
#include "storage_errors.h"
#include "stored_values.h"

#include <map>

namespace innodesk::persistence {
namespace {

// What a database failure in this file stopped, for StorageError's "Không thể …" / "Cannot …".
constexpr std::string_view kDoingVi = "đọc hoặc ghi đánh giá hồ sơ";
constexpr std::string_view kDoingEn = "read or write reviews";

using domain::Review;

constexpr const char* kColumns =
    "r.id, r.application_id, r.reviewer, r.has_conflict, r.conflict_note, r.declared_at, r.comment, "
    "r.submitted_at, r.version";

struct ReviewRow {
    long long id = 0, application_id = 0, declared_at = 0, submitted_at = 0, version = 0;
    int has_conflict = 0;
    std::string reviewer, conflict_note, comment;
    soci::indicator submitted_ind = soci::i_null;

    void Bind(BoundQuery& q) {
        q.Into(id)
            .Into(application_id)
            .Into(reviewer)
            .Into(has_conflict)
            .Into(conflict_note)
            .Into(declared_at)
            .Into(comment)
            .Into(submitted_at, submitted_ind)
            .Into(version);
    }

    Review ToDomain() const {
        if (has_conflict != 0 && has_conflict != 1)
            ThrowCorruptValue(
                "review", id,
                domain::DomainError(domain::ErrorCode::InvalidValue,
                                    {"has_conflict không phải 0 hoặc 1", "has_conflict is not 0 or 1"},
                                    "has_conflict"));
        Review r;
        r.id = id;
        r.application_id = application_id;
        r.reviewer = reviewer;
        r.has_conflict = has_conflict == 1;
        r.conflict_note = conflict_note;
        r.declared_at_unix = declared_at;
        r.comment = comment;
        if (submitted_ind == soci::i_ok) r.submitted_at_unix = submitted_at;
        r.version = version;
        return r;
    }
};

// Reviews matching `filter` (over alias r, joined to application a) with their scores, the
// scores in the order of the programme's rubric.
std::vector<Review> SelectReviews(soci::session& session, const SqlFilter& filter) {
    const std::string from = " FROM review r JOIN application a ON a.id = r.application_id " + filter.Where();
    ReviewRow row;
    BoundQuery q(session, std::string("SELECT ") + kColumns + from + " ORDER BY r.application_id, r.id");
    row.Bind(q);
    filter.Bind(q);
    q.Execute();
    std::vector<Review> reviews;
    std::map<long long, std::size_t> index;
    while (q.Fetch()) {
        index[row.id] = reviews.size();
        reviews.push_back(row.ToDomain());
    }
    if (reviews.empty()) return reviews;

    long long review_id = 0;
    std::string code;
    int score = 0;
    BoundQuery scores(session,
                      "SELECT s.review_id, s.criterion_code, s.score FROM review_score s JOIN review r ON "
                      "r.id = s.review_id JOIN application a ON a.id = r.application_id LEFT JOIN "
                      "review_criterion c ON c.programme_id = a.programme_id AND c.code = s.criterion_code " +
                          filter.Where() + " ORDER BY s.review_id, c.position, s.criterion_code");
    scores.Into(review_id).Into(code).Into(score);
    filter.Bind(scores);
    scores.Execute();
    while (scores.Fetch()) {
        const auto found = index.find(review_id);
        if (found == index.end()) continue;  // cannot happen: both statements share the filter
        if (score < 0)
            ThrowCorruptValue("review_score", review_id,
                              domain::DomainError(domain::ErrorCode::InvalidValue,
                                                  {"điểm âm " + std::to_string(score),
                                                   "negative score " + std::to_string(score)},
                                                  "score"));
        reviews[found->second].scores.push_back({code, score});
    }
    return reviews;
}

}  // namespace

std::vector<domain::ReviewCriterion> SociReviewRepository::Criteria(domain::ProgrammeId programme) try {
    domain::ReviewCriterion c;
    int threshold = 0;
    soci::indicator threshold_ind = soci::i_null;
    BoundQuery q(m_session,
                 "SELECT code, label_vi, label_en, weight, max_score, threshold FROM review_criterion WHERE "
                 "programme_id = :p ORDER BY position");
    q.Into(c.code)
        .Into(c.label_vi)
        .Into(c.label_en)
        .Into(c.weight)
        .Into(c.max_score)
        .Into(threshold, threshold_ind)
        .Param(static_cast<long long>(programme));
    q.Execute();
    std::vector<domain::ReviewCriterion> criteria;
    while (q.Fetch()) {
        c.threshold = threshold_ind == soci::i_ok ? std::optional<int>(threshold) : std::nullopt;
        criteria.push_back(c);
    }
    return criteria;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::optional<int> SociReviewRepository::OverallPassMark(domain::ProgrammeId programme) try {
    const long long id = programme;
    int percent = 0;
    soci::indicator found = soci::i_null;
    m_session << "SELECT review_pass_mark FROM programme WHERE id = :p", soci::use(id),
        soci::into(percent, found);
    if (found != soci::i_ok) return std::nullopt;
    return percent;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

void SociReviewRepository::SetOverallPassMark(domain::ProgrammeId programme, std::optional<int> percent) try {
    const long long id = programme;
    int value = percent.value_or(0);
    soci::indicator given = percent ? soci::i_ok : soci::i_null;
    m_session << "UPDATE programme SET review_pass_mark = :m WHERE id = :p", soci::use(value, given),
        soci::use(id);
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

void SociReviewRepository::ReplaceCriteria(domain::ProgrammeId programme,
                                           const std::vector<domain::ReviewCriterion>& criteria) try {
    BoundQuery remove(m_session, "DELETE FROM review_criterion WHERE programme_id = :p");
    remove.Param(static_cast<long long>(programme));
    remove.Execute();
    long long position = 0;
    for (const auto& c : criteria) {
        BoundQuery insert(m_session,
                          "INSERT INTO review_criterion (programme_id, code, label_vi, label_en, weight, "
                          "max_score, position, threshold) VALUES (:p, :c, :vi, :en, :w, :m, :pos, :t)");
        insert.Param(static_cast<long long>(programme))
            .Param(c.code)
            .Param(c.label_vi)
            .Param(c.label_en)
            .Param(static_cast<long long>(c.weight))
            .Param(static_cast<long long>(c.max_score))
            .Param(++position)
            .Param(c.threshold ? std::optional<long long>(*c.threshold) : std::nullopt);
        insert.Execute();
    }
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

void SociReviewRepository::InsertScores(const Review& review, long long review_id) try {
    for (const auto& s : review.scores) {
        BoundQuery insert(m_session,
                          "INSERT INTO review_score (review_id, criterion_code, score) VALUES (:r, :c, :s)");
        insert.Param(review_id).Param(s.code).Param(static_cast<long long>(s.score));
        Guarded("ghi điểm chấm", "record the scores", [&] { insert.Execute(); });
    }
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

domain::ReviewId SociReviewRepository::Insert(const Review& r) try {
    long long id = 0;
    BoundQuery q(m_session,
                 "INSERT INTO review (application_id, reviewer, has_conflict, conflict_note, declared_at, "
                 "comment, submitted_at, version) VALUES (:a, :r, :h, :n, :d, :c, :s, 1) RETURNING id");
    q.Into(id)
        .Param(static_cast<long long>(r.application_id))
        .Param(r.reviewer)
        .Param(r.has_conflict ? 1LL : 0LL)
        .Param(r.conflict_note)
        .Param(static_cast<long long>(r.declared_at_unix))
        .Param(r.comment)
        .Param(r.submitted_at_unix ? std::optional<long long>(*r.submitted_at_unix) : std::nullopt);
    // The (application, reviewer) key is checked by the service; a concurrent insert still
    // lands here and must reach the user as a duplicate, not as a raw SQL message.
    Guarded("ghi bài chấm", "record the review", [&] {
        q.Execute();
        q.Fetch();
    });
    InsertScores(r, id);
    return id;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::optional<Review> SociReviewRepository::Find(domain::ApplicationId application,
                                                 const std::string& reviewer) try {
    SqlFilter filter;
    filter.Add("r.application_id = ?", static_cast<long long>(application)).Add("r.reviewer = ?", reviewer);
    auto found = SelectReviews(m_session, filter);
    if (found.empty()) return std::nullopt;
    return found.front();
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

void SociReviewRepository::Update(const Review& r) try {
    BoundQuery q(m_session,
                 "UPDATE review SET has_conflict = :h, conflict_note = :n, declared_at = :d, comment = :c, "
                 "submitted_at = :s, version = version + 1 WHERE id = :id AND version = :version");
    q.Param(r.has_conflict ? 1LL : 0LL)
        .Param(r.conflict_note)
        .Param(static_cast<long long>(r.declared_at_unix))
        .Param(r.comment)
        .Param(r.submitted_at_unix ? std::optional<long long>(*r.submitted_at_unix) : std::nullopt)
        .Param(static_cast<long long>(r.id))
        .Param(static_cast<long long>(r.version));
    q.Execute();
    if (q.AffectedRows() != 1)
        throw domain::DomainError(
            domain::ErrorCode::Conflict,
            {"Bài chấm của " + r.reviewer + " cho hồ sơ số " + std::to_string(r.application_id) +
                 " đã được người khác thay đổi hoặc không còn tồn tại. Tải lại; thay đổi của bạn chưa được "
                 "lưu.",
             "The review by " + r.reviewer + " of application " + std::to_string(r.application_id) +
                 " was changed by someone else or no longer exists. Reload; your change was not saved."});
    BoundQuery remove(m_session, "DELETE FROM review_score WHERE review_id = :r");
    remove.Param(static_cast<long long>(r.id));
    remove.Execute();
    InsertScores(r, r.id);
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<Review> SociReviewRepository::ForApplication(domain::ApplicationId application) try {
    SqlFilter filter;
    filter.Add("r.application_id = ?", static_cast<long long>(application));
    return SelectReviews(m_session, filter);
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<Review> SociReviewRepository::ForProgrammeYear(domain::ProgrammeId programme, int year) try {
    SqlFilter filter;
    filter.Add("a.programme_id = ?", static_cast<long long>(programme))
        .Add("a.year = ?", static_cast<long long>(year));
    return SelectReviews(m_session, filter);
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<domain::ReviewAssignment> SociReviewRepository::Assignments(
    domain::ApplicationId application) try {
    long long application_id = 0, assigned_at = 0;
    std::string reviewer, assigned_by;
    BoundQuery q(m_session,
                 "SELECT application_id, reviewer, assigned_by, assigned_at FROM review_assignment WHERE "
                 "application_id = :a ORDER BY assigned_at, reviewer");
    q.Into(application_id).Into(reviewer).Into(assigned_by).Into(assigned_at);
    q.Param(static_cast<long long>(application));
    q.Execute();
    std::vector<domain::ReviewAssignment> assignments;
    while (q.Fetch()) assignments.push_back({application_id, reviewer, assigned_by, assigned_at});
    return assignments;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

void SociReviewRepository::InsertAssignment(const domain::ReviewAssignment& assignment) try {
    const long long application = assignment.application_id, at = assignment.assigned_at_unix;
    m_session << "INSERT INTO review_assignment (application_id, reviewer, assigned_by, assigned_at) VALUES "
                 "(:a, :r, "
                 ":b, :t)",
        soci::use(application), soci::use(assignment.reviewer), soci::use(assignment.assigned_by),
        soci::use(at);
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

void SociReviewRepository::DeleteAssignment(domain::ApplicationId application,
                                            const std::string& reviewer) try {
    const long long id = application;
    m_session << "DELETE FROM review_assignment WHERE application_id = :a AND reviewer = :r", soci::use(id),
        soci::use(reviewer);
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

}  // namespace innodesk::persistence
