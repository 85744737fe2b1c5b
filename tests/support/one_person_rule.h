// The one place the tests' single administrator is allowed to work alone: the department's
// one-person rule configured explicitly (domain/four_eyes.h), as a one-administrator department
// does. Without it, enrolling a certificate, adding an approver or trusting a CA is only proposed
// until a second administrator confirms (tests/db/four_eyes.test.cpp).
#pragma once

#include "domain/four_eyes.h"
#include "domain/trust_service.h"

namespace innodesk::testing {

inline void ConfigureOnePersonRule(domain::Store& store, const domain::Clock& clock,
                                   const domain::Actor& admin) {
    domain::TrustService(store, clock).SetSetting(domain::kSettingOnePersonRule, "on", admin);
}

}  // namespace innodesk::testing
