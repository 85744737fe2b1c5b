// What reporting duty receipts need from storage: one receipt per plan, duty and period. Runs
// inside the Transaction it came from.
#pragma once

#include "reporting_duty.h"

#include <cstdint>
#include <string>
#include <vector>

namespace innodesk::domain {

class DutyReceiptRepository {
public:
    virtual ~DutyReceiptRepository() = default;
    // Returns its id; DomainError(Duplicate) when the period of the duty already has a receipt.
    virtual std::int64_t Add(const DutyReceipt& receipt) = 0;
    // A plan's receipts, or every plan's when `plan_code` is empty, by plan, duty and period.
    virtual std::vector<DutyReceipt> ForPlan(const std::string& plan_code) = 0;
};

}  // namespace innodesk::domain
