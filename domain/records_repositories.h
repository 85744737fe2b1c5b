// What reviews, IP filings, training and enterprise outcomes need from storage. Implemented in
// persistence/; every method runs inside the Transaction it was obtained from.
#pragma once

#include "ip_filing.h"
#include "outcome.h"
#include "review.h"
#include "training.h"

#include <optional>
#include <string>
#include <vector>

namespace innodesk::domain {

class ReviewRepository {
public:
    virtual ~ReviewRepository() = default;
    // The programme's stored criteria in order; empty when it has none yet.
    virtual std::vector<ReviewCriterion> Criteria(ProgrammeId programme) = 0;
    virtual void ReplaceCriteria(ProgrammeId programme, const std::vector<ReviewCriterion>& criteria) = 0;
    // The programme's overall pass mark (percent of the weighted score); nullopt when none is set.
    virtual std::optional<int> OverallPassMark(ProgrammeId programme) = 0;
    virtual void SetOverallPassMark(ProgrammeId programme, std::optional<int> percent) = 0;
    // Stores a new review (version 1) with its scores and returns its id.
    virtual ReviewId Insert(const Review& review) = 0;
    virtual std::optional<Review> Find(ApplicationId application, const std::string& reviewer) = 0;
    // Updates when the stored version equals review.version, bumping it and replacing the
    // scores; otherwise throws Conflict and changes nothing.
    virtual void Update(const Review& review) = 0;
    virtual std::vector<Review> ForApplication(ApplicationId application) = 0;
    // Every review of the programme's applications for the year, ordered by application.
    virtual std::vector<Review> ForProgrammeYear(ProgrammeId programme, int year) = 0;
    // The reviewers named for the application, in the order they were named.
    virtual std::vector<ReviewAssignment> Assignments(ApplicationId application) = 0;
    virtual void InsertAssignment(const ReviewAssignment& assignment) = 0;
    virtual void DeleteAssignment(ApplicationId application, const std::string& reviewer) = 0;
};

struct IpFilingFilter {
    std::optional<EnterpriseId> enterprise_id;
    std::optional<IpType> type;
    std::optional<IpStatus> status;
    std::optional<int> year_filed;
    std::optional<ProgrammeId> programme_id;
    std::size_t limit = 1000;
};

class IpFilingRepository {
public:
    virtual ~IpFilingRepository() = default;
    virtual IpFilingId Insert(const IpFiling& filing) = 0;  // version 1
    virtual std::optional<IpFiling> FindById(IpFilingId id) = 0;
    virtual std::optional<IpFiling> FindByNumber(IpRoute route, const std::string& country,
                                                 const std::string& application_number) = 0;
    virtual void Update(const IpFiling& filing) = 0;  // version-checked like ReviewRepository::Update
    virtual std::vector<IpFiling> List(const IpFilingFilter& filter) = 0;
    virtual void AppendStatus(const IpStatusChange& change) = 0;
    virtual std::vector<IpStatusChange> History(IpFilingId id) = 0;
};

struct EventFilter {
    std::optional<int> year;  // of the start date
    std::optional<ProgrammeId> programme_id;
    std::size_t limit = 1000;
};

class TrainingRepository {
public:
    virtual ~TrainingRepository() = default;
    virtual TrainingEventId InsertEvent(const TrainingEvent& event) = 0;  // version 1
    virtual std::optional<TrainingEvent> FindEvent(TrainingEventId id) = 0;
    // Events by start date, with their person-times and distinct enterprises.
    virtual std::vector<EventSummary> ListEvents(const EventFilter& filter) = 0;
    virtual AttendanceId InsertAttendance(const Attendance& attendance) = 0;
    virtual std::optional<Attendance> FindAttendance(TrainingEventId event,
                                                     const std::string& person_key) = 0;
    virtual std::vector<Attendance> Attendances(TrainingEventId event) = 0;
    virtual std::int64_t PersonTimes(const TrainingScope& scope) = 0;
    virtual std::int64_t TrainedEnterprises(const TrainingScope& scope) = 0;
};

class OutcomeRepository {
public:
    virtual ~OutcomeRepository() = default;
    virtual OutcomeId Insert(const EnterpriseOutcome& outcome) = 0;
    // By year, then date recorded, then id.
    virtual std::vector<EnterpriseOutcome> List(const OutcomeFilter& filter) = 0;
};

}  // namespace innodesk::domain
