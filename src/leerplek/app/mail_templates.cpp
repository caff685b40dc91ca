#include "leerplek/app/mail_templates.hpp"

namespace leerplek::app {

OutgoingMail InvitationMail(const domain::User& user, const std::string& link) {
  OutgoingMail mail;
  mail.to = user.email;
  mail.subject = "Uitnodiging voor Leerplek";
  mail.body = "Beste " + user.name +
              ",\n\n"
              "Je bent uitgenodigd voor Leerplek, de omgeving voor het werkplekleren van de opleiding.\n"
              "Stel via deze link je wachtwoord in (de link werkt één keer en blijft 7 dagen geldig):\n\n" +
              link +
              "\n\n"
              "Verwachtte je deze uitnodiging niet? Dan mag je deze e-mail negeren.\n\n"
              "Met vriendelijke groeten,\nLeerplek\n";
  return mail;
}

OutgoingMail PasswordResetMail(const domain::User& user, const std::string& link) {
  OutgoingMail mail;
  mail.to = user.email;
  mail.subject = "Nieuw wachtwoord voor Leerplek";
  mail.body = "Beste " + user.name +
              ",\n\n"
              "Iemand vroeg een nieuw wachtwoord aan voor je account in Leerplek.\n"
              "Kies via deze link een nieuw wachtwoord (de link werkt één keer en blijft 1 uur geldig):\n\n" +
              link +
              "\n\n"
              "Heb jij dit niet gevraagd? Dan mag je deze e-mail negeren; je wachtwoord blijft ongewijzigd.\n\n"
              "Met vriendelijke groeten,\nLeerplek\n";
  return mail;
}

}  // namespace leerplek::app
