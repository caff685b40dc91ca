// The daily logbook (R6–R7) with the mentor's review and the progress it makes (R5), on both engines.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>

#include "api/placement_world.hpp"
#include "leerplek/app/logbook.hpp"

namespace leerplek::testing {
namespace {

using nlohmann::json;

class LogbookApi : public PlacementWorld {
 protected:
  LogbookApi() {
    placement_ = Approved("instroom", partners_);
    // Wednesday 24/02/2027: Tuesdays 16/02 and 23/02 are behind us.
    Advance(std::chrono::days(156));
  }
  void Advance(std::chrono::days days) { MoveTo(api_.Clock().Now() + days); }
  std::string Logbook(const std::string& rest = "") const { return Placement(placement_, "/logbook" + rest); }
  http::Response Save(const std::string& date, const json& body, const TestSession& who) {
    return api_.Call("PUT", Logbook("/" + date), body.dump(), who);
  }
  static json Day(const std::string& activities, bool submit, const std::string& end = "17:00") {
    return {{"start", "09:00"},         {"end", end},   {"break_minutes", 30},
            {"activities", activities}, {"goals", {1}}, {"submit", submit}};
  }
  http::Response Review(const std::vector<std::int64_t>& ids, const std::string& decision, const std::string& comment,
                        const TestSession& who) {
    return api_.Call("POST", "/api/v1/logbook/reviews",
                     json{{"entry_ids", ids}, {"decision", decision}, {"comment", comment}}.dump(), who);
  }
  json Progress(const TestSession& who) { return JsonOf(api_.Call("GET", Logbook(), "", who))["progress"]; }

  std::int64_t placement_ = 0;
};

TEST_P(LogbookApi, R7_DraftSubmitApproveAndTheProgressBarMovesForEveryone) {
  json log = JsonOf(api_.Call("GET", Logbook(), "", student_));
  EXPECT_TRUE(log["may_write"]);
  EXPECT_FALSE(log["may_review"]);
  EXPECT_EQ(log["progress"]["planned_days"], 15);
  EXPECT_EQ(log["progress"]["required_days"], 14);
  EXPECT_EQ(log["days"].size(), 15U);
  EXPECT_EQ(log["days"][0]["date"], "2027-02-16");
  EXPECT_TRUE(log["days"][0]["entry"].is_null());
  EXPECT_GE(log["goals"].size(), 1U);

  http::Response r = Save("2027-02-16", Day("", false), student_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(JsonOf(r)["state"], "draft");
  EXPECT_EQ(JsonOf(r)["worked_minutes"], 450);
  r = Save("2027-02-16", Day("", true), student_);
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(ErrorFields(r), std::set<std::string>{"activities"});
  r = Save("2027-02-16", Day("Vacatures uitgeschreven en cv's gescreend.", true), student_);
  ASSERT_EQ(r.status, 200) << r.body;
  json entry = JsonOf(r);
  EXPECT_EQ(entry["state"], "submitted");
  EXPECT_EQ(entry["version"], 2);
  EXPECT_DOUBLE_EQ(Progress(mentor_)["pending_days"].get<double>(), 1.0);

  r = api_.Call("GET", "/api/v1/logbook/review-queue", "", mentor_);
  ASSERT_EQ(r.status, 200) << r.body;
  json queue = JsonOf(r)["items"];
  ASSERT_EQ(queue.size(), 1U);
  EXPECT_EQ(queue[0]["id"], entry["id"]);
  EXPECT_EQ(queue[0]["placement"]["student"]["id"], student_.user_id);
  EXPECT_TRUE(JsonOf(api_.Call("GET", "/api/v1/logbook/review-queue", "", other_mentor_))["items"].empty());

  r = Review({entry["id"]}, "approve", "", mentor_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(JsonOf(r)["items"][0]["state"], "approved");
  for (const TestSession& who : {student_, mentor_, coordinator_, supervisor_, lead_}) {
    json p = Progress(who);
    EXPECT_DOUBLE_EQ(p["approved_days"].get<double>(), 1.0);
    EXPECT_DOUBLE_EQ(p["share_done"].get<double>(), 1.0 / 14);
  }
  EXPECT_TRUE(JsonOf(api_.Call("GET", "/api/v1/logbook/review-queue", "", mentor_))["items"].empty());
  EXPECT_TRUE(AuditHas("logbook_entry.approved"));
}

TEST_P(LogbookApi, R7_AChangedApprovedEntryMustBeApprovedAgainAndEveryVersionIsKept) {
  json entry = JsonOf(Save("2027-02-16", Day("Onthaal nieuwe medewerkers.", true), student_));
  ASSERT_EQ(Review({entry["id"]}, "approve", "", mentor_).status, 200);
  // Saved unchanged: it stays approved, no new version.
  json same = JsonOf(Save("2027-02-16", Day("Onthaal nieuwe medewerkers.", true), student_));
  EXPECT_EQ(same["state"], "approved");
  EXPECT_EQ(same["version"], 2);
  // Changed: back to the mentor, and the day no longer counts as approved.
  json changed = JsonOf(Save("2027-02-16", Day("Onthaal nieuwe medewerkers en een exitgesprek.", true), student_));
  EXPECT_EQ(changed["state"], "submitted");
  EXPECT_DOUBLE_EQ(Progress(student_)["approved_days"].get<double>(), 0.0);
  ASSERT_EQ(Review({entry["id"]}, "approve", "", mentor_).status, 200);

  http::Response r =
      api_.Call("GET", "/api/v1/logbook-entries/" + std::to_string(entry["id"].get<std::int64_t>()) + "/history", "",
                supervisor_);
  ASSERT_EQ(r.status, 200) << r.body;
  json versions = JsonOf(r)["items"];
  ASSERT_EQ(versions.size(), 4U);
  EXPECT_EQ(versions[0]["action"], "submitted");
  EXPECT_EQ(versions[1]["action"], "approved");
  EXPECT_EQ(versions[2]["action"], "submitted");
  EXPECT_EQ(versions[2]["entry"]["activities"], "Onthaal nieuwe medewerkers en een exitgesprek.");
  EXPECT_EQ(versions[0]["entry"]["activities"], "Onthaal nieuwe medewerkers.");
  EXPECT_EQ(versions[3]["action"], "approved");
}

TEST_P(LogbookApi, R1_ADayThatIsNotPlannedOrStillToComeIsRefused) {
  http::Response r = Save("2027-02-17", Day("Extra dag.", true), student_);
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(ErrorFields(r), std::set<std::string>{"date"});
  EXPECT_NE(r.body.find("17/02/2027"), std::string::npos) << r.body;
  r = Save("2027-03-02", Day("Te vroeg.", true), student_);
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(ErrorFields(r), std::set<std::string>{"date"});
  r = Save("2027-02-31", Day("Geen dag.", true), student_);
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(ErrorFields(r), std::set<std::string>{"date"});
  r = Save("2027-02-16", {{"start", "9u"}, {"end", "17:00"}, {"activities", "x"}}, student_);
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(ErrorFields(r), (std::set<std::string>{"start", "break_minutes"}));
  EXPECT_EQ(JsonOf(api_.Call("GET", Logbook(), "", student_))["days"][0]["entry"], nullptr);
}

TEST_P(LogbookApi, R7_BulkApprovalAndAReturnNeedsACommentAndReachesTheStudent) {
  json first = JsonOf(Save("2027-02-16", Day("Loonfiches nagekeken.", true), student_));
  json second = JsonOf(Save("2027-02-23", Day("Vakantieaanvragen verwerkt.", true, "13:00"), student_));
  EXPECT_EQ(second["flags"], json::array({"partial_day"}));
  http::Response r = Review({first["id"], second["id"]}, "return", " ", mentor_);
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(ErrorFields(r), std::set<std::string>{"comment"});
  r = Review({first["id"], second["id"]}, "return", "Vermeld ook je pauze.", mentor_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(MailsTo("lotte@student.be", "Logboek teruggestuurd"), 1);
  json today = JsonOf(api_.Call("GET", "/api/v1/me/today", "", student_));
  ASSERT_EQ(today["items"].size(), 1U);
  EXPECT_EQ(today["items"][0]["returned_days"].size(), 2U);
  // Returned entries are fixed and submitted again, then approved together.
  Save("2027-02-16", Day("Loonfiches nagekeken, pauze 30 min.", true), student_);
  Save("2027-02-23", Day("Vakantieaanvragen verwerkt, pauze 30 min.", true, "13:00"), student_);
  r = Review({first["id"], second["id"]}, "approve", "", mentor_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(JsonOf(r)["items"].size(), 2U);
  EXPECT_DOUBLE_EQ(Progress(coordinator_)["approved_days"].get<double>(), 1.0 + 210.0 / 450.0);
  // Approving again is refused with the day named, and nothing changes.
  r = Review({first["id"]}, "approve", "", mentor_);
  EXPECT_EQ(r.status, 409);
  EXPECT_NE(r.body.find("16/02/2027"), std::string::npos);
}

TEST_P(LogbookApi, OnlyTheStudentWritesAndOnlyTheirMentorReviews) {
  json entry = JsonOf(Save("2027-02-16", Day("Sollicitatiegesprek bijgewoond.", true), student_));
  EXPECT_EQ(Save("2027-02-16", Day("Door iemand anders.", true), other_student_).status, 403);
  EXPECT_EQ(api_.Call("GET", Logbook(), "", other_student_).status, 403);
  EXPECT_EQ(api_.Call("GET", Logbook(), "", other_mentor_).status, 403);
  EXPECT_EQ(Review({entry["id"]}, "approve", "", other_mentor_).status, 403);
  EXPECT_EQ(Review({entry["id"], 999999}, "approve", "", mentor_).status, 404);
  EXPECT_EQ(JsonOf(api_.Call("GET", Logbook(), "", student_))["days"][0]["entry"]["state"], "submitted");
  EXPECT_EQ(api_.Call("GET", "/api/v1/logbook-entries/" + std::to_string(entry["id"].get<std::int64_t>()) + "/history",
                      "", other_mentor_)
                .status,
            403);
}

TEST_P(LogbookApi, R5_TheCohortOverviewShowsWhoIsBehind) {
  Save("2027-02-16", Day("Loonfiches nagekeken.", true), student_);
  http::Response r = api_.Call("GET", Cohort("/progress"), "", coordinator_);
  ASSERT_EQ(r.status, 200) << r.body;
  json rows = JsonOf(r)["items"];
  ASSERT_EQ(rows.size(), 1U);
  EXPECT_TRUE(rows[0]["behind"]);  // 23/02 has no entry
  EXPECT_EQ(rows[0]["progress"]["missed_days"], 1);
  EXPECT_EQ(rows[0]["past_planned_days"], 2);
  Save("2027-02-23", Day("Vakantieaanvragen verwerkt.", true), student_);
  rows = JsonOf(api_.Call("GET", Cohort("/progress"), "", supervisor_))["items"];
  EXPECT_FALSE(rows[0]["behind"]);
  EXPECT_EQ(api_.Call("GET", Cohort("/progress"), "", student_).status, 403);
}

TEST_P(LogbookApi, TodayShowsTheStudentsDayAndWhatIsStillToWrite) {
  Advance(std::chrono::days(6));  // Tuesday 02/03/2027, a planned day
  json today = JsonOf(api_.Call("GET", "/api/v1/me/today", "", student_));
  EXPECT_EQ(today["date"], "2027-03-02");
  ASSERT_EQ(today["items"].size(), 1U);
  json item = today["items"][0];
  EXPECT_EQ(item["today"], "planned");
  EXPECT_EQ(item["today_entry"], nullptr);
  EXPECT_EQ(item["next_day"], "2027-03-09");
  EXPECT_EQ(item["days_to_write"], json::array({"2027-02-16", "2027-02-23"}));
  EXPECT_EQ(item["placement"]["organisation"]["name"], "HR Partners");
  ASSERT_EQ(Save("2027-03-02", Day("Eerste dag na de vakantie.", false), student_).status, 200);
  item = JsonOf(api_.Call("GET", "/api/v1/me/today", "", student_))["items"][0];
  EXPECT_EQ(item["today_entry"]["state"], "draft");
}

TEST_P(LogbookApi, R6_RemindersGoOutOnceADayToStudentsWithDaysToWriteAndMentorsWithEntriesWaiting) {
  // Today 24/02: 16/02 is eight days old, 23/02 one day (under the two-day setting).
  Save("2027-02-16", Day("", false), student_);  // a draft is not yet written
  Result<app::ReminderReport> sent = app::SendLogbookReminders(api_.Ctx());
  ASSERT_TRUE(sent.has_value());
  EXPECT_EQ(sent->students, 1);
  EXPECT_EQ(sent->mentors, 0);
  EXPECT_EQ(MailsTo("lotte@student.be", "Herinnering: je logboek aanvullen"), 1);
  // The same day: nothing new.
  EXPECT_EQ(app::SendLogbookReminders(api_.Ctx())->students, 0);
  EXPECT_EQ(MailsTo("lotte@student.be", "Herinnering"), 1);

  Save("2027-02-16", Day("Loonfiches nagekeken.", true), student_);
  Save("2027-02-23", Day("Vakantieaanvragen verwerkt.", true), student_);
  Advance(std::chrono::days(3));  // Saturday 27/02: submitted three days ago
  sent = app::SendLogbookReminders(api_.Ctx());
  ASSERT_TRUE(sent.has_value());
  EXPECT_EQ(sent->students, 0);
  EXPECT_EQ(sent->mentors, 1);
  EXPECT_EQ(MailsTo("sofie@werkplek.be", "Herinnering: logboekdagen wachten op jou"), 1);
  EXPECT_EQ(MailsTo("bart@elders.be", "Herinnering"), 0);
}

TEST_P(LogbookApi, TheLogbookExportsAsPdfAndAsCsvForSpreadsheets) {
  json first =
      JsonOf(Save("2027-02-16", Day("Sollicitatiegesprekken voorbereid; één kandidaat geïnterviewd.", true), student_));
  ASSERT_EQ(Review({first["id"]}, "approve", "", mentor_).status, 200);
  Save("2027-02-23", Day("Vakantieaanvragen verwerkt.", true, "13:00"), student_);

  http::Response r = api_.Call("GET", Logbook(".csv"), "", supervisor_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.Header("Content-Type"), "text/csv; charset=utf-8");
  EXPECT_NE(r.Header("Content-Disposition").find("logboek-"), std::string::npos);
  ASSERT_EQ(r.body.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_NE(r.body.find("Datum;Dag;Soort;Begin;Einde"), std::string::npos) << r.body;
  EXPECT_NE(r.body.find("16/02/2027;di;Gepland;09:00;17:00;30;7 u 30;1,00;Goedgekeurd;\"Sollicitatiegesprekken "
                        "voorbereid; één kandidaat geïnterviewd.\""),
            std::string::npos)
      << r.body;
  EXPECT_NE(r.body.find("23/02/2027;di;Gepland;09:00;13:00;30;3 u 30;0,47;Ingediend"), std::string::npos);
  EXPECT_NE(r.body.find("02/03/2027;di;Gepland;;;;;;Niet ingevuld"), std::string::npos);

  r = api_.Call("GET", Logbook(".pdf"), "", student_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.Header("Content-Type"), "application/pdf");
  ASSERT_EQ(r.body.substr(0, 5), "%PDF-");
  const std::string text = PdfText(r.body);
  EXPECT_NE(text.find("Logboek"), std::string::npos) << text;
  EXPECT_NE(text.find("HR Partners"), std::string::npos) << text;
  EXPECT_NE(text.find("geïnterviewd"), std::string::npos) << text;
  EXPECT_NE(text.find("16/02/2027"), std::string::npos) << text.substr(0, 3000);
  EXPECT_NE(text.find("1,0 van 14 dagen goedgekeurd"), std::string::npos) << text;
  EXPECT_EQ(api_.Call("GET", Logbook(".pdf"), "", other_mentor_).status, 403);
}

INSTANTIATE_TEST_SUITE_P(BothEngines, LogbookApi, ::testing::Values(Engine::kSqlite, Engine::kPostgres),
                         EngineTestName);

}  // namespace
}  // namespace leerplek::testing
