// URI → keyword/value conversion with libpq's own parser.
#include "postgres_connection.h"

#include "domain/errors.h"

#include <libpq-fe.h>

#include <memory>

namespace innodesk::persistence {

std::string PostgresConnectionString(const std::string& uri) {
    char* raw_error = nullptr;
    PQconninfoOption* raw_options = PQconninfoParse(uri.c_str(), &raw_error);
    const std::unique_ptr<char, void (*)(void*)> error(raw_error, &PQfreemem);
    const std::unique_ptr<PQconninfoOption, void (*)(PQconninfoOption*)> options(raw_options, &PQconninfoFree);
    if (!options)
        throw domain::DomainError(domain::ErrorCode::InvalidValue,
                                  {"Địa chỉ PostgreSQL không hợp lệ: " + std::string(error ? error.get() : "?") +
                                       ". Dạng đúng: postgresql://người_dùng@máy_chủ:5432/tên_csdl",
                                   "The PostgreSQL address is not valid: " + std::string(error ? error.get() : "?") +
                                       ". The form is postgresql://user@host:5432/database"},
                                  "db");
    std::string keywords;
    for (const PQconninfoOption* option = options.get(); option->keyword; ++option) {
        if (!option->val || !*option->val) continue;
        std::string quoted;
        for (const char* c = option->val; *c; ++c) {
            if (*c == '\'' || *c == '\\') quoted += '\\';
            quoted += *c;
        }
        keywords += (keywords.empty() ? "" : " ") + std::string(option->keyword) + "='" + quoted + "'";
    }
    return keywords;
}

}  // namespace innodesk::persistence
