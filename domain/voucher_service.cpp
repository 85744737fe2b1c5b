// Voucher use cases.
#include "voucher_service.h"

#include "audit_recorder.h"
#include "audit_views.h"
#include "errors.h"
#include "record_lookup.h"

#include <algorithm>
#include <cstdio>

namespace innodesk::domain {
namespace {

Voucher Load(Transaction& tx, VoucherId id) {
    auto found = tx.Vouchers().FindById(id);
    if (!found)
        throw DomainError(ErrorCode::NotFound, {"Không có phiếu hỗ trợ id " + std::to_string(id) + ".",
                                                "There is no voucher with id " + std::to_string(id) + "."});
    return *found;
}

std::string SerialFor(int year, std::int64_t number) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "PHT-%04d-%06lld", year, static_cast<long long>(number));
    return buffer;
}

}  // namespace

ServiceProvider VoucherService::RegisterProvider(ServiceProvider provider, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer}, "đăng ký đơn vị cung cấp dịch vụ",
                "register service providers");
    provider = NormaliseProvider(std::move(provider), m_text);
    auto tx = m_store.Begin(TransactionMode::Write);
    provider.id = tx->Vouchers().InsertProvider(provider);
    RecordChange(*tx, m_clock, actor, "provider.create", "provider", provider.id, nullptr,
                 AuditView(provider));
    tx->Commit();
    return provider;
}

std::vector<ServiceProvider> VoucherService::Providers() {
    auto tx = m_store.Begin(TransactionMode::Read);
    return tx->Vouchers().ListProviders();
}

Voucher VoucherService::Issue(const VoucherRequest& request, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer}, "cấp phiếu hỗ trợ", "issue vouchers");
    Voucher voucher;
    voucher.enterprise_id = request.enterprise_id;
    voucher.programme_id = request.programme_id;
    voucher.year = request.year;
    voucher.content = request.content;
    voucher.face_value = request.face_value;
    voucher.state_share = request.state_share;
    voucher.issued_on = request.issued_on;
    voucher.valid_until = request.valid_until;

    auto tx = m_store.Begin(TransactionMode::Write);
    const Enterprise enterprise = RequireEnterprise(*tx, request.enterprise_id);
    RequireProgramme(*tx, request.programme_id);
    const auto cap = tx->Programmes().FindCap(request.programme_id, request.content).value_or(SupportCap{});
    ValidateNewVoucher(voucher, cap);
    if (tx->Vouchers().HasDisqualifyingCancellation(enterprise.tax_code.FamilyKey(), request.programme_id))
        throw DomainError(
            ErrorCode::InvalidValue,
            {"Doanh nghiệp " + enterprise.tax_code.Value() +
                 " từng bị hủy phiếu vì sử dụng sai hoặc kê khai không trung thực; không cấp phiếu mới.",
             "Enterprise " + enterprise.tax_code.Value() +
                 " had a voucher cancelled for misuse or a false declaration; no new voucher may be issued."},
            "enterprise_id");
    const auto envelope =
        tx->Programmes().FindEnvelopeFor(request.programme_id, request.year, request.content);
    if (!envelope)
        throw DomainError(
            ErrorCode::BudgetExceeded,
            {"Chưa có dự toán năm " + std::to_string(request.year) + " cho nội dung này.",
             "There is no " + std::to_string(request.year) + " budget envelope for this content."});
    tx->Programmes().LockEnvelope(envelope->id);
    if (cap.max_vouchers_per_enterprise_year > 0) {
        const int already =
            tx->Vouchers().CountForEnterpriseYear(request.enterprise_id, request.programme_id, request.year);
        if (already >= cap.max_vouchers_per_enterprise_year)
            throw DomainError(ErrorCode::CapExceeded,
                              {"Doanh nghiệp đã có " + std::to_string(already) + " phiếu năm " +
                                   std::to_string(request.year) + ", tối đa " +
                                   std::to_string(cap.max_vouchers_per_enterprise_year) + " phiếu mỗi năm.",
                               "The enterprise already has " + std::to_string(already) + " vouchers in " +
                                   std::to_string(request.year) + "; at most " +
                                   std::to_string(cap.max_vouchers_per_enterprise_year) + " a year."});
    }
    RequireFunds(*envelope, tx->Programmes().Balance(envelope->id), voucher.state_share);
    voucher.envelope_id = envelope->id;
    voucher.serial = SerialFor(request.year, tx->Vouchers().NextSerialNumber(request.year));
    voucher.state = VoucherState::Issued;
    voucher.id = tx->Vouchers().Insert(voucher);
    voucher.version = 1;
    RecordChange(*tx, m_clock, actor, "voucher.issue", "voucher", voucher.id, nullptr, AuditView(voucher));
    tx->Commit();
    return voucher;
}

Voucher VoucherService::Redeem(VoucherId id, const Redemption& redemption, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer}, "ghi nhận sử dụng phiếu", "redeem vouchers");
    const std::string invoice = m_text.Clean(redemption.invoice_number, "invoice_number");
    if (invoice.empty())
        throw DomainError(ErrorCode::InvalidValue,
                          {"Số hóa đơn là bắt buộc.", "The invoice number is required."}, "invoice_number");
    if (redemption.invoice_amount <= Money())
        throw DomainError(ErrorCode::InvalidValue,
                          {"Giá trị hóa đơn phải lớn hơn 0.", "The invoice amount must be more than 0."},
                          "invoice_amount");
    auto tx = m_store.Begin(TransactionMode::Write);
    Voucher voucher = Load(*tx, id);
    const Voucher before = voucher;
    VoucherLifecycle().RequireMove(voucher.state, VoucherState::Redeemed);
    if (redemption.invoice_date > voucher.valid_until)
        throw DomainError(
            ErrorCode::InvalidValue,
            {"Phiếu " + voucher.serial + " hết hạn ngày " + voucher.valid_until.Format() + "; hóa đơn ngày " +
                 redemption.invoice_date.Format() + " không được chấp nhận.",
             "Voucher " + voucher.serial + " expired on " + voucher.valid_until.Format() +
                 "; an invoice dated " + redemption.invoice_date.Format() + " cannot be accepted."},
            "invoice_date");
    if (redemption.invoice_date < voucher.issued_on)
        throw DomainError(ErrorCode::InvalidValue,
                          {"Hóa đơn ngày " + redemption.invoice_date.Format() + " có trước ngày cấp phiếu " +
                               voucher.issued_on.Format() + ".",
                           "The invoice date " + redemption.invoice_date.Format() +
                               " is before the voucher was issued on " + voucher.issued_on.Format() + "."},
                          "invoice_date");
    const auto provider = tx->Vouchers().FindProvider(redemption.provider_id);
    if (!provider || !provider->active)
        throw DomainError(ErrorCode::NotFound,
                          {"Đơn vị cung cấp id " + std::to_string(redemption.provider_id) +
                               " không có hoặc đã ngừng đăng ký.",
                           "Provider id " + std::to_string(redemption.provider_id) +
                               " does not exist or is no longer registered."},
                          "provider_id");
    if (std::find(provider->contents.begin(), provider->contents.end(), voucher.content) ==
        provider->contents.end())
        throw DomainError(ErrorCode::InvalidValue,
                          {"'" + provider->name + "' chưa đăng ký cung cấp loại dịch vụ '" +
                               std::string(EntryOf(SupportContents(), voucher.content).vi) + "'.",
                           "'" + provider->name + "' is not registered for '" +
                               std::string(EntryOf(SupportContents(), voucher.content).en) + "' services."},
                          "provider_id");
    voucher.state = VoucherState::Redeemed;
    voucher.provider_id = provider->id;
    voucher.invoice_number = invoice;
    voucher.invoice_date = redemption.invoice_date;
    voucher.invoice_amount = redemption.invoice_amount;
    tx->Vouchers().Update(voucher);
    RecordChange(*tx, m_clock, actor, "voucher.redeem", "voucher", id, AuditView(before), AuditView(voucher));
    tx->Commit();
    voucher.version += 1;
    return voucher;
}

Voucher VoucherService::Reimburse(VoucherId id, Money amount, const CalendarDate& paid_on,
                                  const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer}, "thanh toán phiếu", "reimburse vouchers");
    auto tx = m_store.Begin(TransactionMode::Write);
    Voucher voucher = Load(*tx, id);
    const Voucher before = voucher;
    VoucherLifecycle().RequireMove(voucher.state, VoucherState::Reimbursed);
    const Money invoice = voucher.invoice_amount.value_or(Money());
    const Money limit = std::min(voucher.state_share, invoice);
    if (amount <= Money() || amount > limit)
        throw DomainError(
            ErrorCode::InvalidValue,
            {"Số thanh toán " + amount.Format() + " phải lớn hơn 0 và không quá " + limit.Format() +
                 " (phần ngân sách " + voucher.state_share.Format() + ", hóa đơn " + invoice.Format() + ").",
             "The payment " + amount.Format() + " must be more than 0 and at most " + limit.Format() +
                 " (state share " + voucher.state_share.Format() + ", invoice " + invoice.Format() + ")."},
            "amount");
    if (voucher.invoice_date && paid_on < *voucher.invoice_date)
        throw DomainError(ErrorCode::InvalidValue,
                          {"Ngày thanh toán " + paid_on.Format() + " có trước ngày hóa đơn " +
                               voucher.invoice_date->Format() + ".",
                           "The payment date " + paid_on.Format() + " is before the invoice date " +
                               voucher.invoice_date->Format() + "."},
                          "paid_on");
    voucher.state = VoucherState::Reimbursed;
    voucher.reimbursed_amount = amount;
    voucher.reimbursed_on = paid_on;
    tx->Vouchers().Update(voucher);
    RecordChange(*tx, m_clock, actor, "voucher.reimburse", "voucher", id, AuditView(before),
                 AuditView(voucher));
    tx->Commit();
    voucher.version += 1;
    return voucher;
}

Voucher VoucherService::Cancel(VoucherId id, CancelReason reason, const std::string& note,
                               const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer}, "hủy phiếu", "cancel vouchers");
    const std::string cleaned = m_text.Clean(note, "note");
    auto tx = m_store.Begin(TransactionMode::Write);
    Voucher voucher = Load(*tx, id);
    const Voucher before = voucher;
    VoucherLifecycle().RequireMove(voucher.state, VoucherState::Cancelled);
    voucher.state = VoucherState::Cancelled;
    voucher.cancel_reason = reason;
    voucher.cancel_note = cleaned;
    tx->Vouchers().Update(voucher);
    RecordChange(*tx, m_clock, actor, "voucher.cancel", "voucher", id, AuditView(before), AuditView(voucher));
    tx->Commit();
    voucher.version += 1;
    return voucher;
}

std::size_t VoucherService::ExpireDue(const CalendarDate& today, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer}, "đánh dấu phiếu hết hạn", "expire vouchers");
    auto tx = m_store.Begin(TransactionMode::Write);
    std::size_t expired = 0;
    VoucherFilter filter;
    filter.state = VoucherState::Issued;
    filter.limit = 1'000'000;
    for (auto voucher : tx->Vouchers().List(filter)) {
        if (!(voucher.valid_until < today)) continue;
        const Voucher before = voucher;
        voucher.state = VoucherState::Expired;
        tx->Vouchers().Update(voucher);
        RecordChange(*tx, m_clock, actor, "voucher.expire", "voucher", voucher.id, AuditView(before),
                     AuditView(voucher));
        ++expired;
    }
    tx->Commit();
    return expired;
}

Voucher VoucherService::Get(VoucherId id) {
    auto tx = m_store.Begin(TransactionMode::Read);
    return Load(*tx, id);
}

Voucher VoucherService::GetBySerial(const std::string& serial) {
    auto tx = m_store.Begin(TransactionMode::Read);
    auto found = tx->Vouchers().FindBySerial(m_text.Clean(serial, "serial"));
    if (!found)
        throw DomainError(ErrorCode::NotFound,
                          {"Không có phiếu số " + serial + ".", "There is no voucher " + serial + "."},
                          "serial");
    return *found;
}

std::vector<Voucher> VoucherService::List(const VoucherFilter& filter) {
    auto tx = m_store.Begin(TransactionMode::Read);
    return tx->Vouchers().List(filter);
}

}  // namespace innodesk::domain
