// The narrative summary of a plan's evaluation for a report: how many targets are met, on track,
// at risk, behind or without data, and for each target not met how far it is from its goal and
// from the pace the period's elapsed share asks for. In Vietnamese or English.
#pragma once

#include "domain/target_evaluation.h"
#include "reports/report_document.h"

#include <vector>

namespace innodesk::reports {

// Paragraphs, in order: the overall count ("Tính đến ngày 30/09/2026, kế hoạch … có 12 chỉ
// tiêu: 4 đã đạt, …"), then one sentence for each status that has targets, as an officer sums
// up: up to three targets met, on track or without data named by their label; up to three at
// risk or behind named with their result against the plan, the shortfall to the goal ("còn
// thiếu 7 doanh nghiệp") and, for counts and sums before the period ends, the figure the pace
// asks for by the as-of date (the goal × the share of the period's days elapsed, as
// TargetStatusFor judges it); the rest counted ("và 5 chỉ tiêu khác (chi tiết tại bảng)").
std::vector<ReportParagraph> TargetNarrative(const domain::PlanEvaluation& evaluation,
                                             domain::Language language);

}  // namespace innodesk::reports
