// The audit trail in words: each entry's action as a sentence ("Nguyễn Văn An đã nộp hồ sơ số
// 12.") and its change as a table of fields, each with its name in the reader's language and its
// value before and after, written as people write them (dates dd/mm/yyyy, amounts in đồng,
// states by their labels). For the desktop's audit page and the CLI's `audit` listing alike.
#pragma once

#include "domain/audit.h"
#include "domain/errors.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace innodesk::app {

// One field of an audit entry's record that the change touched. For a creation `before` is
// empty, for a deletion `after` is.
struct AuditFieldChange {
    std::string field;  // the stable key in the entry's JSON ("requested_amount")
    std::string label;  // its name in the reader's language ("Kinh phí đề nghị")
    std::string before;
    std::string after;
};

// How a point in time (Unix seconds) reads; by default dd/mm/yyyy hh:mm in UTC. The desktop
// passes the department's clock.
using MomentWriter = std::function<std::string(std::int64_t unix_seconds)>;

// The entry's action as a sentence, `actor` being who did it as the reader knows them (a display
// name, or the entry's user name). An action without a sentence of its own (one added to the
// code after this table) still reads as a sentence naming its code.
std::string AuditSentence(const domain::AuditEntry& entry, std::string_view actor, domain::Language language);

// The fields the entry changed, in the order of the record's keys: for an update only those whose
// value differs, for a creation or an event (no `before`) every field of `after`.
std::vector<AuditFieldChange> AuditChanges(const domain::AuditEntry& entry, domain::Language language,
                                           const MomentWriter& moment = {});

// Whether the action has a sentence of its own, and whether a field key has a label of its own;
// for the tests that keep these tables complete.
bool HasAuditSentence(std::string_view action);
bool HasAuditFieldLabel(std::string_view field);

}  // namespace innodesk::app
