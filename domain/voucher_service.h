// Innovation vouchers as a scheme runs them: issue against the budget and the caps, redeem at a
// registered provider within the validity period, reimburse the provider, expire, cancel.
#pragma once

#include "actor.h"
#include "calendar_date.h"
#include "store.h"
#include "text_rules.h"
#include "voucher.h"

#include <string>
#include <vector>

namespace innodesk::domain {

struct VoucherRequest {
    EnterpriseId enterprise_id = 0;
    ProgrammeId programme_id = 0;
    int year = 0;
    SupportContent content = SupportContent::OtherInnovation;
    Money face_value;
    Money state_share;
    CalendarDate issued_on;
    CalendarDate valid_until;
};

struct Redemption {
    ProviderId provider_id = 0;
    std::string invoice_number;
    CalendarDate invoice_date;
    Money invoice_amount;
};

class VoucherService {
public:
    VoucherService(Store& store, const TextRules& text, const Clock& clock)
        : m_store(store), m_text(text), m_clock(clock) {}

    ServiceProvider RegisterProvider(ServiceProvider provider, const Actor& actor);
    std::vector<ServiceProvider> Providers();

    Voucher Issue(const VoucherRequest& request, const Actor& actor);
    Voucher Redeem(VoucherId id, const Redemption& redemption, const Actor& actor);
    Voucher Reimburse(VoucherId id, Money amount, const CalendarDate& paid_on, const Actor& actor);
    Voucher Cancel(VoucherId id, CancelReason reason, const std::string& note, const Actor& actor);
    // Marks every issued voucher whose validity ended before `today` as expired; returns how many.
    std::size_t ExpireDue(const CalendarDate& today, const Actor& actor);

    Voucher Get(VoucherId id);
    Voucher GetBySerial(const std::string& serial);
    std::vector<Voucher> List(const VoucherFilter& filter);

private:
    Store& m_store;
    const TextRules& m_text;
    const Clock& m_clock;
};

}  // namespace innodesk::domain
