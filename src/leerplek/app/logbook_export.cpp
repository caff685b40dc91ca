#include "leerplek/app/logbook_export.hpp"

#include <cctype>

#include "leerplek/app/logbook.hpp"
#include "leerplek/domain/text.hpp"

namespace leerplek::app {
namespace {

std::string_view FlagName(domain::WorkDayFlag f) {
  switch (f) {
    case domain::WorkDayFlag::kPartialDay: return "deeldag";
    case domain::WorkDayFlag::kOverMaxHours: return "meer dan 8 uur (niet geteld)";
    case domain::WorkDayFlag::kShortBreak: return "te korte pauze";
    case domain::WorkDayFlag::kSunday: return "zondag";
    case domain::WorkDayFlag::kLegalHoliday: return "wettelijke feestdag";
  }
  return "";  // unreachable: every flag is handled above
}

std::string Weekday(domain::Date d) {
  static const char* const kNames[] = {"zo", "ma", "di", "wo", "do", "vr", "za"};
  return kNames[std::chrono::weekday{std::chrono::sys_days{d}}.c_encoding()];
}

// One row per planned or catch-up day, in the order of the columns below.
const std::vector<std::string> kColumns = {"Datum",   "Dag",         "Soort",          "Begin",
                                           "Einde",   "Pauze (min)", "Gewerkt",        "Dagequivalent",
                                           "Status",  "Wat gedaan",  "Doelstellingen", "Opmerking mentor",
                                           "Signalen"};

std::vector<std::vector<std::string>> Rows(const LogbookView& v) {
  std::vector<std::vector<std::string>> rows;
  for (const LogbookDay& d : v.days) {
    std::vector<std::string> row = {domain::DutchDate(d.date), Weekday(d.date),
                                    d.kind == domain::LoggableDayKind::kCatchUp ? "Inhaaldag" : "Gepland"};
    if (d.entry) {
      const domain::LogbookEntry& e = d.entry->entry;
      std::string goals;
      for (int g : e.goals) goals += (goals.empty() ? "" : ", ") + std::to_string(g);
      std::vector<std::string> flags;
      for (domain::WorkDayFlag f : d.entry->evaluation.flags) flags.emplace_back(FlagName(f));
      row.insert(row.end(),
                 {domain::ClockTime(e.start_minutes), domain::ClockTime(e.end_minutes), std::to_string(e.break_minutes),
                  domain::HoursAndMinutes(d.entry->evaluation.worked_minutes),
                  domain::DutchDecimal(d.entry->evaluation.day_equivalent, 2),
                  std::string(domain::EntryStateDutchName(e.state)), e.activities, goals, e.review_comment,
                  domain::DutchList(flags)});
    } else {
      row.insert(row.end(), {"", "", "", "", "", d.absent ? "Afwezig" : "Niet ingevuld", "", "", "", ""});
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

// "logboek-lotte-peeters-instroom" — letters, digits and dashes only.
std::string FileStem(const LogbookView& v) {
  std::string out = "logboek";
  for (const std::string& part : {v.placement.student_name, v.placement.placement.module_code}) {
    out += '-';
    for (unsigned char c : part) {
      if (std::isalnum(c)) {
        out += static_cast<char>(std::tolower(c));
      } else if (out.back() != '-') {
        out += '-';
      }
    }
    while (out.back() == '-') out.pop_back();
  }
  return out;
}

std::string ProgressText(const LogbookView& v) {
  return domain::DutchDecimal(v.progress.approved_days, 1) + " van " + std::to_string(v.days_facts.required_days) +
         " dagen goedgekeurd; " + domain::DutchDecimal(v.progress.pending_days, 1) + " wacht op de mentor; " +
         std::to_string(v.progress.catch_up_open) + " in te halen";
}

}  // namespace

Result<ExportFile> ExportLogbookCsv(const AppContext& ctx, const Actor& actor, domain::PlacementId id) {
  Result<LogbookView> v = GetLogbook(ctx, actor, id);
  if (!v) return v.error();
  return ExportFile{FileStem(*v) + ".csv", "text/csv; charset=utf-8", CsvDocument(kColumns, Rows(*v))};
}

Result<ExportFile> ExportLogbookPdf(const AppContext& ctx, const Actor& actor, domain::PlacementId id) {
  if (!ctx.reports) return MakeError(ErrorCode::kUnavailable, "PDF's maken kan hier niet.");
  Result<LogbookView> v = GetLogbook(ctx, actor, id);
  if (!v) return v.error();
  const PlacementView& p = v->placement;
  Report report;
  report.title = "Logboek — " + p.student_name;
  report.subtitle = p.module_name + " bij " + p.organisation_name + " · " + p.cohort_name;
  ReportSection about;
  about.facts = {{"Student", p.student_name},
                 {"Module", p.module_name},
                 {"Werkplek", p.organisation_name},
                 {"Mentor", p.mentor_name},
                 {"Werkplekbegeleider", p.supervisor_name.empty() ? "nog niet toegewezen" : p.supervisor_name},
                 {"Voortgang", ProgressText(*v)}};
  report.sections.push_back(std::move(about));
  ReportSection days;
  days.heading = "Werkplekdagen";
  // The PDF leaves out the columns a reader can do without on paper.
  ReportTable table;
  table.headings = {"Datum", "Uren", "Status", "Wat gedaan", "Opmerking mentor"};
  table.widths = {2.3, 2.0, 2.0, 5.0, 2.4};
  for (const auto& row : Rows(*v)) {
    const std::string hours = row[3].empty() ? "" : row[3] + "–" + row[4] + " (" + row[6] + ")";
    table.rows.push_back({row[1] + " " + row[0], hours, row[8], row[9], row[11]});
  }
  days.table = std::move(table);
  if (v->days.empty()) days.paragraphs = {"Deze werkplek heeft (nog) geen werkplekdagen."};
  report.sections.push_back(std::move(days));
  report.footer = "Afgedrukt op " + domain::DutchDate(ctx.clock.Today()) + " uit Leerplek";
  Result<std::string> bytes = ctx.reports->RenderPdf(report);
  if (!bytes) return bytes.error();
  return ExportFile{FileStem(*v) + ".pdf", "application/pdf", std::move(*bytes)};
}

}  // namespace leerplek::app
