// The narrative summary of a plan's evaluation for a report: how many targets are met, on track,
// at risk, behind or without data, and for each target not met how far it is from its goal and
// from the pace the period's elapsed share asks for. In Vietnamese or English.
#pragma once

#include "domain/target_evaluation.h"
#include "reports/report_document.h"

#include <vector>

namespace innodesk::reports {

// Paragraphs, in order: the overall count ("Tính đến ngày 30/09/2026, kế hoạch … có 12 chỉ
// tiêu: 4 đã đạt, …"), then one paragraph for each status that has targets, naming each target
// with its result against the plan; for targets not met, the shortfall to the goal ("còn thiếu
// 7 doanh nghiệp") and, for counts and sums before the period ends, the figure the pace asks
// for by the as-of date (the goal × the share of the period's days elapsed, as TargetStatusFor
// judges it).
std::vector<ReportParagraph> TargetNarrative(const domain::PlanEvaluation& evaluation,
                                             domain::Language language);

}  // namespace innodesk::reports
