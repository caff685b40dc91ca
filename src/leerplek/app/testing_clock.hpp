// For tests of the pure builders that show times: a clock that stands still and tells local time at a fixed
// offset from UTC. The real Europe/Brussels rules (the tz database) live in cli::BrusselsTime, out of the
// app's reach; a builder only needs *a* Clock::Local to call.
#pragma once

#include <chrono>

#include "leerplek/app/ports.hpp"

namespace leerplek::app {

class OffsetClock final : public Clock {
 public:
  OffsetClock(Timestamp now, std::chrono::minutes offset) : now_(now), offset_(offset) {}
  [[nodiscard]] Timestamp Now() const override { return now_; }
  [[nodiscard]] domain::Date Today() const override { return Local(now_).date; }
  [[nodiscard]] LocalTime Local(Timestamp at) const override {
    const auto local = at + offset_;
    const auto day = std::chrono::floor<std::chrono::days>(local);
    return {domain::Date(day), static_cast<int>(std::chrono::floor<std::chrono::minutes>(local - day).count())};
  }

 private:
  Timestamp now_;
  std::chrono::minutes offset_;
};

}  // namespace leerplek::app
