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

OutgoingMail ScoreReleasedMail(const domain::User& student, const PlacementSummary& about, const std::string& link) {
  OutgoingMail mail;
  mail.to = student.email;
  mail.subject = "Je score voor " + about.module + " is er";
  mail.body = "Beste " + student.name + ",\n\nJe werkplekbegeleider gaf de score voor " + about.module + " bij " +
              about.organisation + " vrij. Je ziet ze met de uitleg van de berekening hier:\n\n" + link +
              "\n\nWil je een score betwisten? Dat kan binnen 7 dagen; je downloadt er ook je volledige "
              "evaluatiedossier als PDF.\n\nMet vriendelijke groeten,\nLeerplek\n";
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

namespace {

OutgoingMail Mail(const std::string& to_email, std::string subject, const std::string& to_name, const std::string& text,
                  const std::string& link) {
  OutgoingMail mail;
  mail.to = to_email;
  mail.subject = std::move(subject);
  mail.body = "Beste " + to_name + ",\n\n" + text + "\n\n" + link + "\n\nMet vriendelijke groeten,\nLeerplek\n";
  return mail;
}

}  // namespace

OutgoingMail SicknessReportedMail(const std::string& to_name, const std::string& to_email,
                                  const PlacementSummary& about, const std::string& period, bool late,
                                  const std::string& note, const std::string& link) {
  std::string text =
      about.student + " meldde zich ziek voor " + period + " (" + about.module + " bij " + about.organisation + ").\n";
  text += late ? "De melding kwam te laat: na het begin van de werkdag.\n"
               : "De melding kwam op tijd, vóór het begin van de werkdag.\n";
  if (!note.empty()) text += "\nOpmerking van " + about.student + ":\n" + note + "\n";
  text += "\nHet ziekteattest gaat naar de ombudsdienst; de kopie verschijnt in Leerplek zodra ze opgeladen is:";
  return Mail(to_email, "Ziekmelding: " + about.student + " (" + period + ")", to_name, text, link);
}

OutgoingMail CatchUpProposedMail(const std::string& to_name, const std::string& to_email, const PlacementSummary& about,
                                 const std::string& day, const std::string& proposed_by, const std::string& note,
                                 const std::string& link) {
  std::string text = proposed_by + " stelt " + day + " voor als inhaaldag voor " + about.student + " (" + about.module +
                     " bij " + about.organisation + ").\n";
  if (!note.empty()) text += "\nToelichting:\n" + note + "\n";
  text += "\nKeur de inhaaldag goed of weiger ze in Leerplek:";
  return Mail(to_email, "Inhaaldag voorgesteld: " + about.student + " op " + day, to_name, text, link);
}

OutgoingMail CatchUpDecidedMail(const std::string& to_name, const std::string& to_email, const PlacementSummary& about,
                                const std::string& day, bool approved, const std::string& comment,
                                const std::string& link) {
  std::string text = "De inhaaldag van " + about.student + " op " + day + " (" + about.module + " bij " +
                     about.organisation + ") is " + (approved ? "goedgekeurd" : "geweigerd") + ".\n";
  if (!comment.empty()) text += "\nOpmerking van de werkplekcoördinator:\n" + comment + "\n";
  text += approved ? "\nDie dag vul je in het logboek in zoals een gewone werkplekdag:"
                   : "\nStel gerust een andere datum voor:";
  return Mail(to_email, std::string("Inhaaldag ") + (approved ? "goedgekeurd" : "geweigerd") + ": " + day, to_name,
              text, link);
}

OutgoingMail AccidentReportedMail(const std::string& to_name, const std::string& to_email,
                                  const PlacementSummary& about, const std::string& when, const std::string& where,
                                  const std::string& injuries, const std::string& reported_by,
                                  const std::string& deadline, const std::string& link) {
  const std::string text = reported_by + " meldde een arbeidsongeval van " + about.student + " (" + about.module +
                           " bij " + about.organisation + ").\n\nWanneer: " + when + "\nWaar: " + where +
                           "\nVerwondingen: " + injuries + "\n\nDoe de aangifte bij de verzekeraar uiterlijk op " +
                           deadline + ". Alle gegevens voor de aangifte staan in Leerplek:";
  return Mail(to_email, "Arbeidsongeval gemeld: " + about.student + " (" + when + ")", to_name, text, link);
}

}  // namespace leerplek::app
