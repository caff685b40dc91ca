#include "leerplek/cli/config.hpp"

#include <toml++/toml.h>

#include <cstdlib>
#include <filesystem>

namespace leerplek::cli {
namespace {

std::optional<std::string> Env(const char* name) {
  const char* v = std::getenv(name);
  if (v == nullptr || *v == '\0') return std::nullopt;
  return std::string(v);
}

}  // namespace

std::optional<std::string> LoadConfig(Config& config, const std::optional<std::string>& file) {
  std::optional<std::string> path = file;
  if (!path) path = Env("LEERPLEK_CONFIG");
  if (!path && std::filesystem::exists("leerplek.toml")) path = "leerplek.toml";
  if (path) {
    toml::table table;
    try {
      table = toml::parse_file(*path);
    } catch (const toml::parse_error& e) {
      return "Configuratiebestand " + *path + " is ongeldig (regel " + std::to_string(e.source().begin.line) +
             "): " + std::string(e.description());
    }
    config.db = table["database"]["url"].value_or(config.db);
    config.sqlite_synchronous_full =
        table["database"]["sqlite_synchronous_full"].value_or(config.sqlite_synchronous_full);
    config.server.host = table["server"]["host"].value_or(config.server.host);
    config.server.port = static_cast<unsigned short>(table["server"]["port"].value_or(int{config.server.port}));
    config.server.trust_proxy = table["server"]["trust_proxy"].value_or(config.server.trust_proxy);
    config.server.max_connections = table["server"]["max_connections"].value_or(config.server.max_connections);
    config.base_url = table["server"]["base_url"].value_or(config.base_url);
    config.web_root = table["server"]["web_root"].value_or(config.web_root);
    config.documents_dir = table["storage"]["documents_dir"].value_or(config.documents_dir);
    config.student_reminder_after_days =
        table["reminders"]["student_after_days"].value_or(config.student_reminder_after_days);
    config.mentor_reminder_after_days =
        table["reminders"]["mentor_after_days"].value_or(config.mentor_reminder_after_days);
    config.smtp.url = table["mail"]["smtp_url"].value_or(config.smtp.url);
    config.smtp.from = table["mail"]["from"].value_or(config.smtp.from);
    config.smtp.username = table["mail"]["username"].value_or(config.smtp.username);
    config.smtp.password = table["mail"]["password"].value_or(config.smtp.password);
    config.smtp.require_tls = table["mail"]["require_tls"].value_or(config.smtp.require_tls);
  }
  if (auto v = Env("LEERPLEK_DB")) config.db = *v;
  if (auto v = Env("LEERPLEK_HOST")) config.server.host = *v;
  if (auto v = Env("LEERPLEK_PORT")) config.server.port = static_cast<unsigned short>(std::stoi(*v));
  if (auto v = Env("LEERPLEK_BASE_URL")) config.base_url = *v;
  if (auto v = Env("LEERPLEK_WEB_ROOT")) config.web_root = *v;
  if (auto v = Env("LEERPLEK_DOCUMENTS_DIR")) config.documents_dir = *v;
  if (auto v = Env("LEERPLEK_REMINDER_STUDENT_DAYS")) config.student_reminder_after_days = std::stoi(*v);
  if (auto v = Env("LEERPLEK_REMINDER_MENTOR_DAYS")) config.mentor_reminder_after_days = std::stoi(*v);
  if (auto v = Env("LEERPLEK_SMTP_URL")) config.smtp.url = *v;
  if (auto v = Env("LEERPLEK_SMTP_FROM")) config.smtp.from = *v;
  return std::nullopt;
}

}  // namespace leerplek::cli
