// Language from the environment.
#include "preferred_language.h"

#include <cstdlib>

namespace innodesk::app {

domain::Language PreferredLanguage(std::string_view chosen) {
    if (chosen.empty())
        for (const char* variable : {"INNODESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG"})
            if (const char* value = std::getenv(variable); value && *value) {
                chosen = value;
                break;
            }
    return chosen.substr(0, 2) == "en" ? domain::Language::English : domain::Language::Vietnamese;
}

}  // namespace innodesk::app
