// What every innodesk-cli command shares: the global options, the store (opened on first use),
// the text rules, the clock, the output language and the streams.
#pragma once

#include "domain/actor.h"
#include "domain/calendar_date.h"
#include "domain/errors.h"
#include "domain/password_hasher.h"
#include "domain/password_policy.h"
#include "domain/signature_ports.h"
#include "persistence/soci_store.h"
#include "signing/scrypt_password_hasher.h"
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

    persistence::SociStore& Store(persistence::OpenMode mode = persistence::OpenMode::MustExist);
    persistence::DatabaseTarget Target() const;
    const domain::TextRules& Text() const { return m_text; }
    // The department's clock: its time zone is read from the settings when the store opens.
    const domain::Clock& Clock() const { return m_clock; }
    domain::Language Language() const;
    // The signed-in user: signs in on first use with --user and the password (from
    // --password-file or $INNODESK_PASSWORD), once per command.
    const domain::Actor& Actor();
    // scrypt at OWASP's cost, or at the cost $INNODESK_SCRYPT names ("ln=10,r=8,p=1"): the cost of
    // the hashes this run writes, and below which a stored hash is replaced at sign-in. For test
    // suites and very slow machines; a lower cost makes stolen hashes cheaper to attack.
    const domain::PasswordHasher& Hasher() const;
    // The shipped common-password list, read on first use.
    const domain::CommonPasswords& CommonPasswords() const;
    // The password for --user, read once and handed over (the caller wipes it).
    std::string Password() const;
    // A verifier over the trust store kept in the database.
    std::unique_ptr<domain::SignatureVerifier> Verifier();
    // Picks the sentence in the output language.
    const std::string& Say(const domain::LocalisedText& text) const { return text.In(Language()); }
    std::string Say(const char* vi, const char* en) const {
        return Language() == domain::Language::Vietnamese ? vi : en;
    }

private:
    text::IcuTextRules m_text;
    domain::SystemClock m_clock;
    mutable std::optional<signing::ScryptPasswordHasher> m_hasher;
    mutable std::optional<domain::CommonPasswords> m_common_passwords;
    std::unique_ptr<persistence::SociStore> m_store;
    std::optional<domain::Actor> m_actor;
};

}  // namespace innodesk::cli
