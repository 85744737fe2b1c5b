// The CLI's shared context.
#include "cli_context.h"

#include <cstdlib>
#include <string_view>

namespace innodesk::cli {

CliContext::CliContext(std::ostream& out_stream, std::ostream& err_stream) : out(out_stream), err(err_stream) {}

persistence::DatabaseTarget CliContext::Target() const {
    if (!options.db.empty()) return persistence::DatabaseTarget::Parse(options.db);
    if (const char* env = std::getenv("INNODESK_DB"); env && *env) return persistence::DatabaseTarget::Parse(env);
    return persistence::DatabaseTarget::Default();
}

persistence::SociStore& CliContext::Store(persistence::OpenMode mode) {
    if (!m_store) m_store = persistence::SociStore::Open(Target(), mode);
    return *m_store;
}

domain::Language CliContext::Language() const {
    // Vietnamese first: English only when asked for, by --lang or the locale.
    std::string_view chosen = options.lang;
    if (chosen.empty())
        for (const char* variable : {"INNODESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG"})
            if (const char* value = std::getenv(variable); value && *value) {
                chosen = value;
                break;
            }
    return chosen.substr(0, 2) == "en" ? domain::Language::English : domain::Language::Vietnamese;
}

domain::Actor CliContext::Actor() const {
    // Until sign-in exists (users and roles come with the signing work), the operating-system
    // account is the most honest name for whoever runs the command.
    const char* user = std::getenv("USER");
    return {user && *user ? std::string("cli:") + user : std::string("cli")};
}

}  // namespace innodesk::cli
