// A whole number with its thousands grouped as the reader's language writes them: 1.250.000 in
// Vietnamese, 1,250,000 in English. For the audit trail's words and the desktop's amounts alike
// (domain::Money::Format stays the Vietnamese notation of files, reports and the CLI).
#pragma once

#include "domain/errors.h"

#include <cstdint>
#include <string>

namespace innodesk::app {

std::string GroupedNumber(std::int64_t number, domain::Language language);

}  // namespace innodesk::app
