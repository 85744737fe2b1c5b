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

// Which rule gave an imported row its province.
enum class ProvinceSource {
    Column,      // the file's province column
    Address,     // the last part of the address ("…, tỉnh Khánh Hòa")
    Department,  // the department's own province (the setting department_province)
};

struct ProvinceAssignment {
    std::size_t line = 0;
    ProvinceSource source = ProvinceSource::Column;
    std::string province;  // as stored: a unit's name from data/provinces.tsv
    std::string written;   // the text it was read from (the cell, the address's last part)
    std::string former;    // the former province `written` named ("Ninh Thuận"), else empty
};

struct ImportReport {
    std::size_t rows = 0;
    std::size_t inserted = 0;
    std::size_t updated = 0;
    std::size_t unchanged = 0;
    std::vector<ImportRowError> errors;
    std::vector<ProvinceAssignment> provinces;  // one per row that passed, in file order
    bool stored = false;                        // false when --all-or-nothing refused the file
};

// "cột", "địa chỉ", "tỉnh của Sở" / "column", "address", "department".
LocalisedText ProvinceSourceName(ProvinceSource source);

struct ImportOptions {
    bool all_or_nothing = false;
    ProgressObserver* progress = nullptr;
};

class EnterpriseImport {
public:
    // `clock` dates the register's flags a row sets without a date (DateRegisterFlags).
    EnterpriseImport(Store& store, const TextRules& text, const Clock& clock = MachineClock())
        : m_store(store), m_text(text), m_clock(clock) {}
    // Throws FileFormat when the header lacks a required column (tax code, name); row problems go
    // into the report instead. A row's province comes from the province column when the file has
    // one and the cell is not empty, else from the end of its address, else from the department's
    // province; it is stored as the unit's name of data/provinces.tsv.
    ImportReport Run(const Table& table, const Actor& actor, const ImportOptions& options = {});

private:
    Store& m_store;
    const TextRules& m_text;
    const Clock& m_clock;
};

}  // namespace innodesk::domain
