// Login roles on PostgreSQL: the URI a user connects with, and their password for the server.
#include "postgres_login.h"

#include "soci_store.h"
#include "storage_errors.h"

#include <libpq-fe.h>
#include <soci/postgresql/soci-postgresql.h>

#include <memory>

namespace innodesk::persistence {
namespace {

std::string PercentEncoded(const std::string& text) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') || (byte >= '0' && byte <= '9') ||
            c == '-' || c == '.' || c == '_' || c == '~') {
            out += c;
        } else {
            out += '%';
            out += kHex[byte >> 4];
            out += kHex[byte & 0xF];
        }
    }
    return out;
}

}  // namespace

bool UriNamesUser(const std::string& uri) {
    char* error = nullptr;
    const std::unique_ptr<PQconninfoOption, void (*)(PQconninfoOption*)> options(
        PQconninfoParse(uri.c_str(), &error), &PQconninfoFree);
    if (error) PQfreemem(error);
    if (!options) return false;
    for (const PQconninfoOption* option = options.get(); option->keyword; ++option)
        if (std::string_view(option->keyword) == "user" && option->val && *option->val) return true;
    return false;
}

std::string WithLogin(const std::string& uri, const std::string& name, const std::string& password) {
    if (UriNamesUser(uri)) return uri;
    return uri + (uri.find('?') == std::string::npos ? "?" : "&") + "user=" + PercentEncoded(name) +
           "&password=" + PercentEncoded(password);
}

void PrepareLoginPassword(DatabaseStore& store, const std::string& name, const std::string& password) {
    if (store.GetBackend() != Backend::Postgres) return;
    auto& session = dynamic_cast<SociStore&>(store).Session();
    PGconn* connection = static_cast<soci::postgresql_session_backend*>(session.get_backend())->conn_;
    const std::unique_ptr<char, void (*)(void*)> verifier(
        PQencryptPasswordConn(connection, password.c_str(), name.c_str(), "scram-sha-256"), &PQfreemem);
    if (!verifier)
        throw domain::DomainError(
            domain::ErrorCode::Storage,
            {"Không thể chuẩn bị mật khẩu đăng nhập PostgreSQL của '" + name +
                 "': " + PQerrorMessage(connection),
             "Cannot prepare the PostgreSQL login password of '" + name + "': " + PQerrorMessage(connection)},
            "password");
    try {
        const std::string pending = name + "\n" + verifier.get();
        session << "SELECT set_config('innodesk.login_password', :p, false)", soci::use(pending);
    } catch (const soci::soci_error& error) {
        ThrowStorageError(error, "chuẩn bị mật khẩu đăng nhập PostgreSQL",
                          "prepare the PostgreSQL login password");
    }
}

}  // namespace innodesk::persistence
