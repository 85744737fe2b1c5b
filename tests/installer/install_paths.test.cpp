// app::InstalledOrFallback: an installed program finds its data under its own prefix, a program
// run from the build folder falls back to the source and build trees.
#define CATCH_CONFIG_MAIN
#include "app/install_paths.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <string>

#include <unistd.h>

namespace fs = std::filesystem;

TEST_CASE("Shipped data is found under the program's prefix, else in the fallback", "[installer]") {
    const fs::path prefix =
        fs::temp_directory_path() / ("innodesk-install-paths-" + std::to_string(::getpid()));
    fs::remove_all(prefix);
    fs::create_directories(prefix / "bin");
    const fs::path executable = prefix / "bin" / "innodesk";
    const fs::path fallback = "/source/data/plans";

    SECTION("installed: PREFIX/share/innodesk/plans exists") {
        fs::create_directories(prefix / "share" / "innodesk" / "plans");
        CHECK(innodesk::app::InstalledOrFallback(executable, "share/innodesk/plans", fallback) ==
              prefix / "share" / "innodesk" / "plans");
    }
    SECTION("run from a build folder: nothing under the prefix") {
        CHECK(innodesk::app::InstalledOrFallback(executable, "share/innodesk/plans", fallback) == fallback);
    }
    SECTION("a file where the folder should be is not the folder") {
        fs::create_directories(prefix / "share" / "innodesk");
        { std::ofstream(prefix / "share" / "innodesk" / "plans") << "not a folder"; }
        CHECK(innodesk::app::InstalledOrFallback(executable, "share/innodesk/plans", fallback) == fallback);
    }
    SECTION("the running program unknown") {
        CHECK(innodesk::app::InstalledOrFallback({}, "share/innodesk/plans", fallback) == fallback);
    }
    fs::remove_all(prefix);
}

TEST_CASE("The running program is read from /proc/self/exe", "[installer]") {
    const fs::path executable = innodesk::app::RunningExecutable();
    REQUIRE(executable.is_absolute());
    CHECK(executable.filename() == "install_paths_tests");
    // From the build folder the fallbacks the build compiled in are used.
    CHECK(innodesk::app::LocaleDirectory() == fs::path(INNODESK_EXPECTED_LOCALE_DIR));
    CHECK(innodesk::app::PlansDirectory() == fs::path(INNODESK_EXPECTED_PLANS_DIR));
    CHECK(innodesk::app::ManualDirectory() == fs::path(INNODESK_EXPECTED_MANUAL_DIR));
}
