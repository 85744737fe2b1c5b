// Hostile input through every innodesk-cli command that takes text, an amount, a date or an id,
// and through every import path (enterprise CSV and XLSX, attendance CSV, password files): SQL
// injection, very long strings, invalid UTF-8, control characters, negative and overflowing
// amounts, impossible dates. Each run must end with exit code 0, 1 or 2 and a message when it
// refuses — never a crash — and the database must hold no invalid value afterwards: the file
// passes its integrity check, the audit chain verifies, no table lost a row, and no stored text
// is invalid UTF-8 or holds a control character.
#include "cli_fixture.h"
#include "reliability_support.h"

#include <xlsxwriter.h>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <iostream>

using namespace innodesk::testing;

namespace {

enum class Kind { Text, Amount, Date, Id };

// Where a hostile value goes: "{}" in `arguments` is replaced by it, "{tax}" by a fresh valid tax
// code and "{n}" by a fresh number, so that a value accepted once does not make the next run a
// duplicate.
struct Slot {
    const char* user;
    std::vector<std::string> arguments;
    Kind kind;
    bool writes;  // a write must refuse invalid text; a search may skip it
};

// The Linux kernel refuses a single argument over 128 KiB (MAX_ARG_STRLEN): the longest text
// that can reach the command line. Megabyte strings go in through files below.
const std::string kLongArgument(120 * 1024, 'A');

std::vector<std::string> HostileText() {
    return {
        "'; DROP TABLE enterprise; --",
        "\" OR 1=1; DELETE FROM audit_entry WHERE '1'='1",
        "Robert'); UPDATE app_user SET role='admin';--",
        kLongArgument,
        std::string("Công ty \xC3\x28 hỏng"),   // invalid continuation byte
        std::string("\xFF\xFE\xFD"),            // never valid in UTF-8
        std::string("\xC0\xAF overlong"),       // overlong encoding of '/'
        std::string("\xED\xA0\x80 surrogate"),  // UTF-16 surrogate in UTF-8
        std::string("bell\x07 and escape\x1B[31m"),
        std::string("delete\x7F"),
        std::string("C1 control \xC2\x85 next line"),
        std::string("right-to-left \xE2\x80\xAE override"),
    };
}

std::vector<std::string> HostileAmounts() {
    return {
        "-1",  "-100.000.000", "9223372036854775808",        "99999999999999999999999", "1e30", "0x10", "1,5",
        "NaN", "١٢٣",          "100.000.000.000.000.000.000"};
}

std::vector<std::string> HostileDates() {
    return {"31/02/2026",
            "29/02/2025",
            "00/01/2026",
            "32/01/2026",
            "01/13/2026",
            "2026-02-31",
            "99/99/9999",
            "-1/01/2026",
            "01/01/-2026",
            "29/02/2100",
            "31/04/2026 ; DROP TABLE decision"};
}

std::vector<std::string> HostileIds() {
    return {"-1", "0", "99999999999999999999", "1; DROP TABLE application", "1e3"};
}

std::vector<Slot> Slots() {
    const char* o = kOfficer;
    const char* v = kViewer;
    const char* a = kAdmin;
    return {
        // enterprises
        {o,
         {"enterprise", "add", "--tax-code", "{tax}", "--name", "{}", "--province", "Khánh Hòa"},
         Kind::Text,
         true},
        {o,
         {"enterprise", "add", "--tax-code", "{tax}", "--name", "Công ty A", "--province", "{}"},
         Kind::Text,
         true},
        {o,
         {"enterprise", "add", "--tax-code", "{tax}", "--name", "Công ty A", "--province", "Khánh Hòa",
          "--address", "{}"},
         Kind::Text,
         true},
        {o,
         {"enterprise", "add", "--tax-code", "{tax}", "--name", "Công ty A", "--province", "Khánh Hòa",
          "--email", "{}"},
         Kind::Text,
         true},
        {o,
         {"enterprise", "add", "--tax-code", "{tax}", "--name", "Công ty A", "--province", "Khánh Hòa",
          "--phone", "{}"},
         Kind::Text,
         true},
        {o,
         {"enterprise", "add", "--tax-code", "{}", "--name", "Công ty A", "--province", "Khánh Hòa"},
         Kind::Text,
         true},
        {v, {"enterprise", "search", "{}"}, Kind::Text, false},
        {v, {"enterprise", "show", "{}"}, Kind::Text, false},
        {v, {"enterprise", "family", "{}"}, Kind::Text, false},
        // programmes and budgets
        {o,
         {"programme", "add", "--code", "P{n}", "--name", "{}", "--start", "2025", "--end", "2030"},
         Kind::Text,
         true},
        {o,
         {"programme", "add", "--code", "{}", "--name", "Chương trình", "--start", "2025", "--end", "2030"},
         Kind::Text,
         true},
        {o,
         {"programme", "add", "--code", "Q{n}", "--name", "Chương trình", "--start", "{}", "--end", "2030"},
         Kind::Id,
         true},
        {o,
         {"programme", "add-budget", "--programme", "KH-DMST", "--year", "2026", "--content", "consulting",
          "--amount", "{}"},
         Kind::Amount,
         true},
        {o,
         {"programme", "add-budget", "--programme", "{}", "--year", "2026", "--content", "consulting",
          "--amount", "1.000"},
         Kind::Text,
         true},
        // applications
        {o,
         {"application", "create", "--enterprise", "0300588569", "--programme", "KH-DMST", "--year", "2025",
          "--content", "consulting", "--title", "{}", "--requested", "100.000.000"},
         Kind::Text,
         true},
        {o,
         {"application", "create", "--enterprise", "0300588569", "--programme", "KH-DMST", "--year", "2025",
          "--content", "{}", "--title", "Tư vấn", "--requested", "100.000.000"},
         Kind::Text,
         true},
        {o,
         {"application", "create", "--enterprise", "0300588569", "--programme", "KH-DMST", "--year", "2025",
          "--content", "consulting", "--title", "Tư vấn", "--requested", "{}"},
         Kind::Amount,
         true},
        {o,
         {"application", "create", "--enterprise", "0300588569", "--programme", "KH-DMST", "--year", "2025",
          "--content", "consulting", "--title", "Tư vấn", "--requested", "100.000.000", "--co-funding", "{}"},
         Kind::Amount,
         true},
        {o,
         {"application", "create", "--enterprise", "0300588569", "--programme", "KH-DMST", "--year", "{}",
          "--content", "consulting", "--title", "Tư vấn", "--requested", "100.000.000"},
         Kind::Id,
         true},
        {o, {"application", "withdraw", "{}", "--note", "Rút"}, Kind::Id, true},
        {o, {"application", "submit", "2", "--note", "{}"}, Kind::Text, true},
        {o, {"application", "contract", "1", "--number", "{}"}, Kind::Text, true},
        {o, {"application", "disburse", "1", "--amount", "{}", "--date", "01/07/2025"}, Kind::Amount, true},
        {o, {"application", "disburse", "1", "--amount", "1.000.000", "--date", "{}"}, Kind::Date, true},
        {o,
         {"application", "disburse", "1", "--amount", "1.000.000", "--date", "01/07/2025", "--reference",
          "{}"},
         Kind::Text,
         true},
        {v, {"application", "show", "{}"}, Kind::Id, false},
        {v, {"application", "list", "--year", "{}"}, Kind::Id, false},
        // decisions
        {o,
         {"decision", "draft", "3", "--amount", "{}", "--number", "D{n}/QĐ", "--date", "20/06/2025"},
         Kind::Amount,
         true},
        {o,
         {"decision", "draft", "3", "--amount", "1.000.000", "--number", "D{n}/QĐ", "--date", "{}"},
         Kind::Date,
         true},
        {o,
         {"decision", "draft", "3", "--amount", "1.000.000", "--number", "{}", "--date", "20/06/2025"},
         Kind::Text,
         true},
        {o,
         {"decision", "draft", "3", "--amount", "1.000.000", "--number", "D{n}/QĐ", "--date", "20/06/2025",
          "--conditions", "{}"},
         Kind::Text,
         true},
        {o,
         {"decision", "draft", "3", "--amount", "1.000.000", "--number", "D{n}/QĐ", "--date", "20/06/2025",
          "--legal-basis", "{}"},
         Kind::Text,
         true},
        {o,
         {"decision", "draft", "3", "--amount", "1.000.000", "--number", "D{n}/QĐ", "--date", "20/06/2025",
          "--signer-name", "{}"},
         Kind::Text,
         true},
        {o,
         {"decision", "draft", "{}", "--amount", "1.000.000", "--number", "D{n}/QĐ", "--date", "20/06/2025"},
         Kind::Id,
         true},
        {v, {"decision", "show", "{}"}, Kind::Id, false},
        {o, {"decision", "export", "{}", "--out", "/tmp/innodesk-hostile-export"}, Kind::Id, false},
        // vouchers and providers
        {o,
         {"provider", "add", "--name", "{}", "--tax-code", "{tax}", "--contents", "consulting"},
         Kind::Text,
         true},
        {o,
         {"provider", "add", "--name", "Trung tâm", "--tax-code", "{tax}", "--contents", "{}"},
         Kind::Text,
         true},
        {o,
         {"voucher", "issue", "--enterprise", "0300588569", "--programme", "KH-DMST", "--year", "2025",
          "--content", "consulting", "--face-value", "{}", "--state-share", "1.000", "--issued", "01/06/2025",
          "--valid-until", "31/12/2025"},
         Kind::Amount,
         true},
        {o,
         {"voucher", "issue", "--enterprise", "0300588569", "--programme", "KH-DMST", "--year", "2025",
          "--content", "consulting", "--face-value", "10.000.000", "--state-share", "{}", "--issued",
          "01/06/2025", "--valid-until", "31/12/2025"},
         Kind::Amount,
         true},
        {o,
         {"voucher", "issue", "--enterprise", "0300588569", "--programme", "KH-DMST", "--year", "2025",
          "--content", "consulting", "--face-value", "10.000.000", "--state-share", "1.000", "--issued", "{}",
          "--valid-until", "31/12/2025"},
         Kind::Date,
         true},
        {o,
         {"voucher", "issue", "--enterprise", "0300588569", "--programme", "KH-DMST", "--year", "2025",
          "--content", "consulting", "--face-value", "10.000.000", "--state-share", "1.000", "--issued",
          "01/06/2025", "--valid-until", "{}"},
         Kind::Date,
         true},
        {o,
         {"voucher", "redeem", "1", "--provider", "1", "--invoice", "{}", "--invoice-date", "01/07/2025",
          "--invoice-amount", "1.000.000"},
         Kind::Text,
         true},
        {o,
         {"voucher", "redeem", "1", "--provider", "1", "--invoice", "HĐ-{n}", "--invoice-date", "{}",
          "--invoice-amount", "1.000.000"},
         Kind::Date,
         true},
        {o,
         {"voucher", "redeem", "1", "--provider", "1", "--invoice", "HĐ-{n}", "--invoice-date", "01/07/2025",
          "--invoice-amount", "{}"},
         Kind::Amount,
         true},
        {o, {"voucher", "reimburse", "1", "--amount", "{}", "--date", "01/08/2025"}, Kind::Amount, true},
        {o, {"voucher", "cancel", "{}", "--reason", "issued_in_error"}, Kind::Id, true},
        {o, {"voucher", "expire", "--as-of", "{}"}, Kind::Date, true},
        // IP, training, outcomes
        {o,
         {"ip", "add", "--enterprise", "0300588569", "--type", "patent", "--route", "domestic", "--title",
          "{}", "--filed", "10/01/2025"},
         Kind::Text,
         true},
        {o,
         {"ip", "add", "--enterprise", "0300588569", "--type", "patent", "--route", "domestic", "--title",
          "Sáng chế", "--filed", "{}"},
         Kind::Date,
         true},
        {o,
         {"ip", "add", "--enterprise", "0300588569", "--type", "patent", "--route", "domestic", "--title",
          "Sáng chế", "--filed", "10/01/2025", "--supported", "{}"},
         Kind::Amount,
         true},
        {o, {"ip", "update", "1", "--status", "formality_accepted", "--date", "{}"}, Kind::Date, true},
        {o,
         {"ip", "update", "1", "--status", "formality_accepted", "--date", "01/02/2025", "--note", "{}"},
         Kind::Text,
         true},
        {o,
         {"training", "add-event", "--title", "{}", "--kind", "workshop", "--start", "10/03/2025", "--end",
          "11/03/2025"},
         Kind::Text,
         true},
        {o,
         {"training", "add-event", "--title", "Hội thảo", "--kind", "workshop", "--start", "{}", "--end",
          "11/03/2025"},
         Kind::Date,
         true},
        {o,
         {"training", "add-event", "--title", "Hội thảo", "--kind", "workshop", "--start", "10/03/2025",
          "--end", "{}"},
         Kind::Date,
         true},
        {o, {"training", "add-attendance", "1", "--name", "{}"}, Kind::Text, true},
        {o,
         {"training", "add-attendance", "1", "--name", "Nguyễn Văn {n}", "--personal-id", "{}"},
         Kind::Text,
         true},
        {o,
         {"outcome", "add", "--enterprise", "0300588569", "--kind", "new_product", "--year", "2025",
          "--description", "{}"},
         Kind::Text,
         true},
        {o,
         {"outcome", "add", "--enterprise", "0300588569", "--kind", "new_product", "--year", "2025",
          "--description", "Sản phẩm", "--date", "{}"},
         Kind::Date,
         true},
        // users and audit
        {a, {"user", "add", "{}", "--role", "viewer", "--new-password-file", "{password}"}, Kind::Text, true},
        {a,
         {"user", "add", "nguoi.{n}", "--role", "viewer", "--display-name", "{}", "--new-password-file",
          "{password}"},
         Kind::Text,
         true},
        {a,
         {"user", "add", "nguoi.{n}", "--role", "{}", "--new-password-file", "{password}"},
         Kind::Text,
         true},
        {v, {"audit", "log", "--entity", "{}"}, Kind::Text, false},
        {v, {"audit", "log", "--entity", "enterprise", "--id", "{}"}, Kind::Id, false},
    };
}

const std::vector<std::string>& ValuesFor(Kind kind) {
    static const auto text = HostileText();
    static const auto amounts = HostileAmounts();
    static const auto dates = HostileDates();
    static const auto ids = HostileIds();
    switch (kind) {
        case Kind::Text:
            return text;
        case Kind::Amount:
            return amounts;
        case Kind::Date:
            return dates;
        case Kind::Id:
            return ids;
    }
    return text;
}

bool IsInvalidText(const std::string& value) {
    for (const unsigned char c : value)
        if (c < 0x20 || c == 0x7F || c >= 0xF5 || c == 0xC0) return true;
    return value.find("\xC3\x28") != std::string::npos || value.find("\xED\xA0") != std::string::npos ||
           value.find("\xC2\x85") != std::string::npos;
}

void Replace(std::string& text, const std::string& what, const std::string& with) {
    for (std::size_t at = 0; (at = text.find(what, at)) != std::string::npos; at += with.size())
        text.replace(at, what.size(), with);
}

// The state that must hold after any hostile input.
void RequireClean(const CliDatabase& db, const TableRows& before) {
    CHECK(SqliteIntegrity(db.Path()) == "ok");
    const auto verified = db.Run(kViewer, {"audit", "verify"});
    INFO(verified.err);
    CHECK(verified.exit_code == 0);
    const auto invalid = InvalidStoredText(db.Path());
    INFO((invalid.empty() ? std::string() : invalid.front()));
    CHECK(invalid.empty());
    const auto after = SqliteRows(db.Path());
    for (const auto& [table, rows] : before) {
        INFO("table " << table);
        REQUIRE(after.count(table) == 1);
        CHECK(after.at(table).size() >= rows.size());
    }
    // The audit trail only grows: every entry before is still there, unchanged.
    const auto& old_audit = before.at("audit_entry");
    const auto& new_audit = after.at("audit_entry");
    CHECK(std::equal(old_audit.begin(), old_audit.end(), new_audit.begin()));
}

void Prepare(const CliDatabase& db) {
    db.Ok(kOfficer, {"enterprise", "add", "--tax-code", "0300588569", "--name", "Công ty TNHH Yến Sào",
                     "--province", "Khánh Hòa"});
    db.Ok(kOfficer, {"programme", "add", "--code", "KH-DMST", "--name", "Chương trình ĐMST", "--start",
                     "2025", "--end", "2030"});
    db.Ok(kOfficer, {"programme", "add-budget", "--programme", "KH-DMST", "--year", "2025", "--content",
                     "consulting", "--amount", "5.000.000.000"});
    for (int i = 0; i < 3; ++i)
        db.Ok(kOfficer, {"application", "create", "--enterprise", "0300588569", "--programme", "KH-DMST",
                         "--year", "2025", "--content", "consulting", "--title",
                         "Thuê tư vấn " + std::to_string(i), "--requested", "100.000.000"});
    for (const char* step : {"submit", "review", "recommend"}) db.Ok(kOfficer, {"application", step, "3"});
    db.Ok(kOfficer, {"provider", "add", "--name", "Trung tâm Tư vấn", "--tax-code", "0101248141",
                     "--contents", "consulting"});
    db.Ok(kOfficer, {"voucher", "issue", "--enterprise", "0300588569", "--programme", "KH-DMST", "--year",
                     "2025", "--content", "consulting", "--face-value", "10.000.000", "--state-share",
                     "5.000.000", "--issued", "01/06/2025", "--valid-until", "31/12/2025"});
    db.Ok(kOfficer, {"ip", "add", "--enterprise", "0300588569", "--type", "patent", "--route", "domestic",
                     "--title", "Quy trình chế biến yến", "--filed", "10/01/2025"});
    db.Ok(kOfficer, {"training", "add-event", "--title", "Tập huấn SHTT", "--kind", "training_course",
                     "--start", "10/03/2025", "--end", "11/03/2025"});
}

// A cell for each hostile case of the files: the command line's cases plus what only a file can
// carry (the longest cell an import reads, NUL bytes, a lone CR). Longer cells refuse the whole
// file at the cell limit (memory_bombs.test.cpp), which would keep the other cases from the rows.
std::vector<std::string> HostileCells() {
    auto cells = HostileText();
    cells.push_back(std::string(32'767, 'M'));
    cells.push_back(std::string(32'767, '\xE1'));  // truncated 3-byte sequences
    cells.push_back(std::string("nul\0inside", 10));
    cells.push_back("lone\rcarriage return");
    cells.push_back("=HYPERLINK(\"http://example.com\")");
    return cells;
}

}  // namespace

TEST_CASE("Hostile values through every command that takes text, an amount, a date or an id",
          "[reliability][hostile][sqlite-only]") {
    TempFolder folder;
    const CliDatabase db(folder);
    Prepare(db);
    WriteText(folder / "new-user.password", "Mật khẩu đủ dài cho người dùng mới 2026");
    const auto before = SqliteRows(db.Path());

    std::uint64_t tax_prefix = 380'000'000;
    int counter = 0, runs = 0, refused = 0, accepted = 0;
    for (const auto& slot : Slots()) {
        for (const auto& value : ValuesFor(slot.kind)) {
            std::vector<std::string> arguments;
            for (std::string argument : slot.arguments) {
                if (argument == "{}") {
                    argument = value;
                } else {
                    Replace(argument, "{tax}", NextValidTaxCode(tax_prefix));
                    Replace(argument, "{n}", std::to_string(++counter));
                    Replace(argument, "{password}", folder / "new-user.password");
                }
                arguments.push_back(std::move(argument));
            }
            const auto result = db.Run(slot.user, arguments);
            ++runs;
            INFO(slot.arguments[0] << " " << slot.arguments[1] << " with " << value.substr(0, 60) << " ("
                                   << value.size() << " bytes): exit " << result.exit_code << ": "
                                   << result.err.substr(0, 300));
            REQUIRE(result.exit_code >= 0);
            CHECK(result.exit_code <= 2);  // above: killed by a signal
            if (result.exit_code != 0) {
                ++refused;
                CHECK_FALSE(result.err.empty());
                CHECK(result.err.find("Unexpected error") == std::string::npos);
            } else {
                ++accepted;
            }
            // Amounts and dates here are all wrong, and invalid text must never be written.
            if (slot.kind == Kind::Amount || slot.kind == Kind::Date || (slot.writes && IsInvalidText(value)))
                CHECK(result.exit_code != 0);
        }
    }
    RequireClean(db, before);
    std::cout << "hostile command-line input: " << runs << " runs over " << Slots().size()
              << " argument slots: " << refused << " refused with a message, " << accepted
              << " accepted as valid text; crashes 0, invalid values stored 0" << std::endl;
}

TEST_CASE("Hostile cells in CSV and XLSX imports and in password files",
          "[reliability][hostile][sqlite-only]") {
    TempFolder folder;
    const CliDatabase db(folder);
    Prepare(db);
    const auto before = SqliteRows(db.Path());
    const auto cells = HostileCells();

    // One row per hostile cell in each column, each with its own valid tax code, plus rows whose
    // tax code itself is the hostile cell.
    std::vector<std::vector<std::string>> rows;
    std::uint64_t prefix = 390'000'000;
    for (std::size_t column = 0; column < 4; ++column)
        for (const auto& cell : cells) {
            std::vector<std::string> row{NextValidTaxCode(prefix), "Công ty Nhập Khẩu", "Khánh Hòa",
                                         "Số 1 Trần Phú"};
            row[column] = cell;
            rows.push_back(row);
        }
    const std::vector<std::string> header{"Mã số thuế", "Tên doanh nghiệp", "Tỉnh/Thành phố", "Địa chỉ"};

    int runs = 0;
    const auto import = [&](const std::string& file, const std::vector<std::string>& command) {
        const auto result = db.Run(kOfficer, Joined(command, {file, "--errors", folder / "errors.csv"}));
        ++runs;
        INFO(file << ": exit " << result.exit_code << ": " << result.err.substr(0, 400));
        CHECK((result.exit_code == 0 || result.exit_code == 1));
        if (result.exit_code != 0) CHECK_FALSE(result.err.empty());
        return result;
    };

    SECTION("CSV, raw bytes as a registry export might hold them") {
        std::string csv;
        for (std::size_t i = 0; i < header.size(); ++i) csv += (i ? "," : "") + header[i];
        csv += "\n";
        for (const auto& row : rows) {
            for (std::size_t i = 0; i < row.size(); ++i) {
                std::string quoted = row[i];
                Replace(quoted, "\"", "\"\"");
                csv += (i ? ",\"" : "\"") + quoted + "\"";
            }
            csv += "\n";
        }
        WriteText(folder / "hostile.csv", csv);
        import(folder / "hostile.csv", {"enterprise", "import"});
        import(folder / "hostile.csv", {"enterprise", "import", "--all-or-nothing"});
        // The same file as a training attendance list (name, personal ID, tax code columns).
        std::string attendance = "Họ và tên,Số định danh,Mã số thuế\n";
        for (const auto& cell : cells) {
            std::string quoted = cell;
            Replace(quoted, "\"", "\"\"");
            attendance += "\"" + quoted + "\",056123456789,0300588569\n\"Nguyễn Văn A\",\"" + quoted +
                          "\",0300588569\n";
        }
        WriteText(folder / "attendance.csv", attendance);
        import(folder / "attendance.csv", {"training", "import-attendance", "1"});
    }
    SECTION("XLSX written by a spreadsheet library") {
        const std::string file = folder / "hostile.xlsx";
        lxw_workbook* workbook = workbook_new(file.c_str());
        REQUIRE(workbook != nullptr);
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, nullptr);
        for (std::size_t c = 0; c < header.size(); ++c)
            worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), header[c].c_str(), nullptr);
        lxw_row_t r = 1;
        for (const auto& row : rows) {
            for (std::size_t c = 0; c < row.size(); ++c)
                // libxlsxwriter takes C strings: an embedded NUL ends the cell there, as Excel would.
                worksheet_write_string(sheet, r, static_cast<lxw_col_t>(c), row[c].c_str(), nullptr);
            ++r;
        }
        // Numbers where text is expected: negative, huge, fractional.
        for (const double number : {-1.0, 1e300, 0.5, -9.3e18}) {
            worksheet_write_number(sheet, r, 0, number, nullptr);
            worksheet_write_string(sheet, r, 1, "Công ty Số", nullptr);
            worksheet_write_number(sheet, r++, 2, number, nullptr);
        }
        REQUIRE(workbook_close(workbook) == LXW_NO_ERROR);
        import(file, {"enterprise", "import"});
    }
    SECTION("password files") {
        for (const auto& cell : cells) {
            WriteText(folder / "hostile.password", cell);
            const auto result =
                RunCli({"--db", db.Path(), "--lang", "en", "--user", kOfficer, "--password-file",
                        folder / "hostile.password", "enterprise", "search", "yen"});
            ++runs;
            INFO(cell.substr(0, 40) << ": " << result.err);
            CHECK(result.exit_code == 1);
            CHECK_THAT(result.err, Catch::Contains("[sign_in_failed]") || Catch::Contains("[invalid_value]"));
        }
    }
    RequireClean(db, before);
    std::cout << "hostile files: " << runs << " imports and sign-ins with " << cells.size()
              << " kinds of hostile cell (up to 32,767 characters); crashes 0, invalid values stored 0"
              << std::endl;
}
