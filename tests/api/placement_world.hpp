// A programme with the HR-support curriculum, a cohort with its coordinator contact, students and mentors,
// Instroom on every Tuesday from 16/02 to 25/05/2027, and two organisations: the ground the placement,
// logbook and absence API tests stand on.
#pragma once

#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <set>

#include "api/api_harness.hpp"

namespace leerplek::testing {

// Runs a command on the bytes written to a temporary file ("{}" in the command stands for its path) and
// returns what the command prints: pdftotext for PDFs (poppler-utils), unzip for .xlsx parts.
inline std::string OutputOn(const std::string& bytes, const std::string& command) {
  const std::string path = ::testing::TempDir() + "leerplek-" + std::to_string(::getpid()) + ".bin";
  {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
  }
  std::string line = command;
  line.replace(line.find("{}"), 2, "'" + path + "'");
  std::string text;
  if (FILE* p = ::popen(line.c_str(), "r")) {
    char buffer[4096];
    while (std::size_t n = std::fread(buffer, 1, sizeof buffer, p)) text.append(buffer, n);
    ::pclose(p);
  }
  std::remove(path.c_str());
  return text;
}
inline std::string PdfText(const std::string& pdf) { return OutputOn(pdf, "pdftotext -layout {} -"); }
inline std::string ZipPart(const std::string& zip, const std::string& member) {
  return OutputOn(zip, "unzip -p {} '" + member + "'");
}

// A moment in UTC, for moving the test clock.
inline app::Timestamp Utc(int y, unsigned m, unsigned d, int h, int min) {
  return app::Timestamp(std::chrono::sys_days{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}} +
                        std::chrono::hours{h} + std::chrono::minutes{min});
}

// A small but real PDF: header, one object, trailer and end marker.
inline std::string Pdf(const std::string& text = "Werkplekleerovereenkomst") {
  return "%PDF-1.4\n1 0 obj\n<< /Title (" + text + ") >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
}

class PlacementWorld : public ::testing::TestWithParam<Engine> {
 protected:
  using json = nlohmann::json;

  PlacementWorld() : api_(GetParam(), "leerplek_api") {
    lead_ = api_.AddUserAndLogIn("els@school.be", {"programme_lead"});
    coordinator_ = api_.AddUserAndLogIn("koen@school.be", {"coordinator"});
    supervisor_ = api_.AddUserAndLogIn("pieter@school.be", {"supervisor"});
    http::Response r = api_.Call("POST", "/api/v1/curriculum-imports", SourceFile("curricula/hr-support.toml"), lead_);
    programme_ = JsonOf(r)["programme"]["id"];
    for (const TestSession& staff : {coordinator_, supervisor_}) {
      api_.Call("POST", "/api/v1/programmes/" + std::to_string(programme_) + "/staff",
                json{{"user_id", staff.user_id}}.dump(), lead_);
    }
    r = api_.Call(
        "POST", "/api/v1/cohorts",
        json{{"programme_id", programme_}, {"name", "HR-support 2026–2027"}, {"academic_year", "2026-2027"}}.dump(),
        coordinator_);
    cohort_ = JsonOf(r)["id"];
    api_.Call(
        "PATCH", "/api/v1/cohorts/" + std::to_string(cohort_),
        R"({"contacts":[{"role":"coordinator","name":"Koen Desmet","phone":"+32 3 123 45 67","email":"wpl@school.be"}]})",
        coordinator_);
    student_ = Member("lotte@student.be", "student");
    other_student_ = Member("jonas@student.be", "student");
    mentor_ = Member("sofie@werkplek.be", "mentor");
    other_mentor_ = Member("bart@elders.be", "mentor");
    // Instroom: every Tuesday from 16/02 to 25/05/2027.
    EXPECT_EQ(api_.Call("PUT", Cohort("/calendar/instroom"),
                        R"({"rule":{"patterns":[{"from":"2027-02-16","to":"2027-05-25","weekdays":[2]}]}})", lead_)
                  .status,
              200);
    partners_ = Organisation("HR Partners");
    stad_ = Organisation("Stad Mechelen");
  }

  TestSession Member(const std::string& email, const std::string& role) {
    return api_.AddMemberAndLogIn(cohort_, email, role, coordinator_);
  }
  std::int64_t Organisation(const std::string& name) {
    http::Response r = api_.Call("POST", "/api/v1/organisations",
                                 json{{"name", name},
                                      {"kind", "social_secretariat"},
                                      {"postcode", "2000"},
                                      {"city", "Antwerpen"},
                                      {"start_time", "08:30"}}
                                     .dump(),
                                 coordinator_);
    EXPECT_EQ(r.status, 201) << r.body;
    return JsonOf(r)["id"];
  }
  // Sets the clock and logs everybody in again (sessions end after a while without use); a test with more
  // sessions logs those in again in LogInOthers.
  void MoveTo(app::Timestamp at) {
    api_.Clock().Set(at);
    for (auto [session, email] : {std::pair{&student_, "lotte@student.be"},
                                  {&other_student_, "jonas@student.be"},
                                  {&mentor_, "sofie@werkplek.be"},
                                  {&other_mentor_, "bart@elders.be"}}) {
      *session = api_.LogIn(email, "een goed wachtwoord");
    }
    for (auto [session, email] :
         {std::pair{&coordinator_, "koen@school.be"}, {&supervisor_, "pieter@school.be"}, {&lead_, "els@school.be"}}) {
      *session = api_.LogIn(email);
    }
    LogInOthers();
  }
  virtual void LogInOthers() {}
  std::string Cohort(const std::string& rest) const { return "/api/v1/cohorts/" + std::to_string(cohort_) + rest; }
  static std::string Placement(std::int64_t id, const std::string& rest = "") {
    return "/api/v1/placements/" + std::to_string(id) + rest;
  }
  json Request(const std::string& module, std::int64_t organisation) const {
    return {{"cohort_id", cohort_},
            {"module", module},
            {"organisation_id", organisation},
            {"mentor_id", mentor_.user_id},
            {"tasks", json::array({{{"domain", "recruitment_selection"}, {"text", "Cv-screening"}},
                                   {{"domain", "payroll"}, {"text", "Mee de tijdsregistratie verwerken"}}})}};
  }
  std::int64_t Requested(const json& body, const TestSession& who) {
    http::Response r = api_.Call("POST", "/api/v1/placements", body.dump(), who);
    EXPECT_EQ(r.status, 201) << r.body;
    return JsonOf(r)["id"];
  }
  std::int64_t Approved(const std::string& module, std::int64_t organisation) {
    const std::int64_t id = Requested(Request(module, organisation), student_);
    http::Response r = api_.Call("POST", Placement(id, "/decision"), R"({"decision":"approve"})", coordinator_);
    EXPECT_EQ(r.status, 200) << r.body;
    return id;
  }
  int MailsTo(const std::string& to, const std::string& subject_part) {
    int n = 0;
    Status s = api_.Db().Read([&](app::Repositories& repos) -> Status {
      for (const auto& m : repos.Mail().Due(api_.Clock().Now() + std::chrono::hours(24 * 365), 1000)) {
        if (m.to == to && m.subject.find(subject_part) != std::string::npos) ++n;
      }
      return {};
    });
    EXPECT_TRUE(s.has_value());
    return n;
  }
  bool AuditHas(const std::string& action) {
    bool found = false;
    Status s = api_.Db().Read([&](app::Repositories& repos) -> Status {
      for (const auto& e : repos.Audit().Page(std::nullopt, 10000)) found = found || e.action == action;
      return {};
    });
    EXPECT_TRUE(s.has_value());
    return found;
  }
  std::set<std::string> BlockerCodes(std::int64_t id, const TestSession& who) {
    std::set<std::string> out;
    json p = JsonOf(api_.Call("GET", Placement(id), "", who));
    for (const auto& b : p["blockers"]) out.insert(b["code"].get<std::string>());
    return out;
  }

  ApiHarness api_;
  TestSession lead_, coordinator_, supervisor_, student_, other_student_, mentor_, other_mentor_;
  std::int64_t programme_ = 0;
  std::int64_t cohort_ = 0;
  std::int64_t partners_ = 0;
  std::int64_t stad_ = 0;
};

}  // namespace leerplek::testing
