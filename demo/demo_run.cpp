// The shared state of a demo run.
#include "demo/demo_run.h"

#include "domain/errors.h"
#include "domain/tax_code.h"

namespace innodesk::demo {
namespace {

// Everything the meter will count: the set-up, the providers, each enterprise planned and
// imported, each application created, decided and carried out, each voucher issued and settled,
// each filing, event and person-time.
std::size_t ProgressTotal(const DemoSpec& spec, const Volumes& volumes) {
    return 1 + volumes.providers + 2 * spec.enterprises + 3 * volumes.applications + 2 * volumes.vouchers +
           volumes.ip_filings + volumes.events + volumes.attendances;
}

}  // namespace

DemoRun::DemoRun(domain::Store& store_, const domain::TextRules& text_, const domain::Clock& clock_,
                 const DemoSpec& spec_, const DemoActors& actors_, domain::ProgressObserver* observer)
    : store(store_),
      text(text_),
      clock(clock_),
      spec(spec_),
      actors(actors_),
      actor(actors_.officer),
      random(spec_.seed),
      extra(spec_.seed ^ 0x9E37'79B9'7F4A'7C15ull),
      volumes(VolumesFor(spec_)),
      meter(observer, ProgressTotal(spec_, volumes)),
      programmes(store_, text_),
      application_service(store_, text_, clock_),
      voucher_service(store_, text_, clock_),
      ip_service(store_, text_, clock_),
      training_service(store_, text_),
      review_service(store_, text_, clock_),
      outcome_service(store_, text_, clock_),
      decision_service(store_, text_, clock_) {
    if (actors.approvers.empty() || !actors.verifier)
        throw domain::DomainError(domain::ErrorCode::InvalidValue,
                                  {"Tạo dữ liệu mẫu cần ít nhất một lãnh đạo ký quyết định.",
                                   "Generating demo data needs at least one approver to sign decisions."});
}

domain::EnterpriseId DemoRun::IdOf(std::size_t index) {
    PlannedEnterprise& enterprise = enterprises[index];
    if (enterprise.id != 0) return enterprise.id;
    const auto found = outer->Enterprises().FindByTaxCode(domain::TaxCode::Parse(enterprise.tax_code));
    if (!found)
        throw domain::DomainError(
            domain::ErrorCode::NotFound,
            {"Doanh nghiệp mẫu " + enterprise.tax_code + " không có sau khi nhập.",
             "Demo enterprise " + enterprise.tax_code + " is missing after the import."});
    enterprise.id = found->id;
    return enterprise.id;
}

bool DemoRun::Disqualified(std::size_t index) {
    if (programme_created) return false;
    const std::string& family = enterprises[index].family;
    const auto cached = disqualified.find(family);
    if (cached != disqualified.end()) return cached->second;
    const bool barred = outer->Vouchers().HasDisqualifyingCancellation(family, programme.id);
    disqualified.emplace(family, barred);
    return barred;
}

void ThrowInvalidGenerated(const domain::ImportRowError& first) {
    throw domain::DomainError(
        first.code, {"Dữ liệu mẫu không hợp lệ ở dòng " + std::to_string(first.line) + ", cột '" +
                         first.column + "' ('" + first.value + "'): " + first.reason.vi,
                     "Generated demo data is invalid at line " + std::to_string(first.line) + ", column '" +
                         first.column + "' ('" + first.value + "'): " + first.reason.en});
}

}  // namespace innodesk::demo
