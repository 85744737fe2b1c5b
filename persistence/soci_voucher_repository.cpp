// Vouchers, their serial numbers and the registered service providers in SQL.
#include "bound_query.h"
#include "select_rows.h"
#include "soci_repositories.h"
#include "storage_errors.h"
#include "stored_values.h"

namespace innodesk::persistence {
namespace {

// What a database failure in this file stopped, for StorageError's "Không thể …" / "Cannot …".
constexpr std::string_view kDoingVi = "đọc hoặc ghi phiếu hỗ trợ";
constexpr std::string_view kDoingEn = "read or write vouchers";

using domain::Money;
using domain::Voucher;

constexpr const char* kColumns =
    "id, serial, enterprise_id, programme_id, envelope_id, year, content, face_value, state_share, "
    "issued_on, "
    "valid_until, state, provider_id, invoice_number, invoice_date, invoice_amount, reimbursed_amount, "
    "reimbursed_on, "
    "cancel_reason, cancel_note, version";

struct VoucherRow {
    long long id = 0, enterprise_id = 0, programme_id = 0, envelope_id = 0, face_value = 0, state_share = 0;
    int year = 0;
    std::string serial, content, issued_on, valid_until, state, invoice_number, invoice_date, reimbursed_on,
        cancel_reason, cancel_note;
    long long provider_id = 0, invoice_amount = 0, reimbursed_amount = 0, version = 0;
    soci::indicator provider_ind = soci::i_null, invoice_date_ind = soci::i_null,
                    invoice_amount_ind = soci::i_null, reimbursed_amount_ind = soci::i_null,
                    reimbursed_on_ind = soci::i_null, cancel_reason_ind = soci::i_null;

    void Bind(BoundQuery& q) {
        q.Into(id)
            .Into(serial)
            .Into(enterprise_id)
            .Into(programme_id)
            .Into(envelope_id)
            .Into(year)
            .Into(content)
            .Into(face_value)
            .Into(state_share)
            .Into(issued_on)
            .Into(valid_until)
            .Into(state)
            .Into(provider_id, provider_ind)
            .Into(invoice_number)
            .Into(invoice_date, invoice_date_ind)
            .Into(invoice_amount, invoice_amount_ind)
            .Into(reimbursed_amount, reimbursed_amount_ind)
            .Into(reimbursed_on, reimbursed_on_ind)
            .Into(cancel_reason, cancel_reason_ind)
            .Into(cancel_note)
            .Into(version);
    }

    Voucher ToDomain() const {
        Voucher v;
        v.id = id;
        v.serial = serial;
        v.enterprise_id = enterprise_id;
        v.programme_id = programme_id;
        v.envelope_id = envelope_id;
        v.year = year;
        v.content = StoredEnum(domain::SupportContents(), content, "voucher", id);
        v.face_value = Money::Dong(face_value);
        v.state_share = Money::Dong(state_share);
        v.issued_on = StoredDate(issued_on, "voucher", id);
        v.valid_until = StoredDate(valid_until, "voucher", id);
        v.state = StoredEnum(domain::VoucherLifecycle().states, state, "voucher", id);
        if (provider_ind == soci::i_ok) v.provider_id = provider_id;
        v.invoice_number = invoice_number;
        v.invoice_date = StoredOptionalDate(invoice_date, invoice_date_ind, "voucher", id);
        if (invoice_amount_ind == soci::i_ok) v.invoice_amount = Money::Dong(invoice_amount);
        if (reimbursed_amount_ind == soci::i_ok) v.reimbursed_amount = Money::Dong(reimbursed_amount);
        v.reimbursed_on = StoredOptionalDate(reimbursed_on, reimbursed_on_ind, "voucher", id);
        if (cancel_reason_ind == soci::i_ok)
            v.cancel_reason = StoredEnum(domain::CancelReasons(), cancel_reason, "voucher", id);
        v.cancel_note = cancel_note;
        v.version = version;
        return v;
    }
};

// The columns that change after issue, in the order of the UPDATE below.
void BindMutable(BoundQuery& q, const Voucher& v) {
    q.Param(CodeOf(domain::VoucherLifecycle().states, v.state))
        .Param(std::optional<long long>(v.provider_id))
        .Param(v.invoice_number)
        .Param(OptionalIso(v.invoice_date))
        .Param(OptionalDong(v.invoice_amount))
        .Param(OptionalDong(v.reimbursed_amount))
        .Param(OptionalIso(v.reimbursed_on))
        .Param(v.cancel_reason ? std::optional<std::string>(CodeOf(domain::CancelReasons(), *v.cancel_reason))
                               : std::nullopt)
        .Param(v.cancel_note);
}

}  // namespace

domain::VoucherId SociVoucherRepository::Insert(const Voucher& v) try {
    long long id = 0;
    const long long now = NowUnix();
    BoundQuery q(
        m_session,
        "INSERT INTO voucher (serial, enterprise_id, programme_id, envelope_id, year, content, face_value, "
        "state_share, issued_on, valid_until, state, provider_id, invoice_number, invoice_date, "
        "invoice_amount, reimbursed_amount, reimbursed_on, cancel_reason, cancel_note, version, created_at, "
        "updated_at) VALUES (:serial, :e, :p, :env, :y, :c, :f, :s, :i, :u, :state, :prov, :inv, :invd, "
        ":inva, :ra, :ro, :cr, :cn, 1, :created, :updated) RETURNING id");
    q.Into(id)
        .Param(v.serial)
        .Param(static_cast<long long>(v.enterprise_id))
        .Param(static_cast<long long>(v.programme_id))
        .Param(static_cast<long long>(v.envelope_id))
        .Param(static_cast<long long>(v.year))
        .Param(CodeOf(domain::SupportContents(), v.content))
        .Param(static_cast<long long>(v.face_value.Dong()))
        .Param(static_cast<long long>(v.state_share.Dong()))
        .Param(v.issued_on.Iso())
        .Param(v.valid_until.Iso());
    BindMutable(q, v);
    q.Param(now).Param(now);
    q.Execute();
    q.Fetch();
    return id;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<Voucher> SociVoucherRepository::Select(const std::string& where_and_order,
                                                   const std::vector<std::string>& texts,
                                                   const std::vector<long long>& numbers) try {
    return SelectRows<VoucherRow>(
        m_session, std::string("SELECT ") + kColumns + " FROM voucher " + where_and_order, texts, numbers);
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::optional<Voucher> SociVoucherRepository::FindById(domain::VoucherId id) try {
    auto found = Select("WHERE id = :id", {}, {id});
    if (found.empty()) return std::nullopt;
    return found.front();
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::optional<Voucher> SociVoucherRepository::FindBySerial(const std::string& serial) try {
    auto found = Select("WHERE serial = :s", {serial}, {});
    if (found.empty()) return std::nullopt;
    return found.front();
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

void SociVoucherRepository::Update(const Voucher& v) try {
    BoundQuery q(m_session,
                 "UPDATE voucher SET state = :state, provider_id = :prov, invoice_number = :inv, "
                 "invoice_date = :invd, "
                 "invoice_amount = :inva, reimbursed_amount = :ra, reimbursed_on = :ro, cancel_reason = :cr, "
                 "cancel_note = :cn, version = version + 1, updated_at = :updated WHERE id = :id AND version "
                 "= :version");
    BindMutable(q, v);
    q.Param(NowUnix()).Param(static_cast<long long>(v.id)).Param(static_cast<long long>(v.version));
    q.Execute();
    if (q.AffectedRows() == 1) return;
    throw domain::DomainError(domain::ErrorCode::Conflict,
                              {"Phiếu " + v.serial +
                                   " đã được người khác thay đổi hoặc không còn tồn tại. Tải lại; "
                                   "thay đổi của bạn chưa được lưu.",
                               "Voucher " + v.serial +
                                   " was changed by someone else or no longer exists. Reload; "
                                   "your change was not saved."});
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<Voucher> SociVoucherRepository::List(const domain::VoucherFilter& filter) try {
    SqlFilter where;
    if (filter.state) where.Add("state = ?", CodeOf(domain::VoucherLifecycle().states, *filter.state));
    if (filter.enterprise_id) where.Add("enterprise_id = ?", static_cast<long long>(*filter.enterprise_id));
    if (filter.year) where.Add("year = ?", static_cast<long long>(*filter.year));
    return SelectRows<VoucherRow>(m_session, std::string("SELECT ") + kColumns + " FROM voucher", where,
                                  "ORDER BY id DESC LIMIT :limit", static_cast<long long>(filter.limit));
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

int SociVoucherRepository::CountForEnterpriseYear(domain::EnterpriseId enterprise,
                                                  domain::ProgrammeId programme, int year) try {
    long long count = 0;
    BoundQuery q(m_session,
                 "SELECT COUNT(*) FROM voucher WHERE enterprise_id = :e AND programme_id = :p AND year = :y "
                 "AND state IN (" +
                     CommittingStates(domain::VoucherLifecycle().states) + ")");
    q.Into(count)
        .Param(static_cast<long long>(enterprise))
        .Param(static_cast<long long>(programme))
        .Param(static_cast<long long>(year));
    q.Execute();
    q.Fetch();
    return static_cast<int>(count);
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

bool SociVoucherRepository::HasDisqualifyingCancellation(const std::string& family_key,
                                                         domain::ProgrammeId programme) try {
    std::string barring;
    for (const auto& entry : domain::CancelReasons())
        if (!domain::MayApplyAgain(entry.value))
            barring += (barring.empty() ? "'" : ", '") + std::string(entry.code) + "'";
    long long count = 0;
    BoundQuery q(
        m_session,
        "SELECT COUNT(*) FROM voucher v JOIN enterprise e ON e.id = v.enterprise_id WHERE e.family_key = :f "
        "AND v.programme_id = :p AND v.state = 'cancelled' AND v.cancel_reason IN (" +
            barring + ")");
    q.Into(count).Param(family_key).Param(static_cast<long long>(programme));
    q.Execute();
    q.Fetch();
    return count > 0;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::int64_t SociVoucherRepository::NextSerialNumber(int year) try {
    // One counter row per year, bumped inside the caller's write transaction: numbers are
    // gap-free among committed vouchers and never reused.
    const long long y = year;
    m_session
        << "INSERT INTO voucher_serial (year, last_number) VALUES (:y, 0) ON CONFLICT (year) DO NOTHING",
        soci::use(y);
    m_session << "UPDATE voucher_serial SET last_number = last_number + 1 WHERE year = :y", soci::use(y);
    long long number = 0;
    m_session << "SELECT last_number FROM voucher_serial WHERE year = :y", soci::use(y), soci::into(number);
    return number;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

domain::ProviderId SociVoucherRepository::InsertProvider(const domain::ServiceProvider& p) try {
    long long id = 0;
    BoundQuery q(m_session,
                 "INSERT INTO service_provider (name, tax_code, active) VALUES (:n, :t, :a) RETURNING id");
    q.Into(id).Param(p.name).Param(p.tax_code.Value()).Param(static_cast<long long>(p.active));
    q.Execute();
    q.Fetch();
    for (const auto content : p.contents) {
        BoundQuery c(m_session, "INSERT INTO provider_content (provider_id, content) VALUES (:p, :c)");
        c.Param(id).Param(CodeOf(domain::SupportContents(), content));
        c.Execute();
    }
    return id;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

namespace {

std::vector<domain::ServiceProvider> SelectProviders(soci::session& session, std::optional<long long> only) {
    long long id = 0;
    int active = 0;
    std::string name, tax_code;
    BoundQuery q(session, std::string("SELECT id, name, tax_code, active FROM service_provider ") +
                              (only ? "WHERE id = :id " : "") + "ORDER BY name");
    q.Into(id).Into(name).Into(tax_code).Into(active);
    if (only) q.Param(*only);
    q.Execute();
    std::vector<domain::ServiceProvider> providers;
    while (q.Fetch())
        providers.push_back({id, name, StoredTaxCode(tax_code, "service_provider", id), {}, active != 0});
    for (auto& provider : providers) {
        std::string content;
        BoundQuery c(session, "SELECT content FROM provider_content WHERE provider_id = :p ORDER BY content");
        c.Into(content).Param(static_cast<long long>(provider.id));
        c.Execute();
        while (c.Fetch())
            provider.contents.push_back(
                StoredEnum(domain::SupportContents(), content, "provider_content", provider.id));
    }
    return providers;
}

}  // namespace

std::optional<domain::ServiceProvider> SociVoucherRepository::FindProvider(domain::ProviderId id) try {
    auto found = SelectProviders(m_session, id);
    if (found.empty()) return std::nullopt;
    return found.front();
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<domain::ServiceProvider> SociVoucherRepository::ListProviders() try {
    return SelectProviders(m_session, std::nullopt);
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

}  // namespace innodesk::persistence
