// The unit of work: every read and write of a service happens inside one Transaction, and
// nothing is kept unless Commit() is called. A transaction begun while another is open on the
// same store nests inside it: kept only if the outer one commits, undone alone if it fails.
#pragma once

#include "admin_repositories.h"
#include "duty_receipt_repository.h"
#include "issued_report.h"
#include "plan_repositories.h"
#include "records_repositories.h"
#include "repositories.h"
#include "task_repositories.h"
#include "work_item_progress_repository.h"

#include <memory>
#include <string>

namespace innodesk::domain {

class Transaction {
public:
    virtual ~Transaction() = default;  // rolls back unless committed
    virtual EnterpriseRepository& Enterprises() = 0;
    virtual ProgrammeRepository& Programmes() = 0;
    virtual ApplicationRepository& Applications() = 0;
    virtual DecisionRepository& Decisions() = 0;
    virtual VoucherRepository& Vouchers() = 0;
    virtual ReviewRepository& Reviews() = 0;
    virtual IpFilingRepository& IpFilings() = 0;
    virtual TrainingRepository& Training() = 0;
    virtual OutcomeRepository& Outcomes() = 0;
    virtual UserRepository& Users() = 0;
    virtual AuditRepository& Audit() = 0;
    virtual SettingsRepository& Settings() = 0;
    virtual PlanRepository& Plans() = 0;
    virtual MetricRepository& Metrics() = 0;
    virtual TaskRepository& Tasks() = 0;
    virtual OrganisationRepository& Organisations() = 0;
    virtual WorkItemProgressRepository& WorkItemProgress() = 0;
    virtual DutyReceiptRepository& DutyReceipts() = 0;
    virtual IssuedReportRepository& IssuedReports() = 0;
    virtual void Commit() = 0;
};

enum class TransactionMode { Read, Write };

class Store {
public:
    virtual ~Store() = default;
    virtual std::unique_ptr<Transaction> Begin(TransactionMode mode) = 0;
    // "SQLite /home/an/.local/share/innodesk/innodesk.db" or "PostgreSQL db@host", for status bars.
    virtual std::string Describe() const = 0;
};

}  // namespace innodesk::domain
