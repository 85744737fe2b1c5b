// The workstation's database choice.
#include "workstation_database.h"

#include "domain/errors.h"

#include <wx/config.h>

namespace innodesk::gui {
namespace {

constexpr const char* kKey = "/Database/Location";

}  // namespace

std::optional<std::string> SavedDatabaseLocation() {
    wxString location;
    if (!wxConfigBase::Get()->Read(kKey, &location) || location.empty()) return std::nullopt;
    return location.utf8_string();
}

persistence::DatabaseTarget CheckedLocation(const std::string& location) {
    auto target = persistence::DatabaseTarget::Parse(location);
    if (target.CarriesPassword())
        throw domain::DomainError(
            domain::ErrorCode::InvalidValue,
            {"Địa chỉ có chứa mật khẩu; InnoDesk không lưu mật khẩu trong cài đặt. Bỏ mật khẩu "
             "khỏi địa chỉ và ghi nó vào tệp ~/.pgpass (máy chủ:cổng:cơ sở dữ liệu:người dùng:mật khẩu).",
             "The address contains a password; InnoDesk does not keep passwords in its settings. "
             "Remove it from the address and put it in ~/.pgpass (host:port:database:user:password)."},
            "database");
    return target;
}

void SaveDatabaseLocation(const std::string& location) {
    if (location.empty()) {
        wxConfigBase::Get()->DeleteEntry(kKey);
    } else {
        CheckedLocation(location);
        wxConfigBase::Get()->Write(kKey, wxString::FromUTF8(location));
    }
    wxConfigBase::Get()->Flush();
}

}  // namespace innodesk::gui
