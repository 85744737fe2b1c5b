// Who is acting: the name written into histories. Roles and sign-in come with the users work.
#pragma once

#include <string>

namespace innodesk::domain {

struct Actor {
    std::string user_name;
};

}  // namespace innodesk::domain
