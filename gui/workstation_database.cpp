// The workstation's database choice.
#include "workstation_database.h"

#include "domain/errors.h"

#include <wx/config.h>

namespace innodesk::gui {
namespace {

constexpr const char* kKey = "/Database/Location";

bool CarriesPassword(const persistence::DatabaseTarget& target) {
    if (target.backend != persistence::Backend::Postgres) return false;
    const auto& uri = target.location;
    if (uri.find("password=") != std::string::npos) return true;
    const auto authority = uri.find("://") + 3;
    const auto at = uri.find('@', authority);
    const auto slash = uri.find('/', authority);
    if (at == std::string::npos || (slash != std::string::npos && at > slash)) return false;
    return uri.substr(authority, at - authority).find(':') != std::string::npos;
}

}  // namespace

std::optional<std::string> SavedDatabaseLocation() {
    wxString location;
    if (!wxConfigBase::Get()->Read(kKey, &location) || location.empty()) return std::nullopt;
    return location.utf8_string();
}

persistence::DatabaseTarget CheckedLocation(const std::string& location) {
    auto target = persistence::DatabaseTarget::Parse(location);
    if (CarriesPassword(target))
        throw domain::DomainError(domain::ErrorCode::InvalidValue,
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
