// Finds the tests' outside tools where the build's configuration found them, and skips or fails.
#include "test_tools.h"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <sstream>

namespace innodesk::testing {
namespace {

struct ToolEntry {
    const char* name;
    const char* package;  // the Debian package that has it (scripts/install-deps.sh installs them all)
    const char* path;     // as configured; empty when not found
};

ToolEntry Entry(Tool tool) {
    switch (tool) {
        case Tool::Openssl:
            return {"openssl", "openssl", INNODESK_OPENSSL_PROGRAM};
        case Tool::Sqlite3:
            return {"sqlite3", "sqlite3", INNODESK_SQLITE3_PROGRAM};
        case Tool::Pdftotext:
            return {"pdftotext", "poppler-utils", INNODESK_PDFTOTEXT_PROGRAM};
        case Tool::Pdffonts:
            return {"pdffonts", "poppler-utils", INNODESK_PDFFONTS_PROGRAM};
        case Tool::Pdfinfo:
            return {"pdfinfo", "poppler-utils", INNODESK_PDFINFO_PROGRAM};
        case Tool::Python3WithOpenpyxl:
            return {"python3 with openpyxl", "python3-openpyxl", INNODESK_PYTHON3_PROGRAM};
        case Tool::SoftHsm2Module:
            return {"libsofthsm2.so", "softhsm2", INNODESK_SOFTHSM2_MODULE};
        case Tool::SoftHsm2Util:
            return {"softhsm2-util", "softhsm2", INNODESK_SOFTHSM2_UTIL};
        case Tool::PostgresServer:
            return {"PostgreSQL's initdb", "postgresql", INNODESK_INITDB_PROGRAM};
        case Tool::PgDump:
            return {"pg_dump", "postgresql-client", INNODESK_PG_DUMP_PROGRAM};
        case Tool::PgRestore:
            return {"pg_restore", "postgresql-client", INNODESK_PG_RESTORE_PROGRAM};
        case Tool::Podofosign:
            return {"podofosign", "libpodofo-utils", INNODESK_PODOFOSIGN_PROGRAM};
        case Tool::Pdfsig:
            return {"pdfsig", "poppler-utils", INNODESK_PDFSIG_PROGRAM};
        case Tool::Pdfdetach:
            return {"pdfdetach", "poppler-utils", INNODESK_PDFDETACH_PROGRAM};
        case Tool::Certutil:
            return {"certutil", "libnss3-tools", INNODESK_CERTUTIL_PROGRAM};
        case Tool::Pk12util:
            return {"pk12util", "libnss3-tools", INNODESK_PK12UTIL_PROGRAM};
    }
    return {"?", "?", ""};
}

// INNODESK_TEST_HIDE_TOOLS="openssl,softhsm2-util": those tools count as missing.
bool Hidden(const std::string& name) {
    const char* hidden = std::getenv("INNODESK_TEST_HIDE_TOOLS");
    if (hidden == nullptr) return false;
    std::stringstream list(hidden);
    for (std::string item; std::getline(list, item, ',');)
        if (item == name) return true;
    return false;
}

bool Present(const ToolEntry& entry) {
    return entry.path[0] != '\0' && ::access(entry.path, R_OK) == 0 && !Hidden(entry.name);
}

}  // namespace

bool HaveTool(Tool tool) {
    return Present(Entry(tool));
}

std::string RequireTool(Tool tool) {
    const ToolEntry entry = Entry(tool);
    if (Present(entry)) return entry.path;
    std::string where = " when the build was configured";
    if (Hidden(entry.name))
        where = " (INNODESK_TEST_HIDE_TOOLS hides it)";
    else if (entry.path[0] != '\0')
        where = std::string(" at ") + entry.path + ", where the build's configuration found it";
    const std::string message = std::string(entry.name) + " (Debian package " + entry.package +
                                ") was not found" + where + ": this test needs it";
#if INNODESK_REQUIRE_TEST_TOOLS
    FAIL(message + " (INNODESK_REQUIRE_TEST_TOOLS is on)");
#else
    std::fprintf(stderr, "SKIPPED: %s\n", message.c_str());
    std::fflush(nullptr);
    std::exit(kSkipExitCode);  // static destructors still remove the shared PKI's folder
#endif
    return {};
}

}  // namespace innodesk::testing
