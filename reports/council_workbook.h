// The review council's workbook (hoi-dong.xlsx): a programme year's ranking on one sheet and every
// reviewer's scores, criterion by criterion, on another; written by the desktop's Reviews page
// and by `innodesk-cli review workbook`.
#pragma once

#include "domain/enterprise.h"
#include "domain/enterprise_service.h"
#include "domain/errors.h"
#include "domain/review.h"
#include "domain/review_service.h"
#include "interchange/xlsx_table_writer.h"

#include <filesystem>
#include <vector>

namespace innodesk::reports {

// One ranked application with its enterprise and its reviews.
struct CouncilApplication {
    domain::RankingEntry entry;
    domain::Enterprise enterprise;
    std::vector<domain::ReviewResult> reviews;
};

struct CouncilWorkbook {
    domain::Rubric rubric;
    std::vector<CouncilApplication> applications;  // in rank order, as ReviewService::Ranking gives them
};

// Reads the ranking of the programme's year, the programme's rubric and each application's
// enterprise and reviews.
CouncilWorkbook GatherCouncilWorkbook(domain::ReviewService& reviews, domain::EnterpriseService& enterprises,
                                      domain::ProgrammeId programme, int year);

// Two sheets, "Ranking" (rank, application, tax code, enterprise, title, mean score, reviews
// counted, conflicts, pass marks, state) and "Scores" (one row per review, one column per
// criterion with its weight, maximum and pass mark, the weighted score and the comment), their
// headers and words in `language`. Ranks, ids, counts and scores are numbers; an unscored
// application's rank and mean, and a criterion not scored, are empty cells.
std::vector<interchange::XlsxSheet> CouncilWorkbookSheets(const CouncilWorkbook& workbook,
                                                          domain::Language language);

// Writes the sheets to `path`, whole or not at all (see xlsx_table_writer.h).
void WriteCouncilWorkbook(const CouncilWorkbook& workbook, domain::Language language,
                          const std::filesystem::path& path);

}  // namespace innodesk::reports
