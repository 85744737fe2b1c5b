// The organisation certificate as a signing setting.
#include "organisation_certificate.h"

#include <charconv>
#include <system_error>
#include <vector>

namespace innodesk::domain {
namespace {

std::vector<std::string> SplitTabs(const std::string& value, std::size_t fields) {
    std::vector<std::string> parts;
    std::size_t from = 0;
    while (parts.size() + 1 < fields) {
        const auto tab = value.find('\t', from);
        if (tab == std::string::npos) return {};
        parts.push_back(value.substr(from, tab - from));
        from = tab + 1;
    }
    parts.push_back(value.substr(from));
    return parts;
}

std::optional<std::int64_t> Number(const std::string& text) {
    std::int64_t number = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (error != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
    return number;
}

bool IsFingerprint(const std::string& text) {
    if (text.size() != 64) return false;
    for (const char c : text)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

}  // namespace

std::string OrganisationCertificateValue(const OrganisationCertificate& c) {
    return c.fingerprint + '\t' + std::to_string(c.valid_from_unix) + '\t' +
           std::to_string(c.valid_until_unix) + '\t' + c.subject;
}

std::optional<OrganisationCertificate> ParseOrganisationCertificate(const std::string& value) {
    const auto parts = SplitTabs(value, 4);
    if (parts.size() != 4 || !IsFingerprint(parts[0])) return std::nullopt;
    const auto from = Number(parts[1]);
    const auto until = Number(parts[2]);
    if (!from || !until || *until < *from) return std::nullopt;
    if (parts[3].empty() || parts[3].find_first_of("\t\n\r") != std::string::npos) return std::nullopt;
    return OrganisationCertificate{parts[0], parts[3], *from, *until};
}

ProposedChange EnrolOrganisationCertificateChange(const OrganisationCertificate& certificate) {
    ProposedChange change;
    change.kind = ChangeKind::SetSetting;
    change.setting_key = kSettingOrganisationCertificate;
    change.setting_value = OrganisationCertificateValue(certificate);
    change.fingerprint = certificate.fingerprint;
    change.subject = certificate.subject;
    return change;
}

std::optional<OrganisationCertificate> EnrolledOrganisationCertificate(Transaction& tx) {
    const auto value = tx.Settings().Get(kSettingOrganisationCertificate);
    if (!value || value->empty()) return std::nullopt;
    return ParseOrganisationCertificate(*value);
}

bool WasOrganisationCertificate(Transaction& tx, const std::string& fingerprint, std::int64_t at_unix) {
    if (!IsFingerprint(fingerprint)) return false;
    // The setting's entries in order: each one that sets the organisation certificate starts the
    // period of the certificate it names and ends the period of the one before.
    const std::string key = std::string("\"key\":\"") + kSettingOrganisationCertificate + "\"";
    bool enrolled = false;
    for (const auto& entry : tx.Audit().ForEntity("setting", 0)) {
        if (entry.action != "setting.set" || entry.after.find(key) == std::string::npos) continue;
        if (entry.at_unix > at_unix) break;
        enrolled = entry.after.find("\"value\":\"" + fingerprint + "\\t") != std::string::npos;
    }
    return enrolled;
}

}  // namespace innodesk::domain
