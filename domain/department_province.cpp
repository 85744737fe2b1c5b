// Reading and setting the department's province.
#include "department_province.h"

#include "audit_recorder.h"
#include "errors.h"
#include "province.h"

namespace innodesk::domain {
namespace {

const Actor kSetUp{"system", Role::Admin, 0};

std::string PutProvince(Transaction& tx, const TextRules& text, std::string_view written,
                        const Actor& actor) {
    const std::string name =
        ProvinceDirectory(text).Require(text.Clean(written, "province"), "province").unit->name;
    const auto before = tx.Settings().Get(kSettingDepartmentProvince);
    if (before == name) return name;
    tx.Settings().Put(kSettingDepartmentProvince, name);
    RecordChange(tx, actor, "setting.set", "setting", 0,
                 before
                     ? JsonValue(JsonValue::Object{{"key", kSettingDepartmentProvince}, {"value", *before}})
                     : JsonValue(),
                 JsonValue::Object{{"key", kSettingDepartmentProvince}, {"value", name}});
    return name;
}

}  // namespace

std::optional<std::string> DepartmentProvince(Transaction& tx) {
    auto value = tx.Settings().Get(kSettingDepartmentProvince);
    if (value && value->empty()) return std::nullopt;
    return value;
}

std::optional<std::string> DepartmentProvince(Store& store) {
    auto tx = store.Begin(TransactionMode::Read);
    return DepartmentProvince(*tx);
}

std::string SetDepartmentProvince(Store& store, const TextRules& text, std::string_view written,
                                  const Actor& actor) {
    RequireRole(store, actor, {Role::Admin}, "đổi tỉnh của Sở", "change the department's province");
    auto tx = store.Begin(TransactionMode::Write);
    const std::string name = PutProvince(*tx, text, written, actor);
    tx->Commit();
    return name;
}

std::string SetDepartmentProvinceAtSetUp(Store& store, const TextRules& text, std::string_view written) {
    auto tx = store.Begin(TransactionMode::Write);
    const std::string wanted =
        ProvinceDirectory(text).Require(text.Clean(written, "province"), "province").unit->name;
    if (tx->Users().Count() > 0 && DepartmentProvince(*tx) != wanted)
        throw DomainError(
            ErrorCode::PermissionDenied,
            {"Cơ sở dữ liệu đã có người dùng: quản trị viên đổi tỉnh của Sở bằng "
             "'innodesk-cli setting set department_province TỈNH'.",
             "The database already has users: an administrator changes the department's province with "
             "'innodesk-cli setting set department_province PROVINCE'."},
            "province");
    const std::string name = PutProvince(*tx, text, written, kSetUp);
    tx->Commit();
    return name;
}

}  // namespace innodesk::domain
