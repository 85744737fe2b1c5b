// Four-eyes use cases: propose, confirm, reject, list, and the rule's status.
#include "four_eyes_service.h"

#include "audit_recorder.h"

namespace innodesk::domain {
namespace {

JsonValue ProposalView(const Proposal& p) {
    return JsonValue::Object{{"id", p.id},
                             {"change", AuditView(p.change)},
                             {"proposed_by", p.proposed_by},
                             {"expires_at", p.expires_at_unix},
                             {"status", std::string(EntryOf(ProposalStatuses(), p.status).code)}};
}

Proposal RequireProposal(Transaction& tx, std::int64_t id) {
    if (auto proposal = ProposalsOf(tx).FindById(id)) return *proposal;
    throw DomainError(ErrorCode::NotFound,
                      {"Không có đề xuất số " + std::to_string(id) + ".",
                       "There is no proposal #" + std::to_string(id) + "."},
                      "id");
}

void RequirePending(const Proposal& p, std::int64_t now) {
    if (p.status != ProposalStatus::Pending) {
        const auto& state = EntryOf(ProposalStatuses(), p.status);
        throw DomainError(ErrorCode::InvalidTransition,
                          {"Đề xuất số " + std::to_string(p.id) + " không còn chờ xác nhận (" +
                               std::string(state.vi) + " bởi " + p.decided_by + ").",
                           "Proposal #" + std::to_string(p.id) + " is no longer awaiting confirmation (" +
                               std::string(state.en) + " by " + p.decided_by + ")."},
                          "id");
    }
    if (IsExpired(p, now))
        throw DomainError(
            ErrorCode::InvalidTransition,
            {"Đề xuất số " + std::to_string(p.id) + " đã hết hạn lúc " +
                 FormatVietnamTime(p.expires_at_unix) + " (7 ngày sau khi đề xuất); hãy đề xuất lại.",
             "Proposal #" + std::to_string(p.id) + " expired at " + FormatVietnamTime(p.expires_at_unix) +
                 " (7 days after it was proposed); propose it again."},
            "id");
}

}  // namespace

bool IsExpired(const Proposal& proposal, std::int64_t now_unix) {
    return proposal.status == ProposalStatus::Pending && now_unix >= proposal.expires_at_unix;
}

LocalisedText StateText(const Proposal& p, std::int64_t now_unix) {
    if (IsExpired(p, now_unix)) return {"Hết hạn", "Expired"};
    const auto& state = EntryOf(ProposalStatuses(), p.status);
    if (p.status == ProposalStatus::Pending) return {std::string(state.vi), std::string(state.en)};
    return {std::string(state.vi) + " (" + p.decided_by + ")",
            std::string(state.en) + " (" + p.decided_by + ")"};
}

ProposalOutcome FourEyesService::Propose(const ProposedChange& change, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Admin}, "đề xuất thay đổi về tin cậy và người ký",
                "propose changes to trust and signers");
    const std::int64_t now = m_clock.NowUnixSeconds();
    auto tx = m_store.Begin(TransactionMode::Write);
    ProposalOutcome outcome;
    const LocalisedText what = DescribeChange(change);
    if (!NeedsSecondAdministrator(*tx, change)) {
        outcome.applied = true;
        outcome.result = ApplyChange(*tx, m_clock, actor, change);
        outcome.message = {"Đã thực hiện: " + what.vi + ".", "Done: " + what.en + "."};
        tx->Commit();
        return outcome;
    }
    {
        // A dry run, undone with its nested transaction: a change that could not be applied now is
        // refused now, with the message its confirmation would give.
        auto trial = m_store.Begin(TransactionMode::Write);
        ApplyChange(*trial, m_clock, actor, change);
    }
    Proposal& proposal = outcome.proposal;
    proposal.change = change;
    proposal.proposed_by = actor.user_name;
    proposal.proposed_by_id = actor.user_id;
    proposal.proposed_at_unix = now;
    proposal.expires_at_unix = now + kProposalLifetimeSeconds;
    proposal.status = ProposalStatus::Pending;
    proposal.id = ProposalsOf(*tx).Insert(proposal);
    RecordChange(*tx, m_clock, actor, "proposal.create", "proposal", proposal.id, nullptr,
                 ProposalView(proposal));
    tx->Commit();
    const std::string number = std::to_string(proposal.id);
    outcome.message = {
        "Đã đề xuất, chờ quản trị viên thứ hai xác nhận (đề xuất số " + number + "): " + what.vi + ".",
        "Proposed, awaiting confirmation by a second administrator (proposal #" + number + "): " + what.en +
            "."};
    return outcome;
}

AppliedChange FourEyesService::Confirm(std::int64_t id, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Admin}, "xác nhận thay đổi về tin cậy và người ký",
                "confirm changes to trust and signers");
    const std::int64_t now = m_clock.NowUnixSeconds();
    auto tx = m_store.Begin(TransactionMode::Write);
    const Proposal before = RequireProposal(*tx, id);
    RequirePending(before, now);
    const auto confirmer = tx->Users().FindById(actor.user_id);
    if (!confirmer || confirmer->name != actor.user_name || confirmer->role != Role::Admin ||
        confirmer->disabled)
        throw DomainError(ErrorCode::PermissionDenied,
                          {"Chỉ quản trị viên đang hoạt động mới xác nhận được đề xuất.",
                           "Only an active administrator can confirm a proposal."},
                          "role");
    if (confirmer->id == before.proposed_by_id || confirmer->name == before.proposed_by)
        throw DomainError(ErrorCode::PermissionDenied,
                          {"Người đề xuất không thể tự xác nhận đề xuất số " + std::to_string(id) +
                               ": cần một quản trị viên khác.",
                           "The proposer cannot confirm their own proposal #" + std::to_string(id) +
                               ": another administrator must."},
                          "id");
    AppliedChange applied = ApplyChange(*tx, m_clock, actor, before.change);
    ProposalsOf(*tx).Decide(id, ProposalStatus::Confirmed, actor.user_name, now);
    Proposal after = before;
    after.status = ProposalStatus::Confirmed;
    after.decided_by = actor.user_name;
    after.decided_at_unix = now;
    RecordChange(*tx, m_clock, actor, "proposal.confirm", "proposal", id, ProposalView(before),
                 ProposalView(after));
    tx->Commit();
    return applied;
}

Proposal FourEyesService::Reject(std::int64_t id, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Admin}, "từ chối đề xuất thay đổi", "reject proposed changes");
    const std::int64_t now = m_clock.NowUnixSeconds();
    auto tx = m_store.Begin(TransactionMode::Write);
    const Proposal before = RequireProposal(*tx, id);
    if (before.status != ProposalStatus::Pending) RequirePending(before, now);
    Proposal after = before;
    const bool own = actor.user_id == before.proposed_by_id;
    after.status = own ? ProposalStatus::Withdrawn : ProposalStatus::Rejected;
    after.decided_by = actor.user_name;
    after.decided_at_unix = now;
    ProposalsOf(*tx).Decide(id, after.status, actor.user_name, now);
    RecordChange(*tx, m_clock, actor, own ? "proposal.withdraw" : "proposal.reject", "proposal", id,
                 ProposalView(before), ProposalView(after));
    tx->Commit();
    return after;
}

std::vector<Proposal> FourEyesService::List(bool pending_only, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Admin}, "xem đề xuất thay đổi", "list proposed changes");
    auto tx = m_store.Begin(TransactionMode::Read);
    auto proposals = ProposalsOf(*tx).List(pending_only);
    for (auto& p : proposals) p.change.password_hash.clear();  // never leaves the domain
    return proposals;
}

Proposal FourEyesService::Get(std::int64_t id, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Admin}, "xem đề xuất thay đổi", "see proposed changes");
    auto tx = m_store.Begin(TransactionMode::Read);
    Proposal proposal = RequireProposal(*tx, id);
    proposal.change.password_hash.clear();
    return proposal;
}

FourEyesStatus FourEyesService::Status() {
    const std::int64_t now = m_clock.NowUnixSeconds();
    auto tx = m_store.Begin(TransactionMode::Read);
    FourEyesStatus status;
    status.one_person_rule_configured = tx->Settings().Get(kSettingOnePersonRule).value_or("off") == "on";
    status.active_administrators = ActiveAdministrators(*tx);
    status.one_person_rule_applies = OnePersonRuleApplies(*tx);
    for (const auto& p : ProposalsOf(*tx).List(true))
        if (!IsExpired(p, now)) ++status.pending_proposals;
    const std::string pending = std::to_string(status.pending_proposals);
    if (status.one_person_rule_applies)
        status.summary = {
            "Một quản trị viên duy nhất: thay đổi về tin cậy và người ký không cần người thứ hai "
            "xác nhận.",
            "A single administrator: changes to trust and signers need no second "
            "administrator's confirmation."};
    else
        status.summary = {"Hai người: thay đổi về tin cậy và người ký chờ quản trị viên thứ hai xác nhận (" +
                              pending + " đề xuất đang chờ).",
                          "Four eyes: changes to trust and signers await a second administrator's "
                          "confirmation (" +
                              pending + (status.pending_proposals == 1 ? " proposal" : " proposals") +
                              " pending)."};
    return status;
}

}  // namespace innodesk::domain
