// Parsing the path and query of a PKCS#11 URI (RFC 7512 §2.3).
#include "pkcs11_uri.h"

#include <algorithm>
#include <charconv>

namespace innodesk::signing {

using domain::DomainError;
using domain::ErrorCode;

namespace {

constexpr std::string_view kScheme = "pkcs11:";

[[noreturn]] void ThrowBadUri(const std::string& why_vi, const std::string& why_en) {
    throw DomainError(
        ErrorCode::InvalidValue,
        {"Địa chỉ khóa PKCS#11 không hợp lệ: " + why_vi, "The PKCS#11 key URI is not valid: " + why_en},
        "pkcs11_uri");
}

int HexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string PercentDecode(std::string_view value, std::string_view name) {
    std::string decoded;
    decoded.reserve(value.size());
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (value[i] != '%') {
            decoded += value[i];
            continue;
        }
        const int high = i + 2 < value.size() ? HexValue(value[i + 1]) : -1;
        const int low = i + 2 < value.size() ? HexValue(value[i + 2]) : -1;
        if (high < 0 || low < 0) {
            ThrowBadUri("mã thoát % hỏng trong \"" + std::string(name) + "\".",
                        "a broken % escape in \"" + std::string(name) + "\".");
        }
        decoded += static_cast<char>(high * 16 + low);
        i += 2;
    }
    return decoded;
}

void Assign(std::optional<std::string>& field, std::string_view name, std::string value) {
    if (field) {
        ThrowBadUri("thuộc tính \"" + std::string(name) + "\" xuất hiện hai lần.",
                    "the attribute \"" + std::string(name) + "\" appears twice.");
    }
    field = std::move(value);
}

}  // namespace

Pkcs11Uri ParsePkcs11Uri(std::string_view text) {
    // The scheme is case-insensitive (RFC 3986 §3.1).
    std::string scheme(text.substr(0, kScheme.size()));
    for (char& c : scheme) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (scheme != kScheme) ThrowBadUri("phải bắt đầu bằng \"pkcs11:\".", "it must start with \"pkcs11:\".");
    text.remove_prefix(kScheme.size());
    const std::size_t question = text.find('?');
    const std::string_view path = text.substr(0, question);
    const std::string_view query =
        question == std::string_view::npos ? std::string_view() : text.substr(question + 1);
    if (text.find('#') != std::string_view::npos) {
        ThrowBadUri("không được có phần \"#\".", "it must not have a \"#\" fragment.");
    }

    Pkcs11Uri uri;
    std::optional<std::string> slot_id;
    std::optional<std::string> id;
    std::size_t start = 0;
    while (start < path.size()) {
        const std::size_t end = std::min(path.find(';', start), path.size());
        const std::string_view attribute = path.substr(start, end - start);
        start = end + 1;
        if (attribute.empty()) continue;  // "pkcs11:token=a;" — a trailing separator is harmless
        const std::size_t equals = attribute.find('=');
        if (equals == std::string_view::npos) {
            ThrowBadUri("thiếu \"=\" trong \"" + std::string(attribute) + "\".",
                        "\"=\" is missing in \"" + std::string(attribute) + "\".");
        }
        const std::string_view name = attribute.substr(0, equals);
        std::string value = PercentDecode(attribute.substr(equals + 1), name);
        if (name == "token") {
            Assign(uri.token, name, std::move(value));
        } else if (name == "manufacturer") {
            Assign(uri.manufacturer, name, std::move(value));
        } else if (name == "model") {
            Assign(uri.model, name, std::move(value));
        } else if (name == "serial") {
            Assign(uri.serial, name, std::move(value));
        } else if (name == "slot-id") {
            Assign(slot_id, name, std::move(value));
        } else if (name == "slot-description") {
            Assign(uri.slot_description, name, std::move(value));
        } else if (name == "slot-manufacturer") {
            Assign(uri.slot_manufacturer, name, std::move(value));
        } else if (name == "library-manufacturer") {
            Assign(uri.library_manufacturer, name, std::move(value));
        } else if (name == "library-description") {
            Assign(uri.library_description, name, std::move(value));
        } else if (name == "object") {
            Assign(uri.object, name, std::move(value));
        } else if (name == "id") {
            Assign(id, name, std::move(value));
        } else if (name == "type") {
            Assign(uri.type, name, std::move(value));
        } else {
            ThrowBadUri("InnoDesk không hiểu thuộc tính \"" + std::string(name) + "\".",
                        "InnoDesk does not understand the attribute \"" + std::string(name) + "\".");
        }
    }
    if (slot_id) {
        unsigned long number = 0;
        const auto [end, error] = std::from_chars(slot_id->data(), slot_id->data() + slot_id->size(), number);
        if (slot_id->empty() || error != std::errc() || end != slot_id->data() + slot_id->size()) {
            ThrowBadUri("slot-id phải là một số.", "slot-id must be a number.");
        }
        uri.slot_id = number;
    }
    if (id) uri.id = std::vector<std::uint8_t>(id->begin(), id->end());
    if (uri.type && *uri.type != "private" && *uri.type != "cert") {
        ThrowBadUri("type phải là \"private\" hoặc \"cert\" (khóa ký và chứng thư của nó), không phải \"" +
                        *uri.type + "\".",
                    "type must be \"private\" or \"cert\" (the signing key and its certificate), not \"" +
                        *uri.type + "\".");
    }

    std::size_t query_start = 0;
    while (query_start < query.size()) {
        const std::size_t end = std::min(query.find('&', query_start), query.size());
        const std::string_view attribute = query.substr(query_start, end - query_start);
        query_start = end + 1;
        const std::string_view name = attribute.substr(0, attribute.find('='));
        if (name == "pin-value" || name == "pin-source") {
            ThrowBadUri("không được ghi mã PIN trong địa chỉ; InnoDesk hỏi mã PIN khi ký.",
                        "the PIN must not be written in the URI; InnoDesk asks for it when signing.");
        }
    }
    return uri;
}

}  // namespace innodesk::signing
