// The app's CurriculumParser port, served by the TOML reader.
#pragma once

#include "leerplek/app/ports.hpp"

namespace leerplek::curriculum {

class TomlCurriculumParser final : public app::CurriculumParser {
 public:
  [[nodiscard]] std::variant<domain::Curriculum, std::vector<app::CurriculumProblem>> Parse(
      std::string_view text) const override;
};

}  // namespace leerplek::curriculum
