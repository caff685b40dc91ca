#include "leerplek/app/demo.hpp"

#include "leerplek/app/audit.hpp"
#include "leerplek/app/users.hpp"

namespace leerplek::app {
namespace {

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

}  // namespace

Result<std::vector<DemoAccount>> SeedDemo(const AppContext& ctx) {
  const Timestamp now = ctx.clock.Now();
  Status programme = ctx.store.Write([&](Repositories& repos) -> Status {
    const DemoProgramme p{"hr-support", "Graduaat HR-support", "HR-support 2026–2027", "2026-2027"};
    if (repos.Programmes().InsertProgrammeWithCohort(p, now)) {
      RecordChange(repos, now, std::nullopt, "programme.created", "programme", p.programme_code, std::nullopt,
                   Snapshot{{"name", p.programme_name}, {"cohort", p.cohort_name}});
    }
    return {};
  });
  if (!programme) return programme.error();

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
  return accounts;
}

}  // namespace leerplek::app
