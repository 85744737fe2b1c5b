// The table every reader returns: the domain's own type, so import services take it unchanged.
#pragma once

#include "domain/table.h"

namespace innodesk::interchange {

using domain::Table;
using domain::TableRow;

}  // namespace innodesk::interchange
