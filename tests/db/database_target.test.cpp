// Where the database is, as people see it: a PostgreSQL password never shows, however written.
#include "persistence/database_target.h"

#include <catch2/catch.hpp>

using namespace innodesk;
using persistence::DatabaseTarget;

TEST_CASE("A PostgreSQL password is hidden in every form libpq reads it", "[db][sqlite-only]") {
    struct Case {
        const char* uri;
        const char* shown;
    };
    const auto c = GENERATE(values<Case>({
        {"postgresql://innodesk:s3cret@db.so-khcn.vn:5432/innodesk",
         "postgresql://innodesk@db.so-khcn.vn:5432/innodesk"},
        {"postgresql://innodesk@db/innodesk?password=s3cret", "postgresql://innodesk@db/innodesk"},
        {"postgresql://innodesk@db/innodesk?pass%77ord=s3cret", "postgresql://innodesk@db/innodesk"},
        {"postgresql://innodesk@db/innodesk?%70assword=s3cret&sslmode=require",
         "postgresql://innodesk@db/innodesk?sslmode=require"},
        {"postgres://inno%64esk:s3cret@db/innodesk", "postgres://innodesk@db/innodesk"},
        {"postgresql://innodesk:s3cret@db/innodesk?password=s3cret", "postgresql://innodesk@db/innodesk"},
    }));
    INFO(c.uri);
    const auto target = DatabaseTarget::Parse(c.uri);
    CHECK(target.CarriesPassword());
    CHECK(target.Describe() == std::string("PostgreSQL ") + c.shown);
    CHECK_THAT(target.Describe(), !Catch::Contains("s3cret"));
}

TEST_CASE("A URI without a password is shown as it is read, and a broken one by its scheme",
          "[db][sqlite-only]") {
    const auto plain = DatabaseTarget::Parse("postgresql://innodesk@127.0.0.1:55499/innodesk_test");
    CHECK_FALSE(plain.CarriesPassword());
    CHECK(plain.Describe() == "PostgreSQL postgresql://innodesk@127.0.0.1:55499/innodesk_test");
    const auto socket =
        DatabaseTarget::Parse("postgresql:///innodesk?host=/var/run/postgresql&password=s3cret");
    CHECK(socket.Describe() == "PostgreSQL postgresql:///innodesk?host=/var/run/postgresql");
    // libpq cannot read it, so nothing of it is shown: it may hold a password in a form we miss.
    const auto broken = DatabaseTarget::Parse("postgresql://innodesk:s3cret@db/innodesk?pass%zzord=x");
    CHECK_THAT(broken.Describe(), !Catch::Contains("s3cret"));
    const auto file = DatabaseTarget::Parse("Hồ sơ 2027/Kho dữ liệu.db");
    CHECK_FALSE(file.CarriesPassword());
    CHECK(file.Describe() == "SQLite Hồ sơ 2027/Kho dữ liệu.db");
}
