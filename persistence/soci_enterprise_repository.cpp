// Enterprises in SQL: version-checked updates and full-text search over the folded text.
#include "bound_query.h"
#include "soci_repositories.h"
#include "stored_values.h"

namespace innodesk::persistence {
namespace {

using domain::Enterprise;

constexpr const char* kColumns =
    "id, tax_code, name, legal_form, size_class, vsic, commune, province, address, phone, email, st_enterprise, "
    "innovative_startup, version";

struct EnterpriseRow {
    long long id = 0;
    std::string tax_code, name, legal_form, size_class, vsic, commune, province, address, phone, email;
    int st_enterprise = 0, innovative_startup = 0;
    long long version = 0;

    void Bind(BoundQuery& query) {
        query.Into(id).Into(tax_code).Into(name).Into(legal_form).Into(size_class).Into(vsic).Into(commune)
            .Into(province).Into(address).Into(phone).Into(email).Into(st_enterprise).Into(innovative_startup)
            .Into(version);
    }

    Enterprise ToDomain() const {
        Enterprise e;
        e.id = id;
        e.tax_code = StoredTaxCode(tax_code, "enterprise", id);
        e.name = name;
        e.legal_form = StoredEnum(domain::LegalForms(), legal_form, "enterprise", id);
        e.size_class = StoredEnum(domain::SizeClasses(), size_class, "enterprise", id);
        e.vsic = vsic;
        e.commune = commune;
        e.province = province;
        e.address = address;
        e.phone = phone;
        e.email = email;
        e.science_technology_enterprise = st_enterprise != 0;
        e.innovative_startup = innovative_startup != 0;
        e.version = version;
        return e;
    }
};

std::vector<Enterprise> Fetch(BoundQuery& query, EnterpriseRow& row) {
    query.Execute();
    std::vector<Enterprise> found;
    while (query.Fetch()) found.push_back(row.ToDomain());
    return found;
}

// Splits folded text into the word tokens FTS5's unicode61 and PostgreSQL's 'simple' parser
// both see: runs of ASCII letters and digits, and of non-ASCII bytes.
std::vector<std::string> Tokens(const std::string& folded) {
    std::vector<std::string> tokens;
    std::string current;
    for (const char c : folded) {
        const auto byte = static_cast<unsigned char>(c);
        const bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || byte >= 0x80;
        if (word) {
            current += c;
        } else if (!current.empty()) {
            tokens.push_back(std::move(current));
            current.clear();
        }
    }
    if (!current.empty()) tokens.push_back(std::move(current));
    return tokens;
}

}  // namespace

std::optional<Enterprise> SociEnterpriseRepository::FindById(domain::EnterpriseId id) {
    EnterpriseRow row;
    BoundQuery query(m_session, std::string("SELECT ") + kColumns + " FROM enterprise WHERE id = :id");
    row.Bind(query);
    query.Param(static_cast<long long>(id));
    auto found = Fetch(query, row);
    if (found.empty()) return std::nullopt;
    return found.front();
}

std::optional<Enterprise> SociEnterpriseRepository::FindByTaxCode(const domain::TaxCode& code) {
    EnterpriseRow row;
    BoundQuery query(m_session, std::string("SELECT ") + kColumns + " FROM enterprise WHERE tax_code = :code");
    row.Bind(query);
    query.Param(code.Value());
    auto found = Fetch(query, row);
    if (found.empty()) return std::nullopt;
    return found.front();
}

std::vector<Enterprise> SociEnterpriseRepository::FindFamily(const domain::TaxCode& code) {
    EnterpriseRow row;
    BoundQuery query(m_session,
                     std::string("SELECT ") + kColumns + " FROM enterprise WHERE family_key = :family ORDER BY tax_code");
    row.Bind(query);
    query.Param(code.FamilyKey());
    return Fetch(query, row);
}

domain::EnterpriseId SociEnterpriseRepository::Insert(const Enterprise& e, const std::string& search_text,
                                                      const std::string& sort_key) {
    long long id = 0;
    const long long now = NowUnix();
    BoundQuery query(m_session,
                     "INSERT INTO enterprise (tax_code, family_key, tax_code_kind, name, legal_form, size_class, vsic, "
                     "commune, province, address, phone, email, st_enterprise, innovative_startup, search_text, "
                     "sort_key, version, created_at, updated_at) VALUES (:tax_code, :family, :kind, :name, :form, "
                     ":size, :vsic, :commune, :province, :address, :phone, :email, :st, :startup, :search, :sort, 1, "
                     ":created, :updated) RETURNING id");
    query.Into(id);
    query.Param(e.tax_code.Value())
        .Param(e.tax_code.FamilyKey())
        .Param(std::string(e.tax_code.Kind() == domain::TaxCodeKind::PersonalId ? "personal"
                           : e.tax_code.Kind() == domain::TaxCodeKind::Branch   ? "branch"
                                                                                 : "enterprise"))
        .Param(e.name)
        .Param(CodeOf(domain::LegalForms(), e.legal_form))
        .Param(CodeOf(domain::SizeClasses(), e.size_class))
        .Param(e.vsic)
        .Param(e.commune)
        .Param(e.province)
        .Param(e.address)
        .Param(e.phone)
        .Param(e.email)
        .Param(static_cast<long long>(e.science_technology_enterprise))
        .Param(static_cast<long long>(e.innovative_startup))
        .Param(search_text)
        .Param(sort_key)
        .Param(now)
        .Param(now);
    query.Execute();
    query.Fetch();
    return id;
}

void SociEnterpriseRepository::Update(const Enterprise& e, const std::string& search_text,
                                      const std::string& sort_key) {
    BoundQuery query(m_session,
                     "UPDATE enterprise SET name = :name, legal_form = :form, size_class = :size, vsic = :vsic, "
                     "commune = :commune, province = :province, address = :address, phone = :phone, email = :email, "
                     "st_enterprise = :st, innovative_startup = :startup, search_text = :search, sort_key = :sort, "
                     "version = version + 1, updated_at = :updated WHERE id = :id AND version = :version");
    query.Param(e.name)
        .Param(CodeOf(domain::LegalForms(), e.legal_form))
        .Param(CodeOf(domain::SizeClasses(), e.size_class))
        .Param(e.vsic)
        .Param(e.commune)
        .Param(e.province)
        .Param(e.address)
        .Param(e.phone)
        .Param(e.email)
        .Param(static_cast<long long>(e.science_technology_enterprise))
        .Param(static_cast<long long>(e.innovative_startup))
        .Param(search_text)
        .Param(sort_key)
        .Param(NowUnix())
        .Param(static_cast<long long>(e.id))
        .Param(static_cast<long long>(e.version));
    query.Execute();
    if (query.AffectedRows() == 1) return;
    const auto current = FindById(e.id);
    if (!current)
        throw domain::DomainError(domain::ErrorCode::NotFound,
                                  {"Doanh nghiệp id " + std::to_string(e.id) + " không còn tồn tại.",
                                   "Enterprise id " + std::to_string(e.id) + " no longer exists."});
    throw domain::DomainError(
        domain::ErrorCode::Conflict,
        {"Doanh nghiệp " + e.tax_code.Value() + " đã được người khác sửa (phiên bản " +
             std::to_string(current->version) + ", bạn đang sửa phiên bản " + std::to_string(e.version) +
             "). Tải lại để xem thay đổi; thay đổi của bạn chưa được lưu.",
         "Enterprise " + e.tax_code.Value() + " was changed by someone else (version " +
             std::to_string(current->version) + ", you edited version " + std::to_string(e.version) +
             "). Reload to see the change; yours was not saved."});
}

std::vector<Enterprise> SociEnterpriseRepository::Search(const domain::EnterpriseQuery& q) {
    EnterpriseRow row;
    const auto tokens = Tokens(q.folded_terms);
    std::string sql = std::string("SELECT ") + kColumns + " FROM enterprise";
    std::string match;
    if (!tokens.empty()) {
        if (m_backend == Backend::Sqlite) {
            for (const auto& token : tokens) match += (match.empty() ? "" : " ") + ("\"" + token + "\"*");
            sql += " WHERE id IN (SELECT rowid FROM enterprise_fts WHERE enterprise_fts MATCH :match)";
        } else {
            for (const auto& token : tokens) match += (match.empty() ? "" : " & ") + (token + ":*");
            sql += " WHERE to_tsvector('simple', search_text) @@ to_tsquery('simple', :match)";
        }
    }
    sql += " ORDER BY sort_key, id LIMIT :limit OFFSET :offset";
    BoundQuery query(m_session, sql);
    row.Bind(query);
    if (!tokens.empty()) query.Param(match);
    query.Param(static_cast<long long>(q.limit)).Param(static_cast<long long>(q.offset));
    return Fetch(query, row);
}

std::int64_t SociEnterpriseRepository::Count() {
    long long count = 0;
    m_session << "SELECT COUNT(*) FROM enterprise", soci::into(count);
    return count;
}

}  // namespace innodesk::persistence
