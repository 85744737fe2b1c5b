// Each group of innodesk-cli commands registers itself on the application.
#pragma once

#include "cli_context.h"

#include <CLI/CLI.hpp>

namespace innodesk::cli {

void AddSystemCommands(CLI::App& app, CliContext& context);       // init, backup, generate
void AddEnterpriseCommands(CLI::App& app, CliContext& context);   // enterprise add|show|search|import|family
void AddProgrammeCommands(CLI::App& app, CliContext& context);    // programme, budget, cap
void AddApplicationCommands(CLI::App& app, CliContext& context);  // application lifecycle and decisions
void AddVoucherCommands(CLI::App& app, CliContext& context);      // voucher, provider
void AddReviewCommands(CLI::App& app, CliContext& context);       // review declare|score|show|ranking|rubric
void AddIpCommands(CLI::App& app, CliContext& context);           // ip add|update|exploited|show|list
void AddTrainingCommands(CLI::App& app, CliContext& context);     // training events and attendance
void AddOutcomeCommands(CLI::App& app, CliContext& context);      // outcome add|list
void AddUserCommands(CLI::App& app, CliContext& context);         // user add|list|disable|enable|set-role|…
void AddTrustCommands(CLI::App& app, CliContext& context);        // trust add|list|remove, setting set|show
// trust anchors (commands_trust_anchors.cpp): the roots pinned on this workstation
void AddTrustAnchorsCommand(CLI::App& trust, CliContext& context);
// After `trust add`: a self-signed root in the database is only a help; says where it must be pinned.
void SayIfRootIsOnlyAHelp(CliContext& context, const std::string& certificate_pem);
void AddProposalCommands(CLI::App& app, CliContext& context);  // proposal list|show|confirm|reject|status
void AddDecisionCommands(CLI::App& app, CliContext& context);  // decision draft|sign|verify|export|…
// decision issue, organisation-certificate enrol|show (commands_issue.cpp): the records clerk's issue
void AddIssueCommand(CLI::App& decision_group, CliContext& context);
void AddOrganisationCertificateCommands(CLI::App& app, CliContext& context);
void AddPdfCommands(CLI::App& app, CliContext& context);    // pdf verify
void AddAuditCommands(CLI::App& app, CliContext& context);  // audit verify|checkpoint|log
void AddCheckCommands(CLI::App& app, CliContext& context);  // check (reconciliation)
void AddPlanCommands(CLI::App& app,
                     CliContext& context);  // plan, targets, target, indicator, deadlines, breakdown
void AddReportCommands(CLI::App& app, CliContext& context);    // report --plan --period --format --out
void AddWorkItemCommands(CLI::App& app, CliContext& context);  // workitem list|show|progress
void AddDutyCommands(CLI::App& app, CliContext& context);      // duty list|receive
void AddTaskCommands(CLI::App& app, CliContext& context);  // task propose|edit|list|show|award|contract|…
void AddOrganisationCommands(CLI::App& app, CliContext& context);  // organisation add|list

}  // namespace innodesk::cli
