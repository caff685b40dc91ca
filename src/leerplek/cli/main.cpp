// The leerplek command: serve, migrate, demo, user add. The only place that knows every layer.
#include <spdlog/spdlog.h>
#include <CLI/CLI.hpp>

#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include "leerplek/app/curricula.hpp"
#include "leerplek/app/demo.hpp"
#include "leerplek/app/logbook.hpp"
#include "leerplek/app/mail_delivery.hpp"
#include "leerplek/app/users.hpp"
#include "leerplek/cli/config.hpp"
#include "leerplek/cli/demo_curriculum_embedded.hpp"
#include "leerplek/cli/openapi_embedded.hpp"
#include "leerplek/cli/wiring.hpp"
#include "leerplek/crypto/sodium_crypto.hpp"
#include "leerplek/curriculum/toml_parser.hpp"
#include "leerplek/files/directory_files.hpp"
#include "leerplek/http/api.hpp"
#include "leerplek/http/server.hpp"
#include "leerplek/mail/smtp_transport.hpp"
#include "leerplek/pdf/cairo_report.hpp"
#include "leerplek/xlsx/xlsx_workbook.hpp"

namespace {

using namespace leerplek;

// Sends the outbox in the background while the server runs.
class MailWorker {
 public:
  MailWorker(const app::AppContext& ctx, app::MailTransport& transport, std::chrono::seconds interval)
      : thread_([this, &ctx, &transport, interval] {
          std::unique_lock lock(mutex_);
          auto next_reminders = std::chrono::steady_clock::now();
          while (!stop_) {
            lock.unlock();
            // Logbook reminders (R6): at most one per person and day, so checking hourly is enough.
            if (std::chrono::steady_clock::now() >= next_reminders) {
              next_reminders += std::chrono::hours(1);
              Result<app::ReminderReport> reminders = app::SendLogbookReminders(ctx);
              if (!reminders) spdlog::warn("reminders: {}", reminders.error().detail);
            }
            Result<app::DeliveryReport> report = app::DeliverDueMail(ctx, transport);
            if (!report) spdlog::warn("mail: {}", report.error().detail);
            if (report && report->failed > 0) spdlog::warn("mail: {} message(s) will be retried", report->failed);
            lock.lock();
            wake_.wait_for(lock, interval, [this] { return stop_; });
          }
        }) {}
  ~MailWorker() {
    {
      std::lock_guard lock(mutex_);
      stop_ = true;
    }
    wake_.notify_all();
    thread_.join();
  }
  MailWorker(const MailWorker&) = delete;
  MailWorker& operator=(const MailWorker&) = delete;

 private:
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stop_ = false;
  std::thread thread_;
};

int Fail(const std::string& message) {
  std::cerr << "leerplek: " << message << "\n";
  return 1;
}

std::string BaseUrl(const cli::Config& config) {
  if (!config.base_url.empty()) return config.base_url;
  return "http://" + config.server.host + ":" + std::to_string(config.server.port);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App cli{"Leerplek — werkplekleren voor graduaatsopleidingen"};
  cli.require_subcommand(1);
  std::optional<std::string> config_file;
  std::optional<std::string> db_flag;
  cli.add_option("--config", config_file, "TOML-configuratiebestand");
  cli.add_option("--db", db_flag, "SQLite-pad of postgresql://-URL");

  auto* serve = cli.add_subcommand("serve", "Start de webserver");
  std::optional<std::string> host_flag;
  std::optional<int> port_flag;
  serve->add_option("--host", host_flag, "Adres om op te luisteren (standaard 127.0.0.1)");
  serve->add_option("--port", port_flag, "Poort (standaard 8080; 0 kiest een vrije poort)")
      ->check(CLI::Range(0, 65535));
  serve->add_option("--db", db_flag, "SQLite-pad of postgresql://-URL");
  std::optional<std::string> web_root_flag;
  serve->add_option("--web-root", web_root_flag, "Map met de gebouwde webinterface");
  std::optional<std::string> port_file;
  serve->add_option("--port-file", port_file, "Schrijf de gekozen poort naar dit bestand");

  auto* migrate = cli.add_subcommand("migrate", "Breng het databankschema bij");
  migrate->add_option("--db", db_flag, "SQLite-pad of postgresql://-URL");

  auto* demo = cli.add_subcommand("demo", "Maak demogegevens en toon de demo-accounts");
  demo->add_option("--db", db_flag, "SQLite-pad of postgresql://-URL");

  auto* user = cli.add_subcommand("user", "Beheer accounts zonder draaiende server");
  user->require_subcommand(1);
  auto* user_add = user->add_subcommand("add", "Maak een account met wachtwoord");
  user_add->add_option("--db", db_flag, "SQLite-pad of postgresql://-URL");
  std::string email;
  std::string name;
  std::vector<std::string> roles{"admin"};
  bool password_stdin = false;
  user_add->add_option("--email", email, "E-mailadres")->required();
  user_add->add_option("--name", name, "Naam")->required();
  user_add->add_option("--role", roles, "Rol (herhaalbaar; standaard admin)");
  user_add->add_flag("--password-stdin", password_stdin, "Lees het wachtwoord van standaardinvoer");

  auto* curriculum_cmd = cli.add_subcommand("curriculum", "Curricula als gegevensbestand");
  curriculum_cmd->require_subcommand(1);
  auto* curriculum_import = curriculum_cmd->add_subcommand("import", "Lees een curriculumbestand (TOML) in");
  curriculum_import->add_option("--db", db_flag, "SQLite-pad of postgresql://-URL");
  std::string curriculum_file;
  curriculum_import->add_option("FILE", curriculum_file, "Het curriculumbestand")->required()->check(CLI::ExistingFile);

  CLI11_PARSE(cli, argc, argv);

  cli::Config config;
  try {
    if (auto error = cli::LoadConfig(config, config_file)) return Fail(*error);
  } catch (const std::exception& e) {
    return Fail(std::string("ongeldige instelling: ") + e.what());
  }
  if (db_flag) config.db = *db_flag;
  if (host_flag) config.server.host = *host_flag;
  if (port_flag) config.server.port = static_cast<unsigned short>(*port_flag);
  if (web_root_flag) config.web_root = *web_root_flag;

  try {
    auto database = cli::OpenDatabase(config.db, {config.db_readers, config.sqlite_synchronous_full});
    cli::SystemClock clock;
    crypto::SodiumCrypto crypto;
    app::AppSettings settings;
    settings.base_url = BaseUrl(config);
    settings.student_reminder_after_days = config.student_reminder_after_days;
    settings.mentor_reminder_after_days = config.mentor_reminder_after_days;
    curriculum::TomlCurriculumParser curriculum_parser;
    files::DirectoryFiles documents(config.documents_dir);
    pdf::CairoReportRenderer reports;
    xlsx::XlsxWorkbookRenderer spreadsheets;
    app::AppContext ctx{*database, clock, crypto, settings, &curriculum_parser, &documents, &reports, &spreadsheets};

    if (*migrate) {
      std::cout << "Databankschema is bijgewerkt.\n";
      return 0;
    }
    if (*demo) {
      Result<std::vector<app::DemoAccount>> accounts = app::SeedDemo(ctx, cli::kDemoCurriculumToml);
      if (!accounts) return Fail(accounts.error().message + " " + accounts.error().detail);
      for (const auto& a : *accounts) std::cout << a.role << " " << a.email << " " << a.password << "\n";
      return 0;
    }
    if (*curriculum_import) {
      std::ifstream in(curriculum_file, std::ios::binary);
      std::stringstream text;
      text << in.rdbuf();
      Result<app::ImportedCurriculum> imported = app::ImportCurriculum(ctx, std::nullopt, text.str());
      if (!imported) {
        std::cerr << curriculum_file << ": " << imported.error().message << "\n";
        for (const auto& f : imported.error().fields) std::cerr << "  " << f.field << ": " << f.message << "\n";
        return 1;
      }
      std::cout << "Ingelezen: " << imported->programme.programme.name << " (" << imported->programme.programme.code
                << "), versie " << imported->version.number << " \"" << imported->version.label << "\"\n";
      return 0;
    }
    if (*user_add) {
      std::string password;
      if (password_stdin) {
        std::getline(std::cin, password);
      } else {
        password = crypto.RandomToken().substr(0, 16);
      }
      Result<domain::User> added = app::AddUserWithPassword(ctx, {email, name, roles, password});
      if (!added) {
        std::string message = added.error().message;
        for (const auto& f : added.error().fields) message += "\n  " + f.field + ": " + f.message;
        return Fail(message);
      }
      std::cout << "Account aangemaakt: " << added->email << " (id " << added->id.value << ")\n";
      if (!password_stdin) std::cout << "Wachtwoord: " << password << "\n";
      return 0;
    }

    // serve
    http::ApiOptions api_options;
    api_options.openapi_yaml = std::string(cli::kOpenApiYaml);
    api_options.always_secure_cookies = settings.base_url.starts_with("https://");
    if (std::filesystem::is_directory(config.web_root)) {
      api_options.static_files.emplace(config.web_root);
    } else {
      spdlog::warn("web UI not found at {}: only the API is served", config.web_root);
    }
    http::Api api(ctx, std::move(api_options));
    mail::SmtpTransport transport(config.smtp);
    MailWorker mail_worker(ctx, transport, std::chrono::seconds(config.mail_interval_seconds));
    http::RunServer(api, config.server, [&](unsigned short port) {
      spdlog::info("Leerplek luistert op http://{}:{} ({})", config.server.host, port,
                   cli::IsPostgresUrl(config.db) ? "PostgreSQL" : config.db);
      if (port_file) std::ofstream(*port_file) << port << "\n";
    });
    return 0;
  } catch (const storage::DbError& e) {
    return Fail(std::string("de databank kan niet geopend worden: ") + e.what());
  } catch (const std::exception& e) {
    return Fail(e.what());
  }
}
