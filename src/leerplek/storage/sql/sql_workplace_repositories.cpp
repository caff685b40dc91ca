#include "leerplek/storage/sql/sql_workplace_repositories.hpp"

#include <nlohmann/json.hpp>

#include "leerplek/storage/sql/sql_support.hpp"

namespace leerplek::storage {
namespace {

using domain::OrganisationId;

class SqlOrganisations final : public app::OrganisationRepository {
 public:
  explicit SqlOrganisations(Connection& c) : c_(c) {}
  OrganisationId Insert(const domain::Organisation& o, app::Timestamp now) override {
    Rows rows = c_.Query(
        "INSERT INTO organisations (name, kind, street, postcode, city, start_minutes, risk_analysis_valid_until, "
        "risk_analysis_document_id, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        {o.name, std::string(domain::OrganisationKindCode(o.kind)), o.street, o.postcode, o.city,
         std::int64_t{o.start_minutes}, RiskValue(o), RiskDocument(o), Seconds(now)});
    const OrganisationId id{rows.at(0).Int(0)};
    WriteClosures(id, o.closures);
    return id;
  }
  void Update(const domain::Organisation& o) override {
    c_.Query(
        "UPDATE organisations SET name = $1, kind = $2, street = $3, postcode = $4, city = $5, start_minutes = $6, "
        "risk_analysis_valid_until = $7, risk_analysis_document_id = $8 WHERE id = $9",
        {o.name, std::string(domain::OrganisationKindCode(o.kind)), o.street, o.postcode, o.city,
         std::int64_t{o.start_minutes}, RiskValue(o), RiskDocument(o), o.id.value});
    c_.Query("DELETE FROM organisation_closures WHERE organisation_id = $1", {o.id.value});
    WriteClosures(o.id, o.closures);
  }
  std::optional<domain::Organisation> ById(OrganisationId id) override {
    auto list = Many(c_.Query(std::string(kSelect) + " WHERE id = $1", {id.value}),
                     c_.Query(std::string(kClosures) + " WHERE organisation_id = $1 ORDER BY position", {id.value}));
    if (list.empty()) return std::nullopt;
    return list.front();
  }
  std::vector<domain::Organisation> List() override {
    return Many(c_.Query(std::string(kSelect) + " ORDER BY name, id", {}),
                c_.Query(std::string(kClosures) + " ORDER BY organisation_id, position", {}));
  }

 private:
  static constexpr const char* kSelect =
      "SELECT id, name, kind, street, postcode, city, start_minutes, risk_analysis_valid_until, "
      "risk_analysis_document_id FROM organisations";
  static constexpr const char* kClosures =
      "SELECT organisation_id, from_date, to_date, name FROM organisation_closures";
  static Value RiskValue(const domain::Organisation& o) {
    if (!o.risk_analysis_valid_until) return nullptr;
    return domain::IsoDate(*o.risk_analysis_valid_until);
  }
  static Value RiskDocument(const domain::Organisation& o) {
    if (!o.risk_analysis_document) return nullptr;
    return o.risk_analysis_document->value;
  }
  // Organisations and all their closures from two queries, not one per organisation.
  static std::vector<domain::Organisation> Many(const Rows& rows, const Rows& closures) {
    std::vector<domain::Organisation> out;
    std::map<std::int64_t, std::size_t> index;
    for (const Row& r : rows) {
      domain::Organisation o;
      o.id = OrganisationId{r.Int(0)};
      o.name = r.Text(1);
      o.kind = domain::ParseOrganisationKind(r.Text(2)).value_or(domain::OrganisationKind::kOther);
      o.street = r.Text(3);
      o.postcode = r.Text(4);
      o.city = r.Text(5);
      o.start_minutes = static_cast<int>(r.Int(6));
      if (auto risk = r.OptText(7)) o.risk_analysis_valid_until = ToDate(*risk);
      if (auto doc = r.OptInt(8)) o.risk_analysis_document = domain::DocumentId{*doc};
      index[o.id.value] = out.size();
      out.push_back(std::move(o));
    }
    for (const Row& r : closures) {
      auto it = index.find(r.Int(0));
      if (it != index.end()) out[it->second].closures.push_back({ToDate(r.Text(1)), ToDate(r.Text(2)), r.Text(3)});
    }
    return out;
  }
  void WriteClosures(OrganisationId id, const std::vector<domain::ClosurePeriod>& closures) {
    for (std::size_t i = 0; i < closures.size(); ++i) {
      c_.Query(
          "INSERT INTO organisation_closures (organisation_id, position, from_date, to_date, name) "
          "VALUES ($1, $2, $3, $4, $5)",
          {id.value, static_cast<std::int64_t>(i), domain::IsoDate(closures[i].from), domain::IsoDate(closures[i].to),
           closures[i].name});
    }
  }
  Connection& c_;
};

class SqlMentorProfiles final : public app::MentorProfileRepository {
 public:
  explicit SqlMentorProfiles(Connection& c) : c_(c) {}
  std::optional<domain::MentorProfile> Get(domain::UserId user) override {
    Rows rows =
        c_.Query("SELECT job_title, years_of_hr_experience, domains, phone FROM mentor_profiles WHERE user_id = $1",
                 {user.value});
    if (rows.empty()) return std::nullopt;
    const Row& r = rows.front();
    domain::MentorProfile p;
    p.job_title = r.Text(0);
    p.years_of_hr_experience = static_cast<int>(r.Int(1));
    for (const auto& code : nlohmann::json::parse(r.Text(2)).get<std::vector<std::string>>()) {
      if (auto d = domain::ParseHrDomain(code)) p.domains.push_back(*d);
    }
    p.phone = r.Text(3);
    return p;
  }
  void Put(domain::UserId user, const domain::MentorProfile& p, app::Timestamp now) override {
    nlohmann::json domains = nlohmann::json::array();
    for (auto d : p.domains) domains.push_back(domain::HrDomainCode(d));
    c_.Query("DELETE FROM mentor_profiles WHERE user_id = $1", {user.value});
    c_.Query(
        "INSERT INTO mentor_profiles (user_id, job_title, years_of_hr_experience, domains, phone, updated_at) "
        "VALUES ($1, $2, $3, $4, $5, $6)",
        {user.value, p.job_title, std::int64_t{p.years_of_hr_experience}, domains.dump(), p.phone, Seconds(now)});
  }

 private:
  Connection& c_;
};

}  // namespace

std::unique_ptr<app::OrganisationRepository> MakeSqlOrganisations(Connection& c) {
  return std::make_unique<SqlOrganisations>(c);
}
std::unique_ptr<app::MentorProfileRepository> MakeSqlMentorProfiles(Connection& c) {
  return std::make_unique<SqlMentorProfiles>(c);
}

}  // namespace leerplek::storage
