// Innovation vouchers (phiếu hỗ trợ): issued to an enterprise, redeemed at a registered provider,
// reimbursed to the provider — or expired, or cancelled with a reason.
#pragma once

#include "calendar_date.h"
#include "enterprise.h"
#include "lifecycle.h"
#include "money.h"
#include "programme.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace innodesk::domain {

using VoucherId = std::int64_t;
using ProviderId = std::int64_t;

enum class VoucherState { Issued, Redeemed, Reimbursed, Expired, Cancelled };
const Lifecycle<VoucherState>& VoucherLifecycle();
// A live voucher keeps its state share committed against the envelope.
bool HoldsCommitment(VoucherState state);

// Why a voucher was cancelled decides whether the enterprise may apply again.
enum class CancelReason { EnterpriseRequest, IssuedInError, ProviderUnavailable, Misuse, FalseDeclaration };
std::span<const EnumEntry<CancelReason>> CancelReasons();
bool MayApplyAgain(CancelReason reason);

struct ServiceProvider {
    ProviderId id = 0;
    std::string name;
    TaxCode tax_code;
    std::vector<SupportContent> contents;  // the service categories it is registered for
    bool active = true;
};

struct Voucher {
    VoucherId id = 0;
    std::string serial;  // "PHT-2026-000123"
    EnterpriseId enterprise_id = 0;
    ProgrammeId programme_id = 0;
    EnvelopeId envelope_id = 0;
    int year = 0;
    SupportContent content = SupportContent::OtherInnovation;
    Money face_value;
    Money state_share;
    CalendarDate issued_on;
    CalendarDate valid_until;
    VoucherState state = VoucherState::Issued;
    std::optional<ProviderId> provider_id;
    std::string invoice_number;
    std::optional<CalendarDate> invoice_date;
    std::optional<Money> invoice_amount;
    std::optional<Money> reimbursed_amount;
    std::optional<CalendarDate> reimbursed_on;
    std::optional<CancelReason> cancel_reason;
    std::string cancel_note;
    std::int64_t version = 0;
};

void ValidateNewVoucher(const Voucher& voucher, const SupportCap& cap);
ServiceProvider NormaliseProvider(ServiceProvider provider, const TextRules& text);

}  // namespace innodesk::domain
