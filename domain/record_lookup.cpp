// Record lookups shared by the services.
#include "record_lookup.h"

#include "errors.h"

namespace innodesk::domain {

Enterprise RequireEnterprise(Transaction& tx, EnterpriseId id, std::string_view field) {
    auto found = tx.Enterprises().FindById(id);
    if (!found)
        throw DomainError(ErrorCode::NotFound,
                          {"Không có doanh nghiệp id " + std::to_string(id) + ".",
                           "There is no enterprise with id " + std::to_string(id) + "."},
                          std::string(field));
    return *found;
}

Programme RequireProgramme(Transaction& tx, ProgrammeId id, std::string_view field) {
    auto found = tx.Programmes().FindById(id);
    if (!found)
        throw DomainError(ErrorCode::NotFound,
                          {"Không có chương trình id " + std::to_string(id) + ".",
                           "There is no programme with id " + std::to_string(id) + "."},
                          std::string(field));
    return *found;
}

Application RequireApplication(Transaction& tx, ApplicationId id, std::string_view field) {
    auto found = tx.Applications().FindById(id);
    if (!found)
        throw DomainError(ErrorCode::NotFound,
                          {"Không có hồ sơ số " + std::to_string(id) + ".",
                           "There is no application " + std::to_string(id) + "."},
                          std::string(field));
    return *found;
}

Plan RequirePlan(Transaction& tx, const std::string& code) {
    auto plan = tx.Plans().Find(code);
    if (!plan)
        throw DomainError(
            ErrorCode::NotFound,
            {"Không có kế hoạch mã '" + code + "'. Nhập kế hoạch bằng 'innodesk-cli plan import TỆP'.",
             "There is no plan with code '" + code + "'. Import it with 'innodesk-cli plan import FILE'."},
            "plan");
    return *plan;
}

}  // namespace innodesk::domain
