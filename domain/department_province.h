// The department's own province: the province a registry list without one is about (a
// provincial department's list is its province). A setting, asked for at `init` and at first run.
#pragma once

#include "actor.h"
#include "store.h"
#include "text_rules.h"

#include <optional>
#include <string>
#include <string_view>

namespace innodesk::domain {

inline constexpr const char* kSettingDepartmentProvince = "department_province";

// The setting, as stored (a unit's name from data/provinces.tsv); nullopt when it was never set.
std::optional<std::string> DepartmentProvince(Transaction& tx);
std::optional<std::string> DepartmentProvince(Store& store);

// Stores the unit `written` names (a former province gives its successor) and audits the change;
// returns the name stored. Administrators only.
std::string SetDepartmentProvince(Store& store, const TextRules& text, std::string_view written,
                                  const Actor& actor);
// The same while a database is being set up (`init`, the first-run dialog): allowed only while it
// has no users, when there is nobody to sign in as; the audit entry names the system.
std::string SetDepartmentProvinceAtSetUp(Store& store, const TextRules& text, std::string_view written);

}  // namespace innodesk::domain
