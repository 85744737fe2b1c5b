// What tasks and the organisation register need from storage. Implemented in persistence/; every
// method runs inside the Transaction it was obtained from.
#pragma once

#include "application.h"
#include "organisation.h"
#include "plan_repositories.h"
#include "task.h"

#include <optional>
#include <string>
#include <vector>

namespace innodesk::domain {

class OrganisationRepository {
public:
    virtual ~OrganisationRepository() = default;
    virtual OrganisationId Insert(const Organisation& organisation) = 0;
    virtual std::optional<Organisation> FindById(OrganisationId id) = 0;
    virtual std::optional<Organisation> FindByName(const std::string& name) = 0;
    virtual void Update(const Organisation& organisation) = 0;  // version-checked
    virtual std::vector<Organisation> List() = 0;               // by name
};

// Narrows the task list; a field left empty narrows nothing.
struct TaskFilter {
    std::optional<int> year;
    std::optional<TaskLevel> level;
    std::optional<AwardMode> award_mode;
    std::optional<TaskState> state;
    std::string plan_code;
    std::optional<EnterpriseId> lead_enterprise_id;
    std::optional<OrganisationId> lead_organisation_id;
    std::size_t limit = 500;
    std::size_t offset = 0;
};

// A task as a list shows it: the record, its lead's name and what is open or late on it.
struct TaskSummary {
    Task task;
    std::string lead_name;
    int milestones = 0;
    int milestones_open = 0;
    std::optional<CalendarDate> next_milestone_due;  // the earliest open milestone's date
    Money paid;
};

// An open date on a task: a milestone not yet reported, or a contract's end (its acceptance due).
struct TaskDue {
    TaskId task_id = 0;
    std::string code;
    std::string title;
    int milestone = 0;  // the milestone's position; 0 for the contract's end
    std::string what;   // the milestone's content; the contract's number
    CalendarDate due;
};

// An accepted task whose results are followed after acceptance, with what has been reported.
struct FollowedTask {
    TaskId task_id = 0;
    std::string code;
    std::string title;
    CalendarDate accepted_on;  // the acceptance decision's date
    int follow_up_years = 0;
    int uses_reported = 0;
};

class TaskRepository {
public:
    virtual ~TaskRepository() = default;
    // Stores the task with its co-funding and outputs (version 1) and returns its id.
    virtual TaskId Insert(const Task& task) = 0;
    virtual std::optional<Task> FindById(TaskId id) = 0;
    virtual std::optional<Task> FindByCode(const std::string& code) = 0;
    // Updates the task, its co-funding and outputs when the stored version equals task.version,
    // bumping it; otherwise throws Conflict and changes nothing.
    virtual void Update(const Task& task) = 0;
    // Newest year first, then by code.
    virtual std::vector<TaskSummary> List(const TaskFilter& filter) = 0;
    virtual std::int64_t Count(const TaskFilter& filter) = 0;

    virtual void AppendTransition(const TaskTransition& transition) = 0;
    virtual std::vector<TaskTransition> History(TaskId id) = 0;  // oldest first

    virtual std::vector<Milestone> Milestones(TaskId id) = 0;  // by position
    virtual void InsertMilestone(TaskId id, const Milestone& milestone) = 0;
    virtual void UpdateMilestone(TaskId id, const Milestone& milestone) = 0;  // by position

    virtual std::vector<Tranche> Tranches(TaskId id) = 0;  // by number
    virtual void InsertTranche(TaskId id, const Tranche& tranche) = 0;
    virtual void UpdateTranche(TaskId id, const Tranche& tranche) = 0;  // by number

    virtual std::vector<TaskUse> Uses(TaskId id) = 0;  // oldest report first
    virtual std::int64_t InsertUse(TaskId id, const TaskUse& use) = 0;

    virtual std::vector<TaskExtension> Extensions(TaskId id) = 0;
    virtual void InsertExtension(TaskId id, const TaskExtension& extension) = 0;

    // The support applications delivered within the task. An application belongs to one task
    // at most: linking it to a second throws Duplicate.
    virtual void LinkApplication(TaskId id, ApplicationId application) = 0;
    virtual void UnlinkApplication(TaskId id, ApplicationId application) = 0;
    virtual std::vector<ApplicationId> LinkedApplications(TaskId id) = 0;
    virtual std::optional<TaskId> TaskOfApplication(ApplicationId application) = 0;

    // For the deadlines, over contracted and in-progress tasks only, soonest first: milestones not
    // yet reported due in the range, and those due before a date counted; the same for the
    // contracts' ends (when acceptance falls due).
    virtual std::vector<TaskDue> OpenMilestonesDue(const DateRange& range, std::size_t limit) = 0;
    virtual PastDue OpenMilestonesDueBefore(const CalendarDate& date) = 0;
    virtual std::vector<TaskDue> ContractsEnding(const DateRange& range, std::size_t limit) = 0;
    virtual PastDue ContractsEndedBefore(const CalendarDate& date) = 0;
    // Accepted, transferred or applied tasks with years of follow-up.
    virtual std::vector<FollowedTask> FollowedTasks() = 0;
};

}  // namespace innodesk::domain
