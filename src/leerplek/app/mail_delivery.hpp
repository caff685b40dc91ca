// Sending what waits in the outbox, with retry and back-off.
#pragma once

#include "leerplek/app/context.hpp"

namespace leerplek::app {

struct DeliveryReport {
  int sent = 0;
  int failed = 0;
};

// Sends up to `limit` due messages; network work happens outside any transaction.
Result<DeliveryReport> DeliverDueMail(const AppContext& ctx, MailTransport& transport, int limit = 20);

}  // namespace leerplek::app
