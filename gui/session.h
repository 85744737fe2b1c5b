// What the window works with once signed in: the open database, the text rules, the clock, the
// password hasher and the signed-in user. Services are made from it as needed.
#pragma once

#include "domain/actor.h"
#include "domain/calendar_date.h"
#include "persistence/soci_store.h"
#include "signing/scrypt_password_hasher.h"
#include "text/icu_text_rules.h"

#include <memory>
#include <string>

namespace innodesk::gui {

struct Session {
    persistence::DatabaseTarget target;
    std::unique_ptr<persistence::SociStore> store;
    text::IcuTextRules text;
    domain::SystemClock clock;  // in the department's time zone once Open has run
    signing::ScryptPasswordHasher hasher;
    domain::Actor actor;
    std::string display_name;

    bool Is(domain::Role role) const { return actor.role == role; }
    // Opens `target` and sets the clock to the department's time zone (a setting).
    void Open(persistence::OpenMode mode);
    // Checks the password (wiped afterwards) and fills actor and display_name; throws
    // SignInFailed as UserService::SignIn does.
    void SignIn(const std::string& name, std::string password);
};

}  // namespace innodesk::gui
