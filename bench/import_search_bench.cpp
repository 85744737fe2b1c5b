// Benchmark of issue 2: importing 100,000 enterprises from CSV against a raw sqlite3 insert of
// the same rows into the same table, measured in the same run; then search latency.
//   import_search_bench [--rows N] [--dir DIR]
#include "bench/synthetic_rows.h"
#include "domain/enterprise.h"
#include "domain/enterprise_import.h"
#include "domain/enterprise_service.h"
#include "interchange/csv_writer.h"
#include "interchange/table_file.h"
#include "tests/support/raw_store.h"
#include "text/icu_text_rules.h"

#include <sqlite3.h>

#include <unistd.h>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

using namespace innodesk;
using Clock = std::chrono::steady_clock;

namespace {

double SecondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

struct Database {
    sqlite3* handle = nullptr;
    explicit Database(const std::string& path) {
        if (sqlite3_open(path.c_str(), &handle) != SQLITE_OK)
            throw std::runtime_error(sqlite3_errmsg(handle));
    }
    ~Database() { sqlite3_close(handle); }
    void Exec(const char* sql) {
        char* error = nullptr;
        if (sqlite3_exec(handle, sql, nullptr, nullptr, &error) != SQLITE_OK) {
            const std::string message = error ? error : "unknown";
            sqlite3_free(error);
            throw std::runtime_error(message);
        }
    }
};

// The baseline: the final column values (already normalised, untimed) inserted with one
// prepared statement in one transaction, same pragmas, same table, same indexes and triggers.
double RawInsert(const std::string& path, const std::vector<domain::Enterprise>& rows,
                 const std::vector<std::pair<std::string, std::string>>& keys) {
    innodesk::testing::OpenRawStore({persistence::Backend::Sqlite, path},
                                    persistence::OpenMode::CreateIfMissing);
    Database db(path);
    db.Exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;");
    sqlite3_stmt* raw = nullptr;
    const char* sql =
        "INSERT INTO enterprise (tax_code, family_key, tax_code_kind, name, legal_form, size_class, vsic, "
        "commune, "
        "province, address, phone, email, st_enterprise, innovative_startup, search_text, sort_key, version, "
        "created_at, updated_at) VALUES (?, ?, 'enterprise', ?, 'company', 'small', ?, ?, ?, ?, '', '', 0, "
        "0, ?, ?, 1, "
        "0, 0)";
    if (sqlite3_prepare_v2(db.handle, sql, -1, &raw, nullptr) != SQLITE_OK)
        throw std::runtime_error(sqlite3_errmsg(db.handle));
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> statement(raw, &sqlite3_finalize);
    sqlite3_stmt* raw_index = nullptr;
    if (sqlite3_prepare_v2(db.handle, "INSERT INTO enterprise_fts (rowid, search_text) VALUES (?, ?)", -1,
                           &raw_index, nullptr) != SQLITE_OK)
        throw std::runtime_error(sqlite3_errmsg(db.handle));
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> index(raw_index, &sqlite3_finalize);
    const auto start = Clock::now();
    db.Exec("BEGIN IMMEDIATE");
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& e = rows[i];
        const auto bind = [&](int position, const std::string& value) {
            sqlite3_bind_text(statement.get(), position, value.data(), static_cast<int>(value.size()),
                              SQLITE_STATIC);
        };
        bind(1, e.tax_code.Value());
        bind(2, e.tax_code.FamilyKey());
        bind(3, e.name);
        bind(4, e.vsic);
        bind(5, e.commune);
        bind(6, e.province);
        bind(7, e.address);
        bind(8, keys[i].first);
        bind(9, keys[i].second);
        if (sqlite3_step(statement.get()) != SQLITE_DONE) throw std::runtime_error(sqlite3_errmsg(db.handle));
        sqlite3_reset(statement.get());
        sqlite3_bind_int64(index.get(), 1, sqlite3_last_insert_rowid(db.handle));
        sqlite3_bind_text(index.get(), 2, keys[i].first.data(), static_cast<int>(keys[i].first.size()),
                          SQLITE_STATIC);
        if (sqlite3_step(index.get()) != SQLITE_DONE) throw std::runtime_error(sqlite3_errmsg(db.handle));
        sqlite3_reset(index.get());
    }
    db.Exec("COMMIT");
    return SecondsSince(start);
}

}  // namespace

int main(int argc, char** argv) {
    std::size_t count = 100'000;
    std::filesystem::path dir =
        std::filesystem::temp_directory_path() / ("innodesk-bench-" + std::to_string(::getpid()));
    bool keep = false;  // a folder given with --dir is kept, to look at the databases afterwards
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string option = argv[i];
        if (option == "--rows")
            count = std::stoul(argv[i + 1]);
        else if (option == "--dir") {
            dir = argv[i + 1];
            keep = true;
        } else {
            std::cerr << "usage: import_search_bench [--rows N] [--dir DIR]\n";
            return 2;
        }
    }
    std::filesystem::create_directories(dir);
    const text::IcuTextRules text;

    // The input file, as a registry export would come.
    const auto synthetic = bench::MakeEnterprises(count, 2026);
    const auto csv_path = dir / "enterprises.csv";
    {
        std::vector<std::vector<std::string>> cells;
        for (const auto& e : synthetic)
            cells.push_back(
                {e.tax_code, e.name, e.legal_form, e.size, e.vsic, e.commune, e.province, e.address});
        std::ofstream file(csv_path, std::ios::binary);
        interchange::WriteCsv(file,
                              {"Mã số thuế", "Tên doanh nghiệp", "Loại hình", "Quy mô", "Ngành VSIC",
                               "Xã/Phường", "Tỉnh/Thành phố", "Địa chỉ"},
                              cells);
    }

    // Baseline rows: what the import will store, computed outside the timing.
    std::vector<domain::Enterprise> final_rows;
    std::vector<std::pair<std::string, std::string>> keys;
    for (const auto& s : synthetic) {
        domain::Enterprise e;
        e.tax_code = domain::TaxCode::Parse(s.tax_code);
        e.name = s.name;
        e.vsic = s.vsic;
        e.commune = s.commune;
        e.province = s.province;
        e.address = s.address;
        e = domain::NormaliseEnterprise(e, text);
        keys.emplace_back(domain::EnterpriseSearchText(e, text), text.SortKey(e.name));
        final_rows.push_back(std::move(e));
    }
    std::filesystem::remove(dir / "baseline.db");
    const double baseline = RawInsert((dir / "baseline.db").string(), final_rows, keys);

    // InnoDesk: read the file, validate, normalise, fold, upsert by tax code, one transaction.
    std::filesystem::remove(dir / "import.db");
    auto store = innodesk::testing::OpenRawStore({persistence::Backend::Sqlite, (dir / "import.db").string()},
                                                 persistence::OpenMode::CreateIfMissing);
    const auto start = Clock::now();
    const auto table = interchange::ReadTableFile(csv_path);
    const double parse = SecondsSince(start);
    // The import's role check needs an officer; the audit trail gets one entry for the file.
    const domain::Actor officer{"bench.officer", domain::Role::Officer, 0};
    const auto report = domain::EnterpriseImport(*store, text).Run(table, officer);
    const double import = SecondsSince(start);
    if (report.inserted != count || !report.errors.empty()) {
        std::cerr << "import stored " << report.inserted << " of " << count << " rows, "
                  << report.errors.size() << " errors\n";
        return 1;
    }

    // Search: 20 queries, each run 10 times after one warm-up run.
    const std::vector<std::string> queries{
        "khanh hoa", "Khánh Hoà",  "nha trang", "yen sao", "cong ty",    "thuy san",   "cam ranh",
        "xoai",      "hop tac xa", "du lich",   "ca ngu",  "dien khanh", "ninh hoa",   "tnhh mtv",
        "4200001",   "0300588569", "tran phu",  "hon tre", "dong hai",   "phuoc thanh"};
    domain::EnterpriseService service(*store, text);
    std::vector<double> samples;
    std::size_t hits = 0;
    for (const auto& query : queries) {
        hits += service.Search(query).size();
        for (int run = 0; run < 10; ++run) {
            const auto t = Clock::now();
            service.Search(query);
            samples.push_back(SecondsSince(t) * 1000.0);
        }
    }
    std::sort(samples.begin(), samples.end());
    const double median = samples[samples.size() / 2];
    const double p99 = samples[std::min(samples.size() - 1, samples.size() * 99 / 100)];

    std::printf("rows                                   %zu\n", count);
    std::printf(
        "baseline: raw sqlite3 insert            %.3f s  (%.0f rows/s; same table, indexes and search index, "
        "prepared statements, one transaction)\n",
        baseline, static_cast<double>(count) / baseline);
    std::printf(
        "InnoDesk import (parse, validate, normalise, upsert)  %.3f s  (%.0f rows/s; CSV parse %.3f s)\n",
        import, static_cast<double>(count) / import, parse);
    std::printf("import / baseline                       %.2fx  (target <= 3x)\n", import / baseline);
    std::printf(
        "search, 20 queries x 10 runs, limit 50  median %.2f ms, p99 %.2f ms  (target p99 <= 20 ms; %zu hits "
        "in the warm-up runs)\n",
        median, p99, hits);
    if (!keep) std::filesystem::remove_all(dir);
    return 0;
}
