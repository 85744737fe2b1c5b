// Importing enterprises from a table (CSV/XLSX rows): every row validated, upsert by tax code,
// the rows that pass stored in one transaction, the rows that fail reported cell by cell.
#pragma once

#include "actor.h"
#include "errors.h"
#include "progress.h"
#include "store.h"
#include "table.h"
#include "text_rules.h"

#include <string>
#include <vector>

namespace innodesk::domain {

struct ImportRowError {
    std::size_t line = 0;  // where the row is in the file
    std::string column;    // the header as written in the file, empty for the whole row
    std::string value;
    ErrorCode code = ErrorCode::InvalidValue;
    LocalisedText reason;
};

struct ImportReport {
    std::size_t rows = 0;
    std::size_t inserted = 0;
    std::size_t updated = 0;
    std::size_t unchanged = 0;
    std::vector<ImportRowError> errors;
    bool stored = false;  // false when --all-or-nothing refused the file
};

struct ImportOptions {
    bool all_or_nothing = false;
    ProgressObserver* progress = nullptr;
};

class EnterpriseImport {
public:
    EnterpriseImport(Store& store, const TextRules& text) : m_store(store), m_text(text) {}
    // Throws FileFormat when the header lacks a required column (tax code, name, province);
    // row problems go into the report instead.
    ImportReport Run(const Table& table, const Actor& actor, const ImportOptions& options = {});

private:
    Store& m_store;
    const TextRules& m_text;
};

}  // namespace innodesk::domain
