// Which language to speak when nobody chose: Vietnamese first, English only when asked for by
// INNODESK_LANG or an English locale (LC_ALL, LC_MESSAGES, LANG), as innodesk-cli does.
#pragma once

#include "domain/errors.h"

#include <string_view>

namespace innodesk::app {

// `chosen`: "vi", "en" or empty (then the environment decides).
domain::Language PreferredLanguage(std::string_view chosen);

}  // namespace innodesk::app
