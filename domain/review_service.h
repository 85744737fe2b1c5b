// Reviewing applications as a council does it: each reviewer declares conflicts of interest,
// then scores every criterion of the programme's rubric; the office sees each review's weighted
// score, the application's mean and the ranking of a programme year.
#pragma once

#include "actor.h"
#include "calendar_date.h"
#include "review.h"
#include "store.h"
#include "text_rules.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace innodesk::domain {

class ReviewService {
public:
    ReviewService(Store& store, const TextRules& text, const Clock& clock)
        : m_store(store), m_text(text), m_clock(clock) {}

    // The programme's stored rubric, or the default one when it has none yet (the default is
    // stored with the programme's first review, so that later reviews use the same criteria).
    Rubric RubricFor(ProgrammeId programme);

    // Officers: names reviewers for an application submitted or under review. Each must be an
    // enabled officer account; naming one already named changes nothing. From the first
    // assignment on, only the named reviewers may declare and score the application; reviewers
    // who declared before it are kept among them. Returns every assignment of the application.
    std::vector<ReviewAssignment> Assign(ApplicationId application, const std::vector<std::string>& reviewers,
                                         const Actor& actor);
    // Officers: withdraws a named reviewer who has not declared yet (a declaration stays on record).
    std::vector<ReviewAssignment> Unassign(ApplicationId application, const std::string& reviewer,
                                           const Actor& actor);
    // Officers: makes `reviewers` the application's reviewers in one transaction, naming the new
    // and withdrawing the others (refused, with nothing changed, for one who has declared).
    std::vector<ReviewAssignment> SetReviewers(ApplicationId application,
                                               const std::vector<std::string>& reviewers, const Actor& actor);

    // Records the reviewer's conflict declaration for an application under review; it must come
    // before scoring, and from a named reviewer when the application has any. Repeating the same declaration
    // changes nothing; a conflict may be declared after scoring (the scores then stop counting) but a
    // declared conflict cannot be withdrawn. A conflict needs a note saying what it is.
    Review Declare(ApplicationId application, const Actor& reviewer, bool has_conflict,
                   const std::string& note, std::optional<std::int64_t> expected_version = std::nullopt);

    // Scores every criterion; scoring again while the application is under review replaces the
    // scores. `expected_version` guards against a concurrent change of the same review.
    Review Score(ApplicationId application, const Actor& reviewer, std::vector<CriterionScore> scores,
                 const std::string& comment, std::optional<std::int64_t> expected_version = std::nullopt);

    ApplicationReviews Show(ApplicationId application);

    // The programme year's applications under review or recommended, by mean score.
    std::vector<RankingEntry> Ranking(ProgrammeId programme, int year);

private:
    class Council;
    std::vector<ReviewAssignment> ChangeReviewers(ApplicationId application, const Actor& actor,
                                                  const std::function<void(Council&)>& change);

    Store& m_store;
    const TextRules& m_text;
    const Clock& m_clock;
};

}  // namespace innodesk::domain
