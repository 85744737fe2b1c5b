// What the reliability tests share: reproducible randomness, running innodesk-cli with a SIGKILL
// at a chosen moment, and reading an SQLite file as an outsider would (integrity check, every
// record of every table, every stored text value).
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <random>
#include <string>
#include <vector>

namespace innodesk::testing {

// The seed of the run: INNODESK_RELIABILITY_SEED when set, otherwise a fresh one. Printed once,
// so that a failure can be repeated with the same kill points and inputs.
unsigned ReliabilitySeed();
std::mt19937_64& ReliabilityRandom();

struct KilledRun {
    bool killed = false;  // SIGKILL arrived while it was still running
    int exit_code = -1;   // when it ended on its own
    double seconds = 0;
    std::string err;  // its standard error (up to the kill)
};

// Runs innodesk-cli with `arguments` and sends it SIGKILL `delay` after the start, unless it
// has ended by then.
KilledRun RunCliKilledAfter(const std::vector<std::string>& arguments, std::chrono::microseconds delay);

// The result of PRAGMA integrity_check on `path`, opened as a plain SQLite file ("ok" when whole).
std::string SqliteIntegrity(const std::string& path);

// Every row of every table (search index tables excepted), each value with its type, in
// primary-key order: for comparing a copy with its original record by record.
using TableRows = std::map<std::string, std::vector<std::string>>;
TableRows SqliteRows(const std::string& path);

// Stored text that is not valid UTF-8 or holds a control character, as "table.column: value".
std::vector<std::string> InvalidStoredText(const std::string& path);

// The first column of the first row of `query` on the SQLite file `path`, as text.
std::string SqliteValue(const std::string& path, const std::string& query);

// The next valid 10-digit tax code whose first nine digits are `prefix` or above; `prefix` is
// moved past it, so that calls with the same counter never repeat a code.
std::string NextValidTaxCode(std::uint64_t& prefix);

}  // namespace innodesk::testing
