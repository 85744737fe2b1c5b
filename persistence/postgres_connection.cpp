// URI → keyword/value conversion with libpq's own parser.
#include "postgres_connection.h"

#include "domain/errors.h"

#include <libpq-fe.h>

#include <cctype>
#include <memory>
#include <string_view>

namespace innodesk::persistence {

namespace {

using OptionsPtr = std::unique_ptr<PQconninfoOption, void (*)(PQconninfoOption*)>;

// The options libpq reads from `uri` (null when it cannot parse it), and its reason.
OptionsPtr ParseOptions(const std::string& uri, std::string* reason = nullptr) {
    char* raw_error = nullptr;
    OptionsPtr options(PQconninfoParse(uri.c_str(), &raw_error), &PQconninfoFree);
    const std::unique_ptr<char, void (*)(void*)> error(raw_error, &PQfreemem);
    if (reason) *reason = error ? error.get() : "?";
    return options;
}

std::string ValueOf(const PQconninfoOption* options, std::string_view keyword) {
    for (const PQconninfoOption* option = options; option->keyword; ++option)
        if (keyword == option->keyword && option->val) return option->val;
    return {};
}

}  // namespace

bool UriCarriesPassword(const std::string& uri) {
    const auto options = ParseOptions(uri);
    return options && !ValueOf(options.get(), "password").empty();
}

std::string WithoutPassword(const std::string& uri) {
    const auto options = ParseOptions(uri);
    const std::string scheme = uri.rfind("postgres://", 0) == 0 ? "postgres://" : "postgresql://";
    if (!options) return scheme + "…";
    const PQconninfoOption* all = options.get();
    // A socket folder ("/var/run/postgresql") cannot stand in the authority: it stays a parameter.
    const std::string host = ValueOf(all, "host");
    const bool host_in_authority = host.find('/') == std::string::npos;
    std::string shown = scheme;
    if (const auto user = ValueOf(all, "user"); !user.empty()) shown += user + "@";
    if (host_in_authority) shown += host;
    if (const auto port = ValueOf(all, "port"); !port.empty()) shown += ":" + port;
    shown += "/" + ValueOf(all, "dbname");
    char separator = '?';
    for (const PQconninfoOption* option = all; option->keyword; ++option) {
        const std::string_view keyword = option->keyword;
        if (!option->val || !*option->val || keyword == "password" || keyword == "user" ||
            (keyword == "host" && host_in_authority) || keyword == "port" || keyword == "dbname")
            continue;
        shown += separator + std::string(keyword) + "=" + option->val;
        separator = '&';
    }
    return shown;
}

std::string PostgresConnectionString(const std::string& uri) {
    std::string reason;
    const auto options = ParseOptions(uri, &reason);
    if (!options)
        throw domain::DomainError(domain::ErrorCode::InvalidValue,
                                  {"Địa chỉ PostgreSQL không hợp lệ: " + reason +
                                       ". Dạng đúng: postgresql://người_dùng@máy_chủ:5432/tên_csdl",
                                   "The PostgreSQL address is not valid: " + reason +
                                       ". The form is postgresql://user@host:5432/database"},
                                  "db");
    std::string keywords;
    for (const PQconninfoOption* option = options.get(); option->keyword; ++option) {
        if (!option->val || !*option->val) continue;
        std::string quoted;
        bool has_space = false, has_double_quote = false;
        for (const char* c = option->val; *c; ++c) {
            if (*c == '\'' || *c == '\\') quoted += '\\';
            quoted += *c;
            has_space = has_space || std::isspace(static_cast<unsigned char>(*c));
            has_double_quote = has_double_quote || *c == '"';
        }
        // SOCI 4.0 splits the string again at every space, whatever libpq's quotes say, and joins
        // the pieces without all of them ("mật khẩu thử nghiệm" lost its spaces); it keeps a value
        // in double quotes whole and drops the quotes, so such a value is written "'…'". A
        // value with a space and a double quote cannot pass through SOCI unchanged.
        if (has_space && has_double_quote)
            throw domain::DomainError(
                domain::ErrorCode::InvalidValue,
                {"Giá trị '" + std::string(option->keyword) +
                     "' của kết nối PostgreSQL vừa có khoảng trắng vừa có dấu nháy kép (\"): thư viện kết "
                     "nối "
                     "không chuyển được nó nguyên vẹn. Đổi mật khẩu (hoặc giá trị đó) bỏ một trong hai.",
                 "The PostgreSQL connection's '" + std::string(option->keyword) +
                     "' has both a space and a double quote (\"): the connection library cannot pass it on "
                     "unchanged. Change the password (or that value) to leave out one of them."},
                "db");
        const std::string value = has_space ? "\"'" + quoted + "'\"" : "'" + quoted + "'";
        keywords += (keywords.empty() ? "" : " ") + std::string(option->keyword) + "=" + value;
    }
    return keywords;
}

}  // namespace innodesk::persistence
