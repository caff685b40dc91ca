// The Dutch texts of the e-mails Leerplek sends.
#pragma once

#include <string>

#include "leerplek/app/ports.hpp"

namespace leerplek::app {

OutgoingMail InvitationMail(const domain::User& user, const std::string& link);
OutgoingMail PasswordResetMail(const domain::User& user, const std::string& link);

// What a placement e-mail is about.
struct PlacementSummary {
  std::string student;
  std::string module;
  std::string organisation;
};
// To the cohort's coordinator: a new or resubmitted request waits.
OutgoingMail PlacementRequestedMail(const std::string& to_name, const std::string& to_email,
                                    const PlacementSummary& about, const std::string& link);
// To the student and the mentor: `action` is "approved", "rejected" or "sent_back".
OutgoingMail PlacementDecisionMail(const std::string& to_name, const std::string& to_email, const std::string& action,
                                   const PlacementSummary& about, const std::string& comment, const std::string& link);

// To the student: the mentor sent one or more logbook days back with a comment.
// To the student: the supervisor released the score of a module (R20).
OutgoingMail ScoreReleasedMail(const domain::User& student, const PlacementSummary& about, const std::string& link);
OutgoingMail LogbookReturnedMail(const domain::User& student, const PlacementSummary& about, const std::string& days,
                                 const std::string& comment, const std::string& mentor_name, const std::string& link);

// Reminders (R6): to the student with the days still to write; to the mentor with the entries waiting.
OutgoingMail LogbookStudentReminderMail(const domain::User& student, const std::vector<std::string>& lines,
                                        const std::string& link);
OutgoingMail LogbookMentorReminderMail(const domain::User& mentor, const std::vector<std::string>& lines,
                                       const std::string& link);
// R8, to the mentor and the cohort's coordinator contacts: the student reported sick for `period`.
OutgoingMail SicknessReportedMail(const std::string& to_name, const std::string& to_email,
                                  const PlacementSummary& about, const std::string& period, bool late,
                                  const std::string& note, const std::string& link);
// R9, to the cohort's coordinator contacts: a catch-up day waits for a decision.
OutgoingMail CatchUpProposedMail(const std::string& to_name, const std::string& to_email, const PlacementSummary& about,
                                 const std::string& day, const std::string& proposed_by, const std::string& note,
                                 const std::string& link);
// R9, to the student and the mentor: the coordinator approved or rejected a catch-up day.
OutgoingMail CatchUpDecidedMail(const std::string& to_name, const std::string& to_email, const PlacementSummary& about,
                                const std::string& day, bool approved, const std::string& comment,
                                const std::string& link);
// R10, to the cohort's coordinator contacts, at once: a work accident was reported.
OutgoingMail AccidentReportedMail(const std::string& to_name, const std::string& to_email,
                                  const PlacementSummary& about, const std::string& when, const std::string& where,
                                  const std::string& injuries, const std::string& reported_by,
                                  const std::string& deadline, const std::string& link);

}  // namespace leerplek::app
