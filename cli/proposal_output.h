// What innodesk-cli says when a change to trust or signers is proposed or applied at once, shared
// by the user, trust and setting commands and by 'proposal'.
#pragma once

#include "cli_context.h"

#include "domain/four_eyes_service.h"

namespace innodesk::cli {

domain::FourEyesService FourEyes(CliContext& context);
// "Proposed, awaiting confirmation by a second administrator (proposal #N): …", or what was done;
// with --json an object {applied, proposal, message}.
void PrintProposalOutcome(CliContext& context, const domain::ProposalOutcome& outcome);

}  // namespace innodesk::cli
