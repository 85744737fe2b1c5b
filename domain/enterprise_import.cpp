// Enterprise import: header recognition, row validation, one transaction for what passes.
#include "enterprise_import.h"

#include "audit_recorder.h"

#include "department_province.h"
#include "enterprise.h"
#include "header_key.h"
#include "province.h"

#include <array>
#include <map>
#include <optional>
#include <unordered_map>

namespace innodesk::domain {
namespace {

enum class Column {
    TaxCode,
    Name,
    LegalForm,
    Size,
    Vsic,
    Commune,
    Province,
    Address,
    Phone,
    Email,
    StEnterprise,
    Startup
};

// Headers as they appear in registry exports and officers' sheets, folded (no diacritics, lower
// case, punctuation as spaces) so that "Mã số thuế", "MÃ SỐ THUẾ" and "ma so thue" all match.
const std::array<std::pair<Column, std::array<const char*, 6>>, 12> kHeaderNames{{
    {Column::TaxCode, {"ma so thue", "mst", "tax code", "ma so doanh nghiep", "ma so dn", "tax id"}},
    {Column::Name, {"ten doanh nghiep", "ten", "name", "enterprise name", "ten dn", "ten to chuc"}},
    {Column::LegalForm,
     {"loai hinh", "loai hinh doanh nghiep", "legal form", "hinh thuc", "loai hinh dn", "type"}},
    {Column::Size, {"quy mo", "size", "size class", "quy mo doanh nghiep", "quy mo dn", "class"}},
    {Column::Vsic, {"nganh vsic", "vsic", "ma nganh", "nganh nghe", "ma nganh vsic", "sector"}},
    {Column::Commune, {"xa phuong", "xa", "phuong", "commune", "ward", "xa phuong dac khu"}},
    {Column::Province, {"tinh thanh pho", "tinh", "province", "tinh thanh", "thanh pho", "tinh tp"}},
    {Column::Address, {"dia chi", "address", "dia chi tru so", "tru so", "dia chi tru so chinh", "addr"}},
    {Column::Phone, {"dien thoai", "so dien thoai", "phone", "sdt", "telephone", "tel"}},
    {Column::Email, {"email", "thu dien tu", "e mail", "mail", "dia chi email", "email address"}},
    {Column::StEnterprise,
     {"doanh nghiep kh cn", "dn kh cn", "st enterprise", "doanh nghiep khoa hoc va cong nghe", "dn khcn",
      "science technology enterprise"}},
    {Column::Startup,
     {"khoi nghiep dmst", "khoi nghiep", "startup", "innovative startup", "khoi nghiep doi moi sang tao",
      "dn khoi nghiep"}},
}};

bool StartsWith(const std::string& text, const char* prefix) {
    return text.rfind(prefix, 0) == 0;
}

LegalForm ParseLegalForm(const std::string& key, const TaxCode& code) {
    if (key.empty())
        return code.Kind() == TaxCodeKind::PersonalId ? LegalForm::HouseholdBusiness : LegalForm::Company;
    if (key == "company" || StartsWith(key, "cong ty") || StartsWith(key, "doanh nghiep") ||
        StartsWith(key, "dntn") || key == "ctcp" || key == "tnhh" || key == "dn")
        return LegalForm::Company;
    if (key == "cooperative" || StartsWith(key, "hop tac xa") || StartsWith(key, "htx") ||
        StartsWith(key, "lien hiep htx"))
        return LegalForm::Cooperative;
    if (key == "household" || key == "household business" || StartsWith(key, "ho kinh doanh") ||
        key == "hkd" || StartsWith(key, "ho ca the"))
        return LegalForm::HouseholdBusiness;
    throw DomainError(ErrorCode::InvalidValue,
                      {"không nhận ra loại hình; dùng Doanh nghiệp/Công ty, Hợp tác xã hoặc Hộ kinh doanh",
                       "unknown legal form; use Company, Cooperative or Household business"});
}

SizeClass ParseSize(const std::string& key) {
    if (key.empty() || key == "chua xac dinh" || key == "unknown") return SizeClass::Unknown;
    if (key == "sieu nho" || key == "micro") return SizeClass::Micro;
    if (key == "nho" || key == "small") return SizeClass::Small;
    if (key == "vua" || key == "medium") return SizeClass::Medium;
    if (key == "lon" || key == "large") return SizeClass::Large;
    throw DomainError(ErrorCode::InvalidValue, {"không nhận ra quy mô; dùng Siêu nhỏ, Nhỏ, Vừa hoặc Lớn",
                                                "unknown size; use Micro, Small, Medium or Large"});
}

// A flag column may hold the certificate's (or the recognition's) date instead of a mark: the
// enterprise is one since that day. Returns the date, or nullopt for a mark or an empty cell.
std::optional<CalendarDate> FlagDate(const std::string& cell) {
    if (cell.find('/') == std::string::npos) return std::nullopt;
    try {
        return CalendarDate::Parse(cell);
    } catch (const DomainError&) {
        throw DomainError(ErrorCode::InvalidValue, {"phải là Có/Không hoặc ngày chứng nhận dd/mm/yyyy",
                                                    "must be Yes/No or the certificate's date dd/mm/yyyy"});
    }
}

bool ParseFlag(const std::string& key) {
    if (key.empty() || key == "khong" || key == "no" || key == "0" || key == "false" || key == "k")
        return false;
    if (key == "x" || key == "co" || key == "yes" || key == "1" || key == "true" || key == "c") return true;
    throw DomainError(ErrorCode::InvalidValue,
                      {"phải là Có/Không (x, 1, 0 cũng được)", "must be Yes/No (x, 1, 0 also accepted)"});
}

bool SameContent(const Enterprise& a, const Enterprise& b) {
    return a.name == b.name && a.legal_form == b.legal_form && a.size_class == b.size_class &&
           a.vsic == b.vsic && a.commune == b.commune && a.province == b.province && a.address == b.address &&
           a.phone == b.phone && a.email == b.email &&
           a.science_technology_enterprise == b.science_technology_enterprise &&
           a.innovative_startup == b.innovative_startup &&
           (!b.science_technology_since || a.science_technology_since == b.science_technology_since) &&
           (!b.innovative_startup_since || a.innovative_startup_since == b.innovative_startup_since);
}

// The province of a row by the first rule that applies (enterprise_import.h); throws a DomainError
// naming the field when none does or when the province column names no province.
class ProvinceRules {
public:
    ProvinceRules(const TextRules& text, std::optional<std::string> department, bool has_column)
        : m_text(text), m_directory(text), m_department(std::move(department)), m_has_column(has_column) {}

    ProvinceAssignment Apply(std::size_t line, const std::string& cell, const std::string& address) const {
        const std::string written = m_text.Clean(cell, "province");
        if (!written.empty()) {
            const ProvinceMatch match = m_directory.Require(written, "province");
            return {line, ProvinceSource::Column, match.unit->name, written, match.former};
        }
        const std::string tail = ProvinceDirectory::AddressTail(m_text.Clean(address, "address"), m_text);
        if (const auto match = m_directory.Match(tail))
            return {line, ProvinceSource::Address, match->unit->name, tail, match->former};
        if (m_department) return {line, ProvinceSource::Department, *m_department, {}, {}};
        const std::string no_column_vi =
            m_has_column ? "ô Tỉnh/Thành phố trống" : "tệp không có cột Tỉnh/Thành phố";
        const std::string no_column_en =
            m_has_column ? "the province cell is empty" : "the file has no province column";
        const std::string address_vi =
            tail.empty() ? "không có địa chỉ" : "địa chỉ kết thúc bằng '" + tail + "', không phải tên tỉnh";
        const std::string address_en =
            tail.empty() ? "there is no address" : "the address ends in '" + tail + "', not a province";
        throw DomainError(
            ErrorCode::InvalidValue,
            {"Không biết tỉnh/thành phố của dòng: " + no_column_vi + ", " + address_vi +
                 ", và cơ sở dữ liệu chưa đặt tỉnh của Sở. Quản trị viên đặt bằng: innodesk-cli setting "
                 "set department_province \"Khánh Hòa\" (tên tỉnh của Sở).",
             "The row's province is unknown: " + no_column_en + ", " + address_en +
                 ", and the database has no department province set. An administrator sets it with: "
                 "innodesk-cli setting set department_province \"Khánh Hòa\" (the department's province)."},
            "province");
    }

private:
    const TextRules& m_text;
    ProvinceDirectory m_directory;
    std::optional<std::string> m_department;
    bool m_has_column;
};

}  // namespace

LocalisedText ProvinceSourceName(ProvinceSource source) {
    switch (source) {
        case ProvinceSource::Column:
            return {"cột", "column"};
        case ProvinceSource::Address:
            return {"địa chỉ", "address"};
        case ProvinceSource::Department:
            return {"tỉnh của Sở", "department"};
    }
    return {};
}

ImportReport EnterpriseImport::Run(const Table& table, const Actor& actor, const ImportOptions& options) {
    RequireRole(m_store, actor, {Role::Officer}, "nhập danh sách doanh nghiệp", "import enterprises");
    const CalendarDate today = m_clock.Today();
    std::map<Column, std::size_t> columns;
    for (std::size_t i = 0; i < table.header.size(); ++i) {
        const std::string key = HeaderKey(m_text, table.header[i]);
        for (const auto& [column, names] : kHeaderNames)
            for (const char* name : names)
                if (key == name && !columns.contains(column)) columns[column] = i;
    }
    for (const auto& [column, vi, en] : {std::tuple{Column::TaxCode, "Mã số thuế", "Tax code"},
                                         std::tuple{Column::Name, "Tên doanh nghiệp", "Name"}})
        if (!columns.contains(column))
            throw DomainError(
                ErrorCode::FileFormat,
                {std::string("Tệp thiếu cột bắt buộc '") + vi +
                     "'. Dòng tiêu đề cần có: Mã số thuế, Tên doanh nghiệp (Tỉnh/Thành phố nếu có).",
                 std::string("The file has no '") + en +
                     "' column. The header row needs: Tax code, Name (and Province if there is one; "
                     "English or Vietnamese)."});
    std::optional<std::string> department;
    {
        auto tx = m_store.Begin(TransactionMode::Read);
        department = DepartmentProvince(*tx);
    }
    const ProvinceRules provinces(m_text, department, columns.contains(Column::Province));

    ImportReport report;
    report.rows = table.rows.size();
    std::vector<std::pair<Enterprise, std::size_t>> accepted;  // with the row index, for duplicate messages
    report.provinces.reserve(table.rows.size());
    std::unordered_map<std::string, std::size_t> seen_tax_codes;
    accepted.reserve(table.rows.size());

    for (const auto& row : table.rows) {
        auto cell = [&](Column column) -> const std::string& {
            static const std::string kEmpty;
            const auto found = columns.find(column);
            return found == columns.end() || found->second >= row.cells.size() ? kEmpty
                                                                               : row.cells[found->second];
        };
        auto header_of = [&](Column column) {
            const auto found = columns.find(column);
            return found == columns.end() ? std::string() : table.header[found->second];
        };
        Column current = Column::TaxCode;
        try {
            Enterprise e;
            e.tax_code = TaxCode::Parse(cell(Column::TaxCode));
            current = Column::Name;
            e.name = cell(Column::Name);
            current = Column::LegalForm;
            e.legal_form = ParseLegalForm(HeaderKey(m_text, cell(Column::LegalForm)), e.tax_code);
            current = Column::Size;
            e.size_class = ParseSize(HeaderKey(m_text, cell(Column::Size)));
            current = Column::StEnterprise;
            e.science_technology_since = FlagDate(cell(Column::StEnterprise));
            e.science_technology_enterprise = e.science_technology_since.has_value() ||
                                              ParseFlag(HeaderKey(m_text, cell(Column::StEnterprise)));
            current = Column::Startup;
            e.innovative_startup_since = FlagDate(cell(Column::Startup));
            e.innovative_startup =
                e.innovative_startup_since.has_value() || ParseFlag(HeaderKey(m_text, cell(Column::Startup)));
            e.vsic = cell(Column::Vsic);
            e.commune = cell(Column::Commune);
            current = Column::Province;
            ProvinceAssignment province =
                provinces.Apply(row.source_line, cell(Column::Province), cell(Column::Address));
            e.province = province.province;
            e.address = cell(Column::Address);
            e.phone = cell(Column::Phone);
            e.email = cell(Column::Email);
            e = NormaliseEnterprise(std::move(e), m_text);
            DateRegisterFlags(e, today);  // a certificate dated after today is the row's mistake
            const auto [previous, inserted] = seen_tax_codes.emplace(e.tax_code.Value(), row.source_line);
            if (!inserted)
                throw DomainError(
                    ErrorCode::Duplicate,
                    {"mã số thuế " + e.tax_code.Value() + " đã có ở dòng " + std::to_string(previous->second),
                     "tax code " + e.tax_code.Value() + " already appears on line " +
                         std::to_string(previous->second)},
                    "tax_code");
            accepted.emplace_back(std::move(e), row.source_line);
            report.provinces.push_back(std::move(province));
        } catch (const DomainError& error) {
            // Field-level errors name their field; map it back to the file's own header.
            static const std::map<std::string, Column> kFieldColumns{
                {"tax_code", Column::TaxCode},
                {"name", Column::Name},
                {"vsic", Column::Vsic},
                {"commune", Column::Commune},
                {"province", Column::Province},
                {"address", Column::Address},
                {"phone", Column::Phone},
                {"email", Column::Email},
                {"science_technology_since", Column::StEnterprise},
                {"innovative_startup_since", Column::Startup}};
            const auto field = kFieldColumns.find(error.Field());
            const Column column = field != kFieldColumns.end() ? field->second : current;
            report.errors.push_back(
                {row.source_line, header_of(column), cell(column), error.Code(), error.Text()});
        }
    }

    if (options.all_or_nothing && !report.errors.empty()) return report;

    auto tx = m_store.Begin(TransactionMode::Write);
    auto& enterprises = tx->Enterprises();
    // Many rows against few stored: rebuild the search index once at the end rather than
    // placing each row in it (kBulkLoadRows rows cost about one rebuild of 20× as many).
    constexpr std::size_t kBulkLoadRows = 2000;
    const bool bulk = accepted.size() >= kBulkLoadRows &&
                      static_cast<std::int64_t>(accepted.size()) * 20 >= enterprises.Count({});
    if (bulk) enterprises.BeginBulkLoad();
    std::size_t done = 0;
    for (auto& [enterprise, line] : accepted) {
        if (options.progress && (++done % 1000 == 0 || done == accepted.size())) {
            if (options.progress->CancelRequested())
                throw DomainError(ErrorCode::Cancelled, {"Đã hủy nhập dữ liệu; không có dòng nào được lưu.",
                                                         "Import cancelled; no row was stored."});
            options.progress->Progress(done, accepted.size());
        }
        const std::string search_text = EnterpriseSearchText(enterprise, m_text);
        const std::string sort_key = m_text.SortKey(enterprise.name);
        if (const auto existing = enterprises.FindByTaxCode(enterprise.tax_code)) {
            if (SameContent(*existing, enterprise)) {
                ++report.unchanged;
                continue;
            }
            enterprise.id = existing->id;
            enterprise.version = existing->version;
            // A file without the dates keeps those the register holds.
            if (!enterprise.science_technology_since) {
                enterprise.science_technology_since = existing->science_technology_since;
                enterprise.science_technology_until = existing->science_technology_until;
            }
            if (!enterprise.innovative_startup_since) {
                enterprise.innovative_startup_since = existing->innovative_startup_since;
                enterprise.innovative_startup_until = existing->innovative_startup_until;
            }
            enterprises.Update(DateRegisterFlags(std::move(enterprise), today), search_text, sort_key);
            ++report.updated;
        } else {
            enterprises.Insert(DateRegisterFlags(std::move(enterprise), today), search_text, sort_key);
            ++report.inserted;
        }
    }
    if (bulk) enterprises.FinishBulkLoad();
    // One entry for the whole file rather than one per row: a province's register is 100,000
    // rows, and each row's values are in the file the officer keeps.
    RecordChange(*tx, actor, "enterprise.import", "enterprise", 0, nullptr,
                 JsonValue::Object{{"rows", static_cast<std::int64_t>(report.rows)},
                                   {"inserted", static_cast<std::int64_t>(report.inserted)},
                                   {"updated", static_cast<std::int64_t>(report.updated)}});
    tx->Commit();
    report.stored = true;
    return report;
}

}  // namespace innodesk::domain
