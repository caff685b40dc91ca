// The Dutch texts of the e-mails Leerplek sends about accounts.
#pragma once

#include <string>

#include "leerplek/app/ports.hpp"

namespace leerplek::app {

OutgoingMail InvitationMail(const domain::User& user, const std::string& link);
OutgoingMail PasswordResetMail(const domain::User& user, const std::string& link);

}  // namespace leerplek::app
