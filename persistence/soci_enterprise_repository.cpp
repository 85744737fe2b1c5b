// Enterprises in SQL: version-checked updates and full-text search over the folded text.
#include "bound_query.h"
#include "select_rows.h"
#include "soci_repositories.h"
#include "sql_filter.h"
#include "storage_errors.h"
#include "stored_values.h"

#include "domain/vsic_section.h"

#include <algorithm>
#include <limits>

namespace innodesk::persistence {
namespace {

// What a database failure in this file stopped, for StorageError's "Không thể …" / "Cannot …".
constexpr std::string_view kDoingVi = "đọc hoặc ghi sổ doanh nghiệp";
constexpr std::string_view kDoingEn = "read or write the enterprise register";

using domain::Enterprise;

// Gap between neighbouring search ranks after a renumbering: 36 halvings fit before a gap runs
// out, and 2^27 (134 million) enterprises fit in a 64-bit rank.
constexpr long long kRankSpacing = 1LL << 36;

constexpr const char* kColumns =
    "id, tax_code, name, legal_form, size_class, vsic, commune, province, address, phone, email, "
    "st_enterprise, "
    "innovative_startup, version, st_since, st_until, startup_since, startup_until";

// The register's flags dated as the services date them (domain::DateRegisterFlags), for callers
// that write through the repository alone: "today" is Vietnam's day (every department's zone).
Enterprise WithRegisterDates(const Enterprise& e) {
    return domain::DateRegisterFlags(e, domain::DateAt(NowUnix(), *domain::VietnamTimeZone()));
}

struct EnterpriseRow {
    long long id = 0;
    std::string tax_code, name, legal_form, size_class, vsic, commune, province, address, phone, email;
    int st_enterprise = 0, innovative_startup = 0;
    long long version = 0;
    std::string st_since, st_until, startup_since, startup_until;
    soci::indicator st_since_set = soci::i_null, st_until_set = soci::i_null,
                    startup_since_set = soci::i_null, startup_until_set = soci::i_null;

    void Bind(BoundQuery& query) {
        query.Into(id)
            .Into(tax_code)
            .Into(name)
            .Into(legal_form)
            .Into(size_class)
            .Into(vsic)
            .Into(commune)
            .Into(province)
            .Into(address)
            .Into(phone)
            .Into(email)
            .Into(st_enterprise)
            .Into(innovative_startup)
            .Into(version)
            .Into(st_since, st_since_set)
            .Into(st_until, st_until_set)
            .Into(startup_since, startup_since_set)
            .Into(startup_until, startup_until_set);
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
        e.science_technology_since = StoredOptionalDate(st_since, st_since_set, "enterprise", id);
        e.science_technology_until = StoredOptionalDate(st_until, st_until_set, "enterprise", id);
        e.innovative_startup_since = StoredOptionalDate(startup_since, startup_since_set, "enterprise", id);
        e.innovative_startup_until = StoredOptionalDate(startup_until, startup_until_set, "enterprise", id);
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

struct SociEnterpriseRepository::CachedStatements {
    explicit CachedStatements(soci::session& session, Backend backend)
        : find_by_tax_code(session,
                           std::string("SELECT ") + kColumns + " FROM enterprise WHERE tax_code = :code"),
          insert(session,
                 "INSERT INTO enterprise (tax_code, family_key, tax_code_kind, name, legal_form, size_class, "
                 "vsic, "
                 "commune, province, address, phone, email, st_enterprise, innovative_startup, search_text, "
                 "sort_key, "
                 "version, created_at, updated_at, st_since, st_until, startup_since, startup_until" +
                     std::string(backend == Backend::Sqlite ? ", search_rank" : "") +
                     ") VALUES (:tax_code, :family, :kind, :name, :form, :size, :vsic, :commune, :province, "
                     ":address, "
                     ":phone, :email, :st, :startup, :search, :sort, 1, :created, :updated, :st_since, "
                     ":st_until, :startup_since, :startup_until" +
                     (backend == Backend::Sqlite ? ", :rank)" : ") RETURNING id")),
          index_insert(session, "INSERT INTO enterprise_fts (rowid, search_text) VALUES (:rank, :text)"),
          rank_before(session,
                      "SELECT search_rank FROM enterprise WHERE (sort_key, id) < (:key, :id) "
                      "ORDER BY sort_key DESC, id DESC LIMIT 1"),
          rank_after(session,
                     "SELECT search_rank FROM enterprise WHERE (sort_key, id) > (:key, :id) "
                     "ORDER BY sort_key, id LIMIT 1") {
        found.Bind(find_by_tax_code);
        find_by_tax_code.Param(std::string());
        // SQLite: no RETURNING — it opens a statement savepoint, at which FTS5 flushes its
        // pending index; the id comes from last_insert_rowid instead.
        if (backend == Backend::Postgres) insert.Into(inserted_id);
        for (int text_column = 0; text_column < 12; ++text_column) insert.Param(std::string());
        insert.Param(0LL).Param(0LL).Param(std::string()).Param(std::string()).Param(0LL).Param(0LL);
        for (int date_column = 0; date_column < 4; ++date_column) insert.Param(std::optional<std::string>());
        if (backend == Backend::Sqlite) insert.Param(std::optional<long long>());
        index_insert.Param(0LL).Param(std::string());
        rank_before.Into(neighbour_rank, neighbour_indicator).Param(std::string()).Param(0LL);
        rank_after.Into(neighbour_rank, neighbour_indicator).Param(std::string()).Param(0LL);
    }

    EnterpriseRow found;
    BoundQuery find_by_tax_code;
    long long inserted_id = 0;
    BoundQuery insert;
    BoundQuery index_insert;  // SQLite only, like the two below
    long long neighbour_rank = 0;
    soci::indicator neighbour_indicator = soci::i_null;
    BoundQuery rank_before;
    BoundQuery rank_after;
};

SociEnterpriseRepository::SociEnterpriseRepository(soci::session& session, Backend backend)
    : m_session(session), m_backend(backend) {}
SociEnterpriseRepository::~SociEnterpriseRepository() = default;

SociEnterpriseRepository::CachedStatements& SociEnterpriseRepository::Cached() try {
    if (!m_cached) m_cached = std::make_unique<CachedStatements>(m_session, m_backend);
    return *m_cached;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::optional<Enterprise> SociEnterpriseRepository::FindById(domain::EnterpriseId id) try {
    EnterpriseRow row;
    BoundQuery query(m_session, std::string("SELECT ") + kColumns + " FROM enterprise WHERE id = :id");
    row.Bind(query);
    query.Param(static_cast<long long>(id));
    auto found = Fetch(query, row);
    if (found.empty()) return std::nullopt;
    return found.front();
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<Enterprise> SociEnterpriseRepository::FindByIds(
    const std::vector<domain::EnterpriseId>& ids) try {
    // In chunks, each with its values bound: one statement per 500 instead of one per row.
    constexpr std::size_t kChunk = 500;
    std::vector<Enterprise> found;
    for (std::size_t start = 0; start < ids.size(); start += kChunk) {
        const std::vector<long long> chunk(
            ids.begin() + static_cast<std::ptrdiff_t>(start),
            ids.begin() + static_cast<std::ptrdiff_t>(std::min(ids.size(), start + kChunk)));
        SqlFilter where;
        where.AddIn("id", chunk);
        for (auto& e :
             SelectRows<EnterpriseRow>(m_session, std::string("SELECT ") + kColumns + " FROM enterprise",
                                       where, "LIMIT :limit", static_cast<long long>(chunk.size())))
            found.push_back(std::move(e));
    }
    return found;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::optional<Enterprise> SociEnterpriseRepository::FindByTaxCode(const domain::TaxCode& code) try {
    auto& cached = Cached();
    cached.find_by_tax_code.Rebind(0, code.Value());
    cached.find_by_tax_code.Execute();
    const bool found = cached.find_by_tax_code.Fetch();
    cached.find_by_tax_code.FinishRows();
    if (!found) return std::nullopt;
    return cached.found.ToDomain();
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<Enterprise> SociEnterpriseRepository::FindFamily(const domain::TaxCode& code) try {
    EnterpriseRow row;
    BoundQuery query(m_session, std::string("SELECT ") + kColumns +
                                    " FROM enterprise WHERE family_key = :family ORDER BY tax_code");
    row.Bind(query);
    query.Param(code.FamilyKey());
    return Fetch(query, row);
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

domain::EnterpriseId SociEnterpriseRepository::Insert(const Enterprise& e, const std::string& search_text,
                                                      const std::string& sort_key) try {
    auto& cached = Cached();
    auto& q = cached.insert;
    const long long now = NowUnix();
    q.Rebind(0, e.tax_code.Value());
    q.Rebind(1, e.tax_code.FamilyKey());
    q.Rebind(2, std::string(e.tax_code.Kind() == domain::TaxCodeKind::PersonalId ? "personal"
                            : e.tax_code.Kind() == domain::TaxCodeKind::Branch   ? "branch"
                                                                                 : "enterprise"));
    q.Rebind(3, e.name);
    q.Rebind(4, CodeOf(domain::LegalForms(), e.legal_form));
    q.Rebind(5, CodeOf(domain::SizeClasses(), e.size_class));
    q.Rebind(6, e.vsic);
    q.Rebind(7, e.commune);
    q.Rebind(8, e.province);
    q.Rebind(9, e.address);
    q.Rebind(10, e.phone);
    q.Rebind(11, e.email);
    q.Rebind(12, static_cast<long long>(e.science_technology_enterprise));
    q.Rebind(13, static_cast<long long>(e.innovative_startup));
    q.Rebind(14, search_text);
    q.Rebind(15, sort_key);
    q.Rebind(16, now);
    q.Rebind(17, now);
    const Enterprise dated = WithRegisterDates(e);
    q.Rebind(18, OptionalIso(dated.science_technology_since));
    q.Rebind(19, OptionalIso(dated.science_technology_until));
    q.Rebind(20, OptionalIso(dated.innovative_startup_since));
    q.Rebind(21, OptionalIso(dated.innovative_startup_until));
    std::optional<long long> rank;
    if (m_backend == Backend::Sqlite && !m_bulk_load) {
        // A new row has the highest id, so it goes after every row with the same sort key.
        rank = RankFor(sort_key, std::numeric_limits<long long>::max());
    }
    if (m_backend == Backend::Sqlite) q.Rebind(22, rank);
    q.Execute();
    q.Fetch();
    q.FinishRows();
    if (m_backend == Backend::Sqlite) {
        m_session.get_last_insert_id("enterprise", cached.inserted_id);
        if (rank) IndexRow(*rank, search_text);
    }
    return cached.inserted_id;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

void SociEnterpriseRepository::Update(const Enterprise& e, const std::string& search_text,
                                      const std::string& sort_key) try {
    // FTS5 with external content removes a row by the text it indexed, so read it first.
    std::string old_search_text, old_sort_key;
    long long old_rank = 0;
    soci::indicator old_rank_indicator = soci::i_null;
    bool indexed_before = false;
    if (m_backend == Backend::Sqlite) {
        BoundQuery old(
            m_session,
            "SELECT search_text, sort_key, search_rank FROM enterprise WHERE id = :id AND version = :v");
        old.Into(old_search_text).Into(old_sort_key).Into(old_rank, old_rank_indicator);
        old.Param(static_cast<long long>(e.id)).Param(static_cast<long long>(e.version));
        old.Execute();
        indexed_before = old.Fetch() && old_rank_indicator == soci::i_ok;
    }
    BoundQuery query(
        m_session,
        "UPDATE enterprise SET name = :name, legal_form = :form, size_class = :size, vsic = :vsic, "
        "commune = :commune, province = :province, address = :address, phone = :phone, email = :email, "
        "st_enterprise = :st, innovative_startup = :startup, search_text = :search, sort_key = :sort, "
        "st_since = :st_since, st_until = :st_until, startup_since = :startup_since, "
        "startup_until = :startup_until, version = version + 1, updated_at = :updated "
        "WHERE id = :id AND version = :version");
    const Enterprise dated = WithRegisterDates(e);
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
        .Param(OptionalIso(dated.science_technology_since))
        .Param(OptionalIso(dated.science_technology_until))
        .Param(OptionalIso(dated.innovative_startup_since))
        .Param(OptionalIso(dated.innovative_startup_until))
        .Param(NowUnix())
        .Param(static_cast<long long>(e.id))
        .Param(static_cast<long long>(e.version));
    query.Execute();
    if (query.AffectedRows() == 1) {
        if (m_backend != Backend::Sqlite || m_bulk_load || !indexed_before) return;
        if (old_sort_key == sort_key && old_search_text == search_text) return;
        UnindexRow(old_rank, old_search_text);
        long long rank = old_rank;
        if (old_sort_key != sort_key) {  // renamed: its place in the order moves
            rank = RankFor(sort_key, e.id);
            BoundQuery move(m_session, "UPDATE enterprise SET search_rank = :rank WHERE id = :id");
            move.Param(rank).Param(static_cast<long long>(e.id));
            move.Execute();
        }
        IndexRow(rank, search_text);
        return;
    }
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
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

namespace {

SqlFilter FilterConditions(const domain::EnterpriseFilter& filter) {
    SqlFilter where;
    if (!filter.commune.empty()) where.Add("commune = ?", filter.commune);
    // The sector column is the database's own reading of the VSIC code (schema version 5).
    if (filter.sector) {
        const auto& section = domain::ParseVsicSection(std::string(1, *filter.sector), "sector");
        where.Add("sector = ?", std::string(1, section.letter));
    }
    return where;
}

}  // namespace

std::vector<Enterprise> SociEnterpriseRepository::Search(const domain::EnterpriseQuery& q) try {
    EnterpriseRow row;
    const auto tokens = Tokens(q.folded_terms);
    SqlFilter where = FilterConditions(q.filter);
    if (!tokens.empty() && m_backend == Backend::Postgres) {
        std::string match;
        for (const auto& token : tokens) match += (match.empty() ? "" : " & ") + (token + ":*");
        where.Add("to_tsvector('simple', search_text) @@ to_tsquery('simple', ?)", match);
    } else if (!tokens.empty()) {
        std::string match;
        for (const auto& token : tokens) match += (match.empty() ? "" : " ") + ("\"" + token + "\"*");
        if (q.filter.Empty()) {
            // The index's rowids are collation ranks: its first matches are the page, in order.
            BoundQuery query(
                m_session,
                std::string("SELECT ") + kColumns +
                    " FROM enterprise WHERE search_rank IN (SELECT rowid FROM enterprise_fts "
                    "WHERE enterprise_fts MATCH :match ORDER BY rowid LIMIT :limit OFFSET :offset) "
                    "ORDER BY search_rank");
            row.Bind(query);
            query.Param(match).Param(static_cast<long long>(q.limit)).Param(static_cast<long long>(q.offset));
            return Fetch(query, row);
        }
        // Filtered, the page is cut after the filter: the matches, in rank order below.
        where.Add("search_rank IN (SELECT rowid FROM enterprise_fts WHERE enterprise_fts MATCH ?)", match);
    }
    // Filtered on SQLite, in rank order: the filters' indexes end in the rank (see migrations.cpp).
    const bool by_rank = m_backend == Backend::Sqlite && !q.filter.Empty();
    BoundQuery query(m_session, std::string("SELECT ") + kColumns + " FROM enterprise " + where.Where() +
                                    (by_rank ? " ORDER BY search_rank" : " ORDER BY sort_key, id") +
                                    " LIMIT :limit OFFSET :offset");
    row.Bind(query);
    where.Bind(query);
    query.Param(static_cast<long long>(q.limit)).Param(static_cast<long long>(q.offset));
    return Fetch(query, row);
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

long long SociEnterpriseRepository::RankFor(const std::string& sort_key, long long id) try {
    auto& cached = Cached();
    auto neighbour = [&](BoundQuery& query) -> std::optional<long long> {
        query.Rebind(0, sort_key);
        query.Rebind(1, id);
        query.Execute();
        const bool found = query.Fetch() && cached.neighbour_indicator == soci::i_ok;
        query.FinishRows();
        return found ? std::optional<long long>(cached.neighbour_rank) : std::nullopt;
    };
    for (int attempt = 0; attempt < 2; ++attempt) {
        const long long before = neighbour(cached.rank_before).value_or(0);
        const auto after = neighbour(cached.rank_after);
        if (!after) {
            if (before <= std::numeric_limits<long long>::max() - kRankSpacing) return before + kRankSpacing;
        } else if (*after - before >= 2) {
            return before + (*after - before) / 2;
        }
        RenumberRanks();  // the gap ran out: spread every rank out again, then retry once
    }
    throw domain::DomainError(domain::ErrorCode::Storage,
                              {"Không xếp được chỗ cho doanh nghiệp trong chỉ mục tìm kiếm.",
                               "Cannot place the enterprise in the search index."});
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

void SociEnterpriseRepository::IndexRow(long long rank, const std::string& search_text) try {
    auto& insert = Cached().index_insert;
    insert.Rebind(0, rank);
    insert.Rebind(1, search_text);
    insert.Execute();
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

void SociEnterpriseRepository::UnindexRow(long long rank, const std::string& search_text) try {
    BoundQuery remove(
        m_session,
        "INSERT INTO enterprise_fts (enterprise_fts, rowid, search_text) VALUES ('delete', :rank, :old)");
    remove.Param(rank).Param(search_text);
    remove.Execute();
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

void SociEnterpriseRepository::RenumberRanks() try {
    BoundQuery renumber(
        m_session,
        "UPDATE enterprise SET search_rank = ordered.position * :spacing FROM (SELECT id, row_number() "
        "OVER (ORDER BY sort_key, id) AS position FROM enterprise) AS ordered "
        "WHERE ordered.id = enterprise.id");
    renumber.Param(kRankSpacing);
    renumber.Execute();
    // Not FTS5's 'rebuild': it reads rows in table order, and FTS5 flushes its buffer whenever
    // a rowid goes backwards. Fed in rank order, the index is built in one pass.
    m_session << "INSERT INTO enterprise_fts (enterprise_fts) VALUES ('delete-all')";
    m_session
        << "INSERT INTO enterprise_fts (rowid, search_text) SELECT search_rank, search_text FROM enterprise "
           "ORDER BY search_rank";
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

void SociEnterpriseRepository::BeginBulkLoad() try {
    m_bulk_load = m_backend == Backend::Sqlite;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

void SociEnterpriseRepository::FinishBulkLoad() try {
    if (!m_bulk_load) return;
    m_bulk_load = false;
    RenumberRanks();
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<Enterprise> SociEnterpriseRepository::ListAfter(domain::EnterpriseId after_id,
                                                            std::size_t limit) try {
    EnterpriseRow row;
    BoundQuery query(m_session, std::string("SELECT ") + kColumns +
                                    " FROM enterprise WHERE id > :after ORDER BY id LIMIT :n");
    row.Bind(query);
    query.Param(static_cast<long long>(after_id)).Param(static_cast<long long>(limit));
    return Fetch(query, row);
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

void SociEnterpriseRepository::SetSearchColumns(domain::EnterpriseId id, const std::string& search_text,
                                                const std::string& sort_key) try {
    // Only during a bulk load: the search index itself is rebuilt by FinishBulkLoad.
    BoundQuery query(m_session, "UPDATE enterprise SET search_text = :text, sort_key = :key WHERE id = :id");
    query.Param(search_text).Param(sort_key).Param(static_cast<long long>(id));
    query.Execute();
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::int64_t SociEnterpriseRepository::Count(const domain::EnterpriseFilter& filter) try {
    const SqlFilter where = FilterConditions(filter);
    long long count = 0;
    BoundQuery query(m_session, "SELECT COUNT(*) FROM enterprise " + where.Where());
    query.Into(count);
    where.Bind(query);
    query.Execute();
    query.Fetch();
    return count;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<domain::CommuneCount> SociEnterpriseRepository::Communes() try {
    std::string commune;
    long long count = 0;
    BoundQuery query(m_session,
                     "SELECT commune, COUNT(*) FROM enterprise WHERE commune <> '' GROUP BY commune");
    query.Into(commune).Into(count);
    query.Execute();
    std::vector<domain::CommuneCount> communes;
    while (query.Fetch()) communes.push_back({commune, count});
    return communes;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

}  // namespace innodesk::persistence
