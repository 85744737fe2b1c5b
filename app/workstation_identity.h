// Which machine and which of its users a sign-in comes from, for the audit of failed sign-ins.
#pragma once

#include "domain/user_service.h"

namespace innodesk::app {

// The host name (gethostname) and the logged-in OS user (the password database's entry for the
// effective user id, else $USER); "?" for what cannot be found.
domain::Workstation ThisWorkstation();

}  // namespace innodesk::app
