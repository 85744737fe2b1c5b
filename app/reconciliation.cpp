// Reconciliation: the audit trail streamed once, page by page, keeping only each audited record's
// latest after-image; then the stored rows compared with them field by field, the payments and
// commitments summed, the decisions verified and the checkpoint checked.
#include "reconciliation.h"

#include "domain/audit.h"
#include "domain/audit_views.h"
#include "domain/password_commitment.h"
#include "domain/task_audit_views.h"
#include "signing/sha256.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <ctime>
#include <map>
#include <set>
#include <string_view>
#include <utility>

namespace innodesk::app {
namespace {

using Json = nlohmann::json;
using domain::LocalisedText;

constexpr std::size_t kPage = 2000;
constexpr std::size_t kBatch = 500;
constexpr std::size_t kAll = 100'000'000;

bool StartsWith(std::string_view text, std::string_view prefix) {
    return text.substr(0, prefix.size()) == prefix;
}

// The tables compared: the audit trail's entity name, the table's name, and whether every row must
// have been recorded by an entry (enterprises and organisations also arrive in bulk imports, whose
// one entry stands for the whole file, and tasks are compared whenever they have an image).
struct Table {
    std::string_view entity;
    std::string_view table;
    bool every_row_audited;
};
constexpr Table kTables[] = {
    {"user", "app_user", true},
    {"trust_item", "trust_item", true},
    {"decision", "decision", true},
    {"application", "application", true},
    {"budget_envelope", "budget_envelope", true},
    {"voucher", "voucher", true},
    {"programme", "programme", true},
    {"enterprise", "enterprise", false},
    {"task", "task", false},
    {"organisation", "organisation", false},
};

const Table* TableOf(std::string_view entity) {
    for (const auto& table : kTables)
        if (table.entity == entity) return &table;
    return nullptr;
}

// Whether the entry's `after` is the whole record as the services record it (AuditView), rather
// than a part (a milestone, a payment, a sign-in), by its action.
bool RecordsWholeImage(const domain::AuditEntry& entry) {
    const std::string_view a = entry.action;
    if (entry.entity == "user")
        return a == "user.create" || a == "user.disable" || a == "user.enable" || a == "user.set_role" ||
               a == "user.set_password";
    if (entry.entity == "enterprise") return a == "enterprise.create" || a == "enterprise.update";
    if (entry.entity == "application") return StartsWith(a, "application.") && a != "application.disburse";
    if (entry.entity == "decision") return StartsWith(a, "decision.");
    if (entry.entity == "budget_envelope") return a == "budget.create";
    if (entry.entity == "voucher") return StartsWith(a, "voucher.");
    if (entry.entity == "programme") return a == "programme.create";
    if (entry.entity == "trust_item") return a == "trust.add" || a == "trust.remove";
    if (entry.entity == "organisation") return StartsWith(a, "organisation.");
    if (entry.entity == "task")
        return StartsWith(a, "task.") && !StartsWith(a, "task.milestone.") &&
               !StartsWith(a, "task.tranche.") && a != "task.use" && a != "task.link" && a != "task.unlink";
    return false;
}

// Fields a view writes only once set: absent in an image means unset, so a value stored now is
// compared with null (AuditView(Application)).
bool AbsentMeansUnset(std::string_view field) {
    return field == "contract_ends_on" || field == "contract_signed_on";
}

std::string IsoTime(std::int64_t unix_seconds) {
    const std::time_t t = static_cast<std::time_t>(unix_seconds);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return text;
}

// As domain/trust_service.cpp records a trust store item (kept in step by the reconciliation tests,
// which add an item through the service and expect a clean check).
domain::JsonValue TrustView(const domain::TrustItem& item) {
    return domain::JsonValue::Object{{"id", item.id},
                                     {"kind", item.kind == domain::TrustKind::CaCertificate ? "ca" : "crl"},
                                     {"label", item.label},
                                     {"fingerprint", item.fingerprint}};
}

template <typename State>
std::set<std::string, std::less<>> CommittingCodes(std::span<const domain::EnumEntry<State>> states) {
    std::set<std::string, std::less<>> codes;
    for (const auto& entry : states)
        if (domain::HoldsCommitment(entry.value)) codes.emplace(entry.code);
    return codes;
}

std::int64_t Dong(const Json& value) {
    return value.is_number_integer() ? value.get<std::int64_t>() : 0;
}

std::string Str(const Json& object, const char* key) {
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::optional<std::int64_t> Int(const Json& object, const char* key) {
    const auto it = object.find(key);
    if (it == object.end() || !it->is_number_integer()) return std::nullopt;
    return it->get<std::int64_t>();
}

struct Image {
    std::int64_t seq = 0;
    std::string after;  // canonical JSON; "null" once deleted
};

using RecordKey = std::pair<std::string, std::int64_t>;

class Reconciler {
public:
    Reconciler(ReconciliationSources sources, const ReconciliationOptions& options,
               domain::ProgressObserver* progress)
        : m_sources(std::move(sources)), m_options(options), m_progress(progress) {}

    ReconciliationReport Run() {
        const auto started = std::chrono::steady_clock::now();
        StreamAuditTrail();
        CheckCheckpoint();
        CompareRecords();
        SumMoney();
        VerifyDecisions();
        m_report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        return std::move(m_report);
    }

private:
    void Add(ReconciliationFinding finding) {
        if (++m_per_kind[finding.kind] > m_options.findings_per_kind) {
            ++m_report.findings_left_out;
            return;
        }
        m_report.findings.push_back(std::move(finding));
    }

    void CheckCancelled() {
        if (m_progress && m_progress->CancelRequested())
            throw domain::DomainError(domain::ErrorCode::Cancelled,
                                      {"Đã dừng đối soát.", "Reconciliation stopped."});
    }

    // One pass, a page at a time: the chain, the times, and what each record's latest image says.
    void StreamAuditTrail() {
        domain::AuditChainChecker chain(signing::Sha256Hex);
        std::int64_t after = 0, latest_at = 0, latest_at_seq = 0, head = 0;
        {
            auto tx = m_sources.store.Begin(domain::TransactionMode::Read);
            const auto latest = tx->Audit().Latest(1);
            head = latest.empty() ? 0 : latest.front().seq;
        }
        for (;;) {
            std::vector<domain::AuditEntry> page;
            {
                auto tx = m_sources.store.Begin(domain::TransactionMode::Read);
                page = tx->Audit().ListAfter(after, kPage);
            }
            if (page.empty()) break;
            for (const auto& entry : page) {
                chain.Feed(entry);
                if (latest_at_seq != 0 && entry.at_unix + m_options.clock_tolerance_seconds < latest_at)
                    Add({"audit_time",
                         "audit_entry",
                         entry.seq,
                         "at",
                         IsoTime(entry.at_unix),
                         IsoTime(latest_at),
                         {"Thời gian nhật ký chạy lùi: mục " + std::to_string(entry.seq) + " ghi " +
                              IsoTime(entry.at_unix) + ", sớm hơn mục " + std::to_string(latest_at_seq) +
                              " (" + IsoTime(latest_at) + ").",
                          "Audit time runs backwards: entry " + std::to_string(entry.seq) + " says " +
                              IsoTime(entry.at_unix) + ", earlier than entry " +
                              std::to_string(latest_at_seq) + " (" + IsoTime(latest_at) + ")."}});
                if (entry.at_unix >= latest_at) {
                    latest_at = entry.at_unix;
                    latest_at_seq = entry.seq;
                }
                Take(entry);
                after = entry.seq;
                ++m_report.audit_entries;
            }
            if (m_progress)
                m_progress->Progress(static_cast<std::size_t>(after), static_cast<std::size_t>(head));
            CheckCancelled();
        }
        m_report.audit_head_seq = after;
        if (const auto& broken = chain.Break())
            Add({"audit_chain",
                 "audit_entry",
                 broken->seq,
                 "hash",
                 "",
                 "",
                 {"Chuỗi băm của nhật ký đứt ở mục " + std::to_string(broken->seq) + " (" + broken->reason +
                      "): " + broken->explanation.vi,
                  "The audit trail's hash chain breaks at entry " + std::to_string(broken->seq) + " (" +
                      broken->reason + "): " + broken->explanation.en}});
        if (m_enterprise_import_seq != 0)
            m_report.notes.push_back(
                {"Doanh nghiệp nhập theo tệp (mục nhật ký " + std::to_string(m_enterprise_import_seq) +
                     " là lần nhập gần nhất) không có ảnh từng bản ghi: chỉ doanh nghiệp được tạo hoặc sửa "
                     "từng cái sau lần nhập đó mới được so.",
                 "Enterprises imported from a file (the latest import is audit entry " +
                     std::to_string(m_enterprise_import_seq) +
                     ") have no per-record image: only enterprises created or edited one by one since that "
                     "import are compared."});
    }

    void Take(const domain::AuditEntry& entry) {
        if (entry.action == "enterprise.import") {
            // One entry for a whole file: every enterprise image before it may be out of date.
            std::erase_if(m_images, [](const auto& item) { return item.first.first == "enterprise"; });
            m_enterprise_import_seq = entry.seq;
            return;
        }
        if (entry.action == "application.disburse") {
            const auto after = Json::parse(entry.after, nullptr, false);
            if (after.is_object()) {
                auto& paid = m_audited_payments[entry.entity_id];
                paid.first += Dong(after.value("amount", Json()));
                ++paid.second;
            }
            return;
        }
        if (entry.action == "task.tranche.pay") {
            const auto after = Json::parse(entry.after, nullptr, false);
            if (after.is_object() && Str(after, "status") == "paid")
                m_audited_tranches[entry.entity_id] += Dong(after.value("amount", Json()));
            return;
        }
        if (entry.entity == "user" && entry.action == "user.rehash_password") {
            // A partial image: the new hash's commitment, merged into the user's last whole image.
            const auto it = m_images.find({"user", entry.entity_id});
            const auto after = Json::parse(entry.after, nullptr, false);
            const std::string field(domain::kPasswordCommitmentField);
            if (it != m_images.end() && after.is_object() && after.contains(field)) {
                auto image = Json::parse(it->second.after, nullptr, false);
                if (image.is_object()) {
                    image[field] = after[field];
                    it->second = {entry.seq, image.dump()};
                }
            }
            return;
        }
        if (!TableOf(entry.entity) || !RecordsWholeImage(entry)) return;
        if (entry.after != "null") {
            // Only an image of this very record (its id) is taken as one.
            const auto after = Json::parse(entry.after, nullptr, false);
            if (!after.is_object() || Int(after, "id") != entry.entity_id) return;
        }
        m_images[{entry.entity, entry.entity_id}] = {entry.seq, entry.after};
    }

    void CheckCheckpoint() {
        const auto folder =
            m_options.checkpoint_folder.empty() ? CheckpointFolder() : m_options.checkpoint_folder;
        m_report.checkpoint = VerifyCheckpoint(folder, m_sources.target, m_sources.store, m_sources.verifier);
        if (m_report.checkpoint.Failed())
            Add({"checkpoint", "audit_entry", m_report.checkpoint.seq, "hash", "", m_report.checkpoint.hash,
                 m_report.checkpoint.explanation});
        else if (m_report.checkpoint.state == CheckpointState::None)
            m_report.notes.push_back(m_report.checkpoint.explanation);
    }

    // The stored rows of one table as the services would record them now, for the ids wanted (all
    // when `ids` is empty and the table must be audited row by row).
    std::map<std::int64_t, std::string> StoredViews(const Table& table,
                                                    const std::vector<std::int64_t>& ids) {
        std::map<std::int64_t, std::string> views;
        auto tx = m_sources.store.Begin(domain::TransactionMode::Read);
        const auto put = [&](std::int64_t id, const domain::JsonValue& view) {
            views[id] = view.Canonical();
        };
        const std::string_view e = table.entity;
        if (e == "user") {
            for (const auto& user : tx->Users().List()) put(user.id, domain::AuditView(user));
        } else if (e == "trust_item") {
            for (const auto& item : tx->Settings().ListTrustItems()) put(item.id, TrustView(item));
        } else if (e == "decision") {
            domain::DecisionFilter filter;
            filter.limit = kAll;
            for (const auto& decision : tx->Decisions().List(filter))
                put(decision.id, domain::AuditView(decision));
        } else if (e == "application") {
            domain::ApplicationFilter filter;
            filter.limit = kAll;
            for (const auto& application : tx->Applications().List(filter))
                put(application.id, domain::AuditView(application));
        } else if (e == "budget_envelope" || e == "programme") {
            for (const auto& programme : tx->Programmes().List()) {
                if (e == "programme")
                    put(programme.id, domain::AuditView(programme));
                else
                    for (const auto& envelope : tx->Programmes().ListEnvelopes(programme.id))
                        put(envelope.id, domain::AuditView(envelope));
            }
        } else if (e == "voucher") {
            domain::VoucherFilter filter;
            filter.limit = kAll;
            for (const auto& voucher : tx->Vouchers().List(filter))
                put(voucher.id, domain::AuditView(voucher));
        } else if (e == "organisation") {
            for (const auto& organisation : tx->Organisations().List())
                put(organisation.id, domain::AuditView(organisation));
        } else if (e == "enterprise") {
            for (std::size_t i = 0; i < ids.size(); i += kBatch) {
                const std::vector<std::int64_t> batch(
                    ids.begin() + static_cast<std::ptrdiff_t>(i),
                    ids.begin() + static_cast<std::ptrdiff_t>(std::min(ids.size(), i + kBatch)));
                for (const auto& enterprise : tx->Enterprises().FindByIds(batch))
                    put(enterprise.id, domain::AuditView(enterprise));
            }
        } else if (e == "task") {
            for (const auto id : ids)
                if (const auto task = tx->Tasks().FindById(id)) put(task->id, domain::AuditView(*task));
        }
        return views;
    }

    void CompareRecords() {
        for (const auto& table : kTables) {
            std::vector<std::int64_t> ids;
            for (const auto& [key, image] : m_images)
                if (key.first == table.entity) ids.push_back(key.second);
            const auto stored = StoredViews(table, ids);
            for (const auto id : ids) {
                const Image& image = m_images.at({std::string(table.entity), id});
                const auto row = stored.find(id);
                if (image.after == "null") {
                    if (row != stored.end())
                        Add({"row_deleted_present",
                             std::string(table.table),
                             id,
                             "",
                             row->second,
                             "null",
                             {Name(table, id) + " vẫn còn, nhưng nhật ký (mục " + std::to_string(image.seq) +
                                  ") ghi là đã xóa.",
                              Name(table, id) + " is still there, but the audit trail (entry " +
                                  std::to_string(image.seq) + ") says it was deleted."}});
                    continue;
                }
                if (row == stored.end()) {
                    Add({"row_missing",
                         std::string(table.table),
                         id,
                         "",
                         "",
                         image.after,
                         {Name(table, id) + " không còn trong CSDL, nhưng nhật ký (mục " +
                              std::to_string(image.seq) + ") không ghi việc xóa nó.",
                          Name(table, id) + " is gone from the database, but the audit trail (entry " +
                              std::to_string(image.seq) + ") records no deletion."}});
                    continue;
                }
                Compare(table, id, image, row->second);
            }
            if (!table.every_row_audited) continue;
            for (const auto& [id, view] : stored)
                if (!m_images.contains({std::string(table.entity), id}))
                    Add({"row_unaudited",
                         std::string(table.table),
                         id,
                         "",
                         view,
                         "",
                         {Name(table, id) + " không có mục nhật ký nào ghi nó: nó được thêm ngoài InnoDesk.",
                          Name(table, id) +
                              " is recorded by no audit entry: it was added outside InnoDesk."}});
        }
    }

    static std::string Name(const Table& table, std::int64_t id) {
        return std::string(table.table) + " " + std::to_string(id);
    }

    void Compare(const Table& table, std::int64_t id, const Image& image, const std::string& stored_text) {
        const auto audited = Json::parse(image.after, nullptr, false);
        const auto stored = Json::parse(stored_text, nullptr, false);
        ++m_report.records_compared;
        const auto mismatch = [&](const std::string& field, const Json& now, const Json& then) {
            Add({"field_changed",
                 std::string(table.table),
                 id,
                 field,
                 now.dump(),
                 then.dump(),
                 {Name(table, id) + ", trường " + field + ": CSDL ghi " + now.dump() + ", nhật ký (mục " +
                      std::to_string(image.seq) + ") ghi " + then.dump() + ".",
                  Name(table, id) + ", field " + field + ": stored " + now.dump() +
                      ", the audit trail (entry " + std::to_string(image.seq) + ") says " + then.dump() +
                      "."}});
        };
        for (const auto& [field, then] : audited.items()) {
            ++m_report.fields_compared;
            const auto now = stored.contains(field) ? stored.at(field) : Json();
            if (now != then) mismatch(field, now, then);
        }
        for (const auto& [field, now] : stored.items()) {
            if (audited.contains(field)) continue;
            if (AbsentMeansUnset(field)) {
                ++m_report.fields_compared;
                if (!now.is_null()) mismatch(field, now, Json());
            } else {
                ++m_uncovered[std::string(table.table) + "." + field];
            }
        }
    }

    void SumMoney() {
        const auto application_codes = CommittingCodes(domain::ApplicationLifecycle().states);
        const auto voucher_codes = CommittingCodes(domain::VoucherLifecycle().states);
        const auto task_codes = CommittingCodes(domain::TaskLifecycle().states);
        struct Sums {
            std::int64_t committed = 0, disbursed = 0;
        };
        std::map<std::int64_t, Sums> audited_envelopes;
        auto tx = m_sources.store.Begin(domain::TransactionMode::Read);
        for (const auto& [key, image] : m_images) {
            if (image.after == "null") continue;
            const auto view = Json::parse(image.after, nullptr, false);
            const auto envelope = Int(view, "envelope_id");
            const std::string state = Str(view, "state");
            if (key.first == "application") {
                const auto [paid, count] = m_audited_payments[key.second];
                const auto payments = tx->Applications().Disbursements(key.second);
                std::int64_t stored_paid = 0;
                for (const auto& payment : payments) stored_paid += payment.amount.Dong();
                ++m_report.applications_summed;
                if (stored_paid != paid || static_cast<std::int64_t>(payments.size()) != count)
                    Add({"disbursements",
                         "disbursement",
                         key.second,
                         "amount",
                         std::to_string(stored_paid),
                         std::to_string(paid),
                         {"Hồ sơ " + std::to_string(key.second) +
                              ": các khoản giải ngân trong CSDL cộng lại " + std::to_string(stored_paid) +
                              " đồng (" + std::to_string(payments.size()) + " khoản), nhật ký ghi " +
                              std::to_string(paid) + " đồng (" + std::to_string(count) + " khoản).",
                          "Application " + std::to_string(key.second) + ": the payments stored add up to " +
                              std::to_string(stored_paid) + " đồng (" + std::to_string(payments.size()) +
                              " payments), the audit trail records " + std::to_string(paid) + " đồng (" +
                              std::to_string(count) + " payments)."}});
                if (!envelope || !view.contains("approved_amount") || view["approved_amount"].is_null())
                    continue;
                auto& sums = audited_envelopes[*envelope];
                sums.committed += application_codes.contains(state) && state != "closed"
                                      ? Dong(view["approved_amount"])
                                      : paid;
                sums.disbursed += paid;
            } else if (key.first == "voucher" && envelope) {
                if (!voucher_codes.contains(state)) continue;
                auto& sums = audited_envelopes[*envelope];
                const bool reimbursed = state == "reimbursed";
                sums.committed += Dong(view.value(reimbursed ? "reimbursed_amount" : "state_share", Json()));
                if (reimbursed) sums.disbursed += Dong(view.value("reimbursed_amount", Json()));
            } else if (key.first == "task" && envelope) {
                auto& sums = audited_envelopes[*envelope];
                const std::int64_t paid = m_audited_tranches[key.second];
                sums.committed +=
                    task_codes.contains(state) ? Dong(view.value("state_budget", Json())) : paid;
                sums.disbursed += paid;
            }
        }
        for (const auto& programme : tx->Programmes().List())
            for (const auto& envelope : tx->Programmes().ListEnvelopes(programme.id)) {
                const auto balance = tx->Programmes().Balance(envelope.id);
                const Sums audited = audited_envelopes[envelope.id];
                ++m_report.envelopes_summed;
                const auto check = [&](const char* kind, const char* field, std::int64_t stored,
                                       std::int64_t said, const char* vi, const char* en) {
                    if (stored == said) return;
                    Add({kind,
                         "budget_envelope",
                         envelope.id,
                         field,
                         std::to_string(stored),
                         std::to_string(said),
                         {"Dự toán " + std::to_string(envelope.id) + ": " + vi +
                              " theo các bản ghi trong CSDL là " + std::to_string(stored) +
                              " đồng, theo nhật ký là " + std::to_string(said) + " đồng.",
                          "Budget envelope " + std::to_string(envelope.id) + ": " + en +
                              " by the stored records " + std::to_string(stored) +
                              " đồng, by the audit trail " + std::to_string(said) + " đồng."}});
                };
                check("envelope_committed", "committed", balance.committed.Dong(), audited.committed,
                      "đã cam kết", "committed");
                check("envelope_disbursed", "disbursed", balance.disbursed.Dong(), audited.disbursed,
                      "đã giải ngân", "disbursed");
            }
    }

    void VerifyDecisions() {
        domain::DecisionFilter filter;
        filter.limit = kAll;
        for (const auto& decision : m_sources.decisions.List(filter)) {
            const auto verification = m_sources.decisions.Verify(decision, m_sources.verifier);
            ++m_report.decisions_verified;
            if (!verification.Failed()) continue;
            const auto& d = verification.decision;
            Add({"signature",
                 "decision",
                 d.id,
                 "signature",
                 domain::ReasonCode(verification.reason),
                 "valid",
                 {"Quyết định " + d.number + " (id " + std::to_string(d.id) + "): chữ ký không hợp lệ (" +
                      domain::ReasonCode(verification.reason) + "): " + verification.explanation.vi,
                  "Decision " + d.number + " (id " + std::to_string(d.id) +
                      "): the signature does not hold (" + domain::ReasonCode(verification.reason) +
                      "): " + verification.explanation.en}});
            CheckCancelled();
        }
        for (const auto& [field, count] : m_uncovered)
            m_report.notes.push_back(
                {field + ": " + std::to_string(count) +
                     " bản ghi có mục nhật ký gần nhất ghi trước khi trường này được ghi vào nhật ký; trường "
                     "này "
                     "không được so.",
                 field + ": " + std::to_string(count) +
                     " records whose latest audit entry predates this field in the trail; the field is not "
                     "compared."});
    }

    ReconciliationSources m_sources;
    const ReconciliationOptions& m_options;
    domain::ProgressObserver* m_progress;
    ReconciliationReport m_report;
    std::map<std::string, std::size_t> m_per_kind;
    std::map<RecordKey, Image> m_images;
    std::map<std::int64_t, std::pair<std::int64_t, std::int64_t>> m_audited_payments;  // sum, count
    std::map<std::int64_t, std::int64_t> m_audited_tranches;
    std::map<std::string, std::int64_t> m_uncovered;
    std::int64_t m_enterprise_import_seq = 0;
};

}  // namespace

ReconciliationReport Reconcile(ReconciliationSources sources, const ReconciliationOptions& options,
                               domain::ProgressObserver* progress) {
    return Reconciler(std::move(sources), options, progress).Run();
}

ReconciliationReport Reconcile(Workspace& workspace, const ReconciliationOptions& options,
                               domain::ProgressObserver* progress) {
    const auto verifier = workspace.VerifierForDisplay();
    return Reconcile({workspace.Store(), workspace.Target(), workspace.Decisions(), *verifier}, options,
                     progress);
}

}  // namespace innodesk::app
