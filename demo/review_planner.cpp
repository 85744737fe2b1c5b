// The council's planner: experts, declarations and scores.
#include "demo/review_planner.h"

#include "demo/names.h"

#include <algorithm>
#include <set>

namespace innodesk::demo {

using namespace domain;  // the planners speak the domain's language throughout

namespace {

using AS = ApplicationState;

Actor Reviewer(const std::string& name) {
    return Actor{name, Role::Officer, 0};
}

}  // namespace

ReviewPlanner::ReviewPlanner(DemoRun& run) : m_run(run) {
    m_rubric = m_run.review_service.RubricFor(m_run.programme.id);
    const std::size_t count = 12 + std::min<std::size_t>(m_run.volumes.applications / 150, 400);
    std::set<std::string> taken;
    while (m_experts.size() < count) {
        std::string user = "chuyengia." + Slug(m_run.text, PersonName(m_run.extra.Chance(0.4), m_run.extra));
        if (!taken.insert(user).second) {
            user += std::to_string(taken.size());
            taken.insert(user);
        }
        m_experts.push_back(std::move(user));
    }
}

// Scores around `percent` of each criterion's maximum.
std::vector<CriterionScore> ReviewPlanner::Scores(int percent) {
    std::vector<CriterionScore> scores;
    for (const auto& criterion : m_rubric.criteria) {
        const int spread = std::max(1, criterion.max_score / 10);
        const int score = (percent * criterion.max_score + 50) / 100 + m_run.extra.Between(-spread, spread);
        scores.push_back({criterion.code, std::clamp(score, 0, criterion.max_score)});
    }
    return scores;
}

// Two or three experts declare and score; one who declares a conflict of interest is replaced.
std::optional<ScorePercent> ReviewPlanner::Review(const PlannedApplication& plan) {
    const bool finished = plan.review_end == AS::Recommended || plan.review_end == AS::NotRecommended;
    const int target = plan.review_end == AS::Recommended      ? m_run.extra.Between(72, 92)
                       : plan.review_end == AS::NotRecommended ? m_run.extra.Between(38, 62)
                                                               : m_run.extra.Between(45, 88);
    std::size_t wanted = m_run.extra.Chance(0.6) ? 3 : 2;
    bool conflict_declared = false;
    std::vector<std::string> chosen;
    std::vector<domain::Review> scored;
    while (chosen.size() < wanted) {
        const std::string& expert = m_experts[m_run.extra.Below(m_experts.size())];
        if (std::find(chosen.begin(), chosen.end(), expert) != chosen.end()) continue;
        chosen.push_back(expert);
        ++m_run.summary.reviews;
        if (!conflict_declared && m_run.extra.Chance(0.06)) {
            conflict_declared = true;
            m_run.review_service.Declare(plan.id, Reviewer(expert), true,
                                         std::string(m_run.extra.Pick(ConflictNotes())));
            ++wanted;
            continue;
        }
        m_run.review_service.Declare(plan.id, Reviewer(expert), false, {});
        if (!finished && m_run.extra.Chance(0.4)) continue;  // not scored yet
        const int percent = std::clamp(target + m_run.extra.Between(-5, 5), 0, 100);
        const auto comments = percent >= 65 ? FavourableComments() : UnfavourableComments();
        scored.push_back(m_run.review_service.Score(plan.id, Reviewer(expert), Scores(percent),
                                                    std::string(m_run.extra.Pick(comments))));
    }
    return MeanScore(m_rubric, scored);
}

}  // namespace innodesk::demo
