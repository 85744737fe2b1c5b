// What every innodesk-cli command shares: the global options, the workspace (the database, its
// services and the signed-in user; opened on first use), the output language and the streams.
#pragma once

#include "app/workspace.h"
#include "domain/actor.h"
#include "domain/calendar_date.h"
#include "domain/errors.h"
#include "domain/password_hasher.h"
#include "domain/password_policy.h"
#include "domain/signature_ports.h"
#include "persistence/database_store.h"
#include "text/icu_text_rules.h"

#include <iosfwd>
#include <memory>
#include <optional>
#include <string>

namespace innodesk::cli {

struct GlobalOptions {
    std::string db;    // empty: the embedded default
    std::string lang;  // "vi", "en", or empty for the environment's
    bool json = false;
    std::string user;           // --user, else $INNODESK_USER
    std::string password_file;  // --password-file, else $INNODESK_PASSWORD
};

class CliContext {
public:
    CliContext(std::ostream& out, std::ostream& err);

    GlobalOptions options;
    // Cleared only by the commands that make a database without users (init, generate).
    bool require_sign_in = true;
    std::ostream& out;
    std::ostream& err;

    // The database, its services and the signed-in user: opened on first use (in `mode`), then
    // signed in with --user and the password unless require_sign_in was cleared.
    app::Workspace& Workspace(persistence::OpenMode mode = persistence::OpenMode::MustExist);
    persistence::DatabaseStore& Store(persistence::OpenMode mode = persistence::OpenMode::MustExist) {
        return Workspace(mode).Store();
    }
    persistence::DatabaseTarget Target() const;
    // For reading what was typed before any database is open.
    const domain::TextRules& Text() const { return m_text; }
    // The department's clock: its time zone is read from the settings when the workspace opens.
    const domain::Clock& Clock() { return Workspace().Clock(); }
    domain::Language Language() const;
    // The signed-in user: signs in on first use with --user and the password (from
    // --password-file or $INNODESK_PASSWORD), once per command.
    const domain::Actor& Actor();
    // The password for --user, read once and handed over (the caller wipes it).
    std::string Password() const;
    // Picks the sentence in the output language.
    const std::string& Say(const domain::LocalisedText& text) const { return text.In(Language()); }
    std::string Say(const char* vi, const char* en) const {
        return Language() == domain::Language::Vietnamese ? vi : en;
    }

private:
    text::IcuTextRules m_text;
    std::unique_ptr<app::Workspace> m_workspace;
};

}  // namespace innodesk::cli
