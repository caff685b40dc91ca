// Rotation plans (R14) and groupings (R15) as one JSON document per cohort, module and kind.
#include <nlohmann/json.hpp>

#include "leerplek/storage/sql/sql_support.hpp"
#include "leerplek/storage/sql/sql_workplace_repositories.hpp"

namespace leerplek::storage {
namespace {

using nlohmann::json;

json OptId(const auto& id) {
  if (!id) return nullptr;
  return id->value;
}

std::string RotationDocument(const app::SavedRotationPlan& p) {
  json settings = json::array();
  for (const auto& s : p.settings) {
    settings.push_back(
        {{"id", s.id}, {"capacity", s.capacity}, {"organisation", OptId(s.organisation)}, {"mentor", OptId(s.mentor)}});
  }
  json assignments = json::array();
  for (const auto& a : p.assignments) assignments.push_back({a.student, domain::IsoDate(a.date), a.setting});
  return json{{"block_days", p.block_days}, {"settings", settings}, {"assignments", assignments}}.dump();
}

void ReadRotation(const std::string& text, app::SavedRotationPlan& p) {
  const json j = json::parse(text);
  p.block_days = j.at("block_days").get<int>();
  for (const json& s : j.at("settings")) {
    app::RotationSettingRecord r;
    r.id = s.at("id").get<std::string>();
    r.capacity = s.at("capacity").get<int>();
    if (!s.at("organisation").is_null())
      r.organisation = domain::OrganisationId{s.at("organisation").get<std::int64_t>()};
    if (!s.at("mentor").is_null()) r.mentor = domain::UserId{s.at("mentor").get<std::int64_t>()};
    p.settings.push_back(std::move(r));
  }
  for (const json& a : j.at("assignments")) {
    p.assignments.push_back(
        {a.at(0).get<std::string>(), ToDate(a.at(1).get<std::string>()), a.at(2).get<std::string>()});
  }
}

std::string GroupingDocument(const app::SavedGrouping& g) {
  json companies = json::array();
  for (const auto& c : g.companies) companies.push_back({{"id", c.id}, {"capacity", c.capacity}});
  json groups = json::array();
  for (const auto& group : g.groups) groups.push_back({{"students", group.students}, {"company", group.company}});
  return json{{"companies", companies}, {"preferences", g.preferences}, {"groups", groups}}.dump();
}

void ReadGrouping(const std::string& text, app::SavedGrouping& g) {
  const json j = json::parse(text);
  for (const json& c : j.at("companies"))
    g.companies.push_back({c.at("id").get<std::string>(), c.at("capacity").get<int>()});
  g.preferences = j.at("preferences").get<std::map<std::string, std::string>>();
  for (const json& group : j.at("groups")) {
    g.groups.push_back({group.at("students").get<std::vector<std::string>>(), group.at("company").get<std::string>()});
  }
}

class SqlModulePlans final : public app::ModulePlanRepository {
 public:
  explicit SqlModulePlans(Connection& c) : c_(c) {}

  std::optional<app::SavedRotationPlan> Rotation(domain::CohortId cohort, const std::string& module) override {
    auto list = Read<app::SavedRotationPlan>("rotation", " AND module_code = $2", {cohort.value, module}, ReadRotation);
    if (list.empty()) return std::nullopt;
    return list.front();
  }
  void PutRotation(const app::SavedRotationPlan& p) override {
    Put("rotation", p.cohort, p.module, RotationDocument(p), p.published_at, p.updated_by, p.updated_at);
  }
  std::optional<app::SavedGrouping> Grouping(domain::CohortId cohort, const std::string& module) override {
    auto list = Read<app::SavedGrouping>("groups", " AND module_code = $2", {cohort.value, module}, ReadGrouping);
    if (list.empty()) return std::nullopt;
    return list.front();
  }
  void PutGrouping(const app::SavedGrouping& g) override {
    Put("groups", g.cohort, g.module, GroupingDocument(g), g.published_at, g.updated_by, g.updated_at);
  }
  std::vector<app::SavedRotationPlan> PublishedRotations(const std::vector<domain::CohortId>& cohorts) override {
    return Published<app::SavedRotationPlan>("rotation", cohorts, ReadRotation);
  }
  std::vector<app::SavedGrouping> PublishedGroupings(const std::vector<domain::CohortId>& cohorts) override {
    return Published<app::SavedGrouping>("groups", cohorts, ReadGrouping);
  }

 private:
  void Put(const char* kind, domain::CohortId cohort, const std::string& module, const std::string& document,
           std::optional<app::Timestamp> published_at, domain::UserId by, app::Timestamp at) {
    Value published = nullptr;
    if (published_at) published = Seconds(*published_at);
    c_.Query("DELETE FROM module_plans WHERE cohort_id = $1 AND module_code = $2 AND kind = $3",
             {cohort.value, module, std::string(kind)});
    c_.Query(
        "INSERT INTO module_plans (cohort_id, module_code, kind, document, published_at, updated_by, updated_at) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7)",
        {cohort.value, module, std::string(kind), document, published, by.value, Seconds(at)});
  }

  template <typename Plan>
  std::vector<Plan> Read(const char* kind, const std::string& where, std::vector<Value> params,
                         void (*parse)(const std::string&, Plan&)) {
    params.emplace_back(std::string(kind));
    const std::string kind_param = "$" + std::to_string(params.size());
    std::vector<Plan> out;
    for (const Row& r :
         c_.Query("SELECT cohort_id, module_code, document, published_at, updated_by, updated_at FROM module_plans "
                  "WHERE cohort_id = $1" +
                      where + " AND kind = " + kind_param + " ORDER BY cohort_id, module_code",
                  params)) {
      out.push_back(FromRow<Plan>(r, parse));
    }
    return out;
  }

  template <typename Plan>
  std::vector<Plan> Published(const char* kind, const std::vector<domain::CohortId>& cohorts,
                              void (*parse)(const std::string&, Plan&)) {
    std::vector<Plan> out;
    if (cohorts.empty()) return out;
    std::vector<Value> params = IdValues(cohorts);
    params.emplace_back(std::string(kind));
    for (const Row& r :
         c_.Query("SELECT cohort_id, module_code, document, published_at, updated_by, updated_at FROM module_plans "
                  "WHERE cohort_id IN (" +
                      Placeholders(1, cohorts.size()) + ") AND kind = $" + std::to_string(params.size()) +
                      " AND published_at IS NOT NULL ORDER BY cohort_id, module_code",
                  params)) {
      out.push_back(FromRow<Plan>(r, parse));
    }
    return out;
  }

  template <typename Plan>
  static Plan FromRow(const Row& r, void (*parse)(const std::string&, Plan&)) {
    Plan p;
    p.cohort = domain::CohortId{r.Int(0)};
    p.module = r.Text(1);
    parse(r.Text(2), p);
    if (auto published = r.OptInt(3)) p.published_at = ToTime(*published);
    p.updated_by = domain::UserId{r.Int(4)};
    p.updated_at = ToTime(r.Int(5));
    return p;
  }

  Connection& c_;
};

}  // namespace

std::unique_ptr<app::ModulePlanRepository> MakeSqlModulePlans(Connection& c) {
  return std::make_unique<SqlModulePlans>(c);
}

}  // namespace leerplek::storage
