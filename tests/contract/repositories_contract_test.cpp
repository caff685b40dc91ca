// The same repository suite against SQLite and PostgreSQL: both engines must behave alike.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "leerplek/storage/sql/migrations.hpp"
#include "support/test_support.hpp"

namespace leerplek::testing {
namespace {

using app::Repositories;
using domain::Role;
using domain::User;
using domain::UserId;

class RepositoryContract : public ::testing::TestWithParam<Engine> {
 protected:
  void SetUp() override { db_ = FreshDatabase(GetParam(), "leerplek_contract"); }

  // Runs work in a write transaction and fails the test on an error.
  void Write(const std::function<void(Repositories&)>& work) {
    Status s = db_->Write([&](Repositories& r) -> Status {
      work(r);
      return {};
    });
    ASSERT_TRUE(s.has_value()) << s.error().detail;
  }
  void Read(const std::function<void(Repositories&)>& work) {
    Status s = db_->Read([&](Repositories& r) -> Status {
      work(r);
      return {};
    });
    ASSERT_TRUE(s.has_value()) << s.error().detail;
  }
  UserId AddUser(const std::string& email, domain::RoleSet roles) {
    UserId id;
    Write([&](Repositories& r) { id = r.Users().Insert(User{{}, email, "Naam " + email, roles, true, false}, now_); });
    return id;
  }

  std::unique_ptr<storage::Database> db_;
  app::Timestamp now_ = StartOfTerm();
};

TEST_P(RepositoryContract, UserRoundTripsWithSeveralRoles) {
  const UserId id = AddUser("lotte@student.be", {Role::kStudent, Role::kAdmin});
  Read([&](Repositories& r) {
    auto by_id = r.Users().ById(id);
    ASSERT_TRUE(by_id);
    EXPECT_EQ(by_id->email, "lotte@student.be");
    EXPECT_EQ(by_id->name, "Naam lotte@student.be");
    EXPECT_EQ(by_id->roles, (domain::RoleSet{Role::kStudent, Role::kAdmin}));
    EXPECT_TRUE(by_id->active);
    EXPECT_FALSE(by_id->has_password);
    auto by_email = r.Users().ByEmail("lotte@student.be");
    ASSERT_TRUE(by_email);
    EXPECT_EQ(by_email->id, id);
    EXPECT_FALSE(r.Users().ByEmail("niemand@student.be"));
    EXPECT_FALSE(r.Users().PasswordHash(id).value_or("").size());
  });
}

TEST_P(RepositoryContract, UpdateReplacesRolesAndKeepsTheRest) {
  const UserId id = AddUser("sofie@werkplek.be", {Role::kMentor});
  Write([&](Repositories& r) {
    User u = *r.Users().ById(id);
    u.roles = {Role::kSupervisor, Role::kCoordinator};
    u.active = false;
    u.name = "Sofie Janssens";
    r.Users().Update(u);
    r.Users().SetPasswordHash(id, "$argon2id$hash");
  });
  Read([&](Repositories& r) {
    User u = *r.Users().ById(id);
    EXPECT_EQ(u.roles, (domain::RoleSet{Role::kSupervisor, Role::kCoordinator}));
    EXPECT_FALSE(u.active);
    EXPECT_EQ(u.name, "Sofie Janssens");
    EXPECT_TRUE(u.has_password);
    EXPECT_EQ(r.Users().PasswordHash(id), "$argon2id$hash");
  });
}

TEST_P(RepositoryContract, ListGivesEveryUserWithRolesSortedByName) {
  AddUser("b@x.be", {Role::kMentor});
  AddUser("a@x.be", {Role::kStudent, Role::kOmbuds});
  Read([&](Repositories& r) {
    auto users = r.Users().List();
    ASSERT_EQ(users.size(), 2U);
    EXPECT_EQ(users[0].email, "a@x.be");
    EXPECT_EQ(users[0].roles, (domain::RoleSet{Role::kStudent, Role::kOmbuds}));
    EXPECT_EQ(users[1].roles, domain::RoleSet{Role::kMentor});
    EXPECT_EQ(r.Users().Count(), 2);
  });
}

TEST_P(RepositoryContract, SessionsAreFoundTouchedAndDeleted) {
  const UserId id = AddUser("s@x.be", {Role::kStudent});
  Write([&](Repositories& r) {
    r.Sessions().Insert({"digest-1", id, "csrf-1", now_, now_});
    r.Sessions().Insert({"digest-2", id, "csrf-2", now_, now_});
    r.Sessions().Touch("digest-1", now_ + std::chrono::minutes(10));
  });
  Read([&](Repositories& r) {
    auto s = r.Sessions().Find("digest-1");
    ASSERT_TRUE(s);
    EXPECT_EQ(s->user, id);
    EXPECT_EQ(s->csrf_token, "csrf-1");
    EXPECT_EQ(s->created_at, now_);
    EXPECT_EQ(s->last_seen_at, now_ + std::chrono::minutes(10));
  });
  Write([&](Repositories& r) { r.Sessions().Delete("digest-1"); });
  Read([&](Repositories& r) {
    EXPECT_FALSE(r.Sessions().Find("digest-1"));
    EXPECT_TRUE(r.Sessions().Find("digest-2"));
  });
  Write([&](Repositories& r) { r.Sessions().DeleteForUser(id); });
  Read([&](Repositories& r) { EXPECT_FALSE(r.Sessions().Find("digest-2")); });
}

TEST_P(RepositoryContract, OneTimeTokensAreUsedOnceAndOlderOnesExpire) {
  const UserId id = AddUser("t@x.be", {Role::kStudent});
  const auto later = now_ + std::chrono::hours(1);
  Write([&](Repositories& r) {
    r.Tokens().Insert({"tok-1", id, domain::TokenPurpose::kInvitation, now_, later, std::nullopt});
    r.Tokens().ExpireOpen(id, domain::TokenPurpose::kInvitation, now_);
    r.Tokens().Insert({"tok-2", id, domain::TokenPurpose::kInvitation, now_, later, std::nullopt});
    r.Tokens().MarkUsed("tok-2", now_ + std::chrono::minutes(1));
  });
  Read([&](Repositories& r) {
    auto t1 = r.Tokens().Find("tok-1");
    ASSERT_TRUE(t1);
    EXPECT_EQ(t1->expires_at, now_);
    auto t2 = r.Tokens().Find("tok-2");
    ASSERT_TRUE(t2);
    EXPECT_EQ(t2->purpose, domain::TokenPurpose::kInvitation);
    EXPECT_EQ(t2->used_at, now_ + std::chrono::minutes(1));
    EXPECT_FALSE(r.Tokens().Find("tok-3"));
  });
}

TEST_P(RepositoryContract, LoginFailuresCountWithinTheWindowOnly) {
  Write([&](Repositories& r) {
    r.LoginAttempts().RecordFailure("account:a@x.be", now_);
    r.LoginAttempts().RecordFailure("account:a@x.be", now_ + std::chrono::minutes(5));
    r.LoginAttempts().RecordFailure("account:b@x.be", now_);
  });
  Read([&](Repositories& r) {
    auto all = r.LoginAttempts().FailuresSince("account:a@x.be", now_ - std::chrono::seconds(1));
    EXPECT_EQ(all.count, 2);
    EXPECT_EQ(all.oldest, now_);
    auto recent = r.LoginAttempts().FailuresSince("account:a@x.be", now_);
    EXPECT_EQ(recent.count, 1);
    EXPECT_EQ(r.LoginAttempts().FailuresSince("account:c@x.be", now_ - std::chrono::hours(1)).count, 0);
  });
  Write([&](Repositories& r) { r.LoginAttempts().Clear("account:a@x.be"); });
  Read([&](Repositories& r) {
    EXPECT_EQ(r.LoginAttempts().FailuresSince("account:a@x.be", now_ - std::chrono::hours(1)).count, 0);
    EXPECT_EQ(r.LoginAttempts().FailuresSince("account:b@x.be", now_ - std::chrono::hours(1)).count, 1);
  });
}

TEST_P(RepositoryContract, AuditTrailPagesNewestFirstWithSnapshots) {
  const UserId actor = AddUser("admin@x.be", {Role::kAdmin});
  Write([&](Repositories& r) {
    for (int i = 0; i < 5; ++i) {
      app::AuditEvent e;
      e.at = now_ + std::chrono::seconds(i);
      e.actor = actor;
      e.action = "user.updated";
      e.entity = "user";
      e.entity_id = std::to_string(i);
      e.before = app::Snapshot{{"name", "oud é"}};
      e.after = app::Snapshot{{"name", "nieuw ë"}};
      r.Audit().Append(e);
    }
  });
  Read([&](Repositories& r) {
    auto page = r.Audit().Page(std::nullopt, 3);
    ASSERT_EQ(page.size(), 3U);
    EXPECT_EQ(page[0].entity_id, "4");
    EXPECT_EQ(page[0].actor_name, "Naam admin@x.be");
    EXPECT_EQ(page[0].before->at("name"), "oud é");
    EXPECT_EQ(page[0].after->at("name"), "nieuw ë");
    auto rest = r.Audit().Page(page.back().id, 10);
    ASSERT_EQ(rest.size(), 2U);
    EXPECT_EQ(rest[1].entity_id, "0");
  });
}

TEST_P(RepositoryContract, AuditTrailCannotBeChangedOrDeleted) {
  Write([&](Repositories& r) {
    app::AuditEvent e;
    e.at = now_;
    e.action = "x";
    e.entity = "user";
    e.entity_id = "1";
    r.Audit().Append(e);
  });
  db_->WithWriter([](storage::Connection& c) {
    EXPECT_THROW(c.Query("UPDATE audit_events SET action = 'y'", {}), storage::DbError);
    EXPECT_THROW(c.Query("DELETE FROM audit_events", {}), storage::DbError);
  });
  Read([&](Repositories& r) { EXPECT_EQ(r.Audit().Page(std::nullopt, 10).at(0).action, "x"); });
}

TEST_P(RepositoryContract, OutboxHandsOutDueMailAndRemembersFailures) {
  Write([&](Repositories& r) {
    r.Mail().Enqueue({0, "a@x.be", "Onderwerp", "Tekst", 0, {}}, now_);
    r.Mail().Enqueue({0, "b@x.be", "Onderwerp 2", "Tekst 2", 0, {}}, now_);
  });
  std::vector<app::OutgoingMail> due;
  Read([&](Repositories& r) { due = r.Mail().Due(now_, 10); });
  ASSERT_EQ(due.size(), 2U);
  EXPECT_EQ(due[0].to, "a@x.be");
  Write([&](Repositories& r) {
    r.Mail().MarkSent(due[0].id, now_);
    r.Mail().MarkFailed(due[1].id, 1, now_ + std::chrono::minutes(1), "connection refused");
  });
  Read([&](Repositories& r) {
    EXPECT_TRUE(r.Mail().Due(now_, 10).empty());
    auto retry = r.Mail().Due(now_ + std::chrono::minutes(1), 10);
    ASSERT_EQ(retry.size(), 1U);
    EXPECT_EQ(retry[0].attempts, 1);
  });
  Write([&](Repositories& r) { r.Mail().MarkFailed(due[1].id, 8, std::nullopt, "given up"); });
  Read([&](Repositories& r) { EXPECT_TRUE(r.Mail().Due(now_ + std::chrono::hours(100), 10).empty()); });
}

TEST_P(RepositoryContract, AFailedUnitOfWorkLeavesNothingBehind) {
  Status failed = db_->Write([&](Repositories& r) -> Status {
    r.Users().Insert(User{{}, "weg@x.be", "Weg", {Role::kStudent}, true, false}, now_);
    return MakeError(ErrorCode::kInvalidArgument, "nee");
  });
  EXPECT_FALSE(failed.has_value());
  Status thrown = db_->Write([&](Repositories& r) -> Status {
    r.Users().Insert(User{{}, "ook-weg@x.be", "Weg", {Role::kStudent}, true, false}, now_);
    r.Users().Insert(User{{}, "ook-weg@x.be", "Dubbel", {Role::kStudent}, true, false}, now_);
    return {};
  });
  ASSERT_FALSE(thrown.has_value());
  EXPECT_EQ(thrown.error().code, ErrorCode::kConflict);
  EXPECT_EQ(thrown.error().message.find("UNIQUE"), std::string::npos) << "no SQL in the user's message";
  Read([&](Repositories& r) { EXPECT_EQ(r.Users().Count(), 0); });
}

TEST_P(RepositoryContract, InABatchAFailingWriteLeavesNothingAndTheOthersAreCommitted) {
  using Work = std::function<Status(Repositories&)>;
  const auto insert = [&](const std::string& email) -> Work {
    return [&, email](Repositories& r) -> Status {
      r.Users().Insert(User{{}, email, "Naam", {Role::kStudent}, true, false}, now_);
      return {};
    };
  };
  const Work first = insert("een@x.be");
  const Work refused = [&](Repositories& r) -> Status {
    r.Users().Insert(User{{}, "geweigerd@x.be", "Nee", {Role::kStudent}, true, false}, now_);
    return MakeError(ErrorCode::kInvalidArgument, "nee");
  };
  const Work clash = [&](Repositories& r) -> Status {  // a constraint error half-way (PostgreSQL aborts)
    r.Users().Insert(User{{}, "botsing@x.be", "Eerst", {Role::kStudent}, true, false}, now_);
    r.Users().Insert(User{{}, "een@x.be", "Dubbel", {Role::kStudent}, true, false}, now_);
    return {};
  };
  const Work last = insert("twee@x.be");
  std::vector<Status> results = db_->WriteEach({&first, &refused, &clash, &last});
  ASSERT_EQ(results.size(), 4U);
  EXPECT_TRUE(results[0].has_value());
  EXPECT_EQ(results[1].error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(results[2].error().code, ErrorCode::kConflict);
  EXPECT_TRUE(results[3].has_value());
  Read([&](Repositories& r) {
    EXPECT_EQ(r.Users().Count(), 2);
    EXPECT_TRUE(r.Users().ByEmail("een@x.be"));
    EXPECT_TRUE(r.Users().ByEmail("twee@x.be"));
    EXPECT_FALSE(r.Users().ByEmail("geweigerd@x.be"));
    EXPECT_FALSE(r.Users().ByEmail("botsing@x.be"));
  });
}

TEST_P(RepositoryContract, ConcurrentWritesAreAllCommittedOnceEach) {
  constexpr int kThreads = 6;
  constexpr int kEach = 25;
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kEach; ++i) {
        const std::string email = "s" + std::to_string(t) + "-" + std::to_string(i) + "@x.be";
        Status s = db_->Write([&](Repositories& r) -> Status {
          r.Users().Insert(User{{}, email, "Naam", {Role::kStudent}, true, false}, now_);
          // Every third write of one thread is refused: it must leave nothing behind.
          if (t == 0 && i % 3 == 0) return MakeError(ErrorCode::kInvalidArgument, "nee");
          return {};
        });
        if (!s.has_value()) ++failures;
      }
    });
  }
  for (std::thread& th : threads) th.join();
  EXPECT_EQ(failures.load(), (kEach + 2) / 3);
  Read([&](Repositories& r) { EXPECT_EQ(r.Users().Count(), kThreads * kEach - (kEach + 2) / 3); });
}

TEST_P(RepositoryContract, MigratingTwiceChangesNothing) {
  db_->WithWriter([](storage::Connection& c) {
    const int version = storage::SchemaVersion(c);
    EXPECT_GE(version, 1);
    EXPECT_EQ(storage::Migrate(c), 0);
    EXPECT_EQ(storage::SchemaVersion(c), version);
  });
}

domain::Curriculum SmallCurriculum() {
  domain::Curriculum c;
  c.programme_code = "boekhouden";
  c.programme_name = "Graduaat Boekhouden";
  c.institution = "Hogeschool Test";
  c.version_label = "2027-1";
  c.phases = 2;
  c.notes = "Één keuze: dit is testdata.";
  c.course_units = {{"Boekhouden 1", domain::CourseUnitKind::kKnowledgeFrame, 1, 1, ""},
                    {"Werkplekleren: Kantoor", domain::CourseUnitKind::kWorkplaceLearning, 1, 2, "kantoor"}};
  c.modules = {{"kantoor", "Kantoor", 1, {3, 4}, 10, "Beschrijving", {"Doel één", "Doel twee"}, {}, std::nullopt},
               {"eindwerk", "Eindwerk", 2, {7, 8}, 40, "", {"Doel"}, {"kantoor"}, std::nullopt}};
  return c;
}

TEST_P(RepositoryContract, ProgrammeStaffAndClosuresRoundTrip) {
  const UserId lead = AddUser("lead@x.be", {Role::kProgrammeLead});
  domain::ProgrammeId id;
  const domain::Date from{std::chrono::year{2026}, std::chrono::month{12}, std::chrono::day{21}};
  const domain::Date to{std::chrono::year{2027}, std::chrono::month{1}, std::chrono::day{1}};
  Write([&](Repositories& r) {
    id = r.Programmes().Insert({{}, "boekhouden", "Graduaat Boekhouden", "Hogeschool Test", true}, now_);
    r.Programmes().AddStaff(id, lead);
    r.Programmes().AddStaff(id, lead);  // twice is once
    r.Programmes().ReplaceClosures(id, {{from, to, "Kerstvakantie"}});
  });
  Read([&](Repositories& r) {
    EXPECT_EQ(r.Programmes().ByCode("boekhouden")->id, id);
    EXPECT_TRUE(r.Programmes().IsStaff(id, lead));
    EXPECT_EQ(r.Programmes().StaffOf(lead), std::vector<domain::ProgrammeId>{id});
    auto closures = r.Programmes().Closures(id);
    ASSERT_EQ(closures.size(), 1U);
    EXPECT_EQ(closures[0].from, from);
    EXPECT_EQ(closures[0].to, to);
    EXPECT_EQ(closures[0].name, "Kerstvakantie");
  });
}

TEST_P(RepositoryContract, CurriculumVersionsRoundTripWholeAndNumberUp) {
  domain::ProgrammeId id;
  app::VersionInfo v1;
  app::VersionInfo v2;
  Write([&](Repositories& r) {
    id = r.Programmes().Insert({{}, "boekhouden", "Graduaat Boekhouden", "", true}, now_);
    v1 = r.Curricula().InsertVersion(id, SmallCurriculum(), "import", std::nullopt, now_);
    domain::Curriculum edited = SmallCurriculum();
    edited.modules[0].required_days = 12;
    v2 = r.Curricula().InsertVersion(id, edited, "editor", std::nullopt, now_);
  });
  EXPECT_EQ(v1.number, 1);
  EXPECT_EQ(v2.number, 2);
  EXPECT_EQ(v2.origin, "editor");
  Read([&](Repositories& r) {
    EXPECT_EQ(r.Curricula().Latest(id)->id, v2.id);
    EXPECT_EQ(r.Curricula().Versions(id).size(), 2U);
    domain::Curriculum loaded = *r.Curricula().Load(v1.id);
    const domain::Curriculum expected = SmallCurriculum();
    EXPECT_EQ(loaded.programme_code, expected.programme_code);
    EXPECT_EQ(loaded.notes, expected.notes);
    ASSERT_EQ(loaded.course_units.size(), 2U);
    EXPECT_EQ(loaded.course_units[1].module_code, "kantoor");
    EXPECT_EQ(loaded.course_units[0].module_code, "");
    ASSERT_EQ(loaded.modules.size(), 2U);
    EXPECT_EQ(loaded.modules[0].quarters, (std::vector<int>{3, 4}));
    EXPECT_EQ(loaded.modules[0].goals, (std::vector<std::string>{"Doel één", "Doel twee"}));
    EXPECT_EQ(loaded.modules[1].may_share_workplace_with, std::vector<std::string>{"kantoor"});
    EXPECT_EQ(loaded.modules[0].required_days, 10) << "version 1 stays as it was";
    EXPECT_EQ(r.Curricula().Load(v2.id)->modules[0].required_days, 12);
  });
}

TEST_P(RepositoryContract, CohortContactsMembersAndCounts) {
  const UserId student = AddUser("s@x.be", {Role::kStudent});
  const UserId mentor = AddUser("m@x.be", {Role::kMentor});
  domain::CohortId cohort;
  Write([&](Repositories& r) {
    const auto p = r.Programmes().Insert({{}, "boekhouden", "Graduaat Boekhouden", "", true}, now_);
    cohort = r.Cohorts().Insert({{}, p, "Boekhouden 2026–2027", "2026-2027", std::nullopt}, now_);
    r.Cohorts().ReplaceContacts(cohort, {{domain::ContactRole::kCoordinator, "Koen", "+32 3 241 08 29", "k@x.be"}});
    r.Cohorts().AddMember(cohort, student, domain::MemberRole::kStudent, "r0123");
    r.Cohorts().AddMember(cohort, mentor, domain::MemberRole::kMentor, "");
  });
  Read([&](Repositories& r) {
    auto contacts = r.Cohorts().Contacts({cohort});
    ASSERT_EQ(contacts[cohort.value].size(), 1U);
    EXPECT_EQ(contacts[cohort.value][0].phone, "+32 3 241 08 29");
    auto members = r.Cohorts().Members(cohort);
    ASSERT_EQ(members.size(), 2U);
    EXPECT_EQ(members[0].role, domain::MemberRole::kStudent);
    EXPECT_EQ(members[0].student_number, "r0123");
    EXPECT_TRUE(members[0].user.roles.Has(Role::kStudent));
    EXPECT_EQ(r.Cohorts().Counts({cohort})[cohort.value].students, 1);
    EXPECT_EQ(r.Cohorts().Counts({cohort})[cohort.value].mentors, 1);
    EXPECT_EQ(r.Cohorts().OfMember(mentor).size(), 1U);
    EXPECT_EQ(r.Cohorts().RolesOf(cohort, student), std::vector<domain::MemberRole>{domain::MemberRole::kStudent});
    EXPECT_TRUE(r.Cohorts().Find(r.Cohorts().ById(cohort)->programme, "2026-2027", "Boekhouden 2026–2027"));
  });
}

TEST_P(RepositoryContract, CalendarKeepsRuleAndExplicitDays) {
  const UserId student = AddUser("s@x.be", {Role::kStudent});
  domain::CohortId cohort;
  const domain::CalendarRule rule{{{domain::Date{std::chrono::year{2027}, std::chrono::month{2}, std::chrono::day{10}},
                                    domain::Date{std::chrono::year{2027}, std::chrono::month{5}, std::chrono::day{20}},
                                    {2, 3}}},
                                  {domain::Date{std::chrono::year{2027}, std::chrono::month{6}, std::chrono::day{1}}},
                                  {}};
  std::vector<domain::Date> days = domain::WorkplaceDaysFromRule(rule);
  Write([&](Repositories& r) {
    const auto p = r.Programmes().Insert({{}, "boekhouden", "Graduaat Boekhouden", "", true}, now_);
    cohort = r.Cohorts().Insert({{}, p, "C", "2026-2027", std::nullopt}, now_);
    r.Calendars().Save(cohort, "kantoor", rule, days, std::nullopt, now_);
    r.Calendars().Save(cohort, "kantoor", rule, days, std::nullopt, now_);  // replacing, not adding
    r.Calendars().SetFeed(student, "geheim-token", now_);
  });
  Read([&](Repositories& r) {
    auto stored = r.Calendars().Days(cohort);
    EXPECT_EQ(stored["kantoor"], days);
    auto rules = r.Calendars().Rules(cohort);
    ASSERT_EQ(rules["kantoor"].patterns.size(), 1U);
    EXPECT_EQ(rules["kantoor"].patterns[0].weekdays, (std::vector<int>{2, 3}));
    EXPECT_EQ(rules["kantoor"].added, rule.added);
    EXPECT_EQ(r.Calendars().FeedOwner("geheim-token"), student);
    EXPECT_FALSE(r.Calendars().FeedOwner("ander"));
  });
  Write([&](Repositories& r) { r.Calendars().DeleteFeed(student); });
  Read([&](Repositories& r) { EXPECT_FALSE(r.Calendars().Feed(student)); });
}

TEST_P(RepositoryContract, OrganisationsRoundTripWithClosures) {
  const domain::Date may7{std::chrono::year{2027}, std::chrono::month{5}, std::chrono::day{7}};
  domain::Organisation o;
  o.name = "HR Partners";
  o.kind = domain::OrganisationKind::kSocialSecretariat;
  o.street = "Meir 1";
  o.postcode = "2000";
  o.city = "Antwerpen";
  o.start_minutes = 510;
  o.risk_analysis_valid_until = may7;
  o.closures = {{may7, may7, "Brugdag"}};
  Write([&](Repositories& r) { o.id = r.Organisations().Insert(o, now_); });
  Read([&](Repositories& r) {
    auto read = r.Organisations().ById(o.id);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->name, "HR Partners");
    EXPECT_EQ(read->kind, domain::OrganisationKind::kSocialSecretariat);
    EXPECT_EQ(read->start_minutes, 510);
    EXPECT_EQ(read->risk_analysis_valid_until, may7);
    ASSERT_EQ(read->closures.size(), 1U);
    EXPECT_EQ(read->closures[0].name, "Brugdag");
  });
  o.closures.clear();
  o.risk_analysis_valid_until.reset();
  Write([&](Repositories& r) { r.Organisations().Update(o); });
  Read([&](Repositories& r) {
    auto list = r.Organisations().List();
    ASSERT_EQ(list.size(), 1U);
    EXPECT_TRUE(list[0].closures.empty());
    EXPECT_FALSE(list[0].risk_analysis_valid_until);
  });
}

TEST_P(RepositoryContract, MentorProfilesAreReplacedWhole) {
  const UserId mentor = AddUser("m@x.be", {Role::kMentor});
  Write([&](Repositories& r) {
    r.MentorProfiles().Put(mentor, {"HR-adviseur", 3, {domain::HrDomain::kPayroll}, ""}, now_);
    r.MentorProfiles().Put(
        mentor, {"HR business partner", 12, {domain::HrDomain::kWellbeing, domain::HrDomain::kTraining}, "+32 3 1"},
        now_);
  });
  Read([&](Repositories& r) {
    auto p = r.MentorProfiles().Get(mentor);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->job_title, "HR business partner");
    EXPECT_EQ(p->years_of_hr_experience, 12);
    EXPECT_EQ(p->domains, (std::vector<domain::HrDomain>{domain::HrDomain::kWellbeing, domain::HrDomain::kTraining}));
    EXPECT_FALSE(r.MentorProfiles().Get(UserId{mentor.value + 100}));
  });
}

TEST_P(RepositoryContract, PlacementsRoundTripWithTasksEventsDocumentsAndDimona) {
  const UserId student = AddUser("s@x.be", {Role::kStudent});
  const UserId other = AddUser("t@x.be", {Role::kStudent});
  const UserId mentor = AddUser("m@x.be", {Role::kMentor});
  const domain::Date sep14{std::chrono::year{2026}, std::chrono::month{9}, std::chrono::day{14}};
  domain::Placement p;
  domain::DocumentId doc;
  Write([&](Repositories& r) {
    const auto prog = r.Programmes().Insert({{}, "boekhouden", "Graduaat Boekhouden", "", true}, now_);
    p.cohort = r.Cohorts().Insert({{}, prog, "Boekhouden 2026–2027", "2026-2027", std::nullopt}, now_);
    domain::Organisation o;
    o.name = "HR Partners";
    o.postcode = "2000";
    o.city = "Antwerpen";
    p.organisation = r.Organisations().Insert(o, now_);
    p.student = student;
    p.module_code = "instroom";
    p.proposed_mentor = {"An Wouters", "an@talentwerk.be", "+32 3 1"};
    p.tasks = {{domain::HrDomain::kPayroll, "Loonfiches"}, {domain::HrDomain::kWellbeing, "Enquête"}};
    p.motivation = "Dichtbij — één bus.";
    p.created_at = p.updated_at = now_;
    p.id = r.Placements().Insert(p);
    r.Placements().AppendEvent(p.id, {now_, student, "", "requested", "Graag!"});
    doc = r.Documents().Insert({{}, "agreement", "abc.pdf", "overeenkomst.pdf", 1234, student, now_});
    r.Dimona().Put({student, "2026-2027", "STG-1", mentor, now_});
    r.Dimona().Put({student, "2026-2027", "STG-2", mentor, now_});  // replaces
  });
  p.status = domain::PlacementStatus::kApproved;
  p.mentor = mentor;
  p.tasks.pop_back();
  p.signatures = {sep14, std::nullopt, sep14};
  p.agreement_document = doc;
  p.reuse_override_reason = "Enige plek in de regio.";
  Write([&](Repositories& r) { r.Placements().Update(p); });
  Read([&](Repositories& r) {
    auto read = r.Placements().ById(p.id);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->status, domain::PlacementStatus::kApproved);
    EXPECT_EQ(read->mentor, mentor);
    EXPECT_EQ(read->organisation, p.organisation);
    EXPECT_FALSE(read->supervisor);
    ASSERT_EQ(read->tasks.size(), 1U);
    EXPECT_EQ(read->tasks[0].domain, domain::HrDomain::kPayroll);
    EXPECT_EQ(read->signatures, p.signatures);
    EXPECT_EQ(read->agreement_document, doc);
    EXPECT_EQ(read->proposed_mentor.email, "an@talentwerk.be");
    EXPECT_EQ(read->motivation, "Dichtbij — één bus.");
    EXPECT_EQ(read->reuse_override_reason, "Enige plek in de regio.");
    app::PlacementFilter f;
    f.students = {student, other};
    EXPECT_EQ(r.Placements().Find(f).size(), 1U);
    f.students = {other};
    EXPECT_TRUE(r.Placements().Find(f).empty());
    f = {};
    f.cohorts = {p.cohort};
    f.mentor = mentor;
    f.organisation = p.organisation;
    EXPECT_EQ(r.Placements().Find(f).size(), 1U);
    auto events = r.Placements().Events(p.id);
    ASSERT_EQ(events.size(), 1U);
    EXPECT_EQ(events[0].actor_name, "Naam s@x.be");
    EXPECT_EQ(events[0].comment, "Graag!");
    auto d = r.Documents().ById(doc);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->file_name, "overeenkomst.pdf");
    EXPECT_EQ(d->size_bytes, 1234);
    auto dimona = r.Dimona().ForStudents({student, other});
    ASSERT_EQ(dimona.size(), 1U);
    EXPECT_EQ(dimona[0].reference, "STG-2");
    auto users = r.Users().ByIds({mentor, student});
    ASSERT_EQ(users.size(), 2U);
    EXPECT_TRUE(users[0].roles.Has(Role::kMentor) || users[1].roles.Has(Role::kMentor));
    EXPECT_TRUE(r.Users().ByIds({}).empty());
  });
}

TEST_P(RepositoryContract, ModulePlansAreKeptWholeAndOnlyPublishedOnesAreListed) {
  const UserId coordinator = AddUser("k@x.be", {Role::kCoordinator});
  domain::CohortId cohort;
  Write([&](Repositories& r) {
    const auto prog = r.Programmes().Insert({{}, "boekhouden", "Graduaat Boekhouden", "", true}, now_);
    cohort = r.Cohorts().Insert({{}, prog, "Boekhouden 2026–2027", "2026-2027", std::nullopt}, now_);
  });
  const domain::Date oct1{std::chrono::year{2026}, std::chrono::month{10}, std::chrono::day{1}};
  app::SavedRotationPlan plan{cohort,
                              "expeditie-hr",
                              2,
                              {{"Rekrutering", 3, domain::OrganisationId{4}, coordinator}, {"Welzijn", 1, {}, {}}},
                              {{"12", oct1, "Welzijn"}},
                              std::nullopt,
                              coordinator,
                              now_};
  app::SavedGrouping grouping{cohort, "digitaal-vaardig", {{"4", 2}}, {{"12", "4"}}, {{{"12", "13", "14"}, "4"}},
                              now_,   coordinator,        now_};
  Write([&](Repositories& r) {
    r.ModulePlans().PutRotation(plan);
    plan.block_days = 3;  // saving again replaces it
    r.ModulePlans().PutRotation(plan);
    r.ModulePlans().PutGrouping(grouping);
  });
  Read([&](Repositories& r) {
    auto read = r.ModulePlans().Rotation(cohort, "expeditie-hr");
    ASSERT_TRUE(read);
    EXPECT_EQ(read->block_days, 3);
    ASSERT_EQ(read->settings.size(), 2U);
    EXPECT_EQ(read->settings[0].organisation, domain::OrganisationId{4});
    EXPECT_EQ(read->settings[0].mentor, coordinator);
    EXPECT_FALSE(read->settings[1].mentor);
    EXPECT_EQ(read->assignments, plan.assignments);
    EXPECT_FALSE(read->published_at);
    EXPECT_FALSE(r.ModulePlans().Rotation(cohort, "instroom"));
    EXPECT_TRUE(r.ModulePlans().PublishedRotations({cohort}).empty());
    auto groups = r.ModulePlans().PublishedGroupings({cohort});
    ASSERT_EQ(groups.size(), 1U);
    EXPECT_EQ(groups[0].groups, grouping.groups);
    EXPECT_EQ(groups[0].preferences, grouping.preferences);
    EXPECT_EQ(groups[0].companies[0].capacity, 2);
  });
}

TEST_P(RepositoryContract, LogbookEntriesKeepEveryVersionAndAreFoundByPlacementAndState) {
  const UserId student = AddUser("s@x.be", {Role::kStudent});
  const UserId mentor = AddUser("m@x.be", {Role::kMentor});
  const domain::Date feb16{std::chrono::year{2027}, std::chrono::month{2}, std::chrono::day{16}};
  const domain::Date feb23{std::chrono::year{2027}, std::chrono::month{2}, std::chrono::day{23}};
  domain::Placement p;
  domain::LogbookEntry e;
  Write([&](Repositories& r) {
    const auto prog = r.Programmes().Insert({{}, "boekhouden", "Graduaat Boekhouden", "", true}, now_);
    p.cohort = r.Cohorts().Insert({{}, prog, "Boekhouden 2026–2027", "2026-2027", std::nullopt}, now_);
    p.student = student;
    p.module_code = "instroom";
    p.created_at = p.updated_at = now_;
    p.id = r.Placements().Insert(p);
    e.placement = p.id;
    e.date = feb16;
    e.start_minutes = 510;
    e.end_minutes = 1020;
    e.break_minutes = 30;
    e.activities = "Sollicitatiegesprekken voorbereid — één vacature";
    e.goals = {1, 3};
    e.state = domain::EntryState::kSubmitted;
    e.version = 1;
    e.updated_by = student;
    e.updated_at = now_;
    e.submitted_at = now_;
    e.id = r.Logbook().Insert(e);
    r.Logbook().AppendVersion(e, "submitted", student, now_);
    domain::LogbookEntry draft = e;
    draft.date = feb23;
    draft.state = domain::EntryState::kDraft;
    draft.goals = {};
    draft.submitted_at.reset();
    draft.id = r.Logbook().Insert(draft);
  });
  e.state = domain::EntryState::kReturned;
  e.review_comment = "Vul je pauze aan.";
  e.version = 2;
  e.reviewed_by = mentor;
  e.reviewed_at = now_ + std::chrono::hours(1);
  Write([&](Repositories& r) {
    r.Logbook().Update(e);
    r.Logbook().AppendVersion(e, "returned", mentor, *e.reviewed_at);
  });
  Read([&](Repositories& r) {
    auto read = r.Logbook().OnDay(p.id, feb16);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->id, e.id);
    EXPECT_EQ(read->activities, e.activities);
    EXPECT_EQ(read->goals, (std::vector<int>{1, 3}));
    EXPECT_EQ(read->state, domain::EntryState::kReturned);
    EXPECT_EQ(read->review_comment, "Vul je pauze aan.");
    EXPECT_EQ(read->reviewed_by, mentor);
    EXPECT_EQ(read->reviewed_at, e.reviewed_at);
    EXPECT_EQ(read->submitted_at, now_);
    EXPECT_EQ(read->version, 2);
    EXPECT_FALSE(read->catch_up);
    EXPECT_FALSE(
        r.Logbook().OnDay(p.id, domain::Date{std::chrono::year{2027}, std::chrono::month{3}, std::chrono::day{2}}));
    auto all = r.Logbook().ForPlacements({p.id}, std::nullopt);
    ASSERT_EQ(all.size(), 2U);
    EXPECT_EQ(all[0].date, feb16);  // by date
    EXPECT_TRUE(all[1].goals.empty());
    auto drafts = r.Logbook().ForPlacements({p.id}, domain::EntryState::kDraft);
    ASSERT_EQ(drafts.size(), 1U);
    EXPECT_EQ(drafts[0].date, feb23);
    EXPECT_TRUE(r.Logbook().ForPlacements({}, std::nullopt).empty());
    EXPECT_EQ(r.Logbook().ByIds({e.id}).size(), 1U);
    auto versions = r.Logbook().Versions(e.id);
    ASSERT_EQ(versions.size(), 2U);
    EXPECT_EQ(versions[0].action, "submitted");
    EXPECT_EQ(versions[0].entry.state, domain::EntryState::kSubmitted);
    EXPECT_EQ(versions[0].entry.activities, e.activities);
    EXPECT_EQ(versions[1].action, "returned");
    EXPECT_EQ(versions[1].actor, mentor);
    EXPECT_EQ(versions[1].entry.review_comment, "Vul je pauze aan.");
    EXPECT_EQ(versions[1].entry.date, feb16);
  });
}

TEST_P(RepositoryContract, AbsencesRoundTripAndAreFoundByPlacementAndWhetherOpen) {
  const UserId student = AddUser("s@x.be", {Role::kStudent});
  const UserId ombuds = AddUser("o@x.be", {Role::kOmbuds});
  const auto day = [](unsigned d) {
    return domain::Date{std::chrono::year{2027}, std::chrono::month{2}, std::chrono::day{d}};
  };
  domain::PlacementId first;
  domain::PlacementId second;
  app::SicknessRecord on_time;
  app::SicknessRecord late;
  app::CatchUpRequest proposed;
  app::AccidentRecord accident;
  Write([&](Repositories& r) {
    const auto prog = r.Programmes().Insert({{}, "boekhouden", "Graduaat Boekhouden", "", true}, now_);
    domain::Placement p;
    p.cohort = r.Cohorts().Insert({{}, prog, "Boekhouden 2026–2027", "2026-2027", std::nullopt}, now_);
    p.student = student;
    p.module_code = "instroom";
    p.created_at = p.updated_at = now_;
    first = r.Placements().Insert(p);
    p.module_code = "expeditie-hr";
    second = r.Placements().Insert(p);

    on_time.placement = first;
    on_time.report = {day(16), day(18), 475, std::nullopt, "Griep — ik bel morgen."};
    on_time.timing = domain::ReportTiming::kOnTime;
    on_time.reported_by = student;
    on_time.reported_at = now_;
    on_time.id = r.Absences().InsertSickness(on_time);
    late = on_time;
    late.placement = second;
    late.report = {day(23), day(23), std::nullopt, std::nullopt, ""};
    late.timing = domain::ReportTiming::kLate;
    late.id = r.Absences().InsertSickness(late);

    proposed.placement = first;
    proposed.date = day(25);
    proposed.note = "Donderdag past de werkplek.";
    proposed.proposed_by = student;
    proposed.proposed_at = now_;
    proposed.id = r.Absences().InsertCatchUp(proposed);
    app::CatchUpRequest rejected = proposed;
    rejected.date = day(26);
    rejected.state = domain::CatchUpState::kRejected;
    rejected.decided_by = ombuds;
    rejected.decided_at = now_;
    rejected.decision_comment = "Die dag is de werkplek dicht.";
    r.Absences().InsertCatchUp(rejected);
    rejected.note = "opnieuw";  // a rejected date may be proposed again
    rejected.state = domain::CatchUpState::kProposed;
    r.Absences().InsertCatchUp(rejected);

    accident.placement = second;
    accident.report = {
        day(17), 645,          "Archief, 2de verdieping", true, "Gestruikeld over een doos.", "Verstuikte enkel",
        "",      "IJs en rust"};
    accident.reported_by = student;
    accident.reported_at = now_;
    accident.updated_by = student;
    accident.updated_at = now_;
    accident.id = r.Absences().InsertAccident(accident);
  });
  Read([&](Repositories& r) {
    auto read = r.Absences().Sickness(on_time.id);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->placement, first);
    EXPECT_EQ(read->report.first_day, day(16));
    EXPECT_EQ(read->report.last_day, day(18));
    EXPECT_EQ(read->report.called_workplace_minutes, 475);
    EXPECT_FALSE(read->report.called_coordinator_minutes);
    EXPECT_EQ(read->report.note, "Griep — ik bel morgen.");
    EXPECT_EQ(read->timing, domain::ReportTiming::kOnTime);
    EXPECT_EQ(read->reported_by, student);
    EXPECT_EQ(read->reported_at, now_);
    EXPECT_FALSE(read->certificate);
    EXPECT_FALSE(read->original_received_at);
    EXPECT_FALSE(r.Absences().Sickness(domain::SicknessReportId{9999}));
    EXPECT_EQ(r.Absences().SicknessReports({}).size(), 2U);
    EXPECT_EQ(r.Absences().SicknessReports({std::vector{second}, false}).size(), 1U);
    EXPECT_TRUE(r.Absences().SicknessReports({std::vector<domain::PlacementId>{}, false}).empty());
    EXPECT_EQ(r.Absences().SicknessReports({std::nullopt, true}).size(), 2U);  // both without certificate
  });
  // The copy and the original arrive for the report on time: it closes; the late one stays open.
  Write([&](Repositories& r) {
    on_time.certificate = r.Documents().Insert({{}, "sickness_certificate", "k1.png", "attest.png", 12, student, now_});
    on_time.original_received_by = ombuds;
    on_time.original_received_at = now_ + std::chrono::hours(2);
    r.Absences().UpdateSickness(on_time);
    late.certificate = on_time.certificate;
    late.original_received_by = ombuds;
    late.original_received_at = now_;
    r.Absences().UpdateSickness(late);
    proposed.state = domain::CatchUpState::kApproved;
    proposed.decided_by = ombuds;
    proposed.decided_at = now_ + std::chrono::hours(1);
    r.Absences().UpdateCatchUp(proposed);
    accident.status = domain::AccidentStatus::kClosed;
    accident.status_reason = "Geen letsel.";
    accident.closed_at = now_ + std::chrono::hours(3);
    accident.updated_by = ombuds;
    r.Absences().UpdateAccident(accident);
  });
  Read([&](Repositories& r) {
    auto read = r.Absences().Sickness(on_time.id);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->certificate, on_time.certificate);
    EXPECT_EQ(read->original_received_by, ombuds);
    EXPECT_EQ(read->original_received_at, now_ + std::chrono::hours(2));
    auto open = r.Absences().SicknessReports({std::nullopt, true});
    ASSERT_EQ(open.size(), 1U);
    EXPECT_EQ(open[0].id, late.id);  // late stays open

    auto requests = r.Absences().CatchUpRequests({std::vector{first}, false});
    ASSERT_EQ(requests.size(), 3U);
    EXPECT_EQ(requests[0].date, day(25));  // by date
    EXPECT_EQ(requests[0].state, domain::CatchUpState::kApproved);
    EXPECT_EQ(requests[0].decided_by, ombuds);
    EXPECT_EQ(requests[0].decided_at, now_ + std::chrono::hours(1));
    EXPECT_EQ(requests[0].note, "Donderdag past de werkplek.");
    EXPECT_EQ(requests[1].state, domain::CatchUpState::kRejected);
    EXPECT_EQ(requests[1].decision_comment, "Die dag is de werkplek dicht.");
    auto waiting = r.Absences().CatchUpRequests({std::nullopt, true});
    ASSERT_EQ(waiting.size(), 1U);
    EXPECT_EQ(waiting[0].note, "opnieuw");
    EXPECT_EQ(r.Absences().CatchUp(proposed.id)->state, domain::CatchUpState::kApproved);
    EXPECT_TRUE(r.Absences().CatchUpRequests({std::vector{second}, false}).empty());

    auto a = r.Absences().Accident(accident.id);
    ASSERT_TRUE(a);
    EXPECT_EQ(a->report.date, day(17));
    EXPECT_EQ(a->report.time_minutes, 645);
    EXPECT_EQ(a->report.place, "Archief, 2de verdieping");
    EXPECT_TRUE(a->report.on_the_way);
    EXPECT_EQ(a->report.what_happened, "Gestruikeld over een doos.");
    EXPECT_EQ(a->report.injuries, "Verstuikte enkel");
    EXPECT_EQ(a->report.witnesses, "");
    EXPECT_EQ(a->report.first_aid, "IJs en rust");
    EXPECT_EQ(a->status, domain::AccidentStatus::kClosed);
    EXPECT_EQ(a->status_reason, "Geen letsel.");
    EXPECT_FALSE(a->declared_at);
    EXPECT_EQ(a->closed_at, now_ + std::chrono::hours(3));
    EXPECT_EQ(a->updated_by, ombuds);
    EXPECT_EQ(r.Absences().Accidents({std::vector{second}, false}).size(), 1U);
    EXPECT_TRUE(r.Absences().Accidents({std::nullopt, true}).empty());  // closed
  });
}

// The same catch-up date is proposed or approved only once per placement.
TEST_P(RepositoryContract, ACatchUpDateIsTakenOnlyOncePerPlacement) {
  const UserId student = AddUser("s@x.be", {Role::kStudent});
  app::CatchUpRequest c;
  Write([&](Repositories& r) {
    const auto prog = r.Programmes().Insert({{}, "boekhouden", "Graduaat Boekhouden", "", true}, now_);
    domain::Placement p;
    p.cohort = r.Cohorts().Insert({{}, prog, "Boekhouden 2026–2027", "2026-2027", std::nullopt}, now_);
    p.student = student;
    p.module_code = "instroom";
    p.created_at = p.updated_at = now_;
    c.placement = r.Placements().Insert(p);
    c.date = domain::Date{std::chrono::year{2027}, std::chrono::month{2}, std::chrono::day{25}};
    c.proposed_by = student;
    c.proposed_at = now_;
    r.Absences().InsertCatchUp(c);
  });
  Status twice = db_->Write([&](Repositories& r) -> Status {
    r.Absences().InsertCatchUp(c);
    return {};
  });
  EXPECT_FALSE(twice.has_value());
  Read([&](Repositories& r) { EXPECT_EQ(r.Absences().CatchUpRequests({}).size(), 1U); });
}

TEST_P(RepositoryContract, RubricsAssessmentsMeetingsAndScoresRoundTrip) {
  const UserId student = AddUser("s@x.be", {Role::kStudent});
  const UserId mentor = AddUser("m@x.be", {Role::kMentor});
  domain::Placement p;
  app::RubricRecord rubric;
  rubric.module = "instroom";
  rubric.version = 1;
  rubric.origin = "import";
  rubric.created_at = rubric.updated_at = now_;
  rubric.rubric.levels = domain::DefaultRubricLevels();
  rubric.rubric.criteria = {{"communicatie", "Communiceert helder", 1, 2.5, false, {{"O", "Stil"}, {"ZG", "Helder"}}},
                            {"discretie", "Discreet", 0, 1, true, {{"V", "Meestal"}}}};
  rubric.rubric.knock_out_cap = 9.5;
  rubric.rubric.attendance = {3, 1.5, 0.5};
  rubric.rubric.rounding = domain::ScoreRounding::kHalf;
  domain::Assessment a;
  Write([&](Repositories& r) {
    const auto prog = r.Programmes().Insert({{}, "boekhouden", "Graduaat Boekhouden", "", true}, now_);
    rubric.programme = prog;
    p.cohort = r.Cohorts().Insert({{}, prog, "Boekhouden 2026–2027", "2026-2027", std::nullopt}, now_);
    p.student = student;
    p.module_code = "instroom";
    p.created_at = p.updated_at = now_;
    p.id = r.Placements().Insert(p);
    rubric.id = r.Evaluation().InsertRubric(rubric);
  });
  Read([&](Repositories& r) {
    std::optional<app::RubricRecord> got = r.Evaluation().LatestRubric(rubric.programme, "instroom");
    ASSERT_TRUE(got.has_value());
    EXPECT_EQ(got->rubric, rubric.rubric);
    EXPECT_FALSE(got->used);
    EXPECT_FALSE(r.Evaluation().LatestRubric(rubric.programme, "payroll").has_value());
  });
  // An unused version is replaced in place; a rating makes it used.
  rubric.rubric.criteria[0].weight = 3;
  a.placement = p.id;
  a.kind = domain::AssessmentKind::kFinal;
  a.rubric = rubric.id;
  a.ratings = {{"communicatie", "G", "Vlot — één opmerking"}, {"discretie", "", "nog bespreken"}};
  a.comment = "Sterke start";
  a.version = 1;
  a.author = a.updated_by = mentor;
  a.updated_at = now_;
  Write([&](Repositories& r) {
    r.Evaluation().ReplaceRubric(rubric);
    a.id = r.Evaluation().InsertAssessment(a);
    r.Evaluation().AppendAssessmentVersion(a, "saved", "", {}, mentor, now_);
    a.ratings[1].level = "V";
    a.state = domain::AssessmentState::kSubmitted;
    a.submitted_at = now_;
    a.version = 2;
    r.Evaluation().UpdateAssessment(a);
    r.Evaluation().AppendAssessmentVersion(a, "meeting", "", {{"discretie", "Samen besproken"}}, mentor, now_);
    app::RubricRecord second = rubric;
    second.version = 2;
    r.Evaluation().InsertRubric(second);
    r.Evaluation().ReplaceGrowthPoints(
        p.id,
        {{"Feedback vragen", domain::Date{std::chrono::year{2027}, std::chrono::month{6}, std::chrono::day{30}}}});
    r.Evaluation().SaveMeeting({p.id, domain::Date{std::chrono::year{2027}, std::chrono::month{5}, std::chrono::day{4}},
                                840, "Zaal 2", "Notities", true, mentor, now_});
    app::ScoreRecord score;
    score.placement = p.id;
    score.rubric = rubric.id;
    score.attended = 2;
    score.calculation = {13.5, 14.25, {{"Ruwe score", 14.25}, {"Afgerond", 13.5}}};
    score.final_score = {13.5, 14, "Sterk eindwerk"};
    score.finalised_by = mentor;
    score.finalised_at = now_;
    r.Evaluation().SaveScore(score);
    score.released_by = mentor;
    score.released_at = now_;
    r.Evaluation().SaveScore(score);
  });
  Read([&](Repositories& r) {
    std::optional<app::RubricRecord> first = r.Evaluation().Rubric(rubric.id);
    ASSERT_TRUE(first.has_value());
    EXPECT_DOUBLE_EQ(first->rubric.criteria[0].weight, 3.0);
    EXPECT_TRUE(first->used);
    EXPECT_EQ(r.Evaluation().LatestRubric(rubric.programme, "instroom")->version, 2);
    EXPECT_EQ(r.Evaluation().RubricVersions(rubric.programme, "instroom").size(), 2U);
    EXPECT_EQ(r.Evaluation().LatestRubrics(rubric.programme).size(), 1U);
    std::vector<domain::Assessment> all = r.Evaluation().AssessmentsOf({p.id});
    ASSERT_EQ(all.size(), 1U);
    EXPECT_EQ(all[0].ratings, a.ratings);
    EXPECT_EQ(all[0].state, domain::AssessmentState::kSubmitted);
    std::vector<app::AssessmentVersion> versions = r.Evaluation().AssessmentVersions(a.id);
    ASSERT_EQ(versions.size(), 2U);
    EXPECT_EQ(versions[0].ratings[1].rating.level, "");
    EXPECT_EQ(versions[1].ratings[1].reason, "Samen besproken");
    EXPECT_EQ(versions[1].actor_name, "Naam m@x.be");
    EXPECT_EQ(r.Evaluation().GrowthPoints(p.id).at(0).action, "Feedback vragen");
    EXPECT_EQ(r.Evaluation().Meeting(p.id)->start_minutes, 840);
    std::vector<app::ScoreRecord> scores = r.Evaluation().Scores({p.id});
    ASSERT_EQ(scores.size(), 1U);
    EXPECT_DOUBLE_EQ(scores[0].final_score.final_score, 14.0);
    EXPECT_EQ(scores[0].final_score.override_reason, "Sterk eindwerk");
    EXPECT_EQ(scores[0].calculation.steps.size(), 2U);
    EXPECT_TRUE(scores[0].released_at.has_value());
  });
}

// Guidance (R20, R22): moments with participants and attendance, visits, and e-mail with an attachment.
TEST_P(RepositoryContract, GuidanceMomentsAttendanceAndVisitsRoundTrip) {
  const UserId lotte = AddUser("lotte@x.be", {Role::kStudent});
  const UserId jonas = AddUser("jonas@x.be", {Role::kStudent});
  const UserId pieter = AddUser("pieter@x.be", {Role::kSupervisor});
  const auto day = [](unsigned m, unsigned d) {
    return domain::Date{std::chrono::year{2027}, std::chrono::month{m}, std::chrono::day{d}};
  };
  app::GuidanceMomentRecord first;
  app::GuidanceMomentRecord second;
  app::VisitRecord visit;
  domain::CohortId cohort;
  Write([&](Repositories& r) {
    const auto prog = r.Programmes().Insert({{}, "boekhouden", "Graduaat Boekhouden", "", true}, now_);
    cohort = r.Cohorts().Insert({{}, prog, "Boekhouden 2026–2027", "2026-2027", std::nullopt}, now_);
    first.moment = {{},
                    cohort,
                    "instroom",
                    domain::GuidanceKind::kSupervision,
                    day(3, 10),
                    840,
                    90,
                    "Supervisie 1 — één",
                    "Lokaal B204",
                    true,
                    {lotte, jonas}};
    first.planned_by = first.updated_by = pieter;
    first.planned_at = first.updated_at = now_;
    first.moment.id = r.Guidance().InsertMoment(first);
    second = first;
    second.moment.kind = domain::GuidanceKind::kIntervision;
    second.moment.module_code = "payroll";
    second.moment.date = day(3, 3);
    second.moment.mandatory = false;
    second.moment.participants = {jonas};
    second.moment.id = r.Guidance().InsertMoment(second);
    r.Guidance().PutAttendance(first.moment.id,
                               {{first.moment.id, lotte, domain::AttendanceStatus::kPresent, "", pieter, now_},
                                {first.moment.id, jonas, domain::AttendanceStatus::kExcused, "Ziek", pieter, now_}});

    domain::Placement p;
    p.cohort = cohort;
    p.student = lotte;
    p.module_code = "instroom";
    p.created_at = p.updated_at = now_;
    visit.placement = r.Placements().Insert(p);
    visit.uid = "visit-1@leerplek";
    visit.date = day(3, 15);
    visit.start_minutes = 600;
    visit.duration_minutes = 60;
    visit.with_whom = "Sofie (mentor) en Lotte";
    visit.place = "Frankrijklei 120, Antwerpen";
    visit.planned_by = visit.updated_by = pieter;
    visit.planned_at = visit.updated_at = now_;
    visit.id = r.Guidance().InsertVisit(visit);
    app::VisitRecord past = visit;
    past.uid = "visit-2@leerplek";
    past.date = day(2, 1);
    r.Guidance().InsertVisit(past);
  });
  Read([&](Repositories& r) {
    auto read = r.Guidance().Moment(first.moment.id);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->moment.title, "Supervisie 1 — één");
    EXPECT_EQ(read->moment.date, day(3, 10));
    EXPECT_EQ(read->moment.start_minutes, 840);
    EXPECT_EQ(read->moment.duration_minutes, 90);
    EXPECT_TRUE(read->moment.mandatory);
    EXPECT_EQ(read->moment.participants, (std::vector<UserId>{lotte, jonas}));
    EXPECT_EQ(read->planned_by, pieter);
    EXPECT_FALSE(r.Guidance().Moment(domain::GuidanceMomentId{9999}));
    auto all = r.Guidance().Moments({});
    ASSERT_EQ(all.size(), 2U);
    EXPECT_EQ(all[0].moment.id, second.moment.id);  // by date
    EXPECT_EQ(all[0].moment.kind, domain::GuidanceKind::kIntervision);
    EXPECT_FALSE(all[0].moment.mandatory);
    EXPECT_EQ(r.Guidance().Moments({{cohort}, lotte, std::nullopt, std::nullopt}).size(), 1U);
    EXPECT_EQ(r.Guidance().Moments({{cohort}, jonas, std::string("payroll"), std::nullopt}).size(), 1U);
    EXPECT_EQ(r.Guidance().Moments({{}, std::nullopt, std::nullopt, day(3, 4)}).size(), 1U);
    EXPECT_TRUE(r.Guidance().Moments({{domain::CohortId{9999}}, std::nullopt, std::nullopt, std::nullopt}).empty());
    auto attendance = r.Guidance().Attendance({first.moment.id, second.moment.id});
    ASSERT_EQ(attendance.size(), 2U);
    EXPECT_EQ(attendance[1].status, domain::AttendanceStatus::kExcused);
    EXPECT_EQ(attendance[1].reason, "Ziek");
    EXPECT_TRUE(r.Guidance().Attendance({}).empty());

    auto v = r.Guidance().Visit(visit.id);
    ASSERT_TRUE(v);
    EXPECT_EQ(v->uid, "visit-1@leerplek");
    EXPECT_EQ(v->date, day(3, 15));
    EXPECT_EQ(v->with_whom, "Sofie (mentor) en Lotte");
    EXPECT_EQ(v->state, domain::VisitState::kPlanned);
    EXPECT_EQ(v->sequence, 0);
    EXPECT_FALSE(v->reported_at);
    EXPECT_EQ(r.Guidance().Visits({std::vector{visit.placement}, std::nullopt, false}).size(), 2U);
    EXPECT_EQ(r.Guidance().Visits({std::nullopt, day(3, 1), true}).size(), 1U);
    EXPECT_TRUE(r.Guidance().Visits({std::vector<domain::PlacementId>{}, std::nullopt, false}).empty());
  });
  Write([&](Repositories& r) {
    // Jonas keeps his attendance and so stays; Lotte's line is changed in place.
    first.moment.participants = {jonas};
    first.moment.title = "Supervisie 1";
    r.Guidance().UpdateMoment(first);
    r.Guidance().PutAttendance(first.moment.id,
                               {{first.moment.id, lotte, domain::AttendanceStatus::kAbsent, "", pieter, now_}});
    visit.state = domain::VisitState::kReported;
    visit.report = "Goed gesprek.";
    visit.reported_by = pieter;
    visit.reported_at = now_;
    visit.sequence = 2;
    r.Guidance().UpdateVisit(visit);
  });
  Read([&](Repositories& r) {
    auto read = r.Guidance().Moment(first.moment.id);
    EXPECT_EQ(read->moment.title, "Supervisie 1");
    EXPECT_EQ(read->moment.participants, (std::vector<UserId>{lotte, jonas}));  // Lotte has attendance: kept
    auto attendance = r.Guidance().Attendance({first.moment.id});
    ASSERT_EQ(attendance.size(), 2U);
    EXPECT_EQ(attendance[0].status, domain::AttendanceStatus::kAbsent);
    auto v = r.Guidance().Visit(visit.id);
    EXPECT_EQ(v->state, domain::VisitState::kReported);
    EXPECT_EQ(v->report, "Goed gesprek.");
    EXPECT_EQ(v->reported_by, pieter);
    EXPECT_EQ(v->sequence, 2);
    EXPECT_EQ(v->uid, "visit-1@leerplek");
    EXPECT_TRUE(r.Guidance().Visits({std::nullopt, std::nullopt, true}).size() == 1U);
  });
  // The attendance refers to the moment's participants: no line for somebody else.
  Status stranger = db_->Write([&](Repositories& r) -> Status {
    r.Guidance().PutAttendance(second.moment.id,
                               {{second.moment.id, lotte, domain::AttendanceStatus::kPresent, "", pieter, now_}});
    return {};
  });
  EXPECT_FALSE(stranger.has_value());
}

TEST_P(RepositoryContract, OutboxKeepsAnAttachment) {
  app::OutgoingMail m{0, "a@x.be", "Werkplekbezoek", "Tekst", 0, {}, {}};
  m.attachment = app::MailAttachment{"werkplekbezoek.ics", "text/calendar; method=REQUEST",
                                     "BEGIN:VCALENDAR\r\nSUMMARY:Bezoek – één\r\nEND:VCALENDAR\r\n"};
  Write([&](Repositories& r) {
    r.Mail().Enqueue(m, now_);
    r.Mail().Enqueue({0, "b@x.be", "Zonder", "Tekst", 0, {}, {}}, now_);
  });
  Read([&](Repositories& r) {
    auto due = r.Mail().Due(now_, 10);
    ASSERT_EQ(due.size(), 2U);
    ASSERT_TRUE(due[0].attachment);
    EXPECT_EQ(*due[0].attachment, *m.attachment);
    EXPECT_FALSE(due[1].attachment);
  });
}

INSTANTIATE_TEST_SUITE_P(BothEngines, RepositoryContract, ::testing::Values(Engine::kSqlite, Engine::kPostgres),
                         EngineTestName);

}  // namespace
}  // namespace leerplek::testing
