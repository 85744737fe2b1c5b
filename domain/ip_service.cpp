// IP filing use cases; every one runs in a single transaction.
#include "ip_service.h"

#include "audit_recorder.h"
#include "audit_views.h"
#include "errors.h"
#include "record_lookup.h"

namespace innodesk::domain {
namespace {

IpFiling Load(Transaction& tx, IpFilingId id) {
    auto found = tx.IpFilings().FindById(id);
    if (!found)
        throw DomainError(ErrorCode::NotFound, {"Không có đơn sở hữu trí tuệ id " + std::to_string(id) + ".",
                                                "There is no IP filing with id " + std::to_string(id) + "."});
    return *found;
}

void RequireVersion(const IpFiling& filing, std::optional<std::int64_t> expected) {
    if (!expected || *expected == filing.version) return;
    throw DomainError(ErrorCode::Conflict,
                      {"Đơn sở hữu trí tuệ id " + std::to_string(filing.id) + " đã thay đổi (phiên bản " +
                           std::to_string(filing.version) + ", bạn xem phiên bản " +
                           std::to_string(*expected) + "). Tải lại rồi thực hiện lại.",
                       "IP filing " + std::to_string(filing.id) + " has changed (version " +
                           std::to_string(filing.version) + ", you saw version " + std::to_string(*expected) +
                           "). Reload and try again."});
}

// An office number names one filing per route and country.
void RequireNumberFree(Transaction& tx, const IpFiling& filing) {
    if (!filing.application_number) return;
    const auto other = tx.IpFilings().FindByNumber(filing.route, filing.country, *filing.application_number);
    if (!other || other->id == filing.id) return;
    const auto& route = EntryOf(IpRoutes(), filing.route);
    throw DomainError(
        ErrorCode::Duplicate,
        {"Số đơn " + *filing.application_number + " (" + std::string(route.vi) +
             (filing.country.empty() ? "" : ", " + filing.country) + ") đã được ghi cho đơn id " +
             std::to_string(other->id) + " '" + other->title + "'.",
         "Application number " + *filing.application_number + " (" + std::string(route.en) +
             (filing.country.empty() ? "" : ", " + filing.country) + ") is already recorded for filing id " +
             std::to_string(other->id) + " '" + other->title + "'."},
        "application_number");
}

}  // namespace

IpFiling IpService::Add(IpFiling filing, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer}, "ghi nhận đơn sở hữu trí tuệ", "record IP filings");
    filing = NormaliseIpFiling(std::move(filing), m_text, m_clock.Today());
    filing.status = IpStatus::Filed;
    filing.status_on = filing.filed_on;
    filing.commercially_exploited = false;
    auto tx = m_store.Begin(TransactionMode::Write);
    RequireEnterprise(*tx, filing.enterprise_id);
    if (filing.programme_id) RequireProgramme(*tx, *filing.programme_id);
    RequireNumberFree(*tx, filing);
    filing.id = tx->IpFilings().Insert(filing);
    filing.version = 1;
    tx->IpFilings().AppendStatus(
        {filing.id, IpStatus::Filed, IpStatus::Filed, filing.filed_on, actor.user_name, "filed"});
    RecordChange(*tx, m_clock, actor, "ip_filing.create", "ip_filing", filing.id, nullptr, AuditView(filing));
    tx->Commit();
    return filing;
}

IpFiling IpService::UpdateStatus(IpFilingId id, const IpStatusUpdate& update, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer}, "cập nhật đơn sở hữu trí tuệ", "update IP filings");
    const std::string note = m_text.Clean(update.note, "note");
    std::optional<std::string> number;
    if (update.application_number) number = NormaliseApplicationNumber(*update.application_number, m_text);
    auto tx = m_store.Begin(TransactionMode::Write);
    IpFiling filing = Load(*tx, id);
    const IpFiling before = filing;
    RequireVersion(filing, update.expected_version);
    IpLifecycle().RequireMove(filing.status, update.to);
    RequireStatusDate(filing, update.on, m_clock.Today());
    if (number) {
        filing.application_number = number;
        RequireNumberFree(*tx, filing);
    }
    const IpStatus from = filing.status;
    filing.status = update.to;
    filing.status_on = update.on;
    tx->IpFilings().Update(filing);
    tx->IpFilings().AppendStatus({id, from, update.to, update.on, actor.user_name, note});
    RecordChange(*tx, m_clock, actor, "ip_filing.status", "ip_filing", id, AuditView(before),
                 AuditView(filing));
    tx->Commit();
    filing.version += 1;
    return filing;
}

IpFiling IpService::SetExploited(IpFilingId id, bool exploited, const Actor& actor,
                                 std::optional<std::int64_t> expected_version) {
    RequireRole(m_store, actor, {Role::Officer}, "cập nhật đơn sở hữu trí tuệ", "update IP filings");
    auto tx = m_store.Begin(TransactionMode::Write);
    IpFiling filing = Load(*tx, id);
    const IpFiling before = filing;
    RequireVersion(filing, expected_version);
    RequireExploitable(filing);
    if (filing.commercially_exploited == exploited) return filing;
    filing.commercially_exploited = exploited;
    tx->IpFilings().Update(filing);
    // The flag is part of what the plan reports ("protected and exploited"), so who set it is kept.
    tx->IpFilings().AppendStatus({id, filing.status, filing.status, m_clock.Today(), actor.user_name,
                                  exploited ? "commercially exploited" : "no longer commercially exploited"});
    RecordChange(*tx, m_clock, actor, "ip_filing.exploited", "ip_filing", id, AuditView(before),
                 AuditView(filing));
    tx->Commit();
    filing.version += 1;
    return filing;
}

IpFiling IpService::Get(IpFilingId id) {
    auto tx = m_store.Begin(TransactionMode::Read);
    return Load(*tx, id);
}

std::vector<IpStatusChange> IpService::History(IpFilingId id) {
    auto tx = m_store.Begin(TransactionMode::Read);
    Load(*tx, id);
    return tx->IpFilings().History(id);
}

std::vector<IpFiling> IpService::List(const IpFilingFilter& filter) {
    auto tx = m_store.Begin(TransactionMode::Read);
    return tx->IpFilings().List(filter);
}

}  // namespace innodesk::domain
