// The council's workbook: gathering a programme year's reviews and laying them out as two sheets.
#include "reports/council_workbook.h"

#include "domain/application.h"

#include <string>

namespace innodesk::reports {
namespace {

using domain::Language;

std::string Word(Language language, const char* vi, const char* en) {
    return language == Language::Vietnamese ? vi : en;
}

interchange::XlsxCell Decimal(const std::optional<domain::ScorePercent>& score) {
    if (!score) return std::string();
    return interchange::XlsxDecimal{score->Value()};
}

// "Passes", "Fails (problem 5.5 < 6; overall 62.0% < 70%)"; empty when the rubric sets no marks.
std::string PassMarksText(const domain::PassMarks& marks, Language language) {
    if (marks.verdict == domain::PassVerdict::NoPassMarks) return {};
    return domain::DescribePassMarks(marks).In(language);
}

std::string ConflictText(const domain::Review& review, Language language) {
    return review.has_conflict ? Word(language, "Xung đột: ", "Conflict: ") + review.conflict_note
                               : Word(language, "Không khai báo", "None declared");
}

// "Problem (×3, /10, ≥ 6)": the criterion with its weight, maximum and pass mark.
std::string CriterionHeader(const domain::ReviewCriterion& criterion, Language language) {
    return (language == Language::Vietnamese ? criterion.label_vi : criterion.label_en) + " (×" +
           std::to_string(criterion.weight) + ", /" + std::to_string(criterion.max_score) +
           (criterion.threshold ? ", ≥ " + std::to_string(*criterion.threshold) : "") + ")";
}

}  // namespace

CouncilWorkbook GatherCouncilWorkbook(domain::ReviewService& reviews, domain::EnterpriseService& enterprises,
                                      domain::ProgrammeId programme, int year) {
    CouncilWorkbook workbook;
    workbook.rubric = reviews.RubricFor(programme);
    for (auto& entry : reviews.Ranking(programme, year)) {
        CouncilApplication application;
        application.enterprise = enterprises.Get(entry.application.enterprise_id);
        application.reviews = reviews.Show(entry.application.id).reviews;
        application.entry = std::move(entry);
        workbook.applications.push_back(std::move(application));
    }
    return workbook;
}

std::vector<interchange::XlsxSheet> CouncilWorkbookSheets(const CouncilWorkbook& workbook,
                                                          Language language) {
    const auto word = [language](const char* vi, const char* en) { return Word(language, vi, en); };
    interchange::XlsxSheet ranked{
        word("Xếp hạng", "Ranking"),
        {word("Hạng", "Rank"), "#", word("Mã số thuế", "Tax code"), word("Doanh nghiệp", "Enterprise"),
         word("Tên nhiệm vụ", "Title"), word("Điểm trung bình (%)", "Mean score (%)"),
         word("Số phiếu được tính", "Reviews counted"), word("Xung đột", "Conflicts"),
         word("Điểm đạt", "Pass marks"), word("Trạng thái", "State")},
        {}};
    interchange::XlsxSheet scores{word("Điểm", "Scores"),
                                  {"#", word("Doanh nghiệp", "Enterprise"), word("Chuyên gia", "Reviewer"),
                                   word("Xung đột lợi ích", "Conflict of interest")},
                                  {}};
    for (const auto& criterion : workbook.rubric.criteria)
        scores.header.push_back(CriterionHeader(criterion, language));
    scores.header.push_back(word("Điểm có trọng số (%)", "Weighted score (%)"));
    scores.header.push_back(word("Nhận xét", "Comment"));

    for (const auto& application : workbook.applications) {
        const auto& entry = application.entry;
        const auto& a = entry.application;
        const auto& state = domain::EntryOf(domain::ApplicationLifecycle().states, a.state);
        ranked.rows.push_back({entry.rank ? interchange::XlsxCell{std::int64_t{entry.rank}} : std::string(),
                               std::int64_t{a.id}, application.enterprise.tax_code.Value(),
                               application.enterprise.name, a.title, Decimal(entry.mean),
                               std::int64_t{entry.counted}, std::int64_t{entry.conflicts},
                               PassMarksText(entry.pass_marks, language),
                               std::string(language == Language::Vietnamese ? state.vi : state.en)});
        for (const auto& result : application.reviews) {
            std::vector<interchange::XlsxCell> row{std::int64_t{a.id}, application.enterprise.name,
                                                   result.review.reviewer,
                                                   ConflictText(result.review, language)};
            for (const auto& criterion : workbook.rubric.criteria) {
                interchange::XlsxCell cell = std::string();
                for (const auto& score : result.review.scores)
                    if (score.code == criterion.code) cell = std::int64_t{score.score};
                row.push_back(cell);
            }
            row.push_back(Decimal(result.weighted));
            row.push_back(result.review.comment);
            scores.rows.push_back(std::move(row));
        }
    }
    return {ranked, scores};
}

void WriteCouncilWorkbook(const CouncilWorkbook& workbook, Language language,
                          const std::filesystem::path& path) {
    interchange::WriteXlsxTables(path, CouncilWorkbookSheets(workbook, language));
}

}  // namespace innodesk::reports
