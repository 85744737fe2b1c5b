// libFuzzer target: any bytes as an .xlsx workbook. ReadXlsx reads from a path (libzip opens the
// file), so each input is written to a private temporary file first.
#include "domain/errors.h"
#include "interchange/xlsx_reader.h"

#include <unistd.h>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

namespace {

const std::string& WorkbookPath() {
    static const std::string path = [] {
        const char* dir = std::getenv("TMPDIR");
        return std::string(dir && *dir ? dir : "/tmp") + "/innodesk-fuzz-" + std::to_string(::getpid()) +
               ".xlsx";
    }();
    return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace innodesk;
    {
        std::ofstream out(WorkbookPath(), std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    try {
        const auto table = interchange::ReadXlsx(WorkbookPath());
        for (const auto& row : table.rows)
            if (row.cells.size() != table.header.size()) __builtin_trap();
    } catch (const domain::DomainError&) {
    }
    std::remove(WorkbookPath().c_str());
    return 0;
}
