// What the target tests check of one evaluated target: its actual (or that it has none) and its
// status, with the target's code in the failure message.
#pragma once

#include "domain/target_evaluation.h"

#include <catch2/catch.hpp>

#include <map>
#include <optional>
#include <string>

namespace innodesk::testing {

inline std::map<std::string, domain::TargetEvaluation> ByCode(const domain::PlanEvaluation& evaluation) {
    std::map<std::string, domain::TargetEvaluation> targets;
    for (const auto& t : evaluation.targets) targets.emplace(t.code, t);
    return targets;
}

inline void Expect(const std::map<std::string, domain::TargetEvaluation>& targets, const std::string& code,
                   std::optional<double> actual, domain::TargetStatus status) {
    INFO("target " << code);
    const auto& t = targets.at(code);
    if (actual) {
        REQUIRE(t.actual.has_value());
        CHECK(*t.actual == Approx(*actual).epsilon(1e-9));
    } else {
        CHECK_FALSE(t.actual.has_value());
    }
    CHECK(domain::EntryOf(domain::TargetStatuses(), t.status).code ==
          domain::EntryOf(domain::TargetStatuses(), status).code);
}

}  // namespace innodesk::testing
