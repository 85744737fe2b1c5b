// Reading a task's command-line options into domain values: which task an ID or code names, its
// lead (an enterprise's tax code or an organisation's name or id), co-funding as SOURCE=AMOUNT
// and outputs as KIND:QTY:DESCRIPTION[:USER].
#pragma once

#include "cli_context.h"

#include "domain/task.h"

#include <string>

namespace innodesk::cli {

// A task by its id (digits) or its code ("ĐTCT.2026.03"); NotFound naming what was given.
domain::TaskId TaskIdOf(CliContext& context, const std::string& id_or_code);

// An organisation of the register by its id (digits) or its exact name.
domain::Organisation OrganisationOf(CliContext& context, const std::string& name_or_id);

// "Công ty TNHH Yến Sào, vốn tự có=300.000.000": the source before the last '=', the amount after.
domain::CoFunding ParseCoFunding(const std::string& text);

// "product:2:Chế phẩm vi sinh xử lý nước ao nuôi:HTX Cam Thành Bắc": the kind (a code or a label),
// a quantity, the description (without ':') and, optionally, the user who will apply it.
domain::OutputCommitment ParseOutput(const std::string& text);

}  // namespace innodesk::cli
