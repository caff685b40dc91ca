#include "leerplek/app/mail_templates.hpp"

namespace leerplek::app {
namespace {

// Both account e-mails: a greeting, why, the link with how long it works, and what to do if unexpected.
OutgoingMail LinkMail(const domain::User& user, std::string subject, const std::string& why,
                      const std::string& validity, const std::string& if_unexpected, const std::string& link) {
  OutgoingMail mail;
  mail.to = user.email;
  mail.subject = std::move(subject);
  mail.body = "Beste " + user.name + ",\n\n" + why + "\n(de link werkt één keer en blijft " + validity +
              " geldig):\n\n" + link + "\n\n" + if_unexpected + "\n\nMet vriendelijke groeten,\nLeerplek\n";
  return mail;
}

}  // namespace

OutgoingMail InvitationMail(const domain::User& user, const std::string& link) {
  return LinkMail(user, "Uitnodiging voor Leerplek",
                  "Je bent uitgenodigd voor Leerplek, de omgeving voor het werkplekleren van de opleiding.\n"
                  "Stel via deze link je wachtwoord in",
                  "7 dagen", "Verwachtte je deze uitnodiging niet? Dan mag je deze e-mail negeren.", link);
}

OutgoingMail PasswordResetMail(const domain::User& user, const std::string& link) {
  return LinkMail(user, "Nieuw wachtwoord voor Leerplek",
                  "Iemand vroeg een nieuw wachtwoord aan voor je account in Leerplek.\n"
                  "Kies via deze link een nieuw wachtwoord",
                  "1 uur",
                  "Heb jij dit niet gevraagd? Dan mag je deze e-mail negeren; je wachtwoord blijft ongewijzigd.", link);
}

OutgoingMail PlacementRequestedMail(const std::string& to_name, const std::string& to_email,
                                    const PlacementSummary& about, const std::string& link) {
  OutgoingMail mail;
  mail.to = to_email;
  mail.subject = "Werkplekaanvraag van " + about.student + " (" + about.module + ")";
  mail.body = "Beste " + to_name + ",\n\n" + about.student + " vraagt een werkplek aan voor " + about.module + " bij " +
              about.organisation + ".\nBekijk de aanvraag en beslis in Leerplek:\n\n" + link +
              "\n\nMet vriendelijke groeten,\nLeerplek\n";
  return mail;
}

OutgoingMail PlacementDecisionMail(const std::string& to_name, const std::string& to_email, const std::string& action,
                                   const PlacementSummary& about, const std::string& comment, const std::string& link) {
  const std::string what = action == "approved"   ? "is goedgekeurd"
                           : action == "rejected" ? "is geweigerd"
                                                  : "is teruggestuurd om aan te passen";
  OutgoingMail mail;
  mail.to = to_email;
  mail.subject = "Werkplekaanvraag " + what + ": " + about.student + ", " + about.module;
  mail.body = "Beste " + to_name + ",\n\nDe aanvraag van " + about.student + " voor " + about.module + " bij " +
              about.organisation + " " + what + ".\n";
  if (!comment.empty()) mail.body += "\nOpmerking van de werkplekcoördinator:\n" + comment + "\n";
  mail.body += "\nBekijk de details in Leerplek:\n\n" + link + "\n\nMet vriendelijke groeten,\nLeerplek\n";
  return mail;
}

OutgoingMail LogbookReturnedMail(const domain::User& student, const PlacementSummary& about, const std::string& days,
                                 const std::string& comment, const std::string& mentor_name, const std::string& link) {
  OutgoingMail mail;
  mail.to = student.email;
  mail.subject = "Logboek teruggestuurd: " + days;
  mail.body = "Beste " + student.name + ",\n\n" + mentor_name + " stuurde je logboek van " + days + " (" +
              about.module + " bij " + about.organisation + ") terug met deze opmerking:\n\n" + comment +
              "\n\nPas het aan en dien het opnieuw in:\n\n" + link + "\n\nMet vriendelijke groeten,\nLeerplek\n";
  return mail;
}

namespace {
std::string Bullets(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& l : lines) out += "- " + l + "\n";
  return out;
}
}  // namespace

OutgoingMail LogbookStudentReminderMail(const domain::User& student, const std::vector<std::string>& lines,
                                        const std::string& link) {
  OutgoingMail mail;
  mail.to = student.email;
  mail.subject = "Herinnering: je logboek aanvullen";
  mail.body = "Beste " + student.name + ",\n\nVoor deze werkplekdagen staat nog niets ingediend in je logboek:\n\n" +
              Bullets(lines) + "\nVul ze aan en dien ze in bij je mentor:\n\n" + link +
              "\n\nMet vriendelijke groeten,\nLeerplek\n";
  return mail;
}

OutgoingMail LogbookMentorReminderMail(const domain::User& mentor, const std::vector<std::string>& lines,
                                       const std::string& link) {
  OutgoingMail mail;
  mail.to = mentor.email;
  mail.subject = "Herinnering: logboekdagen wachten op jou";
  mail.body = "Beste " + mentor.name + ",\n\nDeze logboekdagen wachten op je goedkeuring:\n\n" + Bullets(lines) +
              "\nKijk ze na in Leerplek:\n\n" + link + "\n\nMet vriendelijke groeten,\nLeerplek\n";
  return mail;
}

}  // namespace leerplek::app
