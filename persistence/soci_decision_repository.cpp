// Decision records and the applications they cover.
#include "bound_query.h"
#include "soci_repositories.h"
#include "stored_values.h"

namespace innodesk::persistence {

domain::DecisionId SociDecisionRepository::Insert(const domain::Decision& d) {
    long long id = 0;
    BoundQuery q(m_session,
                 "INSERT INTO decision (number, decided_on, kind, conditions, legal_basis, signer_name, supersedes, "
                 "created_at) VALUES (:n, :d, :k, :c, :l, :s, :sup, :at) RETURNING id");
    q.Into(id)
        .Param(d.number)
        .Param(d.date.Iso())
        .Param(CodeOf(domain::DecisionKinds(), d.kind))
        .Param(d.conditions)
        .Param(d.legal_basis)
        .Param(d.signer_name)
        .Param(std::optional<long long>(d.supersedes))
        .Param(static_cast<long long>(d.created_at_unix));
    q.Execute();
    q.Fetch();
    for (const auto& item : d.items) {
        BoundQuery insert_item(m_session,
                               "INSERT INTO decision_item (decision_id, application_id, approved_amount) VALUES (:d, :a, :m)");
        insert_item.Param(id)
            .Param(static_cast<long long>(item.application_id))
            .Param(static_cast<long long>(item.approved_amount.Dong()));
        insert_item.Execute();
    }
    return id;
}

namespace {

std::optional<domain::Decision> SelectDecision(soci::session& session, const std::string& where,
                                               const std::optional<std::string>& text, std::optional<long long> number) {
    long long id = 0, supersedes = 0, created = 0;
    soci::indicator supersedes_ind = soci::i_null;
    std::string date, kind;
    domain::Decision d;
    BoundQuery q(session,
                 "SELECT id, number, decided_on, kind, conditions, legal_basis, signer_name, supersedes, created_at "
                 "FROM decision " + where);
    q.Into(id).Into(d.number).Into(date).Into(kind).Into(d.conditions).Into(d.legal_basis).Into(d.signer_name)
        .Into(supersedes, supersedes_ind).Into(created);
    if (text) q.Param(*text);
    if (number) q.Param(*number);
    q.Execute();
    if (!q.Fetch()) return std::nullopt;
    d.id = id;
    d.date = StoredDate(date, "decision", id);
    d.kind = StoredEnum(domain::DecisionKinds(), kind, "decision", id);
    if (supersedes_ind == soci::i_ok) d.supersedes = supersedes;
    d.created_at_unix = created;

    long long application = 0, amount = 0;
    BoundQuery items(session,
                     "SELECT application_id, approved_amount FROM decision_item WHERE decision_id = :d ORDER BY application_id");
    items.Into(application).Into(amount).Param(id);
    items.Execute();
    while (items.Fetch()) d.items.push_back({application, domain::Money::Dong(amount)});
    return d;
}

}  // namespace

std::optional<domain::Decision> SociDecisionRepository::FindById(domain::DecisionId id) {
    return SelectDecision(m_session, "WHERE id = :id", std::nullopt, id);
}

std::optional<domain::Decision> SociDecisionRepository::FindByNumber(const std::string& number) {
    return SelectDecision(m_session, "WHERE number = :n", number, std::nullopt);
}

}  // namespace innodesk::persistence
