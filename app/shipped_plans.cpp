// Importing the shipped plan files.
#include "shipped_plans.h"

#include "install_paths.h"

#include "domain/target_service.h"
#include "interchange/plan_file.h"

#include <algorithm>
#include <vector>

namespace innodesk::app {

std::size_t ImportShippedPlans(domain::Store& store, const domain::TextRules& text,
                               const domain::Clock& clock, const domain::Actor& actor,
                               const std::filesystem::path& folder) {
    const std::filesystem::path where = folder.empty() ? PlansDirectory() : folder;
    std::error_code error;
    if (!std::filesystem::is_directory(where, error)) return 0;
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(where, error))
        if (entry.path().extension() == ".yaml") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    domain::TargetService service(store, clock);
    for (const auto& file : files) service.Import(interchange::ReadPlanFile(file, text), actor);
    return files.size();
}

}  // namespace innodesk::app
