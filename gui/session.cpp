// Signing a session in.
#include "session.h"

#include "app/department_time_zone.h"
#include "app/workstation_identity.h"
#include "domain/user_service.h"

namespace innodesk::gui {

void Session::Open(persistence::OpenMode mode) {
    store = persistence::SociStore::Open(target, mode);
    app::UseDepartmentTimeZone(*store, clock);
}

void Session::SignIn(const std::string& name, std::string password) {
    domain::UserService users(*store, text, hasher, clock);
    actor = users.SignIn(name, std::move(password), app::ThisWorkstation());
    for (const auto& user : users.List(actor))
        if (user.id == actor.user_id) display_name = user.display_name;
}

}  // namespace innodesk::gui
