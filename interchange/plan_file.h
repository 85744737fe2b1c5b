// Plan files (docs/PLANS.md): YAML text → a validated domain Plan. Every refusal names the line
// and the reason; any bytes at all are refused or accepted, never crash or hang the reader.
#pragma once

#include "domain/plan.h"
#include "domain/text_rules.h"

#include <filesystem>
#include <string_view>

namespace innodesk::interchange {

// The largest plan file read, far above any real plan (the 000 plan is about 20 KiB).
inline constexpr std::size_t kMaxPlanFileBytes = 1024 * 1024;
// The most a plan may weigh once its YAML aliases are expanded, as the reader copies them.
inline constexpr std::size_t kMaxPlanExpandedBytes = 4 * kMaxPlanFileBytes;

// Parses and validates a plan file's bytes: UTF-8 (a BOM is allowed), at most
// kMaxPlanFileBytes, the schema of docs/PLANS.md, then domain::ValidatePlan. Labels are cleaned
// to NFC by `text`. Throws DomainError(FileFormat) "dòng N: …" / "line N: …" for what the file
// gets wrong. The plan's source_text is the file as given.
domain::Plan ParsePlanFile(std::string_view bytes, const domain::TextRules& text);

// Reads the file and parses it; the messages name the file too.
domain::Plan ReadPlanFile(const std::filesystem::path& path, const domain::TextRules& text);

}  // namespace innodesk::interchange
