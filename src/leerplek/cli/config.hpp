// Settings from defaults, a TOML file, the environment and flags, in that order of strength.
#pragma once

#include <optional>
#include <string>

#include "leerplek/http/server.hpp"
#include "leerplek/mail/smtp_transport.hpp"

namespace leerplek::cli {

struct Config {
  std::string db = "data/leerplek.db";  // a SQLite path or a postgresql:// URL
  http::ServerOptions server;
  std::string base_url;  // public URL for e-mailed links; derived from host and port when empty
  std::string web_root = "web/dist";
  std::string documents_dir = "data/documents";  // uploaded PDFs; keep it outside the web root
  mail::SmtpSettings smtp;
  int mail_interval_seconds = 5;
  int student_reminder_after_days = 2;  // [reminders] student_after_days; 0 = off
  int mentor_reminder_after_days = 3;   // [reminders] mentor_after_days; 0 = off
  bool sqlite_synchronous_full = true;
  int db_readers = 4;
};

// Reads the TOML file (when given or when ./leerplek.toml exists) and LEERPLEK_* variables.
// Returns an error message in Dutch when the file is invalid.
std::optional<std::string> LoadConfig(Config& config, const std::optional<std::string>& file);

}  // namespace leerplek::cli
