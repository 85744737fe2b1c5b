// The outside tools the tests use (openssl, sqlite3, SoftHSM2, poppler, python3 with openpyxl,
// PostgreSQL's programs), found when the build was configured (tests/CMakeLists.txt), and what a
// test does when one is missing: it never passes without having checked what it is about.
#pragma once

#include <string>

namespace innodesk::testing {

enum class Tool {
    Openssl,
    Sqlite3,
    Pdftotext,
    Pdffonts,
    Pdfinfo,
    Python3WithOpenpyxl,
    SoftHsm2Module,
    SoftHsm2Util,
    PostgresServer,  // initdb, pg_ctl and createdb, which tests/support/pg_cluster.sh runs
    PgDump,
    PgRestore,
    Podofosign,  // PoDoFo's signing tool (adbe.pkcs7.detached)
    Pdfsig,      // poppler's signature checker and signer
    Pdfdetach,   // poppler's reader of a PDF's embedded files
    Certutil,    // NSS database tools, for pdfsig's trust and keys
    Pk12util,
};

// The exit code CTest reads as "skipped" (SKIP_RETURN_CODE on every suite's tests), as Automake's.
inline constexpr int kSkipExitCode = 77;

// The path of `tool`. When it was not found (or is gone, or INNODESK_TEST_HIDE_TOOLS names it, which
// is how the skip itself is tested): with INNODESK_REQUIRE_TEST_TOOLS on (CI), the test fails; off,
// the test program prints which tool is missing and from which Debian package, and exits with
// kSkipExitCode. CTest runs each test case in its own process, so the skip is that case's alone;
// call it before the test makes anything that needs cleaning up.
std::string RequireTool(Tool tool);

// Whether `tool` is there, for code that only needs to know (never to decide that a test passes).
bool HaveTool(Tool tool);

}  // namespace innodesk::testing
