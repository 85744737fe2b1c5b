// Exporting a signed decision: the exact signed bytes (decision.json), the signature
// (decision.p7s), the printable decision (decision.pdf, an A4 administrative document with its
// font embedded), the same as a web page (decision.html, for reading on screen) and the trust
// store's roots (trust-anchors.pem), so that anyone can check it with stock OpenSSL. Shared by
// both front ends.
#pragma once

#include "domain/calendar_date.h"
#include "domain/decision_service.h"
#include "domain/store.h"
#include "domain/text_rules.h"

#include <filesystem>

namespace innodesk::app {

// Verifies the decision first and writes the verdict into the page. Throws InvalidValue for a
// decision without a digital signature (before anything is written), Storage when a file cannot
// be written (each file is written whole or not at all).
domain::DecisionVerification ExportDecision(domain::Store& store, const domain::TextRules& text,
                                            const domain::Clock& clock, domain::DecisionId id,
                                            const std::filesystem::path& dir);

}  // namespace innodesk::app
