// Finding a demo database's keys.
#include "demo_keys.h"

#include "demo_database.h"

#include <algorithm>
#include <string>
#include <system_error>

namespace innodesk::app {

std::filesystem::path DemoKeyFolder(const persistence::DatabaseTarget& target) {
    return DefaultDemoPkiDir(target.backend == persistence::Backend::Sqlite ? target.location
                                                                            : std::string());
}

std::vector<std::filesystem::path> DemoKeyFiles(const persistence::DatabaseTarget& target,
                                                DemoKeyHolder holder) {
    const std::string organisation = kDemoOrganisationName;
    std::vector<std::filesystem::path> files;
    std::error_code error;  // no folder, or one that cannot be read: nothing to offer
    for (const auto& entry : std::filesystem::directory_iterator(DemoKeyFolder(target), error)) {
        if (!entry.is_regular_file(error) || entry.path().extension() != ".p12") continue;
        const auto stem = entry.path().stem().u8string();
        const bool departments = std::string(stem.begin(), stem.end()) == organisation;
        if (departments == (holder == DemoKeyHolder::Organisation)) files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace innodesk::app
