#include "leerplek/app/workplaces.hpp"

#include "leerplek/app/audit.hpp"
#include "leerplek/app/policy.hpp"

namespace leerplek::app {
namespace {

using domain::Role;

Error OrganisationNotFound() { return MakeError(ErrorCode::kNotFound, "Deze werkplek bestaat niet."); }

Snapshot SnapshotOf(const domain::Organisation& o) {
  Snapshot s{
      {"name", o.name},
      {"kind", std::string(domain::OrganisationKindCode(o.kind))},
      {"address", o.street + ", " + o.postcode + " " + o.city},
      {"start_time", domain::ClockTime(o.start_minutes)},
      {"risk_analysis_valid_until", o.risk_analysis_valid_until ? domain::IsoDate(*o.risk_analysis_valid_until) : ""},
      {"closures", std::to_string(o.closures.size())}};
  return s;
}

Snapshot SnapshotOf(const domain::MentorProfile& p) {
  std::string domains;
  for (auto d : p.domains) domains += (domains.empty() ? "" : ",") + std::string(domain::HrDomainCode(d));
  return {{"job_title", p.job_title},
          {"years_of_hr_experience", std::to_string(p.years_of_hr_experience)},
          {"domains", domains},
          {"phone", p.phone}};
}

// Own profile, or school staff (reading) / the coordinator (writing).
Status MayAccessProfile(const Actor& actor, UserId mentor, bool write) {
  if (actor.user.id == mentor && actor.user.roles.Has(Role::kMentor)) return {};
  const domain::RoleSet staff = write ? domain::RoleSet{Role::kCoordinator} : policy::kStaffRoles;
  if (actor.user.roles.Intersects(staff)) return {};
  return MakeError(ErrorCode::kPermissionDenied, "Je kan enkel je eigen mentorprofiel bekijken of aanpassen.");
}

}  // namespace

Result<std::vector<domain::Organisation>> ListOrganisations(const AppContext& ctx, const Actor& actor) {
  if (Status allowed = Authorize(policy::kReadWorkplaceRegister, actor); !allowed) return allowed.error();
  std::vector<domain::Organisation> out;
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    out = repos.Organisations().List();
    return {};
  });
  if (!read) return read.error();
  return out;
}

Result<domain::Organisation> GetOrganisation(const AppContext& ctx, const Actor& actor, domain::OrganisationId id) {
  if (Status allowed = Authorize(policy::kReadWorkplaceRegister, actor); !allowed) return allowed.error();
  std::optional<domain::Organisation> out;
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    out = repos.Organisations().ById(id);
    return {};
  });
  if (!read) return read.error();
  if (!out) return OrganisationNotFound();
  return *out;
}

Result<domain::Organisation> RegisterOrganisation(const AppContext& ctx, const Actor& actor,
                                                  domain::Organisation organisation) {
  if (Status allowed = Authorize(policy::kKeepWorkplaceRegister, actor); !allowed) return allowed.error();
  if (Status valid = domain::OrganisationIsValid(organisation); !valid) return valid.error();
  const Timestamp now = ctx.clock.Now();
  Status written = ctx.store.Write([&](Repositories& repos) -> Status {
    organisation.id = repos.Organisations().Insert(organisation, now);
    RecordChange(repos, now, actor.user.id, "organisation.registered", "organisation",
                 std::to_string(organisation.id.value), std::nullopt, SnapshotOf(organisation));
    return {};
  });
  if (!written) return written.error();
  return organisation;
}

Result<domain::Organisation> UpdateOrganisation(const AppContext& ctx, const Actor& actor,
                                                domain::Organisation organisation) {
  if (Status allowed = Authorize(policy::kKeepWorkplaceRegister, actor); !allowed) return allowed.error();
  if (Status valid = domain::OrganisationIsValid(organisation); !valid) return valid.error();
  const Timestamp now = ctx.clock.Now();
  Status written = ctx.store.Write([&](Repositories& repos) -> Status {
    std::optional<domain::Organisation> before = repos.Organisations().ById(organisation.id);
    if (!before) return OrganisationNotFound();
    repos.Organisations().Update(organisation);
    RecordChange(repos, now, actor.user.id, "organisation.updated", "organisation",
                 std::to_string(organisation.id.value), SnapshotOf(*before), SnapshotOf(organisation));
    return {};
  });
  if (!written) return written.error();
  return organisation;
}

Result<domain::MentorProfile> GetMentorProfile(const AppContext& ctx, const Actor& actor, UserId mentor) {
  if (Status allowed = Authorize(policy::kMentorProfiles, actor); !allowed) return allowed.error();
  if (Status ok = MayAccessProfile(actor, mentor, false); !ok) return ok.error();
  std::optional<domain::MentorProfile> out;
  bool is_mentor = false;
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    std::optional<domain::User> user = repos.Users().ById(mentor);
    is_mentor = user && user->roles.Has(Role::kMentor);
    if (is_mentor) out = repos.MentorProfiles().Get(mentor);
    return {};
  });
  if (!read) return read.error();
  if (!is_mentor) return MakeError(ErrorCode::kNotFound, "Deze mentor bestaat niet.");
  return out.value_or(domain::MentorProfile{});
}

Result<domain::MentorProfile> UpdateMentorProfile(const AppContext& ctx, const Actor& actor, UserId mentor,
                                                  const domain::MentorProfile& profile) {
  if (Status allowed = Authorize(policy::kMentorProfiles, actor); !allowed) return allowed.error();
  if (Status ok = MayAccessProfile(actor, mentor, true); !ok) return ok.error();
  if (Status valid = domain::MentorProfileIsValid(profile); !valid) return valid.error();
  const Timestamp now = ctx.clock.Now();
  Status written = ctx.store.Write([&](Repositories& repos) -> Status {
    std::optional<domain::User> user = repos.Users().ById(mentor);
    if (!user || !user->roles.Has(Role::kMentor)) return MakeError(ErrorCode::kNotFound, "Deze mentor bestaat niet.");
    std::optional<domain::MentorProfile> before = repos.MentorProfiles().Get(mentor);
    repos.MentorProfiles().Put(mentor, profile, now);
    std::optional<Snapshot> before_snapshot;
    if (before) before_snapshot = SnapshotOf(*before);
    RecordChange(repos, now, actor.user.id, "mentor_profile.updated", "user", std::to_string(mentor.value),
                 before_snapshot, SnapshotOf(profile));
    return {};
  });
  if (!written) return written.error();
  return profile;
}

}  // namespace leerplek::app
