#include "leerplek/app/demo.hpp"

#include "leerplek/app/audit.hpp"
#include "leerplek/app/calendar.hpp"
#include "leerplek/app/cohorts.hpp"
#include "leerplek/app/curricula.hpp"
#include "leerplek/app/users.hpp"
#include "leerplek/app/workplaces.hpp"

namespace leerplek::app {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

struct DemoPerson {
  const char* role;
  const char* name;
  const char* email;
};

constexpr DemoPerson kPeople[] = {
    {"student", "Lotte Peeters", "lotte.peeters@student.leerplek-demo.be"},
    {"mentor", "Sofie Janssens", "sofie.janssens@hrpartners.leerplek-demo.be"},
    {"supervisor", "Pieter Claes", "pieter.claes@leerplek-demo.be"},
    {"coordinator", "Koen De Smet", "koen.desmet@leerplek-demo.be"},
    {"programme_lead", "Els Maes", "els.maes@leerplek-demo.be"},
    {"ombuds", "Nadia El Amrani", "ombudsdienst@leerplek-demo.be"},
    {"admin", "Tom Willems", "beheer@leerplek-demo.be"},
};

constexpr const char* kCohortName = "HR-support 2026–2027";
constexpr const char* kAcademicYear = "2026-2027";

domain::Date D(int y, unsigned m, unsigned d) { return domain::Date{year{y}, month{m}, day{d}}; }

// Phase-1 workplace days of the demo cohort: realistic patterns around Belgian holidays.
std::vector<std::pair<std::string, domain::CalendarRule>> DemoCalendars() {
  return {
      {"expeditie-hr", {{{D(2026, 10, 8), D(2026, 11, 13), {4, 5}}}, {}, {}}},
      {"digitaal-vaardig", {{}, {D(2026, 12, 8), D(2026, 12, 9), D(2026, 12, 10)}, {}}},
      {"instroom", {{{D(2027, 2, 9), D(2027, 3, 24), {2, 3}}}, {}, {}}},
      {"payroll", {{{D(2027, 4, 20), D(2027, 6, 2), {2, 3}}}, {}, {}}},
  };
}

Result<domain::User> Person(const AppContext& ctx, const char* email) {
  std::optional<domain::User> user;
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    user = repos.Users().ByEmail(email);
    return {};
  });
  if (!read) return read.error();
  if (!user) return MakeError(ErrorCode::kInternal, "Demo-account ontbreekt.");
  return *user;
}

// A few workplaces of the kinds the guide names (R11), and the demo mentor's profile (R16).
Status SeedWorkplaces(const AppContext& ctx) {
  Result<domain::User> koen = Person(ctx, "koen.desmet@leerplek-demo.be");
  if (!koen) return koen.error();
  const Actor coordinator{*koen, "", ""};
  Result<std::vector<domain::Organisation>> existing = ListOrganisations(ctx, coordinator);
  if (!existing) return existing.error();
  if (existing->empty()) {
    using K = domain::OrganisationKind;
    const std::vector<domain::Organisation> demo = {
        {{},
         "HR Partners Sociaal Secretariaat",
         K::kSocialSecretariat,
         "Frankrijklei 120",
         "2000",
         "Antwerpen",
         8 * 60 + 30,
         D(2027, 8, 31),
         {{D(2027, 5, 7), D(2027, 5, 7), "Brugdag na Hemelvaart"}},
         std::nullopt},
        {{},
         "Stad Mechelen – Personeelsdienst",
         K::kHrDepartmentPublic,
         "Grote Markt 21",
         "2800",
         "Mechelen",
         8 * 60,
         D(2027, 6, 30),
         {},
         std::nullopt},
        {{},
         "Talentwerk Uitzendbureau",
         K::kRecruitmentAgency,
         "Diestsestraat 45",
         "3000",
         "Leuven",
         9 * 60,
         std::nullopt,
         {},
         std::nullopt},
        {{},
         "PeopleTech Solutions",
         K::kHrTechnology,
         "Kortrijksesteenweg 1101",
         "9051",
         "Gent",
         9 * 60,
         D(2027, 12, 31),
         {},
         std::nullopt},
    };
    for (const auto& o : demo) {
      if (Result<domain::Organisation> added = RegisterOrganisation(ctx, coordinator, o); !added) return added.error();
    }
  }
  Result<domain::User> sofie = Person(ctx, "sofie.janssens@hrpartners.leerplek-demo.be");
  if (!sofie) return sofie.error();
  Result<domain::MentorProfile> profile =
      UpdateMentorProfile(ctx, coordinator, sofie->id,
                          {"HR-consultant payroll",
                           11,
                           {domain::HrDomain::kPayroll, domain::HrDomain::kRecruitmentSelection},
                           "+32 3 201 44 10"});
  if (!profile) return profile.error();
  return {};
}

Status SeedProgramme(const AppContext& ctx, std::string_view curriculum_toml) {
  std::optional<ProgrammeRecord> programme;
  bool has_curriculum = false;
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    programme = repos.Programmes().ByCode("hr-support");
    has_curriculum = programme && repos.Curricula().Latest(programme->id).has_value();
    return {};
  });
  if (!read) return read;
  if (!has_curriculum) {
    Result<ImportedCurriculum> imported = ImportCurriculum(ctx, std::nullopt, curriculum_toml);
    if (!imported) return imported.error();
    programme = imported->programme.programme;
  }
  for (const char* email :
       {"pieter.claes@leerplek-demo.be", "koen.desmet@leerplek-demo.be", "els.maes@leerplek-demo.be"}) {
    Result<domain::User> staff = Person(ctx, email);
    if (!staff) return staff.error();
    if (Status ok = AddProgrammeStaff(ctx, std::nullopt, programme->id, staff->id); !ok) return ok;
  }

  // From here the programme lead does the work, as in real life.
  Result<domain::User> lead = Person(ctx, "els.maes@leerplek-demo.be");
  if (!lead) return lead.error();
  const Actor els{*lead, "", ""};
  std::optional<domain::Cohort> cohort;
  Status find = ctx.store.Read([&](Repositories& repos) -> Status {
    cohort = repos.Cohorts().Find(programme->id, kAcademicYear, kCohortName);
    return {};
  });
  if (!find) return find;
  if (cohort && !cohort->curriculum_version) {
    // A cohort from a demo made before curricula existed: put it on the current version.
    return ctx.store.Write([&](Repositories& repos) -> Status {
      cohort->curriculum_version = repos.Curricula().Latest(programme->id)->id;
      repos.Cohorts().Update(*cohort);
      return {};
    });
  }
  if (cohort) return {};
  Result<CohortView> created = CreateCohort(ctx, els, {programme->id, kCohortName, kAcademicYear});
  if (!created) return created.error();
  const domain::CohortId id = created->cohort.id;
  Result<CohortView> contacts = UpdateCohort(
      ctx, els,
      {id, std::nullopt,
       std::vector<domain::CohortContact>{
           {domain::ContactRole::kCoordinator, "Koen De Smet", "+32 3 241 08 29", "koen.desmet@leerplek-demo.be"},
           {domain::ContactRole::kProgrammeLead, "Els Maes", "+32 3 241 08 01", "els.maes@leerplek-demo.be"}}});
  if (!contacts) return contacts.error();
  for (const auto& [email, name, role] :
       {std::tuple{"lotte.peeters@student.leerplek-demo.be", "Lotte Peeters", "student"},
        std::tuple{"sofie.janssens@hrpartners.leerplek-demo.be", "Sofie Janssens", "mentor"}}) {
    Result<CohortMember> added =
        AddCohortMember(ctx, els, {id, email, name, role, role == std::string("student") ? "r0912345" : ""});
    if (!added && added.error().code != ErrorCode::kAlreadyExists) return added.error();
  }
  for (const auto& [module, rule] : DemoCalendars()) {
    Result<ModuleCalendar> set = SetModuleCalendar(ctx, els, {id, module, rule, true});
    if (!set) return set.error();
  }
  return {};
}

}  // namespace

Result<std::vector<DemoAccount>> SeedDemo(const AppContext& ctx, std::string_view curriculum_toml) {
  const Timestamp now = ctx.clock.Now();
  std::vector<DemoAccount> accounts;
  for (const DemoPerson& person : kPeople) {
    DemoAccount account{person.role, person.email, "demo-" + ctx.crypto.RandomToken().substr(0, 12)};
    Result<domain::User> added = AddUserWithPassword(ctx, {person.email, person.name, {person.role}, account.password});
    if (!added && added.error().code != ErrorCode::kAlreadyExists) return added.error();
    if (!added) {
      const std::string hash = ctx.crypto.HashPassword(account.password);
      Status reset = ctx.store.Write([&](Repositories& repos) -> Status {
        std::optional<domain::User> user = repos.Users().ByEmail(person.email);
        if (!user) return MakeError(ErrorCode::kInternal, "Demo-account verdwenen.");
        repos.Users().SetPasswordHash(user->id, hash);
        RecordChange(repos, now, std::nullopt, "password.reset", "user", std::to_string(user->id.value), std::nullopt,
                     std::nullopt);
        return {};
      });
      if (!reset) return reset.error();
    }
    accounts.push_back(std::move(account));
  }
  if (Status programme = SeedProgramme(ctx, curriculum_toml); !programme) return programme.error();
  if (Status workplaces = SeedWorkplaces(ctx); !workplaces) return workplaces.error();
  return accounts;
}

}  // namespace leerplek::app
