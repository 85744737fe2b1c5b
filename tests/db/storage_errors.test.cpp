// A database failure reaches the layers above persistence as a DomainError(Storage) that says in
// words what could not be done, never as SOCI's exception: the front ends catch no SOCI type.
#include "domain/audit_service.h"
#include "domain/enterprise_service.h"
#include "domain/programme_service.h"
#include "scenario.h"
#include "signing/sha256.h"

#include <catch2/catch.hpp>

using namespace innodesk;
using namespace innodesk::domain;

namespace {

// Runs `work`, which must fail; returns the DomainError it threw (any other exception fails the test).
template <typename Work>
DomainError FailureOf(Work&& work) {
    try {
        work();
    } catch (const DomainError& error) {
        return error;
    }
    FAIL("no DomainError was thrown");
    return DomainError(ErrorCode::InvalidValue, {"", ""});
}

// Renames a table behind InnoDesk's back, as a damaged or half-restored database would have it.
void HideTable(testing::TestDatabase& db, const std::string& table) {
    db.Store().Session() << "ALTER TABLE " + table + " RENAME TO " + table + "_hidden";
}

}  // namespace

TEST_CASE("A failing query reaches the caller as a storage error naming what could not be done", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);

    SECTION("reading the enterprise register") {
        HideTable(db, "enterprise");
        const auto error = FailureOf([&] { s.Enterprises().Get(s.other.id); });
        CHECK(error.Code() == ErrorCode::Storage);
        CHECK_THAT(error.Text().vi, Catch::Contains("sổ doanh nghiệp"));
        CHECK_THAT(error.Text().en, Catch::Contains("the enterprise register"));
    }
    SECTION("reading the audit trail") {
        HideTable(db, "audit_entry");
        const auto error =
            FailureOf([&] { AuditService(db.Store(), &signing::Sha256Hex, s.clock).Latest(1); });
        CHECK(error.Code() == ErrorCode::Storage);
        CHECK_THAT(error.Text().en, Catch::Contains("the audit trail"));
    }
    SECTION("writing a programme") {
        HideTable(db, "programme");
        Programme programme;
        programme.code = "CT-LOI";
        programme.name = "Chương trình thử lỗi";
        programme.start_year = 2026;
        programme.end_year = 2030;
        const auto error = FailureOf([&] { s.Programmes().Create(programme, s.officer); });
        CHECK(error.Code() == ErrorCode::Storage);
        CHECK_THAT(error.Text().en, Catch::Contains("support programmes"));
    }
}
