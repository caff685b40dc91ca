#include "leerplek/app/absences.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "leerplek/app/audit.hpp"
#include "leerplek/app/logbook.hpp"
#include "leerplek/app/mail_templates.hpp"
#include "leerplek/app/policy.hpp"
#include "leerplek/domain/organisation.hpp"
#include "leerplek/domain/text.hpp"

namespace leerplek::app {
namespace {

using domain::AccidentStatus;
using domain::CatchUpState;
using domain::Placement;
using domain::PlacementId;
using domain::PlacementStatus;
using domain::Role;

const domain::RoleSet kCoordinatorOnly{Role::kCoordinator};

Error SicknessNotFound() { return MakeError(ErrorCode::kNotFound, "Deze ziekmelding bestaat niet."); }
Error CatchUpNotFound() { return MakeError(ErrorCode::kNotFound, "Deze inhaaldag bestaat niet."); }
Error AccidentNotFound() { return MakeError(ErrorCode::kNotFound, "Dit ongeval bestaat niet."); }

bool SicknessIsOpen(const SicknessRecord& r) {
  return !r.certificate || !r.original_received_at || r.timing == domain::ReportTiming::kLate;
}

std::string Trim(const std::string& text) { return std::string(domain::Trimmed(text)); }

std::string OptTime(const std::optional<int>& minutes) { return minutes ? domain::ClockTime(*minutes) : ""; }

std::string Period(const domain::SicknessReport& r) {
  if (r.first_day == r.last_day) return domain::DutchDate(r.first_day);
  return domain::DutchDate(r.first_day) + " – " + domain::DutchDate(r.last_day);
}

PlacementSummary SummaryOf(const PlacementView& v) { return {v.student_name, v.module_name, v.organisation_name}; }

Snapshot SnapshotOf(const SicknessRecord& r) {
  return {{"placement", std::to_string(r.placement.value)},
          {"first_day", domain::IsoDate(r.report.first_day)},
          {"last_day", domain::IsoDate(r.report.last_day)},
          {"called_workplace_at", OptTime(r.report.called_workplace_minutes)},
          {"called_coordinator_at", OptTime(r.report.called_coordinator_minutes)},
          {"note", r.report.note},
          {"timing", std::string(domain::ReportTimingCode(r.timing))},
          {"certificate_document", r.certificate ? std::to_string(r.certificate->value) : ""},
          {"original_received_by", r.original_received_by ? std::to_string(r.original_received_by->value) : ""}};
}

Snapshot SnapshotOf(const CatchUpRequest& c) {
  return {{"placement", std::to_string(c.placement.value)},
          {"date", domain::IsoDate(c.date)},
          {"note", c.note},
          {"state", std::string(domain::CatchUpStateCode(c.state))},
          {"decision_comment", c.decision_comment}};
}

Snapshot SnapshotOf(const AccidentRecord& a) {
  return {{"placement", std::to_string(a.placement.value)},
          {"date", domain::IsoDate(a.report.date)},
          {"time", domain::ClockTime(a.report.time_minutes)},
          {"place", a.report.place},
          {"on_the_way", a.report.on_the_way ? "true" : "false"},
          {"what_happened", a.report.what_happened},
          {"injuries", a.report.injuries},
          {"witnesses", a.report.witnesses},
          {"first_aid", a.report.first_aid},
          {"status", std::string(domain::AccidentStatusCode(a.status))},
          {"status_reason", a.status_reason}};
}

// The cohort's coordinator contacts (R24): who hears of absences and accidents at once.
std::vector<domain::CohortContact> CoordinatorContacts(Repositories& repos, domain::CohortId cohort) {
  std::vector<domain::CohortContact> out;
  const auto contacts = repos.Cohorts().Contacts({cohort});
  if (auto it = contacts.find(cohort.value); it != contacts.end()) {
    for (const domain::CohortContact& c : it->second) {
      if (c.role == domain::ContactRole::kCoordinator) out.push_back(c);
    }
  }
  return out;
}

// A record's placement and cohort, as not found when either is missing.
Result<std::pair<Placement, domain::Cohort>> PlacementOf(Repositories& repos, PlacementId id, const Error& not_found) {
  std::optional<Placement> p = repos.Placements().ById(id);
  if (!p) return not_found;
  std::optional<domain::Cohort> cohort = repos.Cohorts().ById(p->cohort);
  if (!cohort) return not_found;
  return std::pair{std::move(*p), std::move(*cohort)};
}

// R8: the student, the placement's mentor, a coordinator of the programme, or the ombudsdienst.
Status MayReadSickness(Repositories& repos, const Actor& actor, const Placement& p, const domain::Cohort& cohort) {
  if (IsStudentOf(actor, p) || IsMentorOf(actor, p) || actor.user.roles.Has(Role::kOmbuds)) return {};
  if (AuthorizeForProgramme(repos, actor, cohort.programme, kCoordinatorOnly)) return {};
  return MakeError(ErrorCode::kPermissionDenied, "Deze ziekmelding hoort niet bij jou.");
}

// The placements whose absences the actor follows: their own as student or mentor, and as coordinator those
// of their programmes' cohorts.
std::map<std::int64_t, Placement> PlacementsInScope(Repositories& repos, const Actor& actor) {
  std::map<std::int64_t, Placement> out;
  const auto take = [&](const PlacementFilter& f) {
    for (Placement& p : repos.Placements().Find(f)) out.emplace(p.id.value, std::move(p));
  };
  if (actor.user.roles.Has(Role::kStudent)) take(PlacementFilter{{}, {actor.user.id}, {}, {}, {}});
  if (actor.user.roles.Has(Role::kMentor)) take(PlacementFilter{{}, {}, actor.user.id, {}, {}});
  if (actor.user.roles.Has(Role::kCoordinator)) {
    std::vector<domain::CohortId> cohorts;
    for (const domain::Cohort& c : repos.Cohorts().OfProgrammes(repos.Programmes().StaffOf(actor.user.id)))
      cohorts.push_back(c.id);
    if (!cohorts.empty()) take(PlacementFilter{cohorts, {}, {}, {}, {}});  // an empty list would mean any cohort
  }
  return out;
}

std::vector<PlacementId> IdsOf(const std::map<std::int64_t, Placement>& placements) {
  std::vector<PlacementId> out;
  for (const auto& [id, p] : placements) out.push_back(p.id);
  return out;
}

// Adds the placements of these records that are not known yet (one query each: few records are open).
template <typename Record>
void AddPlacementsOf(Repositories& repos, const std::vector<Record>& records,
                     std::map<std::int64_t, Placement>& known) {
  for (const Record& r : records) {
    if (known.contains(r.placement.value)) continue;
    if (std::optional<Placement> p = repos.Placements().ById(r.placement)) known.emplace(p->id.value, std::move(*p));
  }
}

// The placement views of the records' placements, by placement id, with a fixed number of queries.
template <typename Record>
std::map<std::int64_t, PlacementView> ViewsFor(Repositories& repos, domain::Date today,
                                               const std::vector<Record>& records,
                                               const std::map<std::int64_t, Placement>& placements) {
  std::set<std::int64_t> wanted;
  for (const Record& r : records) wanted.insert(r.placement.value);
  std::vector<Placement> list;
  for (std::int64_t id : wanted) {
    if (auto it = placements.find(id); it != placements.end()) list.push_back(it->second);
  }
  std::map<std::int64_t, PlacementView> out;
  for (PlacementView& v : PlacementViews(repos, today, list)) out.emplace(v.placement.id.value, std::move(v));
  return out;
}

std::map<std::int64_t, std::string> NamesOf(Repositories& repos, const std::set<std::int64_t>& ids) {
  std::vector<UserId> wanted;
  for (std::int64_t id : ids) wanted.push_back(UserId{id});
  std::map<std::int64_t, std::string> out;
  for (const domain::User& u : repos.Users().ByIds(wanted)) out[u.id.value] = u.name;
  return out;
}

// Views of sickness reports whose placement views are given; `detail` adds the certificate's file details.
std::vector<SicknessView> SicknessViews(Repositories& repos, const std::vector<SicknessRecord>& records,
                                        const std::map<std::int64_t, PlacementView>& views, bool detail) {
  std::vector<Placement> placements;
  std::set<std::int64_t> receivers;
  for (const auto& [id, v] : views) placements.push_back(v.placement);
  for (const SicknessRecord& r : records) {
    if (r.original_received_by) receivers.insert(r.original_received_by->value);
  }
  auto days = PlacementDaysOf(repos, placements);
  const auto names = NamesOf(repos, receivers);
  std::vector<SicknessView> out;
  for (const SicknessRecord& r : records) {
    auto v = views.find(r.placement.value);
    if (v == views.end()) continue;
    SicknessView s;
    s.record = r;
    s.placement = v->second;
    s.sick_planned_days = domain::SickPlannedDays(r.report, days[r.placement.value].planned);
    if (detail && r.certificate) s.certificate = repos.Documents().ById(*r.certificate);
    if (r.original_received_by) {
      if (auto n = names.find(r.original_received_by->value); n != names.end()) s.original_received_by_name = n->second;
    }
    s.open = SicknessIsOpen(r);
    out.push_back(std::move(s));
  }
  return out;
}

std::vector<CatchUpView> CatchUpViews(Repositories& repos, const std::vector<CatchUpRequest>& requests,
                                      const std::map<std::int64_t, PlacementView>& views) {
  std::set<std::int64_t> people;
  for (const CatchUpRequest& c : requests) {
    people.insert(c.proposed_by.value);
    if (c.decided_by) people.insert(c.decided_by->value);
  }
  const auto names = NamesOf(repos, people);
  const auto name = [&](std::int64_t id) {
    auto n = names.find(id);
    return n == names.end() ? std::string() : n->second;
  };
  std::vector<CatchUpView> out;
  for (const CatchUpRequest& c : requests) {
    auto v = views.find(c.placement.value);
    if (v == views.end()) continue;
    out.push_back({c, v->second, name(c.proposed_by.value), c.decided_by ? name(c.decided_by->value) : ""});
  }
  return out;
}

std::vector<AccidentView> AccidentViews(Repositories& repos, domain::Date today,
                                        const std::vector<AccidentRecord>& records,
                                        const std::map<std::int64_t, PlacementView>& views) {
  std::set<std::int64_t> people;
  for (const AccidentRecord& a : records) people.insert(a.reported_by.value);
  const auto names = NamesOf(repos, people);
  std::vector<AccidentView> out;
  for (const AccidentRecord& a : records) {
    auto v = views.find(a.placement.value);
    if (v == views.end()) continue;
    auto n = names.find(a.reported_by.value);
    out.push_back({a, v->second, n == names.end() ? std::string() : n->second,
                   domain::DaysLeftToDeclare(a.report, a.status, today)});
  }
  return out;
}

// Newest sick day first.
void SortSickness(std::vector<SicknessView>& list) {
  std::stable_sort(list.begin(), list.end(), [](const SicknessView& a, const SicknessView& b) {
    if (a.record.report.first_day != b.record.report.first_day)
      return a.record.report.first_day > b.record.report.first_day;
    return a.placement.student_name < b.placement.student_name;
  });
}

// Open ones first, the nearest deadline first; then the newest accident first.
void SortAccidents(std::vector<AccidentView>& list) {
  std::stable_sort(list.begin(), list.end(), [](const AccidentView& a, const AccidentView& b) {
    if (a.days_left_to_declare.has_value() != b.days_left_to_declare.has_value())
      return a.days_left_to_declare.has_value();
    if (a.days_left_to_declare != b.days_left_to_declare) return a.days_left_to_declare < b.days_left_to_declare;
    return a.record.report.date > b.record.report.date;
  });
}

AbsenceFilter Only(PlacementId id) {
  AbsenceFilter f;
  f.placements = std::vector<PlacementId>{id};
  return f;
}

}  // namespace

// --- R8

Result<SicknessView> ReportSickness(const AppContext& ctx, const Actor& actor, PlacementId placement,
                                    const domain::SicknessReport& report) {
  const Timestamp now = ctx.clock.Now();
  const LocalTime local = ctx.clock.Local(now);
  domain::SicknessReport r = report;
  r.note = Trim(r.note);
  std::optional<SicknessView> out;
  Status written = ctx.store.Write([&](Repositories& repos) -> Status {
    auto loaded = LoadReadablePlacement(repos, actor, placement);
    if (!loaded) return loaded.error();
    const Placement& p = loaded->first;
    if (!IsStudentOf(actor, p))
      return MakeError(ErrorCode::kPermissionDenied, "Alleen de student zelf meldt zich ziek voor deze werkplek.");
    if (p.status != PlacementStatus::kApproved) {
      return MakeError(ErrorCode::kFailedPrecondition,
                       "Je meldt je ziek voor een werkplek die goedgekeurd is en nog loopt.");
    }
    if (Status valid = domain::SicknessReportIsValid(r, local.date); !valid) return valid.error();
    // R8: measured against the workplace's own start time.
    int start_minutes = domain::Organisation{}.start_minutes;
    if (p.organisation) {
      if (auto org = repos.Organisations().ById(*p.organisation)) start_minutes = org->start_minutes;
    }
    SicknessRecord record;
    record.placement = p.id;
    record.report = r;
    record.timing = domain::SicknessReportTiming(r, start_minutes, local.date, local.minutes);
    record.reported_by = actor.user.id;
    record.reported_at = now;
    record.id = repos.Absences().InsertSickness(record);
    RecordChange(repos, now, actor.user.id, "sickness_report.reported", "sickness_report",
                 std::to_string(record.id.value), std::nullopt, SnapshotOf(record));
    const std::map<std::int64_t, Placement> placements{{p.id.value, p}};
    SicknessView view =
        SicknessViews(repos, {record}, ViewsFor(repos, local.date, std::vector{record}, placements), true).front();
    // R8: the mentor and the coordinator hear it at once, as the student's e-mail to both.
    const bool late = record.timing == domain::ReportTiming::kLate;
    const std::string link = PlacementLinkFor(ctx, p.id);
    if (!view.placement.mentor_email.empty()) {
      repos.Mail().Enqueue(SicknessReportedMail(view.placement.mentor_name, view.placement.mentor_email,
                                                SummaryOf(view.placement), Period(r), late, r.note, link),
                           now);
    }
    for (const domain::CohortContact& c : CoordinatorContacts(repos, loaded->second.id)) {
      repos.Mail().Enqueue(
          SicknessReportedMail(c.name, c.email, SummaryOf(view.placement), Period(r), late, r.note, link), now);
    }
    out = std::move(view);
    return {};
  });
  if (!written) return written.error();
  return *out;
}

Result<SicknessView> UploadSicknessCertificate(const AppContext& ctx, const Actor& actor, domain::SicknessReportId id,
                                               const Upload& upload) {
  // Who may upload is checked before anything is stored.
  Status allowed = ctx.store.Read([&](Repositories& repos) -> Status {
    std::optional<SicknessRecord> record = repos.Absences().Sickness(id);
    if (!record) return SicknessNotFound();
    auto placement = PlacementOf(repos, record->placement, SicknessNotFound());
    if (!placement) return placement.error();
    if (!IsStudentOf(actor, placement->first))
      return MakeError(ErrorCode::kPermissionDenied, "Alleen de student zelf laadt de kopie van het ziekteattest op.");
    return {};
  });
  if (!allowed) return allowed.error();
  Result<std::string> content_type = domain::CertificateContentType(upload.bytes);
  if (!content_type) return content_type.error();
  if (!ctx.documents) return MakeError(ErrorCode::kUnavailable, "Bestanden opladen kan hier niet.");
  const std::string extension = *content_type == "application/pdf" ? ".pdf"
                                : *content_type == "image/jpeg"    ? ".jpg"
                                                                   : ".png";
  const Timestamp now = ctx.clock.Now();
  DocumentRecord document;
  document.kind = "sickness_certificate";
  document.storage_key = ctx.crypto.RandomToken() + extension;  // never derived from the user's file name
  std::string name = upload.file_name;
  name.erase(
      std::remove_if(name.begin(), name.end(),
                     [](char c) { return c == '/' || c == '\\' || c == '"' || static_cast<unsigned char>(c) < 32; }),
      name.end());
  document.file_name = name.empty() ? "ziekteattest" + extension : name.substr(0, 200);
  document.size_bytes = static_cast<std::int64_t>(upload.bytes.size());
  document.uploaded_by = actor.user.id;
  document.uploaded_at = now;
  if (Status saved = ctx.documents->Save(document.storage_key, upload.bytes); !saved) return saved.error();

  std::optional<SicknessView> out;
  Status written = ctx.store.Write([&](Repositories& repos) -> Status {
    std::optional<SicknessRecord> record = repos.Absences().Sickness(id);
    if (!record) return SicknessNotFound();
    auto placement = PlacementOf(repos, record->placement, SicknessNotFound());
    if (!placement) return placement.error();
    const SicknessRecord before = *record;
    record->certificate = repos.Documents().Insert(document);
    repos.Absences().UpdateSickness(*record);
    Snapshot after = SnapshotOf(*record);
    after["file_name"] = document.file_name;
    RecordChange(repos, now, actor.user.id, "sickness_report.certificate_uploaded", "sickness_report",
                 std::to_string(id.value), SnapshotOf(before), after);
    const std::map<std::int64_t, Placement> placements{{placement->first.id.value, placement->first}};
    out = SicknessViews(repos, {*record}, ViewsFor(repos, ctx.clock.Today(), std::vector{*record}, placements), true)
              .front();
    return {};
  });
  if (!written) return written.error();
  return *out;
}

Result<CertificateDownload> DownloadSicknessCertificate(const AppContext& ctx, const Actor& actor,
                                                        domain::SicknessReportId id) {
  std::optional<DocumentRecord> document;
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    std::optional<SicknessRecord> record = repos.Absences().Sickness(id);
    if (!record) return SicknessNotFound();
    auto placement = PlacementOf(repos, record->placement, SicknessNotFound());
    if (!placement) return placement.error();
    if (Status ok = MayReadSickness(repos, actor, placement->first, placement->second); !ok) return ok.error();
    if (record->certificate) document = repos.Documents().ById(*record->certificate);
    return {};
  });
  if (!read) return read.error();
  if (!document) return MakeError(ErrorCode::kNotFound, "Er is nog geen kopie van het ziekteattest opgeladen.");
  if (!ctx.documents) return MakeError(ErrorCode::kUnavailable, "Bestanden lezen kan hier niet.");
  std::optional<std::string> bytes = ctx.documents->Load(document->storage_key);
  Result<std::string> content_type = domain::CertificateContentType(bytes.value_or(""));
  if (!bytes || !content_type) {
    return MakeError(ErrorCode::kInternal, "De kopie van het ziekteattest is niet meer leesbaar; laad ze opnieuw op.");
  }
  return CertificateDownload{document->file_name, *content_type, std::move(*bytes)};
}

Result<SicknessView> MarkOriginalCertificateReceived(const AppContext& ctx, const Actor& actor,
                                                     domain::SicknessReportId id) {
  if (Status ok = Authorize(policy::kReceiveCertificates, actor); !ok) return ok.error();
  const Timestamp now = ctx.clock.Now();
  std::optional<SicknessView> out;
  Status written = ctx.store.Write([&](Repositories& repos) -> Status {
    std::optional<SicknessRecord> record = repos.Absences().Sickness(id);
    if (!record) return SicknessNotFound();
    auto placement = PlacementOf(repos, record->placement, SicknessNotFound());
    if (!placement) return placement.error();
    if (record->original_received_at) {
      return MakeError(ErrorCode::kFailedPrecondition, "Het originele ziekteattest is al als ontvangen aangeduid.");
    }
    const SicknessRecord before = *record;
    record->original_received_by = actor.user.id;
    record->original_received_at = now;
    repos.Absences().UpdateSickness(*record);
    RecordChange(repos, now, actor.user.id, "sickness_report.original_received", "sickness_report",
                 std::to_string(id.value), SnapshotOf(before), SnapshotOf(*record));
    const std::map<std::int64_t, Placement> placements{{placement->first.id.value, placement->first}};
    out = SicknessViews(repos, {*record}, ViewsFor(repos, ctx.clock.Today(), std::vector{*record}, placements), true)
              .front();
    return {};
  });
  if (!written) return written.error();
  return *out;
}

Result<std::vector<SicknessView>> ListSicknessReports(const AppContext& ctx, const Actor& actor, bool open_only) {
  if (Status ok = Authorize(policy::kReadSicknessReports, actor); !ok) return ok.error();
  const domain::Date today = ctx.clock.Today();
  std::vector<SicknessView> out;
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    // The ombudsdienst is school-wide: it keeps the originals of every programme.
    const bool everything = actor.user.roles.Has(Role::kOmbuds);
    std::map<std::int64_t, Placement> placements;
    AbsenceFilter filter;
    filter.open_only = open_only;
    if (!everything) {
      placements = PlacementsInScope(repos, actor);
      filter.placements = IdsOf(placements);
    }
    const std::vector<SicknessRecord> records = repos.Absences().SicknessReports(filter);
    AddPlacementsOf(repos, records, placements);
    out = SicknessViews(repos, records, ViewsFor(repos, today, records, placements), false);
    SortSickness(out);
    return {};
  });
  if (!read) return read.error();
  return out;
}

// --- R9

Result<CatchUpView> ProposeCatchUpDay(const AppContext& ctx, const Actor& actor, PlacementId placement,
                                      domain::Date date, const std::string& note) {
  const Timestamp now = ctx.clock.Now();
  const domain::Date today = ctx.clock.Today();
  std::optional<CatchUpView> out;
  Status written = ctx.store.Write([&](Repositories& repos) -> Status {
    auto loaded = LoadReadablePlacement(repos, actor, placement);
    if (!loaded) return loaded.error();
    const Placement& p = loaded->first;
    if (!IsStudentOf(actor, p) && !IsMentorOf(actor, p)) {
      return MakeError(ErrorCode::kPermissionDenied, "Alleen de student of de mentor stelt een inhaaldag voor.");
    }
    if (p.status != PlacementStatus::kApproved) {
      return MakeError(ErrorCode::kFailedPrecondition,
                       "Inhaaldagen stel je voor bij een werkplek die goedgekeurd is en nog loopt.");
    }
    // R9: what is still open, less the days already proposed or approved but not yet made up.
    const PlacementDays days = PlacementDaysOf(repos, {p})[p.id.value];
    const std::vector<domain::LogbookEntry> entries = repos.Logbook().ForPlacements({p.id}, std::nullopt);
    const domain::Progress progress = PlacementProgress(days, entries, today);
    std::set<domain::Date> made_up;
    for (const domain::LogbookEntry& e : entries) {
      if (e.catch_up && e.state == domain::EntryState::kApproved) made_up.insert(e.date);
    }
    std::vector<domain::Date> taken;
    int pending = 0;
    for (const CatchUpRequest& c : repos.Absences().CatchUpRequests(Only(p.id))) {
      if (c.state == CatchUpState::kRejected) continue;
      taken.push_back(c.date);
      if (!made_up.contains(c.date)) ++pending;
    }
    const std::string trimmed = Trim(note);
    if (Status valid =
            domain::CatchUpProposalIsValid(date, today, days.planned, taken, progress.catch_up_open - pending, trimmed);
        !valid) {
      return valid.error();
    }
    CatchUpRequest request;
    request.placement = p.id;
    request.date = date;
    request.note = trimmed;
    request.state = CatchUpState::kProposed;
    request.proposed_by = actor.user.id;
    request.proposed_at = now;
    request.id = repos.Absences().InsertCatchUp(request);
    RecordChange(repos, now, actor.user.id, "catch_up_day.proposed", "catch_up_day", std::to_string(request.id.value),
                 std::nullopt, SnapshotOf(request));
    const std::map<std::int64_t, Placement> placements{{p.id.value, p}};
    CatchUpView view = CatchUpViews(repos, {request}, ViewsFor(repos, today, std::vector{request}, placements)).front();
    for (const domain::CohortContact& c : CoordinatorContacts(repos, loaded->second.id)) {
      repos.Mail().Enqueue(CatchUpProposedMail(c.name, c.email, SummaryOf(view.placement), domain::DutchDate(date),
                                               actor.user.name, trimmed, LogbookLink(ctx, p.id)),
                           now);
    }
    out = std::move(view);
    return {};
  });
  if (!written) return written.error();
  return *out;
}

Result<CatchUpView> DecideCatchUpDay(const AppContext& ctx, const Actor& actor, domain::CatchUpRequestId id,
                                     bool approve, const std::string& comment) {
  const Timestamp now = ctx.clock.Now();
  const domain::Date today = ctx.clock.Today();
  std::optional<CatchUpView> out;
  Status written = ctx.store.Write([&](Repositories& repos) -> Status {
    std::optional<CatchUpRequest> request = repos.Absences().CatchUp(id);
    if (!request) return CatchUpNotFound();
    auto placement = PlacementOf(repos, request->placement, CatchUpNotFound());
    if (!placement) return placement.error();
    if (Status ok = AuthorizeForProgramme(repos, actor, placement->second.programme, kCoordinatorOnly); !ok)
      return ok.error();
    const std::string trimmed = Trim(comment);
    if (Status allowed = domain::CatchUpDecisionIsAllowed(request->state, approve, trimmed); !allowed)
      return allowed.error();
    const CatchUpRequest before = *request;
    request->state = approve ? CatchUpState::kApproved : CatchUpState::kRejected;
    request->decided_by = actor.user.id;
    request->decided_at = now;
    request->decision_comment = trimmed;
    repos.Absences().UpdateCatchUp(*request);
    RecordChange(repos, now, actor.user.id, approve ? "catch_up_day.approved" : "catch_up_day.rejected", "catch_up_day",
                 std::to_string(id.value), SnapshotOf(before), SnapshotOf(*request));
    const Placement& p = placement->first;
    const std::map<std::int64_t, Placement> placements{{p.id.value, p}};
    CatchUpView view =
        CatchUpViews(repos, {*request}, ViewsFor(repos, today, std::vector{*request}, placements)).front();
    // The student and the workplace both need to know whether the student comes that day.
    const std::string day = domain::DutchDate(request->date);
    const std::string link = LogbookLink(ctx, p.id);
    if (std::optional<domain::User> student = repos.Users().ById(p.student)) {
      repos.Mail().Enqueue(
          CatchUpDecidedMail(student->name, student->email, SummaryOf(view.placement), day, approve, trimmed, link),
          now);
    }
    if (!view.placement.mentor_email.empty()) {
      repos.Mail().Enqueue(CatchUpDecidedMail(view.placement.mentor_name, view.placement.mentor_email,
                                              SummaryOf(view.placement), day, approve, trimmed, link),
                           now);
    }
    out = std::move(view);
    return {};
  });
  if (!written) return written.error();
  return *out;
}

// --- R10

Result<AccidentView> ReportAccident(const AppContext& ctx, const Actor& actor, PlacementId placement,
                                    const domain::AccidentReport& report) {
  const Timestamp now = ctx.clock.Now();
  const domain::Date today = ctx.clock.Today();
  domain::AccidentReport r = report;
  for (std::string* text : {&r.place, &r.what_happened, &r.injuries, &r.witnesses, &r.first_aid}) *text = Trim(*text);
  std::optional<AccidentView> out;
  Status written = ctx.store.Write([&](Repositories& repos) -> Status {
    auto loaded = LoadReadablePlacement(repos, actor, placement);
    if (!loaded) return loaded.error();
    const Placement& p = loaded->first;
    if (!IsStudentOf(actor, p) && !IsMentorOf(actor, p)) {
      return MakeError(ErrorCode::kPermissionDenied,
                       "Alleen de student of de mentor meldt een ongeval voor deze werkplek.");
    }
    if (p.status != PlacementStatus::kApproved && p.status != PlacementStatus::kCompleted) {
      return MakeError(ErrorCode::kFailedPrecondition, "Een arbeidsongeval meld je bij een goedgekeurde werkplek.");
    }
    if (Status valid = domain::AccidentReportIsValid(r, today); !valid) return valid.error();
    AccidentRecord record;
    record.placement = p.id;
    record.report = r;
    record.status = AccidentStatus::kOpen;
    record.reported_by = actor.user.id;
    record.reported_at = now;
    record.updated_by = actor.user.id;
    record.updated_at = now;
    record.id = repos.Absences().InsertAccident(record);
    RecordChange(repos, now, actor.user.id, "accident.reported", "accident", std::to_string(record.id.value),
                 std::nullopt, SnapshotOf(record));
    const std::map<std::int64_t, Placement> placements{{p.id.value, p}};
    AccidentView view =
        AccidentViews(repos, today, {record}, ViewsFor(repos, today, std::vector{record}, placements)).front();
    // R10: the coordinator hears it at once, with the insurer's deadline.
    const std::string when = domain::DutchDate(r.date) + " om " + domain::ClockTime(r.time_minutes);
    const std::string where = r.place + (r.on_the_way ? " (op weg van of naar de werkplek)" : " (op de werkplek)");
    const domain::Date deadline{std::chrono::sys_days{r.date} + std::chrono::days{domain::kInsurerDeadlineDays}};
    for (const domain::CohortContact& c : CoordinatorContacts(repos, loaded->second.id)) {
      repos.Mail().Enqueue(
          AccidentReportedMail(c.name, c.email, SummaryOf(view.placement), when, where, r.injuries, actor.user.name,
                               domain::DutchDate(deadline), PlacementLinkFor(ctx, p.id)),
          now);
    }
    out = std::move(view);
    return {};
  });
  if (!written) return written.error();
  return *out;
}

Result<AccidentView> ChangeAccidentStatus(const AppContext& ctx, const Actor& actor, domain::AccidentId id,
                                          AccidentStatus status, const std::string& reason) {
  const Timestamp now = ctx.clock.Now();
  const domain::Date today = ctx.clock.Today();
  std::optional<AccidentView> out;
  Status written = ctx.store.Write([&](Repositories& repos) -> Status {
    std::optional<AccidentRecord> record = repos.Absences().Accident(id);
    if (!record) return AccidentNotFound();
    auto placement = PlacementOf(repos, record->placement, AccidentNotFound());
    if (!placement) return placement.error();
    if (Status ok = AuthorizeForProgramme(repos, actor, placement->second.programme, kCoordinatorOnly); !ok)
      return ok.error();
    const std::string trimmed = Trim(reason);
    if (Status allowed = domain::AccidentTransitionIsAllowed(record->status, status, trimmed); !allowed)
      return allowed.error();
    const AccidentRecord before = *record;
    record->status = status;
    record->status_reason = trimmed;
    if (status == AccidentStatus::kDeclared) record->declared_at = now;
    if (status == AccidentStatus::kClosed) record->closed_at = now;
    record->updated_by = actor.user.id;
    record->updated_at = now;
    repos.Absences().UpdateAccident(*record);
    RecordChange(repos, now, actor.user.id, "accident." + std::string(domain::AccidentStatusCode(status)), "accident",
                 std::to_string(id.value), SnapshotOf(before), SnapshotOf(*record));
    const std::map<std::int64_t, Placement> placements{{placement->first.id.value, placement->first}};
    out = AccidentViews(repos, today, {*record}, ViewsFor(repos, today, std::vector{*record}, placements)).front();
    return {};
  });
  if (!written) return written.error();
  return *out;
}

Result<std::vector<AccidentView>> ListAccidents(const AppContext& ctx, const Actor& actor, bool open_only) {
  if (Status ok = Authorize(policy::kReadAccidents, actor); !ok) return ok.error();
  const domain::Date today = ctx.clock.Today();
  std::vector<AccidentView> out;
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    const std::map<std::int64_t, Placement> placements = PlacementsInScope(repos, actor);
    AbsenceFilter filter;
    filter.placements = IdsOf(placements);
    filter.open_only = open_only;
    const std::vector<AccidentRecord> records = repos.Absences().Accidents(filter);
    out = AccidentViews(repos, today, records, ViewsFor(repos, today, records, placements));
    SortAccidents(out);
    return {};
  });
  if (!read) return read.error();
  return out;
}

// --- overview

Result<AbsenceOverview> CohortAbsences(const AppContext& ctx, const Actor& actor, domain::CohortId cohort_id) {
  const domain::Date today = ctx.clock.Today();
  AbsenceOverview out;
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    std::optional<domain::Cohort> cohort = repos.Cohorts().ById(cohort_id);
    if (!cohort) return MakeError(ErrorCode::kNotFound, "Deze cohorte bestaat niet.");
    if (Status ok = AuthorizeForProgramme(repos, actor, cohort->programme, policy::kStaffRoles); !ok) return ok.error();
    std::map<std::int64_t, Placement> placements;
    for (Placement& p : repos.Placements().Find(PlacementFilter{{cohort_id}, {}, {}, {}, {}}))
      placements.emplace(p.id.value, std::move(p));
    AbsenceFilter open;
    open.placements = IdsOf(placements);
    open.open_only = true;
    const std::vector<SicknessRecord> sickness = repos.Absences().SicknessReports(open);
    const std::vector<CatchUpRequest> catch_up = repos.Absences().CatchUpRequests(open);
    const std::vector<AccidentRecord> accidents = repos.Absences().Accidents(open);
    std::vector<Placement> involved;
    std::set<std::int64_t> seen;
    const auto involve = [&](PlacementId id) {
      if (seen.insert(id.value).second) involved.push_back(placements.at(id.value));
    };
    for (const auto& r : sickness) involve(r.placement);
    for (const auto& r : catch_up) involve(r.placement);
    for (const auto& r : accidents) involve(r.placement);
    std::map<std::int64_t, PlacementView> views;
    for (PlacementView& v : PlacementViews(repos, today, involved)) views.emplace(v.placement.id.value, std::move(v));
    out.sickness = SicknessViews(repos, sickness, views, false);
    SortSickness(out.sickness);
    out.catch_up = CatchUpViews(repos, catch_up, views);
    std::stable_sort(out.catch_up.begin(), out.catch_up.end(),
                     [](const CatchUpView& a, const CatchUpView& b) { return a.request.date < b.request.date; });
    out.accidents = AccidentViews(repos, today, accidents, views);
    SortAccidents(out.accidents);
    return {};
  });
  if (!read) return read.error();
  return out;
}

// --- for the logbook

std::vector<SicknessView> SicknessViewsOf(Repositories& repos, const PlacementView& placement) {
  const std::vector<SicknessRecord> records = repos.Absences().SicknessReports(Only(placement.placement.id));
  return SicknessViews(repos, records, {{placement.placement.id.value, placement}}, true);
}

std::vector<CatchUpView> CatchUpViewsOf(Repositories& repos, const PlacementView& placement) {
  const std::vector<CatchUpRequest> requests = repos.Absences().CatchUpRequests(Only(placement.placement.id));
  return CatchUpViews(repos, requests, {{placement.placement.id.value, placement}});
}

}  // namespace leerplek::app
