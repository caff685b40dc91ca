// The daily logbook: entries and their versions (R6–R7).
#include "leerplek/storage/sql/sql_support.hpp"
#include "leerplek/storage/sql/sql_workplace_repositories.hpp"

namespace leerplek::storage {
namespace {

using domain::EntryState;
using domain::LogbookEntry;
using domain::LogbookEntryId;

constexpr const char* kColumns =
    "id, placement_id, entry_date, start_minutes, end_minutes, break_minutes, activities, goals, state, "
    "review_comment, catch_up, version, updated_by, updated_at, submitted_at, reviewed_by, reviewed_at";

LogbookEntry EntryFrom(const Row& r) {
  LogbookEntry e;
  e.id = LogbookEntryId{r.Int(0)};
  e.placement = domain::PlacementId{r.Int(1)};
  e.date = ToDate(r.Text(2));
  e.start_minutes = static_cast<int>(r.Int(3));
  e.end_minutes = static_cast<int>(r.Int(4));
  e.break_minutes = static_cast<int>(r.Int(5));
  e.activities = r.Text(6);
  e.goals = SplitInts(r.Text(7));
  e.state = domain::ParseEntryState(r.Text(8)).value_or(EntryState::kDraft);
  e.review_comment = r.Text(9);
  e.catch_up = r.Int(10) != 0;
  e.version = static_cast<int>(r.Int(11));
  e.updated_by = domain::UserId{r.Int(12)};
  e.updated_at = ToTime(r.Int(13));
  if (auto t = r.OptInt(14)) e.submitted_at = ToTime(*t);
  if (auto by = r.OptInt(15)) e.reviewed_by = domain::UserId{*by};
  if (auto t = r.OptInt(16)) e.reviewed_at = ToTime(*t);
  return e;
}

class SqlLogbook final : public app::LogbookRepository {
 public:
  explicit SqlLogbook(Connection& c) : c_(c) {}

  LogbookEntryId Insert(const LogbookEntry& e) override {
    Rows rows = c_.Query(
        "INSERT INTO logbook_entries (placement_id, entry_date, start_minutes, end_minutes, break_minutes, "
        "activities, goals, state, review_comment, catch_up, version, updated_by, updated_at, submitted_at, "
        "reviewed_by, reviewed_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) "
        "RETURNING id",
        Values(e));
    return LogbookEntryId{rows.at(0).Int(0)};
  }

  void Update(const LogbookEntry& e) override {
    std::vector<Value> values = Values(e);
    values.emplace_back(e.id.value);
    c_.Query(
        "UPDATE logbook_entries SET placement_id = $1, entry_date = $2, start_minutes = $3, end_minutes = $4, "
        "break_minutes = $5, activities = $6, goals = $7, state = $8, review_comment = $9, catch_up = $10, "
        "version = $11, updated_by = $12, updated_at = $13, submitted_at = $14, reviewed_by = $15, reviewed_at = $16 "
        "WHERE id = $17",
        values);
  }

  std::optional<LogbookEntry> OnDay(domain::PlacementId placement, domain::Date date) override {
    Rows rows = c_.Query(
        std::string("SELECT ") + kColumns + " FROM logbook_entries WHERE placement_id = $1 AND entry_date = $2",
        {placement.value, domain::IsoDate(date)});
    if (rows.empty()) return std::nullopt;
    return EntryFrom(rows.front());
  }

  std::vector<LogbookEntry> ByIds(const std::vector<LogbookEntryId>& ids) override {
    if (ids.empty()) return {};
    return Many(" WHERE id IN (" + Placeholders(1, ids.size()) + ")", IdValues(ids));
  }

  std::vector<LogbookEntry> ForPlacements(const std::vector<domain::PlacementId>& placements,
                                          std::optional<EntryState> state) override {
    if (placements.empty()) return {};
    std::vector<Value> params = IdValues(placements);
    std::string where = " WHERE placement_id IN (" + Placeholders(1, placements.size()) + ")";
    if (state) {
      params.emplace_back(std::string(domain::EntryStateCode(*state)));
      where += " AND state = $" + std::to_string(params.size());
    }
    return Many(where, params);
  }

  void AppendVersion(const LogbookEntry& e, const std::string& action, domain::UserId actor,
                     app::Timestamp at) override {
    c_.Query(
        "INSERT INTO logbook_entry_versions (entry_id, version, action, start_minutes, end_minutes, break_minutes, "
        "activities, goals, state, review_comment, actor_id, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, "
        "$11, $12)",
        {e.id.value, std::int64_t{e.version}, action, std::int64_t{e.start_minutes}, std::int64_t{e.end_minutes},
         std::int64_t{e.break_minutes}, e.activities, JoinInts(e.goals), std::string(domain::EntryStateCode(e.state)),
         e.review_comment, actor.value, Seconds(at)});
  }

  std::vector<app::LogbookEntryVersion> Versions(LogbookEntryId id) override {
    std::vector<app::LogbookEntryVersion> out;
    for (const Row& r :
         c_.Query("SELECT v.version, v.action, v.start_minutes, v.end_minutes, v.break_minutes, v.activities, v.goals, "
                  "v.state, v.review_comment, v.actor_id, COALESCE(u.name, ''), v.at, e.placement_id, e.entry_date, "
                  "e.catch_up FROM logbook_entry_versions v JOIN logbook_entries e ON e.id = v.entry_id "
                  "LEFT JOIN users u ON u.id = v.actor_id WHERE v.entry_id = $1 ORDER BY v.version",
                  {id.value})) {
      app::LogbookEntryVersion v;
      v.entry.id = id;
      v.entry.version = static_cast<int>(r.Int(0));
      v.action = r.Text(1);
      v.entry.start_minutes = static_cast<int>(r.Int(2));
      v.entry.end_minutes = static_cast<int>(r.Int(3));
      v.entry.break_minutes = static_cast<int>(r.Int(4));
      v.entry.activities = r.Text(5);
      v.entry.goals = SplitInts(r.Text(6));
      v.entry.state = domain::ParseEntryState(r.Text(7)).value_or(EntryState::kDraft);
      v.entry.review_comment = r.Text(8);
      v.actor = domain::UserId{r.Int(9)};
      v.actor_name = r.Text(10);
      v.at = ToTime(r.Int(11));
      v.entry.placement = domain::PlacementId{r.Int(12)};
      v.entry.date = ToDate(r.Text(13));
      v.entry.catch_up = r.Int(14) != 0;
      out.push_back(std::move(v));
    }
    return out;
  }

  std::vector<domain::UserId> RemindedOn(const std::string& kind, domain::Date day) override {
    std::vector<domain::UserId> out;
    for (const Row& r : c_.Query("SELECT user_id FROM reminders_sent WHERE sent_on = $1 AND kind = $2 ORDER BY user_id",
                                 {domain::IsoDate(day), kind})) {
      out.push_back(domain::UserId{r.Int(0)});
    }
    return out;
  }

  void RecordReminder(domain::UserId user, const std::string& kind, domain::Date day) override {
    c_.Query("INSERT INTO reminders_sent (user_id, kind, sent_on) VALUES ($1, $2, $3)",
             {user.value, kind, domain::IsoDate(day)});
  }

 private:
  static std::vector<Value> Values(const LogbookEntry& e) {
    return {e.placement.value,
            domain::IsoDate(e.date),
            std::int64_t{e.start_minutes},
            std::int64_t{e.end_minutes},
            std::int64_t{e.break_minutes},
            e.activities,
            JoinInts(e.goals),
            std::string(domain::EntryStateCode(e.state)),
            e.review_comment,
            std::int64_t{e.catch_up ? 1 : 0},
            std::int64_t{e.version},
            e.updated_by.value,
            Seconds(e.updated_at),
            OptSeconds(e.submitted_at),
            OptId(e.reviewed_by),
            OptSeconds(e.reviewed_at)};
  }

  std::vector<LogbookEntry> Many(const std::string& where, const std::vector<Value>& params) {
    std::vector<LogbookEntry> out;
    for (const Row& r : c_.Query(
             std::string("SELECT ") + kColumns + " FROM logbook_entries" + where + " ORDER BY placement_id, entry_date",
             params)) {
      out.push_back(EntryFrom(r));
    }
    return out;
  }

  Connection& c_;
};

}  // namespace

std::unique_ptr<app::LogbookRepository> MakeSqlLogbook(Connection& c) { return std::make_unique<SqlLogbook>(c); }

}  // namespace leerplek::storage
