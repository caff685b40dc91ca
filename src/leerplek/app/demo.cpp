#include "leerplek/app/demo.hpp"

#include <algorithm>
#include <variant>

#include "leerplek/app/absences.hpp"
#include "leerplek/app/audit.hpp"
#include "leerplek/app/calendar.hpp"
#include "leerplek/app/cohorts.hpp"
#include "leerplek/app/curricula.hpp"
#include "leerplek/app/evaluation.hpp"
#include "leerplek/app/guidance.hpp"
#include "leerplek/app/logbook.hpp"
#include "leerplek/app/module_plans.hpp"
#include "leerplek/app/placements.hpp"
#include "leerplek/app/users.hpp"
#include "leerplek/app/workplaces.hpp"
#include "leerplek/domain/text.hpp"

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

// Workplace days of the demo cohort: realistic patterns around Belgian holidays. HR Support runs on
// Mondays around the day the demo is made (no other module uses Mondays), so its logbook is alive.
std::vector<std::pair<std::string, domain::CalendarRule>> DemoCalendars(domain::Date today) {
  const auto shifted = [&](int days) { return domain::Date{std::chrono::sys_days{today} + std::chrono::days{days}}; };
  return {
      {"hr-support", {{{shifted(-70), shifted(84), {1}}}, {}, {}}},
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

// The demo cohort, made by SeedProgramme.
Result<domain::Cohort> DemoCohort(const AppContext& ctx) {
  std::optional<domain::Cohort> cohort;
  Status find = ctx.store.Read([&](Repositories& repos) -> Status {
    const auto programme = repos.Programmes().ByCode("hr-support");
    if (programme) cohort = repos.Cohorts().Find(programme->id, kAcademicYear, kCohortName);
    return {};
  });
  if (!find) return find.error();
  if (!cohort) return MakeError(ErrorCode::kInternal, "Demo-cohorte ontbreekt.");
  return *cohort;
}

// The demo workplace whose name starts with `prefix` (SeedWorkplaces registers them all).
domain::Organisation DemoOrganisation(const std::vector<domain::Organisation>& register_, std::string_view prefix) {
  for (const auto& o : register_) {
    if (o.name.starts_with(prefix)) return o;
  }
  return domain::Organisation{};
}

// A one-page PDF with a few lines of text, well-formed (objects, cross-reference table, trailer), so the
// demo's documents open in any viewer.
std::string DemoPdf(const std::vector<std::string>& lines) {
  std::string text = "BT /F1 14 Tf 72 770 Td 18 TL";
  for (const std::string& line : lines) text += " (" + line + ") '";
  text += " ET";
  const std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> "
      ">>",
      "<< /Length " + std::to_string(text.size()) + " >>\nstream\n" + text + "\nendstream",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"};
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (std::size_t offset : offsets) {
    std::string number = std::to_string(offset);
    pdf += std::string(10 - number.size(), '0') + number + " 00000 n \n";
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

// A person of the demo cohort without a password of their own (they are shown, not logged in as).
Result<domain::User> DemoMember(const AppContext& ctx, const Actor& coordinator, domain::CohortId cohort,
                                const char* email, const char* name, const char* role) {
  Result<domain::User> user = AddUserWithPassword(ctx, {email, name, {role}, "demo-" + ctx.crypto.RandomToken()});
  if (!user && user.error().code != ErrorCode::kAlreadyExists) return user.error();
  Result<CohortMember> member = AddCohortMember(ctx, coordinator, {cohort, email, name, role, ""});
  if (!member && member.error().code != ErrorCode::kAlreadyExists) return member.error();
  return Person(ctx, email);
}

domain::Placement DemoRequest(domain::CohortId cohort, const char* module, std::vector<domain::OfferedTask> tasks,
                              std::string motivation) {
  domain::Placement p;
  p.cohort = cohort;
  p.module_code = module;
  p.tasks = std::move(tasks);
  p.motivation = std::move(motivation);
  return p;
}

// Placements in every state a coordinator meets (issue 4): one ready, one blocked, one waiting, one sent back.
Status SeedPlacements(const AppContext& ctx) {
  using H = domain::HrDomain;
  Result<domain::User> koen = Person(ctx, "koen.desmet@leerplek-demo.be");
  if (!koen) return koen.error();
  const Actor coordinator{*koen, "", ""};
  Result<std::vector<PlacementView>> existing = ListPlacements(ctx, coordinator, {});
  if (!existing) return existing.error();
  if (!existing->empty()) return {};
  Result<std::vector<domain::Organisation>> register_ = ListOrganisations(ctx, coordinator);
  if (!register_) return register_.error();
  const domain::Organisation partners = DemoOrganisation(*register_, "HR Partners");
  const domain::Organisation mechelen = DemoOrganisation(*register_, "Stad Mechelen");
  const domain::Organisation talentwerk = DemoOrganisation(*register_, "Talentwerk");
  for (const domain::Organisation* o : {&partners, &mechelen}) {
    Result<domain::Organisation> uploaded = UploadRiskAnalysis(
        ctx, coordinator, o->id, *o->risk_analysis_valid_until,
        {"risicoanalyse.pdf", DemoPdf({"Risicoanalyse werkplek", "Werkgever: " + o->name.substr(0, 14),
                                       "Geldig tot " + domain::IsoDate(*o->risk_analysis_valid_until)})});
    if (!uploaded) return uploaded.error();
  }

  Result<domain::Cohort> cohort = DemoCohort(ctx);
  if (!cohort) return cohort.error();
  const domain::CohortId id = cohort->id;
  Result<domain::User> lotte = Person(ctx, "lotte.peeters@student.leerplek-demo.be");
  Result<domain::User> sofie = Person(ctx, "sofie.janssens@hrpartners.leerplek-demo.be");
  Result<domain::User> pieter = Person(ctx, "pieter.claes@leerplek-demo.be");
  Result<domain::User> bram =
      DemoMember(ctx, coordinator, id, "bram.wouters@mechelen.leerplek-demo.be", "Bram Wouters", "mentor");
  Result<domain::User> noor =
      DemoMember(ctx, coordinator, id, "noor.claes@student.leerplek-demo.be", "Noor Claes", "student");
  Result<domain::User> jonas =
      DemoMember(ctx, coordinator, id, "jonas.vermeulen@student.leerplek-demo.be", "Jonas Vermeulen", "student");
  Result<domain::User> yasmine =
      DemoMember(ctx, coordinator, id, "yasmine.bouzid@student.leerplek-demo.be", "Yasmine Bouzid", "student");
  for (const auto* r : {&lotte, &sofie, &pieter, &bram, &noor, &jonas, &yasmine}) {
    if (!*r) return r->error();
  }
  const domain::Date today = ctx.clock.Today();
  const auto days_ago = [&](int n) { return domain::Date{std::chrono::sys_days{today} - std::chrono::days{n}}; };

  // Lotte: Instroom at the city's HR department, everything on file: ready.
  domain::Placement request =
      DemoRequest(id, "instroom",
                  {{H::kRecruitmentSelection, "Vacatures opstellen en publiceren"},
                   {H::kRecruitmentSelection, "Cv-screening en telefonische screening"},
                   {H::kRecruitmentSelection, "Mee nieuwe medewerkers onthalen"},
                   {H::kTraining, "Opleidingen opvolgen, inschrijven en organiseren"}},
                  "De personeelsdienst werft het hele jaar door; ik kan er mee selectiegesprekken volgen.");
  request.organisation = mechelen.id;
  request.mentor = bram->id;
  Result<PlacementView> lotte_instroom = RequestPlacement(ctx, Actor{*lotte, "", ""}, request);
  if (!lotte_instroom) return lotte_instroom.error();
  const domain::PlacementId ready = lotte_instroom->placement.id;
  if (auto r = DecidePlacement(ctx, coordinator, {ready, domain::PlacementDecision::kApprove, "", {}, {}, false, ""});
      !r)
    return r.error();
  if (auto r = AssignSupervisor(ctx, coordinator, ready, pieter->id); !r) return r.error();
  if (auto r =
          UploadAgreement(ctx, Actor{*lotte, "", ""}, ready,
                          {"werkplekleerovereenkomst-lotte-peeters.pdf",
                           DemoPdf({"Werkplekleerovereenkomst", "Student: Lotte Peeters",
                                    "Werkplek: Stad Mechelen - Personeelsdienst", "Module: Instroom (14 dagen)"})});
      !r)
    return r.error();
  if (auto r = RecordSignatures(ctx, coordinator, ready, {days_ago(12), days_ago(9), days_ago(7)}); !r)
    return r.error();
  if (auto r = RecordDimona(ctx, coordinator, lotte->id, kAcademicYear, "STG-2026-0418372"); !r) return r.error();

  // Noor: Instroom at HR Partners with Sofie; approved, but the agreement and the Dimona are missing.
  request = DemoRequest(id, "instroom",
                        {{H::kRecruitmentSelection, "Functieprofielen opstellen"},
                         {H::kPayroll, "Mee de tijdsregistratie verwerken"},
                         {H::kWellbeing, "Meewerken aan een bevraging over welzijn"}},
                        "Sociaal secretariaat met veel klanten: ik zie er verschillende werkgevers.");
  request.organisation = partners.id;
  request.mentor = sofie->id;
  Result<PlacementView> noor_instroom = RequestPlacement(ctx, Actor{*noor, "", ""}, request);
  if (!noor_instroom) return noor_instroom.error();
  if (auto r = DecidePlacement(
          ctx, coordinator, {noor_instroom->placement.id, domain::PlacementDecision::kApprove, "", {}, {}, false, ""});
      !r)
    return r.error();
  if (auto r = AssignSupervisor(ctx, coordinator, noor_instroom->placement.id, pieter->id); !r) return r.error();

  // Jonas: Payroll at the temp agency with a mentor who has no account yet; waiting for the coordinator.
  request = DemoRequest(id, "payroll",
                        {{H::kPayroll, "Prestaties van uitzendkrachten verwerken"},
                         {H::kPayroll, "Vragen van uitzendkrachten over hun loon beantwoorden"},
                         {H::kOutflow, "Mee C4-documenten opmaken"}},
                        "Ik wil payroll zien waar elke week afgerekend wordt.");
  request.organisation = talentwerk.id;
  request.proposed_mentor = {"Ine Goossens", "ine.goossens@talentwerk.leerplek-demo.be", "+32 16 22 33 44"};
  if (auto r = RequestPlacement(ctx, Actor{*jonas, "", ""}, request); !r) return r.error();

  // Yasmine: a workplace not in the register yet; sent back with a question.
  request = DemoRequest(id, "instroom", {{H::kRecruitmentSelection, "Vacatures verspreiden"}},
                        "Mijn buurgemeente zoekt iemand voor de personeelsdienst.");
  request.proposed_organisation = {"Gemeente Duffel – Personeelsdienst", "Duffel"};
  request.proposed_mentor = {"Karel Peeters", "karel.peeters@duffel.leerplek-demo.be", ""};
  Result<PlacementView> yasmine_instroom = RequestPlacement(ctx, Actor{*yasmine, "", ""}, request);
  if (!yasmine_instroom) return yasmine_instroom.error();
  if (auto r = DecidePlacement(ctx, coordinator,
                               {yasmine_instroom->placement.id,
                                domain::PlacementDecision::kSendBack,
                                "Welke taken in selectie en onthaal kan je er nog doen? Eén taak is te weinig voor "
                                "Instroom.",
                                {},
                                {},
                                false,
                                ""});
      !r)
    return r.error();
  return {};
}

// The Expeditie HR rotation (R14) and the Digitaal vaardig groups (R15) of the demo cohort, published.
Status SeedPlans(const AppContext& ctx) {
  Result<domain::User> koen = Person(ctx, "koen.desmet@leerplek-demo.be");
  if (!koen) return koen.error();
  const Actor coordinator{*koen, "", ""};
  Result<domain::Cohort> cohort = DemoCohort(ctx);
  if (!cohort) return cohort.error();
  Result<RotationPlanView> existing = GetRotationPlan(ctx, coordinator, cohort->id, "expeditie-hr");
  if (!existing) return existing.error();
  if (existing->plan) return {};
  Result<std::vector<domain::Organisation>> register_ = ListOrganisations(ctx, coordinator);
  if (!register_) return register_.error();
  const auto org = [&](std::string_view prefix) {
    const domain::OrganisationId id = DemoOrganisation(*register_, prefix).id;
    return id.value == 0 ? std::nullopt : std::optional<domain::OrganisationId>(id);
  };
  Result<domain::User> sofie = Person(ctx, "sofie.janssens@hrpartners.leerplek-demo.be");
  Result<domain::User> bram = Person(ctx, "bram.wouters@mechelen.leerplek-demo.be");
  if (!sofie || !bram) return MakeError(ErrorCode::kInternal, "Demo-mentor ontbreekt.");
  Result<RotationPlanView> planned =
      SaveRotationPlan(ctx, coordinator,
                       {cohort->id,
                        "expeditie-hr",
                        2,
                        {{"Sociaal secretariaat (HR Partners)", 2, org("HR Partners"), sofie->id},
                         {"Personeelsdienst (Stad Mechelen)", 1, org("Stad Mechelen"), bram->id},
                         {"Uitzendkantoor (Talentwerk)", 1, org("Talentwerk"), std::nullopt},
                         {"HR-software (PeopleTech)", 1, org("PeopleTech"), std::nullopt}},
                        std::nullopt});
  if (!planned) return planned.error();
  if (auto published = PublishRotationPlan(ctx, coordinator, cohort->id, "expeditie-hr"); !published)
    return published.error();
  const std::optional<domain::OrganisationId> peopletech = org("PeopleTech");
  if (!peopletech) return MakeError(ErrorCode::kInternal, "Demo-werkplek ontbreekt.");
  Result<GroupingView> formed = SaveGrouping(
      ctx, coordinator, {cohort->id, "digitaal-vaardig", {{std::to_string(peopletech->value), 2}}, {}, std::nullopt});
  if (!formed) return formed.error();
  if (auto published = PublishGrouping(ctx, coordinator, cohort->id, "digitaal-vaardig"); !published)
    return published.error();
  return {};
}

// Lotte's HR Support at HR Partners with Sofie (the module may share a workplace with Payroll, R13), running: a logbook
// with approved days (one a half day), one returned with the mentor's comment, one waiting for Sofie and the last one
// still to write.
Status SeedLogbook(const AppContext& ctx) {
  using H = domain::HrDomain;
  Result<domain::User> koen = Person(ctx, "koen.desmet@leerplek-demo.be");
  Result<domain::User> lotte = Person(ctx, "lotte.peeters@student.leerplek-demo.be");
  Result<domain::User> sofie = Person(ctx, "sofie.janssens@hrpartners.leerplek-demo.be");
  Result<domain::User> pieter = Person(ctx, "pieter.claes@leerplek-demo.be");
  for (const auto* r : {&koen, &lotte, &sofie, &pieter}) {
    if (!*r) return r->error();
  }
  const Actor coordinator{*koen, "", ""};
  const Actor student{*lotte, "", ""};
  Result<domain::Cohort> cohort = DemoCohort(ctx);
  if (!cohort) return cohort.error();
  Result<std::vector<PlacementView>> existing = ListPlacements(ctx, student, {});
  if (!existing) return existing.error();
  for (const PlacementView& v : *existing) {
    if (v.placement.module_code == "hr-support") return {};
  }
  Result<std::vector<domain::Organisation>> register_ = ListOrganisations(ctx, coordinator);
  if (!register_) return register_.error();
  domain::Placement request =
      DemoRequest(cohort->id, "hr-support",
                  {{H::kRecruitmentSelection, "Intakegesprekken voeren"},
                   {H::kPayroll, "Vragen over loonfiches beantwoorden"},
                   {H::kOutflow, "Exitgesprekken mee voorbereiden"},
                   {H::kWellbeing, "Meewerken aan de risicoanalyse psychosociale risico's"}},
                  "Een sociaal secretariaat met een eigen HR-permanentie voor klanten: elke dag iets anders.");
  request.organisation = DemoOrganisation(*register_, "HR Partners").id;
  request.mentor = sofie->id;
  Result<PlacementView> placed = RequestPlacement(ctx, student, request);
  if (!placed) return placed.error();
  const domain::PlacementId id = placed->placement.id;
  if (auto r = DecidePlacement(ctx, coordinator, {id, domain::PlacementDecision::kApprove, "", {}, {}, false, ""}); !r)
    return r.error();
  if (auto r = AssignSupervisor(ctx, coordinator, id, pieter->id); !r) return r.error();
  if (auto r = UploadAgreement(ctx, student, id,
                               {"werkplekleerovereenkomst-lotte-hr-support.pdf",
                                DemoPdf({"Werkplekleerovereenkomst", "Student: Lotte Peeters",
                                         "Werkplek: HR Partners - HR-permanentie", "Module: HR Support (50 dagen)"})});
      !r)
    return r.error();
  const auto before_start = [&](int n) {
    return domain::Date{std::chrono::sys_days{ctx.clock.Today()} - std::chrono::days{70 + n}};
  };
  if (auto r = RecordSignatures(ctx, coordinator, id, {before_start(9), before_start(7), before_start(5)}); !r)
    return r.error();
  Result<LogbookView> log = GetLogbook(ctx, student, id);
  if (!log) return log.error();
  std::vector<domain::Date> past;
  for (const LogbookDay& d : log->days) {
    if (d.date < ctx.clock.Today()) past.push_back(d.date);
  }
  const std::vector<std::string> kDone = {
      "Onthaal door Sofie, rondleiding en uitleg over de HR-permanentie. Eerste vragen van klanten meegevolgd.",
      "Vragen over loonfiches beantwoord met Sofie ernaast; twee dossiers zelf opgezocht in de payrollsoftware.",
      "Intakegesprek voor een vacature als administratief medewerker mee voorbereid en genoteerd.",
      "Halve dag: teamoverleg en de procedure voor tijdelijke werkloosheid leren kennen.",
      "Exitgesprek mee voorbereid: vragenlijst aangepast en het verslag uitgeschreven.",
      "Vragen over vakantiegeld en eindejaarspremie beantwoord; een simulatie gemaakt voor een klant.",
      "Meegewerkt aan de bevraging psychosociale risico's: antwoorden verwerkt in een overzicht.",
  };
  std::vector<domain::LogbookEntryId> to_approve;
  for (std::size_t i = 0; i + 1 < past.size(); ++i) {
    const bool waiting = i + 2 == past.size();
    const bool returned = i + 3 == past.size();
    const bool half_day = i % 7 == 3;
    SaveEntryCommand entry{id,
                           past[i],
                           8 * 60 + 30,
                           half_day ? 12 * 60 + 30 : 17 * 60,
                           half_day ? 0 : 30,
                           kDone[i % kDone.size()],
                           {1 + static_cast<int>(i % 3)},
                           true};
    Result<EntryView> saved = SaveLogbookEntry(ctx, student, entry);
    if (!saved) return saved.error();
    if (waiting) continue;
    if (returned) {
      if (auto r = ReviewLogbookEntries(
              ctx, Actor{*sofie, "", ""},
              {{saved->entry.id}, false, "Schrijf er ook bij welke vragen je zelf beantwoord hebt, en je pauze."});
          !r)
        return r.error();
      continue;
    }
    to_approve.push_back(saved->entry.id);
  }
  if (!to_approve.empty()) {
    if (auto r = ReviewLogbookEntries(ctx, Actor{*sofie, "", ""}, {to_approve, true, ""}); !r) return r.error();
  }
  if (past.empty()) return {};
  // The last Monday: a fall on the way (R10), reported sick that day (R8), a catch-up day proposed (R9).
  const domain::Date fall = past.back();
  domain::AccidentReport accident;
  accident.date = fall;
  accident.time_minutes = 8 * 60 + 5;
  accident.place = "Fietspad Mechelsesteenweg, Antwerpen, op weg naar HR Partners";
  accident.on_the_way = true;
  accident.what_happened = "Uitgegleden met de fiets op nat wegdek en op de rechterpols gevallen.";
  accident.injuries = "Verstuikte rechterpols, schaafwonden aan de hand.";
  accident.witnesses = "Een voorbijganger (gegevens niet genoteerd).";
  accident.first_aid = "Door de huisarts verzorgd; pols gespalkt.";
  if (auto r = ReportAccident(ctx, Actor{*sofie, "", ""}, id, accident); !r) return r.error();
  domain::SicknessReport sick;
  sick.first_day = fall;
  sick.last_day = fall;
  sick.called_workplace_minutes = 8 * 60 + 15;
  sick.called_coordinator_minutes = 8 * 60 + 20;
  sick.note = "Na een val met de fiets naar de huisarts; attest voor één dag.";
  Result<SicknessView> reported = ReportSickness(ctx, student, id, sick);
  if (!reported) return reported.error();
  if (auto r = UploadSicknessCertificate(
          ctx, student, reported->record.id,
          {"ziekteattest-lotte-peeters.pdf",
           DemoPdf({"Getuigschrift van arbeidsongeschiktheid (kopie)", "Patient: Lotte Peeters",
                    "Arbeidsongeschikt: " + domain::DutchDate(fall), "Dr. A. Claes, huisarts"})});
      !r)
    return r.error();
  // The first Wednesday after today: no module uses Wednesdays around now.
  domain::Date catch_up{std::chrono::sys_days{ctx.clock.Today()} + std::chrono::days{1}};
  while (std::chrono::weekday{std::chrono::sys_days{catch_up}} != std::chrono::Wednesday) {
    catch_up = domain::Date{std::chrono::sys_days{catch_up} + std::chrono::days{1}};
  }
  if (auto r = ProposeCatchUpDay(ctx, student, id, catch_up, "Sofie kan me die woensdag ontvangen."); !r)
    return r.error();
  return {};
}

// Guidance (R20, R22) by Pieter, the supervisor of Lotte's HR Support: a supervision moment two weeks ago with
// attendance (Lotte present, Noor excused with a reason, Jonas absent) and one still to come; a visit three weeks
// ago with its report and one on the next HR Support Monday (its invitation waits in the outbox).
Status SeedGuidance(const AppContext& ctx) {
  Result<domain::User> pieter = Person(ctx, "pieter.claes@leerplek-demo.be");
  Result<domain::User> lotte = Person(ctx, "lotte.peeters@student.leerplek-demo.be");
  Result<domain::User> noor = Person(ctx, "noor.claes@student.leerplek-demo.be");
  Result<domain::User> jonas = Person(ctx, "jonas.vermeulen@student.leerplek-demo.be");
  for (const auto* r : {&pieter, &lotte, &noor, &jonas}) {
    if (!*r) return r->error();
  }
  const Actor supervisor{*pieter, "", ""};
  Result<std::vector<PlacementView>> placements = ListPlacements(ctx, Actor{*lotte, "", ""}, {});
  if (!placements) return placements.error();
  const auto hr_support = std::find_if(placements->begin(), placements->end(),
                                       [](const PlacementView& v) { return v.placement.module_code == "hr-support"; });
  if (hr_support == placements->end()) return {};
  const domain::Placement& placement = hr_support->placement;
  Result<std::vector<VisitView>> visits = ListVisits(ctx, supervisor, placement.id);
  if (!visits) return visits.error();
  if (!visits->empty()) return {};  // seeded before

  const domain::Date today = ctx.clock.Today();
  const auto on = [&](int from_today, std::chrono::weekday weekday, int step) {
    domain::Date d{std::chrono::sys_days{today} + std::chrono::days{from_today}};
    while (std::chrono::weekday{std::chrono::sys_days{d}} != weekday)
      d = domain::Date{std::chrono::sys_days{d} + std::chrono::days{step}};
    return d;
  };
  domain::GuidanceMoment moment;
  moment.cohort = placement.cohort;
  moment.module_code = "hr-support";
  moment.kind = domain::GuidanceKind::kSupervision;
  moment.date = on(-14, std::chrono::Thursday, -1);
  moment.start_minutes = 14 * 60;
  moment.duration_minutes = 120;
  moment.title = "Supervisie 1: je rol in het HR-team";
  moment.place = "Campus De Vest, lokaal B204";
  moment.mandatory = true;
  moment.participants = {lotte->id, noor->id, jonas->id};
  Result<GuidanceMomentView> past = PlanGuidanceMoment(ctx, supervisor, moment);
  if (!past) return past.error();
  if (auto r = RecordAttendance(
          ctx, supervisor, past->record.moment.id,
          {{lotte->id, domain::AttendanceStatus::kPresent, ""},
           {noor->id, domain::AttendanceStatus::kExcused, "Ziek (attest bezorgd aan de ombudsdienst)."},
           {jonas->id, domain::AttendanceStatus::kAbsent, ""}});
      !r)
    return r.error();
  moment.date = on(3, std::chrono::Thursday, 1);
  moment.title = "Supervisie 2: moeilijke gesprekken aan de HR-permanentie";
  if (auto r = PlanGuidanceMoment(ctx, supervisor, moment); !r) return r.error();

  domain::VisitPlan visit{on(-21, std::chrono::Monday, -1), 10 * 60, 60, "Sofie Janssens (mentor) en Lotte", ""};
  Result<VisitView> visited = PlanVisit(ctx, supervisor, placement.id, visit);
  if (!visited) return visited.error();
  if (auto r = ReportVisit(ctx, supervisor, visited->record.id,
                           "Lotte beantwoordt vragen aan de HR-permanentie al zelfstandig en zoekt dossiers vlot op. "
                           "Sofie is tevreden over haar inzet. Werkpunt: bij twijfel sneller navragen en de "
                           "afspraken met klanten meteen noteren. Volgend bezoek: na de helft van de module.");
      !r)
    return r.error();
  visit.date = on(1, std::chrono::Monday, 1);
  visit.start_minutes = 13 * 60 + 30;
  if (auto r = PlanVisit(ctx, supervisor, placement.id, visit); !r) return r.error();
  return {};
}

// Issue 6: Sofie's interim feedback on Lotte's HR Support (R18), on the rubric the curriculum ships; the final
// rating, self-assessment, meeting and score are what the demo lets each role do next.
Status SeedEvaluation(const AppContext& ctx) {
  Result<domain::User> lotte = Person(ctx, "lotte.peeters@student.leerplek-demo.be");
  Result<domain::User> sofie = Person(ctx, "sofie.janssens@hrpartners.leerplek-demo.be");
  if (!lotte) return lotte.error();
  if (!sofie) return sofie.error();
  const Actor mentor{*sofie, "", ""};
  Result<std::vector<PlacementView>> placements = ListPlacements(ctx, Actor{*lotte, "", ""}, {});
  if (!placements) return placements.error();
  for (const PlacementView& v : *placements) {
    if (v.placement.module_code != "hr-support") continue;
    Result<EvaluationView> e = GetEvaluation(ctx, mentor, v.placement.id);
    if (!e) return e.error();
    if (!e->rubric || !e->interim.empty() || e->rubric->rubric.criteria.size() < 3) return {};
    const std::vector<domain::RubricCriterion>& c = e->rubric->rubric.criteria;
    const std::vector<domain::RubricLevel>& levels = e->rubric->rubric.levels;
    const std::string& low = levels.at(levels.size() > 2 ? 1 : 0).code;   // voldoende
    const std::string& high = levels.at(levels.size() > 2 ? 2 : 1).code;  // goed
    const domain::Date today = ctx.clock.Today();
    const domain::Date six_weeks{std::chrono::sys_days{today} - std::chrono::days{42}};
    const domain::Date two_weeks{std::chrono::sys_days{today} - std::chrono::days{14}};
    RatingInput first{
        {{c[0].code, low, "Nog wat afwachtend aan de telefoon; vraagt vaak bevestiging."}, {c[1].code, high, ""}},
        "Goede start: Lotte is stipt en leergierig. Volgende stap: zelf een klantvraag van begin tot "
        "einde opvolgen."};
    if (auto r = AddInterimFeedback(ctx, mentor, v.placement.id, six_weeks, first); !r) return r.error();
    RatingInput second{{{c[0].code, high, "Beantwoordt loonvragen nu zelfstandig en duidelijk."},
                        {c[2].code, low, "Reflecteert vooral op wat er misging; benoem ook wat goed ging."}},
                       "Duidelijke groei sinds de vorige keer. Ze neemt nu zelf dossiers op."};
    if (auto r = AddInterimFeedback(ctx, mentor, v.placement.id, two_weeks, second); !r) return r.error();
  }
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
  } else if (ctx.curriculum_parser != nullptr) {
    // A demo made before rubrics existed (issue 6): the shipped rubrics join it for the modules that have none
    // yet; a rubric the programme lead already has stays as it is.
    auto parsed = ctx.curriculum_parser->Parse(curriculum_toml);
    if (auto* shipped = std::get_if<domain::Curriculum>(&parsed)) {
      Status stored = ctx.store.Write([&](Repositories& repos) -> Status {
        domain::Curriculum missing = *shipped;
        std::erase_if(missing.modules, [&](const domain::Module& m) {
          return repos.Evaluation().LatestRubric(programme->id, m.code).has_value();
        });
        StoreCurriculumRubrics(repos, programme->id, missing, std::nullopt, ctx.clock.Now());
        return {};
      });
      if (!stored) return stored;
    }
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
  for (const auto& [module, rule] : DemoCalendars(ctx.clock.Today())) {
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
  if (Status placements = SeedPlacements(ctx); !placements) return placements.error();
  if (Status plans = SeedPlans(ctx); !plans) return plans.error();
  if (Status logbook = SeedLogbook(ctx); !logbook) return logbook.error();
  if (Status guidance = SeedGuidance(ctx); !guidance) return guidance.error();
  if (Status evaluation = SeedEvaluation(ctx); !evaluation) return evaluation.error();
  return accounts;
}

}  // namespace leerplek::app
