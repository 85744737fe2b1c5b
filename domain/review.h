// Reviewing applications: the rubric of criteria, a reviewer's conflict declaration and scores,
// the weighted score of a review, an application's mean and the ranking of a programme year.
#pragma once

#include "application.h"
#include "enum_table.h"
#include "errors.h"
#include "programme.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace innodesk::domain {

using ReviewId = std::int64_t;

struct ReviewCriterion {
    std::string code;  // stable, typed on the command line: "problem", "spillover", …
    std::string label_vi;
    std::string label_en;
    int weight = 1;
    int max_score = 10;
    std::optional<int> threshold;  // the lowest mean score that passes the criterion (0 … max_score)
};

struct Rubric {
    ProgrammeId programme_id = 0;
    std::vector<ReviewCriterion> criteria;  // in the order they are shown and scored
    std::optional<int> threshold;           // overall pass mark: the lowest mean weighted score, in percent
    bool is_default = false;                // true when the programme has no stored rubric yet

    const ReviewCriterion* Find(const std::string& code) const;
};

// The ten selection criteria of appendix I of plan 343/KH-UBND (002), weight 1, scored 0–10.
Rubric DefaultRubric(ProgrammeId programme);
// Refuses an empty rubric, a repeated or malformed code, a weight or maximum outside 1–100.
void ValidateRubric(const Rubric& rubric);

struct CriterionScore {
    std::string code;
    int score = 0;
    bool operator==(const CriterionScore&) const = default;
};

// One reviewer's review of one application. The conflict declaration comes first (it creates the
// record); scores follow only when no conflict was declared.
struct Review {
    ReviewId id = 0;
    ApplicationId application_id = 0;
    std::string reviewer;  // the user name; users and roles come with the sign-in work
    bool has_conflict = false;
    std::string conflict_note;
    std::int64_t declared_at_unix = 0;
    std::vector<CriterionScore> scores;  // in rubric order once scored
    std::string comment;
    std::optional<std::int64_t> submitted_at_unix;  // set when scored
    std::int64_t version = 0;

    bool IsScored() const { return submitted_at_unix.has_value(); }
    // Whether the review takes part in the application's mean: scored and free of conflict.
    bool Counts() const { return IsScored() && !has_conflict; }
};

// An officer the programme office named to review an application. From an application's first
// assignment on, only its named reviewers may declare and score it.
struct ReviewAssignment {
    ApplicationId application_id = 0;
    std::string reviewer;     // the user name
    std::string assigned_by;  // the officer who named them
    std::int64_t assigned_at_unix = 0;
};

// A percentage kept in tenths so that it rounds once, exactly, and prints without float noise.
class ScorePercent {
public:
    constexpr ScorePercent() = default;
    static constexpr ScorePercent FromTenths(int tenths) { return ScorePercent(tenths); }
    // numerator / denominator × 100, rounded half up to one decimal; denominator > 0.
    static ScorePercent FromRatio(std::int64_t numerator, std::int64_t denominator);

    constexpr int Tenths() const { return m_tenths; }
    double Value() const { return m_tenths / 10.0; }
    // "83,5" in Vietnamese, "83.5" in English; no percent sign.
    std::string Format(Language language) const;

    constexpr auto operator<=>(const ScorePercent&) const = default;

private:
    constexpr explicit ScorePercent(int tenths) : m_tenths(tenths) {}
    int m_tenths = 0;
};

// Checks scores against the rubric: every criterion scored exactly once, no unknown code, each
// an integer from 0 to its maximum. Returns the scores in rubric order.
std::vector<CriterionScore> ValidateScores(const Rubric& rubric, std::vector<CriterionScore> scores);

// Refuses scoring by a reviewer who declared a conflict of interest in this application.
void RequireNoConflict(const Review& review);

// Refuses reviewing work on an application that is not under review.
void RequireUnderReview(const Application& application);

// Σ weight·score / Σ weight·max × 100 for a scored review, rounded to one decimal.
ScorePercent WeightedScore(const Rubric& rubric, const Review& review);
// The mean of the weighted scores of the reviews that count, computed from exact sums and
// rounded once; nullopt when none counts yet.
std::optional<ScorePercent> MeanScore(const Rubric& rubric, const std::vector<Review>& reviews);

// How an application stands against the rubric's pass marks, from the reviews that count: the
// mean of each criterion against its threshold, the mean weighted score against the overall one.
enum class PassVerdict {
    NoPassMarks,  // the rubric sets none
    Pending,      // no review counts yet
    Passes,
    Fails,
};
std::span<const EnumEntry<PassVerdict>> PassVerdicts();  // no_pass_marks, pending, passes, fails

struct PassMarks {
    PassVerdict verdict = PassVerdict::NoPassMarks;
    // What is below its mark: "problem 5,5 < 6" per criterion (mean with one decimal), and the
    // overall "62,0% < 70%"; in both languages.
    std::vector<LocalisedText> below;
};
PassMarks JudgePassMarks(const Rubric& rubric, const std::vector<Review>& reviews);
// "Không đạt (problem 5,5 < 6; tổng 62,0% < 70%)" / "Fails (problem 5.5 < 6; overall 62.0% < 70%)".
LocalisedText DescribePassMarks(const PassMarks& marks);

struct ReviewResult {
    Review review;
    std::optional<ScorePercent> weighted;  // nullopt until scored
};

struct ApplicationReviews {
    Application application;
    Rubric rubric;
    std::vector<ReviewResult> reviews;
    std::vector<ReviewAssignment> assignments;  // in the order they were made
    std::optional<ScorePercent> mean;
    PassMarks pass_marks;
    int counted = 0;    // reviews in the mean
    int conflicts = 0;  // reviewers who declared a conflict
};

struct RankingEntry {
    int rank = 0;  // 1-based; equal means share a rank; 0 for applications not yet scored
    Application application;
    std::optional<ScorePercent> mean;
    PassMarks pass_marks;
    int counted = 0;
    int conflicts = 0;
};

// Orders entries by mean score, highest first; equal means share a rank and then go by
// application id; applications without a counted review come last with rank 0.
void RankEntries(std::vector<RankingEntry>& entries);

}  // namespace innodesk::domain
