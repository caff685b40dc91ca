#include "leerplek/domain/placement.hpp"

#include <array>
#include <utility>

#include "leerplek/domain/account.hpp"
#include "leerplek/domain/text.hpp"

namespace leerplek::domain {
namespace {

struct StatusNames {
  PlacementStatus status;
  std::string_view code;
  std::string_view dutch;
};
constexpr std::array kStatusNames = {
    StatusNames{PlacementStatus::kRequested, "requested", "Aangevraagd"},
    StatusNames{PlacementStatus::kSentBack, "sent_back", "Teruggestuurd"},
    StatusNames{PlacementStatus::kRejected, "rejected", "Geweigerd"},
    StatusNames{PlacementStatus::kApproved, "approved", "Goedgekeurd"},
    StatusNames{PlacementStatus::kReady, "ready", "Klaar om te starten"},
    StatusNames{PlacementStatus::kRunning, "running", "Loopt"},
    StatusNames{PlacementStatus::kCompleted, "completed", "Afgerond"},
    StatusNames{PlacementStatus::kCancelled, "cancelled", "Geannuleerd"},
};

bool Blank(std::string_view text) { return Trimmed(text).empty(); }

Error NotNow(const std::string& message) { return MakeError(ErrorCode::kFailedPrecondition, message); }

}  // namespace

std::string_view PlacementStatusCode(PlacementStatus status) {
  for (const auto& n : kStatusNames) {
    if (n.status == status) return n.code;
  }
  return "";  // unreachable: every status is in the table
}

std::string_view PlacementStatusDutchName(PlacementStatus status) {
  for (const auto& n : kStatusNames) {
    if (n.status == status) return n.dutch;
  }
  return "";  // unreachable: every status is in the table
}

std::optional<PlacementStatus> ParsePlacementStatus(std::string_view code) {
  for (const auto& n : kStatusNames) {
    if (n.code == code) return n.status;
  }
  return std::nullopt;
}

PlacementStatus ShownStatus(PlacementStatus stored, bool ready, Date today, std::optional<Date> first_day) {
  if (stored != PlacementStatus::kApproved || !ready) return stored;
  if (first_day && today >= *first_day) return PlacementStatus::kRunning;
  return PlacementStatus::kReady;
}

Status PlacementRequestIsValid(const Placement& request) {
  FieldErrors errors;
  if (Blank(request.module_code)) errors.Add("module", "Kies de module waarvoor je een werkplek aanvraagt.");
  if (!request.organisation) {
    if (Blank(request.proposed_organisation.name))
      errors.Add("new_organisation.name", "Kies een werkplek uit de lijst of geef de naam van een nieuwe organisatie.");
    if (Blank(request.proposed_organisation.city))
      errors.Add("new_organisation.city", "Vul de gemeente van de nieuwe organisatie in.");
  }
  if (!request.mentor) {
    if (Blank(request.proposed_mentor.name))
      errors.Add("new_mentor.name", "Kies een mentor uit de lijst of geef de naam van de voorgestelde mentor.");
    if (!EmailAddressIsWellFormed(request.proposed_mentor.email))
      errors.Add("new_mentor.email", "Vul een geldig e-mailadres van de mentor in.");
  }
  if (request.tasks.size() > kMaxOfferedTasks) {
    errors.Add("tasks", "Geef hoogstens " + std::to_string(kMaxOfferedTasks) + " taken op.");
  } else if (DomainsCovered(request.tasks) == 0) {
    errors.Add("tasks", "Vink minstens één taak aan die de werkplek aanbiedt.");
  }
  for (std::size_t i = 0; i < request.tasks.size() && i < kMaxOfferedTasks; ++i) {
    if (CodePoints(request.tasks[i].text) > kMaxTaskLength)
      errors.Add("tasks[" + std::to_string(i) + "].text",
                 "Beschrijf de taak in hoogstens " + std::to_string(kMaxTaskLength) + " tekens.");
  }
  if (CodePoints(request.motivation) > kMaxMotivationLength)
    errors.Add("motivation", "Hou de toelichting onder " + std::to_string(kMaxMotivationLength) + " tekens.");
  if (!errors.Empty()) return errors.ToError();
  return {};
}

const std::vector<std::string_view>& ExampleTasks(HrDomain domain) {
  // From the guide, "Werkplekleren: permanentie": the tasks a workplace may offer per domain.
  static const std::array<std::vector<std::string_view>, kAllHrDomains.size()> kExamples = {{
      {"Zelf intakegesprekken uitvoeren", "Functieprofielen opstellen", "Zelf de search naar kandidaten doen",
       "Cv- en telefonische screening, testing en selectiegesprekken professioneel doen",
       "Mee nieuwe medewerkers onthalen", "Eenvoudige rapporten maken"},
      {"Mee opleidingsbehoeftes in kaart brengen", "Opleidingen opvolgen, inschrijven en organiseren",
       "Mee een POP opstellen"},
      {"Mee een ontslag en/of exitgesprek volgen"},
      {"Mee de maandafsluiting administratief voorbereiden (ziektebriefjes, vakantieaanvragen, tijdelijke "
       "stelsels, …)",
       "Mee de tijdsregistratie verwerken", "Een loonafsluiting meevolgen",
       "Vragen van medewerkers over sociale wetgeving beantwoorden"},
      {"Mee potentieelgesprekken volgen"},
      {"Het administratieve proces van de evaluatiegesprekken opvolgen"},
      {"Meewerken aan onderzoeken, risicoanalyses, vragenlijsten of focusgroepen", "Verkregen gegevens verwerken"},
  }};
  return kExamples[static_cast<std::size_t>(domain)];
}

std::optional<PlacementDecision> ParsePlacementDecision(std::string_view code) {
  if (code == "approve") return PlacementDecision::kApprove;
  if (code == "reject") return PlacementDecision::kReject;
  if (code == "send_back") return PlacementDecision::kSendBack;
  return std::nullopt;
}

Status DecisionIsAllowed(const Placement& placement, PlacementDecision decision, std::string_view comment) {
  if (placement.status != PlacementStatus::kRequested) {
    return NotNow("Over deze aanvraag is al beslist (" + std::string(PlacementStatusDutchName(placement.status)) +
                  ").");
  }
  FieldErrors errors;
  if (decision == PlacementDecision::kApprove) {
    if (!placement.organisation)
      errors.Add("organisation_id", "Kies de werkplek uit het register (registreer een nieuwe organisatie eerst).");
    if (!placement.mentor) errors.Add("mentor_id", "Kies de mentor (of nodig de voorgestelde mentor uit).");
  } else if (CodePoints(Trimmed(comment)) < kMinDecisionCommentLength) {
    errors.Add("comment", decision == PlacementDecision::kReject
                              ? "Zeg de student waarom de aanvraag geweigerd wordt."
                              : "Zeg de student wat er aan de aanvraag moet veranderen.");
  }
  if (!errors.Empty()) return errors.ToError();
  return {};
}

Status RequestMayChange(PlacementStatus stored) {
  if (stored == PlacementStatus::kRequested || stored == PlacementStatus::kSentBack) return {};
  return NotNow("Deze aanvraag kan niet meer gewijzigd worden (" + std::string(PlacementStatusDutchName(stored)) +
                ").");
}

Status MayCancel(PlacementStatus stored, std::string_view reason) {
  if (stored == PlacementStatus::kCompleted || stored == PlacementStatus::kCancelled ||
      stored == PlacementStatus::kRejected) {
    return NotNow("Deze werkplek is al " +
                  std::string(stored == PlacementStatus::kCompleted   ? "afgerond"
                              : stored == PlacementStatus::kCancelled ? "geannuleerd"
                                                                      : "geweigerd") +
                  ".");
  }
  if (CodePoints(Trimmed(reason)) < kMinDecisionCommentLength)
    return InvalidField("reason", "Geef een reden voor de annulering.");
  return {};
}

Status MayComplete(PlacementStatus shown) {
  if (shown == PlacementStatus::kRunning) return {};
  return NotNow("Enkel een lopende werkplek kan afgerond worden.");
}

Status SignaturesAreValid(const AgreementSignatures& signatures, Date today) {
  FieldErrors errors;
  const auto check = [&](const std::optional<Date>& d, const char* field) {
    if (d && *d > today) errors.Add(field, "Een handtekening kan niet in de toekomst liggen.");
  };
  check(signatures.student, "student");
  check(signatures.organisation, "organisation");
  check(signatures.school, "school");
  if (!errors.Empty()) return errors.ToError();
  return {};
}

Status DocumentIsPdf(std::string_view bytes) {
  if (bytes.empty()) return InvalidField("file", "Kies een PDF-bestand.");
  if (bytes.size() > kMaxDocumentBytes) {
    return InvalidField("file", "Het bestand is groter dan " + std::to_string(kMaxDocumentBytes / (1024 * 1024)) +
                                    " MB. Verklein of scan het opnieuw.");
  }
  const bool starts = bytes.substr(0, 5) == "%PDF-";
  const std::size_t tail = bytes.size() > 1024 ? bytes.size() - 1024 : 0;
  const bool ends = bytes.find("%%EOF", tail) != std::string_view::npos;
  if (!starts || !ends) return InvalidField("file", "Dit bestand is geen PDF. Laad een PDF-bestand op.");
  return {};
}

}  // namespace leerplek::domain
