#include "leerplek/app/mail_delivery.hpp"

#include "leerplek/domain/retry.hpp"

namespace leerplek::app {

Result<DeliveryReport> DeliverDueMail(const AppContext& ctx, MailTransport& transport, int limit) {
  std::vector<OutgoingMail> due;
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    due = repos.Mail().Due(ctx.clock.Now(), limit);
    return {};
  });
  if (!read) return read.error();

  DeliveryReport report;
  for (const OutgoingMail& mail : due) {
    Status sent = transport.Send(mail);
    const Timestamp now = ctx.clock.Now();
    Status recorded = ctx.store.Write([&](Repositories& repos) -> Status {
      if (sent) {
        repos.Mail().MarkSent(mail.id, now);
      } else {
        const int attempts = mail.attempts + 1;
        std::optional<Timestamp> next;
        if (auto delay = domain::RetryDelayAfterFailedAttempt(attempts)) next = now + *delay;
        repos.Mail().MarkFailed(mail.id, attempts, next,
                                sent.error().detail.empty() ? sent.error().message : sent.error().detail);
      }
      return {};
    });
    if (!recorded) return recorded.error();
    if (sent) {
      ++report.sent;
    } else {
      ++report.failed;
    }
  }
  return report;
}

}  // namespace leerplek::app
