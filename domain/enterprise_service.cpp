// Enterprise use cases.
#include "enterprise_service.h"

#include "audit_recorder.h"
#include "audit_views.h"
#include "errors.h"
#include "province.h"
#include "record_lookup.h"

#include <algorithm>
#include <utility>

namespace innodesk::domain {
namespace {

// The filter as storage compares it: the commune in NFC, as it was stored.
EnterpriseFilter Cleaned(EnterpriseFilter filter, const TextRules& text) {
    filter.commune = text.Clean(filter.commune, "commune");
    return filter;
}

// Refuses a change made to a version other than the stored one, naming who changed the record
// last and when (from the audit trail), so that the officer knows whose work they would replace.
void RequireVersion(Transaction& tx, const Clock& clock, const Enterprise& stored, std::int64_t expected) {
    if (expected == stored.version) return;
    std::string by_vi = " bởi người khác", by_en = " by someone else";
    const auto entries = tx.Audit().ForEntity("enterprise", stored.id);
    if (!entries.empty()) {
        const std::string when = clock.FormatMoment(entries.back().at_unix);
        by_vi = " bởi " + entries.back().actor + " lúc " + when;
        by_en = " by " + entries.back().actor + " at " + when;
    }
    throw DomainError(ErrorCode::Conflict,
                      {"Doanh nghiệp " + stored.tax_code.Value() + " đã được thay đổi" + by_vi +
                           " (phiên bản " + std::to_string(stored.version) + ", bạn đang sửa phiên bản " +
                           std::to_string(expected) + "). Thay đổi của bạn chưa được lưu.",
                       "Enterprise " + stored.tax_code.Value() + " was changed" + by_en + " (version " +
                           std::to_string(stored.version) + ", you edited version " +
                           std::to_string(expected) + "). Your change was not saved."},
                      "version");
}

}  // namespace

Enterprise EnterpriseService::Register(Enterprise enterprise, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer}, "đăng ký doanh nghiệp", "register enterprises");
    enterprise = NormaliseEnterprise(std::move(enterprise), m_text);
    // Stored by its unit's name (data/provinces.tsv): "Khánh Hoà" and "tỉnh Ninh Thuận" are
    // stored as "Khánh Hòa"; a text that names no province is refused.
    enterprise.province = ProvinceDirectory(m_text).Require(enterprise.province, "province").unit->name;
    enterprise = DateRegisterFlags(std::move(enterprise), m_clock.Today());
    auto tx = m_store.Begin(TransactionMode::Write);
    if (const auto existing = tx->Enterprises().FindByTaxCode(enterprise.tax_code))
        throw DomainError(
            ErrorCode::Duplicate,
            {"Mã số thuế " + enterprise.tax_code.Value() + " đã được đăng ký cho '" + existing->name +
                 "' (id " + std::to_string(existing->id) + "). Sửa bản ghi đó thay vì tạo mới.",
             "Tax code " + enterprise.tax_code.Value() + " is already registered to '" + existing->name +
                 "' (id " + std::to_string(existing->id) + "). Edit that record instead."},
            "tax_code");
    enterprise.id = tx->Enterprises().Insert(enterprise, EnterpriseSearchText(enterprise, m_text),
                                             m_text.SortKey(enterprise.name));
    enterprise.version = 1;
    RecordChange(*tx, actor, "enterprise.create", "enterprise", enterprise.id, nullptr,
                 AuditView(enterprise));
    tx->Commit();
    return enterprise;
}

Enterprise EnterpriseService::Update(Enterprise enterprise, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer}, "sửa doanh nghiệp", "edit enterprises");
    enterprise = NormaliseEnterprise(std::move(enterprise), m_text);
    auto tx = m_store.Begin(TransactionMode::Write);
    const Enterprise stored = RequireEnterprise(*tx, enterprise.id, "id");
    RequireVersion(*tx, m_clock, stored, enterprise.version);
    if (stored.tax_code != enterprise.tax_code)
        throw DomainError(
            ErrorCode::InvalidValue,
            {"Không đổi được mã số thuế của một doanh nghiệp đã đăng ký; mã số thuế là định danh của nó.",
             "The tax code of a registered enterprise cannot change; it is its identity."},
            "tax_code");
    // As in Register, except that a stored province that names none (kept so by the schema 6
    // migration) may stay as it is while other fields change.
    const ProvinceDirectory provinces(m_text);
    if (const auto match = provinces.Match(enterprise.province))
        enterprise.province = match->unit->name;
    else if (enterprise.province != stored.province)
        provinces.Require(enterprise.province, "province");  // throws, naming what is accepted
    enterprise = DateRegisterFlags(std::move(enterprise), m_clock.Today());
    tx->Enterprises().Update(enterprise, EnterpriseSearchText(enterprise, m_text),
                             m_text.SortKey(enterprise.name));
    RecordChange(*tx, actor, "enterprise.update", "enterprise", enterprise.id, AuditView(stored),
                 AuditView(enterprise));
    tx->Commit();
    enterprise.version += 1;
    return enterprise;
}

Enterprise EnterpriseService::Get(EnterpriseId id) {
    auto tx = m_store.Begin(TransactionMode::Read);
    return RequireEnterprise(*tx, id, "id");
}

std::vector<Enterprise> EnterpriseService::GetMany(const std::vector<EnterpriseId>& ids) {
    auto tx = m_store.Begin(TransactionMode::Read);
    return tx->Enterprises().FindByIds(ids);
}

Enterprise EnterpriseService::GetByTaxCode(const std::string& tax_code) {
    const TaxCode code = TaxCode::Parse(tax_code);
    auto tx = m_store.Begin(TransactionMode::Read);
    auto found = tx->Enterprises().FindByTaxCode(code);
    if (!found)
        throw DomainError(ErrorCode::NotFound,
                          {"Chưa có doanh nghiệp nào mang mã số thuế " + code.Value() + ".",
                           "No enterprise has tax code " + code.Value() + "."},
                          "tax_code");
    return *found;
}

std::vector<Enterprise> EnterpriseService::Search(const std::string& query, std::size_t limit,
                                                  std::size_t offset) {
    return Search(query, {}, limit, offset);
}

std::vector<Enterprise> EnterpriseService::Search(const std::string& query, const EnterpriseFilter& filter,
                                                  std::size_t limit, std::size_t offset) {
    const std::string cleaned = m_text.Clean(query, "query");
    auto tx = m_store.Begin(TransactionMode::Read);
    return tx->Enterprises().Search({m_text.SearchFold(cleaned), Cleaned(filter, m_text), limit, offset});
}

std::int64_t EnterpriseService::Count(const EnterpriseFilter& filter) {
    auto tx = m_store.Begin(TransactionMode::Read);
    return tx->Enterprises().Count(Cleaned(filter, m_text));
}

std::vector<CommuneCount> EnterpriseService::Communes() {
    std::vector<CommuneCount> communes;
    {
        auto tx = m_store.Begin(TransactionMode::Read);
        communes = tx->Enterprises().Communes();
    }
    std::vector<std::pair<std::string, CommuneCount>> keyed;
    keyed.reserve(communes.size());
    for (auto& commune : communes) keyed.emplace_back(m_text.SortKey(commune.commune), std::move(commune));
    std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    communes.clear();
    for (auto& [key, commune] : keyed) communes.push_back(std::move(commune));
    return communes;
}

std::vector<Enterprise> EnterpriseService::Family(const std::string& tax_code) {
    const TaxCode code = TaxCode::Parse(tax_code);
    auto tx = m_store.Begin(TransactionMode::Read);
    return tx->Enterprises().FindFamily(code);
}

std::size_t EnterpriseService::RebuildSearchIndex(const Actor& actor, ProgressObserver* progress) {
    RequireRole(m_store, actor, {Role::Admin, Role::Officer}, "dựng lại chỉ mục tìm kiếm",
                "rebuild the search index");
    auto tx = m_store.Begin(TransactionMode::Write);
    auto& enterprises = tx->Enterprises();
    const auto total = static_cast<std::size_t>(enterprises.Count({}));
    enterprises.BeginBulkLoad();
    std::size_t done = 0;
    EnterpriseId last = 0;
    for (auto page = enterprises.ListAfter(last, 1000); !page.empty();
         page = enterprises.ListAfter(last, 1000)) {
        for (const auto& enterprise : page) {
            enterprises.SetSearchColumns(enterprise.id, EnterpriseSearchText(enterprise, m_text),
                                         m_text.SortKey(enterprise.name));
            last = enterprise.id;
        }
        done += page.size();
        if (progress) {
            if (progress->CancelRequested())
                throw DomainError(ErrorCode::Cancelled,
                                  {"Đã hủy lập lại chỉ mục tìm kiếm; không có gì thay đổi.",
                                   "Search index rebuild cancelled; nothing was changed."});
            progress->Progress(done, total);
        }
    }
    enterprises.FinishBulkLoad();
    tx->Commit();
    return done;
}

}  // namespace innodesk::domain
