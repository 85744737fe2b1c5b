// innodesk-cli review …: conflict declarations, scoring, an application's scores, the ranking
// of a programme year, the council's workbook of it and the programme's rubric.
#include "commands.h"
#include "json_views.h"

#include "domain/enterprise_service.h"
#include "domain/programme_service.h"
#include "domain/review_service.h"
#include "domain/utf8_path.h"
#include "reports/council_workbook.h"

#include <charconv>
#include <memory>

namespace innodesk::cli {
namespace {

std::string Percent(CliContext& context, const domain::ScorePercent& score) {
    return score.Format(context.Language()) + "%";
}

void PrintReview(CliContext& context, const domain::Review& r) {
    if (context.options.json) {
        context.out << ToJson(r).dump(2) << '\n';
        return;
    }
    context.out << context.Say("Hồ sơ số ", "Application ") << r.application_id << ", " << r.reviewer << ": ";
    if (r.has_conflict)
        context.out << context.Say("có xung đột lợi ích", "conflict of interest declared") << " ("
                    << r.conflict_note << ")";
    else if (r.IsScored())
        context.out << context.Say("đã chấm ", "scored ") << r.scores.size()
                    << context.Say(" tiêu chí", " criteria");
    else
        context.out << context.Say("không có xung đột lợi ích, chưa chấm",
                                   "no conflict of interest, not scored yet");
    context.out << "  (" << context.Say("phiên bản ", "version ") << r.version << ")\n";
}

// "problem=8" → {"problem", 8}; the range is the rubric's to check.
domain::CriterionScore ParseScore(CliContext& context, const std::string& text) {
    const auto equals = text.find('=');
    domain::CriterionScore score;
    if (equals == std::string::npos || equals == 0)
        throw CLI::ValidationError("--score", context.Say("cần dạng MÃ=ĐIỂM, ví dụ problem=8; nhận được '",
                                                          "expected CODE=SCORE, e.g. problem=8; got '") +
                                                  text + "'");
    score.code = text.substr(0, equals);
    const std::string number = text.substr(equals + 1);
    const auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), score.score);
    if (number.empty() || error != std::errc() || end != number.data() + number.size())
        throw CLI::ValidationError("--score", context.Say("điểm phải là số nguyên, nhận được '",
                                                          "the score must be a whole number; got '") +
                                                  number + "' (" + score.code + ")");
    return score;
}

struct DeclareOptions {
    long long application = 0, version = 0;
    std::string reviewer, note;
    bool conflict = false;
};

struct AssignOptions {
    long long application = 0;
    std::vector<std::string> reviewers;
};

void PrintAssignments(CliContext& context, domain::ApplicationId application,
                      const std::vector<domain::ReviewAssignment>& assignments) {
    if (context.options.json) {
        context.out << ToJson(assignments).dump(2) << '\n';
        return;
    }
    context.out << context.Say("Hồ sơ số ", "Application ") << application << ": ";
    if (assignments.empty())
        context.out << context.Say("chưa giao chuyên gia nào (mọi cán bộ đều chấm được)",
                                   "no reviewer assigned (any officer may review it)");
    else
        context.out << context.Say("giao cho ", "assigned to ");
    for (std::size_t i = 0; i < assignments.size(); ++i)
        context.out << (i ? ", " : "") << assignments[i].reviewer;
    context.out << '\n';
}

struct WorkbookOptions {
    std::string programme, out;
    int year = 0;
};

struct ScoreOptions {
    long long application = 0, version = 0;
    std::string reviewer, comment;
    std::vector<std::string> scores;
};

}  // namespace

void AddReviewCommands(CLI::App& app, CliContext& context) {
    auto* group = app.add_subcommand("review", "Reviewing applications: conflicts, scores, ranking")
                      ->require_subcommand(1);
    auto service = [&context] { return context.Workspace().Reviews(); };

    auto a = std::make_shared<AssignOptions>();
    auto* assign = group->add_subcommand(
        "assign", "Name the reviewers of an application (from then on only they may declare and score it)");
    assign->add_option("id", a->application, "Application id")->required();
    assign->add_option("--reviewer", a->reviewers, "An officer's user name; repeat for each reviewer")
        ->required();
    assign->callback([&context, a, service] {
        PrintAssignments(context, a->application,
                         service().Assign(a->application, a->reviewers, context.Actor()));
    });

    auto u = std::make_shared<AssignOptions>();
    auto* unassign = group->add_subcommand("unassign", "Withdraw a named reviewer who has not declared yet");
    unassign->add_option("id", u->application, "Application id")->required();
    unassign->add_option("--reviewer", u->reviewers, "The reviewer's user name")->required()->expected(1);
    unassign->callback([&context, u, service] {
        PrintAssignments(context, u->application,
                         service().Unassign(u->application, u->reviewers.front(), context.Actor()));
    });

    auto d = std::make_shared<DeclareOptions>();
    auto* declare = group->add_subcommand(
        "declare", "Record a reviewer's conflict-of-interest declaration (before scoring)");
    declare->add_option("id", d->application, "Application id")->required();
    declare->add_flag("--conflict", d->conflict, "The reviewer has a conflict of interest (needs --note)");
    declare->add_option("--note", d->note, "What the conflict is");
    declare->add_option("--expect-version", d->version, "Refuse if the review changed since this version");
    declare->callback([&context, d, service] {
        const std::optional<std::int64_t> expected =
            d->version > 0 ? std::optional<std::int64_t>(d->version) : std::nullopt;
        PrintReview(context,
                    service().Declare(d->application, context.Actor(), d->conflict, d->note, expected));
    });

    auto s = std::make_shared<ScoreOptions>();
    auto* score =
        group->add_subcommand("score", "Score every criterion of the rubric (again to replace the scores)");
    score->add_option("id", s->application, "Application id")->required();
    score
        ->add_option("--score", s->scores,
                     "CODE=N for each criterion, e.g. --score problem=8 --score spillover=7")
        ->required();
    score->add_option("--comment", s->comment, "The reviewer's comment");
    score->add_option("--expect-version", s->version, "Refuse if the review changed since this version");
    score->callback([&context, s, service] {
        std::vector<domain::CriterionScore> scores;
        for (const auto& text : s->scores) scores.push_back(ParseScore(context, text));
        const std::optional<std::int64_t> expected =
            s->version > 0 ? std::optional<std::int64_t>(s->version) : std::nullopt;
        PrintReview(context, service().Score(s->application, context.Actor(), std::move(scores), s->comment,
                                             expected));
    });

    auto show_id = std::make_shared<long long>(0);
    auto* show = group->add_subcommand("show", "An application's reviews, weighted scores and mean");
    show->add_option("id", *show_id, "Application id")->required();
    show->callback([&context, show_id, service] {
        const auto result = service().Show(*show_id);
        if (context.options.json) {
            context.out << ToJson(result).dump(2) << '\n';
            return;
        }
        const bool vi = context.Language() == domain::Language::Vietnamese;
        const auto& state = domain::EntryOf(domain::ApplicationLifecycle().states, result.application.state);
        context.out << "#" << result.application.id << "  " << result.application.title << "  ("
                    << (vi ? state.vi : state.en) << ")\n";
        context.out << "  ";
        PrintAssignments(context, result.application.id, result.assignments);
        if (result.reviews.empty())
            context.out << "  "
                        << context.Say("Chưa có chuyên gia nào khai hoặc chấm.",
                                       "No reviewer has declared or scored yet.")
                        << '\n';
        for (const auto& line : result.reviews) {
            const auto& r = line.review;
            context.out << "  - " << r.reviewer << ": ";
            if (line.weighted) context.out << Percent(context, *line.weighted);
            if (r.has_conflict)
                context.out << (line.weighted ? "  " : "")
                            << context.Say("có xung đột lợi ích, không tính",
                                           "conflict of interest, not counted")
                            << " (" << r.conflict_note << ")";
            else if (!line.weighted)
                context.out << context.Say("chưa chấm", "not scored yet");
            context.out << '\n';
            if (!r.comment.empty()) context.out << "      " << r.comment << '\n';
        }
        context.out << "  " << context.Say("Điểm trung bình", "Mean score") << " (" << result.counted
                    << context.Say(" chuyên gia", result.counted == 1 ? " reviewer" : " reviewers") << "): "
                    << (result.mean ? Percent(context, *result.mean) : context.Say("chưa có", "none yet"))
                    << '\n';
        context.out << "  " << context.Say("Điểm đạt: ", "Pass marks: ")
                    << context.Say(domain::DescribePassMarks(result.pass_marks)) << '\n';
    });

    auto rank_programme = std::make_shared<std::string>();
    auto rank_year = std::make_shared<int>(0);
    auto* ranking =
        group->add_subcommand("ranking", "Applications under review or recommended, by mean score");
    ranking->add_option("--programme", *rank_programme, "Programme code")->required();
    ranking->add_option("--year", *rank_year, "Programme year")->required();
    ranking->callback([&context, rank_programme, rank_year, service] {
        const auto programme = context.Workspace().Programmes().GetByCode(*rank_programme);
        const auto entries = service().Ranking(programme.id, *rank_year);
        if (context.options.json) {
            nlohmann::json array = nlohmann::json::array();
            for (const auto& entry : entries) array.push_back(ToJson(entry));
            context.out << array.dump(2) << '\n';
            return;
        }
        if (entries.empty())
            context.out << context.Say("Không có hồ sơ nào đang thẩm định hoặc được đề nghị hỗ trợ.",
                                       "No application is under review or recommended.")
                        << '\n';
        for (const auto& entry : entries) {
            context.out << (entry.rank > 0 ? std::to_string(entry.rank) : std::string("-")) << "  #"
                        << entry.application.id << "  "
                        << (entry.mean ? Percent(context, *entry.mean)
                                       : context.Say("chưa chấm", "not scored"))
                        << "  (" << entry.counted
                        << context.Say(" chuyên gia", entry.counted == 1 ? " reviewer" : " reviewers");
            if (entry.conflicts > 0)
                context.out << ", " << entry.conflicts
                            << context.Say(" xung đột lợi ích", " conflicts of interest");
            context.out << ")  ";
            if (entry.pass_marks.verdict != domain::PassVerdict::NoPassMarks)
                context.out << context.Say(domain::DescribePassMarks(entry.pass_marks)) << "  ";
            context.out << entry.application.title << '\n';
        }
    });

    auto w = std::make_shared<WorkbookOptions>();
    auto* workbook = group->add_subcommand(
        "workbook",
        "The council's workbook (XLSX): the ranking and every reviewer's scores, as the desktop "
        "exports it");
    workbook->add_option("--programme", w->programme, "Programme code")->required();
    workbook->add_option("--year", w->year, "Programme year")->required();
    workbook->add_option("--out", w->out, "The .xlsx file to write (written whole or not at all)")
        ->required();
    workbook->callback([&context, w, service] {
        const auto programme = context.Workspace().Programmes().GetByCode(w->programme);
        auto reviews = service();
        auto enterprises = context.Workspace().Enterprises();
        const auto gathered = reports::GatherCouncilWorkbook(reviews, enterprises, programme.id, w->year);
        reports::WriteCouncilWorkbook(gathered, context.Language(), domain::PathFromUtf8(w->out));
        context.out << context.Say("Đã ghi sổ điểm của hội đồng (", "Wrote the council's workbook (")
                    << gathered.applications.size() << context.Say(" hồ sơ) vào ", " applications) to ")
                    << w->out << '\n';
    });

    auto rubric_programme = std::make_shared<std::string>();
    auto* rubric =
        group->add_subcommand("rubric", "The programme's review criteria with weights and maximum scores");
    rubric->add_option("--programme", *rubric_programme, "Programme code")->required();
    rubric->callback([&context, rubric_programme, service] {
        const auto programme = context.Workspace().Programmes().GetByCode(*rubric_programme);
        const auto result = service().RubricFor(programme.id);
        if (context.options.json) {
            context.out << ToJson(result).dump(2) << '\n';
            return;
        }
        const bool vi = context.Language() == domain::Language::Vietnamese;
        if (result.is_default)
            context.out << context.Say(
                               "Bộ tiêu chí mặc định (Phụ lục I, Kế hoạch 343/KH-UBND); được lưu cho chương "
                               "trình khi có bài chấm đầu tiên.",
                               "The default rubric (appendix I of plan 343/KH-UBND); stored for the "
                               "programme with its first review.")
                        << '\n';
        int position = 0;
        for (const auto& c : result.criteria) {
            context.out << ++position << ". " << c.code << "  (" << context.Say("trọng số ", "weight ")
                        << c.weight << ", " << context.Say("tối đa ", "max ") << c.max_score;
            if (c.threshold) context.out << ", " << context.Say("điểm đạt ", "pass mark ") << *c.threshold;
            context.out << ")  " << (vi ? c.label_vi : c.label_en) << '\n';
        }
        if (result.threshold)
            context.out << context.Say("Điểm đạt chung: ", "Overall pass mark: ") << *result.threshold
                        << "%\n";
    });
}

}  // namespace innodesk::cli
