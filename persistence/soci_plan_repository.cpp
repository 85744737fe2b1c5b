// Plans, their targets, reporting duties, work items and rubric, and manual indicator values in SQL.
#include "bound_query.h"
#include "soci_repositories.h"
#include "storage_errors.h"
#include "stored_values.h"

namespace innodesk::persistence {
namespace {

// What a database failure in this file stopped, for StorageError's "Không thể …" / "Cannot …".
constexpr std::string_view kDoingVi = "đọc hoặc ghi kế hoạch";
constexpr std::string_view kDoingEn = "read or write plans";

// Monitoring units in one column: one unit a line, its Vietnamese and English names separated
// by a tab. Cleaned labels hold neither tabs nor line breaks.
std::string JoinUnits(const std::vector<domain::LocalisedText>& units) {
    std::string out;
    for (const auto& unit : units) out += (out.empty() ? "" : "\n") + unit.vi + "\t" + unit.en;
    return out;
}

std::vector<domain::LocalisedText> SplitUnits(const std::string& text) {
    std::vector<domain::LocalisedText> units;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        const std::string line = text.substr(start, end - start);
        const std::size_t tab = line.find('\t');
        units.push_back(tab == std::string::npos
                            ? domain::LocalisedText{line, line}
                            : domain::LocalisedText{line.substr(0, tab), line.substr(tab + 1)});
        start = end + 1;
    }
    return units;
}

void DeleteChildren(soci::session& session, long long plan_id) {
    session << "DELETE FROM plan_target WHERE plan_id = :p", soci::use(plan_id);
    session << "DELETE FROM plan_duty WHERE plan_id = :p", soci::use(plan_id);
    session << "DELETE FROM plan_work_item WHERE plan_id = :p", soci::use(plan_id);
    session << "DELETE FROM plan_criterion WHERE plan_id = :p", soci::use(plan_id);
}

}  // namespace

domain::PlanId SociPlanRepository::Replace(const domain::Plan& plan) try {
    long long id = 0;
    soci::indicator found = soci::i_null;
    m_session << "SELECT id FROM plan WHERE code = :c", soci::use(plan.code), soci::into(id, found);
    int threshold = plan.rubric_threshold.value_or(0);
    soci::indicator threshold_ind = plan.rubric_threshold ? soci::i_ok : soci::i_null;
    long long version = plan.version;
    long long now = NowUnix();
    int first = plan.first_year, last = plan.last_year;
    std::string tolerance = plan.about_tolerance.Code();
    if (found == soci::i_ok) {
        DeleteChildren(m_session, id);
        m_session
            << "UPDATE plan SET title_vi = :tv, title_en = :te, document = :d, programme_code = :pc, "
               "province = :pr, about_tolerance = :tol, first_year = :f, last_year = :l, rubric_threshold = "
               ":rt, source_text = :s, version = :v, imported_at = :at WHERE id = :id",
            soci::use(plan.title.vi), soci::use(plan.title.en), soci::use(plan.document),
            soci::use(plan.programme_code), soci::use(plan.province), soci::use(tolerance), soci::use(first),
            soci::use(last), soci::use(threshold, threshold_ind), soci::use(plan.source_text),
            soci::use(version), soci::use(now), soci::use(id);
    } else {
        m_session
            << "INSERT INTO plan (code, title_vi, title_en, document, programme_code, province, "
               "about_tolerance, first_year, last_year, rubric_threshold, source_text, version, imported_at) "
               "VALUES (:c, :tv, :te, :d, :pc, :pr, :tol, :f, :l, :rt, :s, :v, :at) RETURNING id",
            soci::use(plan.code), soci::use(plan.title.vi), soci::use(plan.title.en),
            soci::use(plan.document), soci::use(plan.programme_code), soci::use(plan.province),
            soci::use(tolerance), soci::use(first), soci::use(last), soci::use(threshold, threshold_ind),
            soci::use(plan.source_text), soci::use(version), soci::use(now), soci::into(id);
    }
    int position = 0;
    for (const auto& t : plan.targets) {
        ++position;
        std::string kind = CodeOf(domain::TargetKinds(), t.kind);
        std::string form = CodeOf(domain::BoundForms(), t.bound.form);
        std::string cooperating = JoinUnits(t.cooperating_units);
        std::string monitoring = JoinUnits(t.monitoring_units);
        std::string metric = t.metric ? t.metric->Code() : std::string();
        double min = t.bound.min, max = t.bound.max;
        int per_year = t.per_year ? 1 : 0, line = t.line, due_year = t.due_year.value_or(0);
        soci::indicator due_ind = t.due_year ? soci::i_ok : soci::i_null;
        m_session
            << "INSERT INTO plan_target (plan_id, position, code, stt, label_vi, label_en, kind, bound_form, "
               "bound_min, bound_max, quality_vi, quality_en, unit_vi, unit_en, lead_vi, lead_en, "
               "cooperating, "
               "monitoring, source, metric, per_year, due_year, line) VALUES (:p, :pos, :c, :stt, :lv, :le, "
               ":k, :bf, :mn, :mx, :qv, :qe, :uv, :ue, :lev, :lee, :co, :m, :s, :me, :py, :by, :ln)",
            soci::use(id), soci::use(position), soci::use(t.code), soci::use(t.stt), soci::use(t.label.vi),
            soci::use(t.label.en), soci::use(kind), soci::use(form), soci::use(min), soci::use(max),
            soci::use(t.bound.quality.vi), soci::use(t.bound.quality.en), soci::use(t.unit.vi),
            soci::use(t.unit.en), soci::use(t.lead_unit.vi), soci::use(t.lead_unit.en),
            soci::use(cooperating), soci::use(monitoring), soci::use(t.source), soci::use(metric),
            soci::use(per_year), soci::use(due_year, due_ind), soci::use(line);
    }
    position = 0;
    for (const auto& r : plan.reports) {
        ++position;
        // A duty built without a code is numbered by its position, as plan files number theirs.
        std::string code = r.code.empty() ? "R" + std::to_string(position) : r.code;
        std::string rule = CodeOf(domain::ReportRules(), r.rule);
        std::string recipient = CodeOf(domain::ReportRecipients(), r.to);
        std::string due = r.date ? r.date->Iso() : std::string();
        soci::indicator due_ind = r.date ? soci::i_ok : soci::i_null;
        int month = r.month, day = r.day, line = r.line;
        m_session << "INSERT INTO plan_duty (plan_id, position, code, label_vi, label_en, from_vi, from_en, "
                     "recipient, rule, month, day, due_on, source, line) "
                     "VALUES (:p, :pos, :c, :lv, :le, :fv, :fe, :to, :r, :m, :d, :due, :s, :ln)",
            soci::use(id), soci::use(position), soci::use(code), soci::use(r.label.vi), soci::use(r.label.en),
            soci::use(r.from.vi), soci::use(r.from.en), soci::use(recipient), soci::use(rule),
            soci::use(month), soci::use(day), soci::use(due, due_ind), soci::use(r.source), soci::use(line);
    }
    position = 0;
    for (const auto& w : plan.work_items) {
        ++position;
        std::string cooperating = JoinUnits(w.cooperating_units);
        std::string kind = CodeOf(domain::TimingKinds(), w.timing.kind);
        const auto due_date = w.timing.Due();
        std::string due = due_date ? due_date->Iso() : std::string();
        soci::indicator due_ind = due_date ? soci::i_ok : soci::i_null;
        int line = w.line;
        m_session
            << "INSERT INTO plan_work_item (plan_id, position, code, stt, section_vi, section_en, "
               "content_vi, content_en, lead_vi, lead_en, cooperating, monitoring_vi, monitoring_en, "
               "product_vi, product_en, timing, timing_kind, due_on, note, source, line) VALUES (:p, :pos, "
               ":c, :stt, :sv, :se, :cv, :ce, :lv, :le, :co, :mv, :me, :pv, :pe, :t, :tk, :due, :n, :s, :ln)",
            soci::use(id), soci::use(position), soci::use(w.code), soci::use(w.stt), soci::use(w.section.vi),
            soci::use(w.section.en), soci::use(w.content.vi), soci::use(w.content.en),
            soci::use(w.lead_unit.vi), soci::use(w.lead_unit.en), soci::use(cooperating),
            soci::use(w.monitoring_body.vi), soci::use(w.monitoring_body.en), soci::use(w.product.vi),
            soci::use(w.product.en), soci::use(w.timing.text), soci::use(kind), soci::use(due, due_ind),
            soci::use(w.note), soci::use(w.source), soci::use(line);
    }
    position = 0;
    for (const auto& c : plan.rubric) {
        ++position;
        int weight = c.criterion.weight, max_score = c.criterion.max_score,
            criterion_threshold = c.threshold.value_or(0);
        soci::indicator criterion_ind = c.threshold ? soci::i_ok : soci::i_null;
        m_session
            << "INSERT INTO plan_criterion (plan_id, position, code, label_vi, label_en, weight, max_score, "
               "threshold) VALUES (:p, :pos, :c, :lv, :le, :w, :m, :t)",
            soci::use(id), soci::use(position), soci::use(c.criterion.code), soci::use(c.criterion.label_vi),
            soci::use(c.criterion.label_en), soci::use(weight), soci::use(max_score),
            soci::use(criterion_threshold, criterion_ind);
    }
    return id;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

void SociPlanRepository::LoadChildren(domain::Plan& plan) try {
    const long long plan_id = plan.id;
    {
        std::string code, stt, lv, le, kind, form, qv, qe, uv, ue, lev, lee, cooperating, monitoring, source,
            metric;
        double min = 0, max = 0;
        int per_year = 0, due_year = 0, line = 0;
        soci::indicator due_ind = soci::i_null;
        BoundQuery q(
            m_session,
            "SELECT code, stt, label_vi, label_en, kind, bound_form, bound_min, bound_max, quality_vi, "
            "quality_en, unit_vi, unit_en, lead_vi, lead_en, cooperating, monitoring, source, metric, "
            "per_year, due_year, line FROM plan_target WHERE plan_id = :p ORDER BY position");
        q.Into(code)
            .Into(stt)
            .Into(lv)
            .Into(le)
            .Into(kind)
            .Into(form)
            .Into(min)
            .Into(max)
            .Into(qv)
            .Into(qe)
            .Into(uv)
            .Into(ue)
            .Into(lev)
            .Into(lee)
            .Into(cooperating)
            .Into(monitoring)
            .Into(source)
            .Into(metric)
            .Into(per_year)
            .Into(due_year, due_ind)
            .Into(line);
        q.Param(plan_id);
        q.Execute();
        while (q.Fetch()) {
            domain::Target t;
            t.code = code;
            t.stt = stt;
            t.label = {lv, le};
            t.kind = StoredEnum(domain::TargetKinds(), kind, "plan_target", plan_id);
            t.bound = {StoredEnum(domain::BoundForms(), form, "plan_target", plan_id), min, max, {qv, qe}};
            t.unit = {uv, ue};
            t.lead_unit = {lev, lee};
            t.cooperating_units = SplitUnits(cooperating);
            t.monitoring_units = SplitUnits(monitoring);
            t.source = source;
            if (!metric.empty()) {
                try {
                    t.metric = domain::MetricRequest::Parse(metric);
                } catch (const domain::DomainError& error) {
                    ThrowCorruptValue("plan_target", plan_id, error);
                }
            }
            t.per_year = per_year != 0;
            if (due_ind == soci::i_ok) t.due_year = due_year;
            t.line = line;
            plan.targets.push_back(std::move(t));
        }
    }
    {
        std::string code, lv, le, fv, fe, recipient, rule, due, source;
        soci::indicator due_ind = soci::i_null;
        int month = 0, day = 0, line = 0;
        BoundQuery q(
            m_session,
            "SELECT code, label_vi, label_en, from_vi, from_en, recipient, rule, month, day, due_on, "
            "source, line FROM plan_duty WHERE plan_id = :p ORDER BY position");
        q.Into(code)
            .Into(lv)
            .Into(le)
            .Into(fv)
            .Into(fe)
            .Into(recipient)
            .Into(rule)
            .Into(month)
            .Into(day)
            .Into(due, due_ind)
            .Into(source)
            .Into(line);
        q.Param(plan_id);
        q.Execute();
        while (q.Fetch()) {
            domain::ReportingDuty r;
            r.code = code;
            r.label = {lv, le};
            r.from = {fv, fe};
            r.to = StoredEnum(domain::ReportRecipients(), recipient, "plan_duty", plan_id);
            r.rule = StoredEnum(domain::ReportRules(), rule, "plan_duty", plan_id);
            r.month = month;
            r.day = day;
            r.date = StoredOptionalDate(due, due_ind, "plan_duty", plan_id);
            r.source = source;
            r.line = line;
            plan.reports.push_back(std::move(r));
        }
    }
    {
        std::string code, stt, sv, se, cv, ce, lv, le, cooperating, mv, me, pv, pe, timing, kind, note,
            source;
        int line = 0;
        BoundQuery q(
            m_session,
            "SELECT code, stt, section_vi, section_en, content_vi, content_en, lead_vi, lead_en, "
            "cooperating, monitoring_vi, monitoring_en, product_vi, product_en, timing, timing_kind, "
            "note, source, line FROM plan_work_item WHERE plan_id = :p ORDER BY position");
        q.Into(code)
            .Into(stt)
            .Into(sv)
            .Into(se)
            .Into(cv)
            .Into(ce)
            .Into(lv)
            .Into(le)
            .Into(cooperating)
            .Into(mv)
            .Into(me)
            .Into(pv)
            .Into(pe)
            .Into(timing)
            .Into(kind)
            .Into(note)
            .Into(source)
            .Into(line);
        q.Param(plan_id);
        q.Execute();
        while (q.Fetch()) {
            domain::WorkItem w;
            w.code = code;
            w.stt = stt;
            w.section = {sv, se};
            w.content = {cv, ce};
            w.lead_unit = {lv, le};
            w.cooperating_units = SplitUnits(cooperating);
            w.monitoring_body = {mv, me};
            w.product = {pv, pe};
            // The timing is read again from its text, as the file had it, with the plan's years.
            try {
                w.timing = domain::ParseWorkItemTiming(timing, plan.first_year, plan.last_year);
            } catch (const domain::DomainError& error) {
                ThrowCorruptValue("plan_work_item", plan_id, error);
            }
            if (CodeOf(domain::TimingKinds(), w.timing.kind) != kind)
                ThrowCorruptValue(
                    "plan_work_item", plan_id,
                    domain::DomainError(domain::ErrorCode::InvalidValue,
                                        {"loại thời hạn '" + kind + "' không khớp '" + timing + "'",
                                         "timing kind '" + kind + "' does not match '" + timing + "'"}));
            w.note = note;
            w.source = source;
            w.line = line;
            plan.work_items.push_back(std::move(w));
        }
    }
    {
        std::string code, lv, le;
        int weight = 0, max_score = 0, threshold = 0;
        soci::indicator threshold_ind = soci::i_null;
        BoundQuery q(m_session,
                     "SELECT code, label_vi, label_en, weight, max_score, threshold FROM plan_criterion "
                     "WHERE plan_id = "
                     ":p ORDER BY position");
        q.Into(code).Into(lv).Into(le).Into(weight).Into(max_score).Into(threshold, threshold_ind);
        q.Param(plan_id);
        q.Execute();
        while (q.Fetch()) {
            domain::PlanCriterion c;
            c.criterion = {code, lv, le, weight, max_score, std::nullopt};
            if (threshold_ind == soci::i_ok) c.threshold = threshold;
            plan.rubric.push_back(std::move(c));
        }
    }
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<domain::Plan> SociPlanRepository::Select(const std::string& code) try {
    std::vector<domain::Plan> plans;
    {
        long long id = 0, version = 0;
        std::string plan_code, tv, te, document, programme, province, tolerance, source_text;
        int first = 0, last = 0, threshold = 0;
        soci::indicator threshold_ind = soci::i_null;
        BoundQuery q(
            m_session,
            "SELECT id, code, title_vi, title_en, document, programme_code, province, about_tolerance, "
            "first_year, last_year, rubric_threshold, source_text, version FROM plan WHERE code = :c "
            "OR :all = 1 ORDER BY code");
        q.Into(id)
            .Into(plan_code)
            .Into(tv)
            .Into(te)
            .Into(document)
            .Into(programme)
            .Into(province)
            .Into(tolerance)
            .Into(first)
            .Into(last)
            .Into(threshold, threshold_ind)
            .Into(source_text)
            .Into(version);
        q.Param(code).Param(static_cast<long long>(code.empty() ? 1 : 0));
        q.Execute();
        while (q.Fetch()) {
            domain::Plan plan;
            plan.id = id;
            plan.code = plan_code;
            plan.title = {tv, te};
            plan.document = document;
            plan.programme_code = programme;
            plan.province = province;
            try {
                plan.about_tolerance = domain::AboutTolerance::Parse(tolerance);
            } catch (const domain::DomainError& error) {
                ThrowCorruptValue("plan", id, error);
            }
            plan.first_year = first;
            plan.last_year = last;
            if (threshold_ind == soci::i_ok) plan.rubric_threshold = threshold;
            plan.source_text = source_text;
            plan.version = version;
            plans.push_back(std::move(plan));
        }
    }
    for (auto& plan : plans) LoadChildren(plan);
    return plans;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::optional<domain::Plan> SociPlanRepository::Find(const std::string& code) try {
    if (code.empty()) return std::nullopt;
    auto plans = Select(code);
    if (plans.empty()) return std::nullopt;
    return std::move(plans.front());
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<domain::Plan> SociPlanRepository::List() try {
    return Select(std::string());
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

void SociPlanRepository::SaveIndicator(const domain::ManualIndicator& i) try {
    m_session << "DELETE FROM indicator_value WHERE plan_code = :p AND target_code = :t",
        soci::use(i.plan_code), soci::use(i.target_code);
    std::string as_of = i.as_of.Iso();
    double value = i.value;
    long long at = i.entered_at_unix;
    m_session << "INSERT INTO indicator_value (plan_code, target_code, value, source, as_of, entered_by, "
                 "entered_at) "
                 "VALUES (:p, :t, :v, :s, :d, :b, :at)",
        soci::use(i.plan_code), soci::use(i.target_code), soci::use(value), soci::use(i.source),
        soci::use(as_of), soci::use(i.entered_by), soci::use(at);
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<domain::ManualIndicator> SociPlanRepository::Indicators(const std::string& plan_code) try {
    std::string target, source, as_of, by;
    double value = 0;
    long long at = 0;
    BoundQuery q(
        m_session,
        "SELECT target_code, value, source, as_of, entered_by, entered_at FROM indicator_value WHERE "
        "plan_code = :p ORDER BY target_code");
    q.Into(target).Into(value).Into(source).Into(as_of).Into(by).Into(at);
    q.Param(plan_code);
    q.Execute();
    std::vector<domain::ManualIndicator> values;
    while (q.Fetch())
        values.push_back({plan_code, target, value, source, StoredDate(as_of, "indicator_value", 0), by, at});
    return values;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

}  // namespace innodesk::persistence
