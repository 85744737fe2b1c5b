// The number register, decisions' issues and their stored PDFs, in SQL.
#include "soci_issue_repository.h"

#include "bound_query.h"
#include "storage_errors.h"
#include "stored_values.h"

#include "domain/base64.h"
#include "domain/errors.h"

namespace innodesk::persistence {
namespace {

constexpr std::string_view kDoingVi = "đọc hoặc ghi sổ đăng ký số văn bản";
constexpr std::string_view kDoingEn = "read or write the register of document numbers";

std::vector<std::uint8_t> DecodedOr(const std::string& base64) {
    // Bytes that are not Base64 are kept as they are: verification then calls the signature or
    // the document damaged instead of the whole record being unreadable.
    auto bytes = domain::Base64Decode(base64);
    return bytes ? std::move(*bytes) : std::vector<std::uint8_t>(base64.begin(), base64.end());
}

}  // namespace

std::int64_t SociIssueRepository::LastSequence(const std::string& kind, int year) try {
    long long last = 0;
    soci::indicator indicator = soci::i_null;
    BoundQuery q(m_session, "SELECT MAX(sequence) FROM document_number WHERE kind = :k AND year = :y");
    q.Into(last, indicator).Param(kind).Param(static_cast<long long>(year));
    q.Execute();
    q.Fetch();
    return indicator == soci::i_ok ? last : 0;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::optional<domain::DocumentNumber> SociIssueRepository::Select(const std::string& where,
                                                                  const std::string& text, int year,
                                                                  long long sequence) {
    long long id = 0, seq = 0, decision = 0, report = 0, at = 0;
    int row_year = 0;
    soci::indicator decision_ind = soci::i_null, report_ind = soci::i_null;
    std::string kind, number, issued_on, clerk;
    BoundQuery q(
        m_session,
        "SELECT id, kind, year, sequence, number, decision_id, issued_report_id, issued_on, clerk_user, "
        "issued_at FROM document_number WHERE " +
            where);
    q.Into(id).Into(kind).Into(row_year).Into(seq).Into(number).Into(decision, decision_ind);
    q.Into(report, report_ind).Into(issued_on).Into(clerk).Into(at);
    q.Param(text).Param(static_cast<long long>(year));
    if (sequence > 0) q.Param(sequence);
    q.Execute();
    if (!q.Fetch()) return std::nullopt;
    domain::DocumentNumber n;
    n.kind = kind;
    n.year = row_year;
    n.sequence = seq;
    n.number = number;
    if (decision_ind == soci::i_ok) n.decision_id = decision;
    if (report_ind == soci::i_ok) n.issued_report_id = report;
    n.issued_on = StoredDate(issued_on, "document_number", id);
    n.clerk_user = clerk;
    n.issued_at_unix = at;
    return n;
}

std::optional<domain::DocumentNumber> SociIssueRepository::FindNumber(const std::string& number,
                                                                      int year) try {
    return Select("number = :n AND year = :y", number, year, 0);
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::optional<domain::DocumentNumber> SociIssueRepository::FindSequence(const std::string& kind, int year,
                                                                        std::int64_t sequence) try {
    return Select("kind = :k AND year = :y AND sequence = :s", kind, year, sequence);
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

void SociIssueRepository::RegisterNumber(const domain::DocumentNumber& n) try {
    BoundQuery q(m_session,
                 "INSERT INTO document_number (kind, year, sequence, number, decision_id, issued_report_id, "
                 "issued_on, clerk_user, issued_at) VALUES (:k, :y, :s, :n, :d, :r, :o, :c, :at)");
    q.Param(n.kind)
        .Param(static_cast<long long>(n.year))
        .Param(static_cast<long long>(n.sequence))
        .Param(n.number)
        .Param(n.decision_id ? std::optional<long long>(*n.decision_id) : std::nullopt)
        .Param(n.issued_report_id ? std::optional<long long>(*n.issued_report_id) : std::nullopt)
        .Param(n.issued_on.Iso())
        .Param(n.clerk_user)
        .Param(static_cast<long long>(n.issued_at_unix));
    q.Execute();
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

void SociIssueRepository::RecordIssue(domain::DecisionId id, const domain::DecisionIssue& issue) try {
    if (ReadDecisionIssue(m_session, id))
        throw domain::DomainError(
            domain::ErrorCode::Conflict,
            {"Quyết định id " + std::to_string(id) + " đã được ban hành (số " + issue.number + ").",
             "Decision id " + std::to_string(id) + " has already been issued (number " + issue.number +
                 ")."});
    BoundQuery q(
        m_session,
        "INSERT INTO decision_issue (decision_id, number, issued_on, clerk_user, organisation_fingerprint, "
        "organisation_subject, signature, issued_at) VALUES (:d, :n, :o, :c, :f, :s, :sig, :at)");
    q.Param(static_cast<long long>(id))
        .Param(issue.number)
        .Param(issue.issued_on.Iso())
        .Param(issue.clerk_user)
        .Param(issue.organisation_fingerprint)
        .Param(issue.organisation_subject)
        .Param(domain::Base64Encode(issue.cms_der))
        .Param(static_cast<long long>(issue.issued_at_unix));
    q.Execute();
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

void SociIssueRepository::PutDocument(const domain::StoredDocument& d) try {
    const std::string stage(domain::EntryOf(domain::DocumentStages(), d.stage).code);
    if (GetDocument(d.decision_id, d.stage))
        throw domain::DomainError(domain::ErrorCode::Conflict,
                                  {"Quyết định id " + std::to_string(d.decision_id) + " đã có bản PDF '" +
                                       stage + "'; bản đã lưu không bao giờ bị thay.",
                                   "Decision id " + std::to_string(d.decision_id) + " already has its '" +
                                       stage + "' PDF; a stored PDF is never replaced."});
    BoundQuery q(
        m_session,
        "INSERT INTO decision_document (decision_id, stage, pdf, sha256, created_at) VALUES (:d, :s, :p, "
        ":h, :at)");
    q.Param(static_cast<long long>(d.decision_id))
        .Param(stage)
        .Param(domain::Base64Encode(d.pdf))
        .Param(d.sha256)
        .Param(static_cast<long long>(d.created_at_unix));
    q.Execute();
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::optional<domain::StoredDocument> SociIssueRepository::GetDocument(domain::DecisionId id,
                                                                       domain::DocumentStage stage) try {
    std::string pdf, sha256;
    long long at = 0;
    BoundQuery q(
        m_session,
        "SELECT pdf, sha256, created_at FROM decision_document WHERE decision_id = :d AND stage = :s");
    q.Into(pdf).Into(sha256).Into(at);
    q.Param(static_cast<long long>(id))
        .Param(std::string(domain::EntryOf(domain::DocumentStages(), stage).code));
    q.Execute();
    if (!q.Fetch()) return std::nullopt;
    return domain::StoredDocument{id, stage, DecodedOr(pdf), sha256, at};
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::optional<domain::DecisionIssue> ReadDecisionIssue(soci::session& session, long long id) {
    std::string number, issued_on, clerk, fingerprint, subject, signature;
    long long at = 0;
    BoundQuery q(
        session,
        "SELECT number, issued_on, clerk_user, organisation_fingerprint, organisation_subject, signature, "
        "issued_at FROM decision_issue WHERE decision_id = :d");
    q.Into(number).Into(issued_on).Into(clerk).Into(fingerprint).Into(subject).Into(signature).Into(at);
    q.Param(id);
    q.Execute();
    if (!q.Fetch()) return std::nullopt;
    return domain::DecisionIssue{number,  StoredDate(issued_on, "decision_issue", id),
                                 clerk,   fingerprint,
                                 subject, DecodedOr(signature),
                                 at};
}

}  // namespace innodesk::persistence
