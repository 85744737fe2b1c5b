// The decisions' planner: batches, amounts within caps and budget, signing.
#include "demo/decision_planner.h"

#include "demo/amounts.h"
#include "demo/names.h"
#include "domain/errors.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace innodesk::demo {

using namespace domain;  // the planners speak the domain's language throughout

namespace {

class DecisionPlanner {
public:
    explicit DecisionPlanner(DemoRun& run) : m_run(run) {}

    void DecideApplications() {
        // The signers are the approvers given to the run now; these draws stay so that a seed
        // still gives the same data as before they were.
        PersonName(false, m_run.random);
        PersonName(false, m_run.random);
        PersonName(m_run.random.Chance(0.5), m_run.random);
        m_decision_number = 100 + m_run.random.Between(0, 60);

        std::vector<std::size_t> approvals, refusals;
        for (std::size_t i = 0; i < m_run.plans.size(); ++i) {
            if (m_run.plans[i].verdict == Verdict::Approve) approvals.push_back(i);
            if (m_run.plans[i].verdict == Verdict::Refuse) refusals.push_back(i);
        }
        m_run.meter.Advance(m_run.plans.size() - approvals.size() - refusals.size());

        // Approval and refusal decisions interleaved, dated from April to September.
        auto approval_chunks = Chunks(approvals);
        auto refusal_chunks = Chunks(refusals);
        const std::size_t decision_count = approval_chunks.size() + refusal_chunks.size();
        const CalendarDate first = CalendarDate::FromYmd(m_run.spec.year, 4, 1);
        const int span = first.DaysUntil(CalendarDate::FromYmd(m_run.spec.year, 9, 30));
        std::size_t next_approval = 0, next_refusal = 0;
        std::vector<std::size_t> late_refusals;
        for (std::size_t n = 0; n < decision_count; ++n) {
            const CalendarDate date = first.AddDays(static_cast<int>(
                static_cast<std::int64_t>(n) * span / static_cast<std::int64_t>(decision_count)));
            const std::size_t approvals_left = approval_chunks.size() - next_approval;
            const std::size_t refusals_left = refusal_chunks.size() - next_refusal;
            const bool approve =
                refusals_left == 0 ||
                (approvals_left > 0 && m_run.random.Below(approvals_left + refusals_left) < approvals_left);
            if (!approve) {
                const auto& chunk = refusal_chunks[next_refusal++];
                DecideRefusals(chunk, date);
                m_run.meter.Advance(chunk.size());
                continue;
            }
            const auto& chunk = approval_chunks[next_approval++];
            DecideApprovals(chunk, date, late_refusals);
            m_run.meter.Advance(chunk.size());
        }
        // Those the caps or the budget left out are refused, as a leader would.
        const CalendarDate last = CalendarDate::FromYmd(m_run.spec.year, 10, 5);
        for (const auto& chunk : Chunks(late_refusals)) {
            for (const std::size_t index : chunk) m_run.plans[index].verdict = Verdict::Refuse;
            DecideRefusals(chunk, last);
        }
    }

private:
    // One approval decision for the batch, each amount fitted to the caps and the envelope; those
    // with too little left go to `late_refusals`.
    void DecideApprovals(const std::vector<std::size_t>& chunk, const CalendarDate& date,
                         std::vector<std::size_t>& late_refusals) {
        Decision decision = NewDecision(DecisionKind::Approval, date);
        std::vector<std::size_t> granted;
        // Earlier items of the same decision count against the family's ceiling and the envelope.
        std::map<FamilyKey, Money> pending_family;
        std::map<std::pair<int, SupportContent>, Money> pending_budget;
        for (const std::size_t index : chunk) {
            const PlannedApplication& plan = m_run.plans[index];
            const FamilyKey key{m_run.enterprises[plan.enterprise].family, plan.year, plan.content};
            const std::pair<int, SupportContent> envelope{plan.year, plan.content};
            const Money already = FamilyApproved(key) + pending_family[key];
            const Money available = m_run.budget.at(envelope).remaining - pending_budget[envelope];
            const auto amount = FitApproval(plan, already, available);
            if (!amount) {
                late_refusals.push_back(index);
                continue;
            }
            pending_family[key] += *amount;
            pending_budget[envelope] += *amount;
            decision.items.push_back({plan.id, *amount});
            granted.push_back(index);
        }
        if (!granted.empty()) Decide(decision, granted, late_refusals);
    }

    const DemoApprover& Signer() {
        const double roll = m_run.random.Unit();
        const auto& approvers = m_run.actors.approvers;
        if (roll < 0.3 || approvers.size() == 1) return approvers.front();
        return approvers[1 + static_cast<std::size_t>((roll - 0.3) / 0.7 *
                                                      static_cast<double>(approvers.size() - 1)) %
                                 (approvers.size() - 1)];
    }

    // Drafted by the officer, then signed (and so issued) by the approver named on it.
    void Issue(const Decision& decision) {
        const DemoApprover* approver = &m_run.actors.approvers.front();
        for (const auto& candidate : m_run.actors.approvers)
            if (candidate.title_and_name == decision.signer_name) approver = &candidate;
        const auto drafted = m_run.decision_service.Draft(decision, m_run.actor);
        m_run.decision_service.Sign(drafted.decision.id, *approver->signer, *m_run.actors.verifier,
                                    approver->actor, approver->document);
    }

    std::string NextDecisionNumber() {
        for (;;) {
            m_decision_number +=
                m_run.random.Between(1, 6);  // the department's other decisions fall in between
            std::string number = std::to_string(m_decision_number) + "/QĐ-SKHCN";
            if (!m_run.outer->Decisions().FindByNumber(number)) return number;
        }
    }

    Decision NewDecision(DecisionKind kind, const CalendarDate& date) {
        Decision decision;
        decision.number = NextDecisionNumber();
        decision.date = date;
        decision.kind = kind;
        decision.legal_basis = std::string(m_run.random.Pick(LegalBases()));
        decision.legal_basis += "; Biên bản họp Hội đồng tư vấn xét chọn ngày " +
                                LegalDate(date.AddDays(-m_run.random.Between(5, 15)));
        decision.signer_name = Signer().title_and_name;
        decision.conditions =
            kind == DecisionKind::Approval
                ? "Đơn vị chủ trì thực hiện đúng nội dung, tiến độ và cam kết đối ứng kinh phí; "
                  "báo cáo kết quả theo quy định của Chương trình."
                : "Hồ sơ chưa đáp ứng tiêu chí xét chọn của Chương trình theo ý kiến Hội đồng tư vấn.";
        return decision;
    }

    using FamilyKey = std::tuple<std::string, int, SupportContent>;

    // What the enterprise family already has approved for the content and year.
    Money FamilyApproved(const FamilyKey& key) {
        const auto found = m_family_approved.find(key);
        if (found != m_family_approved.end()) return found->second;
        Money prior;
        if (!m_run.programme_created)
            prior = m_run.outer->Applications().ApprovedForFamily(std::get<0>(key), m_run.programme.id,
                                                                  std::get<1>(key), std::get<2>(key), 0);
        m_family_approved.emplace(key, prior);
        return prior;
    }

    // The largest amount up to the desired one that the caps and the envelope allow, checked
    // with the same rule the service applies; nullopt when too little is left to be worth it.
    std::optional<Money> FitApproval(const PlannedApplication& plan, Money already, Money available) {
        const SupportCap& cap = m_run.caps.at(plan.content);
        std::int64_t limit = plan.desired_approval.Dong();
        if (!cap.ceiling_per_contract.IsZero()) limit = std::min(limit, cap.ceiling_per_contract.Dong());
        if (!cap.ceiling_per_enterprise_year.IsZero())
            limit = std::min(limit, (cap.ceiling_per_enterprise_year - already).Dong());
        limit = FloorTo(std::min(limit, available.Dong()), kThousand);
        if (limit < kMinimumApproval) return std::nullopt;
        Application application;
        application.year = plan.year;
        application.content = plan.content;
        application.requested_amount = plan.requested;
        application.co_funding_amount = plan.co_funding;
        RequireWithinCap(cap, application, Dong(limit), already);  // a failure here is a generator bug
        return Dong(limit);
    }

    // Records the decision. Should the service still refuse an approval for a cap or the budget,
    // the savepoint has undone the whole decision: it is recorded again item by item, each with
    // a smaller amount until it passes, or refused when too little is left.
    void Decide(const Decision& decision, const std::vector<std::size_t>& plans,
                std::vector<std::size_t>& late_refusals) {
        try {
            Issue(decision);
        } catch (const DomainError& error) {
            if (!IsLimit(error) || decision.kind != DecisionKind::Approval) throw;
            for (std::size_t i = 0; i < plans.size(); ++i) {
                Decision single = decision;
                single.items = {decision.items[i]};
                if (i > 0) single.number = NextDecisionNumber();  // the first keeps the number, never stored
                DecideAlone(std::move(single), plans[i], late_refusals);
            }
            return;
        }
        for (std::size_t i = 0; i < plans.size(); ++i) {
            if (decision.kind == DecisionKind::Approval) Commit(plans[i], decision.items[i].approved_amount);
            m_run.plans[plans[i]].decided_on = decision.date;
        }
        ++m_run.summary.decisions;
    }

    void DecideAlone(Decision decision, std::size_t plan, std::vector<std::size_t>& late_refusals) {
        for (;;) {
            try {
                Issue(decision);
                Commit(plan, decision.items.front().approved_amount);
                m_run.plans[plan].decided_on = decision.date;
                ++m_run.summary.decisions;
                return;
            } catch (const DomainError& error) {
                if (!IsLimit(error)) throw;
            }
            const Money smaller = Dong(FloorTo(decision.items.front().approved_amount.Dong() / 2, kThousand));
            if (smaller.Dong() < kMinimumApproval) {
                late_refusals.push_back(plan);
                return;
            }
            decision.items.front().approved_amount = smaller;
        }
    }

    static bool IsLimit(const DomainError& error) {
        return error.Code() == ErrorCode::CapExceeded || error.Code() == ErrorCode::BudgetExceeded;
    }

    void Commit(std::size_t index, Money amount) {
        PlannedApplication& plan = m_run.plans[index];
        plan.approved = amount;
        m_run.budget.at({plan.year, plan.content}).remaining -= amount;
        m_family_approved[{m_run.enterprises[plan.enterprise].family, plan.year, plan.content}] += amount;
    }

    std::vector<std::vector<std::size_t>> Chunks(const std::vector<std::size_t>& items) {
        std::vector<std::vector<std::size_t>> chunks;
        for (std::size_t i = 0; i < items.size();) {
            const std::size_t size =
                std::min(items.size() - i, static_cast<std::size_t>(m_run.random.Between(1, 10)));
            chunks.emplace_back(items.begin() + static_cast<std::ptrdiff_t>(i),
                                items.begin() + static_cast<std::ptrdiff_t>(i + size));
            i += size;
        }
        return chunks;
    }

    void DecideRefusals(const std::vector<std::size_t>& plans, const CalendarDate& date) {
        Decision decision = NewDecision(DecisionKind::Refusal, date);
        for (const std::size_t index : plans) decision.items.push_back({m_run.plans[index].id, Money()});
        std::vector<std::size_t> none;
        Decide(decision, plans, none);
    }

    DemoRun& m_run;
    int m_decision_number = 0;
    std::map<FamilyKey, Money> m_family_approved;
};

}  // namespace

void DecideApplications(DemoRun& run) {
    DecisionPlanner(run).DecideApplications();
}

}  // namespace innodesk::demo
