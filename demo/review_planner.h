// The council's planner: its experts, and for an application under review two or three
// conflict-of-interest declarations and scores that fit where the review ends (recommended
// proposals score high, the others low; reviews still under way may be unfinished).
#pragma once

#include "demo/demo_run.h"
#include "domain/review.h"

#include <optional>
#include <string>
#include <vector>

namespace innodesk::demo {

class ReviewPlanner {
public:
    // Draws the council's experts ("chuyengia.<name>") from the run's second stream.
    explicit ReviewPlanner(DemoRun& run);
    // Declarations and scores for the application; the mean the council's minutes quote, if any
    // expert has scored.
    std::optional<domain::ScorePercent> Review(const PlannedApplication& plan);

private:
    std::vector<domain::CriterionScore> Scores(int percent);

    DemoRun& m_run;
    domain::Rubric m_rubric;
    std::vector<std::string> m_experts;
};

}  // namespace innodesk::demo
