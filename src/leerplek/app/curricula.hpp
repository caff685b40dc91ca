// Programmes and their curricula: import, view, edit as a new version, closures, staff.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "leerplek/app/context.hpp"

namespace leerplek::app {

struct ProgrammeView {
  ProgrammeRecord programme;
  std::optional<VersionInfo> current;
};

struct ImportedCurriculum {
  ProgrammeView programme;
  VersionInfo version;
};

// Imports a curriculum file: a new programme (the importer becomes its staff) or a new version of an
// existing one. `actor` is empty for the command line. On any problem nothing changes and the error
// lists every problem (field = path, message starts with "Regel N:").
Result<ImportedCurriculum> ImportCurriculum(const AppContext& ctx, const std::optional<Actor>& actor,
                                            std::string_view file_text);

Result<std::vector<ProgrammeView>> ListProgrammes(const AppContext& ctx, const Actor& actor);

struct CurriculumView {
  VersionInfo version;
  domain::Curriculum curriculum;
};
Result<CurriculumView> GetCurrentCurriculum(const AppContext& ctx, const Actor& actor, domain::ProgrammeId programme);
Result<std::vector<VersionInfo>> ListCurriculumVersions(const AppContext& ctx, const Actor& actor,
                                                        domain::ProgrammeId programme);
// Saves an edited curriculum as the programme's next version (the programme code cannot change).
Result<CurriculumView> SaveCurriculum(const AppContext& ctx, const Actor& actor, domain::ProgrammeId programme,
                                      domain::Curriculum curriculum);

struct ProgrammeClosures {
  bool flemish_holiday = true;
  std::vector<domain::ClosurePeriod> closures;
};
Result<ProgrammeClosures> GetClosures(const AppContext& ctx, const Actor& actor, domain::ProgrammeId programme);
Result<ProgrammeClosures> SaveClosures(const AppContext& ctx, const Actor& actor, domain::ProgrammeId programme,
                                       const ProgrammeClosures& closures);

Status AddProgrammeStaff(const AppContext& ctx, const std::optional<Actor>& actor, domain::ProgrammeId programme,
                         UserId user);

}  // namespace leerplek::app
