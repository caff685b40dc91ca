// What every use case needs from outside, wired once in main.
#pragma once

#include <string>

#include "leerplek/app/ports.hpp"
#include "leerplek/app/report.hpp"
#include "leerplek/domain/account.hpp"

namespace leerplek::app {

struct AppSettings {
  std::string base_url = "http://127.0.0.1:8080";  // used in e-mailed links
  domain::ThrottlePolicy account_throttle{5, domain::minutes(15)};
  domain::ThrottlePolicy address_throttle{20, domain::minutes(15)};
  // R6 reminders: to the student for a day without an entry after this many days, to the mentor for an entry
  // waiting longer than this many days; 0 turns them off.
  int student_reminder_after_days = 2;
  int mentor_reminder_after_days = 3;
};

struct AppContext {
  Store& store;
  const Clock& clock;
  const Crypto& crypto;
  AppSettings settings;
  const CurriculumParser* curriculum_parser = nullptr;  // set where curricula are imported
  DocumentFiles* documents = nullptr;                   // set where documents are uploaded
  const ReportRenderer* reports = nullptr;              // set where PDFs are made
  const SpreadsheetRenderer* spreadsheets = nullptr;    // set where XLSX files are made
};

// The person behind a request, once their session is checked.
struct Actor {
  domain::User user;
  std::string session_digest;
  std::string csrf_token;
};

}  // namespace leerplek::app
