// Catch2 entry point of the persistence suite, with --backend sqlite|postgres.
#define CATCH_CONFIG_RUNNER
#include "test_database.h"

#include <catch2/catch.hpp>

int main(int argc, char* argv[]) {
    Catch::Session session;
    auto& backend = innodesk::testing::SuiteBackend();
    session.cli(session.cli() |
                Catch::clara::Opt(backend, "sqlite|postgres")["--backend"]("database backend to test"));
    if (const int error = session.applyCommandLine(argc, argv); error != 0) return error;
    if (backend != "sqlite" && backend != "postgres") {
        std::cerr << "--backend must be sqlite or postgres\n";
        return 2;
    }
    return session.run();
}
