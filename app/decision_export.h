// Exporting a signed decision: the exact signed bytes (decision.json), the signature
// (decision.p7s), the printable decision (decision.pdf, an A4 Vietnamese quyết định with its font
// embedded), its English rendering (decision-en.pdf), the same as web pages (decision.html and
// decision-en.html, for reading on screen) and the trust store's roots (trust-anchors.pem), so that anyone
// can check it with stock OpenSSL. Shared by both front ends.
#pragma once

#include "domain/calendar_date.h"
#include "domain/decision_service.h"
#include "domain/store.h"
#include "domain/text_rules.h"
#include "interchange/decision_document.h"
#include "reports/decision_report.h"

#include <filesystem>

namespace innodesk::app {

// The decision's heading, proposer, signer's title and archive line from the settings
// (report_issuing_body, report_place, report_signer_title, report_recipients' "Lưu: …" line,
// decision_proposer; see report_heading.h).
reports::DecisionHeading DecisionHeading(domain::Store& store, const domain::Clock& clock);

// What the readable forms of a decision show, from the records as they are stored now: the
// decision as `verification` found it, its applications with their enterprises or its task, the
// number of the decision it supersedes and the verdict.
interchange::DecisionDocument DecisionDocumentOf(domain::Store& store, const domain::TextRules& text,
                                                 const domain::Clock& clock,
                                                 const domain::DecisionVerification& verification);

// Verifies the decision first and writes the verdict into the page. Throws InvalidValue for a
// decision without a digital signature (before anything is written), Storage when a file cannot
// be written (each file is written whole or not at all).
domain::DecisionVerification ExportDecision(domain::Store& store, const domain::TextRules& text,
                                            const domain::Clock& clock, domain::DecisionId id,
                                            const std::filesystem::path& dir);

}  // namespace innodesk::app
